"""Product codes stay text: what the supplier wrote is the code, leading zeros and all.

``normalize_code`` is the one way a raw cell becomes code text (supplier SKU, MPN, EAN,
catalog SKU, barcode, alias); every reader and table loader goes through it. The only
conversion it makes is undoing a numeric spreadsheet cell's float: ``2193312.0`` from a
number cell is ``2193312`` (a whole float, however large, is written as its integer digits,
never with an exponent). A text cell is never read as a number: ``12E45``, ``9e9999``,
``00123``, ``12.50``, ``2193312.0``, ``inf`` and ``nan`` written as text are codes as they
stand. Beyond that only wrapping is removed: surrounding blanks, zero-width characters,
Excel's leading apostrophe (``'009712``) and the ``="009712"`` trick of some ERPs.

``normalize_code`` and ``normalize_ean`` work on one value (a cell, a config entry);
``normalize_codes`` and ``normalize_eans`` do the same for a whole column at once, which
is what a 200,000-row price list needs (they give the same results value for value).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

# Text markers spreadsheets and exports wrap codes in: Excel's leading apostrophe
# ("'009712"), the ="009712" formula trick of some ERPs, zero-width characters.
_EXCEL_TEXT = re.compile(r'^=\s*"(.*)"$')
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
# Cells that say "no code here": Excel's #N/A error and the N/A / NULL of database exports.
# (Words such as "nan", "None" or "true" are left alone: they may be somebody's code.)
_MISSING = {"n/a", "#n/a", "null"}


def normalize_code(value: object) -> str:
    """A raw cell as code text. Numbers (a spreadsheet's number cells) are written
    without a float's ``.0`` or exponent; text is kept as written, unwrapped and stripped."""
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
            return str(int(value))  # at most 309 digits: a float cannot be larger
        return repr(value)
    text = str(value)
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    text = text.strip().replace("\u00a0", " ")
    m = _EXCEL_TEXT.match(text)
    if m:
        text = m.group(1).strip()
    if text.startswith("'"):
        text = text[1:].strip()
    if text.lower() in _MISSING:
        return ""
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


def _scalar_text(value: object, whole_floats: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:
            return ""
        if whole_floats and value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    return str(value)


def column_text(values: "pd.Series", *, whole_floats: bool = True, strip: bool = True) -> "pd.Series":
    """A column of raw cells as Arrow-backed text: ``""`` for empty cells, numbers as
    their shortest repr (``whole_floats``: ``2193312.0`` -> ``"2193312"``).

    Spreadsheet columns hold str and float objects; pandas' ``astype(str)`` converts them
    one by one, which costs more than reading the workbook. Here a text-only column goes
    to Arrow in one call, a number-only column through numpy, and only mixed columns are
    converted value by value."""
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    if values.dtype != object:
        arr = pc.fill_null(arrow_of(values.astype("str")), "")
    else:
        items = values.tolist()
        kinds = set(map(type, items))
        # Number columns hold "" where a group row or a blank sits; they are still numbers.
        blanks_only = str in kinds and not any(v for v in items if v.__class__ is str)
        if kinds <= {str}:
            arr = pa.array(items, type=pa.large_string())
        elif (kinds <= {float, int} or (kinds <= {float, int, str} and blanks_only)) and whole_floats:
            nums = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)
            kinds.discard(str)
            whole = np.isfinite(nums) & (nums == np.trunc(nums)) & (np.abs(nums) < 1e15)
            ints = pa.array(np.where(whole, nums, 0).astype(np.int64))
            arr = ints.cast(pa.large_string())
            if not whole.all():
                others = pa.array(["" if w else _scalar_text(v, whole_floats) for v, w in zip(items, whole)],
                                  type=pa.large_string())
                arr = pc.if_else(pa.array(whole), arr, others)
        else:
            arr = pa.array([v if v.__class__ is str else _scalar_text(v, whole_floats) for v in items],
                           type=pa.large_string())
    if strip:
        arr = pc.utf8_trim_whitespace(arr)
    return pd.Series(arr, index=values.index, dtype="str")


_REGEX_META = re.compile(r"[\\^$.|?*+()\[\]{}]")


def arrow_of(text: "pd.Series"):
    """The Arrow data behind an Arrow-backed text column, without a copy (``pa.array``
    would concatenate a chunked column on every call)."""
    import pyarrow as pa

    array = text.array
    return array.__arrow_array__() if hasattr(array, "__arrow_array__") else pa.array(text)


def arrow_match(text: "pd.Series", pattern: str) -> "np.ndarray":
    """Boolean numpy mask: RE2 ``pattern`` found in each value (anchor it for a full match).
    A pattern without regex syntax is matched as plain text, which is several times faster."""
    import pyarrow.compute as pc

    arr = arrow_of(text)
    found = pc.match_substring(arr, pattern) if not _REGEX_META.search(pattern) else \
        pc.match_substring_regex(arr, pattern)
    return found.to_numpy(zero_copy_only=False).astype(bool)


def arrow_replace(text: "pd.Series", pattern: str, replacement: str) -> "pd.Series":
    """RE2 regex replace over a text column without pandas' per-value fallback (plain-text
    patterns use the faster literal replace)."""
    import pandas as pd
    import pyarrow.compute as pc

    arr = arrow_of(text)
    out = pc.replace_substring(arr, pattern, replacement) if not _REGEX_META.search(pattern) else \
        pc.replace_substring_regex(arr, pattern, replacement)
    return pd.Series(out, index=text.index, dtype="str")


def _plain_digits(text: "pd.Series") -> "np.ndarray":
    """Values made only of ASCII digits (or empty): nothing in them needs fixing. One cheap
    kernel, so the regex checks below run only on the other values."""
    import pyarrow.compute as pc

    arr = arrow_of(text)
    return pc.or_(pc.ascii_is_decimal(arr), pc.equal(arr, "")).to_numpy(zero_copy_only=False).astype(bool)


def normalize_codes(values: "pd.Series", text: "pd.Series | None" = None) -> "pd.Series":
    """``normalize_code`` over a column, vectorised; only the rare odd values (apostrophes,
    ``="..."``, invisible characters, ``N/A``, number cells too large for ``column_text``
    to write without an exponent) go through the per-value function. ``text``: the column
    already through ``column_text``, when the caller has it."""
    import numpy as np
    import pandas as pd

    if values.dtype.kind in "fiub":  # a typed number column: every value is a number cell
        return pd.Series([normalize_code(v) for v in values.tolist()], index=values.index, dtype="str")
    text = column_text(values) if text is None else text
    rest = np.flatnonzero(~_plain_digits(text))
    if not len(rest):
        return text
    sub = text.iloc[rest]
    odd = arrow_match(sub, "^['=]|[eE][+-]?[0-9]+$|[\u00a0\u200b\u200c\u200d\u2060\ufeff]|"
                           "(?i)^(null|n/a|#n/a)$")
    if not odd.any():
        return text
    fixed = text.to_numpy(dtype=object)
    raw = values.to_numpy(dtype=object)
    for i in rest[odd]:
        fixed[i] = normalize_code(raw[i])
    return pd.Series(fixed, index=text.index, dtype="str")


def normalize_eans(values: "pd.Series", text: "pd.Series | None" = None) -> tuple["pd.Series", "pd.Series"]:
    """(EANs, invalid) over a column: valid codes normalised like ``normalize_ean`` (UPC-A
    widened, GTIN-14 with a leading 0 narrowed), everything else ``""``; ``invalid`` marks
    non-empty cells that are not a valid barcode. Checksums are computed with numpy."""
    import numpy as np
    import pandas as pd

    import pyarrow as pa
    import pyarrow.compute as pc

    codes = normalize_codes(values, text)
    plain = _plain_digits(codes)
    digits = codes
    if not plain.all() and arrow_match(codes.iloc[np.flatnonzero(~plain)], r"[\s-]").any():
        digits = arrow_replace(codes, r"[\s-]", "")  # "4 006381 333931", "400-6381-33393-1"
        plain = _plain_digits(digits)
    arr = arrow_of(digits)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    lengths = pc.utf8_length(arr).to_numpy(zero_copy_only=False)
    shaped = plain & np.isin(lengths, (8, 12, 13, 14))
    valid = np.zeros(len(digits), dtype=bool)
    if shaped.any():
        # All padded to 14 ASCII digits: the Arrow data buffer is an n x 14 digit grid.
        padded = pc.utf8_lpad(arr.filter(pa.array(shaped)), 14, "0").cast(pa.large_string())
        if isinstance(padded, pa.ChunkedArray):  # CSV columns come in chunks
            padded = padded.combine_chunks()
        start = int(np.frombuffer(padded.buffers()[1], dtype=np.int64)[padded.offset])
        grid = np.frombuffer(padded.buffers()[2], dtype=np.uint8)[start:start + 14 * len(padded)]
        grid = grid.reshape(-1, 14) - np.uint8(48)
        weights = np.array([3, 1] * 6 + [3], dtype=np.int16)
        check = (10 - (grid[:, :13].astype(np.int16) * weights).sum(axis=1) % 10) % 10
        valid[np.flatnonzero(shaped)] = check == grid[:, 13]
    widened = pc.if_else(pa.array(lengths == 12), pc.utf8_lpad(arr, 13, "0"), arr)
    narrowed = pc.if_else(pc.and_(pa.array(lengths == 14), pc.starts_with(arr, "0")),
                          pc.utf8_slice_codeunits(arr, 1), widened)
    out = pc.if_else(pa.array(valid), narrowed, pa.scalar("", type=arr.type))
    invalid = pd.Series(~valid & (codes != "").to_numpy(dtype=bool), index=values.index)
    return pd.Series(out, index=values.index, dtype="str"), invalid


_FLOAT_DUMP = r"^[+-]?[0-9]+\.0+$"


def undo_float_column(codes: "pd.Series") -> "pd.Series":
    """Codes (already text) of one column, where every non-empty one reads ``123.0``: the
    column was written from numbers (a pandas or database export of a float column, the
    text twin of a spreadsheet's number cells), so the codes are the integers. Judged per
    column, never per cell: one ``12.0`` among other codes is text and stays as written."""
    import pandas as pd

    if not isinstance(codes, pd.Series):
        codes = pd.Series(codes, dtype="str")
    nonempty = (codes != "").to_numpy(dtype=bool)
    if not nonempty.any():
        return codes
    sub = codes if nonempty.all() else codes[nonempty]
    if not arrow_match(sub, _FLOAT_DUMP).all():
        return codes
    return arrow_replace(codes, r"\.0+$", "")
