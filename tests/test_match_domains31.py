"""An Estonian tyre shop, a Belarusian cosmetics shop and a Lithuanian auto-parts shop whose suppliers write
Estonian, Finnish, Belarusian, Lithuanian, Polish, Russian and English (samples/matching/domains_dev31): the plant
a cosmetic is made with tells a line's shampoos apart ("ромашка" is not the item's "крапива") and stays a word
("лаванда" beside "морской бриз"); Estonian and Finnish say a tyre's studs and season ("NAAST", "naastudega",
"kitkarengas", "ympärivuotinen") and a used one ("kasutatud"); a maker's number the catalog writes in three groups
is the glued code an offer writes ("C 35 154" = "C35154"); Belarusian says a cream's day and night and what a
cosmetic is for ("Крэм для твару ... начны")."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart

SHAMPOOS = [("NT", "Шампунь Markell Everyday крапива 500 мл"), ("BM", "Бальзам Markell Everyday крапива 500 мл"),
            ("RV", "Шампунь Белита-Витэкс Revivor Perfect восстанавливающий 400 мл")]


def test_another_plant_of_the_line_is_another_shampoo():
    got = match_apart(SHAMPOOS, ["Markell Everyday Шампунь Ромашка 500мл", "ШАМПУНЬ EVERYDAY РОМАШКА 500МЛ"])
    for row in (0, 1):
        assert got.loc[row, "match_status"] != "auto"
        assert "extract chamomile vs nettle" in got.loc[row, "match_reason"], got.loc[row, "match_reason"]
    got = match_apart(SHAMPOOS, ["ШАМПУНЬ EVERYDAY КРАПИВА 500МЛ"])
    assert _verdict(got, 0) == ("NT", "auto"), got.loc[0, "match_reason"]


def test_the_plant_read_for_another_writers_line():
    catalog = [("K", "Чистая Линия Шампунь укрепляющий Крапива 400 мл"),
               ("B", "Чистая Линия Шампунь Березовый для всех типов волос 400 мл")]
    got = match_apart(catalog, ["ЧИСТАЯ ЛИНИЯ ШАМП. РОМАШКА УКРЕПЛЯЮЩИЙ 400МЛ",
                                "Чистая Линия Шампунь укрепляющий с ромашкой 400 мл",
                                "ЧИСТАЯ ЛИНИЯ ШАМП. КРАПИВА УКРЕПЛЯЮЩИЙ 400МЛ"])
    for row in (0, 1):
        assert got.loc[row, "match_status"] != "auto"
        assert "extract" in got.loc[row, "match_reason"]
    assert _verdict(got, 2) == ("K", "auto"), got.loc[2, "match_reason"]


def test_a_plant_stays_a_word_beside_a_scent_named_otherwise():
    catalog = [("SB", "Средство для мытья полов Lylu Plus морской бриз 1 л"),
               ("LV", "Средство для мытья полов Lylu Plus лаванда 1 л")]
    got = match_apart(catalog, ["Средство д/ мытья полов Lylu Plus лаванда 1 л",
                                "Средство для мытья полов Lylu Plus цитрус 1 л"])
    assert _verdict(got, 0) == ("LV", "auto"), got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto"


WINTER = [("IZ2", "Pirelli Ice Zero 2 205/55 R16 94T XL naastrehv"),
          ("IZF", "Pirelli Ice Zero FR 205/55 R16 94T XL lamellrehv"),
          ("R5", "Nokian Tyres Hakkapeliitta R5 205/55 R16 94R XL lamellrehv"),
          ("CC2", "Michelin CrossClimate 2 205/55 R16 91H aastaringne rehv"),
          ("W429", "Hankook Winter i*Pike RS2 W429 205/55 R16 94T XL naastrehv")]


def test_estonian_and_finnish_say_the_studs():
    got = match_apart(WINTER, ["205/55R16 94T XL PIRELLI ICE ZERO 2 NAAST",
                               "Talverehv Pirelli Ice Zero 2 205/55R16 94T XL naastudega",
                               "Nokian Hakkapeliitta R5 205/55R16 94R XL kitkarengas"])
    assert _verdict(got, 0) == ("IZ2", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("IZ2", "auto"), got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("R5", "auto"), got.loc[2, "match_reason"]


def test_a_finnish_season_and_an_estonian_used_tyre():
    got = match_apart(WINTER, ["Michelin CrossClimate 2 205/55R16 91H ympärivuotinen",
                               "Talverehv Nokian Tyres Hakkapeliitta R5 205/55R16 94R XL kasutatud",
                               "Talverehv Hankook Winter i*Pike RS2 W429 205/55R16 94T XL naastutamata"])
    assert _verdict(got, 0) == ("CC2", "auto"), got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto" and "used" in got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto" and "studs" in got.loc[2, "match_reason"]


PARTS = [("C35", "Oro filtras MANN-FILTER C 35 154"), ("P85", "Stabdžių kaladėlės priekinės Brembo P 85 075"),
         ("AR24", "Valytuvas Bosch Aerotwin AR 24 U 600 mm"), ("W712", "Tepalo filtras MANN-FILTER W 712/95")]


def test_a_number_the_catalog_writes_in_three_groups():
    got = match_apart(PARTS, ["Фильтр воздушный MANN C35154", "Колодки тормозные передние Brembo P85075",
                              "BOSCH Aerotwin AR24U Wiper Blade 600mm", "P85075"])
    assert _verdict(got, 0) == ("C35", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("P85", "auto"), got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("AR24", "auto"), got.loc[2, "match_reason"]
    assert _verdict(got, 3) == ("P85", "auto"), got.loc[3, "match_reason"]


def test_a_number_one_group_away_is_still_another_part():
    got = match_apart(PARTS, ["Фильтр воздушный MANN C35155", "Колодки тормозные передние Brembo P85076"])
    for row in (0, 1):
        assert got.loc[row, "match_status"] != "auto", got.loc[row, "match_reason"]


CREAMS = [("DAY", "Крем для лица Белита-М Hyaluron Expert дневной SPF 15 50 г"),
          ("NGT", "Крем для лица Белита-М Hyaluron Expert ночной 50 г"),
          ("MIC", "Мицеллярная вода Белита-М Hyaluron Expert 400 мл")]


def test_belarusian_day_and_night_cream_for_the_face():
    got = match_apart(CREAMS, ["Крэм для твару Hyaluron Expert начны 50 г",
                               "Крэм для твару Hyaluron Expert дзённы SPF 15 50 г Белита-М"])
    assert _verdict(got, 0) == ("NGT", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("DAY", "auto"), got.loc[1, "match_reason"]
    got = match_apart(CREAMS[:1], ["Крэм для твару Hyaluron Expert начны 50 г"])
    assert got.loc[0, "match_status"] != "auto" and "time of day" in got.loc[0, "match_reason"]


def test_a_part_its_maker_sells_as_a_kit_is_the_part():
    import pandas as pd

    from pricesync.match import match_offers
    from pricesync.match.config import MatchingConfig

    catalog = pd.DataFrame({"sku": ["HUB", "PADS"], "name": ["Подшипник ступицы передний SKF VKBA 3637",
                                                             "Колодки тормозные передние Toyota 04465-33450"]})
    rows = [("SKF Front Wheel Bearing Kit VKBA 3637", "VKBA3637"),
            ("TOYOTA GENUINE 04465-33450 PAD KIT DISC BRAKE FRONT", "04465-33450"),
            ("SKF Front Wheel Bearing Kit VKBA 3637 + ABS sensor kit", "VKBA3637")]
    offers = pd.DataFrame({"supplier": [f"s{i}" for i in range(len(rows))], "supplier_sku": [str(i) for i in range(len(rows))],
                           "name": [n for n, _ in rows], "mpn": [m for _, m in rows]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert _verdict(got, 0) == ("HUB", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("PADS", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto", got.loc[2, "match_reason"]  # a kit of it and another part
