"""What every name veto asks of the catalog: its shared cuts, whether a word is one the catalog
never uses (a line, a shade, a version it lacks), the catalog's Latin word a Cyrillic one sounds
like. ``RivalVetoes`` and ``LineVetoes`` build on it; ``Vetoes`` is both."""
from __future__ import annotations

import math

from pricesync.match.candidates.catalog_index import CatalogIndex
from pricesync.match.reading.names import Name
from pricesync.match.reading.normalize import CYRILLIC
from pricesync.match.reading.tyre_sizes import is_shared_spec
from pricesync.match.reading.spellings import ABBREVIATION_MIN_LENGTH, abbreviates, consonants, heard_as, sound_key

# Candidates within this many points of the best are checked as possible siblings.
SIBLING_WINDOW = 25
# Two catalog items this alike (0-1) are one family: the words that tell them apart matter.
FAMILY_SIMILARITY = 0.6
# A word of the best's this rare (IDF) that the offer does not say, while the offer says a
# sibling-telling word the best lacks: a variant exchanged for another.
EXCHANGED_WORD_WEIGHT = 1.5
# Latin words of a Russian name rarer than this (IDF) name a product line.
MODEL_WORD_MIN_WEIGHT = 1.5


def glued_of(token: str, tokens) -> bool:
    """``token`` is two of ``tokens`` written as one word ("Biolasur" for "Bio Lasur")."""
    return any(token.startswith(a) and token[len(a):] in tokens for a in tokens if a and a != token)


def same_root(a: str, b: str) -> bool:
    """One word with other endings ("концентрат" / "концентрированный"): the shorter's stem
    (all but its last fifth, at least five letters) begins the longer."""
    short, long_ = sorted((a, b), key=len)
    stem_length = max(5, math.ceil(0.8 * len(short)))
    return short.isalpha() and long_.isalpha() and len(short) >= 6 and long_[:stem_length] == short[:stem_length]


class VetoBase:
    """The catalog the vetoes ask, and the questions all of them put to it."""

    def __init__(self, index: CatalogIndex) -> None:
        self.index = index
        self._latin_by_sound: dict[str, str] | None = None
        self._by_consonants: dict[str, str] | None = None

    def heard_latin(self, token: str) -> str | None:
        """The catalog's Latin word a Cyrillic word sounds like ("стерилайзд": "sterilised"),
        when one word of the catalog sounds so."""
        if self._latin_by_sound is None:
            self._latin_by_sound = heard_as(w for w in self.index.index.vocab if w.isascii() and w.isalpha())
        return self._latin_by_sound.get(sound_key(token)) if CYRILLIC.search(token) else None

    def spelt_out(self, token: str) -> str | None:
        """The catalog's one word a word of no vowel abbreviates ("HKPL": "hakkapeliitta",
        ``spellings.abbreviates``), when one word of the catalog opens so."""
        if self._by_consonants is None:
            by_consonants: dict[str, set[str]] = {}
            for word in self.index.index.vocab:
                if word.isascii() and word.isalpha() and len(word) >= ABBREVIATION_MIN_LENGTH + 3:
                    key = consonants(word)
                    for end in range(ABBREVIATION_MIN_LENGTH, min(len(key), len(word) - 3) + 1):
                        by_consonants.setdefault(key[:end], set()).add(word)
            self._by_consonants = {key: next(iter(ws)) for key, ws in by_consonants.items() if len(ws) == 1}
        word = self._by_consonants.get(token)
        return word if word and abbreviates(token, word) else None

    def unheard_code(self, name: Name, token: str) -> bool:
        """A model code of the offer's that the catalog never uses and few offers say (a line's
        "G3-Ice" where the catalog has its "Ice-Freezer"); not a size, an index or an SPF."""
        return token in name.codes and not is_shared_spec(token) and token.isascii() and self.index.unheard(token)

    def unheard(self, token: str) -> bool:
        """A Latin word of a Russian (mixed-script) offer that the catalog never uses and few
        offers say: a shade, a line or a version the catalog lacks ("Vinyl Ink" for "Matte
        Ink"), not a supplier's boilerplate ("TL", "FR"), which many of its offers repeat."""
        return len(token) >= 3 and token.isascii() and token.isalpha() and self.index.unheard(token)
