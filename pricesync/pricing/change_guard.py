"""``max_change``: a move larger than this share of the current price is held (not pushed)
until an operator accepts it — at that price. A later, different move is held again.

Marketplaces guard themselves the same way (a one-step 50 % drop is refused, a 3× cut is
quarantined); holding here keeps the shop from ever sending one by mistake, e.g. when a
supplier's list switches from roubles to dollars without notice.
"""
from __future__ import annotations

import shlex
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from pricesync.money import to_decimal
from pricesync.pricing.explain import human, pct

if TYPE_CHECKING:
    import numpy as np

CHANGE_PLACES = Decimal("0.0001")
NO_CURRENT = "no current price to compare the move with"


def accept_map(accept: Iterable[str] | Mapping[str, object]) -> dict[str, Decimal | None]:
    """``--accept SKU`` (any price this run computes) or {sku: price} from a held-list
    file (only that price)."""
    if isinstance(accept, Mapping):
        return {str(k).strip(): to_decimal(v) if v not in (None, "") else None for k, v in accept.items()}
    return {str(s).strip(): None for s in accept if str(s).strip()}


@dataclass
class Verdicts:
    status: list[str]
    change: list[Decimal | None]
    notes: list[str | None]


@dataclass
class ChangeGuard:
    max_change: Decimal | None
    accept: dict[str, Decimal | None] = field(default_factory=dict)
    remembered: dict[str, Decimal] = field(default_factory=dict)
    newly_accepted: dict[str, Decimal] = field(default_factory=dict)
    considered: set[str] = field(default_factory=set)
    # The command an operator types to accept a held move (the SKU follows).
    accept_hint: str = "pricesync accept"

    def check_all(self, skus: list[str], price_cents: "np.ndarray", current: list[Decimal | None]) -> Verdicts:
        """Change vs the current price and the verdict for every SKU. Current prices in whole
        cents (nearly all) are compared in integers at once; the rest one by one."""
        import numpy as np

        n = len(skus)
        scaled = [None if c is None or c <= 0 else c.scaleb(2) for c in current]
        exact = [s is not None and s == s.to_integral_value() and s < 2**62 for s in scaled]
        comparable = np.array(exact, dtype=bool)
        cur = np.array([int(s) if ok else 0 for s, ok in zip(scaled, exact)], dtype=np.int64)
        odd = [i for i, (s, ok) in enumerate(zip(scaled, exact)) if s is not None and not ok]
        price = np.asarray(price_cents, dtype=np.int64)
        safe = np.where(comparable, cur, 1)
        diff = price - safe
        ratio = (2 * np.abs(diff) * 10_000 + safe) // (2 * safe)     # half up, 4 places
        ratio = np.where(diff >= 0, ratio, -ratio)
        over = np.zeros(n, dtype=bool)
        if self.max_change is not None:
            num, den = self.max_change.as_integer_ratio()
            over = comparable & (np.abs(diff) * den > safe * num)
        change: list[Decimal | None] = [Decimal(r).scaleb(-4) if ok else None
                                        for r, ok in zip(ratio.tolist(), comparable.tolist())]
        status = ["ok"] * n
        # Without max_change there is nothing to compare, and nothing worth saying.
        silent = self.max_change is None
        notes: list[str | None] = [None if ok or silent else NO_CURRENT for ok in comparable.tolist()]
        prices = {}
        for i in odd:
            p = Decimal(int(price[i])).scaleb(-2)
            prices[i] = p
            d = p - current[i]
            change[i] = (d / current[i]).quantize(CHANGE_PLACES, rounding=ROUND_HALF_UP)
            notes[i] = None
            over[i] = self.max_change is not None and abs(d) > current[i] * self.max_change
        for i in np.flatnonzero(over).tolist():
            p = prices.get(i) or Decimal(int(price[i])).scaleb(-2)
            status[i], notes[i] = self._verdict(skus[i], p, current[i], change[i])
        return Verdicts(status, change, notes)

    def _verdict(self, sku: str, price: Decimal, current: Decimal, change: Decimal) -> tuple[str, str]:
        move = f"{pct(change, signed=True)} vs current price {human(current)}"
        if sku in self.accept:
            self.considered.add(sku)
            wanted = self.accept[sku]
            if wanted is None or wanted == price:
                self.newly_accepted[sku] = price
                return "ok", f"{move} accepted by the operator"
            return "held", (f"held: {move} is over max change {pct(self.max_change)}; "
                            f"accepted at {human(wanted)}, but the price is now {human(price)}")
        if self.remembered.get(sku) == price:
            return "ok", f"{move} accepted earlier at this price"
        return "held", (f"held: {move} is over max change {pct(self.max_change)} "
                        f"(accept with: {self.accept_hint} {shlex.quote(sku)})")  # pastes into a shell as printed
