"""Helpers for the plan/push/run tests: prices tables in reprice's shape, configs in a temp
folder, and a dummy shop with fault knobs for the push engine."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pandas as pd
from pydantic import Field

from pricesync.channels.base import Change, ItemResult
from pricesync.channels.dummy import DummyChannel, DummyConfig
from pricesync.channels.registry import register_channel
from pricesync.config import load_config
from pricesync.errors import ChannelError, TransientChannelError
from pricesync.tables import PRICE_COLUMNS


def D(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def prices_frame(rows: Sequence[dict]) -> pd.DataFrame:
    """A prices table (reprice's columns) from short dicts: sku, price, stock, floor, status..."""
    records = []
    for r in rows:
        rec = {c: None for c in PRICE_COLUMNS}
        rec.update(status="ok", explanation=f"cost × markup for {r['sku']}", stock=0, currency="RUB")
        rec.update(r)
        for col in ("price", "floor", "cost", "cost_shop", "current_price", "ceiling"):
            rec[col] = D(rec[col])
        if rec["cost_shop"] is None and rec["price"] is not None:
            rec["cost_shop"] = (rec["price"] / Decimal("1.25")).quantize(Decimal("0.01"))
        records.append(rec)
    df = pd.DataFrame(records, columns=list(dict.fromkeys([*PRICE_COLUMNS, *[k for r in rows for k in r]])))
    for col in ("price", "floor", "cost", "cost_shop", "current_price", "ceiling"):
        df[col] = pd.Series(list(df[col]), dtype=object)
    df["stock"] = df["stock"].astype("int64")
    return df


def write_config(folder: Path, body: str, name: str = "pricesync.toml") -> Path:
    path = folder / name
    # [shop] last, so a body may go on with shop keys (catalog = ...) before its own tables.
    path.write_text('[state]\npath = "state.sqlite"\n[shop]\ncurrency = "RUB"\n' + body, encoding="utf-8")
    return path


def config_with(folder: Path, body: str):
    return load_config(write_config(folder, body))


class Killed(BaseException):
    """Stands for the process being killed: nothing after it runs, nothing catches it."""


class FlakyConfig(DummyConfig):
    transient_batches: list[int] = Field(default_factory=list, description="1-based calls that fail whole, transiently")
    refuse_batches: list[int] = Field(default_factory=list, description="1-based calls refused for good")
    kill_at_batch: int | None = None
    echo_secret_env: str | None = None   # put this secret into error messages, as careless APIs do


@register_channel
class FlakyChannel(DummyChannel):
    """The dummy shop whose whole batches can fail or whose process can die mid-push."""

    type_name = "test_flaky"
    config_model = FlakyConfig
    batch_size = 3

    def __init__(self, name, config, **kwargs) -> None:
        super().__init__(name, config, **kwargs)
        self.calls = 0
        self.keys: list[str] = []
        self.applied: list[tuple[str, str, object]] = []

    def secrets(self) -> list[str]:
        cfg: FlakyConfig = self.config  # type: ignore[assignment]
        return [self.env[cfg.echo_secret_env]] if cfg.echo_secret_env and cfg.echo_secret_env in self.env else []

    def send_batch(self, changes: Sequence[Change], *, idempotency_key: str) -> list[ItemResult]:
        cfg: FlakyConfig = self.config  # type: ignore[assignment]
        self.calls += 1
        self.keys.append(idempotency_key)
        secret = self.secrets()[0] if self.secrets() else ""
        if cfg.kill_at_batch == self.calls:
            raise Killed()
        if self.calls in cfg.transient_batches:
            raise TransientChannelError(f"503 Service Unavailable (key={secret})")
        if self.calls in cfg.refuse_batches:
            raise ChannelError(f"401 Unauthorized: consumer secret {secret} rejected")
        results = super().send_batch(changes, idempotency_key=idempotency_key)
        for c, r in zip(changes, results):
            if r.ok:
                if c.new_price is not None:
                    self.applied.append((c.sku, "price", c.new_price))
                if c.new_stock is not None:
                    self.applied.append((c.sku, "stock", c.new_stock))
        if secret:
            results = [ItemResult(r.sku, r.ok, f"{r.message} (auth {secret})" if not r.ok else r.message, r.transient)
                       for r in results]
        return results
