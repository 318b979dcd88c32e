"""A Russian marketplace cosmetics shop, a Russian auto parts shop fed by Exist / Emex price lists and a Russian tyre
shop (samples/matching/domains_dev44): a tyre's DOT year five years back may be older than five years (old stock);
a tyre sold on its wheel ("на штампованных дисках", "в сборе с дисками", "+ felni") is no offer of the tyre alone;
Kazakh kinds of cosmetics are the Russian ones ("гиалурон сарысуы" is a serum, "душ гелі" a shower gel); a long
CamelCase word of the catalog written in one case ("PREMIUMCONTACT") is the catalog's word."""
from __future__ import annotations

from datetime import date

from tests.test_match_domains import auto_verdict as _verdict, match_apart

PRIMACY = [("P4", "Шина Michelin Primacy 4+ 205/55 R16 91V летняя"),
           ("CC", "Шина Michelin CrossClimate 2 205/55 R16 91V всесезонная")]


def test_a_dot_year_five_years_back_is_old_stock():
    five_back = date.today().year - 5
    got = match_apart(PRIMACY, [f"Michelin Primacy 4+ 205/55 R16 91V летние, DOT {five_back}, остаток",
                                f"Michelin Primacy 4+ 205/55 R16 91V летние, DOT {date.today().year - 1}"])
    assert got.loc[0, "match_status"] != "auto"
    assert "old stock" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("P4", "auto"), got.loc[1, "match_reason"]


BREEZE = [("KB", "Шина КАМА Breeze НК-132 175/70 R13 82T летняя"),
          ("KI", "Шина КАМА 505 Irbis 175/70 R13 82T зимняя шипованная")]


def test_a_tyre_on_its_wheels_is_not_the_tyre():
    got = match_apart(BREEZE, ["КАМА Breeze НК-132 175/70 R13 82T на штампованных дисках, комплект",
                               "Шина КАМА Breeze НК-132 175/70 R13 82T летняя"])
    assert got.loc[0, "match_status"] != "auto"
    assert "mounted" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("KB", "auto"), got.loc[1, "match_reason"]


def test_rims_and_felni_say_a_wheel_too():
    from pricesync.match.reading.names import analyse

    for name in ("Шина КАМА Breeze НК-132 175/70 R13 82T в сборе с дисками",
                 "Michelin Primacy 4+ 205/55 R16 91V nyári gumi + felni, kompletten kerék"):
        assert "mounted" in analyse([name])[name].attrs.words.get("package", set()), name


LIBREDERM = [("SR", "Сыворотка для лица Librederm Гиалуроновая 30 мл"),
             ("CR", "Крем для лица Librederm Гиалуроновый дневной увлажняющий легкий 50 мл")]


def test_a_kazakh_serum_is_the_serum():
    got = match_apart(LIBREDERM, ["Librederm гиалурон сарысуы 30 мл",
                                  "Librederm гиалурон кремі күндізгі жеңіл 50 мл"])
    assert _verdict(got, 0) == ("SR", "auto"), got.loc[0, "match_reason"]
    assert got.loc[1, "catalog_sku"] == "CR", got.loc[1, "match_reason"]


NIVEA = [("SG", "Гель для душа Nivea Men Заряд свежести 3 в 1 500 мл"),
         ("SF", "Пена для бритья Nivea Men для чувствительной кожи 200 мл")]


def test_a_kazakh_shaving_foam_and_shower_gel():
    got = match_apart(NIVEA, ["Ер адамдарға арналған душ гелі Nivea Men Заряд свежести 3 в 1 500 мл",
                              "Nivea Men қырынуға арналған көбік сезімтал теріге 200 мл"])
    assert _verdict(got, 0) == ("SG", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("SF", "auto"), got.loc[1, "match_reason"]


def test_a_kazakh_sample_is_no_full_size():
    from pricesync.match.reading.names import analyse

    name = "CeraVe ылғалдандыратын крем, сынама 5 мл"
    assert "sample" in analyse([name])[name].attrs.words.get("package", set())


CONTINENTAL = [("PC", "Шина Continental PremiumContact 7 225/45 R17 94Y XL летняя"),
               ("PM", "Шина Michelin Primacy 4+ 205/55 R16 91V летняя")]


def test_a_camel_case_line_in_capitals_is_the_line():
    got = match_apart(CONTINENTAL, ["225/45R17 94Y XL CONTINENTAL PREMIUMCONTACT 7",
                                    "225/45R17 91Y CONTINENTAL PREMIUMCONTACT 7"])
    assert _verdict(got, 0) == ("PC", "auto"), got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto"


def test_a_camel_case_word_is_spelt_only_beside_another_shared_word():
    from pricesync.match.reading.catalog_words import CamelWords

    camel = CamelWords(["Continental PremiumContact 7 225/45 R17"], ["CONTINENTAL PREMIUMCONTACT 7", "PREMIUMCONTACT"])
    assert camel.spell("CONTINENTAL PREMIUMCONTACT 7") == "CONTINENTAL PremiumContact 7"
    assert camel.spell("PREMIUMCONTACT") == "PREMIUMCONTACT"
    assert CamelWords(["Bosch Aerotwin AR601S"], ["BOSCH AEROTWIN"]).spell("BOSCH AEROTWIN") == "BOSCH AEROTWIN"
