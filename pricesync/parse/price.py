"""``parse_price``: a price string (or cell) -> amount as Decimal and ISO currency.

Bad input gives ``ParsedPrice(None, None)``, never an exception.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pricesync.money import to_decimal
from pricesync.parse.currency import currency_from_text


@dataclass(frozen=True, slots=True)
class ParsedPrice:
    amount: Decimal | None
    currency: str | None


_SPACES = "\u00a0\u202f\u2009\u2007 '’`"
# A number: digits with optional group separators and one decimal part.
_NUMBER = re.compile(r"(?<![\w.,])[-−]?(?:\d[\d" + re.escape(_SPACES) + r".,]*\d|\d)(?:[.,]\d*)?|[.,]\d+")


def _to_amount(raw: str, decimal_separator: str | None) -> Decimal | None:
    s = raw.strip()
    negative = s.startswith(("-", "−"))
    s = s.lstrip("-−")
    for ch in _SPACES:
        s = s.replace(ch, "")
    if not s:
        return None
    if decimal_separator in (".", ","):
        thousands = "," if decimal_separator == "." else "."
        s = s.replace(thousands, "")
        s = s.replace(decimal_separator, ".")
    else:
        last_dot, last_comma = s.rfind("."), s.rfind(",")
        if last_dot >= 0 and last_comma >= 0:
            dec = "." if last_dot > last_comma else ","
            other = "," if dec == "." else "."
            s = s.replace(other, "").replace(dec, ".")
        elif last_dot >= 0 or last_comma >= 0:
            sep = "." if last_dot >= 0 else ","
            parts = s.split(sep)
            tail = parts[-1]
            if len(parts) > 2:
                # "1.234.567" / "1,234,567": all group separators (unless the tail is short:
                # "1,234,56" is nonsense, take the last as decimal).
                s = "".join(parts[:-1]) + ("" if len(tail) == 3 else ".") + tail
            elif len(tail) == 3 and parts[0] not in ("", "0"):
                # "1,234" and "3.350": a single separator before exactly three digits is
                # a thousands separator in prices far more often than a decimal one.
                s = parts[0] + tail
            else:
                s = parts[0] + "." + tail
        s = s.rstrip(".")
    try:
        d = Decimal(s) if s else None
    except InvalidOperation:
        return None
    if d is None:
        return None
    return -d if negative else d


def parse_price(
    text: object,
    *,
    currency_hint: str | None = None,
    decimal_separator: str | None = None,
) -> ParsedPrice:
    """Parse ``"1 234,56 грн"``, ``"$2,999.99"``, ``"480,12 zł"``, numbers from cells..."""
    hint = currency_from_text(currency_hint) if currency_hint and len(currency_hint) != 3 else currency_hint
    if hint:
        hint = hint.upper()
    if text is None:
        return ParsedPrice(None, hint)
    if isinstance(text, (int, float, Decimal)) and not isinstance(text, bool):
        return ParsedPrice(to_decimal(text), hint)
    s = str(text).strip()
    if not s:
        return ParsedPrice(None, hint)
    currency = currency_from_text(s) or hint
    match = _NUMBER.search(s)
    if not match:
        return ParsedPrice(None, currency)
    amount = _to_amount(match.group(0), decimal_separator)
    return ParsedPrice(amount, currency)
