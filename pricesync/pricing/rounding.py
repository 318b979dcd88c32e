"""Price endings: ``"99"`` -> 14 899, ``"9"`` -> 1 239, ``"0.99"`` -> 15.99, ``"nearest 10"``...

Rounding is always upward from the computed price (never below it), so a price that was at
its floor stays at or above it after rounding.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

ROUNDING_MODES = ("99", "9", "90", "0.99", "0.95", "nearest N (e.g. 'nearest 10')", "none")


@dataclass(frozen=True)
class Rounding:
    """Smallest price >= x of the form k * step + ending (ending < step)."""

    step: Decimal
    ending: Decimal
    label: str

    def apply(self, price: Decimal) -> Decimal:
        if self.step == 0:
            return price.quantize(Decimal("0.01"), rounding=ROUND_CEILING)
        k = ((price - self.ending) / self.step).to_integral_value(rounding=ROUND_CEILING)
        result = k * self.step + self.ending
        if result < 0:
            result = self.ending
        return result.quantize(Decimal("0.01"))


def parse_rounding(spec: str) -> Rounding:
    s = str(spec).strip().lower()
    if s in ("none", "", "0.01"):
        return Rounding(Decimal(0), Decimal(0), "none")
    m = re.fullmatch(r"(?:nearest|up to|to)\s+(\d+(?:\.\d+)?)", s)
    if m:
        step = Decimal(m.group(1))
        if step <= 0:
            raise ValueError(spec)
        return Rounding(step, Decimal(0), f"up to a multiple of {m.group(1)}")
    if re.fullmatch(r"0\.\d\d", s):
        return Rounding(Decimal(1), Decimal(s), f"ends in {s[1:]}")
    if re.fullmatch(r"\d+", s):
        # "99" -> step 100, "9" -> step 10, "90" -> step 100, "990" -> step 1000
        step = Decimal(10) ** len(s)
        return Rounding(step, Decimal(s), f"ends in {s}")
    raise ValueError(f"unknown rounding '{spec}'")
