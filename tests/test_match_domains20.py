"""A Russian home-appliance dealer, a Ukrainian power-tool shop and a Polish pet shop
(samples/matching/domains_dev20): a model's letters written apart from its number name another
model ("GBH 2-26 DFR" is not the "GBH 2-26 DRE", "GLL 3-80 G" / "CG" not the "GLL 3-80"); a code
after "для дома" (for home) is the appliance's own, not a product it fits; volts written apart in
Cyrillic ("18 В", not the "в" of "2 в 1"), a battery's ampere-hours ("5,0 Аг", "5Ач", "5.0Ah") and
a kit's batteries ("2x2,0 Ач", "2 АКБ", "1 АКБ") are measures."""
from __future__ import annotations

from tests.test_match_domains import match_apart, auto_verdict as _verdict, name_tokens as _tokens


TOOLS = [("DRE", "Перфоратор Bosch GBH 2-26 DRE Professional 800 Вт"),
         ("GLL", "Лазерний нівелір Bosch GLL 3-80 Professional"),
         ("GST", "Лобзик Bosch GST 90 BE Professional 650 Вт"),
         ("BAT", "Акумулятор DeWalt DCB184 18 В 5,0 Аг XR"),
         ("DDF", "Акумуляторний дриль-шуруповерт Makita DDF485Z 18 В LXT (без АКБ та ЗП)")]


def test_a_models_letters_written_apart_from_its_number_name_another_model():
    got = match_apart(TOOLS, ["Перфоратор Bosch GBH 2-26 DFR Professional (быстрозажимной патрон)",
                              "Нивелир лазерный Bosch GLL 3-80 G Professional (зеленый луч)",
                              "Bosch Professional GLL 3-80 CG Line Laser (green, app)",
                              "Перфоратор Bosch GBH 2-26 DRE Professional", "Лобзик Bosch GST 90 BE Professional"])
    for row in (0, 1, 2):
        assert got.loc[row, "match_status"] != "auto", got.loc[row, "match_reason"]
    assert "model GBH226DFR vs GBH226DRE" in got.loc[0, "match_reason"]
    assert [_verdict(got, row) for row in (3, 4)] == [("DRE", "auto"), ("GST", "auto")]
    # letters the item writes elsewhere, or an offer leaving the item's letters out, say no other model
    got = match_apart(TOOLS, ["Makita DDF485Z LXT 18V Body Only", "Перфоратор Bosch GBH 2-26 Professional 800 Вт"])
    assert "differs in model" not in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert "differs in model" not in got.loc[1, "match_reason"], got.loc[1, "match_reason"]


def test_a_code_after_what_an_appliance_is_for_is_its_own():
    catalog = [("K1", "Пылесос вертикальный Kitfort KT-541-1")]
    got = match_apart(catalog, ["Пылесос для дома вертикальный KT-541-2 Kitfort",
                                "Пылесос для дома вертикальный KT-541-1 Kitfort"])
    assert got.loc[0, "match_status"] != "auto" and "model KT5412 vs KT5411" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("K1", "auto")


def test_volts_apart_in_cyrillic_and_ampere_hours_are_measures():
    assert {"18v", "5ah"} <= set(_tokens("Акумулятор DeWalt DCB184 18 В 5,0 Аг XR"))
    assert {"18v", "5ah"} <= set(_tokens("АКБ DEWALT DCB184 18В 5.0АГ"))
    assert {"18v", "5ah"} <= set(_tokens("Аккумулятор Metabo LiHD 18 В 5Ач"))
    assert "5ah" in _tokens("DeWalt DCB184 18V XR 5.0Ah Li-Ion Battery")
    assert "12v" in _tokens("Лампа PHILIPS H7 12 В 55 Вт") and "36v" in _tokens("Пила 36 В (2х18 В)")
    assert "2in1" in _tokens("Шампунь 2 в 1 Head & Shoulders") and "5v" not in _tokens("Маска 5 в упаковке")
    got = match_apart(TOOLS, ["Акумулятор DeWalt DCB184 18В 4.0Аг XR", "АКБ DEWALT DCB184 18В 5.0АГ"])
    assert got.loc[0, "match_status"] != "auto" and "capacity 4ah vs 5ah" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("BAT", "auto")


def test_a_kits_batteries_are_counted():
    assert {"2ah", "2pcs"} <= set(_tokens("Дрель-шуруповерт Bosch GSR 120-LI 12 В 2x2,0 Ач в кейсе"))
    assert {"5ah", "2pcs"} <= set(_tokens("ШУРУПОВЕРТ АКУМ. DEWALT DCD791P2 2Х5АГ TSTAK"))
    assert "1pcs" in _tokens("Шуруповерт Bosch GSR 120-LI Professional 12V 1 АКБ 2.0Ah")
    assert "2pcs" in _tokens("Bosch GSR 18V-55 mit 2 Akkus 2,0 Ah") and "2pcs" in _tokens("2 акумулятори 5Ah")
    catalog = [("KIT", "Дрель-шуруповерт аккумуляторная Bosch GSR 120-LI 12 В 2x2,0 Ач в кейсе")]
    got = match_apart(catalog, ["Шуруповерт Bosch GSR 120-LI Professional 12V 1 АКБ 2.0Ah",
                                "Шуруповерт Bosch GSR 120-LI Professional 12V 2 АКБ 2.0Ah кейс"])
    assert got.loc[0, "match_status"] != "auto" and "pack 1pcs vs 2pcs" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("KIT", "auto")


def test_a_regions_two_letters_after_a_long_code_are_the_same_model():
    catalog = [("WM", "Стиральная машина Samsung WW70AGAS21AE/LD"), ("MW", "Микроволновая печь Samsung MG23K3515AK/BW")]
    got = match_apart(catalog, ["Стиральная машина узкая Samsung WW70AGAS21AE",
                                "Микроволновая печь с грилем Samsung MG23K3515AK",
                                "Стиральная машина Samsung WW70AGAS21AE/LE белый"])
    assert [_verdict(got, row) for row in (0, 1)] == [("WM", "auto"), ("MW", "auto")]
    assert got.loc[2, "match_status"] != "auto", got.loc[2, "match_reason"]  # another region's suffix
