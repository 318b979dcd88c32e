"""The hand-written domain development sets that met the domain target are held to it: no
wrong automatic match and coverage of at least 0.6 (bench/bench_match.py reports the exact
numbers; samples/matching/domains_dev4/README.md and domains_dev5/README.md say what each change
fixed)."""
from __future__ import annotations

import importlib.util

import pytest

from conftest import REPO
from pricesync.match import match_offers
from pricesync.match.config import MatchingConfig


def _bench():
    spec = importlib.util.spec_from_file_location("bench_match", REPO / "bench" / "bench_match.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


@pytest.mark.parametrize("domain", ["tyres_ru", "cosmetics_ru", "autoparts_ru"])
def test_the_fourth_round_makes_no_wrong_auto(domain):
    bench = _bench()
    offers, catalog, truth = bench.load_domain(domain, "dev4")
    scores = bench.score(match_offers(offers, catalog, config=MatchingConfig(scorer="rules")), truth)
    assert scores["precision"] == 1.0 and scores["coverage"] >= 0.6, scores


@pytest.mark.parametrize("domain", ["tyres_ua", "cosmetics_ua", "autoparts_pl"])
def test_the_fifth_round_makes_no_wrong_auto(domain):
    bench = _bench()
    offers, catalog, truth = bench.load_domain(domain, "dev5")
    scores = bench.score(match_offers(offers, catalog, config=MatchingConfig(scorer="rules")), truth)
    assert scores["precision"] == 1.0 and scores["coverage"] >= 0.6, scores
