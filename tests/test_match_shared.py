"""Floors on the shared real data (skipped when ../shared/data is absent). The benchmark
(bench/bench_match.py) reports the exact numbers; these only catch a regression."""
from __future__ import annotations

import pandas as pd

from conftest import shared_data
from pricesync.catalog import load_catalog
from pricesync.match import match_offers
from pricesync.tables import OFFER_COLUMNS


def _prosept_offers(root):
    raw = pd.read_csv(root / "offers.csv", sep=";", dtype=str, keep_default_na=False)
    truth = pd.read_csv(root / "truth.csv", sep=";", dtype=str, keep_default_na=False)
    pairs = {(k, d): p for k, d, p in zip(truth["key"], truth["dealer_id"], truth["product_id"])}
    offers = pd.DataFrame({c: [""] * len(raw) for c in OFFER_COLUMNS})
    offers["supplier"] = raw["dealer_id"]
    offers["supplier_sku"] = raw["product_key"]
    offers["name"] = raw["product_name"]
    offers["cost"] = raw["price"]
    offers["stock"] = 0
    return offers, [pairs.get((k, d)) for k, d in zip(raw["product_key"], raw["dealer_id"])]


def test_prosept_dealer_names_precision_and_coverage_floors():
    root = shared_data("matching", "prosept")
    catalog, rejects = load_catalog(root / "catalog.csv")
    offers, truth = _prosept_offers(root)
    result = match_offers(offers, catalog)
    auto = result["match_status"] == "auto"
    right = sum(1 for a, sku, t in zip(auto, result["catalog_sku"], truth) if a and sku == t)
    precision = right / auto.sum()
    coverage = right / sum(1 for t in truth if t)
    # Measured 0.966 / 0.52; several "wrong" autos are offers truth.csv leaves without a pair.
    assert precision >= 0.95 and coverage >= 0.48, (precision, coverage)
    # Alternative marketplace names and articles are used, not rejected.
    assert {"ozon_name", "name_1c", "wb_name", "article"} <= set(catalog.columns)
    assert (result["match_method"] == "mpn").any()


def _bench():
    from conftest import load_script

    return load_script("bench/bench_match.py")


def test_bench_dealer_halves_split_by_dealer_not_by_offer():
    bench = _bench()
    offers = pd.DataFrame({"supplier": ["1", "2", "1", "3", " 2", "4"], "name": list("abcdef")})
    truth = [{"x"}, set(), {"y"}, {"z"}, set(), {"w"}]
    dev = bench.one_half((offers, None, truth), "dev")
    test = bench.one_half((offers, None, truth), "test")
    # Every offer is in exactly one half, with its own truth, and a dealer's offers stay together.
    assert sorted([*dev[0]["name"], *test[0]["name"]]) == list("abcdef")
    for half in (dev, test):
        assert len({bench.dealer_half(d) for d in half[0]["supplier"]}) <= 1
        assert [truth[list("abcdef").index(n)] for n in half[0]["name"]] == half[2]
    assert bench.one_half((offers, None, truth), "all")[0] is offers


def test_bench_prosept_one_name_drops_alternative_names_only():
    shared_data("matching", "prosept")
    bench = _bench()
    offers, catalog, truth = bench.load_prosept()
    one_offers, one_catalog, one_truth = bench.load_prosept_one_name()
    assert not set(bench.PROSEPT_ALTERNATIVES) & set(one_catalog.columns)
    assert set(catalog.columns) - set(one_catalog.columns) == set(bench.PROSEPT_ALTERNATIVES)
    assert one_truth == truth and len(one_offers) == len(offers)
    # Both halves of the dealers have offers to measure.
    halves = {bench.dealer_half(d) for d in offers["supplier"]}
    assert halves == {"dev", "test"}


def test_bench_walmart_halves_split_by_offer_id():
    bench = _bench()
    offers = pd.DataFrame({"supplier": ["walmart"] * 6, "supplier_sku": [f"r{i}" for i in range(6)],
                           "name": list("abcdef")})
    truth = [{"x"}, {"y"}, {"z"}, {"v"}, {"u"}, {"w"}]
    dev = bench.one_half((offers, None, truth), "dev", by="supplier_sku")
    test = bench.one_half((offers, None, truth), "test", by="supplier_sku")
    # One supplier, yet both halves have offers; each offer is in exactly one, with its truth.
    assert len(dev[0]) and len(test[0])
    assert sorted([*dev[0]["name"], *test[0]["name"]]) == list("abcdef")
    for half, name in ((dev, "dev"), (test, "test")):
        assert {bench.offer_half(k) for k in half[0]["supplier_sku"]} == {name}
        assert [truth[list("abcdef").index(n)] for n in half[0]["name"]] == half[2]
