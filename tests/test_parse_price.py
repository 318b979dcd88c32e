"""parse_price: named tables of real strings, locale round-trips, bad input."""
from __future__ import annotations

import csv
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pricesync import ParsedPrice, parse_price
from pricesync.parse.currency import currency_from_text, normalize_currency
from tests.conftest import shared_data

D = Decimal

# (text, amount, ISO currency) as supplier price lists write them.
PRICE_LIST_CELLS = [
    ("1 234,56", D("1234.56"), None),
    ("1\u00a0234,56", D("1234.56"), None),
    ("1\u202f234,56 ₴", D("1234.56"), "UAH"),
    ("8 075,13 грн", D("8075.13"), "UAH"),
    ("8 075,13 грн.", D("8075.13"), "UAH"),
    ("2,999.99", D("2999.99"), None),
    ("850,85", D("850.85"), None),
    ("480,12 zł", D("480.12"), "PLN"),
    ("1 234,50 PLN brutto", D("1234.50"), "PLN"),
    ("12 887,06 руб.", D("12887.06"), "RUB"),
    ("12 887,06 р.", D("12887.06"), "RUB"),
    ("1 299 ₽", D("1299"), "RUB"),
    ("44 890 тг.", D("44890"), "KZT"),
    ("12 345,67 ₸", D("12345.67"), "KZT"),
    ("11,33 Br", D("11.33"), "BYN"),
    ("11,33 бел. руб.", D("11.33"), "BYN"),
    ("19.99 USD", D("19.99"), "USD"),
    ("US$ 5", D("5"), "USD"),
    ("€16.95", D("16.95"), "EUR"),
    ("£18.99", D("18.99"), "GBP"),
    ("1.234.567,89 €", D("1234567.89"), "EUR"),
    ("1,234,567.890", D("1234567.890"), None),
    ("3.350", D("3350"), None),
    ("0.125", D("0.125"), None),
    ("0.0125", D("0.0125"), None),
    (",89", D("0.89"), None),
    ("1'234.50 CHF", D("1234.50"), "CHF"),
    ("1 500,00 грн/шт", D("1500.00"), "UAH"),
    ("-5.00", D("-5.00"), None),
]

# (text, amount, ISO currency) from shop pages: several numbers, decoys, odd marks.
SHOP_TAGS = [
    ("Цена: 1 299 ₽", D("1299"), "RUB"),
    ("от 1 500 руб.", D("1500"), "RUB"),
    ("2 шт по 300 р", D("300"), "RUB"),
    ("1 шт. — 250 грн", D("250"), "UAH"),
    ("Старая цена 1 999 грн Новая цена 1 499 грн", D("1499"), "UAH"),
    ("Was $120.00 Now $60.00", D("60"), "USD"),
    ("Was: $124.95 Now: $0.00", D("124.95"), "USD"),
    ("3 Ausgaben für nur 14,85 EUR", D("14.85"), "EUR"),
    ("statt 249,00 EUR 199,00 EUR", D("199.00"), "EUR"),
    ("841,00 zł – 995,00 zł", D("841.00"), "PLN"),
    ("5-10 €", D("5"), "EUR"),
    ("35€ 99", D("35.99"), "EUR"),
    ("1,235€99", D("1235.99"), "EUR"),
    ("99 € 79 €", D("99"), "EUR"),
    ("$119. 95", D("119.95"), "USD"),
    ("1.837, 32 €", D("1837.32"), "EUR"),
    ("1.899,-", D("1899"), None),
    ("50,- Kč", D("50"), "CZK"),
    ("$ SGD4.90", D("4.90"), "SGD"),
    ("NZD $100.70", D("100.70"), "NZD"),
    ("Rp 1.550.000", D("1550000"), "IDR"),
    ("880,000 ₫", D("880000"), "VND"),
    ("12.345 KWD", D("12.345"), "KWD"),
    ("$.75", D("0.75"), "USD"),
    ("- $44.99", D("44.99"), "USD"),
    ("Free!", D("0"), None),
    ("1 KM", D("1"), "BAM"),
]

NO_PRICE = ["", "   ", "abc", "40% OFF", "Нет в наличии", "См. цену в прайсе", "Brand new", "Sheet Set"]

# Known gaps, kept visible: when one starts passing the strict xfail says so.
KNOWN_FAILURES = [
    ("1.5E+3", D("1500")),                       # scientific notation from a CSV export
    ("In stock: 15, price 12.99", D("12.99")),   # a count before the price, no currency
    ("CND", D("1")),                             # currency alone (the shared set expects 1)
]


@pytest.mark.parametrize(("text", "amount", "currency"), PRICE_LIST_CELLS, ids=[c[0] for c in PRICE_LIST_CELLS])
def test_price_list_cells(text, amount, currency):
    assert parse_price(text) == ParsedPrice(amount, currency)


@pytest.mark.parametrize(("text", "amount", "currency"), SHOP_TAGS, ids=[c[0] for c in SHOP_TAGS])
def test_shop_tags(text, amount, currency):
    assert parse_price(text) == ParsedPrice(amount, currency)


@pytest.mark.parametrize("text", NO_PRICE)
def test_no_price(text):
    assert parse_price(text).amount is None


@pytest.mark.parametrize(("text", "amount"), KNOWN_FAILURES, ids=[c[0] for c in KNOWN_FAILURES])
@pytest.mark.xfail(strict=True, reason="not supported yet")
def test_known_failures(text, amount):
    assert parse_price(text).amount == amount


@pytest.mark.parametrize(
    ("text", "kwargs", "expected"),
    [
        ("1.234", {"decimal_separator": ","}, ParsedPrice(D("1234"), None)),
        ("1.234", {"decimal_separator": "."}, ParsedPrice(D("1.234"), None)),
        ("140.000", {"decimal_separator": ","}, ParsedPrice(D("140000"), None)),
        ("12.50", {"decimal_separator": ","}, ParsedPrice(D("12.50"), None)),   # the cell contradicts the hint
        ("1 234,56", {"decimal_separator": ","}, ParsedPrice(D("1234.56"), None)),
        ("₹1,49,900", {}, ParsedPrice(D("149900"), "INR")),                         # Indian lakh grouping
        ("1250€ 60", {"decimal_separator": "€"}, ParsedPrice(D("1250.60"), "EUR")),
        ("12,50", {"currency_hint": "UAH"}, ParsedPrice(D("12.50"), "UAH")),
        ("12,50", {"currency_hint": "грн."}, ParsedPrice(D("12.50"), "UAH")),
        ("$12", {"currency_hint": "RUB"}, ParsedPrice(D("12"), "USD")),
        ("", {"currency_hint": "PLN"}, ParsedPrice(None, "PLN")),
    ],
)
def test_hints(text, kwargs, expected):
    assert parse_price(text, **kwargs) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(12.5, D("12.5")), (0.1, D("0.1")), (3, D("3")), (D("7.25"), D("7.25")), (float("nan"), None),
     (float("inf"), None), (True, None), (None, None), (object(), None)],
)
def test_cells_that_are_not_text(value, expected):
    assert parse_price(value).amount == expected


def test_numpy_scalars_from_spreadsheets():
    np = pytest.importorskip("numpy")
    assert parse_price(np.float64(12.34)).amount == D("12.34")
    assert parse_price(np.int64(5)).amount == D("5")


@pytest.mark.parametrize(
    ("text", "code"),
    [("руб.", "RUB"), ("рублей", "RUB"), ("₽", "RUB"), ("грн", "UAH"), ("гривень", "UAH"), ("₴", "UAH"),
     ("zł", "PLN"), ("тг", "KZT"), ("₸", "KZT"), ("$", "USD"), ("US$", "USD"), ("€", "EUR"), ("£", "GBP"),
     ("Br", "BYN"), ("BYN", "BYN"), ("Brand", None), ("тгх", None), ("RUR", "RUB"), ("eur", "EUR"), ("kr", None)],
)
def test_currency_tokens(text, code):
    assert normalize_currency(text) == code


def test_currency_nearest_to_the_amount_wins():
    assert currency_from_text("€ 5 / £ 6", near=8) == "GBP"
    assert parse_price("12 € (≈ 520 грн)") == ParsedPrice(D("12"), "EUR")
    assert parse_price("≈ 520 грн / 12 €") == ParsedPrice(D("520"), "UAH")


# -- properties --------------------------------------------------------------------------
def _group(digits: str, sep: str) -> str:
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return sep.join(out)


# (group separator, decimal separator) of real locales: en, ru/uk/pl (space, nbsp, narrow
# nbsp), de, ch, none.
LOCALES = [(",", "."), (" ", ","), ("\u00a0", ","), ("\u202f", ","), (".", ","), ("'", "."), ("", "."), ("", ",")]
DECORATIONS = ["{}", "{} грн", "{} ₽", "{} руб.", "$ {}", "€{}", "{} zł", "{} тг", "PLN {}", "Цена: {}", "{} €*"]


@settings(max_examples=300, deadline=None)
@given(
    cents=st.integers(min_value=0, max_value=10**11),
    whole=st.booleans(),
    locale=st.sampled_from(LOCALES),
    decoration=st.sampled_from(DECORATIONS),
)
def test_round_trip_through_locales(cents, whole, locale, decoration):
    group, decimal = locale
    amount = D(cents // 100) if whole else D(cents).scaleb(-2)
    int_part, _, frac = format(amount, "f").partition(".")
    text = _group(int_part, group) + (decimal + frac if frac else "")
    assert parse_price(decoration.format(text)).amount == amount


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False, allow_infinity=False),
       st.sampled_from([".", ","]))
def test_told_separator_is_exact(amount, decimal):
    text = format(amount, "f").replace(".", decimal)
    assert parse_price(text, decimal_separator=decimal).amount == amount


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gives_a_finite_amount_or_none(text):
    result = parse_price(text)
    assert result.amount is None or result.amount.is_finite()


# -- the shared table of real strings ---------------------------------------------------
def test_shared_price_strings_accuracy():
    path = shared_data("prices", "price_strings.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    hits = 0
    for row in rows:
        want = D(row["expected_amount"]) if row["expected_amount"].strip() else None
        got = parse_price(row["raw_string"], currency_hint=row["currency_hint"] or None,
                          decimal_separator=row["decimal_separator"] or None).amount
        hits += got == want
    # price-parser scores 0.989 on this set; the rows we miss expect an amount of 1 for a
    # bare currency word ("CND", "тг").
    assert hits / len(rows) >= 0.99
