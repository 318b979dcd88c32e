"""Matching in the styles of the fifth development round (samples/matching/domains_dev5): a
Ukrainian cosmetics shop offered by Ukrainian, Kazakh-Russian and English feeds, a Polish
parts shop offered by Inter Cars, Allegro and OE-number styles. A perfumery's tester, a pump
bottle or another concentration written in Russian or Ukrainian, a part number one suffix
away, a line's number or shade in place of the item's word are other products; the same
product written another way still matches."""
from __future__ import annotations

from tests.test_match_domains import _offers_of, _verdicts
from tests.test_match_domains import match_apart as _match

PERFUMERY = [("L1", "Lacoste L.12.12 Blanc Туалетна вода чоловіча 100 мл"),
             ("V1", "Versace Bright Crystal Туалетна вода жіноча 90 мл"),
             ("H1", "Head & Shoulders Шампунь проти лупи Ментол 400 мл")]


def test_a_tester_a_pump_bottle_or_another_concentration_in_russian_or_ukrainian():
    got = _match(PERFUMERY, ["Туалетная вода Lacoste L.12.12 Blanc мужская 100 мл тестер",
                             "HEAD & SHOULDERS шамп. проти лупи МЕНТОЛ 400мл з дозатором",
                             "Парфюмерная вода Versace Bright Crystal женская 90 мл",
                             "Туалетная вода Lacoste L.12.12 Blanc мужская 100 мл",
                             "HEAD & SHOULDERS шамп. проти лупи МЕНТОЛ 400мл"])
    assert all(st != "auto" for st in got["match_status"][:3])
    assert "tester" in got.loc[0, "match_reason"] and "pump" in got.loc[1, "match_reason"]
    assert _verdicts(got)[3:] == [("L1", "auto"), ("H1", "auto")]


def test_toilet_water_is_an_eau_de_toilette_whatever_the_language():
    from pricesync.match.reading.names import analyse

    written = ["Туалетна вода 100 мл", "Туалетная вода 100 мл", "Eau de Toilette 100 ml", "EDT 100ml"]
    names = analyse(written)
    for text in written:
        assert names[text].attrs.words["type"] == {"eau_de_toilette"}, text
    perfume = analyse(["Парфумована вода 50 мл"])["Парфумована вода 50 мл"]
    assert perfume.attrs.words["type"] == {"eau_de_parfum"}
    got = _match(PERFUMERY, ["Versace Bright Crystal EDT 90ml"])
    assert _verdicts(got) == [("V1", "auto")]


FILTERS = [("F1", "Filtr oleju FILTRON OP 526"),
           ("F2", "Filtr oleju MANN-FILTER W 610/3")]


def test_a_number_written_bare_is_not_the_number_with_a_suffix():
    """"OP 526/1" is read as one code 5261: the catalog's bare "OP 526" is another filter,
    and so the other way round ("W 610" is not the "W 610/3")."""
    got = _match(FILTERS, ["FILTRON OP 526/1 Filtr oleju", "MANN W 610 Filtr oleju",
                           "FILTRON OP 526 Filtr oleju", "Filtr oleju MANN W610/3"])
    assert [st for _, st in _verdicts(got)[:2]] == ["review", "review"]
    assert "5261 vs 526" in got.loc[0, "match_reason"] and "610 vs 6103" in got.loc[1, "match_reason"]
    assert _verdicts(got)[2:] == [("F1", "auto"), ("F2", "auto")]


BULBS = [("B1", "Żarówka H7 OSRAM Night Breaker Laser 12V 55W (2 szt.)")]


def test_a_number_a_supplier_writes_where_its_sibling_says_the_items_word():
    """The supplier lists "Night Breaker Laser" and "Night Breaker 200": its own list shows
    the number names another model of the line than the item's "Laser"."""
    got = _offers_of([("w", "ŻARÓWKI H7 OSRAM NIGHT BREAKER LASER 2 SZT"),
                      ("w", "ŻARÓWKI H7 OSRAM NIGHT BREAKER 200 2 SZT")], BULBS)
    assert _verdicts(got)[0] == ("B1", "auto")
    assert got.loc[1, "match_status"] == "review" and "told apart by 200" in got.loc[1, "match_reason"]
    # Two suppliers' names are two writers': no list of one supplier tells them apart.
    apart = _offers_of([("a", "ŻARÓWKI H7 OSRAM NIGHT BREAKER LASER 2 SZT"),
                        ("b", "ŻARÓWKI H7 OSRAM NIGHT BREAKER 200 2 SZT")], BULBS)
    assert "also offers" not in apart.loc[1, "match_reason"]


def test_a_used_tyre_in_ukrainian():
    catalog = [("E1", "Шина літня Michelin Energy Saver+ 185/65 R15 88T")]
    got = _match(catalog, ["Літні шини Michelin Energy Saver+ 185/65 R15 88T, б/в (залишок протектора 6 мм)",
                           "Вживані шини Michelin Energy Saver+ 185/65 R15 88T",
                           "Літні шини Michelin Energy Saver+ 185/65 R15 88T"])
    assert all(st != "auto" and "used" in why for st, why in zip(got["match_status"][:2], got["match_reason"][:2]))
    assert _verdicts(got)[2] == ("E1", "auto")


def test_a_tyres_season_tells_a_lines_all_season_sibling_apart():
    """A name saying the season ("Всесезонні шини", "всесезонные", "All Season", "całoroczna")
    is not the summer tyre of the line; a name saying the same season or none still is."""
    catalog = [("P1", "Шина літня Pirelli Cinturato P7 205/55 R16 91V")]
    got = _match(catalog, ["Всесезонні шини Pirelli Cinturato P7 All Season 205/55 R16 91V",
                           "Шины Pirelli Cinturato P7 205/55 R16 91V всесезонные",
                           "205/55R16 91V Pirelli Cinturato P7 All Season",
                           "Opona całoroczna Pirelli Cinturato P7 205/55 R16 91V",
                           "Літні шини Pirelli Cinturato P7 205/55 R16 91V",
                           "Шины Pirelli Cinturato P7 205/55 R16 91V летние",
                           "205/55R16 91V Pirelli Cinturato P7"])
    assert all(st != "auto" and "season" in why for st, why in zip(got["match_status"][:4], got["match_reason"][:4]))
    assert _verdicts(got)[4:] == [("P1", "auto")] * 3


def test_a_remanufactured_part_or_a_pair_in_polish():
    """"REGENEROWANA" with the maker's number is a remanufactured turbocharger, "PARA" two
    shock absorbers: neither is the new single part the catalog sells."""
    catalog = [("G1", "Turbosprężarka GARRETT 753420-5005S"), ("S1", "Amortyzator przód SACHS 313 478")]
    got = _match(catalog, ["TURBOSPRĘŻARKA GARRETT 753420-5005S REGENEROWANA 1.6 HDI",
                           "Turbosprężarka GARRETT 753420-5005S po regeneracji",
                           "AMORTYZATORY SACHS 313 478 PARA",
                           "TURBINA GARRETT 753420-5005S NOWA",
                           "SACHS 313 478 Amortyzator"])
    assert all(st != "auto" for st in got["match_status"][:3])
    assert "refurbished" in got.loc[0, "match_reason"] and "pcs" in got.loc[2, "match_reason"]
    assert _verdicts(got)[3:] == [("G1", "auto"), ("S1", "auto")]


def test_seal_inside_shortened():
    catalog = [("W1", "Шина зимова Pirelli Scorpion Winter 2 255/50 R19 107V XL")]
    got = _match(catalog, ["Зимові шини Pirelli Scorpion Winter 2 255/50 R19 107V XL s-i",
                           "Зимові шини Pirelli Scorpion Winter 2 255/50 R19 107V XL"])
    assert got.loc[0, "match_status"] != "auto" and "selfseal" in got.loc[0, "match_reason"]
    assert _verdicts(got)[1] == ("W1", "auto")


def test_drive_guard_is_a_run_flat():
    catalog = [("B1", "Шина літня Bridgestone Turanza 6 205/55 R16 91V")]
    got = _match(catalog, ["205/55R16 91V Bridgestone Turanza 6 DriveGuard",
                           "Літні шини Bridgestone Turanza 6 205/55 R16 91V Drive Guard",
                           "Літні шини Bridgestone Turanza 6 205/55 R16 91V"])
    assert all(st != "auto" and "runflat" in why for st, why in zip(got["match_status"][:2], got["match_reason"][:2]))
    assert _verdicts(got)[2] == ("B1", "auto")

def test_a_mens_and_a_womens_scent_of_one_line_are_two_products():
    catalog = [("E1", "Versace Eros Туалетна вода чоловіча 100 мл")]
    got = _match(catalog, ["Туалетная вода Versace Eros женская 100 мл",
                           "Versace Eros Pour Femme EDT 100ml",
                           "Туалетная вода Versace Eros мужская 100 мл",
                           "VERSACE EROS т/в 100мл чоловіча"])
    assert all(st != "auto" and "gender" in why for st, why in zip(got["match_status"][:2], got["match_reason"][:2]))
    assert _verdicts(got)[2:] == [("E1", "auto"), ("E1", "auto")]


def test_a_used_part_in_polish():
    catalog = [("S1", "Amortyzator przód SACHS 313 478")]
    got = _match(catalog, ["AMORTYZATOR PRZÓD SACHS 313 478 UŻYWANY", "AMORTYZATOR PRZÓD SACHS 313 478"])
    assert got.loc[0, "match_status"] != "auto" and "used" in got.loc[0, "match_reason"]
    assert _verdicts(got)[1] == ("S1", "auto")


def test_a_lines_childrens_version_is_not_the_adults_product():
    catalog = [("G1", "Garnier Ambre Solaire Сонцезахисний спрей SPF 50 200 мл")]
    got = _match(catalog, ["GARNIER AMBRE SOLAIRE спрей SPF 50 дитячий 200мл",
                           "Спрей солнцезащитный Garnier Ambre Solaire SPF 50 детский 200 мл",
                           "Garnier Ambre Solaire Kids Spray SPF 50 200ml",
                           "Garnier Ambre Solaire спрей SPF 50 200 мл"])
    assert all(st != "auto" and "kids" in why for st, why in zip(got["match_status"][:3], got["match_reason"][:3]))
    assert _verdicts(got)[3] == ("G1", "auto")
