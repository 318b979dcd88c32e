"""A Ukrainian car body-parts shop, a Kazakhstan make-up shop and a Polish Allegro tyre shop
(samples/matching/domains_dev58): a car's trim line written with its hyphen ("GT-Line", "R-Line") is a variant of
its own, so the trim's grille is not the plain car's; a wholesaler's "WTP" and the Kazakh "су өткізбейтін" are
waterproof; two initials glued by a "+" ("FIT ME M+P 128") name the catalog's line whose two words a "+" joins
("Fit Me Matte + Poreless")."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens

GRILLES = [("KS", "Решітка радіатора Kia Sportage QL 2016-2018 чорна Polcar 41Y105"),
           ("PB", "Решітка радіатора Volkswagen Passat B8 2015-2019 з хромованим молдингом Polcar 95B105")]


def test_a_trim_lines_grille_is_not_the_plain_cars():
    got = match_apart(GRILLES, ["Atrapa chłodnicy KIA SPORTAGE IV (QL) 2016-2018 czarna, GT-Line",
                                "Решітка радіатора Volkswagen Passat B8 R-Line 2015-2019",
                                "Atrapa chłodnicy KIA SPORTAGE IV (QL) 2016-2018 czarna"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
    assert "gtline" in got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto", got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("KS", "auto"), got.loc[2, "match_reason"]


def test_a_trim_line_is_one_word_however_written():
    assert "gtline" in name_tokens("Kia Sportage GT-Line")
    assert "gtline" in name_tokens("Kia Sportage GT Line")
    assert "rline" in name_tokens("Passat B8 R-Line")


def test_wtp_and_the_kazakh_word_are_waterproof():
    assert "waterproof" in name_tokens("LUXVISAGE MATT TINT WTP ТОН.КРЕМ 10 WARM IVORY 20Г")
    assert "waterproof" in name_tokens("Maybelline Sky High кірпік тушы су өткізбейтін қара 6 мл")


TINTS = [("LX", "Тональный крем Luxvisage Matt Tint Waterproof 12H 10 Warm Ivory 20 г"),
         ("FM", "Тональный крем Maybelline New York Fit Me Matte + Poreless 120 Classic Ivory 30 мл")]


def test_a_wholesalers_wtp_is_the_waterproof_item():
    got = match_apart(TINTS, ["LUXVISAGE MATT TINT WTP ТОН.КРЕМ 10 WARM IVORY 20Г"])
    assert _verdict(got, 0) == ("LX", "auto"), got.loc[0, "match_reason"]


FIT_ME = [("F120", "Тональный крем Maybelline New York Fit Me Matte + Poreless 120 Classic Ivory 30 мл"),
          ("F220", "Тональный крем Maybelline New York Fit Me Matte + Poreless 220 Natural Beige 30 мл"),
          ("P120", "Пудра Maybelline New York Fit Me Matte + Poreless 120 Classic Ivory 9 г"),
          ("SS21", "Тональный крем Maybelline New York SuperStay Active Wear 30H 21 Nude Beige 30 мл")]


def test_initials_glued_by_a_plus_name_the_line():
    got = match_apart(FIT_ME, ["MAYB FIT ME M+P ТОН.КРЕМ 120 CLASSIC IVORY 30МЛ",
                               "MAYB FIT ME M+P ПУДРА 120 CLASSIC IVORY 9Г",
                               "MAYB FIT ME M+P ТОН.КРЕМ 130 BUFF BEIGE 30МЛ"])
    assert _verdict(got, 0) == ("F120", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("P120", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto", got.loc[2, "match_reason"]


def test_initials_of_two_pairs_name_neither():
    from pricesync.match.reading.catalog_words import PlusJoiners

    names = ["Fit Me Matte + Poreless 120", "Fit Me Dewy + Smooth 120"]
    one = PlusJoiners(names, ["FIT ME M+P 120"], ["and"])
    assert one.spell("FIT ME M+P 120") == "FIT ME matte + poreless 120"
    both = PlusJoiners(names + ["Baby Lips Moisture + Protect 01"], ["FIT ME M+P 120"], ["and"])
    assert both.spell("FIT ME M+P 120") == "FIT ME M+P 120"


TYRES = [("P4", "Opona letnia Michelin Primacy 4+ 205/55R16 91V"),
         ("CC", "Opona całoroczna Michelin CrossClimate 2 205/55R16 91H")]


def test_not_used_is_new():
    got = match_apart(TYRES, ["Opona letnia Michelin Primacy 4+ 205/55R16 91V nowa, DOT 2024, nie używana",
                              "Opona używana letnia Michelin Primacy 4+ 205/55R16 91V bieżnik 6mm 2022"])
    assert _verdict(got, 0) == ("P4", "auto"), got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto", got.loc[1, "match_reason"]
