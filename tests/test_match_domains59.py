"""A Ukrainian car-glass shop, a Polish perfumery and a Spanish tyre shop (samples/matching/domains_dev59): a
number of four digits or more with letters glued on is a code, not a count (a Eurocode, "8582AGNV", contradicts the
item's "8582AGSV"); an offer's part-number column naming an item as written is not overruled by a code read from its
name that finds a sibling too (the car's years, "2013-2020"), nor is that sibling its rival where the column
contradicts the sibling's own number; the car's years read as a code are no number a column can contradict; a year
written in two digits ("LANOS 97-") is the item's four ("1997-"); "dla mężczyzn", "für Herren" say whom a fragrance
is for; the words after "з" up to the next cue are the parts a product is sold with ("з датчиком дощу та обігрівом
зони щіток": the heating too)."""
from __future__ import annotations

from tests.test_match_domains import _match, auto_verdict as _verdict, match_apart, name_tokens

GLASS = [("S", "Лобове скло Renault Logan II / Sandero II 2013-2020 з кронштейном датчика дощу XYG 7234AGNMVZ"),
         ("N", "Лобове скло Renault Logan II / Sandero II 2013-2020 без датчика XYG 7234AGNMV"),
         ("O", "Лобове скло Skoda Octavia A5 2004-2013 зелене з сірою смугою XYG 8582AGSV"),
         ("T", "Лобове скло Ford Transit 2014- з обігрівом XYG 2477AGNHMV"),
         ("L", "Лобове скло Daewoo Lanos / Sens 1997- зелене Benson 3537AGN"),
         ("M", "Молдинг лобового скла VW Golf VII 2012-2020 верхній")]


def test_a_eurocode_in_the_column_one_letter_from_the_items_is_another_glass():
    got = _match(GLASS, ["Szyba czołowa Skoda Octavia II 2004-2013 zielona bez pasa XYG",
                         "Szyba czołowa Ford Transit 2014- bez podgrzewania XYG"],
                 mpns=["8582AGNV", "2477AGNMV"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
    assert "8582AGNV is not 8582AGSV" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto", got.loc[1, "match_reason"]


def test_the_columns_eurocode_names_the_glass_the_cars_years_do_not():
    got = _match(GLASS, ["Szyba czołowa Renault Logan II 2013-2020 z czujnikiem deszczu XYG",
                         "Szyba czołowa Renault Logan II 2013-2020 bez czujnika XYG"],
                 mpns=["7234AGNMVZ", "7234AGNMV"])
    assert _verdict(got, 0) == ("S", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("N", "auto"), got.loc[1, "match_reason"]


def test_the_cars_years_are_no_number_a_column_contradicts():
    got = _match(GLASS, ["МОЛДИНГ ЛОБ СКЛА VW GOLF VII 12-20 ВЕРХН"], mpns=["MD8595T"])
    assert "is not VII20122020" not in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 0) == ("M", "auto"), got.loc[0, "match_reason"]


def test_a_year_in_two_digits_is_the_items_year_in_four():
    got = _match(GLASS, ["СКЛО ЛОБОВЕ DAEWOO LANOS 97- ЗЕЛ", "СКЛО ЛОБОВЕ FORD TRANSIT 14- ОБІГР"],
                 mpns=["3537AGN", "2477AGNHMV"])
    assert _verdict(got, 0) == ("L", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("T", "auto"), got.loc[1, "match_reason"]


def test_polish_and_german_say_whom_a_fragrance_is_for():
    assert "gender:men" in name_tokens("Dior Sauvage woda toaletowa dla mężczyzn 100 ml")
    assert "gender:women" in name_tokens("Lancôme La Vie Est Belle woda perfumowana dla kobiet 50 ml")
    assert "gender:men" in name_tokens("Dior Sauvage Eau de Parfum für Herren 100 ml")
    assert "gender:women" in name_tokens("Gucci Bloom Eau de Parfum für Damen 50 ml")


PERFUME = [("CM", "Chanel Coco Mademoiselle woda perfumowana dla kobiet 50 ml"),
           ("CI", "Chanel Coco Mademoiselle Intense woda perfumowana dla kobiet 50 ml"),
           ("VM", "Carolina Herrera 212 VIP Men woda toaletowa dla mężczyzn 100 ml"),
           ("VW", "Carolina Herrera 212 VIP woda perfumowana dla kobiet 80 ml")]


def test_fur_damen_after_the_line_names_no_flanker():
    got = match_apart(PERFUME, ["Chanel Coco Mademoiselle Eau de Parfum Intense für Damen 50 ml",
                                "Chanel Coco Mademoiselle L'Eau Privée 50 ml"])
    assert _verdict(got, 0) == ("CI", "auto"), got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto"


KIA = [("H", "Лобове скло Kia Sportage IV 2016-2021 з датчиком дощу та обігрівом зони щіток XYG 4412AGNMVWZ1H"),
       ("R", "Лобове скло Hyundai Tucson III 2015-2020 з датчиком дощу Benson 4402AGNMVWZ")]


def test_a_part_joined_by_an_and_to_the_one_after_with_is_sold_with_it_too():
    from pricesync.match.reading.names import analyse

    name = KIA[0][1]
    assert {"датчик", "обігрів"} <= set(analyse([name])[name].attrs.words["with"])
    hub = "Piasta koła tył z łożyskiem A.B.S. 200033 bez ABS Opel Astra H (2004-2014)"
    assert "abs" not in analyse([hub])[hub].attrs.words.get("with", set())
    got = match_apart(KIA, ["Лобове скло Kia Sportage 4 2016-2021 XYG без обігріву зони щіток"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
