"""A UK aftermarket parts shop, a UK drugstore and beauty shop and a UK tyre shop
(samples/matching/domains_dev24): a tyre's size written as one number by British wholesalers and
fitters ("2055516 91V", "2156516C 109/107T") is its size where the name says an index; a part-worn
tyre is a used one; an oil's spec class written in the place of the item's ("EDGE 5W-30 C3" for
"EDGE 5W-30 LL") is another oil; a foundation's dewy finish is not its matte one; a filter maker's number written in three groups
("HU 719/7 x", "C 27 192/1", "P 85 075") is the number a column or a name writes glued."""
from __future__ import annotations

import pandas as pd

from conftest import REPO
from pricesync.match import match_offers
from pricesync.match.reading.names import analyse
from tests.test_match_domains import match_apart, auto_verdict as _verdict, name_tokens as _tokens

TYRES = [("P4", "Michelin Primacy 4 205/55 R16 91V"),
         ("AG", "Michelin Agilis 3 215/65 R16C 109/107T"),
         ("PS5", "Michelin Pilot Sport 5 225/40 R18 92Y XL")]


def test_a_size_glued_into_one_number_is_the_tyres_size_where_an_index_is_said():
    assert ("20555r16", "li91v") == _tokens("MICHELIN 2055516 91V PRIMACY 4 TL")[1:3]
    assert {"21565r16c", "li109107t"} <= set(_tokens("2156516C CONT VCECO 109/107T"))
    assert {"22540r18", "li92y"} <= set(_tokens("2254018 GY F1 ASY5 92Y XL"))
    # without an index seven digits are a part's or a toner's number; no tyre is 138 mm wide
    assert "1382920" in _tokens("lexmark 1382920 toner 3000 page-yield black")
    assert "1382920" in _tokens("Toner 1382920 91V")
    got = match_apart(TYRES, ["MICHELIN 2055516 91V PRIMACY 4 TL", "MICHELIN 2156516C 109/107T AGILIS 3",
                              "MICHELIN 2254018 92Y XL PILOT SPORT 5", "MICHELIN 2055516 91W PRIMACY 4 S1 TL"])
    assert [_verdict(got, row) for row in (0, 1, 2)] == [("P4", "auto"), ("AG", "auto"), ("PS5", "auto")]
    assert got.loc[3, "match_status"] != "auto", got.loc[3, "match_reason"]


def test_a_part_worn_tyre_is_a_used_one():
    assert "condition:used" in _tokens("Michelin Primacy 4 205/55 R16 91V Part Worn 7mm")
    assert "condition:used" in _tokens("Michelin Primacy 4 205/55 R16 91V part-worn tyre")
    got = match_apart(TYRES, ["Michelin Primacy 4 205/55 R16 91V Part Worn 7mm",
                              "Michelin Primacy 4 205/55 R16 91V Brand New"])
    assert got.loc[0, "match_status"] != "auto" and "used" in got.loc[0, "match_reason"]


def test_an_oils_spec_class_in_the_place_of_the_items_is_another_oil():
    # the parts shop's catalog: a spec word few of its items say tells them apart
    catalog = list(_parts_catalog()[["sku", "name"]].itertuples(index=False, name=None))
    got = match_apart(catalog, ["Castrol EDGE 5W-30 C3 Engine Oil 5L",
                                "Castrol EDGE 5W-30 LL Engine Oil 5 Litre"])
    assert got.loc[0, "match_status"] != "auto" and "c3 where AP-35 says ll" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("AP-35", "auto")


def test_a_dewy_finish_is_not_the_matte_one():
    assert "finish:dewy" in _tokens("Maybelline Fit Me Dewy + Smooth Liquid Foundation 220 Natural Beige")
    catalog = [("FM", "Maybelline Fit Me Matte + Poreless Foundation 220 Natural Beige 30ml")]
    got = match_apart(catalog, ["Maybelline Fit Me Dewy + Smooth Liquid Foundation 220 Natural Beige"])
    assert got.loc[0, "match_status"] != "auto" and "dewy vs matt" in got.loc[0, "match_reason"]


def test_a_filter_makers_number_in_three_groups_is_the_number_glued():
    assert {"hu7197x", "c271921", "p85075"} <= set().union(*(
        analyse([n])[n].lookup_codes for n in ("Mann Filter Oil Filter Element HU 719/7 x",
                                                 "Mann Filter Air Filter C 27 192/1",
                                                 "Brembo Front Brake Pads P 85 075 for VW Golf Mk5 / Mk6")))
    # a size's times sign is no maker's letter
    name = "boise aspen 30 office paper 92 brightness 20lb 8-1 2 x 14 5000 sheets carton"
    assert "x145000" not in analyse([name])[name].lookup_codes
    got = _with_column(_parts_catalog(), [("MANN-FILTER HU719/7x Oil filter insert", "MANN-FILTER", "HU7197X"),
                                 ("MANN AIR FILTER", "MANN", "C27192/1"),
                                 ("MANN-FILTER HU719/6x Oil filter insert", "MANN-FILTER", "HU7196X")])
    assert [_verdict(got, row) for row in (0, 1)] == [("AP-09", "auto"), ("AP-10", "auto")]
    assert got.loc[2, "match_status"] != "auto", got.loc[2, "match_reason"]


def _parts_catalog() -> pd.DataFrame:
    return pd.read_csv(REPO / "samples/matching/domains_dev24/autoparts_en/catalog.csv", dtype=str, keep_default_na=False)


def _with_column(catalog: pd.DataFrame, rows) -> pd.DataFrame:
    """Offers (name, brand, part number) of one supplier each."""
    offers = pd.DataFrame([{"supplier": f"s{i}", "supplier_sku": f"o{i}", "name": n, "brand": b, "mpn": m,
                            "ean": "", "cost": 10, "currency": "GBP"} for i, (n, b, m) in enumerate(rows)])
    return match_offers(offers, catalog)


def test_a_van_tyres_german_kind_and_a_budget_class_after_the_size_tell_no_version():
    catalog = [("AG", "Michelin Agilis 3 215/65 R16C 109/107T"), ("LS", "Landsail LS388 205/55 R16 91V"),
               ("P4", "Michelin Primacy 4 205/55 R16 91V")]
    got = match_apart(catalog, ["Michelin Agilis 3 215/65 R16C 109/107T Transporterreifen",
                                "Landsail LS388 205/55 R16 91V Budget",
                                "Michelin Primacy 4 205/55 R16 91V Tourenreifen"])
    assert [_verdict(got, row) for row in (0, 1)] == [("AG", "auto"), ("LS", "auto")]
    # another word there the catalog never writes is still a version's mark
    assert got.loc[2, "match_status"] != "auto", got.loc[2, "match_reason"]


def test_fluid_ounces_are_the_metric_size_the_bottle_is_sold_in():
    assert _tokens("Dior Sauvage Eau de Toilette Spray for Men 3.4 fl oz")[-1] == "100ml"
    assert _tokens("Olaplex No. 3 Hair Perfector, 3.3 fl oz")[-1] == "100ml"
    assert _tokens("Chanel Coco Mademoiselle Eau de Parfum Spray 1.7 oz")[-1] == "50ml"
    assert _tokens("CeraVe Hydrating Facial Cleanser, 8 fl oz")[-1] == "236ml"
    assert _tokens("Olaplex No. 4 Bond Maintenance Shampoo, 33.8 fl oz")[-1] == "1000ml"
    # a label saying its millilitres too is read by them
    assert "7.3ml" in _tokens("CND SHELLAC ROMANTIQUE 0.25 FL OZ (7.3 ML)")
    assert "7.5ml" not in _tokens("CND SHELLAC ROMANTIQUE 0.25 FL OZ (7.3 ML)")
    catalog = [("C100", "Chanel Coco Mademoiselle Eau de Parfum 100ml"), ("C50", "Chanel Coco Mademoiselle Eau de Parfum 50ml"),
               ("S100", "Dior Sauvage Eau de Toilette 100ml")]
    got = match_apart(catalog, ["Chanel Coco Mademoiselle Eau de Parfum Spray 3.4 oz",
                                "Chanel Coco Mademoiselle Eau de Parfum Spray 1.7 oz",
                                "Dior Sauvage Eau de Toilette Spray for Men 2 fl oz"])
    assert [_verdict(got, row) for row in (0, 1)] == [("C100", "auto"), ("C50", "auto")]
    assert got.loc[2, "match_status"] != "auto" and "60ml vs 100ml" in got.loc[2, "match_reason"]


def test_a_suppliers_sibling_writing_the_items_word_in_place_tells_another_scent_apart():
    catalog = [("OR", "Batiste Dry Shampoo Original 200ml"), ("CE", "CeraVe Hydrating Cleanser 236ml"),
               ("BD", "Batiste Dry Shampoo Original 350ml XXL"), ("NI", "Nivea Soft Moisturising Cream 200ml")]
    offers = pd.DataFrame({"supplier": ["amazon"] * 3, "supplier_sku": ["1", "2", "3"],
                           "name": ["Batiste Dry Shampoo Original 200ml, Clean & Classic, Instant Refresh, Clean & Classic Fragrance",
                                    "Batiste Dry Shampoo Tropical 200ml", "CeraVe Hydrating Cleanser 236ml"],
                           "price": [4, 4, 10]})
    cat = pd.DataFrame({"sku": [s for s, _ in catalog], "name": [n for _, n in catalog]})
    got = match_offers(offers, cat)
    # the sibling's long title scores lower against the item than this offer does
    assert _verdict(got, 0) == ("OR", "auto")
    assert got.loc[1, "match_status"] != "auto" and "says original as the item does" in got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("CE", "auto")
