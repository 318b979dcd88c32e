"""The holdout English electronics set (samples/matching/holdout_en) is consistent with itself.

Integrity only: the set is kept out of tuning, so nothing here runs the matcher or asserts a
precision. These checks catch a truth row that points nowhere, an offer listed twice, a kind
that says "positive" for an offer the truth leaves unmatched, and a catalog the shop loader
would reject rows of.
"""
from __future__ import annotations

import csv
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation

import pytest

from pricesync.catalog import load_catalog
from pricesync.tables import OFFER_COLUMNS

from tests.conftest import SAMPLES, load_script

ROOT = SAMPLES / "matching" / "holdout_en"
HEADERS = {
    "catalog.csv": ["sku", "name", "brand", "category", "ean", "price", "stock"],
    "offers.csv": ["supplier", "supplier_sku", "name", "brand", "mpn", "cost", "currency"],
    "truth.csv": ["supplier", "supplier_sku", "catalog_sku"],
    "kinds.csv": ["supplier", "supplier_sku", "category", "kind"],
}
KINDS = {"positive", "sibling", "regional", "refurbished", "bundle", "accessory", "unrelated"}


def _rows(name: str) -> list[dict[str, str]]:
    with open(ROOT / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _key(row: dict[str, str]) -> tuple[str, str]:
    return row["supplier"], row["supplier_sku"]


@pytest.fixture(scope="module")
def data():
    return {name: _rows(name) for name in HEADERS}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_is_as_documented(name):
    with open(ROOT / name, newline="", encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == HEADERS[name]


@pytest.mark.parametrize("name, key", [
    ("catalog.csv", lambda r: r["sku"]),
    ("offers.csv", _key),
    ("truth.csv", _key),
    ("kinds.csv", _key),
])
def test_keys_are_unique(data, name, key):
    counts = Counter(key(r) for r in data[name])
    assert [k for k, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("name", ["truth.csv", "kinds.csv"])
def test_one_row_per_offer(data, name):
    assert sorted(_key(r) for r in data[name]) == sorted(_key(r) for r in data["offers.csv"])


def test_truth_points_at_catalog_skus(data):
    skus = {r["sku"] for r in data["catalog.csv"]}
    assert [r for r in data["truth.csv"] if r["catalog_sku"] and r["catalog_sku"] not in skus] == []


def test_catalog_loads_without_rejects():
    catalog, rejects = load_catalog(ROOT / "catalog.csv")
    assert rejects.empty
    assert len(catalog) == len(_rows("catalog.csv"))
    assert all(isinstance(p, Decimal) and p > 0 for p in catalog["price"])


def test_catalog_names_end_with_the_code_written_without_separators(data):
    # Shop style: "Onkyo 7.2 Channel Network A/V Receiver - TXNR676"; the maker's code last,
    # no hyphens or slashes in it (they stay in the descriptive words: "PG-245XL", "A/V").
    codes = [r["name"].rsplit(" - ", 1)[1] for r in data["catalog.csv"] if " - " in r["name"]]
    assert len(codes) >= 0.95 * len(data["catalog.csv"])
    assert [c for c in codes if "-" in c or "/" in c or " " in c] == []


def test_kinds_agree_with_truth(data):
    truth = {_key(r): r["catalog_sku"] for r in data["truth.csv"]}
    assert {r["kind"] for r in data["kinds.csv"]} <= KINDS
    wrong = [r for r in data["kinds.csv"] if (r["kind"] == "positive") != bool(truth[_key(r)])]
    assert wrong == []


def test_kind_category_is_the_category_of_the_true_item(data):
    category = {r["sku"]: r["category"] for r in data["catalog.csv"]}
    truth = {_key(r): r["catalog_sku"] for r in data["truth.csv"]}
    wrong = [r for r in data["kinds.csv"] if truth[_key(r)] and category[truth[_key(r)]] != r["category"]]
    assert wrong == []


def test_positives_and_negatives_in_most_categories(data):
    seen: dict[str, set[bool]] = defaultdict(set)
    for r in data["kinds.csv"]:
        seen[r["category"]].add(r["kind"] == "positive")
    both = [c for c, s in seen.items() if s == {True, False}]
    assert len(seen) >= 15
    assert len(both) >= 0.8 * len(seen)


def test_mix_of_matches_and_hard_negatives(data):
    kinds = Counter(r["kind"] for r in data["kinds.csv"])
    share = kinds["positive"] / sum(kinds.values())
    assert 0.55 <= share <= 0.70
    # Every kind of negative the README promises is there, siblings the most.
    assert all(kinds[k] > 0 for k in KINDS)
    assert kinds["sibling"] == max(n for k, n in kinds.items() if k != "positive")


def test_offers_have_costs_and_currencies(data):
    for r in data["offers.csv"]:
        assert r["name"].strip() and r["supplier"] and r["supplier_sku"]
        assert r["currency"] in {"USD", "GBP"}
        try:
            assert Decimal(r["cost"]) > 0
        except InvalidOperation:
            pytest.fail(f"cost {r['cost']!r} of {_key(r)} is not a plain decimal")


def test_bench_loader_reads_the_set():
    bench = load_script("bench/bench_match.py")
    offers, catalog, truth = bench.load_holdout_en()
    assert set(OFFER_COLUMNS) <= set(offers.columns)
    assert len(offers) == len(truth) == len(_rows("offers.csv"))
    assert len(catalog) == len(_rows("catalog.csv"))
    skus = set(catalog["sku"])
    assert all(t <= skus for t in truth)
    assert sum(1 for t in truth if t) == sum(1 for r in _rows("truth.csv") if r["catalog_sku"])
