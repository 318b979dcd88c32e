"""A Polish hair-colour drugstore, a Russian suspension-parts shop and a Ukrainian tyre shop buying in
Poland and Ukraine (samples/matching/domains_dev28): a number written with joiners in both names
("8/01" for "8/0", "6-00" for "6-0", "25-40" for "25-60") names another product; a Ukrainian
studdable tyre ("під шип") is sold without studs; a cross-reference naming a maker and its number
where the rest of the name names no part number of its own ("... аналог Lemförder 34290 01") is that
maker's replacement; a pack in Polish and German ("3-PAK", "3 sztuki", "3er Pack", "zestaw 3 szt.") and the Polish
season nouns ("LATO", "ZIMA") are read; a maker's number in two groups of three digits ("Sachs 315
910") is also its glued number; a line's letter with its plus glued ("Solazo S+") is the letter; a
terse line's "пер" / "зад" are the axle; a variant word written apart before the word the item glues
it to ("ultra popielaty" for "Ultrapopielaty") is said."""
from __future__ import annotations

from tests.test_match_domains import match_apart, auto_verdict as _verdict, name_tokens as _tokens


DYES = [("K60", "Wella Koleston Perfect Me+ farba do włosów 60 ml 6/0 Ciemny Blond"),
        ("K80", "Wella Koleston Perfect Me+ farba do włosów 60 ml 8/0 Jasny Blond"),
        ("I60", "Schwarzkopf Igora Royal farba do włosów 60 ml 6-0 Ciemny Blond"),
        ("I80", "Schwarzkopf Igora Royal farba do włosów 60 ml 8-0 Jasny Blond")]


def test_a_number_written_with_joiners_in_both_names_names_another_product():
    got = match_apart(DYES, ["KOLESTON PERFECT ME+ 8/01 60ML", "Wella Koleston Perfect ME+ 6/07 60ml farba",
                             "IGORA ROYAL 60ML 8-00", "KOLESTON PERFECT ME+ 8/0 60ML", "IGORA ROYAL 60ML 6-0"])
    for row in (0, 1, 2):
        assert got.loc[row, "match_status"] != "auto", got.loc[row, "match_reason"]
    assert "model 801 vs" in got.loc[0, "match_reason"] and "model 800 vs" in got.loc[2, "match_reason"]
    assert [_verdict(got, row) for row in (3, 4)] == [("K80", "auto"), ("I60", "auto")]
    # a pump's two numbers, another maker's writing
    pumps = [("P", "Насос циркуляционный Grundfos UPS 25-60 180")]
    got = match_apart(pumps, ["НАСОС ЦИРК. GRUNDFOS UPS 25-40 180"])
    assert got.loc[0, "match_status"] != "auto" and "model 2540 vs 2560" in got.loc[0, "match_reason"]


def test_a_ukrainian_studdable_tyre_is_sold_without_studs():
    assert "studs:studless" in _tokens("Шина Rosava WQ-102 175/70 R13 82S зимова під шип")
    assert "studs:studless" in _tokens("ШИНА 175/70R13 82S WQ-102 РОСАВА (ПІД ШИП)")
    catalog = [("WQ", "Шина Rosava WQ-102 175/70 R13 82S зимова під шип")]
    got = match_apart(catalog, ["ШИНА 175/70R13 82S WQ-102 РОСАВА ШИПОВАНА", "ШИНА 175/70R13 82S WQ-102 РОСАВА (ПІД ШИП)"])
    assert got.loc[0, "match_status"] != "auto" and "studs studded vs studless" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("WQ", "auto")


def test_a_cross_reference_to_a_maker_with_no_number_of_its_own_is_a_replacement():
    assert "condition:third-party" in _tokens("Стойка стабилизатора задняя Ford Focus II аналог Lemförder 34290 01")
    assert "condition:third-party" in _tokens("Перфоратор аналог Makita HR2470 SDS-plus 800 Вт")
    # the offer's own maker and number come first: the reference only names what it replaces
    assert "condition:third-party" not in _tokens("КОЛОДКИ ТОРМ. ПЕРЕД. К-Т TRW GDB1550 (АНАЛОГ FERODO FDB1617)")
    assert "condition:third-party" not in _tokens("Фильтр масляный MANN W 914/2 (замена HYUNDAI 26300-35505)")
    catalog = [("L", "Стойка стабилизатора задняя Lemförder 34290 01 Ford Focus II")]
    got = match_apart(catalog, ["Стойка стабилизатора задняя Ford Focus II аналог Lemförder 34290 01"])
    assert got.loc[0, "match_status"] != "auto" and "third-party" in got.loc[0, "match_reason"]


def test_a_pack_in_polish_and_german_and_the_polish_season_nouns():
    assert "3pcs" in _tokens("GARNIER COLOR NATURALS 6.0 CIEMNY BLOND 3-PAK")
    assert "3pcs" in _tokens("Garnier Color Naturals 6.0 ciemny blond ZESTAW 3 SZTUKI")
    assert "package:kit" not in _tokens("Garnier Color Naturals 6.0 ciemny blond ZESTAW 3 SZTUKI")
    assert "package:kit" in _tokens("Elseve Color-Vive szampon + odżywka zestaw")  # a set of two products
    assert "3pcs" in _tokens("Schwarzkopf Palette Intensiv Creme Coloration 6-0 Dunkelblond 3er Pack")
    assert "season:summer" in _tokens("MICHELIN 225/45R17 94Y PILOT SPORT 5 XL FR LATO")
    assert "season:winter" in _tokens("CONTINENTAL 205/55R16 91H WINTERCONTACT TS 860 ZIMA")
    catalog = [("ONE", "Garnier Color Naturals Creme farba do włosów 6.0 Ciemny Blond"),
               ("THREE", "Garnier Color Naturals Creme farba do włosów 6.0 Ciemny Blond 3 szt.")]
    got = match_apart(catalog, ["GARNIER COLOR NATURALS 6.0 CIEMNY BLOND 3-PAK",
                                "GARNIER COLOR NATURALS 6.0 ciemny blond x3 ZESTAW 3 SZTUKI"])
    assert [_verdict(got, row) for row in (0, 1)] == [("THREE", "auto"), ("THREE", "auto")]


def test_a_makers_number_in_two_groups_of_three_digits_is_its_glued_number():
    catalog = [("S", "Амортизатор передний газовый Sachs 315 910 VW Polo Sedan"),
               ("T", "Амортизатор задний газовый Sachs 314 895 Skoda Octavia A5")]
    got = match_apart(catalog, ["АМОРТИЗАТОР ПЕР. SACHS 315910", "АМОРТИЗАТОР ЗАД. SACHS 314896"])
    assert _verdict(got, 0) == ("S", "auto"), got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto", got.loc[1, "match_reason"]


def test_a_lines_letter_with_its_plus_glued_is_the_letter():
    catalog = [("S", "Шина Premiorri Solazo S Plus 205/55 R16 91V літня"),
               ("Z", "Шина Premiorri ViaMaggiore Z Plus 205/55 R16 91H зимова")]
    got = match_apart(catalog, ["205/55-16 Solazo S+ 91V Прем.", "205/55-16 ViaMaggiore Z+ 91H Прем."])
    assert [_verdict(got, row) for row in (0, 1)] == [("S", "auto"), ("Z", "auto")]


def test_a_terse_lines_axle_and_a_variant_word_written_apart():
    assert "axle:front" in _tokens("Ам-р пер лев Фокус2 KYB 334840")
    assert "axle:rear" in _tokens("Ам-р зад Логан KYB 443124 масл")
    catalog = [("C", "L'Oréal Paris Excellence Cool Creme farba do włosów 7.11 Ultrapopielaty Blond")]
    got = match_apart(catalog, ["L'Oréal Paris Excellence Cool Creme farba do włosów 7.11 ultra popielaty blond"])
    assert "variant ultra" not in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
