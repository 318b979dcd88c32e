"""A Russian car-lighting shop, a Polish drugstore's gift sets and a Portuguese tyre shop
(samples/matching/domains_dev51): a side written in the genitive ("Стекло фары левой") or in one letter
after the part ("ФАРА Л", "АМОРТИЗАТОР ПЕР. П") is the side; a headlight is not a tail light; "б/" is
"без" ("Б/ABS"); a part "с разбора" is used; a spaced "+" beside a kind of product or between two sides joins
what a set holds ("krem + żel", "левая + правая"), no Plus variant; a Portuguese and a Spanish tyre's season,
used and retreaded ("Verão", "4 Estações", "Todo o Ano", "usado", "semi-novo", "recauchutado", "4 estaciones",
"todo tiempo")."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens


def _words(name: str) -> dict:
    from pricesync.match.reading.names import analyse

    return dict(analyse([name])[name].attrs.words)


def test_a_side_in_the_genitive_is_the_side():
    assert "side:left" in name_tokens("Стекло фары левой Toyota Camry V50 2011-2014")
    assert "side:right" in name_tokens("Корпус фары правой Hyundai Solaris")
    assert "side:left" in name_tokens("Скло фари лівої Kia Rio 3")
    glass = [("R", "Стекло фары правой Kia Rio 3 2011-2015 SAT ST-KIR11-R")]
    got = match_apart(glass, ["Стекло фары Rio 3 левое новое"])
    assert got.loc[0, "match_status"] != "auto"
    assert "side left vs right" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]


HEADLIGHTS = [("L50", "Фара левая Toyota Camry V50 2011-2014 галоген с электрокорректором DEPO 212-11W8L-LDEM2"),
              ("R50", "Фара правая Toyota Camry V50 2011-2014 галоген с электрокорректором DEPO 212-11W8R-LDEM2"),
              ("TL55", "Фонарь задний левый наружный Toyota Camry V55 2014-2017 DEPO 212-19Y4L-UE"),
              ("TR55", "Фонарь задний правый наружный Toyota Camry V55 2014-2017 DEPO 212-19Y4R-UE")]


def test_a_price_lists_one_letter_side():
    assert "side:left" in name_tokens("ФАРА Л CAMRY50 DEPO")
    assert "side:right" in name_tokens("АМОРТИЗАТОР ПЕР. П KYB 339025 CAMRY 40")
    got = match_apart(HEADLIGHTS, ["ФАРА П CAMRY50 DEPO", "ФОНАРЬ П CAMRY55 НАР DEPO"])
    assert _verdict(got, 0) == ("R50", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("TR55", "auto"), got.loc[1, "match_reason"]


def test_a_headlight_is_not_a_tail_light():
    got = match_apart(HEADLIGHTS[2:] + [("RIO", "Фара левая Kia Rio 3 2011-2015 дорестайлинг галоген Mobis 92101-4Y000")],
                      ["ФАРА Л CAMRY55 DEPO"])
    assert got.loc[0, "match_status"] != "auto"
    assert "headlight vs taillight" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]


def test_b_slash_is_without_and_the_words_it_begins_stay_theirs():
    assert _words("ПРИВОД Л ЛОГАН Б/ABS MAXGEAR")["without"] == {"abs"}
    assert _words("Шина б/у 205/55 R16")["condition"] == {"used"}
    assert _words("Шина 205/55 R16 91T б/ш")["studs"] == {"studless"}
    assert _words("Шина 205/55 R16 б/к")["tube"] == {"tubeless"}
    assert _words("Шина б/в 6мм")["condition"] == {"used"}


def test_a_part_off_a_dismantled_car_is_used():
    assert _words("Фонарь задний правый Sportage 4 оригинал 92402F1000 с разбора")["condition"] == {"used"}
    assert _words("Генератор Кашкай Hitachi LR1110-721 разборка")["condition"] == {"used"}


def test_a_plus_beside_a_kind_joins_a_set():
    from pricesync.match.reading.names import analyse

    for name in ("Ziaja Kozie Mleko zestaw prezentowy krem + żel pod prysznic",
                 "Подарунковий набір Nivea Express Hydration гель + лосьйон",
                 "Фары Lada Granta 2011-2018 комплект 2 шт. (левая + правая) Киржач"):
        assert "plus" not in analyse([name])[name].attrs.variants, name
    assert "plus" in analyse(["Maybelline Fit Me Matte + Poreless"])["Maybelline Fit Me Matte + Poreless"].attrs.variants
    sets = [("SET", "Ziaja Kozie Mleko zestaw prezentowy krem nawilżający 50 ml + żel pod prysznic 500 ml"),
            ("CR", "Ziaja Kozie Mleko krem nawilżający 50 ml")]
    got = match_apart(sets, ["Ziaja Kozie Mleko zestaw prezentowy krem + żel pod prysznic"])
    assert _verdict(got, 0) == ("SET", "auto"), got.loc[0, "match_reason"]


def test_portuguese_and_spanish_seasons_and_conditions():
    assert "season:summer" in name_tokens("Pneu Michelin Primacy 4+ 205/55 R16 91V Verão")
    assert "season:winter" in name_tokens("205/55R16 91H MICHELIN ALPIN 6 INVERNO")
    for name in ("Pneu Michelin CrossClimate 2 205/55 R16 94V XL 4 Estações",
                 "205/55R16 94V XL MICHELIN CROSSCLIMATE 2 TODO ANO",
                 "Pneu Continental AllSeasonContact 2 205/55 R16 94V XL Todo o Ano",
                 "Neumático Continental AllSeasonContact 2 205/55 R16 94V XL 4 estaciones",
                 "Neumático Michelin CrossClimate 2 205/55 R16 94V XL todo tiempo"):
        assert "season:allseason" in name_tokens(name), name
        assert "4" not in name_tokens(name), name
    assert _words("Pneu semi-novo Toyo Proxes Sport 225/45 R17 94Y XL")["condition"] == {"used"}
    assert _words("Pneus recauchutados 195/65 R15 91H verão")["condition"] == {"retreaded"}
    tyres = [("EF", "Pneu Goodyear Eagle F1 Asymmetric 6 225/45 R17 94Y XL Verão"),
             ("CC", "Pneu Michelin CrossClimate 2 205/55 R16 94V XL Todo o Ano")]
    got = match_apart(tyres, ["Pneu usado Goodyear Eagle F1 Asymmetric 6 225/45 R17 94Y XL",
                              "Neumático Michelin CrossClimate 2 205/55 R16 94V XL 4 estaciones"])
    assert got.loc[0, "match_status"] != "auto"
    assert _verdict(got, 1) == ("CC", "auto"), got.loc[1, "match_reason"]
