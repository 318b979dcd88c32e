"""What plan and push produce: per-channel plans and push outcomes, in the product contract's shapes."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from pricesync.channels.base import Change, Desired
from pricesync.money import format_money


def money_text(value: Decimal | None) -> str | None:
    return None if value is None else format_money(value)


def change_percent(old: Decimal | None, new: Decimal | None) -> Decimal | None:
    """(new - old) / old in percent, one decimal; None when there is nothing to compare."""
    if old is None or new is None or old == 0:
        return None
    return ((new - old) / old * 100).quantize(Decimal("0.1"))


@dataclass(frozen=True, slots=True)
class HeldItem:
    """A SKU that differs (or may) but is not pushed: a guard or the floor stopped it."""

    sku: str
    old_price: Decimal | None
    new_price: Decimal | None
    old_stock: int | None
    new_stock: int | None
    reason: str
    explanation: str = ""


@dataclass(frozen=True, slots=True)
class UnknownItem:
    """A SKU with a desired price that the channel does not have (nothing is created)."""

    sku: str
    new_price: Decimal | None
    new_stock: int | None
    explanation: str = ""


@dataclass
class ChannelPlan:
    """The diff desired vs current for one channel. ``changes`` carry the full desired
    values (price and stock); push sends only the fields that differ."""

    channel: str
    type: str
    changes: list[Change] = field(default_factory=list)
    held: list[HeldItem] = field(default_factory=list)
    unknown: list[UnknownItem] = field(default_factory=list)
    unchanged: int = 0
    no_offer: int = 0
    #: every desired row of this channel by SKU (feeds rewrite the whole file from it)
    desired: dict[str, Desired] = field(default_factory=dict, repr=False)

    @property
    def held_back(self) -> bool:
        return bool(self.held or self.unknown)

    def to_dict(self) -> dict[str, Any]:
        """The plan's JSON shape; money as decimal strings."""
        return {
            "channel": self.channel,
            "type": self.type,
            "changes": [change_dict(c) for c in self.changes],
            "held": [held_dict(h) for h in self.held],
            "unknown": [unknown_dict(u) for u in self.unknown],
            "summary": {"changes": len(self.changes), "held": len(self.held), "unknown": len(self.unknown),
                        "unchanged": self.unchanged, "no_offer": self.no_offer},
        }


def change_dict(c: Change) -> dict[str, Any]:
    pct = change_percent(c.old_price, c.new_price)
    return {
        "sku": c.sku,
        "old_price": money_text(c.old_price), "new_price": money_text(c.new_price),
        "old_stock": c.old_stock, "new_stock": c.new_stock,
        "explanation": c.explanation,
        "change_pct": None if pct is None else str(pct),
    }


def held_dict(h: HeldItem) -> dict[str, Any]:
    return {
        "sku": h.sku,
        "old_price": money_text(h.old_price), "new_price": money_text(h.new_price),
        "old_stock": h.old_stock, "new_stock": h.new_stock,
        "reason": h.reason, "explanation": h.explanation,
    }


def unknown_dict(u: UnknownItem) -> dict[str, Any]:
    return {"sku": u.sku, "new_price": money_text(u.new_price), "new_stock": u.new_stock,
            "explanation": u.explanation}


def plans_json(plans: list[ChannelPlan]) -> Any:
    """The object when one channel, a list of them otherwise."""
    data = [p.to_dict() for p in plans]
    return data[0] if len(data) == 1 else data


@dataclass(frozen=True, slots=True)
class ItemFailure:
    sku: str
    message: str
    kind: str = "failed"        # failed | refused (below floor) | pending (retried next push)


@dataclass
class ChannelPushResult:
    channel: str
    pushed: int = 0                     # items the channel confirmed
    batches: int = 0                    # batches sent (resumed ones included)
    resumed_batches: int = 0            # batches finished from an interrupted push
    failures: list[ItemFailure] = field(default_factory=list)
    error: str = ""                     # whole-channel problem (e.g. API unreachable)

    def count(self, kind: str) -> int:
        return sum(1 for f in self.failures if f.kind == kind)

    @property
    def failed(self) -> int:
        return self.count("failed")

    @property
    def refused(self) -> int:
        return self.count("refused")

    @property
    def pending(self) -> int:
        return self.count("pending")

    def to_dict(self) -> dict[str, Any]:
        return {
            "channel": self.channel, "pushed": self.pushed, "failed": self.failed, "refused": self.refused,
            "pending": self.pending, "batches": self.batches, "resumed_batches": self.resumed_batches,
            "error": self.error,
            "failures": [{"sku": f.sku, "kind": f.kind, "message": f.message} for f in self.failures],
        }


@dataclass
class PushResult:
    channels: list[ChannelPushResult] = field(default_factory=list)

    @property
    def partly_failed(self) -> bool:
        """Some items did not reach a channel (exit 4)."""
        return any(c.failed or c.pending or c.error for c in self.channels)

    @property
    def refused(self) -> bool:
        """Some items were refused by the floor check before sending (held back, exit 3)."""
        return any(c.refused for c in self.channels)

    def to_dict(self) -> list[dict[str, Any]]:
        return [c.to_dict() for c in self.channels]
