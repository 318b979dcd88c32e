"""parse_stock / read_stock: stock cells of real price lists -> units."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pricesync import parse_stock
from pricesync.parse.stock import DEFAULT_STOCK_VOCABULARY, read_stock

# (cell, units, understood) as RU/UA/PL/EN suppliers write them.
CASES = [
    (12, 12, True), (12.0, 12, True), (0, 0, True), (-3, 0, True), (None, 0, True), ("", 0, True),
    ("12", 12, True), ("'10'", 10, True), (" 7 ", 7, True), ("3.0", 3, True), ("1 000", 1000, True),
    (">10", 10, True), ("> 50", 50, True), (">=5", 5, True), ("<5", 4, True), ("< 5", 4, True),
    ("<=5", 5, True), ("<1", 0, True), ("50+", 50, True), ("более 10", 10, True), ("больше 100", 100, True),
    ("до 5", 5, True), ("понад 20", 20, True), ("ponad 10", 10, True), ("powyżej 5", 5, True),
    ("more than 20", 20, True), ("less than 3", 2, True), ("10 szt.", 10, True), ("10 шт", 10, True),
    ("5 pcs", 5, True), ("3 од.", 3, True), ("10-20", 10, True), ("-3", 0, True),
    ("много", 50, True), ("Много", 50, True), ("есть", 5, True), ("в наличии", 5, True), ("нет", 0, True),
    ("нет в наличии", 0, True), ("под заказ", 0, True), ("ожидается", 0, True), ("мало", 2, True),
    ("заканчивается", 1, True), ("в наявності", 5, True), ("є", 5, True), ("немає", 0, True),
    ("закінчується", 1, True), ("очікується", 0, True), ("під замовлення", 0, True), ("багато", 50, True),
    ("dostępny", 5, True), ("brak", 0, True), ("na zamówienie", 0, True), ("mało", 2, True),
    ("duża ilość", 50, True), ("In stock", 5, True), ("Out of stock", 0, True), ("Incoming", 0, True),
    ("available", 5, True), ("Y", 1, True), ("N", 0, True), ("true", 5, True), ("false", 0, True),
    ("+", 5, True), ("++", 20, True), ("+++", 50, True), ("-", 0, True), ("✓", 5, True),
    ("2-3 дня", 0, True), ("5 days", 0, True), ("много (>50)", 50, True), ("нет (ожидается 25.11)", 0, True),
    ("\u00a0есть\u00a0", 5, True), ("ЕСТЬ!", 5, True), (True, 1, True), (False, 0, True),
    ("уточняйте у менеджера", 0, False), ("xyz", 0, False), ("в наличии 5", 0, False),
]


@pytest.mark.parametrize("cell, units, understood", CASES, ids=[repr(c[0]) for c in CASES])
def test_stock_cells(cell, units, understood):
    assert read_stock(cell) == (units, understood)
    assert parse_stock(cell) == units


@pytest.mark.parametrize("word, units", sorted(DEFAULT_STOCK_VOCABULARY.items()))
def test_every_default_word(word, units):
    assert parse_stock(word) == units
    assert parse_stock(word.upper()) == units


@pytest.mark.parametrize("vocabulary, cell, units", [
    ({"много": 20}, "много", 20),          # a supplier's own "много" wins over the default
    ({"++": 10}, "++", 10),
    ({"уточняйте у менеджера": 0}, "Уточняйте у менеджера", 0),
    ({"на складі": 3}, "на складі", 3),
    ({"много": 20}, "есть", 5),            # other words keep their default
])
def test_supplier_vocabulary_extends_default(vocabulary, cell, units):
    assert read_stock(cell, vocabulary=vocabulary) == (units, True)


@given(st.one_of(st.text(max_size=30), st.integers(-10**9, 10**9), st.floats(allow_nan=True), st.none()))
def test_never_negative_never_raises(cell):
    units, understood = read_stock(cell)
    assert units >= 0 and isinstance(units, int) and isinstance(understood, bool)


@given(st.integers(0, 10**7))
def test_numbers_read_as_themselves(n):
    for cell in (n, float(n), str(n), f"'{n}'", f"{n} шт.", f"{n} szt."):
        assert parse_stock(cell) == n


@given(st.integers(1, 10**6))
def test_comparisons_are_bounds(n):
    assert parse_stock(f">{n}") == n
    assert parse_stock(f"{n}+") == n
    assert parse_stock(f"<{n}") == n - 1
