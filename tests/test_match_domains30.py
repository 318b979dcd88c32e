"""A Russian decorative-cosmetics shop, a Russian tyre shop and a Russian car-consumables shop whose
suppliers are mostly marketplace sellers (samples/matching/domains_dev30): "водостойкая" is the mascara an
English name calls "Waterproof"; a spec code right after an oil's grade is the grade's place whatever the
seller writes next ("5W-30 M Синтетическое" is not the "5W-30 LL"); a part number column of another
numbering beside a name that writes the item's code ("R4781" beside "Ice Guard IG65", a seller's
"VB521-2055516" beside "Brina V-521") is no other model; a mascara silent on its colour is the black one."""
from __future__ import annotations

import pandas as pd

from pricesync.match import match_offers
from pricesync.match.config import MatchingConfig
from pricesync.match.reading import words
from tests.test_match_domains import auto_verdict as _verdict, match_apart


def _with_mpns(catalog: list[tuple[str, str]], rows: list[tuple[str, str]]) -> pd.DataFrame:
    """Each offer (name, mpn) from a supplier of its own."""
    cat = pd.DataFrame({"sku": [s for s, _ in catalog], "name": [n for _, n in catalog]})
    offers = pd.DataFrame({"supplier": [f"s{i}" for i in range(len(rows))],
                           "supplier_sku": [str(i) for i in range(len(rows))],
                           "name": [n for n, _ in rows], "mpn": [m for _, m in rows]})
    return match_offers(offers, cat, config=MatchingConfig(scorer="rules"))


MASCARAS = [("WP", "Тушь для ресниц Maybelline New York Lash Sensational Sky High водостойкая черная 6 мл"),
            ("SH", "Тушь для ресниц Maybelline New York Lash Sensational Sky High черная 7,2 мл")]


def test_vodostoykaya_is_the_waterproof_mascara():
    got = match_apart(MASCARAS, ["ТУШЬ MAYBELLINE LASH SENSATIONAL SKY HIGH WATERPROOF ЧЕРН. 6МЛ",
                                 "Тушь для ресниц Maybelline New York Lash Sensational Sky High Waterproof, 6 мл, very black"])
    assert _verdict(got, 0) == ("WP", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("WP", "auto"), got.loc[1, "match_reason"]


def test_a_waterproof_mascara_is_not_the_plain_one_in_either_language():
    catalog = [("CP", "Тушь для ресниц Vivienne Sabo Cabaret Premiere тон 01 черная 9 мл")]
    got = match_apart(catalog, ["Тушь для ресниц Vivienne Sabo Cabaret Premiere водостойкая, тон 01 черная",
                                "Vivienne Sabo Cabaret Premiere Waterproof Mascara 01 black"])
    for row in (0, 1):
        assert got.loc[row, "match_status"] != "auto"
        assert "waterproof" in got.loc[row, "match_reason"]


def test_a_spec_code_right_after_the_oils_grade():
    catalog = [("LL", "Масло моторное Castrol Edge 5W-30 LL 4 л"), ("C3", "Масло моторное Castrol Edge 0W-20 C5 1 л"),
               ("MT", "Масло моторное Castrol Magnatec 5W-40 A3/B4 4 л"), ("X9", "Масло моторное ZIC X9 5W-30 4 л"),
               ("X7", "Масло моторное ZIC X7 10W-40 4 л"), ("HU", "Масло моторное Shell Helix Ultra 5W-40 4 л"),
               ("GA", "Масло моторное Лукойл Genesis Armortech 5W-40 4 л"),
               ("LX", "Масло моторное Лукойл Люкс 10W-40 полусинтетическое 4 л")]
    got = match_apart(catalog, ["Castrol Масло моторное Edge 5W-30 M Синтетическое 4 л"])
    assert got.loc[0, "match_status"] != "auto"
    assert "offer says m where LL says ll" in got.loc[0, "match_reason"]
    got = match_apart(catalog, ["Castrol Масло моторное Edge 5W-30 LL Синтетическое 4 л"])
    assert _verdict(got, 0) == ("LL", "auto"), got.loc[0, "match_reason"]


TYRES = [("IG65", "Шина Yokohama Ice Guard IG65 205/55 R16 94T XL зимняя шипованная"),
         ("V521", "Шина Viatti Brina V-521 205/55 R16 91T зимняя нешипованная"),
         ("V522", "Шина Viatti Brina Nordico V-522 205/55 R16 91T зимняя шипованная")]


def test_a_column_article_of_another_numbering_is_no_other_model():
    got = _with_mpns(TYRES, [("205/55R16 94T XL Yokohama Ice Guard IG65 шип", "R4781"),  # the maker's article
                             ("Шина Viatti Brina V-521 205/55 R16 91T зимняя", "VB521-2055516"),  # the seller's
                             ("Шина Yokohama Ice Guard IG65 195/65 R15 95T XL зимняя шипованная", "YIG65-1956515")])
    assert _verdict(got, 0) == ("IG65", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("V521", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto"  # another size: the column says nothing against it, the size does


def test_a_column_number_shaped_like_the_code_is_still_another_model():
    got = _with_mpns(TYRES, [("205/55R16 94T XL Yokohama Ice Guard IG65 шип", "IG55"),
                             ("Шина Viatti Brina V-521 205/55 R16 91T зимняя", "V-522")])
    for row in (0, 1):
        assert got.loc[row, "match_status"] != "auto"
        assert "MPN" in got.loc[row, "match_reason"]


def test_a_mascara_silent_on_its_colour_is_the_black_one():
    assert words.active().maps["default_colours"]["mascara"] == "black"
    catalog = [("LP", "Тушь для ресниц Essence Lash Princess False Lash Effect черная 12 мл")]
    got = match_apart(catalog, ["ТУШЬ ESSENCE LASH PRINCESS FALSE LASH EFFECT 12МЛ",
                                "Essence Тушь Lash Princess False Lash Effect 12мл тестер"])
    assert _verdict(got, 0) == ("LP", "auto"), got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto"


def test_a_catalog_with_the_brown_one_beside_still_asks_which():
    catalog = [("B", "Тушь для ресниц Vivienne Sabo Cabaret Premiere тон 01 черная 9 мл"),
               ("BR", "Тушь для ресниц Vivienne Sabo Cabaret Premiere тон 02 коричневая 9 мл")]
    got = match_apart(catalog, ["Тушь Vivienne Sabo Cabaret Premiere 9 мл"])
    assert got.loc[0, "match_status"] != "auto"


def test_a_lip_tint_is_not_read_black():
    catalog = [("T", "Тинт для губ LUXVISAGE Lip Tint Aqua Gel Hyaluron Complex тон 03 Pink Sunset 3,4 г")]
    got = match_apart(catalog, ["Тинт для губ LUXVISAGE Lip Tint Aqua Gel Hyaluron Complex 3,4 г"])
    assert got.loc[0, "match_status"] != "auto"
