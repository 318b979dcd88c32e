"""A Russian DIY store, a Ukrainian plumbing and heating shop and a Polish electrical shop
(samples/matching/domains_dev18): a fraction of an inch is one size however written ("½\"" = "1/2\"" =
"1/2 дюйма", "5-1/4\""); a cable's harmonised "3G2,5" is the "3x2,5" its cores and section are, "mm²"
after them says no more and its rated "450/750V" are two voltages, not a code; a radiator's "500x800" is
a size, not a screen's resolution, nor is a board's "1000x600x50"; a boiler's circuits ("одноконтурный"
/ "двоконтурний" / "jednofunkcyjny"), a part sold without ("без сидіння", "ohne Aktivkohle") against
with it ("з сидінням", "mit Aktivkohle"), a tile's unpolished surface against the polished one, a dowel
sold with its screw and the Russian "Плюс" tell products apart; "для умывальника", "для кухні" say where a
mixer goes, so its article after them is its own."""
from __future__ import annotations

import pandas as pd

from pricesync.match.reading.names import analyse
from tests.test_match_domains import _match_branded, match_apart, auto_verdict as _verdict, name_tokens as _tokens


def test_a_fraction_of_an_inch_is_one_size_however_written():
    for name in ('Кран кульовий Valtec Base ½" ВР-ВР ручка', 'КРАН КУЛЬОВИЙ VALTEC BASE 1/2" ВР-ВР РУЧКА',
                 "Кран шаровый 1/2 дюйма"):
        assert "0.5in" in _tokens(name), _tokens(name)
    assert "1.25in" in _tokens('Zawór 1-1/4" GW') and "1.25in" in _tokens('Zawór 1 1/4" GW')
    assert "5.25in" in _tokens('Klipsch - Reference 5-1/4" 2-Way Bookshelf Speakers')
    # not a fraction: a model and a screen's size, a memory pair, a fraction without its inch mark
    assert "32in" in _tokens("LG 32LG50 / 32'' LCD / 1080p / HDTV")
    assert "8gb" in _tokens("Redmi Note 12 8/256")
    got = match_apart([("H", 'Кран кульовий Valtec Base VT.217.N ½" ВР-ВР ручка'),
                       ("T", 'Кран кульовий Valtec Base VT.217.N ¾" ВР-ВР ручка')],
                      ['КРАН КУЛЬОВИЙ VALTEC BASE 3/4" ВР-ВР РУЧКА', 'Кран кульовий Valtec Base 1" ВР-ВР ручка'])
    assert _verdict(got, 0) == ("T", "auto")
    assert got.loc[1, "match_status"] != "auto"


def test_a_cables_harmonised_code_is_its_cores_and_section():
    assert "3x15" in _tokens("PRZEWÓD H07RN-F 3G1,5 (MB)") and "5x15" in _tokens("Cable H05VV-F 5G1.5")
    assert _tokens("Przewód gumowy H07RN-F 3G2,5 mm² (1 m)")[3] == "3x25"
    # a code's letters and digits, a section no cable is made in, a phone's network: not a cable
    assert "a3g15" in _tokens("a3g15") and "4g64" in _tokens("LTE 4G64") and "5g" in _tokens("Galaxy A55 5G")
    got = match_apart([("R", "Przewód gumowy H07RN-F 3G2,5 mm² (1 m)")],
                      ["PRZEWÓD H07RN-F 3G1,5 (MB)", "Gummileitung H07RN-F 3G2,5 mm² (Meter)"])
    assert got.loc[0, "match_status"] != "auto" and "3x15 vs 3x25" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("R", "auto")


def test_a_cables_rated_voltages_are_no_code():
    name = "Przewód YDYp 3x2,5 mm² 450/750V płaski (1 m)"
    assert {"3x25", "450v", "750v"} <= set(_tokens(name)) and not analyse([name])[name].codes
    offers = pd.DataFrame({"supplier": ["w", "w"], "supplier_sku": ["1", "2"], "mpn": ["YDYP3X2.5-100", "YDY5X2.5"],
                           "name": ["PRZEWÓD YDYP 3X2,5 450/750V KRĄŻEK 100M", "PRZEWÓD YDY 5X2,5 450/750V (MB)"]})
    catalog = pd.DataFrame({"sku": ["C", "Y"], "name": ["Przewód YDYp 3x2,5 mm² 450/750V płaski krążek 100 m",
                                                        "Przewód YDY 5x2,5 mm² 450/750V okrągły (1 m)"]})
    from pricesync.match import match_offers
    from pricesync.match.config import MatchingConfig
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert "is not" not in got.loc[0, "match_reason"] and _verdict(got, 0) == ("C", "auto")


def test_a_size_of_a_radiator_is_no_screen_resolution():
    assert "500x800" in _tokens("Радіатор сталевий Kermi FKO 22 500x800 бокове підключення")
    assert "1000x600x50" in _tokens("Утеплитель Rockwool Лайт Баттс 1000x600x50 мм 12 шт")
    assert "1920" not in " ".join(_tokens("TV 1920x1080 Full HD"))  # a screen's resolution still says nothing
    got = match_apart([("K10", "Радіатор сталевий Kermi FKO 22 500x1000 бокове підключення"),
                       ("K8", "Радіатор сталевий Kermi FKO 22 500x800 бокове підключення")],
                      ["РАДІАТОР СТАЛ. KERMI FKO 22 500Х800 БОК.", "Grzejnik stalowy Kermi FKO 22 500x1000 boczne podłączenie"])
    assert [_verdict(got, row) for row in range(2)] == [("K8", "auto"), ("K10", "auto")]


def test_a_boilers_circuits_tell_it_apart():
    got = match_apart([("B", "Котел газовий Bosch Gaz 6000 W WBN 6000-24 C 24 кВт двоконтурний")],
                      ["Котел газовый Bosch Gaz 6000 W WBN 6000-24 H одноконтурный 24 кВт",
                       "Котел газовый Bosch Gaz 6000 W WBN 6000-24 C двухконтурный 24 кВт",
                       "Kocioł gazowy Bosch Gaz 6000 W WBN 6000-24 jednofunkcyjny 24 kW"])
    assert got.loc[0, "match_status"] != "auto" and "circuit single vs double" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("B", "auto")
    assert got.loc[2, "match_status"] != "auto"


def test_a_part_sold_without_is_not_the_product_with_it():
    got = match_apart([("WC", "Унітаз-компакт Cersanit Parva Clean On з сидінням дюропласт Soft Close"),
                       ("F", "MANN-FILTER CUK 2939 Innenraumfilter mit Aktivkohle")],
                      ["Унітаз компакт Cersanit Parva Clean On без сидіння",
                       "MANN-FILTER CU 2939 Innenraumfilter ohne Aktivkohle",
                       "Унітаз компакт Cersanit Parva Clean On з сидінням дюропласт soft close"])
    for row in (0, 1):
        assert got.loc[row, "match_status"] != "auto", got.loc[row, "match_reason"]
    assert "with no сидінн vs сидінн" in got.loc[0, "match_reason"]
    assert _verdict(got, 2) == ("WC", "auto")


def test_an_unpolished_tile_is_not_the_polished_one():
    got = match_apart([("ST", "Керамогранит Estima Standard ST01 неполированный 60x60 см 1,44 м²")],
                      ["Керамогранит ESTIMA Standard ST01 60х60 см полированный",
                       "Керамогранит ESTIMA Standard ST01 60х60 см неполированный"])
    assert got.loc[0, "match_status"] != "auto" and "finish polished vs matt" in got.loc[0, "match_reason"]
    assert got.loc[1, "catalog_sku"] == "ST" and "differs" not in got.loc[1, "match_reason"]


def test_a_dowel_with_its_screw_is_a_kit_and_plus_is_the_plus_line():
    got = match_apart([("D", "Дюбель распорный Fischer SX 8x40 100 шт"), ("CM", "Клей для плитки Ceresit CM 11 Plus 25 кг"),
                       ("CM14", "Клей для плитки Ceresit CM 14 Extra 25 кг")],
                      ["Дюбель Fischer SX 8x40 с шурупом 100 шт", "Клей плиточный Церезит СМ11 Плюс 25кг"])
    assert got.loc[0, "match_status"] != "auto" and "package kit" in got.loc[0, "match_reason"]
    assert got.loc[1, "catalog_sku"] == "CM" and "differs" not in got.loc[1, "match_reason"]  # not "variant — vs plus"


def test_where_a_mixer_goes_is_its_use_and_its_article_its_own():
    catalog = [("M", "Змішувач для умивальника Grohe BauEdge 23328000 хром", "Grohe"),
               ("K", "Змішувач для кухні Hansgrohe Focus M41 31806000 хром", "Hansgrohe")]
    got = _match_branded(catalog, ["Смеситель д/умывальника Grohe BauEdge 23328000 хром",
                                   "Смеситель для кухни Hansgrohe Focus M41 31806000 хром",
                                   "Смеситель д/кухни Hansgrohe Focus M41 31806800 под сталь"])
    assert [_verdict(got, row) for row in range(2)] == [("M", "auto"), ("K", "auto")]
    assert got.loc[2, "match_status"] != "auto"


def test_a_fittings_thread_ends_and_a_bare_fraction_before_them():
    assert "0.75in" in _tokens("Кран кульовий Bugatti Ideal 3/4 ВВ метелик") and "0.5in" in _tokens("Zawór 1/2 GW-GZ")
    assert "12" in _tokens("paper 8 1/2 x 11")  # no thread's words after it: a number as before
    got = match_apart([("B", 'Кран кульовий Bugatti Ideal ½" ВР-ВР метелик')],
                      ["Кран кульовий Bugatti Ideal 3/4 ВВ метелик", "Кран кульовий Bugatti Ideal 1/2 ВЗ метелик",
                       "Кран кульовий Bugatti Ideal 1/2 ВВ метелик Італія", "Zawór kulowy Bugatti Ideal 1/2 GW-GZ motylek"])
    assert got.loc[0, "match_status"] != "auto" and "size 0.75in vs 0.5in" in got.loc[0, "match_reason"]
    for row in (1, 3):
        assert got.loc[row, "match_status"] != "auto" and "thread fm vs ff" in got.loc[row, "match_reason"]
    assert got.loc[2, "catalog_sku"] == "B" and "differs" not in got.loc[2, "match_reason"]
