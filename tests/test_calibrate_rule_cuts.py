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
