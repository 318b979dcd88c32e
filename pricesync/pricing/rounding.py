"""Price endings: ``"99"`` -> 14 899, ``"9"`` -> 1 239, ``"90"`` -> 14 890, ``"0.99"`` -> 15.99,
``"nearest 10"`` -> 14 820, ``"none"`` -> cents.

Ending modes give the smallest price >= the computed one with that ending (the product contract: ``"99"`` is
the smallest whole price >= the computed one that ends in 99). ``"nearest N"`` may go down
(14 821 -> 14 820), so ``round_price`` rounds up instead whenever down would break the floor.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

ROUNDING_MODES = ("99", "9", "90", "0.99", "0.95", "nearest N (e.g. 'nearest 10')", "none")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Rounding:
    """Prices of the form k * step + ending (0 <= ending < step); step 0 means cents."""

    step: Decimal
    ending: Decimal
    label: str
    nearest: bool = False

    def up(self, price: Decimal) -> Decimal:
        """The smallest allowed price >= ``price``."""
        if self.step == 0:
            return price.quantize(CENT, rounding=ROUND_CEILING)
        k = ((price - self.ending) / self.step).to_integral_value(rounding=ROUND_CEILING)
        return max(k * self.step + self.ending, self.ending).quantize(CENT)

    def down(self, price: Decimal) -> Decimal | None:
        """The largest allowed price <= ``price`` (None when there is none above zero)."""
        if self.step == 0:
            result = price.quantize(CENT, rounding=ROUND_FLOOR)
        else:
            k = ((price - self.ending) / self.step).to_integral_value(rounding=ROUND_FLOOR)
            result = (k * self.step + self.ending).quantize(CENT)
        return result if result > 0 else None

    def apply(self, price: Decimal) -> Decimal:
        """The price this mode gives, before any floor is considered."""
        if self.nearest:
            k = ((price - self.ending) / self.step).to_integral_value(rounding=ROUND_HALF_UP)
            return max(k * self.step + self.ending, self.step).quantize(CENT)
        return self.up(price)

    @property
    def whole(self) -> bool:
        """True when every price of this mode is a whole number (shown without cents)."""
        return self.step != 0 and self.step == self.step.to_integral_value() \
            and self.ending == self.ending.to_integral_value()

    # The same in integer cents, over numpy arrays (int64 or Python ints): what pricing
    # uses on whole tables. Allowed prices are k * s + e cents.
    @property
    def _cents(self) -> tuple[int, int]:
        return int(self.step * 100), int(self.ending * 100)

    def up_cents(self, cents):
        import numpy as np

        s, e = self._cents
        if s == 0:
            return cents
        return np.maximum(-((e - cents) // s) * s + e, e)

    def down_cents(self, cents):
        """Largest allowed price <= cents; 0 or less means there is none."""
        s, e = self._cents
        if s == 0:
            return cents
        return ((cents - e) // s) * s + e

    def apply_cents(self, cents):
        import numpy as np

        if not self.nearest:
            return self.up_cents(cents)
        s, e = self._cents
        k = (2 * (cents - e) + s) // (2 * s)     # half up: 14 825 -> 14 830 for "nearest 10"
        return np.maximum(k * s + e, s)

    def round_cents(self, cents, floor):
        """``round_price`` over arrays of cents."""
        import numpy as np

        result = self.apply_cents(cents)
        return np.where(result < floor, self.up_cents(floor), result)


def round_price(price: Decimal, floor: Decimal | None, rounding: Rounding) -> Decimal:
    """``rounding`` applied to ``price``, going up instead of down whenever down would land
    below ``floor`` (nearest 10 of 14 174.50 is 14 170, but with a floor of 14 174.10 the
    price becomes 14 180)."""
    result = rounding.apply(price)
    if floor is not None and result < floor:
        result = rounding.up(floor)
    return result


def parse_rounding(spec: str) -> Rounding:
    s = str(spec).strip().lower()
    if s in ("none", "", "0.01"):
        return Rounding(Decimal(0), Decimal(0), "none")
    m = re.fullmatch(r"nearest\s+(\d+(?:\.\d+)?)", s)
    if m:
        step = Decimal(m.group(1))
        if step <= 0 or step * 100 != (step * 100).to_integral_value():
            raise ValueError(f"rounding step must be a whole number of cents: '{spec}'")
        return Rounding(step, Decimal(0), f"nearest {m.group(1)}", nearest=True)
    m = re.fullmatch(r"(?:up to|to)\s+(\d+(?:\.\d+)?)", s)
    if m:
        step = Decimal(m.group(1))
        if step <= 0 or step * 100 != (step * 100).to_integral_value():
            raise ValueError(f"rounding step must be a whole number of cents: '{spec}'")
        return Rounding(step, Decimal(0), f"up to a multiple of {m.group(1)}")
    if re.fullmatch(r"0\.\d\d", s):
        return Rounding(Decimal(1), Decimal(s), f"ends in {s[1:]}")
    if re.fullmatch(r"\d+", s):
        # "99" -> step 100, "9" -> step 10, "90" -> step 100, "990" -> step 1000
        step = Decimal(10) ** len(s)
        return Rounding(step, Decimal(s), f"ends in {s}")
    raise ValueError(f"unknown rounding '{spec}'")
