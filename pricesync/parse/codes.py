"""Product codes stay text: no ``123.0``, no ``4.6E+12``, leading zeros kept.

``normalize_code`` and ``normalize_ean`` work on one value (a cell, a config entry);
``normalize_codes`` and ``normalize_eans`` do the same for a whole column at once, which
is what a 200,000-row price list needs (they give the same results value for value).
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

_FLOATISH = re.compile(r"^[+-]?\d+\.0+$")
_SCI = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE][+]?\d+$")
# Text markers spreadsheets and exports wrap codes in: Excel's leading apostrophe
# ("'009712"), the ="009712" formula trick of some ERPs, zero-width characters.
_EXCEL_TEXT = re.compile(r'^=\s*"(.*)"$')
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_MISSING = {"nan", "none", "null", "n/a", "#n/a"}


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
    text = _INVISIBLE.sub("", str(value)).strip().replace("\u00a0", " ")
    m = _EXCEL_TEXT.match(text)
    if m:
        text = m.group(1).strip()
    if text.startswith("'"):
        text = text[1:].strip()
    if text.lower() in _MISSING:
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
    text = normalize_code(value)
    digits = re.sub(r"[\s-]", "", text)
    if not digits:
        return "", False
    if not digits.isdigit() or len(digits) not in (8, 12, 13, 14):
        return digits, False
    if not gtin_checksum_ok(digits):
        return digits, False
    if len(digits) == 12:
        digits = "0" + digits
    elif len(digits) == 14 and digits.startswith("0"):
        digits = digits[1:]
    return digits, True


def gtin_checksum_ok(digits: str) -> bool:
    """GS1 check digit: weights 3,1,3,... from the right, excluding the check digit."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits[:-1])))
    return (10 - total % 10) % 10 == int(digits[-1])


def normalize_codes(values: "pd.Series") -> "pd.Series":
    """``normalize_code`` over a column: whole-number floats lose ``.0`` in one vectorised
    pass; only the rare odd values (scientific notation, apostrophes, ``="..."``) go
    through the per-value function."""
    import pandas as pd

    text = values.astype("str").fillna("") if values.dtype == object else values.fillna("").astype("str")
    text = text.str.strip()
    text = text.str.replace(r"^([+-]?\d+)\.0+$", r"\1", regex=True)
    odd = text.str.contains(r"^['=]|[eE][+]?\d+$|[\u00a0\u200b\u200c\u200d\u2060\ufeff]", regex=True) | \
        text.str.lower().isin(_MISSING)
    if odd.any():
        raw = values[odd]
        text = text.copy()
        text[odd] = [normalize_code(v) for v in raw]
    return pd.Series(text, index=values.index)


def normalize_eans(values: "pd.Series") -> tuple["pd.Series", "pd.Series"]:
    """(EANs, invalid) over a column: valid codes normalised like ``normalize_ean`` (UPC-A
    widened, GTIN-14 with a leading 0 narrowed), everything else ``""``; ``invalid`` marks
    non-empty cells that are not a valid barcode. Checksums are computed with numpy."""
    import numpy as np
    import pandas as pd

    codes = normalize_codes(values)
    digits = codes.str.replace(r"[\s-]", "", regex=True)
    shaped = digits.str.fullmatch(r"\d{8}|\d{12,14}").fillna(False).to_numpy(dtype=bool)
    valid = np.zeros(len(digits), dtype=bool)
    if shaped.any():
        padded = digits[shaped].str.zfill(14).tolist()
        grid = np.frombuffer("".join(padded).encode("ascii"), dtype=np.uint8).reshape(-1, 14) - 48
        weights = np.array([3, 1] * 6 + [3], dtype=np.int64)
        check = (10 - (grid[:, :13] @ weights) % 10) % 10
        valid[np.flatnonzero(shaped)] = check == grid[:, 13]
    out = pd.Series("", index=values.index, dtype="str")
    if valid.any():
        good = digits[valid]
        lengths = good.str.len()
        good = good.where(lengths != 12, "0" + good)
        good = good.where(~((lengths == 14) & good.str.startswith("0")), good.str.slice(1))
        out[valid] = good
    invalid = pd.Series(~valid, index=values.index) & (codes != "")
    return out, invalid
