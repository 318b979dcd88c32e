"""Decimal helpers. Money is ``Decimal`` from the cell to the API payload, never float."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")


def to_decimal(value: object) -> Decimal | None:
    """Exact Decimal from a Decimal, int, numeric string or float (via its shortest repr).

    Floats come from spreadsheet cells; ``repr`` gives the shortest string that round-trips,
    so ``0.1`` becomes ``Decimal('0.1')`` and not ``0.1000000000000000055...``.
    """
    if value is None:
        return None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):  # also numpy.float64, whose repr is "np.float64(1.5)"
        value = float(value)
        if value != value or value in (float("inf"), float("-inf")):
            return None
        return Decimal(repr(value))
    text = str(value).strip()
    if not text:
        return None
    try:
        d = Decimal(text)
    except InvalidOperation:
        return None
    return d if d.is_finite() else None


def money2(value: Decimal) -> Decimal:
    """Round half-up to cents."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def format_money(value: Decimal | None) -> str:
    """Decimal string with at least 2 places, more when the value has more (``0.0125``)."""
    if value is None:
        return ""
    exp = value.as_tuple().exponent
    if isinstance(exp, int) and exp < -2:
        return format(value.normalize(), "f") if value.normalize().as_tuple().exponent < -2 else format(value.quantize(CENT), "f")
    return format(value.quantize(CENT), "f")


def format_human(value: Decimal | None) -> str:
    """``14820.12`` -> ``14 820.12`` for explanations people read."""
    if value is None:
        return "—"
    s = format_money(value)
    sign = "-" if s.startswith("-") else ""
    s = s.lstrip("-")
    whole, _, frac = s.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + " ".join(groups) + ("." + frac if frac else "")
