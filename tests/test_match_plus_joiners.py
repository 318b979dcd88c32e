"""A "+" the catalog writes between two words of a line's name ("Fit Me Matte + Poreless") joins them as "&" and
"and" do: offers writing the line with "&", "and" or nothing between name it, and an offer's "+" the catalog
writes as a space names the catalog's line. A "+" before a word many names write ("Bath Acid + концентрат") or
between kinds of product ("Shampoo + Conditioner") is still the Plus product or a set."""
from __future__ import annotations

from pricesync.match.reading import words
from pricesync.match.reading.catalog_words import PlusJoiners
from tests.test_match_domains import auto_verdict as _verdict, match_apart

FOUNDATIONS = [("FM120", "Maybelline Fit Me Matte + Poreless 120 Classic Ivory 30 ml"),
               ("FM220", "Maybelline Fit Me Matte + Poreless 220 Natural Beige 30 ml"),
               ("FD120", "Maybelline Fit Me Dewy + Smooth 120 Classic Ivory 30 ml")]


def _and_words():
    return words.active().lists["plus_names"]["and_words"]


def test_the_lines_words_joined_otherwise_name_the_line():
    offers = ["Maybelline Fit Me Matte & Poreless Foundation 120 Classic Ivory 30ml",
              "Maybelline Fit Me Matte and Poreless Liquid Foundation 220 Natural Beige",
              "Maybelline Fit Me Matte Poreless podkład 120 Classic Ivory 30ml"]
    got = match_apart(FOUNDATIONS, offers)
    assert [_verdict(got, i) for i in range(3)] == [("FM120", "auto"), ("FM220", "auto"), ("FM120", "auto")], \
        got["match_reason"].tolist()


def test_an_offers_plus_the_catalog_writes_as_a_space():
    catalog = [(sku, name.replace(" + ", " ")) for sku, name in FOUNDATIONS]
    got = match_apart(catalog, ["Maybelline Fit Me Matte + Poreless 220 Natural Beige 30ml"])
    assert _verdict(got, 0) == ("FM220", "auto"), got.loc[0, "match_reason"]


def test_a_plus_before_a_word_many_names_write_stays_the_plus_product():
    catalog = [("BA5", "Bath Acid + концентрат 1 л"), ("BA", "Bath Acid концентрат 1 л"),
               ("DH", "Duty концентрат 1 л")]
    joiners = PlusJoiners([n for _, n in catalog], ["Bath Acid концентрат 1 л"], _and_words())
    assert joiners.spell("Bath Acid концентрат 1 л") == "Bath Acid концентрат 1 л"
    got = match_apart(catalog, ["Bath Acid концентрат 1 л", "Bath Acid+ концентрат 1 л"])
    assert [_verdict(got, 0), _verdict(got, 1)] == [("BA", "auto"), ("BA5", "auto")], got["match_reason"].tolist()


def test_kinds_of_product_joined_are_a_set():
    joiners = PlusJoiners(["Nivea Men Shampoo + Shower Gel Gift"], [], _and_words())
    assert joiners.spell("Nivea Men Shampoo & Shower Gel") == "Nivea Men Shampoo & Shower Gel"
    joiners = PlusJoiners(["Nivea Sun Schutz+Pflege Sonnenspray 200 ml"], [], _and_words())
    assert joiners.spell("Nivea Sun Schutz & Pflege Sonnenspray") == "Nivea Sun Schutz + Pflege Sonnenspray"
