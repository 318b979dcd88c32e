"""bench/calibrate_rule_cuts.py: which matches a lower auto cut adds, and the bands of their
share right that place the cut for a target precision."""
from __future__ import annotations

from conftest import load_script


def _tool():
    return load_script("bench/calibrate_rule_cuts.py")


def test_an_offer_enters_at_the_highest_cut_that_still_makes_it_auto():
    tool = _tool()
    autos = {50: {1: True, 2: False, 3: True, 4: None}, 51: {1: True, 3: True}, 52: {1: True}}
    assert sorted(tool.entries(autos)) == [(50, False), (51, True), (52, True)]  # offer 4: truth unknown


def test_bands_never_fall_as_the_cut_rises_and_place_the_cut_for_a_target():
    tool = _tool()
    entered = [(60, True)] * 3 + [(61, True), (61, False)] + [(62, True)] * 5 + [(58, False)] * 2
    bands = tool.monotone_bands(entered)
    assert bands == [(58, 58, 0, 2), (60, 61, 4, 5), (62, 62, 5, 5)]
    assert tool.cut_for(bands, 0.9) == 62 and tool.cut_for(bands, 0.8) == 60 and tool.cut_for(bands, 0.0) == 58
    assert tool.band_of(bands, 61) == (60, 61, 4, 5) == tool.band_of(bands, 59) and tool.band_of(bands, 63) is None


def test_a_range_reads_as_its_values_both_ends_included():
    tool = _tool()
    assert tool.values_of("50:53", integer=True) == [50, 51, 52, 53]
    assert tool.values_of("0:10:5", integer=True) == [0, 5, 10]
    assert tool.values_of("1:2:0.25", integer=False) == [1.0, 1.25, 1.5, 1.75, 2.0]


def test_an_engine_constant_is_set_where_it_is_imported_too_and_restored():
    tool = _tool()
    from pricesync.match.decision import decide
    from pricesync.match.decision import vetoes

    assert tool.default_of("vetoes.SIBLING_WINDOW") == vetoes.SIBLING_WINDOW
    assert tool.default_of("ambiguity_margin") == 5
    before = vetoes.SIBLING_WINDOW
    with tool._constant_set("vetoes.SIBLING_WINDOW", before + 7):
        assert vetoes.SIBLING_WINDOW == decide.SIBLING_WINDOW == before + 7  # decide imports it by name
    assert vetoes.SIBLING_WINDOW == decide.SIBLING_WINDOW == before


def test_a_cut_stricter_when_lower_is_swept_loosest_first(monkeypatch):
    """A weight whose lower value vetoes more: the matches a higher one adds enter there."""
    tool = _tool()
    autos = {2.0: {1: True, 2: False}, 1.5: {1: True}, 1.0: {}}
    monkeypatch.setattr(tool, "sweep", lambda name, cut, values: {v: autos[v] for v in values})
    monkeypatch.setattr(tool, "SETS", {"toy": None})
    monkeypatch.setattr(tool.bench_match, "DATA", tool.REPO)  # present
    monkeypatch.setattr("sys.argv", ["calibrate", "--sets", "toy", "--cut", "vetoes.RIVAL_WORD_WEIGHT",
                                     "--range", "1:2:0.5", "--stricter", "lower", "--json", "--targets", "0.9"])
    import io
    import json
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    assert tool.main() == 0  # the default 1.5's band: offer 1, right
    report = json.loads(out.getvalue())
    assert [(b["cuts"], b["right"], b["entries"]) for b in report["bands"]] == [("2.0-2.0", 0, 1), ("1.5-1.5", 1, 1)]
    assert report["cut_for_target"] == {"0.9": 1.5} and report["default_band_share_right"] == 1.0
    assert report["entered_by_value"] == {"2.0": "0/1", "1.5": "1/1", "1.0": "0/0"}  # loosest first


def test_an_auto_match_for_an_offer_the_catalog_lacks_counts_wrong_and_an_unknown_one_not_at_all(monkeypatch):
    import pandas as pd

    tool = _tool()
    catalog = pd.DataFrame({"sku": ["A", "B"], "name": ["Bosch GSR 12V-15 cordless drill", "Makita DF333DZ cordless drill"]})
    offers = pd.DataFrame({"supplier": "s", "supplier_sku": ["1", "2", "3"],
                           "name": ["Bosch GSR 12V-15 cordless drill", "Makita DF333DZ cordless drill",
                                    "Makita DF333DZ cordless drill"]})
    # Offer 2 is written as a product the catalog lacks, offer 3's pair is not known.
    monkeypatch.setattr(tool, "SETS", {"toy": lambda: (offers, catalog, [{"A"}, set(), None])})
    autos = tool.sweep("toy", "auto_threshold", [70])[70]
    assert autos == {0: True, 1: False, 2: None}
    assert tool.entries({70: autos}) == [(70, True), (70, False)]
