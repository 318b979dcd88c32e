"""Hostile price and code cells: parsing is linear in the length of the text, and cells too
long to be a price or a code are rejected (or noted) with a reason, not parsed for minutes.

The clock here only guards against a hang (big inputs take about two seconds; the old quadratic
parser took minutes), so a busy machine does not fail it; the counting test checks linearity
without a clock."""
from __future__ import annotations

import time
from decimal import Decimal

import pytest

from pricesync.parse import price as P
from pricesync.parse.price import parse_price
from tests.test_ingest_support import ingest, write_csv

BIG = [
    "1 " * 100000,          # 100,000 numbers separated by spaces (was 14.5 s at 8,000)
    "1$ " * 60000,          # as many currencies as numbers
    "1-" * 100000,          # every number starts a range
    "was 1 " * 40000,       # every number after an old-price word
    "$1-2 " * 40000,
    "1" * 100000,           # one huge number
    "1.2," * 50000,
]


@pytest.mark.parametrize("text", BIG, ids=lambda t: repr(t[:6]))
def test_big_hostile_strings_parse_in_well_under_the_old_time(text):
    t0 = time.perf_counter()
    parse_price(text)
    assert time.perf_counter() - t0 < 30


def _count_calls(monkeypatch, text: str) -> int:
    """Work done by the choosing step: slices of the text tested per candidate."""
    calls = {"n": 0}
    real_close, real_after = P._close, P._after_old_price_word

    def close(gap):
        calls["n"] += 1
        return real_close(gap)

    def after(s, c, words):
        calls["n"] += 1
        return real_after(s, c, words)

    monkeypatch.setattr(P, "_close", close)
    monkeypatch.setattr(P, "_after_old_price_word", after)
    # Every regex search over a gap/window between positions counts as well.
    real_fullmatch = P._RANGE_GAP.fullmatch
    monkeypatch.setattr(P, "_RANGE_GAP", type("R", (), {"fullmatch": staticmethod(
        lambda gap: (calls.__setitem__("n", calls["n"] + 1), real_fullmatch(gap))[1])})())
    parse_price(text)
    return calls["n"]


@pytest.mark.parametrize("unit", ["1 ", "1$ ", "1-", "$1-2 ", "€1 "])
def test_work_per_number_is_constant(monkeypatch, unit):
    small = _count_calls(monkeypatch, unit * 500)
    large = _count_calls(monkeypatch, unit * 5000)
    # Linear: ten times the numbers, about ten times the work (quadratic would be 100x).
    assert large <= 11 * small + 10


def test_results_unchanged_on_the_shapes_the_speedup_touches():
    assert parse_price("Was $120.00 Now $60.00") == P.ParsedPrice(Decimal("60.00"), "USD")
    assert parse_price("5-10 €").amount == Decimal(5) and parse_price("5-10 €").currency == "EUR"
    assert parse_price("от 5 до 10 грн").amount == Decimal(5)
    assert parse_price("3 Ausgaben für nur 14,85 EUR").amount == Decimal("14.85")
    assert parse_price("UVP: 19,99 € jetzt 14,99 €").amount == Decimal("14.99")


HEADER = ["Артикул", "Наименование", "Цена, руб."]


def test_a_huge_price_cell_is_rejected_quickly_with_a_reason(tmp_path):
    rows = [HEADER, ["A-1", "Дрель Makita", "1 250,00"], ["A-2", "Шуруповёрт Bosch", "1 " * 50000],
            ["A-3", "Перфоратор DeWalt", "9 990,00"]]
    t0 = time.perf_counter()
    result = ingest(write_csv(tmp_path / "p.csv", rows))
    assert time.perf_counter() - t0 < 30
    assert result.offers["supplier_sku"].tolist() == ["A-1", "A-3"]
    rejected = result.rejects.to_dict("records")
    assert len(rejected) == 1 and rejected[0]["kind"] == "rejected" and rejected[0]["source_row"] == 3
    assert rejected[0]["reason"].startswith("price cell too long (99999 characters")


def test_a_price_cell_just_under_the_cap_is_still_read(tmp_path):
    long_but_fine = "Цена: 1 250,00 руб. " + "x" * 150
    rows = [HEADER, ["A-1", "Дрель Makita", long_but_fine], ["A-2", "Шуруповёрт Bosch", "990,00"]]
    result = ingest(write_csv(tmp_path / "p.csv", rows))
    assert result.offers["cost"].tolist() == [Decimal("1250.00"), Decimal("990.00")]


def test_a_huge_code_is_dropped_with_a_note(tmp_path):
    rows = [HEADER, ["A-1", "Дрель Makita", "1 250,00"], ["Z" * 5000, "Шуруповёрт Bosch", "990,00"]]
    result = ingest(write_csv(tmp_path / "p.csv", rows))
    assert result.offers["supplier_sku"].tolist() == ["A-1", ""]
    notes = result.rejects.to_dict("records")
    assert [(n["source_row"], n["kind"]) for n in notes] == [(3, "note")]
    assert notes[0]["reason"].startswith("code longer than 500 characters")
    assert len(notes[0]["raw"]) < 200
