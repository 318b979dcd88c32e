"""``type = "dummy"``: a pretend shop for tests, demos and dry runs of a new setup.

It holds price/stock per SKU in memory, optionally kept between runs in a JSON file
(``path``) and started from a catalog export (``initial``: the shop as it is today), and
records every batch it was sent. ``fail_skus`` / ``transient_skus`` simulate per-item
failures, so the push engine's reporting can be tried without a real shop.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal

from pydantic import Field

from pricesync.channels.base import Change, Channel, Current, ItemResult
from pricesync.channels.config import ChannelConfig
from pricesync.channels.registry import register_channel
from pricesync.files import write_text_atomic
from pricesync.money import format_money, to_decimal


class DummyConfig(ChannelConfig):
    fail_skus: list[str] = Field(default_factory=list, description="SKUs whose updates fail")
    transient_skus: list[str] = Field(default_factory=list, description="SKUs whose updates fail transiently")
    path: str | None = Field(None, description="JSON file keeping the dummy shop between runs")
    initial: str | None = Field(None, description="catalog export (sku, price, stock): the shop before its first push")


@register_channel
class DummyChannel(Channel):
    type_name = "dummy"
    config_model = DummyConfig
    batch_size = 50

    def __init__(self, name, config, **kwargs) -> None:
        super().__init__(name, config, **kwargs)
        self.items: dict[str, Current] = {}
        self.sent: list[list[Change]] = []
        self._loaded = False

    # The base_dir is set after construction, so files are read on first use.
    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        cfg: DummyConfig = self.config  # type: ignore[assignment]
        if cfg.path and self.resolve(cfg.path).exists():
            data = json.loads(self.resolve(cfg.path).read_text(encoding="utf-8"))
            for sku, (price, stock) in data.items():
                self.items.setdefault(sku, Current(sku, to_decimal(price), stock))
        elif cfg.initial:
            from pricesync.catalog import read_catalog

            catalog = read_catalog(self.resolve(cfg.initial)).frame   # a shop export, as [shop] catalog reads it
            for sku, price, stock in zip(catalog["sku"], catalog["price"], catalog["stock"]):
                self.items.setdefault(sku, Current(sku, price, int(stock)))

    def _save(self) -> None:
        cfg: DummyConfig = self.config  # type: ignore[assignment]
        if not cfg.path:
            return
        target = self.resolve(cfg.path)
        data = {sku: [format_money(c.price) if c.price is not None else None, c.stock]
                for sku, c in sorted(self.items.items())}
        write_text_atomic(target, json.dumps(data, ensure_ascii=False, indent=0))

    def fetch_current(self, skus: Sequence[str]) -> dict[str, Current]:
        self._load()
        return {s: self.items[s] for s in skus if s in self.items}

    def send_batch(self, changes: Sequence[Change], *, idempotency_key: str) -> list[ItemResult]:
        self._load()
        cfg: DummyConfig = self.config  # type: ignore[assignment]
        self.sent.append(list(changes))
        results = []
        for ch in changes:
            if ch.sku in cfg.fail_skus:
                results.append(ItemResult(ch.sku, False, "simulated failure"))
                continue
            if ch.sku in cfg.transient_skus:
                results.append(ItemResult(ch.sku, False, "simulated rate limit", transient=True))
                continue
            old = self.items.get(ch.sku)
            price: Decimal | None = ch.new_price if ch.new_price is not None else (old.price if old else None)
            stock = ch.new_stock if ch.new_stock is not None else (old.stock if old else None)
            self.items[ch.sku] = Current(ch.sku, price, stock)
            results.append(ItemResult(ch.sku, True))
        self._save()
        return results
