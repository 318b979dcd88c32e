"""Product codes stay text: no ``123.0``, no ``4.6E+12``, leading zeros kept."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_FLOATISH = re.compile(r"^[+-]?\d+\.0+$")
_SCI = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE][+]?\d+$")


def normalize_code(value: object) -> str:
    """A code cell as text. Floats that are whole numbers lose their ``.0``; scientific
    notation (Excel shows long EANs as ``4.6E+12``) is expanded when it is exact."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:
            return ""
        if value.is_integer():
            return str(int(value))
        return repr(value)
    text = str(value).strip().replace("\u00a0", " ")
    if text.lower() in {"nan", "none", "null"}:
        return ""
    if _FLOATISH.match(text):
        return text.split(".")[0]
    if _SCI.match(text):
        try:
            d = Decimal(text.replace(",", "."))
        except InvalidOperation:
            return text
        if d == d.to_integral_value():
            return str(int(d))
    return text


def normalize_ean(value: object) -> tuple[str, bool]:
    """(digits, valid) for an EAN-13 / UPC-A / EAN-8 / GTIN-14. UPC-A is widened to
    EAN-13 with a leading zero so both spellings of one product compare equal."""
    from stdnum import ean as _ean  # light, but keep start-up lean

    text = normalize_code(value)
    digits = re.sub(r"[\s-]", "", text)
    if not digits:
        return "", False
    if not digits.isdigit() or len(digits) not in (8, 12, 13, 14):
        return digits, False
    if not _ean.is_valid(digits):
        return digits, False
    if len(digits) == 12:
        digits = "0" + digits
    elif len(digits) == 14 and digits.startswith("0"):
        digits = digits[1:]
    return digits, True
