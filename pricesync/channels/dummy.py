"""``type = "dummy"``: a channel that keeps its state in the SQLite state file and records
what it would send. Used by tests and demos; ``fail_skus`` simulates per-item failures."""
from __future__ import annotations

from collections.abc import Sequence

from pydantic import Field

from pricesync.channels.base import Change, Channel, Current, ItemResult
from pricesync.channels.config import ChannelConfig
from pricesync.channels.registry import register_channel


class DummyConfig(ChannelConfig):
    fail_skus: list[str] = Field(default_factory=list, description="SKUs whose updates fail")


@register_channel
class DummyChannel(Channel):
    type_name = "dummy"
    config_model = DummyConfig
    batch_size = 50

    def __init__(self, name, config, **kwargs) -> None:
        super().__init__(name, config, **kwargs)
        self.items: dict[str, Current] = {}
        self.sent: list[list[Change]] = []

    def fetch_current(self, skus: Sequence[str]) -> dict[str, Current]:
        return {s: self.items[s] for s in skus if s in self.items}

    def send_batch(self, changes: Sequence[Change], *, idempotency_key: str) -> list[ItemResult]:
        self.sent.append(list(changes))
        results = []
        for ch in changes:
            if ch.sku in self.config.fail_skus:  # type: ignore[attr-defined]
                results.append(ItemResult(ch.sku, False, "simulated failure"))
                continue
            old = self.items.get(ch.sku)
            self.items[ch.sku] = Current(
                ch.sku,
                ch.new_price if ch.new_price is not None else (old.price if old else None),
                ch.new_stock if ch.new_stock is not None else (old.stock if old else None),
            )
            results.append(ItemResult(ch.sku, True))
        return results
