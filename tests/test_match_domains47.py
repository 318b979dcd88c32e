"""A Kazakh CV joint and drive shaft shop, a Kazakh cosmetics shop and a Serbian tyre shop
(samples/matching/domains_dev47): sets counted ("2 комплекта") are pieces; Serbian and Croatian tyre words, in
Latin and Cyrillic letters, and Slovenian ones say the season ("Letnja", "Летња", "Ljetna", "Zimska",
"Cjelogodišnja", "Celoletna", "za sve sezone"), a used or retreaded tyre ("Polovne", "protektirana"), pieces
("4 komada") and a tyre on its rims ("sa felnama"); a bare model number the item fits as one end of its range
("ВАЗ 2108" for "ВАЗ 2108-2115") is no other number; Kazakh resellers' words of what a cosmetic is are the
Russian name's."""
from __future__ import annotations

from tests.test_match_domains import _match, auto_verdict as _verdict, match_apart, name_tokens

BOOTS = [("CV-29", "Комплект пыльника ШРУС наружного Trialli BOT 0102 ВАЗ 2108-2115 (хомуты, смазка)"),
         ("CV-30", "Пыльник ШРУС внутреннего Trialli BOT 0103 ВАЗ 2108-2115")]


def test_two_kits_counted_are_not_the_one_kit():
    assert "2pcs" in name_tokens("Пыльник ШРУС наружного Trialli BOT 0102 для ВАЗ 2108-2115, 2 комплекта")
    assert "5pcs" in name_tokens("Пыльники ШРУС комплект, 5 комплектов")
    got = match_apart(BOOTS, ["Пыльник ШРУС наружного Trialli BOT 0102 для ВАЗ 2108-2115, 2 комплекта"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
    assert "pack" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]


def test_a_model_of_the_items_range_is_no_other_number():
    got = _match(BOOTS, ["ПЫЛЬНИК ШРУС ВНУТР. ВАЗ 2108", "ПЫЛЬНИК ШРУС НАРУЖ. ВАЗ 2108 К-Т"],
                 mpns=["BOT 0103", "BOT 0102"])
    assert _verdict(got, 0) == ("CV-30", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("CV-29", "auto"), got.loc[1, "match_reason"]


def test_a_range_of_years_is_no_range_of_models():
    from pricesync.match.features.differences import _range_ends

    assert _range_ends(frozenset({"21082115"})) == {"2108", "2115"}
    assert _range_ends(frozenset({"21102112", "vkja3005"})) == {"2110", "2112"}
    assert not _range_ends(frozenset({"20042013"}))   # years
    assert not _range_ends(frozenset({"21152108"}))   # not a range: the second below the first
    assert not _range_ends(frozenset({"11182215012"}))  # a part number


def test_serbian_croatian_and_slovenian_seasons():
    assert "season:summer" in name_tokens("Letnja guma Michelin 205/55 R16 91V Primacy 4+")
    assert "season:summer" in name_tokens("Летња гума Michelin Primacy 4+ 205/55 R16 91V")
    assert "season:summer" in name_tokens("Ljetna guma Hankook Ventus Prime 4 K135 205/55 R16 91V")
    assert "season:winter" in name_tokens("Зимска гума Tigar Winter 195/65 R15 91T")
    assert "season:winter" in name_tokens("205/55R16 91H TIGAR WINTER ZIMSKA")
    assert "season:allseason" in name_tokens("Cjelogodišnja guma Michelin CrossClimate 2 205/55 R16 94V XL")
    assert "season:allseason" in name_tokens("Celoletna pnevmatika Sava All Weather 195/65 R15 91H")
    assert "season:allseason" in name_tokens("Гума за све сезоне Tigar All Season 205/55 R16 94V XL")


def test_a_used_or_retreaded_tyre_a_set_and_a_wheel():
    assert "condition:used" in name_tokens("Polovne zimske gume Tigar Winter 205/55 R16 91H 6mm")
    assert "condition:used" in name_tokens("Rabljene ljetne gume 205/55 R16")
    assert "condition:retreaded" in name_tokens("Continental WinterContact TS 870 205/55 R16 91H protektirana")
    assert "4pcs" in name_tokens("Gume 205/55 R16 Michelin Alpin 6 zimske 4 komada")
    assert "package:mounted" in name_tokens("Zimske gume sa felnama 195/65 R15 Tigar Winter komplet")


TIGAR = [("TR-10", "Zimska guma Tigar 205/55 R16 91H Winter"),
         ("TR-09", "Letnja guma Tigar 205/55 R16 91V High Performance")]


def test_a_used_serbian_tyre_is_not_the_new_one():
    got = match_apart(TIGAR, ["Polovne zimske gume Tigar Winter 205/55 R16 91H 6mm",
                              "Зимска гума Tigar Winter 205/55 R16 91H"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("TR-10", "auto"), got.loc[1, "match_reason"]


SHAMPOOS = [("CK-24", "Head & Shoulders Шампунь против перхоти Основной уход 400 мл"),
            ("CK-25", "Head & Shoulders Шампунь против перхоти Ментол 400 мл"),
            ("CK-13", "Nivea Men Крем для лица и тела 150 мл"),
            ("CK-12", "Nivea Creme Крем универсальный увлажняющий 150 мл")]


def test_kazakh_words_of_what_a_cosmetic_is():
    got = match_apart(SHAMPOOS, ["Head & Shoulders қайызғаққа қарсы сусабын Негізгі күтім 400 мл",
                                 "Nivea Men бет және дене кремі 150 мл"])
    assert _verdict(got, 0) == ("CK-24", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("CK-13", "auto"), got.loc[1, "match_reason"]
