"""An Italian tyre shop, a Romanian drugstore's cosmetics and a Czech auto-parts shop (samples/matching/domains_dev49):
an Italian tyre's season ("Estivo", "Invernale", "4 Stagioni", "quattro stagioni", "per Tutte le Stagioni") is
read as the season every other language's is, and its used ("usate") and retreaded ("ricostruito") tyre as a
condition; a Romanian kind of product ("Loțiune de protecție solară") is a lotion, not the line's sun spray."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens


def test_italian_seasons_are_seasons():
    assert "season:allseason" in name_tokens("Michelin CrossClimate 2 205/55 R16 91H 4 Stagioni")
    assert "season:allseason" in name_tokens("Goodyear Vector 4Seasons Gen-3 - Pneumatico Quattro Stagioni")
    assert "season:allseason" in name_tokens("Continental AllSeasonContact 2 - Pneumatico per Tutte le Stagioni")
    assert "season:summer" in name_tokens("Michelin Primacy 4+ 205/55 R16 91V - Pneumatico Estivo")
    assert "season:winter" in name_tokens("Pirelli Winter Sottozero 3 225/45 R17 94V XL Invernale")


ALL_SEASON = [("CC2", "Michelin CrossClimate 2 205/55 R16 91H 4 Stagioni"),
              ("ALP", "Michelin Alpin 6 205/55 R16 91H Invernale"),
              ("SOL", "Kumho Solus 4S HA32 205/55 R16 91V 4 Stagioni")]


def test_an_all_season_tyre_in_another_language_meets_the_items_4_stagioni():
    got = match_apart(ALL_SEASON, ["Celoletna pnevmatika Michelin CrossClimate 2 205/55R16 91H",
                                   "Michelin CrossClimate 2 205/55R16 91H all season tyre"])
    assert _verdict(got, 0) == ("CC2", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("CC2", "auto"), got.loc[1, "match_reason"]


def test_used_italian_tyres_are_not_the_new_one():
    got = match_apart(ALL_SEASON, ["Kumho Solus 4S HA32 205/55 R16 91V 4 stagioni usate 6mm",
                                   "Pneumatico ricostruito Michelin Alpin 6 205/55 R16 91H invernale"])
    assert got.loc[0, "match_status"] != "auto"
    assert "used" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto"


SUN = [("SL", "Nivea Sun Protect & Moisture Loțiune de protecție solară SPF 30 200 ml"),
       ("EF", "La Roche-Posay Anthelios UVMune 400 Fluid invizibil SPF 50+ 50 ml")]


def test_a_sun_spray_is_not_the_items_romanian_lotion():
    got = match_apart(SUN, ["Nivea Sun Protect & Moisture Sun Spray SPF 30 200 ml",
                            "Nivea Sun Protect & Moisture Sun Lotion SPF 30 200 ml"])
    assert got.loc[0, "match_status"] != "auto"
    assert "type" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("SL", "auto"), got.loc[1, "match_reason"]
