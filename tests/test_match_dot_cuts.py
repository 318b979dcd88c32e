"""A word a price list cuts short with a full stop ("MAYB.", "CZUJ. CIŚN. PAL.", "ОЛИВА ТРАНСМ.") is the one word
of the catalog it begins, and scores as that word; a cut that begins two catalog words, a word the catalog writes
itself, or one the word files read (a position's "ПЕР.") stays as written."""
from __future__ import annotations

from pricesync.match import match_offers
from pricesync.match.config import MatchingConfig
from pricesync.match.reading import words
from pricesync.match.reading.catalog_words import DotCuts
from conftest import load_script
from tests.test_match_domains import auto_verdict as _verdict

SENSORS = [("CP", "Czujnik ciśnienia paliwa Bosch 0281006053"),
           ("RP", "Regulator ciśnienia paliwa Bosch 0280160560"),
           ("WT", "Wtryskiwacz Bosch 0445110250"),
           ("PP", "Pompa paliwa Bosch 0580254044"),
           ("CT", "Czujnik temperatury cieczy Bosch 0280130026")]


def _cuts(catalog, offers):
    return DotCuts([n for _, n in catalog], offers, words.active().every_word)


def test_a_cut_is_the_one_catalog_word_it_begins():
    cuts = _cuts(SENSORS, ["CZUJ. CIŚN. PAL. BOS 0281006053"])
    assert cuts.spell("CZUJ. CIŚN. PAL. BOS 0281006053").split() == ["czujnik", "ciśnienia", "paliwa", "BOS",
                                                                    "0281006053"]


def test_a_cut_of_two_words_or_the_catalogs_own_word_stays():
    catalog = [("A", "Profil aluminiowy 2 m"), ("B", "Klej profesjonalny 1 kg"), ("C", "Taśma izol. 10 m")]
    cuts = _cuts(catalog, ["PROF. ALUM. 2M", "TAŚMA IZOL. 10M"])
    assert cuts.spell("PROF. ALUM. 2M") == "PROF. aluminiowy  2M"  # "prof" begins two words, "alum" one
    assert cuts.spell("TAŚMA IZOL. 10M") == "TAŚMA IZOL. 10M"      # the catalog writes "izol." itself


def test_cut_words_let_the_part_number_speak():
    # The shop's whole list (samples/matching/domains_dev48): cut to their first letters, the words were too unlike
    # the item's for the part number the name writes to settle it.
    offers, catalog, _ = load_script("bench/bench_match.py").load_domain("fuelparts_pl", "dev48")
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    rows = {name: i for i, name in enumerate(offers["name"])}
    found = [_verdict(got, rows[n]) for n in ("CZUJ. CIŚN. PAL. BOS 0281006053", "REG. CIŚN. PAL. BOS 0280160560")]
    assert found == [("FP-32", "auto"), ("FP-36", "auto")]
