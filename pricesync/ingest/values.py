"""Cells -> typed values for whole columns at once.

A 200,000-row list has 200,000 distinct prices, and ``parse_price`` costs tens of
microseconds per string, so it cannot run per row within the speed budget (ingest no
slower than 1.5x reading the cells). The common shapes (``12887.06``, ``12 887,06``,
``2,999.99``, ``480,12 zł``, ``8 075,13 грн``) are parsed here with vectorised string
operations, and everything else goes through ``parse_price`` once per distinct value.
Each fast shape is checked against ``parse_price`` on a sample of the file's own values
before it is used: where they disagree (``parse_price`` is the authority and may learn
new rules) that shape falls back to ``parse_price`` for every value. Property tests
(tests/test_ingest_values.py) hold the two equal cell by cell over generated columns.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from pricesync.parse.codes import arrow_match, arrow_of, arrow_replace, column_text
from pricesync.parse.price import parse_price
from pricesync.parse.stock import read_stock

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

# Currency tokens written right after (or before) the amount in price cells.
_TOKENS = {
    "грн": "UAH", "грн.": "UAH", "₴": "UAH", "uah": "UAH", "UAH": "UAH",
    "руб": "RUB", "руб.": "RUB", "р.": "RUB", "₽": "RUB", "rub": "RUB", "RUB": "RUB",
    "zł": "PLN", "zl": "PLN", "PLN": "PLN", "pln": "PLN",
    "тг": "KZT", "₸": "KZT", "KZT": "KZT",
    "$": "USD", "USD": "USD", "usd": "USD", "€": "EUR", "EUR": "EUR", "eur": "EUR",
}
# Space-like group separators (no-break and thin spaces are what Excel and 1C print).
_SP = "[ \u00a0\u202f\u2009\u2007]"
# Number shapes: (name, full-match pattern, which separator is the decimal one).
_SHAPES = [
    ("dec", r"\d+[.,](?:\d{1,2}|\d{4,})", "last"),
    ("grouped_dec", rf"\d{{1,3}}(?:{_SP}\d{{3}})+[.,](?:\d{{1,2}}|\d{{4,}})", "last"),
    ("int", r"\d+", None),
    ("grouped", rf"\d{{1,3}}(?:{_SP}\d{{3}})+", None),
    ("comma_groups", r"\d{1,3}(?:,\d{3})+\.\d+", "."),
    ("dot_groups", r"\d{1,3}(?:\.\d{3})+,\d+", ","),
]
_SAMPLE_PER_SHAPE = 6
# A price cell longer than this is not a price (a description or a pasted page in the
# price column): it is not parsed, and the row is rejected as "price cell too long".
MAX_PRICE_CHARS = 200


def cell_text(raw: "pd.Series", *, strip: bool = True) -> "pd.Series":
    """Raw cells as text: ``""`` for empty, whole-number floats without ``.0``."""
    return column_text(raw, strip=strip)


class PriceColumn(NamedTuple):
    amounts: "np.ndarray"      # Decimal or None per row
    currencies: "np.ndarray"   # ISO code or None per row
    positive: "np.ndarray"     # bool: amount > 0


def parse_prices(raw: "pd.Series", *, currency_hint: str | None = None, decimal_separator: str | None = None,
                 text: "pd.Series | None" = None) -> PriceColumn:
    """Amounts (``Decimal``/None) and ISO currencies per row, equal to ``parse_price(cell,
    currency_hint=..., decimal_separator=...)`` for every cell, and whether each is > 0.
    ``text``: the column through ``cell_text`` when the caller already has it."""
    import numpy as np

    n = len(raw)
    out = PriceColumn(np.empty(n, dtype=object), np.empty(n, dtype=object), np.zeros(n, dtype=bool))
    out.currencies[:] = currency_hint
    if n == 0:
        return out
    raw = raw.reset_index(drop=True)
    done = _number_cells(raw, out, currency_hint, decimal_separator)
    text = column_text(raw) if text is None else text.reset_index(drop=True)
    done |= (text == "").to_numpy(dtype=bool)
    done |= too_long(text, MAX_PRICE_CHARS)   # amount stays None: never parsed
    todo = np.flatnonzero(~done)
    if len(todo):
        _text_cells(raw, _rows(text, todo), todo, out, done, currency_hint, decimal_separator)
    rest = np.flatnonzero(~done)
    if len(rest):
        cache: dict = {}
        values = raw.to_numpy(dtype=object)
        for i in rest:
            value = values[i]
            key = (type(value), value)
            parsed = cache.get(key)
            if parsed is None:
                parsed = cache[key] = parse_price(value, currency_hint=currency_hint,
                                                  decimal_separator=decimal_separator)
            out.amounts[i] = parsed.amount
            out.currencies[i] = parsed.currency
            out.positive[i] = parsed.amount is not None and parsed.amount > 0
    _drop_huge(out)
    return out


# A price of 10^15 or more is no price (and 27+ digits overflow the 28-digit Decimal
# context when rounded to cents): such a cell is rejected, naming its row and column.
MAX_PRICE = Decimal(10) ** 15


def _drop_huge(out: PriceColumn) -> None:
    import numpy as np

    idx = np.flatnonzero(out.positive)
    if len(idx):
        big = idx[out.amounts[idx] >= MAX_PRICE]
        out.positive[big] = False


def too_long(text: "pd.Series", limit: int) -> "np.ndarray":
    """Which cells of a text column are longer than ``limit`` characters."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from pricesync.parse.codes import arrow_of

    lengths = pc.utf8_length(arrow_of(text))
    return pc.fill_null(pc.greater(lengths, pa.scalar(limit, lengths.type)), False).to_numpy(zero_copy_only=False)


def _rows(series: "pd.Series", idx: "np.ndarray") -> "pd.Series":
    """The rows ``idx`` of a column, renumbered; no copy when that is every row."""
    return series if len(idx) == len(series) else series.iloc[idx].reset_index(drop=True)


def _number_cells(raw, out: PriceColumn, hint, decimal_separator) -> "np.ndarray":
    """Number cells need no parsing: parse_price reads them as Decimal(repr(value))."""
    import numpy as np
    import pandas as pd

    n = len(raw)
    if raw.dtype != object:
        return np.zeros(n, dtype=bool)
    values = raw.tolist()
    kinds = set(map(type, values))
    if kinds <= {float, int}:
        nums = np.array(values, dtype=float)
    elif kinds <= {float, int, str} and not any(v for v in values if v.__class__ is str):
        nums = pd.to_numeric(raw, errors="coerce").to_numpy(dtype=float)  # numbers and blanks
    elif kinds & {float, int}:
        nums = np.array([v if (v.__class__ is float or v.__class__ is int) else np.nan for v in values],
                        dtype=float)
    else:
        return np.zeros(n, dtype=bool)
    numeric = np.isfinite(nums)
    idx = np.flatnonzero(numeric)
    if len(idx):
        # Prices repeat (10990 in many rows): one Decimal per distinct number.
        codes, uniques = pd.factorize(raw.to_numpy(dtype=object)[idx])
        table = np.array([Decimal(repr(v)) if v.__class__ is float else Decimal(v) for v in uniques.tolist()],
                         dtype=object)
        out.amounts[idx] = table[codes]
        if not _agrees(raw, idx, out.amounts[idx], None, hint, decimal_separator):
            out.amounts[idx] = None
            return np.zeros(n, dtype=bool)
        out.positive[idx] = nums[idx] > 0
    return numeric


def _text_cells(raw, text, positions, out: PriceColumn, done, hint, decimal_separator) -> None:
    """Text cells of the common shapes: plain numbers first (one pass over the column),
    then the cells left over, with a currency token split off ("480,12 zł")."""
    import numpy as np
    import pandas as pd
    import pyarrow.compute as pc

    local_done = np.zeros(len(text), dtype=bool)
    _match_shapes(raw, text, positions, None, out, local_done, hint, decimal_separator)
    others = np.flatnonzero(~local_done)
    if len(others):
        number_chars = f"0-9.,{_SP[1:-1]}"
        sub = text.iloc[others].reset_index(drop=True)
        letters = column_text(arrow_replace(sub, f"[{number_chars}]+", ""))
        known = {t: _TOKENS[t] for t in pc.unique(arrow_of(letters)).to_pylist() if t in _TOKENS}
        ok = letters.isin(list(known)).to_numpy(dtype=bool) & arrow_match(
            sub, f"^(?:[$€₽₴₸])? ?[0-9][{number_chars}]* ?[^{number_chars}]*$")
        if ok.any():
            picked = np.flatnonzero(ok)
            tokens = np.array([known[t] for t in letters.iloc[picked].tolist()], dtype=object)
            extracted = column_text(arrow_replace(sub.iloc[picked].reset_index(drop=True), f"[^{number_chars}]+", ""))
            _match_shapes(raw, extracted, positions[others[picked]], tokens, out, np.zeros(len(picked), dtype=bool),
                          hint, decimal_separator)
    done[positions] = ~pd.isna(out.amounts[positions])


def _match_shapes(raw, number, positions, tokens, out: PriceColumn, matched, hint, decimal_separator) -> None:
    """Cells of ``number`` (rows ``positions`` of the column) in one of the known shapes;
    ``tokens``: the currency written in each cell, or None for plain numbers."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    for name, pattern, decimal in _likely_first(number, ~matched):
        todo = np.flatnonzero(~matched)
        if not len(todo):
            break
        if decimal_separator and decimal is not None and decimal != "last" and decimal != decimal_separator:
            continue  # a configured separator must be the one this shape uses as decimal
        candidates = _rows(number, todo)
        hit = arrow_match(candidates, f"^(?:{pattern})$")
        if decimal_separator and decimal == "last":
            hit &= arrow_match(candidates, re.escape(decimal_separator))
        if not hit.any():
            continue
        local = todo[hit]
        clean = _clean_number(candidates if hit.all() else candidates[hit], name)
        values = _decimals(clean)
        cur = tokens[local] if tokens is not None else None
        rows = positions[local]
        if not _agrees(raw, rows, values, cur, hint, decimal_separator):
            continue
        out.amounts[rows] = values
        if cur is not None:
            out.currencies[rows] = cur
        # The shapes have no minus sign: positive unless zero.
        out.positive[rows] = pc.greater(pc.cast(arrow_of(clean), pa.float64()), 0).to_numpy(zero_copy_only=False)
        matched[local] = True


def _likely_first(number: "pd.Series", eligible: "np.ndarray") -> list:
    """The shapes, the one most of the first cells have first: a column of "12 887,06"
    is then matched once, not after failing "dec" on every row."""
    import numpy as np

    head = np.flatnonzero(eligible)[:200]
    if not len(head):
        return _SHAPES
    sample = number.iloc[head]
    hits = [int(arrow_match(sample, f"^(?:{pattern})$").sum()) for _, pattern, _ in _SHAPES]
    order = sorted(range(len(_SHAPES)), key=lambda i: -hits[i])
    return [_SHAPES[i] for i in order]


def _decimals(clean: "pd.Series") -> "np.ndarray":
    """Decimal per value (an object array); a column that repeats its prices (most do)
    builds each once."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = arrow_of(clean)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    sample = arr.slice(0, 5000)
    if len(arr) < 1000 or pc.count_distinct(sample).as_py() > 0.5 * len(sample):
        return np.fromiter(map(Decimal, arr.to_pylist()), dtype=object, count=len(arr))
    encoded = arr.dictionary_encode()
    table = np.fromiter(map(Decimal, encoded.dictionary.to_pylist()), dtype=object, count=len(encoded.dictionary))
    return table[encoded.indices.to_numpy(zero_copy_only=False)]


def _clean_number(number: "pd.Series", shape: str) -> "pd.Series":
    """The shape's number as a Decimal literal: group separators out, decimal mark -> "."."""
    import pandas as pd
    import pyarrow.compute as pc

    arr = arrow_of(number)
    if shape in ("int", "grouped", "dec", "grouped_dec"):
        data = _text_bytes(arr)   # one look at the bytes instead of a scan per kind of space
        for space in (" ", "\u00a0", "\u202f", "\u2009", "\u2007"):
            if space.encode() in data:
                arr = pc.replace_substring(arr, space, "")
        if shape.endswith("dec") and b"," in data:
            arr = pc.replace_substring(arr, ",", ".")
    elif shape == "comma_groups":
        arr = pc.replace_substring(arr, ",", "")
    else:
        arr = pc.replace_substring(pc.replace_substring(arr, ".", ""), ",", ".")
    return pd.Series(arr, dtype="str")


def _text_bytes(arr) -> bytes:
    """All the UTF-8 bytes of a string column's values, one after the other."""
    import pyarrow as pa

    chunks = arr.chunks if isinstance(arr, pa.ChunkedArray) else [arr]
    out = []
    for chunk in chunks:
        if len(chunk) and chunk.buffers()[2] is not None:
            offsets = chunk.buffers()[1]
            width = 8 if pa.types.is_large_string(chunk.type) else 4
            start = int.from_bytes(offsets[chunk.offset * width:(chunk.offset + 1) * width], "little", signed=True)
            end = int.from_bytes(offsets[(chunk.offset + len(chunk)) * width:(chunk.offset + len(chunk) + 1) * width],
                                  "little", signed=True)
            out.append(chunk.buffers()[2][start:end].to_pybytes())
    return b"".join(out)


def _agrees(raw, idx, values, currencies, hint, decimal_separator) -> bool:
    """Does parse_price give the same on a spread sample of this shape's cells?
    ``currencies``: a sequence, or None when every cell takes the hint."""
    step = max(1, len(idx) // _SAMPLE_PER_SHAPE)
    for k in list(range(0, len(idx), step))[:_SAMPLE_PER_SHAPE] + [len(idx) - 1]:
        expected = parse_price(raw.iat[idx[k]], currency_hint=hint, decimal_separator=decimal_separator)
        currency = hint if currencies is None else currencies[k]
        if expected.amount != values[k] or (expected.amount is not None and
                                            expected.amount.as_tuple().exponent != values[k].as_tuple().exponent) \
                or expected.currency != currency:
            return False
    return True


def parse_stocks(raw: "pd.Series", vocabulary: Mapping[str, int] | None = None
                 ) -> tuple["np.ndarray", "np.ndarray"]:
    """(units as int64, understood as bool) per cell, ``read_stock`` once per distinct value."""
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(raw.reset_index(drop=True), use_na_sentinel=False)
    pairs = [read_stock(v, vocabulary=vocabulary) for v in uniques.tolist()]
    units = np.array([p[0] for p in pairs], dtype=np.int64)
    known = np.array([p[1] for p in pairs], dtype=bool)
    return units[codes], known[codes]
