"""A Polish car-lighting shop, a Ukrainian sun-care shop and a Ukrainian dealer of new tyres whose suppliers mix
used ones (samples/matching/domains_dev63): a line's Latin "Kids" written in Cyrillic ("КИД", "КИДС", "Кідс") is
the children's version, not the adults' product of the line; a used tyre however an ad says it ("б/в", "б/у",
"залишок 6мм", "шипи 90%"), in pairs or sets, is not the new tyre; a bulb's DUO box is not its single bulb, nor
its 24 V bulb the 12 V one."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart

SPRAYS = [("AD", "Bioderma Photoderm Спрей SPF 50+ 200 мл"),
          ("KD", "Bioderma Photoderm Kid Спрей дитячий SPF 50+ 200 мл"),
          ("MX", "Bioderma Photoderm Max Крем SPF 50+ 40 мл")]


def test_a_kids_line_written_in_cyrillic_is_the_childrens_version():
    from pricesync.match.reading.names import analyse

    for name in ("БИОД. ФОТОД. КИД СПРЕЙ SPF50+ 200МЛ", "ГАРНЬЕ АМБР СОЛЕР КИДС СПРЕЙ SPF50+ 150МЛ",
                 "Рокс кидс барбарис з/паста 45г", "Гарньє Амбр Солер Кідс спрей SPF 50+ 150 мл"):
        assert "kids" in analyse([name])[name].attrs.variants, name
    got = match_apart(SPRAYS, ["БИОД. ФОТОД. КИД СПРЕЙ SPF50+ 200МЛ"])
    assert _verdict(got, 0) != ("AD", "auto"), got.loc[0, "match_reason"]


TYRES = [("P4", "Шина Michelin Primacy 4 205/55 R16 91V літня"),
         ("XN", "Шина Michelin X-Ice North 4 205/55 R16 94T XL шип зимова"),
         ("PC", "Шина Continental PremiumContact 6 225/45 R17 91Y літня")]


def test_used_tyres_and_sets_are_not_the_new_tyre():
    got = match_apart(TYRES, ["Шини б/в 205/55 R16 Michelin Primacy 4 залишок 6мм 4шт",
                              "Michelin X-Ice North 4 205/55 R16 шипи 90% комплект 4шт б/в",
                              "Шини б/у Continental PremiumContact 6 225/45 R17 пара протектор 5 мм",
                              "Шина Michelin Primacy 4 205/55 R16 91V літня, нова, DOT 2023"])
    for row in range(3):
        assert got.loc[row, "match_status"] != "auto", (row, got.loc[row, "match_reason"])
    assert _verdict(got, 3) == ("P4", "auto"), got.loc[3, "match_reason"]


BULBS = [("NL", "Żarówka Osram Night Breaker Laser H7 12V 55W PX26d +150% 64210NL (1 szt.)"),
         ("TS", "Żarówka Osram Truckstar Pro H7 24V 70W PX26d +120% 64215TSP (1 szt.)"),
         ("OL", "Żarówka Osram Original Line H7 12V 55W PX26d 64210 (1 szt.)")]


def test_a_duo_box_and_a_truck_bulb_are_other_products():
    got = match_apart(BULBS, ["4x ŻARÓWKI H7 OSRAM NIGHT BREAKER LASER +150% 2x DUO BOX",
                              "Osram Night Breaker Laser H7 64210NL Halogen-Scheinwerferlampe 12V 55W, Faltschachtel (1 Stück)",
                              "ŻARÓWKA H7 24V 70W TRUCKSTAR PRO DUO BOX OSRAM"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("NL", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto", got.loc[2, "match_reason"]
