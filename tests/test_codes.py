"""Codes stay text; EANs are checksum-validated; the column versions agree with the
per-value functions."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import ean as stdnum_ean

from pricesync.parse.codes import (column_text, gtin_checksum_ok, normalize_code, normalize_codes,
                                   normalize_ean, normalize_eans)

CODES = [
    (2193312.0, "2193312"), (2193312, "2193312"), ("2193312.0", "2193312.0"), ("2193312.00", "2193312.00"),  # text stays text
    ("009712", "009712"), ("'009712", "009712"), ('="009712"', "009712"), ("  УТ000076964 ", "УТ000076964"),
    (4.6e12, "4600000000000"), ("4.6E+12", "4.6E+12"), ("4,6E+12", "4,6E+12"), ("12E45", "12E45"), ("9e9999", "9e9999"),
    (8806105725488.0, "8806105725488"), (1.5, "1.5"), ("10.01.401", "10.01.401"), ("1.628-101.0", "1.628-101.0"),
    ("06019G8000", "06019G8000"), ("SM-A125F", "SM-A125F"), ("nan", "nan"), ("None", "None"), (None, ""), (float("nan"), ""),
    ("N/A", ""), ("\u200b123", "123"), ("12\u00a034", "12 34"), (1e17, "100000000000000000"), (1.2345678901234567e17, "123456789012345664"),
    (1e300, str(int(1e300))), (float("inf"), "inf"), (True, "True"), ("true", "true"), ("00123", "00123"), ("-5", "-5"),
]


@pytest.mark.parametrize("cell, text", CODES, ids=[repr(c[0]) for c in CODES])
def test_code_cells(cell, text):
    assert normalize_code(cell) == text


EANS = [
    ("4006381333931", "4006381333931", True), (4006381333931.0, "4006381333931", True),
    ("191126215208", "0191126215208", True),           # UPC-A widened
    ("00012345678905", "0012345678905", True),         # GTIN-14 with a leading 0 narrowed
    ("40123455", "40123455", True),                    # EAN-8
    ("4 006381 333931", "4006381333931", True), ("400-6381-33393-1", "4006381333931", True),
    ("4006381333932", "4006381333932", False),         # wrong check digit
    ("400638133393", "400638133393", False), ("4.6E+12", "4.6E+12", False), ("abc", "abc", False),
    ("", "", False), (None, "", False),
]


@pytest.mark.parametrize("cell, digits, valid", EANS, ids=[repr(c[0]) for c in EANS])
def test_ean_cells(cell, digits, valid):
    assert normalize_ean(cell) == (digits, valid)


def test_columns_agree_with_values_on_the_tables():
    cells = pd.Series([c for c, _ in CODES] + [c for c, _, _ in EANS], dtype=object)
    assert normalize_codes(cells).tolist() == [normalize_code(c) for c in cells]
    eans, invalid = normalize_eans(cells)
    expected = [normalize_ean(c) for c in cells]
    assert eans.tolist() == [d if ok else "" for d, ok in expected]
    assert invalid.tolist() == [bool(normalize_code(c)) and not ok for c, (_, ok) in zip(cells, expected)]


_cells = st.one_of(
    st.integers(0, 10**15), st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.from_regex(r"0{0,3}[0-9]{1,14}(\.0{1,3})?", fullmatch=True),
    st.from_regex(r"[A-ZА-Я]{1,3}-?[0-9]{2,9}", fullmatch=True),
    st.from_regex(r"'?[0-9]{4,13}", fullmatch=True), st.text(max_size=12), st.none(),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_cells, min_size=1, max_size=30))
def test_normalize_codes_is_normalize_code_per_value(cells):
    series = pd.Series(cells, dtype=object)
    assert normalize_codes(series).tolist() == [normalize_code(c) for c in cells]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.from_regex(r"[0-9]{7,14}", fullmatch=True), st.integers(10**7, 10**14), _cells),
                min_size=1, max_size=30))
def test_normalize_eans_is_normalize_ean_per_value(cells):
    series = pd.Series(cells, dtype=object)
    eans, invalid = normalize_eans(series)
    expected = [normalize_ean(c) for c in cells]
    assert eans.tolist() == [d if ok else "" for d, ok in expected]
    assert invalid.tolist() == [bool(normalize_code(c)) and not ok for c, (_, ok) in zip(cells, expected)]


@given(st.from_regex(r"[0-9]{7,13}", fullmatch=True))
def test_checksum_matches_stdnum(body):
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    code = body + str((10 - total % 10) % 10)
    if len(code) in (8, 12, 13, 14):
        assert gtin_checksum_ok(code) == stdnum_ean.is_valid(code) is True
        broken = code[:-1] + str((int(code[-1]) + 1) % 10)
        assert gtin_checksum_ok(broken) == stdnum_ean.is_valid(broken) is False


@given(st.lists(st.one_of(st.text(max_size=10), st.floats(allow_nan=False), st.integers(), st.none()), max_size=20))
def test_column_text_has_no_missing_values(cells):
    text = column_text(pd.Series(cells, dtype=object))
    assert len(text) == len(cells) and text.isna().sum() == 0
