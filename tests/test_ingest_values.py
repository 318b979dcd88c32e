"""The vectorised price column parser gives exactly what parse_price gives, cell by cell."""
from __future__ import annotations

import csv
from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pricesync.ingest.values import parse_prices, parse_stocks
from pricesync.parse.price import parse_price
from pricesync.parse.stock import read_stock
from tests.conftest import shared_data

CELLS = ["1 234,56", "1\u00a0234,56", "12 887,06", "2,999.99", "850,85", "8 075,13 грн", "480,12 zł",
         "$2,999.99", "€ 12.50", "245 990 тг", "1.234,56", "1,234", "3.350", "0.125", "459.186", "-5",
         "0", "0,00 zł", "звоните", "", "12.5", "10990", 10990.0, 9306.9, 0.0125, 459.186, 12, -3.5, None,
         "1 234 567,8", "12,5 руб.", "100 р.", "99.99 USD", "12 345", "12  345,00", "7,5%", "1.5E+3"]


def _expected(cells, hint=None, sep=None):
    parsed = [parse_price(c, currency_hint=hint, decimal_separator=sep) for c in cells]
    return [p.amount for p in parsed], [p.currency for p in parsed]


def _check(cells, hint=None, sep=None):
    out = parse_prices(pd.Series(cells, dtype=object), currency_hint=hint, decimal_separator=sep)
    amounts, currencies = _expected(cells, hint, sep)
    for cell, got, want in zip(cells, out.amounts, amounts):
        assert got == want and (got is None or got.as_tuple().exponent == want.as_tuple().exponent), cell
    assert list(out.currencies) == currencies
    assert list(out.positive) == [a is not None and a > 0 for a in amounts]


@pytest.mark.parametrize("hint, sep", [(None, None), ("RUB", None), ("UAH", ","), ("USD", "."), ("PLN", ",")])
def test_price_cells_match_parse_price(hint, sep):
    _check(CELLS * 3, hint, sep)


def test_shared_price_strings_match_parse_price():
    path = shared_data("prices", "price_strings.csv")
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    cells = [r["raw_string"] for r in rows]
    _check(cells)
    _check(cells, "EUR", None)


_number = st.builds(lambda whole, frac, group, dec: (f"{whole:,}".replace(",", group) + (dec + frac if frac else "")),
                    st.integers(0, 10**8), st.one_of(st.just(""), st.from_regex(r"[0-9]{1,5}", fullmatch=True)),
                    st.sampled_from([" ", "\u00a0", ",", ".", ""]), st.sampled_from([",", "."]))
_cell = st.one_of(
    _number,
    st.builds(lambda n, t: f"{n} {t}", _number, st.sampled_from(["грн", "руб.", "zł", "тг", "р.", "$", "€", "USD"])),
    st.builds(lambda t, n: f"{t}{n}", st.sampled_from(["$", "€", "₴"]), _number),
    st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), st.integers(-10**9, 10**9), st.text(max_size=8),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_cell, min_size=1, max_size=40), st.sampled_from([None, "RUB", "UAH"]),
       st.sampled_from([None, ",", "."]))
def test_any_column_matches_parse_price(cells, hint, sep):
    _check(cells, hint, sep)


@given(st.lists(st.one_of(st.sampled_from(["много", ">10", "<5", "нет", "", "10 szt.", "xyz"]),
                          st.integers(-5, 500), st.floats(allow_nan=False, allow_infinity=False, width=32)),
                min_size=1, max_size=30))
def test_stock_column_matches_read_stock(cells):
    units, known = parse_stocks(pd.Series(cells, dtype=object), {"много": 20})
    assert [(int(u), bool(k)) for u, k in zip(units, known)] == [read_stock(c, vocabulary={"много": 20}) for c in cells]


def test_decimal_objects_not_floats():
    out = parse_prices(pd.Series([9306.9, "12 887,06"], dtype=object))
    assert all(isinstance(a, Decimal) for a in out.amounts)
    assert out.amounts[0] == Decimal("9306.9")
