"""``max_change``: a move larger than this share of the current price is held (not pushed)
until an operator accepts it — at that price. A later, different move is held again.

Marketplaces guard themselves the same way (a one-step 50 % drop is refused, a 3× cut is
quarantined); holding here keeps the shop from ever sending one by mistake, e.g. when a
supplier's list switches from roubles to dollars without notice.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from pricesync.money import to_decimal
from pricesync.pricing.explain import human, pct

CHANGE_PLACES = Decimal("0.0001")


def accept_map(accept: Iterable[str] | Mapping[str, object]) -> dict[str, Decimal | None]:
    """``--accept SKU`` (any price this run computes) or {sku: price} from a held-list
    file (only that price)."""
    if isinstance(accept, Mapping):
        return {str(k).strip(): to_decimal(v) if v not in (None, "") else None for k, v in accept.items()}
    return {str(s).strip(): None for s in accept if str(s).strip()}


@dataclass
class GuardResult:
    status: str = "ok"
    change: Decimal | None = None
    note: str = ""


@dataclass
class ChangeGuard:
    max_change: Decimal | None
    accept: dict[str, Decimal | None] = field(default_factory=dict)
    remembered: dict[str, Decimal] = field(default_factory=dict)
    newly_accepted: dict[str, Decimal] = field(default_factory=dict)
    considered: set[str] = field(default_factory=set)

    def check(self, sku: str, price: Decimal, current: Decimal | None) -> GuardResult:
        if current is None or current <= 0:
            return GuardResult(note="no current price to compare the move with")
        diff = price - current
        change = (diff / current).quantize(CHANGE_PLACES, rounding=ROUND_HALF_UP)
        if self.max_change is None or abs(diff) <= current * self.max_change:
            return GuardResult(change=change)
        move = f"{pct(change, signed=True)} vs current price {human(current)}"
        if sku in self.accept:
            self.considered.add(sku)
            wanted = self.accept[sku]
            if wanted is None or wanted == price:
                self.newly_accepted[sku] = price
                return GuardResult(change=change, note=f"{move} accepted by the operator")
            return GuardResult("held", change, f"held: {move} is over max change {pct(self.max_change)}; "
                                                f"accepted at {human(wanted)}, but the price is now {human(price)}")
        if self.remembered.get(sku) == price:
            return GuardResult(change=change, note=f"{move} accepted earlier at this price")
        return GuardResult("held", change, f"held: {move} is over max change {pct(self.max_change)} "
                                           f"(accept with: pricesync reprice --accept {sku})")
