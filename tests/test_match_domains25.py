"""A Russian decorative-cosmetics shop, a Ukrainian engine-parts shop and a Kazakh moto shop
(samples/matching/domains_dev25): a part's standard size ("STD", "номінал") is not its repair size
("0,25", "0.25mm", "ремонт 0,75"), which a name silent on the size contradicts neither; an engine's
intake valve is not its exhaust one; a motorcycle tyre's axle written after its tube type ("TL R"); a
chain's links in Kazakh ("120 буын"); a shade's number names the colour its shade's name ends in
("тон 130" for "тон 130 True Beige"), a model's number before a colour does not."""
from __future__ import annotations

from tests.test_match_domains import match_apart, auto_verdict as _verdict, name_tokens as _tokens


BEARINGS = [("STD", "Вкладыши коренные Daewoo Lanos 1.5 STD Glyco H1077/5 STD"),
            ("ROD", "Вкладиші шатунні ВАЗ 2108 STD ДЗВ")]


def test_a_repair_size_is_not_the_standard_size():
    got = match_apart(BEARINGS, ["GLYCO H1077/5 0.25MM Вкладыши коренные",
                                 "Panewki główne GLYCO H1077/5 0,25 Daewoo Lanos 1.5",
                                 "Вкладиші шатунні ВАЗ 2108 ремонт 0,75 ДЗВ",
                                 "Panewki główne GLYCO H1077/5 STD Daewoo Lanos 1.5"])
    for row in (0, 1, 2):
        assert got.loc[row, "match_status"] != "auto", got.loc[row, "match_reason"]
    assert "repair size oversize vs standard" in got.loc[0, "match_reason"]
    assert _verdict(got, 3) == ("STD", "auto")


def test_a_name_silent_on_the_repair_size_contradicts_neither():
    catalog = [("MAHLE", "Поршень Mahle 030 80 01 VW Golf IV 1.6 8V AKL 81,26 +0,25 (1 шт)")]
    got = match_apart(catalog, ["Поршень Mahle 030 80 01 Гольф IV 1.6 AKL ремонт 0,25"])
    assert _verdict(got, 0) == ("MAHLE", "auto")
    got = match_apart(BEARINGS[:1], ["Вкладыши коренные Daewoo Lanos 1.5 Glyco H1077/5"])
    assert "repair size" not in got.loc[0, "match_reason"]


def test_intake_and_exhaust_are_other_parts():
    assert "port:intake" in _tokens("КЛАПАН ВПУСК. ЧЕРИ 473H-1007011")
    assert "port:exhaust" in _tokens("Клапани випускні ВАЗ 2108 комплект 4 шт AE")
    assert "port:exhaust" in _tokens("Exhaust Valve Set")
    catalog = [("IN", "Клапани впускні ВАЗ 2108 (к-т 4 шт) AE V94120")]
    got = match_apart(catalog, ["Клапани випускні ВАЗ 2108 комплект 4 шт AE", "Клапаны впускные ВАЗ 2108 комплект 4 шт AE"])
    assert got.loc[0, "match_status"] != "auto" and "port exhaust vs intake" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("IN", "auto")


def test_a_motorcycle_tyres_axle_after_its_tube_type():
    assert "axle:rear" in _tokens("Шина 130/90-16 73H Metzeler ME 888 Marathon Ultra TL R")
    assert "axle:front" in _tokens("Шина 120/70ZR17 58W Michelin Road 6 TL F")
    catalog = [("F", "Мотошина Metzeler ME 888 Marathon Ultra 130/90-16 73H TL передняя")]
    got = match_apart(catalog, ["Шина 130/90-16 73H Metzeler ME 888 Marathon Ultra TL R",
                                "Шина 130/90-16 73H Metzeler ME 888 Marathon Ultra TL F"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("F", "auto")


def test_a_chains_links_in_kazakh():
    assert "120lk" in _tokens("Шынжыр DID 428HD 120 буын")
    assert "120lk" not in _tokens("Шина Michelin AgriBib (бірінші буын)")
    got = match_apart([("C", "Цепь DID 428HD 130 звеньев")], ["Шынжыр DID 428HD 120 буын", "Шынжыр DID 428HD 130 буын"])
    assert got.loc[0, "match_status"] != "auto" and "chain links 120lk vs 130lk" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("C", "auto")


def test_a_shades_number_names_its_colour():
    catalog = [("TB", "Тональный крем L'Oreal Paris Infaillible 32H Fresh Wear тон 130 True Beige 30 мл"),
               ("LB", "Тональный крем Catrice HD Liquid Coverage тон 010 Light Beige 30 мл"),
               ("HC", "Kapous Hyaluronic Acid крем-краска HY 8.3 светлый блондин золотистый 100 мл")]
    got = match_apart(catalog, ["L'Oreal Paris / Тональный крем Infaillible 32H Fresh Wear, тон 130, 30 мл",
                                "Тональный крем Catrice HD Liquid Coverage тон 010",
                                "Фарба Kapous Hyaluronic Acid HY 8.3 100 мл"])
    assert [_verdict(got, row) for row in (0, 1, 2)] == [("TB", "auto"), ("LB", "auto"), ("HC", "auto")]


def test_a_models_number_before_a_colour_names_no_shade():
    catalog = [("W", "Силікон санітарний Ceresit CS 25 білий 280 мл")]
    got = match_apart(catalog, ["Силікон санітарний Ceresit CS 25 280 мл"])
    assert got.loc[0, "match_status"] != "auto" and "colour" in got.loc[0, "match_reason"]
