"""What every channel connector implements, and the values that flow through a push.

A connector knows one API or file format. It does two things: read the channel's current
price/stock for SKUs (``fetch_current``) and send one batch of changes (``send_batch``).
Planning, batching, the push journal, retries across runs and the floor re-check live in
``pricesync.pipeline``; connectors never decide *what* to send, only *how*.
"""
from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar

from pricesync.channels.config import ChannelConfig
from pricesync.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Desired:
    """What the shop should show for one SKU on one channel (after channel adjustment)."""

    sku: str
    price: Decimal | None
    stock: int | None
    floor: Decimal | None = None
    explanation: str = ""
    status: str = "ok"          # ok | held | no_offer (the prices table's status)
    extra: Mapping[str, Any] = field(default_factory=dict)   # name, currency... for feeds


@dataclass(frozen=True, slots=True)
class Current:
    """What the channel shows now. ``ref`` holds the channel's own ids for the SKU
    (product id, variation id, inventory item id, offer id...) needed to update it."""

    sku: str
    price: Decimal | None
    stock: int | None
    ref: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Change:
    """One SKU whose price and/or stock differ on a channel."""

    sku: str
    old_price: Decimal | None
    new_price: Decimal | None
    old_stock: int | None
    new_stock: int | None
    explanation: str = ""
    floor: Decimal | None = None
    ref: Mapping[str, Any] = field(default_factory=dict)
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def price_changed(self) -> bool:
        return self.new_price is not None and self.new_price != self.old_price

    @property
    def stock_changed(self) -> bool:
        return self.new_stock is not None and self.new_stock != self.old_stock


@dataclass(frozen=True, slots=True)
class ItemResult:
    """The channel's answer for one SKU of a batch."""

    sku: str
    ok: bool
    message: str = ""
    transient: bool = False     # worth sending again on the next run (e.g. per-item 429)


class Channel(ABC):
    """Base of every connector. Subclasses set ``type_name`` and register with
    ``pricesync.channels.registry.register_channel``."""

    type_name: ClassVar[str]
    config_model: ClassVar[type[ChannelConfig]] = ChannelConfig
    #: most changes one ``send_batch`` call may carry (the API's documented limit)
    batch_size: ClassVar[int] = 100
    #: feeds are rewritten whole: the push hands them every desired item, not only changes
    full_snapshot: ClassVar[bool] = False
    #: the channel cannot be read back (a feed file someone else imports): its current state
    #: is what pricesync last pushed to it, and every SKU is new to it until pushed once
    reads_pushed_state: ClassVar[bool] = False
    #: folder that relative paths of this channel's config are relative to (the config's)
    base_dir: Path = Path(".")

    def __init__(self, name: str, config: ChannelConfig, *, env: Mapping[str, str] | None = None) -> None:
        self.name = name
        self.config = config
        self.env = os.environ if env is None else env

    def resolve(self, path: str | Path) -> Path:
        """A path from this channel's config, relative to the config file's folder."""
        p = Path(path).expanduser()
        return p if p.is_absolute() else self.base_dir / p

    def target_exists(self) -> bool:
        """For ``reads_pushed_state`` channels: whether what was pushed is still there (a feed
        file deleted by someone must be written again, whatever the state remembers)."""
        return True

    def secret(self, env_field: str) -> str:
        """The value of the environment variable named by config key ``env_field``.
        Secrets never live in the config file itself."""
        var = getattr(self.config, env_field, None)
        if not var:
            raise ConfigError(f"missing key '{env_field}' (name of the environment variable holding the secret)",
                              key=f"channels.{self.name}.{env_field}")
        value = self.env.get(var)
        if not value:
            raise ConfigError(f"environment variable {var} is not set", key=f"channels.{self.name}.{env_field}")
        return value

    def secrets(self) -> list[str]:
        """Every secret value this channel uses, so reports and logs can redact them."""
        out = []
        for name in type(self.config).model_fields:
            if name.endswith("_env"):
                var = getattr(self.config, name, None)
                if var and self.env.get(var):
                    out.append(self.env[var])
        return out

    @abstractmethod
    def fetch_current(self, skus: Sequence[str]) -> dict[str, Current]:
        """Current state for these SKUs; SKUs the channel does not have are left out."""

    @abstractmethod
    def send_batch(self, changes: Sequence[Change], *, idempotency_key: str) -> list[ItemResult]:
        """Apply one batch (at most ``batch_size`` changes). ``idempotency_key`` is stable for
        this batch across retries and resumed runs; APIs that support it get it verbatim.
        Returns one ``ItemResult`` per change. Raise ``TransientChannelError`` when the whole
        batch failed in a way worth retrying later, ``ChannelError`` when it never will work."""

    def close(self) -> None:  # pragma: no cover - connectors with sessions override
        pass
