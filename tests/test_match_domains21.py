"""A Russian car-battery and bearing shop, a Ukrainian baby-goods shop and a Polish lighting shop
(samples/matching/domains_dev21): a battery's polarity said by its adjective alone ("ПРЯМ.", "прямая")
or by its terminals' signs ("(-/+)", "(+/-)"); its cold-cranking
current as one measure ("540 А" = "540А" = "680A (EN)" = "540EN"); a code written whole against the
item's code written apart ("S4004" for "S4 005"); a range of weights ("(9-14 кг)" = "(9-14КГ)"); a
count after "Box of" / "Bag of"; a lamp's lumens, kelvins, the maker's "827" / "840" / "865", its
light's words ("ciepła biała", "Warm White", "warmweiß") and the bulb it replaces ("13W = 100W")."""
from __future__ import annotations

from tests.test_match_domains import match_apart, auto_verdict as _verdict, name_tokens as _tokens


BATTERIES = [("R60", "Аккумулятор Аком 6СТ-60 VL 60 Ач 520 А обратная полярность"),
             ("L60", "Аккумулятор Аком 6СТ-60 VL 60 Ач 520 А прямая полярность"),
             ("T60", "Аккумулятор Tyumen Battery Standard 6СТ-60 60 Ач 550 А обратная полярность"),
             ("S405", "Аккумулятор Bosch S4 005 60 Ач 540 А обратная полярность 0 092 S40 050"),
             ("S408", "Аккумулятор Bosch S4 008 74 Ач 680 А обратная полярность 0 092 S40 080")]


def test_a_batterys_polarity_said_by_its_adjective_or_its_terminals_signs():
    assert "polarity:left" in _tokens("АКБ ТЮМЕНЬ STANDARD 6СТ-60 60АЧ 550А ПРЯМ.")
    assert "polarity:right" in _tokens("Аккумулятор Varta BD D24 60Ah 540A (-/+)")
    assert "polarity:left" in _tokens("Аккумулятор Аком 6СТ-60 VL 60 Ач 520 А (+/-) прямая")
    assert "polarity:right" in _tokens("Акумулятор 60 Аг 540 А зворотна")
    got = match_apart(BATTERIES[2:3], ["АКБ ТЮМЕНЬ STANDARD 6СТ-60 60АЧ 550А ПРЯМ.", "Тюмень 6СТ-60 АЗ (прям.)"])
    for row in (0, 1):
        assert got.loc[row, "match_status"] != "auto", got.loc[row, "match_reason"]
    assert "polarity left vs right" in got.loc[0, "match_reason"]
    got = match_apart(BATTERIES[:2], ["Аккумулятор Аком 6СТ-60 VL 60 Ач 520 А (+/-) прямая",
                                      "Аккумулятор Аком 6СТ-60 VL 60Ah 520A (-/+)"])
    assert [_verdict(got, row) for row in (0, 1)] == [("L60", "auto"), ("R60", "auto")]


def test_a_batterys_cranking_current_is_a_measure():
    for name in ("АКБ BOSCH S4 005 60АЧ 540А ОБР.", "Bosch S4 005 Car Battery 12V 60Ah 540A (EN) R+",
                 "Аккумулятор Bosch S4 005 60 Ач 540 А обратная полярность", "Westa Red 60Ah Єв (-/+) 540EN"):
        assert "540en" in _tokens(name), name
    assert "1111a" in _tokens("FILTRON K 1111A") and "16a" in _tokens("Автомат 16A")  # no charge, no polarity
    got = match_apart(BATTERIES, ["АКБ BOSCH S4 008 74АЧ 680А ОБР.", "Аккумулятор Bosch S4 026 70Ah 630A (-/+)"])
    assert _verdict(got, 0) == ("S408", "auto")
    assert got.loc[1, "match_status"] != "auto", got.loc[1, "match_reason"]


def test_a_code_written_whole_against_the_items_code_written_apart():
    catalog = [("S405", "Акумулятор BOSCH S4 005 60 Аг 540 А R+")]
    got = match_apart(catalog, ["Аккумулятор Bosch S4 60Ah 540A S4004 низкий"])
    assert got.loc[0, "match_status"] != "auto" and "model S4004 vs S4005" in got.loc[0, "match_reason"]


def test_a_range_of_weights_is_one_measure():
    for name in ("Підгузки Pampers Active Baby розмір 4 (9-14 кг) 58 шт", "ПІДГУЗ. PAMPERS ACTIVE BABY 4 (9-14КГ) 58ШТ",
                 "Pampers Active Baby pieluszki rozmiar 4 (9-14 kg) 58 szt."):
        assert "914kg" in _tokens(name) and "58pcs" in _tokens(name), name
    assert "2000gr" in _tokens("Fuga Ceresit CE 40 antracyt 13 - 2kg")  # a number and a weight
    catalog = [("AB4", "Підгузки Pampers Active Baby розмір 4 (9-14 кг) 58 шт"),
               ("AB5", "Підгузки Pampers Active Baby розмір 5 (11-16 кг) 50 шт")]
    got = match_apart(catalog, ["ПІДГУЗ. PAMPERS ACTIVE BABY 4 (9-14КГ) 58ШТ", "ПІДГУЗ. PAMPERS ACTIVE BABY 4 (9-14КГ) 46ШТ"])
    assert _verdict(got, 0) == ("AB4", "auto")
    assert got.loc[1, "match_status"] != "auto", got.loc[1, "match_reason"]


def test_a_count_after_box_of_and_bag_of():
    assert "50pcs" in _tokens("Wago 221-413 Lever Connector 3 Way 4mm² (Box of 50)")
    assert "10pcs" in _tokens("Wago 221-413 Lever Connector 3 Way 4mm² (Bag of 10)")
    assert "50pcs" in _tokens("fischer DuoPower Dübel 8 x 40 50 Stück")
    catalog = [("W413", "Złączka WAGO 221-413 3x4 mm² (50 szt.)")]
    got = match_apart(catalog, ["Wago 221-413 Lever Connector 3 Way 4mm² (Bag of 10)"])
    assert got.loc[0, "match_status"] != "auto" and "pack 10pcs vs 50pcs" in got.loc[0, "match_reason"]


LAMPS = [("W13", "Żarówka LED Philips CorePro LEDbulb E27 A60 13 W 1521 lm 2700K ciepła biała"),
         ("N13", "Żarówka LED Philips CorePro LEDbulb E27 A60 13 W 1521 lm 4000K neutralna"),
         ("W8", "Żarówka LED Philips CorePro LEDbulb E27 A60 8 W 806 lm 2700K ciepła biała"),
         ("M62", "Żarówka LED Philips MASTER LEDspot GU10 6,2 W 2700K ściemnialna 36°")]


def test_a_lamps_light_and_lumens_are_measures():
    assert {"13w", "1521lm", "2700k"} <= set(_tokens("ŻARÓWKA LED PHILIPS COREPRO E27 A60 13W 827 1521LM"))
    assert "4000k" in _tokens("Ledvance LED Classic A60 8,5W/840 E27")
    assert {"2700k", "ra90"} <= set(_tokens("PHILIPS MASTER GU10 6,2W 927 36D DIM"))
    assert "4k" in _tokens("Samsung 4K UHD 55 TV") and "827" in _tokens("Fuga 827 5 kg")  # no lamp, no kelvins
    for name in ("Żarówka LED 2700K ciepła biała", "Philips CorePro 2700K Warm White", "LED žárovka 2700K teplá bílá",
                 "Philips CorePro 827 warmweiß", "Лампа світлодіодна 2700K тепле біле світло"):
        assert not any(t.startswith("colour:") for t in _tokens(name)), name
    assert _tokens("Żarówka LED E27 13W = 100W")[-1] == "13w" and "100w" not in _tokens("Żarówka LED 13W (100W)")
    got = match_apart(LAMPS, ["ŻARÓWKA LED PHILIPS COREPRO E27 A60 13W 827 1521LM",
                              "ŻARÓWKA LED PHILIPS COREPRO E27 A60 13W 865 1521LM",
                              "Philips CorePro LED Bulb 13W E27 A60 Warm White 2700K 1521lm",
                              "Żarówka LED E27 8W = 60W PHILIPS CorePro 806lm 2700K ciepła",
                              "ŻARÓWKA LED PHILIPS MASTER GU10 6,2W 927 36D DIM"])
    assert [_verdict(got, row) for row in (0, 2, 3)] == [("W13", "auto"), ("W13", "auto"), ("W8", "auto")]
    for row in (1, 4):
        assert got.loc[row, "match_status"] != "auto", got.loc[row, "match_reason"]
