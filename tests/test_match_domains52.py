"""A Ukrainian seat-cover shop, a Kazakhstan perfume shop and a Dutch tyre shop (samples/matching/domains_dev52): a
car's years of make that do not meet are two generations ("Logan 2004-2012" is not "Logan (2013-)"); a year with its
"+" glued on is the year the car's models begin, not the Plus variant ("Camry XV70 2017+" is "(2017-)"); the soft
colour adjective's "синьою" is blue; a wholesaler's M or W before a fragrance's concentration says whom the scent is
for, no version letter ("DIOR SAUVAGE M EDP 100ML"); Kazakh names of a concentration and of whom it is for
("парфюмерлік су", "иіссу", "ерлерге арналған"); Dutch seasons, used tyres, tyres on rims and sets ("zomerband",
"gebruikt", "op velg", "set van 4")."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens

COVERS = [("L13", "Чохли на сидіння MW Brothers Classic Renault Logan (2013-) тканина, чорні"),
          ("T14", "Чохли на передні сидіння Nika Ford Transit (2014-) 1+2, екошкіра, чорні"),
          ("A17", "Чохли на сидіння Nika Hyundai Accent (2017-) екошкіра, чорні"),
          ("O7", "Чохли на сидіння Nika Skoda Octavia A7 (2013-2020) екошкіра, чорні, задня спинка 40/60")]


def test_years_of_make_that_do_not_meet_are_another_generation():
    got = match_apart(COVERS, ["Чехлы на сиденья Рено Логан (Renault Logan) 2004-2012 ткань черные MW Brothers Classic",
                               "ЧОХЛИ ПЕРЕДН. СИД. FORD TRANSIT 2006-2013 1+2 ЕКОШКІРА ЧОРН.",
                               "ЧОХЛИ СИД. HYUNDAI ACCENT 2011-2017 ЕКОШКІРА ЧОРН.",
                               "ЧОХЛИ СИД. SKODA OCTAVIA A5 2004-2013 ЕКОШКІРА ЧОРН. СПИНКА 40/60",
                               "ЧОХЛИ СИД. SKODA OCTAVIA A7 2013-2020 ЕКОШКІРА ЧОРН. СПИНКА 40/60"])
    for row in range(4):
        assert got.loc[row, "match_status"] != "auto", got.loc[row, "match_reason"]
    assert "years 2004-2012 vs 2013" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert "years 2011-2017 vs 2017" in got.loc[2, "match_reason"], got.loc[2, "match_reason"]
    assert _verdict(got, 4) == ("O7", "auto"), got.loc[4, "match_reason"]


def test_a_year_with_its_plus_is_the_year_models_begin():
    assert "plus" not in name_tokens("Авточохли Nika Renault Duster 2018+ екошкіра чорні з сірою ниткою")
    assert "plus" not in name_tokens("Килимки Tesla Model 3 (2017+)")
    assert "plus" in name_tokens("Michelin Primacy 4+ 205/55 R16 91V")
    got = match_apart([("D18", "Чохли на сидіння Nika Renault Duster (2018-) екошкіра, чорні з сірою ниткою"),
                       ("D10", "Чохли на сидіння Nika Renault Duster (2010-2017) екошкіра, чорні з сірою ниткою")],
                      ["Авточохли Nika Renault Duster 2018+ екошкіра чорні з сірою ниткою"])
    assert _verdict(got, 0) == ("D18", "auto"), got.loc[0, "match_reason"]


def test_a_blue_thread_is_blue():
    from pricesync.match.reading.names import analyse

    name = "Чохли на сидіння Автопілот ВАЗ 2107 екошкіра, чорні з синьою ниткою"
    assert analyse([name])[name].attrs.words["colour"] == {"black", "blue"}


PERFUMES = [("SE", "Dior Sauvage парфюмерная вода 100 мл"),
            ("ST", "Dior Sauvage туалетная вода 100 мл"),
            ("ER", "Versace Eros парфюмерная вода 100 мл"),
            ("EF", "Versace Eros Pour Femme парфюмерная вода 100 мл"),
            ("CM", "Chanel Coco Mademoiselle парфюмерная вода 50 мл")]


def test_a_wholesalers_gender_letter_is_no_version_of_the_line():
    got = match_apart(PERFUMES, ["DIOR SAUVAGE M EDP 100ML", "VERSACE EROS POUR FEMME W EDP 100ML",
                                 "CHANEL COCO MADEMOISELLE W EDP 50ML", "DIOR SAUVAGE M EDT 100ML TESTER"])
    assert _verdict(got, 0) == ("SE", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("EF", "auto"), got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("CM", "auto"), got.loc[2, "match_reason"]
    assert got.loc[3, "match_status"] != "auto"


def test_kazakh_concentrations_and_genders():
    got = match_apart(PERFUMES, ["Dior Sauvage парфюмерлік су ерлерге арналған 100 мл",
                                 "Dior Sauvage иіссу ерлерге 100 мл",
                                 "Versace Eros ерлерге арналған иіссу 100 мл тестер"])
    assert _verdict(got, 0) == ("SE", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("ST", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto"


TYRES = [("P4", "Michelin Primacy 4+ 205/55 R16 91V zomerband"),
         ("CC", "Michelin CrossClimate 2 205/55 R16 91V all-season band"),
         ("A7", "Michelin Alpin 7 205/55 R16 91H winterband")]


def test_dutch_seasons_used_tyres_rims_and_sets():
    from pricesync.match.reading.names import analyse

    names = ["Vredestein Quatrac 205/55 R16 91V - Vierseizoenenband", "2055516 91V MICHELIN PRIMACY 4+ ZOMER",
             "Michelin CrossClimate 2 - 205/55 R16 91V - All-seasonband"]
    read = analyse(names)
    assert read[names[0]].attrs.words["season"] == {"allseason"}
    assert read[names[1]].attrs.words["season"] == {"summer"}
    assert read[names[2]].attrs.words["season"] == {"allseason"}
    got = match_apart(TYRES, ["4x Michelin Primacy 4+ 205/55 R16 91V zomerbanden, 6 mm profiel, gebruikt",
                              "Michelin CrossClimate 2 205/55 R16 91V op velg 16 inch Volkswagen Golf",
                              "Michelin Alpin 7 - 205/55 R16 91H - Winterband - set van 4",
                              "Michelin CrossClimate 2 - 205/55 R16 91V - All-seasonband"])
    for row in range(3):
        assert got.loc[row, "match_status"] != "auto", got.loc[row, "match_reason"]
    assert "condition used" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert "package mounted" in got.loc[1, "match_reason"], got.loc[1, "match_reason"]
    assert "pack 4pcs" in got.loc[2, "match_reason"], got.loc[2, "match_reason"]
    assert _verdict(got, 3) == ("CC", "auto"), got.loc[3, "match_reason"]
