"""A short line names its brand column's maker by a word the maker's name begins with ("... 91T HANK" under HANKOOK,
"TIG", "PIR") or by its first consonants ("HNK"): that word is the brand written out. Not a word joined into a
code ("Бел-95"), nor one the catalog writes or begins another word with (the "Gio" of "Acqua di Gio")."""
from __future__ import annotations

from conftest import load_script
from pricesync.match import match_offers
from pricesync.match.config import MatchingConfig
from pricesync.match.reading.catalog_words import spell_brand_cuts
from tests.test_match_domains import auto_verdict as _verdict


def test_a_cut_or_the_first_consonants_are_the_brand():
    got = spell_brand_cuts(["Hankook Winter i*cept RS3 W462 205/55 R16 91T", "Nokian Hakkapeliitta 10 205/55 R16"],
                           ["205/55R16 W462 91T HNK", "205/55R16 HKPL10 94T XL NOK", "205/55R16 W462 91T"],
                           ["HANKOOK", "NOKIAN", "HANKOOK"])
    assert got == ["205/55R16 W462 91T HANKOOK", "205/55R16 HKPL10 94T XL NOKIAN", "205/55R16 W462 91T"]


def test_a_word_of_a_code_or_of_the_catalogs_names_stays():
    got = spell_brand_cuts(["Белшина Бел-95 16,9R38", "Giorgio Armani Acqua di Gio EDT 100 ml"],
                           ["Шина 16,9R38 Бел-95 141А8 б/к", "ARMANI ACQUA DI GIO EDT 100ML"],
                           ["Белшина", "Giorgio Armani"])
    assert got == ["Шина 16,9R38 Бел-95 141А8 б/к", "ARMANI ACQUA DI GIO EDT 100ML"]


def test_short_lines_of_a_tyre_wholesaler_find_their_tyres():
    # The shop's whole list (samples/matching/domains_dev54): the maker cut to three or four letters was
    # the one word of the line the catalog did not know.
    offers, catalog, _ = load_script("bench/bench_match.py").load_domain("tyres_md", "dev54")
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    rows = {name: i for i, name in enumerate(offers["name"])}
    found = [_verdict(got, rows[n]) for n in ("1956515 W462 91T HANK", "2055516 HP 91V TIG", "1956515 ITEGRO 91V ROS")]
    assert found == [("TM-18", "auto"), ("TM-26", "auto"), ("TM-30", "auto")]
