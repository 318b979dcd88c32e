"""A Turkish tyre shop, a Russian hair-styling shop and a Russian engine and ABS sensor shop
(samples/matching/domains_dev38): a styling product's hold level written after its word ("фиксация 3",
"ФИКС.4", "Halt 4") is compared when both names say one, as its hold in words is ("экстрасильная",
"Super Strong Hold"); a VAG number with a head of three digits ("030 905 377 C") is one part
number; a tyre line's variant after its code ("PT825 Plus") is not the plain "PT825"; a supplier's
two lines for one tyre found by its line code ("LM005" and "LM005 DOT19") are two products."""
from __future__ import annotations

from tests.test_match_domains import _offers_of, auto_verdict as _verdict, match_apart, name_tokens


def test_a_hold_level_is_read_with_its_number():
    assert "hold4" in name_tokens("ЛАК Д/ВОЛОС TAFT ТРИ ПОГОДЫ ОБЪЕМ ФИКС.4 250МЛ")
    assert "hold3" in name_tokens("Londa Professional Fix It лак для волос сильной фиксации 3, 500 мл")
    assert "hold5" in name_tokens("Taft Пена для волос Объем мегафиксация 5, 150 мл")
    assert "hold4" in name_tokens("Schwarzkopf Taft Haarspray Ultra Halt 4, 250 ml")
    assert "hold4" not in name_tokens("Taft Гель для волос Ultra 4 сверхсильная фиксация 150 мл")  # 150 ml


SPRAYS = [("V3", "Taft Лак для волос Три погоды Объем сильная фиксация 3, 250 мл"),
          ("U4", "Taft Лак для волос Ultra сверхсильная фиксация 4, 250 мл"),
          ("W3", "Wellaflex Лак для волос Объем до 2 дней сильная фиксация 3, 250 мл"),
          ("W4", "Wellaflex Лак для волос Объем до 2 дней экстрасильная фиксация 4, 250 мл"),
          ("FI", "Londa Professional Fix It лак для волос сильной фиксации 3, 500 мл")]


def test_another_hold_level_of_the_line_is_another_product():
    got = match_apart(SPRAYS, ["ЛАК Д/ВОЛОС TAFT ТРИ ПОГОДЫ ОБЪЕМ ФИКС.4 250МЛ",
                               "ЛАК Д/ВОЛОС WELLAFLEX ОБЪЕМ ДО 2 ДНЕЙ ФИКС.3 250МЛ",
                               "ЛАК Д/ВОЛОС WELLAFLEX ОБЪЕМ ДО 2 ДНЕЙ ФИКС.4 250МЛ",
                               "Londa Professional лак Fix It сильная фиксация 500 мл"])
    assert got.loc[0, "match_status"] != "auto"
    assert _verdict(got, 1) == ("W3", "auto"), got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("W4", "auto"), got.loc[2, "match_reason"]
    assert _verdict(got, 3) == ("FI", "auto"), got.loc[3, "match_reason"]  # silent on the level


ELNETT = [("E250", "L'Oréal Paris Elnett Satin лак для волос экстрасильная фиксация, 250 мл"),
          ("S400", "L'Oréal Paris Elnett Satin лак для волос суперсильная фиксация, 400 мл")]


def test_a_hold_in_words_is_compared_in_any_language():
    from pricesync.match.reading.names import analyse

    said = analyse(["L'Oréal Paris Elnett Satin Hairspray Extra Strong Hold 400 ml"])
    assert said["L'Oréal Paris Elnett Satin Hairspray Extra Strong Hold 400 ml"].attrs.words["hold"] == {"extrastrong"}
    litter = "Наполнитель Ever Clean Extra Strong Clumping 10 л"
    assert "hold" not in analyse([litter])[litter].attrs.words
    got = match_apart(ELNETT, ["L'Oréal Paris Elnett Satin Hairspray Normal Hold 400 ml",
                               "L'Oréal Paris Elnett Satin Hairspray Super Strong Hold 400 ml"])
    assert got.loc[0, "match_status"] != "auto"
    assert "hold normal vs superstrong" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("S400", "auto"), got.loc[1, "match_reason"]


def test_a_vag_number_with_a_head_of_three_digits_is_one_number():
    assert "030905377c" in name_tokens("Датчик детонации VAG 030 905 377 C")
    assert "030905377a" in name_tokens("Czujnik spalania stukowego VAG 030 905 377 A")
    assert "038906051c" in name_tokens("VAG 038 906 051 C Boost Pressure Sensor")
    # without the version's letters, or with a measure after it, the groups stay apart
    assert "030905377" not in name_tokens("VAG 030 905 377")
    assert {"004", "832", "430mm"} <= set(name_tokens("Clutch Disc SACHS 1878 004 832 430mm"))


KNOCK = [("C", "Датчик детонации VAG 030 905 377 C"),
         ("B", "Датчик детонации Bosch 0 261 231 006")]


def test_another_version_letter_of_a_vag_number_is_another_part():
    got = match_apart(KNOCK, ["Czujnik spalania stukowego VAG 030 905 377 A", "030905377C VAG",
                              "Датчик детонации VAG 030905377C оригинал"])
    assert got.loc[0, "match_status"] != "auto"
    assert _verdict(got, 1) == ("C", "auto"), got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("C", "auto"), got.loc[2, "match_reason"]


VANS = [("PP", "Petlas Full Power PT825 Plus 215/65R16C 109/107R Hafif Ticari Yaz Lastiği"),
        ("AG", "Michelin Agilis 3 195/75R16C 107/105R Hafif Ticari Yaz Lastiği")]


def test_a_tyre_lines_variant_after_its_code_is_not_the_plain_line():
    got = match_apart(VANS, ["215/65R16C 109/107R PETLAS PT825", "215/65R16C 109/107R PETLAS PT825+",
                             "PETLAS 215/65R16C 109/107R FULL POWER PT825 PLUS"])
    assert got.loc[0, "match_status"] != "auto"
    assert _verdict(got, 1) == ("PP", "auto"), got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("PP", "auto"), got.loc[2, "match_reason"]


WINTER = [("LM", "Bridgestone Blizzak LM005 205/55R16 91H Kış Lastiği"),
          ("UG", "Goodyear UltraGrip Performance 3 205/55R16 91H Kış Lastiği")]


def test_a_suppliers_two_lines_for_one_tyre_found_by_its_code_are_two_products():
    got = _offers_of([("kl", "205/55R16 91H BRIDGESTONE LM005"), ("kl", "205/55R16 91H BRIDGESTONE LM005 DOT19"),
                      ("de", "Winterreifen Bridgestone Blizzak LM005 205/55 R16 91H DOT 2020")], WINTER)
    assert _verdict(got, 0) == ("LM", "auto"), got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto"
