"""A Romanian tyre shop, a Russian drugstore's oral care and a Kazakh shop of wheel bearings and hubs
(samples/matching/domains_dev35): a tyre's season, studs, retread and use in Romanian, Bulgarian and Hungarian
("iarna resapate", "Зимни гуми ... с шипове", "futózott", "defekttűrő"); a DOT mark more than five years old is
old stock, a recent one the tyre; a Cyrillic one-letter word no Latin letter looks like ("КОФЕ И ТАБАК") and
dotted initials ("R.O.C.S.") are no line's letter; a toothbrush's bristles, read only in a brush's name; a
toothpaste's fruit flavour."""
from __future__ import annotations

from datetime import date

from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens


def test_tyre_words_of_romanian_bulgarian_and_hungarian_lists():
    assert {"season:winter", "condition:retreaded"} <= set(
        name_tokens("Anvelope Kleber Krisalp HP3 205/55 R16 91H iarna resapate"))
    assert "season:summer" in name_tokens("Anvelopă vară Michelin Primacy 4+ 205/55 R16 91V")
    assert {"season:winter", "studs:studded"} <= set(
        name_tokens("Зимни гуми Nokian Hakkapeliitta 10p 205/55 R16 94T XL с шипове"))
    assert "condition:used" in name_tokens("Tigar Winter 205/55 R16 91H téli gumi használt")
    assert "runflat" in name_tokens("Continental ContiSportContact 5 225/45 R17 91W SSR defekttűrő nyári gumi")


WINTER = [("TS", "Anvelopă iarnă Continental WinterContact TS 870 205/55 R16 91H"),
          ("KR", "Anvelopă iarnă Kleber Krisalp HP3 205/55 R16 91H")]


def test_a_retreaded_tyre_in_romanian_is_not_the_new_one():
    got = match_apart(WINTER, ["Anvelope Kleber Krisalp HP3 205/55 R16 91H iarna resapate",
                               "Anvelope Kleber Krisalp HP3 205/55 R16 91H iarna"])
    assert got.loc[0, "match_status"] != "auto"
    assert "retreaded" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("KR", "auto"), got.loc[1, "match_reason"]


def test_an_old_dot_is_old_stock_and_a_recent_one_the_tyre():
    old, recent = date.today().year - 7, date.today().year - 1
    got = match_apart(WINTER, [f"Anvelopa iarna Continental WinterContact TS 870 205/55 R16 91H, DOT {old}",
                               f"Continental WinterContact TS 870 205/55 R16 91H téli gumi DOT{old % 100}",
                               f"Anvelopa iarna Continental WinterContact TS 870 205/55 R16 91H, DOT {recent}"])
    for row in (0, 1):
        assert got.loc[row, "match_status"] != "auto"
        assert "old stock" in got.loc[row, "match_reason"], got.loc[row, "match_reason"]
    assert _verdict(got, 2) == ("TS", "auto"), got.loc[2, "match_reason"]


PASTES = [("CT", "Зубная паста R.O.C.S. Кофе и табак 74 г"),
          ("KB", "Зубная паста R.O.C.S. Kids Барбарис 3-7 лет 45 г"),
          ("SR", "Зубная паста Sensodyne Восстановление и защита 75 мл")]


def test_a_cyrillic_and_and_dotted_initials_are_no_line_letters():
    got = match_apart(PASTES, ["ЗУБНАЯ ПАСТА R.O.C.S. КОФЕ И ТАБАК 74Г",
                               "R.O.C.S. Зубная паста Кофе и табак, 74 г",
                               "ЗУБНАЯ ПАСТА SENSODYNE ВОССТАНОВЛЕНИЕ И ЗАЩИТА 75МЛ"])
    assert _verdict(got, 0) == ("CT", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("CT", "auto"), got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("SR", "auto"), got.loc[2, "match_reason"]


def test_a_kids_paste_of_another_fruit_is_another_paste():
    got = match_apart(PASTES, ["ЗУБНАЯ ПАСТА R.O.C.S. KIDS ФРУКТОВЫЙ РОЖОК 3-7 ЛЕТ 45Г"])
    assert got.loc[0, "match_status"] != "auto"
    assert "flavour" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]


BRUSHES = [("C3", "Зубная щетка Colgate 360 Суперчистота всей полости рта средней жесткости"),
           ("ZZ", "Зубная щетка Colgate Zig Zag средней жесткости")]


def test_a_soft_brush_is_not_the_medium_one():
    got = match_apart(BRUSHES, ["Зубная щетка Colgate 360 Суперчистота всей полости рта мягкая",
                                "ЗУБНАЯ ЩЕТКА COLGATE 360 СУПЕРЧИСТОТА ВСЕЙ ПОЛОСТИ РТА СРЕДНЯЯ"])
    assert got.loc[0, "match_status"] != "auto"
    assert "bristles soft vs medium" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("C3", "auto"), got.loc[1, "match_reason"]


def test_bristle_words_are_read_only_in_a_brushs_name():
    from pricesync.match.reading.names import analyse

    water = "Средство для мытья посуды Splash Soft, для мягкой воды, 5 л"
    assert "bristles" not in analyse([water])[water].attrs.words
    cut = "Лакалют актив з/щетка средн."
    assert analyse([cut])[cut].attrs.words["bristles"] == {"medium"}
