"""The learned scorer: pair features, free labels, the calibrated auto cut, and vetoes the
model never overrides."""
from __future__ import annotations

import shutil
import json
import zlib

import numpy as np
import pandas as pd
import pytest

from pricesync.match import MatchingConfig, match_offers, match_with_info
from pricesync.match.candidates.catalog_index import CatalogIndex, with_brand
from pricesync.match.decision.decide import Decider
from pricesync.match.engine import prepare_catalog
from pricesync.match.features.pair import FEATURES, pair_features
from pricesync.match.scorer.learned import (MODEL_FILE, calibrate, calibrate_added, decide_run, default_model, fit,
                                     guard_cut, load_model, upper_bound)
from pricesync.match.reading.names import Analyser
from pricesync.report import NullReporter
from tests.conftest import load_script
from tests.test_match import CATALOG, catalog_frame, offers_frame

F = {name: i for i, name in enumerate(FEATURES)}


def _siblings(families: int, seed: int):
    module = load_script("samples/matching/siblings.py")
    catalog, offers, truth = module.generate(families, seed=seed)
    return pd.DataFrame(catalog), pd.DataFrame(offers), [t["catalog_sku"] for t in truth]


def _features(offer: str, skus: list[str], *, cost=float("nan"), prices=None):
    """Pair features of ``offer`` against each catalog item of ``skus`` (test_match's catalog)."""
    catalog = prepare_catalog(catalog_frame(), NullReporter())
    strings = [with_brand(n, b) for n, b in zip(catalog["name"], catalog["brand"])]
    analyser = Analyser(strings + [offer])
    index = CatalogIndex(catalog, analyser, name_cols=[], code_cols=["article"])
    index.count_offer_words([analyser.rough_tokens(offer)])
    decider = Decider(index, MatchingConfig(), {}, prices=prices)
    name = analyser.get(offer)
    scored = decider._scored(name, [decider.position[s] for s in skus])
    by_sku = {index.skus[s.item]: s for s in scored}
    return {sku: dict(zip(FEATURES, pair_features(index, name, by_sku[sku], scored, cost=cost,
                                                  price=prices[by_sku[sku].item] if prices else float("nan"))))
            for sku in skus}


def test_features_tell_a_code_from_its_sibling_code():
    f = _features("Sony KDL-46V5100 LCD TV", ["KDL46", "KDL40"])
    assert f["KDL46"]["code_same"] == 1 and f["KDL46"]["code_clash"] == 0
    assert f["KDL40"]["code_same"] == 0 and f["KDL40"]["code_clash"] == 1
    assert f["KDL46"]["margin"] > 0 > f["KDL40"]["margin"]


def test_features_see_units_that_clash_and_the_difference_veto():
    f = _features("Samsung Galaxy A12 4/128GB черный", ["A12-64-BK", "A12-128-BK"])
    assert f["A12-128-BK"]["units_clash"] == 0 and f["A12-128-BK"]["units_same"] > 0
    assert f["A12-64-BK"]["diffs"] >= 1
    assert f["A12-128-BK"]["diffs"] == 0


def test_features_see_another_brand_and_a_price_far_off():
    prices = [float("nan")] * len(CATALOG)
    skus = sorted(s for s, *_ in CATALOG)
    prices[skus.index("UE55DU")] = 500.0
    f = _features('Samsung UE55DU7100UXUA 55"', ["UE55DU"], cost=5.0, prices=prices)["UE55DU"]
    assert f["brand"] == 1 and f["has_price"] == 1 and f["price_gap"] > 2
    g = _features("Xiaomi Redmi Note 12 8/256GB серый", ["RN12-256", "A55-256-BK"])
    assert g["RN12-256"]["brand"] == 1 and g["A55-256-BK"]["brand"] == -1


def test_features_of_glued_words_and_sibling_telling_words():
    f = _features("Антисептик невымываемый PROSEPT ULTRA концентрат 1:10 1л", ["ULTRA-1"])["ULTRA-1"]
    assert f["score"] > 0.6 and f["item_share"] > 0.6
    # The word that tells the catalog's siblings apart (here the model code) is said by
    # the offer and missing from the sibling, and said by the sibling and not by the offer.
    g = _features("Дрель-шуруповерт Makita DF333DWYE 12В", ["DF333-Y", "DF333-A"])
    assert g["DF333-Y"]["slot_missing"] == 0 and g["DF333-Y"]["slot_unsaid"] == 0
    assert g["DF333-A"]["slot_missing"] > 0 and g["DF333-A"]["slot_unsaid"] > 0


def test_shipped_model_loads_and_lists_the_features():
    model = default_model()
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES) and data["trained_on"]
    assert model.prob(np.zeros(len(FEATURES))).shape == (1,)
    cut, estimate = model.cut_for(0.99)
    assert 0 < cut < 1 and estimate >= 0.99


def test_fit_is_deterministic_and_pulled_to_its_prior():
    rng = np.random.default_rng(5)
    x = rng.normal(size=(400, len(FEATURES)))
    y = (x[:, 0] + 0.5 * rng.normal(size=400) > 0).astype(float)
    a, b = fit(x, y), fit(x, y)
    assert np.array_equal(a.weights, b.weights) and a.weights[0] > 1
    held = fit(x[:20], 1 - y[:20], prior=a, l2=1e6)
    assert np.allclose(held.weights, a.weights, atol=1e-3)


def _labelled_offers(families: int, seed: int):
    """Offer-level examples of the generated sibling set: the name step's best candidate
    that passes the vetoes, its features and whether it is the true item."""
    catalog, offers, truth = _siblings(families, seed)
    _, info = match_with_info(offers, catalog, truth=[{t} if t else set() for t in truth])
    rows = [(r, lab) for r, lab in zip(info["label_rows"], info["labels"]) if lab[0] is not None]
    return rows


def test_calibrated_cut_meets_the_target_on_a_held_out_split():
    rows = _labelled_offers(260, seed=31)
    model = default_model()
    x = np.array([lab[0] for _, lab in rows])
    right = np.array([lab[1] for _, lab in rows], dtype=bool)
    p = model.prob(x)
    fold = np.array([zlib.crc32(str(r).encode()) % 2 for r, _ in rows], dtype=bool)
    assert fold.sum() > 200 and (~fold).sum() > 200
    for target in (0.98, 0.99):
        cut, estimate, n = calibrate(p[fold], right[fold], target)
        assert estimate >= target and n > 100
        auto = ~fold & (p >= cut)
        assert right[auto].mean() >= target, (target, cut, right[auto].mean())


def test_calibrate_added_keeps_the_rules_autos_and_the_target():
    right = np.array([True] * 300 + [False] * 10)
    rules = np.array([True] * 200 + [False] * 110)
    p = np.concatenate([np.full(200, 0.9), np.linspace(0.99, 0.5, 100), np.linspace(0.4, 0.1, 10)])
    cut, estimate = calibrate_added(p, right, rules, 0.99)
    auto = rules | (p >= cut)
    assert estimate >= 0.99 and cut <= 0.5 and right[auto].sum() >= 300
    assert (right[auto].sum() + 1) / (auto.sum() + 2) >= 0.99
    # more wrong among the rules' own autos: nothing can be added
    cut, estimate = calibrate_added(p, np.array([False] * 5 + [True] * 295 + [False] * 10), rules, 0.99)
    assert cut == float("inf")


def test_upper_bound_needs_evidence_before_calling_precision_short():
    assert upper_bound(np.array([True] * 100)) > 0.99
    assert upper_bound(np.array([True] * 99 + [False])) > 0.99       # one wrong in a hundred proves nothing
    assert upper_bound(np.array([True] * 140 + [False] * 10)) < 0.99  # ten in 150 does
    assert upper_bound(np.array([], dtype=bool)) == 1.0


def test_guard_cut_drops_the_low_rated_autos_only_on_evidence():
    right = np.array([True] * 200 + [False] * 20)
    p = np.concatenate([np.linspace(0.6, 1.0, 200), np.linspace(0.1, 0.3, 20)])
    rules = np.ones(220, dtype=bool)
    cut = guard_cut(p, right, rules, 0.99)
    kept = p >= cut
    # every right one kept; the wrong ones dropped until the share right reaches the target
    assert right[kept].sum() == 200 and (~right[kept]).sum() <= 2 and right[kept].mean() >= 0.99
    assert guard_cut(p, np.ones(220, dtype=bool), rules, 0.99) == 0.0  # all right: no guard
    # the offers the rules did not make auto are no evidence against them
    assert guard_cut(p, right, np.arange(220) < 200, 0.99) == 0.0
    # wrong ones rated as high as the right: no cut clears the evidence but the very top
    mixed = np.array([i % 5 != 0 for i in range(220)])
    assert guard_cut(np.linspace(0.1, 1.0, 220), mixed, rules, 0.99) > 0.9


def _score_only_model(tmp_path, monkeypatch):
    """A model whose probability follows the name score alone."""
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    weights = [0.0] * len(FEATURES)
    weights[F["score"]] = 6.0
    data.update(weights=weights, bias=0.0)
    path = tmp_path / "score.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("PRICESYNC_MATCH_MODEL", str(path))
    load_model.cache_clear()
    return data["mean"][F["score"]], data["scale"][F["score"]]


def test_guard_sends_name_matches_to_review_when_the_runs_labels_show_them_wrong(tmp_path, monkeypatch):
    """A run whose identified offers show the name step's autos wrong one time in six, the
    wrong ones scoring lower: with the rules deciding, the run's low-scoring name autos go to
    review with a warning and the high-scoring ones stay auto."""
    from pricesync.match.decision.decide import Verdict

    mean, scale = _score_only_model(tmp_path, monkeypatch)

    def features(z: float) -> tuple:
        f = [0.0] * len(FEATURES)
        f[F["score"]] = mean + z * scale
        return tuple(f)

    class Warnings:
        said: list[str] = []

        def info(self, message):
            pass

        def warn(self, message):
            self.said.append(message)

    try:
        for scorer in ("rules", "learned"):
            labelled = [Verdict("X", 100, "ean", "auto", "EAN", labels=(features(1 + i / 100), True, [], True))
                        for i in range(100)]
            labelled += [Verdict("X", 100, "ean", "auto", "EAN", labels=(features(-1), False, [], True))
                         for _ in range(20)]
            high = Verdict("A", 90, "name", "auto", "name 90", features=features(1.5))
            low = Verdict("B", 72, "name", "auto", "name 72", features=features(-1))
            reporter = Warnings()
            summary = decide_run(labelled + [high, low], MatchingConfig(scorer=scorer), reporter)
            assert high.status == "auto" and low.status == "review", scorer
            if scorer == "learned":  # the model's own cut reaches the target: it decides, no guard needed
                assert summary["scorer"] == "learned" and summary["guard_cut"] is None
                continue
            assert "guard" in low.reason and summary["sent_to_review_by_guard"] == 1
            assert summary["scorer"] == "rules" and 0 < summary["guard_cut"] < 1
            assert any("below the target precision" in w for w in reporter.said)
    finally:
        load_model.cache_clear()


def test_free_labels_are_collected_and_counted():
    catalog, offers, truth = _siblings(120, seed=17)
    ean = {sku: f"29{i:010d}" for i, sku in enumerate(catalog["sku"])}
    catalog["ean"] = [_check(ean[s]) for s in catalog["sku"]]
    offers["ean"] = [_check(ean[t]) if t and i % 2 else "" for i, t in enumerate(truth)]
    _, info = match_with_info(offers, catalog)
    info = info["decision"]
    identified = sum(1 for i, t in enumerate(truth) if t and i % 2)
    assert info["free_label_offers"] >= 0.9 * identified
    assert info["free_label_positives"] >= 0.9 * identified and info["free_label_negatives"] > identified
    assert info["scorer"] == "rules" and info["estimated_precision"] is not None
    assert info["guard_cut"] is None and info["sent_to_review_by_guard"] == 0  # the rules are right here
    assert not match_offers(offers, catalog).attrs      # the table carries no side information


def _check(body: str) -> str:
    return body + str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10)


def test_vetoed_siblings_never_become_auto_through_the_model(tmp_path, monkeypatch):
    """A model that calls every pair right, on a run with plenty of free labels: what the
    vetoes send to review (another memory size, colour, model suffix) stays in review."""
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    data.update(weights=[0.0] * len(FEATURES), bias=40.0)
    path = tmp_path / "always.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("PRICESYNC_MATCH_MODEL", str(path))
    load_model.cache_clear()
    try:
        catalog, offers, truth = _siblings(150, seed=23)
        ean = {sku: _check(f"29{i:010d}") for i, sku in enumerate(catalog["sku"])}
        catalog["ean"] = [ean[s] for s in catalog["sku"]]
        offers["ean"] = [ean[t] if t and i % 5 == 0 else "" for i, t in enumerate(truth)]
        rules = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
        learned, info = match_with_info(offers, catalog, config=MatchingConfig(scorer="learned"))
    finally:
        load_model.cache_clear()
    info = info["decision"]
    assert info["scorer"] == "learned", info
    vetoed = (rules["match_status"] == "review") & rules["match_reason"].str.contains(
        "differs in|does not say|says .* as|offer says|names none")
    assert vetoed.sum() > 10
    assert (learned.loc[vetoed, "match_status"] == "review").all()
    # the model did decide something: the rules' timid reviews it was sure of
    assert info["promoted_to_auto"] > 0


def test_decide_run_leaves_vetoed_verdicts_alone():
    from pricesync.match.decision.decide import Verdict

    vetoed = Verdict("A", 90, "name", "review", "name 90; differs in memory 64gb vs 128gb")
    scored = Verdict("B", 60, "name", "review", "name 60; below auto 70", features=tuple([0.5] * len(FEATURES)))
    summary = decide_run([vetoed, scored], MatchingConfig(scorer="learned"), None)
    assert vetoed.status == "review" and vetoed.reason.endswith("128gb")
    assert "model" in scored.reason and summary["name_matches_scored"] == 1
    assert summary["scorer"] == "rules"  # no free labels: the rules decide


def test_target_precision_is_a_matching_setting():
    assert MatchingConfig().target_precision == 0.99
    with pytest.raises(ValueError):
        MatchingConfig(target_precision=1.5)


def test_match_cli_reports_free_labels_and_the_estimate(cli, tmp_path):
    from conftest import SAMPLES

    for name in ("catalog.csv", "offers.csv"):
        shutil.copy(SAMPLES / "matching" / name, tmp_path / name)
    args = ("match", "--catalog", tmp_path / "catalog.csv", tmp_path / "offers.csv", "--out", tmp_path / "m.csv",
            "--state", tmp_path / "s.sqlite")
    result = cli(*args, "--json")
    assert result.exit_code == 0, result.stderr
    decision = json.loads(result.stdout)["name_decision"]
    assert {"free_label_offers", "free_label_positives", "free_label_negatives", "auto_cut", "estimated_precision",
            "target_precision"} <= set(decision)
    shown = cli(*args)
    assert "free labels:" in shown.stderr and "estimated precision" in shown.stderr


def test_walmart_amazon_learned_decision_keeps_precision():
    """Real free labels (offers whose modelno equals a catalog code): the learned decision,
    calibrated on them, keeps auto precision at the target (measured 0.995, rules 0.990). Its
    estimate on the run's ~150 held-out labelled offers is near the target here (0.991 with 578
    identified offers, 0.977 with the 581 found once the offer's part number column outranks the
    codes of its name): where it falls short the rules decide, as they must, and precision holds
    either way."""
    from conftest import shared_data

    root = shared_data("matching", "walmart_amazon")
    cat = pd.read_csv(root / "catalog.csv", dtype=str, keep_default_na=False)
    off = pd.read_csv(root / "offers.csv", dtype=str, keep_default_na=False)
    truth = dict(pd.read_csv(root / "truth.csv", dtype=str, keep_default_na=False).values)
    catalog = pd.DataFrame({"sku": cat["id"], "name": cat["title"], "brand": cat["brand"], "mpn": cat["modelno"],
                            "price": cat["price"]})
    offers = offers_frame([{"supplier": "walmart", "supplier_sku": i, "name": t, "brand": b, "mpn": m, "cost": p}
                           for i, t, b, m, p in zip(off["id"], off["title"], off["brand"], off["modelno"],
                                                    off["price"])])
    result, info = match_with_info(offers, catalog, config=MatchingConfig(scorer="learned"))
    info = info["decision"]
    assert info["free_label_positives"] > 300
    if info["scorer"] == "learned":
        assert info["estimated_precision"] >= info["target_precision"], info
    else:
        assert "no decision reaches the target" in info["calibrated_on"], info
    auto = result["match_status"] == "auto"
    right = (result["catalog_sku"] == result["supplier_sku"].map(truth)) & auto
    assert right.sum() / auto.sum() >= 0.99 and right.sum() / len(result) >= 0.6


def test_a_labelled_offer_stays_in_its_half_when_the_run_has_one_more():
    """The offers a run measures its decision on are a fixed half of its identified offers,
    chosen by each offer, not by its place in the run: one more identified offer in front
    leaves every other one where it was."""
    from pricesync.match.decision.decide import Verdict

    def labelled(i: int, held_out: bool) -> Verdict:
        f = [0.0] * len(FEATURES)
        f[F["score"]] = 80 + i % 20
        pairs = [(tuple(f), True), (tuple([0.0] * len(FEATURES)), False)]
        return Verdict("X", 100, "ean", "auto", "EAN", labels=(tuple(f), True, pairs, True), held_out=held_out)

    run = [labelled(i, held_out=i % 3 != 0) for i in range(300)]  # 200 held out, 100 fitted
    for verdicts in (run, [labelled(999, held_out=False)] + run):
        summary = decide_run(verdicts, MatchingConfig(), None)
        assert summary["model"] == "adapted on this run's free labels"
        assert summary["calibrated_on"].startswith("200 held-out labelled offers")


def test_an_offer_falls_in_the_same_half_whatever_was_decided_before_it():
    catalog, offers, truth = _siblings(60, seed=5)
    ean = {sku: f"29{i:010d}" for i, sku in enumerate(catalog["sku"])}
    catalog["ean"] = [_check(ean[s]) for s in catalog["sku"]]
    offers["ean"] = [_check(ean[t]) if t else "" for t in truth]
    _, first = match_with_info(offers, catalog)
    _, reversed_ = match_with_info(offers.iloc[::-1].reset_index(drop=True), catalog)
    held = [first["decision"]["calibrated_on"], reversed_["decision"]["calibrated_on"]]
    assert held[0].split(" held-out")[0] == held[1].split(" held-out")[0]
