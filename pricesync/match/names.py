"""Every distinct name analysed once: tokens, text for rapidfuzz, codes, attributes.

Names are normalised in two passes over catalog and offers together: the first finds the
words people write unglued, the second uses them to split glued ones
(``средстводляснятияобоев``) before stop words go and endings are stripped.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pricesync.match.attributes import Attributes, extract
from pricesync.match.normalize import STOP_WORDS, Segmenter, raw_tokens, stem
from pricesync.match.units import UNIT_TOKEN

_LETTERS = re.compile(r"[^\W\d_]")
_DIGITS = re.compile(r"\d")
_SHORT_LATIN = re.compile(r"^[a-z]{1,4}$")


@dataclass(frozen=True, slots=True)
class Name:
    text: str                  # normalised tokens joined by spaces (what rapidfuzz compares)
    tokens: tuple[str, ...]
    codes: frozenset[str]      # model codes in the name, e.g. {"kdl46v5100"}
    lookup_codes: frozenset[str]  # codes plus spaced spellings joined ("sm a556b" -> "sma556b")
    attrs: Attributes


EMPTY = Name("", (), frozenset(), frozenset(), extract((), frozenset()))


def is_code(token: str, joined: set[str]) -> bool:
    """A model code: letters and digits mixed (``a12``, ``46v5100``, ``cs3``), a number written
    with joiners (``008-1``), or a long number (``10123``); never a measurement."""
    if token in joined:
        return True
    if UNIT_TOKEN.match(token) or not _DIGITS.search(token):
        return False
    if not _LETTERS.search(token):
        return len(token) >= 5 and token.isdigit()
    if len(token) >= 3:
        return True
    return len(token) == 2 and token[0].isalpha()


def analyse(strings: list[str]) -> dict[str, Name]:
    """Name of every distinct string in ``strings``."""
    distinct = list(dict.fromkeys(s for s in strings if isinstance(s, str)))
    raw = [raw_tokens(s) for s in distinct]
    counts: Counter[str] = Counter()
    for toks, _ in raw:
        counts.update(set(toks))
    segmenter = Segmenter(counts)
    out: dict[str, Name] = {}
    for s, (toks, joined) in zip(distinct, raw):
        out[s] = _name(toks, joined, segmenter)
    return out


def _name(toks: list[str], joined: set[str], segmenter: Segmenter) -> Name:
    words: list[str] = []
    for tok in toks:
        parts = segmenter.split(tok) if len(tok) >= Segmenter.MIN_LENGTH else None
        words.extend(parts or (tok,))
    codes = {t for t in words if is_code(t, joined)}
    lookup = set(codes)
    for a, b in zip(words, words[1:]):
        if _SHORT_LATIN.match(a) and b in codes and not b.isdigit():
            lookup.add(a + b)
    tokens = tuple(stem(w) for w in words if w not in STOP_WORDS)
    frozen = frozenset(codes)
    return Name(" ".join(tokens), tokens, frozen, frozenset(lookup), extract(tokens, frozen, words))
