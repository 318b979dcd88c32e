"""A Russian brake-parts shop, a Russian Wildberries skin-care seller and a Russian off-road tyre shop
(samples/matching/domains_dev55): a light truck's flotation size is one size however it is written and no model
code that finds a tyre alone; an item writing its kind in the line's language ("Крем ... All in One Cream") is
the offer saying that kind in its own; "RX" is a line's other version; an opened jar "вскрыт, использован" is
used."""
from __future__ import annotations

from tests.test_match_domains import _match, auto_verdict as _verdict, match_apart, name_tokens

TYRES = [("MT", "Шина Federal Couragia M/T 35x12.50R15 113Q 6PR"),
         ("TG", "Шина Nitto Trail Grappler M/T 33x12.50R20LT 114Q 10PR"),
         ("RG", "Шина Nitto Ridge Grappler 35x12.50R20LT 121Q 10PR"),
         ("KM", "Шина BFGoodrich Mud-Terrain T/A KM3 33x12.50R17LT 120Q")]


def test_a_flotation_size_is_one_size_however_written():
    assert "35x125r20" in name_tokens("Nitto Ridge Grappler 35x12.50R20LT 121Q")
    assert "33x125r17" in name_tokens("BFGoodrich Mud-Terrain T/A KM3 LT33x12.50R17 120Q Load Range D")
    assert "33x125r17" in name_tokens("33X12.5R17 KM3 120Q BFG")
    assert "31x105r15" in name_tokens("Шина Kumho Road Venture MT71 31x10.5 R15 109Q")
    got = match_apart(TYRES, ["BFGoodrich Mud-Terrain T/A KM3 LT33x12.50R17 120Q",
                              "35X12.5R20 RIDGE GRAPPLER 121Q NITTO"])
    assert _verdict(got, 0) == ("KM", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("RG", "auto"), got.loc[1, "match_reason"]


def test_a_flotation_size_finds_no_tyre_by_itself():
    """The size is no model code: what tells the M/T line from the X/T one of a size is the names'."""
    got = _match(TYRES, ["35X12.50R15 113Q FEDERAL COURAGIA M/T 6PR", "35X12.50R15 113Q FEDERAL COURAGIA X/T 6PR"])
    assert _verdict(got, 0) == ("MT", "auto"), got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto", got.loc[1, "match_reason"]
    assert "model code" not in got.loc[1, "match_reason"], got.loc[1, "match_reason"]


CREAMS = [("SN", "COSRX Крем с муцином улитки Advanced Snail 92 All in One Cream 100 г"),
          ("GT", "Innisfree Крем Green Tea Seed Cream 50 мл"),
          ("PU", "Purito Сыворотка Centella Unscented Serum 60 мл")]


def test_the_items_kind_in_the_lines_language_is_no_line_word_left_out():
    got = match_apart(CREAMS, ["COSRX КРЕМ ADVANCED SNAIL 92 ALL IN ONE 100Г", "INNISFREE КРЕМ GREEN TEA SEED 50МЛ",
                               "PURITO СЫВОРОТКА CENTELLA UNSCENTED 60МЛ"])
    for row in range(3):
        assert "leaves out" not in got.loc[row, "match_reason"], got.loc[row, "match_reason"]
    assert _verdict(got, 1) == ("GT", "auto"), got.loc[1, "match_reason"]


ESSENCES = [("FT", "Missha Эссенция Time Revolution The First Treatment Essence 150 мл"),
            ("CP", "Dr.Jart+ Крем Cicapair Tiger Grass Cream 50 мл")]


def test_rx_is_a_lines_other_version():
    got = match_apart(ESSENCES, ["MISSHA Time Revolution The First Treatment Essence RX 150ml"])
    assert got.loc[0, "match_status"] != "auto"
    assert "variant rx" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]


def test_an_opened_and_used_jar_is_used():
    got = match_apart(ESSENCES, ["Dr.Jart+ Cicapair Tiger Grass Cream 50 мл, вскрыт, использован 2 раза",
                                 "Dr.Jart+ Cicapair Tiger Grass Cream 50ml"])
    assert got.loc[0, "match_status"] != "auto"
    assert "condition used" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("CP", "auto"), got.loc[1, "match_reason"]
