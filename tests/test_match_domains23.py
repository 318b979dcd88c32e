"""A Russian Korean-cosmetics shop, a Ukrainian shop of car filters and brake parts and a Latvian
tyre shop (samples/matching/domains_dev23): a part number a column writes glued ("W712/75",
"OP525") is compared with the item's code written with the maker's letters apart ("W 712/75",
"OP 526/1"), also when the offer is a tool "для" it; a maker whose name has digits ("Skin1004")
names no model by it; a sun cream's UVA grade ("PA++++") is no Plus variant; a tyre's season and
studs in Latvian, Lithuanian, Estonian, German ("mit Spikes") and Russian ("липучка"); a car's size
written with a dash ("205/55-16") is its radial; a wholesaler's name of the kind and the maker
only beside the item's number in its column names the item."""
from __future__ import annotations

import pandas as pd

from pricesync.match import match_offers
from tests.test_match_domains import match_apart, auto_verdict as _verdict, name_tokens as _tokens


FILTERS = [("W75", "Фільтр масляний MANN-FILTER W 712/75 для VW Golf IV 1.4 16V"),
           ("W45", "Фільтр масляний MANN-FILTER W 719/45 (аналог 06A115561B)"),
           ("OP1", "Фільтр масляний Filtron OP 526/1"),
           ("OP", "Фільтр масляний Filtron OP 526")]


def _with_columns(catalog, rows, brand: str = "") -> pd.DataFrame:
    """Offers (name, brand, part number) of one supplier each against a catalog whose items are all
    of ``brand``."""
    offers = pd.DataFrame([{"supplier": f"s{i}", "supplier_sku": f"o{i}", "name": n, "brand": b, "mpn": m,
                            "ean": "", "cost": 100, "currency": "UAH"} for i, (n, b, m) in enumerate(rows)])
    cat = pd.DataFrame([{"sku": s, "name": n, "brand": brand, "price": 300} for s, n in catalog])
    return match_offers(offers, cat)


def test_a_part_number_glued_is_compared_with_the_code_written_apart():
    got = _with_columns(FILTERS, [("ФІЛЬТР МАСЛЯНИЙ FILTRON", "FILTRON", "OP525"),
                                  ("MANN-FILTER W 914/26 Фільтр масляний", "MANN-FILTER", "W 914/26"),
                                  ("ФІЛЬТР МАСЛЯНИЙ MANN", "MANN", "W712/75"),
                                  ("ФІЛЬТР МАСЛЯНИЙ FILTRON", "FILTRON", "OP526/1")])
    for row in (0, 1):
        assert got.loc[row, "match_status"] != "auto", got.loc[row, "match_reason"]
    assert "MPN OP525 is not OP5261" in got.loc[0, "match_reason"]
    # the name says only the kind and the maker: the column's number names the item
    assert [_verdict(got, row) for row in (2, 3)] == [("W75", "auto"), ("OP1", "auto")]


def test_a_tool_for_a_code_written_apart_is_an_accessory():
    got = match_apart(FILTERS, ["Знімач масляного фільтра 76 мм для MANN W712/75",
                                "Фильтр масляный MANN W712/75 (VW Golf 4 1.4 16V)"])
    assert got.loc[0, "match_status"] != "auto" and "accessory" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("W75", "auto")


def test_a_brand_with_digits_names_no_model_and_a_uva_grade_is_no_plus():
    catalog = [("AMP", "Сыворотка Skin1004 Madagascar Centella Ampoule 100 мл"),
               ("SUN", "Солнцезащитная сыворотка Skin1004 Madagascar Centella Hyalu-Cica Water-Fit Sun Serum SPF50+ 50 мл"),
               ("RL", "Солнцезащитный крем Round Lab Birch Juice Moisturizing Sun Cream SPF45 50 мл")]
    got = _with_columns(catalog[:2], [("Skin1004 Madagascar Centella Probio-Cica Intensive Ampoule 50ml (KR)", "", "")],
                        brand="Skin1004")
    assert got.loc[0, "match_status"] != "auto" and "SKIN1004" not in got.loc[0, "match_reason"]
    got = match_apart(catalog, ["Round Lab Birch Juice Moisturizing Sun Cream SPF45 PA++++ 50ml"])
    assert _verdict(got, 0) == ("RL", "auto")
    assert "plus" not in _tokens("Beauty of Joseon Relief Sun SPF50 PA++++ 50ml")


def test_season_and_studs_in_baltic_languages_german_and_russian():
    assert {"season:winter", "studs:studded"} <= set(_tokens("Riepa Nokian Hakkapeliitta 10p 205/55R16 94T XL ziemas radžotā"))
    assert "studs:studless" in _tokens("RIEPA NOKIAN HKPL 10P 195/65R15 95T XL BEZ RADZĒM (RADŽOJAMA)")
    assert {"season:winter", "studs:studless"} <= set(_tokens("Nokian Hakkapeliitta R5 205/55R16 94R XL talverehv lamell (naastamata)"))
    assert {"season:winter", "studs:studded"} <= set(_tokens("Padanga Nokian Hakkapeliitta 10p 195/65 R15 95T XL žieminė dygliuota"))
    assert "studs:studless" in _tokens("Шина Nokian Hakkapeliitta R5 205/55 R16 94R XL зимняя липучка")
    assert "studs:studded" in _tokens("Continental VanContact Ice 215/65 R16C 109/107R Winterreifen mit Spikes")
    assert "studs:studless" in _tokens("Nokian Hakkapeliitta 10p 205/55 R16 94T XL Winterreifen ohne Spikes")
    catalog = [("VAN", "Riepa Continental VanContact Winter 215/65R16C 109/107R ziemas"),
               ("C3", "Riepa Nokian Hakkapeliitta C3 215/65R16C 109/107R ziemas radžotā")]
    got = match_apart(catalog, ["Continental VanContact Ice 215/65 R16C 109/107R Winterreifen mit Spikes"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]


def test_a_cars_size_with_a_dash_is_its_radial():
    assert "20555r16" in _tokens("HKPL R5 205/55-16 94R XL")
    assert "21565r16c" in _tokens("HKPL CR4 215/65-16C 109/107R")
    assert "15070d18" in _tokens("Мотошина 150/70-18 70H") and "13090d16" in _tokens("130/90-16 67H")
