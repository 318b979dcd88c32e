"""An Uzbek tyre shop, a Polish drugstore's deodorants and a Ukrainian engine-cooling parts shop
(samples/matching/domains_dev36): a code read from the name (a car's "1.6-2.0 TDI") makes no automatic
match when the offer's part number column holds another number of the item's code's shape (SKF "VKPC
81231" for the item's "VKPC 81230"); a maker's four letters written apart from its number are read glued;
a deodorant's applicator (spray, roll-on, stick) tells two products of a line apart; "NON-STUD" is a
winter tyre without studs; a Czech "pro muže" says whom it is for, not the Pro variant."""
from __future__ import annotations

import pandas as pd

from pricesync.match import match_offers
from pricesync.match.config import MatchingConfig
from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens

PUMPS = [("P1", "Помпа (насос водяний) SKF VKPC 81230 VW / Audi / Skoda 1.6-2.0 TDI"),
         ("K1", "Комплект ГРМ з помпою SKF VKMC 01250-1 VW / Audi / Skoda 1.6-2.0 TDI"),
         ("T1", "Термостат Wahler 4256.87D VW / Audi / Skoda 1.6-2.0 (87°C, з прокладкою)")]


def _with_columns(catalog: list[tuple[str, str]], rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    """Offers (name, brand, part number column), each from a supplier of its own."""
    cat = pd.DataFrame({"sku": [s for s, _ in catalog], "name": [n for _, n in catalog]})
    offers = pd.DataFrame({"supplier": [f"s{i}" for i in range(len(rows))],
                           "supplier_sku": [str(i) for i in range(len(rows))],
                           "name": [n for n, _, _ in rows], "brand": [b for _, b, _ in rows],
                           "mpn": [m for _, _, m in rows]})
    return match_offers(offers, cat, config=MatchingConfig(scorer="rules"))


def test_a_column_number_of_the_items_shape_overrules_a_code_read_from_the_car():
    got = _with_columns(PUMPS, [("ПОМПА VW/AUDI/SKODA 1.6-2.0 TDI", "SKF", "VKPC 81231"),
                                ("К-Т ГРМ VW/AUDI/SKODA 1.6-2.0 TDI", "SKF", "VKMA 01250"),
                                ("ПОМПА VW/AUDI/SKODA 1.6-2.0 TDI", "SKF", "VKPC 81230")])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
    assert "VKPC 81231 is not VKPC81230" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto", got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("P1", "auto"), got.loc[2, "match_reason"]


DEODORANTS = [("RO", "Rexona Men Cobalt Dry antyperspirant roll-on dla mężczyzn 50 ml"),
              ("SP", "Rexona Men Cobalt Dry antyperspirant w sprayu dla mężczyzn 150 ml"),
              ("DS", "Dove Original antyperspirant w sztyfcie 40 ml")]


def test_a_deodorants_applicator_tells_the_stick_from_the_roll_on():
    assert "applicator:rollon" in name_tokens("Dove Deo Roll-on Original 50 ml")
    assert "applicator:stick" in name_tokens("Dove Original tuhý antiperspirant pro ženy 40 ml")
    assert "applicator:spray" in name_tokens("Rexona Women Antitranspirant Deospray Cotton Dry 150 ml")
    got = match_apart(DEODORANTS, ["REXONA ANTYPERSP. STICK MEN COBALT DRY 50ML",
                                   "Rexona Men Cobalt Dry antyperspirant w kulce roll-on męski 50 ml",
                                   "Dove Original antyperspirant sztyft damski 40 ml"])
    assert got.loc[0, "match_status"] != "auto"
    assert "applicator stick vs rollon" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("RO", "auto"), got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("DS", "auto"), got.loc[2, "match_reason"]


def test_a_czech_pro_muze_says_whom_it_is_for_not_the_pro_variant():
    tokens = name_tokens("Rexona Men Cobalt Dry antiperspirant ve spreji pro muže 150 ml")
    assert "gender:men" in tokens and "pro" not in tokens
    got = match_apart(DEODORANTS, ["Rexona Men Cobalt Dry antiperspirant ve spreji pro muže 150 ml"])
    assert _verdict(got, 0) == ("SP", "auto"), got.loc[0, "match_reason"]


def test_a_duopak_is_a_pack_of_two():
    assert "2pcs" in name_tokens("NIVEA MEN BLACK & WHITE INVISIBLE ORIGINAL SPRAY 150ML DUOPAK")


WINTER = [("I15", "Linglong Green-Max Winter Ice I-15 205/55 R16 91T шип"),
          ("PL01", "Triangle PL01 205/55 R16 94R XL")]


def test_non_stud_is_a_winter_tyre_without_studs():
    assert "studs:studless" in name_tokens("LINGLONG GM WINTER ICE I-15 205/55R16 91T NON-STUD")
    got = match_apart(WINTER, ["LINGLONG GM WINTER ICE I-15 205/55R16 91T NON-STUD",
                               "LINGLONG GM WINTER ICE I-15 205/55R16 91T STUD"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("I15", "auto"), got.loc[1, "match_reason"]
