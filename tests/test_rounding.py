"""Price endings: every mode, the floor guard, and the integer-cent versions used on whole
tables agreeing with the Decimal ones."""
from __future__ import annotations

from decimal import Decimal

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pricesync.pricing.rounding import parse_rounding, round_price

D = Decimal
MODES = ["99", "9", "90", "0.99", "0.95", "nearest 10", "nearest 100", "nearest 0.05", "up to 50", "none", "990"]


@pytest.mark.parametrize("mode, price, expected", [
    ("99", "14820.12", "14899.00"),
    ("99", "14899.00", "14899.00"),
    ("99", "14899.01", "14999.00"),
    ("99", "12.00", "99.00"),
    ("9", "1231.50", "1239.00"),
    ("9", "1239.00", "1239.00"),
    ("90", "14820.12", "14890.00"),
    ("90", "14890.01", "14990.00"),
    ("990", "14820.12", "14990.00"),
    ("0.99", "15.20", "15.99"),
    ("0.99", "15.99", "15.99"),
    ("0.95", "15.96", "16.95"),
    ("nearest 10", "14824.99", "14820.00"),
    ("nearest 10", "14825.00", "14830.00"),
    ("nearest 10", "3.00", "10.00"),
    ("nearest 100", "14849.99", "14800.00"),
    ("nearest 0.05", "10.02", "10.00"),
    ("nearest 0.05", "10.03", "10.05"),
    ("up to 50", "101.00", "150.00"),
    ("none", "14820.12", "14820.12"),
    ("none", "14820.121", "14820.13"),
])
def test_modes(mode, price, expected):
    assert parse_rounding(mode).apply(D(price)) == D(expected)


@pytest.mark.parametrize("mode, price, floor, expected", [
    ("nearest 10", "14174.10", "14174.10", "14180.00"),    # nearest is 14 170: below the floor -> up
    ("nearest 100", "14151.01", "14151.01", "14200.00"),
    ("nearest 10", "14176.00", "14170.00", "14180.00"),
    ("nearest 10", "14174.00", "14170.00", "14170.00"),
    ("99", "14174.10", "14174.10", "14199.00"),
    ("none", "14174.10", "14174.10", "14174.10"),
])
def test_round_price_never_goes_below_the_floor(mode, price, floor, expected):
    assert round_price(D(price), D(floor), parse_rounding(mode)) == D(expected)


@pytest.mark.parametrize("mode, price, expected", [
    ("99", "14950.00", "14899.00"),
    ("99", "98.00", None),
    ("nearest 10", "14829.00", "14820.00"),
    ("0.99", "15.50", "14.99"),
    ("none", "15.505", "15.50"),
])
def test_down(mode, price, expected):
    assert parse_rounding(mode).down(D(price)) == (D(expected) if expected else None)


@pytest.mark.parametrize("spec", ["99 bottles", "nearest 0", "nearest 0.001", "up to 0.005", "round", "1.5"])
def test_unknown_modes_are_refused(spec):
    with pytest.raises(ValueError):
        parse_rounding(spec)


@pytest.mark.parametrize("mode, whole", [("99", True), ("nearest 10", True), ("0.99", False), ("none", False),
                                         ("nearest 0.05", False)])
def test_whole_price_modes(mode, whole):
    assert parse_rounding(mode).whole is whole


cents = st.integers(min_value=1, max_value=10**11)


@settings(max_examples=300, deadline=None)
@given(mode=st.sampled_from(MODES), price=cents, floor_share=st.integers(min_value=50, max_value=100))
def test_cent_arithmetic_matches_decimal(mode, price, floor_share):
    rounding = parse_rounding(mode)
    floor = price * floor_share // 100
    as_decimal = round_price(D(price).scaleb(-2), D(floor).scaleb(-2), rounding)
    as_cents = rounding.round_cents(np.array([price], dtype=np.int64), np.array([floor], dtype=np.int64))[0]
    assert as_decimal == D(int(as_cents)).scaleb(-2)
    assert as_decimal >= D(floor).scaleb(-2)
    down = rounding.down(D(price).scaleb(-2))
    down_cents = int(rounding.down_cents(np.array([price], dtype=np.int64))[0])
    assert down == (D(down_cents).scaleb(-2) if down_cents > 0 else None)


@settings(max_examples=300, deadline=None)
@given(mode=st.sampled_from(MODES), price=cents)
def test_ending_modes_never_lower_the_price(mode, price):
    rounding = parse_rounding(mode)
    value = D(price).scaleb(-2)
    if not rounding.nearest:
        assert rounding.apply(value) >= value
    assert round_price(value, value, rounding) >= value
