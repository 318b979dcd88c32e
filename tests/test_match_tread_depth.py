"""A tyre's name that writes millimetres beside its size says the tread left on it: a used tyre,
whatever word of whatever language says "used" (or none does). Its automatic match goes to review;
the same offer without the millimetres is matched as before, and a catalog of used tyres stating
their tread is matched by it."""
from __future__ import annotations

from pricesync.match.reading.names import analyse
from tests.test_match_domains import auto_verdict as _verdict, match_apart

TYRES = [("PR4", "Michelin Primacy 4+ 205/55 R16 91V"),
         ("AL6", "Michelin Alpin 6 205/55 R16 91H"),
         ("CC2", "Michelin CrossClimate 2 205/55 R16 91H")]


def _condition(text: str) -> frozenset[str]:
    return analyse([text])[text].attrs.words.get("condition", frozenset())


def test_millimetres_beside_a_tyre_size_read_as_a_worn_tyre():
    assert "worn" in _condition("Michelin Primacy 4+ 205/55 R16 91V 6mm")
    assert "worn" in _condition("Шина Michelin Primacy 4+ 205/55R16 остаток 7 мм")
    # No tyre size, no tread: a bicycle tube's valve, a wiper's length.
    assert "worn" not in _condition("Continental Race 28 Fahrradschlauch Presta 42 mm")
    assert "worn" not in _condition("Bosch Aerotwin 600 mm")


def test_a_tread_depth_in_an_unread_word_sends_the_match_to_review():
    # "zużyte" spelled as no word file has it, before the brand: only the tread depth says the tyre is used.
    got = match_apart(TYRES, ["zuzhyte Michelin Primacy 4+ 205/55 R16 91V 6mm",
                              "zuzhyte Michelin Primacy 4+ 205/55 R16 91V"])
    assert got.loc[0, "match_status"] == "review", got.loc[0, "match_reason"]
    assert "worn" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("PR4", "auto"), got.loc[1, "match_reason"]


def test_a_catalog_of_worn_tyres_matches_its_own_depth():
    catalog = [(sku, f"{name} 6mm") for sku, name in TYRES]
    got = match_apart(catalog, ["Michelin Primacy 4+ 205/55 R16 91V 6 mm"])
    assert _verdict(got, 0) == ("PR4", "auto"), got.loc[0, "match_reason"]
