"""The push journal: batches recorded before sending, marked after, found again when a
push was interrupted; the pushed state feeds read as their current state."""
from __future__ import annotations

import sqlite3

import pytest

from pricesync.channels.base import Change, ItemResult
from pricesync.pipeline.journal import Journal
from pricesync.state import State
from tests.pipeline_support import D


@pytest.fixture
def journal(tmp_path):
    with State(tmp_path / "state.sqlite") as st:
        yield Journal(st)


def change(sku, price="10.00", stock=1, **kw):
    return Change(sku, D("9.00"), D(price) if price else None, 0, stock, explanation=f"why {sku}",
                  floor=D("5.00"), ref={"id": 7, "parent_id": None}, extra={"name": f"Товар {sku}"}, **kw)


def test_recorded_batches_come_back_whole(journal):
    keys = journal.record("shop", [[change("A"), change("B", price=None)], [change("C")]], run_id=3)
    assert len(set(keys)) == 2
    batches = journal.unfinished("shop")
    assert [b.key for b in batches] == keys and {b.status for b in batches} == {"new"}
    a, b = batches[0].items
    assert a == change("A") and b.new_price is None           # every field survives the round trip
    assert journal.unfinished("other") == []


@pytest.mark.parametrize("status, unfinished", [("new", True), ("sent", True), ("pending", True),
                                                ("done", False), ("failed", False), ("superseded", False)])
def test_which_statuses_are_unfinished(journal, status, unfinished):
    [key] = journal.record("shop", [[change("A")]])
    journal.set_status(key, status)
    assert bool(journal.unfinished("shop")) is unfinished


def test_finish_marks_items_and_pushed_state_together(journal):
    [key] = journal.record("shop", [[change("A"), change("B"), change("C", price=None, stock=4)]])
    journal.set_status(key, "sent", attempt=True)
    journal.finish("shop", key, [change("A"), change("B"), change("C", price=None, stock=4)], {
        "A": ItemResult("A", True), "B": ItemResult("B", False, "Invalid ID."),
        "C": ItemResult("C", True)})
    rows = {r["sku"]: (r["status"], r["message"]) for r in journal.state.query("SELECT * FROM push_items")}
    assert rows == {"A": ("done", ""), "B": ("failed", "Invalid ID."), "C": ("done", "")}
    pushed = journal.pushed("shop")
    assert set(pushed) == {"A", "C"}
    assert (pushed["A"][0].price, pushed["A"][0].stock, pushed["A"][1]) == (D("10.00"), 1, {"name": "Товар A"})
    assert pushed["C"][0].price is None and pushed["C"][0].stock == 4
    # A later stock-only push keeps the price it knew.
    [k2] = journal.record("shop", [[change("A", price=None, stock=9)]])
    journal.finish("shop", k2, [change("A", price=None, stock=9)], {"A": ItemResult("A", True)})
    assert (journal.pushed("shop")["A"][0].price, journal.pushed("shop")["A"][0].stock) == (D("10.00"), 9)
    assert journal.batches("shop")[0]["status"] == "done"


def test_snapshot_replaces_the_pushed_state(journal):
    [k1] = journal.record("feed", [[change("A"), change("B")]])
    journal.finish("feed", k1, [change("A"), change("B")], {s: ItemResult(s, True) for s in "AB"}, snapshot=True)
    [k2] = journal.record("feed", [[change("B", price="11.00")]])
    journal.finish("feed", k2, [change("B", price="11.00")], {"B": ItemResult("B", True)}, snapshot=True)
    assert {s: c.price for s, (c, _) in journal.pushed("feed").items()} == {"B": D("11.00")}


def test_fail_batch_fails_only_open_items(journal):
    [key] = journal.record("shop", [[change("A"), change("B")]])
    journal.drop_items(key, ["A"], "superseded", "changed since")
    journal.fail_batch(key, "HTTP 413: too large")
    rows = {r["sku"]: r["status"] for r in journal.state.query("SELECT sku, status FROM push_items")}
    assert rows == {"A": "superseded", "B": "failed"}
    assert journal.unfinished("shop") == []


def test_unfinished_gives_only_open_items(journal):
    [key] = journal.record("shop", [[change("A"), change("B")]])
    journal.drop_items(key, ["A"], "superseded", "")
    assert [c.sku for c in journal.unfinished("shop")[0].items] == ["B"]


def test_one_sku_once_per_batch(journal):
    with pytest.raises(sqlite3.IntegrityError):
        journal.record("shop", [[change("A"), change("A")]])
    assert journal.unfinished("shop") == []                      # the failed record left nothing behind


def test_sequence_orders_batches_per_channel(journal):
    k1 = journal.record("shop", [[change("A")]])[0]
    journal.record("feed", [[change("A")]])
    k2, k3 = journal.record("shop", [[change("B")], [change("C")]])
    assert [b.key for b in journal.unfinished("shop")] == [k1, k2, k3]
