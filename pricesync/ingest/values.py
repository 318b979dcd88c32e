"""Cells -> typed values for whole columns at once.

A 200,000-row list has 200,000 distinct prices, and ``parse_price`` costs tens of
microseconds per string, so it cannot run per row within the speed budget (ingest no
slower than 1.5x reading the cells). The common shapes (``12887.06``, ``12 887,06``,
``2,999.99``, ``480,12 zł``, ``8 075,13 грн``) are parsed here with vectorised string
operations, and everything else goes through ``parse_price`` once per distinct value.
Each fast shape is checked against ``parse_price`` on a sample of the file's own values
before it is used: where they disagree (``parse_price`` is the authority and may learn
new rules) that shape falls back to ``parse_price`` for every value. So the result is
always what ``parse_price`` says, only faster.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

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
# Number shapes: (name, full-match pattern, which separator is the decimal one).
_SHAPES = [
    ("int", r"\d+", None),
    ("grouped", r"\d{1,3}(?: \d{3})+", None),
    ("dec", r"\d+[.,](?:\d{1,2}|\d{4,})", "last"),
    ("grouped_dec", r"\d{1,3}(?: \d{3})+[.,](?:\d{1,2}|\d{4,})", "last"),
    ("comma_groups", r"\d{1,3}(?:,\d{3})+\.\d+", "."),
    ("dot_groups", r"\d{1,3}(?:\.\d{3})+,\d+", ","),
]
_SAMPLE_PER_SHAPE = 6
_ODD_SPACES = "[\u00a0\u202f\u2009\u2007\u2008]"


def cell_text(raw: "pd.Series", *, strip: bool = True) -> "pd.Series":
    """Raw cells as text: ``""`` for empty, whole-number floats without ``.0``."""
    text = raw.astype("str") if raw.dtype == object else raw.astype("str")
    text = text.fillna("")
    text = text.str.replace(r"^(-?\d+)\.0+$", r"\1", regex=True)
    return text.str.strip() if strip else text


def parse_prices(raw: "pd.Series", *, currency_hint: str | None = None,
                 decimal_separator: str | None = None) -> tuple["np.ndarray", "np.ndarray"]:
    """(amounts, currencies) as object arrays: ``Decimal``/None and ISO code/None per row,
    equal to ``parse_price(cell, currency_hint=..., decimal_separator=...)`` for every cell."""
    import numpy as np
    import pandas as pd

    n = len(raw)
    amounts = np.full(n, None, dtype=object)
    currencies = np.full(n, None, dtype=object)
    if n == 0:
        return amounts, currencies
    raw = raw.reset_index(drop=True)
    text = raw.astype("str").fillna("").str.replace(_ODD_SPACES, " ", regex=True).str.strip()
    empty = (text == "").to_numpy()
    done = empty.copy()
    currencies[empty] = currency_hint

    # Split "8 075,13 грн" into number and currency token; values with other text wait
    # for parse_price.
    letters = text.str.replace(r"[\d .,]+", "", regex=True)
    token_of = {t: _TOKENS.get(t) for t in letters.unique() if t}
    token_ok = letters.map(lambda t: t == "" or token_of.get(t) is not None).to_numpy(dtype=bool) & ~empty
    number = text.str.replace(r"[^\d .,]+", "", regex=True).str.strip()
    shaped_layout = text.str.fullmatch(r"(?:\$|€|₽|₴|₸)? ?[\d .,]+ ?[^\d .,]*").fillna(False).to_numpy(dtype=bool)
    candidates = token_ok & shaped_layout
    for name, pattern, decimal in _SHAPES:
        mask = candidates & ~done & number.str.fullmatch(pattern).fillna(False).to_numpy(dtype=bool)
        if decimal_separator and decimal is not None:
            # A configured separator must be the one this shape uses as decimal.
            sep = decimal_separator if decimal == "last" else decimal
            if sep != decimal_separator:
                continue
            if decimal == "last":
                mask &= number.str.contains(re.escape(decimal_separator), regex=True).fillna(False).to_numpy(dtype=bool)
        if not mask.any():
            continue
        clean = _clean_number(number[mask], name)
        values = _decimal_map(clean)
        cur = letters[mask].map(lambda t: token_of.get(t) or currency_hint if t else currency_hint)
        idx = np.flatnonzero(mask)
        if not _agrees(raw, idx, values, cur.to_numpy(dtype=object), currency_hint, decimal_separator):
            continue
        amounts[idx] = values
        currencies[idx] = cur.to_numpy(dtype=object)
        done[idx] = True

    rest = np.flatnonzero(~done)
    if len(rest):
        cache: dict = {}
        for i in rest:
            value = raw.iat[i]
            key = (type(value), value)
            parsed = cache.get(key)
            if parsed is None:
                parsed = cache[key] = parse_price(value, currency_hint=currency_hint,
                                                  decimal_separator=decimal_separator)
            amounts[i] = parsed.amount
            currencies[i] = parsed.currency
    return amounts, currencies


def _clean_number(number: "pd.Series", shape: str) -> "pd.Series":
    if shape in ("int", "grouped"):
        return number.str.replace(" ", "", regex=False)
    if shape in ("dec", "grouped_dec"):
        return number.str.replace(" ", "", regex=False).str.replace(",", ".", regex=False)
    if shape == "comma_groups":
        return number.str.replace(",", "", regex=False)
    return number.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)


def _decimal_map(clean: "pd.Series") -> "np.ndarray":
    import numpy as np

    uniques = clean.unique()
    table = dict(zip(uniques, map(Decimal, uniques)))
    return np.array([table[v] for v in clean], dtype=object) if len(uniques) < len(clean) \
        else np.array(list(map(Decimal, clean)), dtype=object)


def _agrees(raw, idx, values, currencies, hint, decimal_separator) -> bool:
    """Does parse_price give the same on a spread sample of this shape's cells?"""
    step = max(1, len(idx) // _SAMPLE_PER_SHAPE)
    for k in list(range(0, len(idx), step))[:_SAMPLE_PER_SHAPE] + [len(idx) - 1]:
        expected = parse_price(raw.iat[idx[k]], currency_hint=hint, decimal_separator=decimal_separator)
        if expected.amount != values[k] or (expected.amount is not None and
                                            expected.amount.as_tuple().exponent != values[k].as_tuple().exponent) \
                or expected.currency != currencies[k]:
            return False
    return True


def parse_stocks(raw: "pd.Series", vocabulary: Mapping[str, int] | None = None
                 ) -> tuple["np.ndarray", "np.ndarray"]:
    """(units as int64, understood as bool) per cell, ``read_stock`` once per distinct value."""
    import numpy as np

    values = raw.to_numpy(dtype=object)
    try:
        uniques = set(values.tolist())
    except TypeError:  # unhashable cells cannot come from our readers, but stay safe
        uniques = None
    if uniques is not None and len(uniques) < 5000:
        table = {v: read_stock(v, vocabulary=vocabulary) for v in uniques}
        pairs = [table[v] for v in values]
    else:
        pairs = [read_stock(v, vocabulary=vocabulary) for v in values]
    units = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
    known = np.fromiter((p[1] for p in pairs), dtype=bool, count=len(pairs))
    return units, known
