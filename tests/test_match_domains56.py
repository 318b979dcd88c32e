"""A Kazakhstan suspension-parts shop, a Ukrainian perfume shop and a Ukrainian tyre shop with its wholesaler's
resellers (samples/matching/domains_dev56): a Ukrainian list's "ошипована" is studded, not the studdable "під шип"
tyre; right before a fragrance's concentration the line's last word names a flanker ("Chance Eau Fraiche" is not
the "Chance Eau Tendre"), and an item writing two words of one concentration ("1 Million Elixir парфуми") names its
flanker by the first; a short line's bare number after the concentration is the bottle's millilitres ("LIBRE EDP 90
W" is 90 ml, not 90 watts); a car maker's own part is not another maker's part sold for the car and naming no
number of it."""
from __future__ import annotations

import pandas as pd

from pricesync.match import match_offers
from pricesync.match.config import MatchingConfig
from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens

ROSAVA = [("UN", "Шина Rosava WQ-102 185/65 R14 86S зимова під шип"),
          ("IT", "Шина Rosava Itegro 205/55 R16 91V літня")]


def test_a_tyre_with_its_studs_put_in_is_not_the_studdable_one():
    got = match_apart(ROSAVA, ["Шина 185/65R14 86S ROSAVA WQ-102 ошипована",
                               "Шина 185/65R14 86S ROSAVA WQ-102 під шип TL"])
    assert got.loc[0, "match_status"] != "auto"
    assert "studs" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("UN", "auto"), got.loc[1, "match_reason"]


SCENTS = [("CT", "Chanel Chance Eau Tendre туалетна вода 100 мл"),
          ("CM", "Chanel Coco Mademoiselle парфумована вода 100 мл"),
          ("OM", "Paco Rabanne 1 Million туалетна вода 100 мл"),
          ("OE", "Paco Rabanne 1 Million Elixir парфуми 100 мл"),
          ("LV", "Lancôme La Vie Est Belle парфумована вода 50 мл"),
          ("ID", "Lancôme Idôle парфумована вода 50 мл"),
          ("BC", "Versace Bright Crystal туалетна вода 90 мл"),
          ("LM", "Jean Paul Gaultier Le Male туалетна вода 125 мл")]


def test_a_word_of_its_own_before_the_concentration_is_another_flanker():
    got = match_apart(SCENTS, ["Chanel Chance Eau Fraiche туалетная вода 100 мл"])
    assert got.loc[0, "match_status"] != "auto"
    assert "fraiche where CT says tendre" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    got = match_apart(SCENTS, ["Chanel Chance Eau Tendre туалетная вода 100 мл"])
    assert _verdict(got, 0) == ("CT", "auto"), got.loc[0, "match_reason"]


def test_the_first_of_two_concentration_words_names_the_flanker():
    got = match_apart(SCENTS, ["PACO RABANNE 1 MILLION PARFUM 100ML M",
                               "Парфуми для чоловіків Paco Rabanne 1 Million Elixir 100 мл"])
    assert got.loc[0, "match_status"] != "auto"
    assert "leaves out elixir" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("OE", "auto"), got.loc[1, "match_reason"]


def test_a_shortened_word_of_the_line_is_no_other_flanker():
    got = match_apart(SCENTS, ["COCO MLLE EDP 100 W"])
    assert _verdict(got, 0) == ("CM", "auto"), got.loc[0, "match_reason"]


LIBRE = [("L50", "Yves Saint Laurent Libre парфумована вода 50 мл"),
         ("BO", "Yves Saint Laurent Black Opium парфумована вода 90 мл")]


def test_a_short_lines_bare_number_after_the_concentration_is_millilitres():
    assert {"edp", "90ml", "w"} <= set(name_tokens("LIBRE EDP 90 W"))
    assert {"edt", "100ml", "m"} <= set(name_tokens("SAUVAGE EDT 100 M TST"))
    assert "50ml" in name_tokens("CH BLEU EDT 50")
    assert "100ml" in name_tokens("Dior Sauvage EDT 100 ml")
    got = match_apart(LIBRE, ["LIBRE EDP 90 W", "LIBRE EDP 50 W"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("L50", "auto"), got.loc[1, "match_reason"]


BUSHINGS = [("OE", "Сайлентблок переднего рычага задний Hyundai/Kia 54584-1R000 Solaris / Rio 2010-2017 оригинал",
             "Hyundai/Kia"),
            ("CTR", "Сайлентблок переднего рычага передний CTR CVKH-93 Hyundai Solaris / Kia Rio 2010-2017", "CTR")]


def _branded(names_brands: list[tuple[str, str]]) -> pd.DataFrame:
    cat = pd.DataFrame({"sku": [s for s, _, _ in BUSHINGS], "name": [n for _, n, _ in BUSHINGS],
                        "brand": [b for _, _, b in BUSHINGS]})
    offers = pd.DataFrame({"supplier": [f"s{i}" for i in range(len(names_brands))],
                           "supplier_sku": [str(i) for i in range(len(names_brands))],
                           "name": [n for n, _ in names_brands], "brand": [b for _, b in names_brands]})
    return match_offers(offers, cat, config=MatchingConfig(scorer="rules"))


def test_another_makers_part_for_the_car_is_not_the_car_makers_own():
    got = _branded([("Полиуретановый сайлентблок переднего рычага Hyundai Solaris / Kia Rio, задний", "Точка опоры"),
                    ("Сайлентблок переднего рычага задний 54584-1R000 Hyundai Solaris", "Hyundai")])
    assert got.loc[0, "match_status"] != "auto"
    assert "the car maker's part" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("OE", "auto"), got.loc[1, "match_reason"]
