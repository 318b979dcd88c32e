"""A Kazakh moto, farm and industrial tyre shop, a Ukrainian pharmacy's dermocosmetics and a Russian
shop of parts for Chinese cars (samples/matching/domains_dev19): a flotation size in inches
("11.5/80-15.3") and a skid steer's "10-16.5" are tyre sizes; a fluid is a kind of its own ("флюид",
"флюїд", "fluide"), a tint is said in Ukrainian, Russian and French ("тонуючий", "тонирующий", "teinté"), a
cabin filter's charcoal ("угольный") and a car's facelift ("рестайлинг") are variants a catalog silent on
them does not have; the item's brand in the name of an offer whose own number column names another
number is the car the part fits, not its maker; a Cyrillic word spelling a catalog's Latin line word
("Себиум" = "Sébium") is that line; whose skin or hair a cosmetic is for ("для сухої шкіри", "peau
normale à mixte", "д/норм.-жирн.волосся") tells a line's creams and shampoos apart, read only beside a
word of skin or hair ("сухой остаток" says none)."""
from __future__ import annotations

import pandas as pd

from pricesync.match import match_offers
from pricesync.match.config import MatchingConfig
from tests.test_match_domains import _match_branded, match_apart, auto_verdict as _verdict, name_tokens as _tokens


def test_a_flotation_size_and_a_skid_steers_size_are_tyre_sizes():
    assert "11580d153" in _tokens("Шина BKT AW-702 11.5/80-15.3 14PR для прицепа")
    assert "10075d153" in _tokens("Шина прицепная 10.0/75-15.3 BKT AW-702 130A8 14PR TL")
    assert "100d165" in _tokens("Шина 10-16.5 Camso SKS 532 10PR TL")
    assert "610" in _tokens("Igora Royal 6-10")  # a dye's shade keeps its reading
    got = match_apart([("AW", "Шина прицепная 10.0/75-15.3 BKT AW-702 130A8 14PR TL")],
                      ["Шина BKT AW-702 11.5/80-15.3 14PR для прицепа"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]


PHARMACY = [("TC", "La Roche-Posay Toleriane Dermallergo крем 40 мл", "La Roche-Posay"),
            ("UI", "La Roche-Posay Anthelios UVMune 400 флюїд невидимий SPF 50+ 50 мл", "La Roche-Posay"),
            ("UT", "La Roche-Posay Anthelios UVMune 400 флюїд тонувальний SPF 50+ 50 мл", "La Roche-Posay"),
            ("SE", "Bioderma Sensibio H2O міцелярна вода 250 мл", "Bioderma"),
            ("SF", "Bioderma Sensibio H2O міцелярна вода 500 мл", "Bioderma"),
            ("SB", "Bioderma Sébium H2O міцелярна вода 500 мл", "Bioderma"),
            ("LN", "Vichy Liftactiv Supreme денний крем для нормальної та комбінованої шкіри 50 мл", "Vichy"),
            ("DO", "Vichy Dercos шампунь проти лупи для нормального та жирного волосся 200 мл", "Vichy"),
            ("DD", "Vichy Dercos шампунь проти лупи для сухого волосся 200 мл", "Vichy"),
            ("CC", "CeraVe зволожувальний крем для сухої та дуже сухої шкіри 340 г", "CeraVe"),
            ("CF", "CeraVe очищувальний гель-пінка для нормальної та жирної шкіри 236 мл", "CeraVe"),
            ("AC", "Avène Cicalfate+ відновлювальний захисний крем 40 мл", "Avène"),
            ("AW", "Avène термальна вода спрей 300 мл", "Avène"),
            ("AG", "Avène Cleanance гель очищувальний 400 мл", "Avène"),
            ("AH", "Avène Hydrance Aqua-Gel аква-гель 50 мл", "Avène"),
            ("MB", "Vichy Minéral 89 гель-бустер щоденний 50 мл", "Vichy"),
            ("AB", "Bioderma Atoderm Intensive Baume бальзам 500 мл", "Bioderma")]


def test_a_fluid_is_a_kind_of_its_own():
    got = _match_branded(PHARMACY, ["Ля Рош-Позе Толеран Дермаллерго флюид 40мл"])
    assert got.loc[0, "match_status"] != "auto" and "type fluid vs cream" in got.loc[0, "match_reason"]


def test_a_tint_in_ukrainian_and_french_is_the_tinted_fluid():
    got = _match_branded(PHARMACY, ["ЛЯ РОШ-ПОЗЕ АНТЕЛІОС UVMUNE 400 ФЛЮЇД ТОНУЮЧИЙ SPF50+ 50МЛ",
                                    "LA ROCHE-POSAY ANTHELIOS UVMUNE 400 FLUIDE TEINTÉ SPF50+ 50ML"])
    assert got.loc[0, "catalog_sku"] == "UT", got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("UT", "auto")


def test_a_cyrillic_word_spelling_a_latin_line_word_is_that_line():
    got = _match_branded(PHARMACY, ["Биодерма Себиум Н2О мицеллярная вода 250мл",
                                    "Биодерма Сенсибио Н2О мицеллярная вода 250мл"])
    assert got.loc[0, "match_status"] != "auto" and "sebium" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("SE", "auto")


def test_whose_skin_or_hair_a_cosmetic_is_for_tells_it_apart():
    assert "skin type:dry" in _tokens("Vichy Liftactiv Supreme - Денний крем для сухої шкіри (50ml)")
    assert {"skin type:normal", "skin type:combination"} <= set(_tokens("VICHY LIFTACTIV SUPREME SOIN PEAU "
                                                                         "NORMALE À MIXTE 50ML"))
    assert {"skin type:normal", "skin type:oily"} <= set(_tokens("ВІШІ ДЕРКОС ШАМП. П/ЛУПИ Д/НОРМ.-ЖИРН.ВОЛОССЯ "
                                                                  "200МЛ"))
    assert not any(t.startswith("skin type") for t in _tokens("Полимерное покрытие для пола (сухой остаток 20%)"))
    got = _match_branded(PHARMACY, ["Vichy Liftactiv Supreme - Денний крем для сухої шкіри (50ml)",
                                    "ВІШІ ДЕРКОС ШАМП. П/ЛУПИ Д/НОРМ.-ЖИРН.ВОЛОССЯ 200МЛ"])
    assert got.loc[0, "match_status"] != "auto" and "skin type dry vs normal/combination" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("DO", "auto")


PARTS = [("CF", "Фильтр салонный Haval Jolion 8104400XGW01A"),
         ("HL", "Фара передняя левая Changan CS35 Plus S301F280101-0100")]


def test_a_charcoal_filter_and_a_facelifts_part_are_not_the_plain_ones():
    got = match_apart(PARTS, ["Фильтр салонный Haval Jolion угольный аналог 8104400XGW01A",
                              "Фара Changan CS35 Plus левая рестайлинг 2022",
                              "Фильтр салона Haval Jolion 8104400XGW01A"])
    assert got.loc[0, "match_status"] != "auto" and "charcoal" in got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto" and "facelift" in got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("CF", "auto")


def test_the_items_brand_in_a_name_whose_number_column_names_another_part_is_the_car():
    catalog = pd.DataFrame({"sku": ["OF"], "name": ["Фильтр масляный Chery 481H-1012010"], "brand": ["Chery"]})
    offers = pd.DataFrame({"supplier": ["a", "b"], "supplier_sku": ["1", "2"],
                           "name": ["481H-1012010 Фильтр масляный Chery (замена BIG FILTER GB-1094)",
                                    "481H-1012010 Фильтр масляный Chery"],
                           "brand": ["BIG FILTER", "CHERY"], "mpn": ["GB-1094", "481H-1012010"]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert got.loc[0, "match_status"] != "auto" and "brand BIG FILTER" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("OF", "auto")


def test_an_offer_found_by_its_number_column_may_leave_out_some_of_the_items_variant_words():
    catalog = pd.DataFrame({"sku": ["CC"], "name": ["Фильтр салонный угольный Chery Tiggo 7 Pro 301000624AA"],
                            "brand": ["Chery"]})
    offers = pd.DataFrame({"supplier": ["a", "b"], "supplier_sku": ["1", "2"],
                           "name": ["301000624AA Фильтр салонный угольный", "301000624AA Фильтр салонный Max"],
                           "brand": ["CHERY", "CHERY"], "mpn": ["301000624AA", "301000624AA"]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert _verdict(got, 0) == ("CC", "auto"), got.loc[0, "match_reason"]
    # a variant the item does not say is still another product, number or not
    assert got.loc[1, "match_status"] != "auto" and "variant" in got.loc[1, "match_reason"]
