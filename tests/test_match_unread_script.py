"""An offer writing words in a script none of the word files writes (Georgian, Armenian, Hebrew, Korean...)
may say "used", "a set of four" or "on rims" in them: its automatic match goes to review, the reason naming
the words; the same offer without them, or with the catalog's own words of that script, is matched as before."""
from __future__ import annotations

from pricesync.match.reading import words
from tests.test_match_domains import auto_verdict as _verdict, match_apart

TYRES = [("PR4", "Michelin Primacy 4+ 205/55 R16 91V"),
         ("AL6", "Michelin Alpin 6 205/55 R16 91H"),
         ("CC2", "Michelin CrossClimate 2 205/55 R16 91H")]


def test_the_word_files_read_the_scripts_their_words_are_written_in():
    scripts = words.active().scripts
    assert {"LATIN", "CYRILLIC"} <= scripts
    assert "GEORGIAN" not in scripts and "HANGUL" not in scripts


def test_words_of_an_unread_script_send_a_name_match_to_review():
    # "მეორადი" is Georgian for "used": nothing here can read it.
    got = match_apart(TYRES, ["Michelin Primacy 4+ 205/55 R16 91V მეორადი",
                              "Michelin Primacy 4+ 205/55 R16 91V"])
    assert got.loc[0, "match_status"] == "review", got.loc[0, "match_reason"]
    assert "in a script no word file reads" in got.loc[0, "match_reason"]
    assert "მეორადი" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("PR4", "auto"), got.loc[1, "match_reason"]


def test_a_modifier_apostrophe_is_no_script_of_its_own():
    # Ukrainian writes its apostrophe as the modifier letter U+02BC ("мʼякий"): a letter of no script.
    got = match_apart([("MK", "Крем для рук Ніжний 50 мл"), ("MV", "Крем для рук Вершковий 50 мл")],
                      ["Ніжний крем для рук 50 мл, мʼякий"])
    assert _verdict(got, 0) == ("MK", "auto"), got.loc[0, "match_reason"]


def test_the_catalogs_own_words_of_that_script_are_read():
    catalog = [(sku, f"{name} საბურავი") for sku, name in TYRES]  # the shop writes "tyre" in Georgian
    got = match_apart(catalog, ["საბურავი Michelin Primacy 4+ 205/55 R16 91V"])
    assert _verdict(got, 0) == ("PR4", "auto"), got.loc[0, "match_reason"]
