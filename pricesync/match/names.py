"""Every distinct name analysed once: tokens, text for rapidfuzz, codes, attributes.

Names are normalised in two passes over catalog and offers together: the first finds the
words people write unglued, the second uses them to split glued ones
(``средстводляснятияобоев``) before stop words go and endings are stripped.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from pricesync.match.attributes import Attributes, extract, word_attributes
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
    mixed_script: bool = False  # Cyrillic words with Latin ones: "Средство Multipower 1 л"


EMPTY = Name("", (), frozenset(), frozenset(), extract((), frozenset()))
_CYRILLIC = re.compile(r"[а-яіїєґ]")


def is_code(token: str, joined: set[str]) -> bool:
    """A model code: letters and digits mixed (``a12``, ``46v5100``, ``cs3``), a number written
    with joiners (``008-1``), or a long number (``10123``); never a measurement."""
    return token in joined or _looks_like_code(token)


@lru_cache(maxsize=200_000)
def _looks_like_code(token: str) -> bool:
    if UNIT_TOKEN.match(token) or not _DIGITS.search(token):
        return False
    if not _LETTERS.search(token):
        return len(token) >= 5 and token.isdigit()
    if len(token) >= 3:
        return True
    return len(token) == 2 and token[0].isalpha()


# Tokens with digits that name a platform, a format or a licence size, not a product.
_NOT_MODELS = frozenset("win32 win64 x86 x64 mp3 mp4 h264 h265 ddr3 ddr4 ddr5 usb2 usb3 hdmi2 wifi6 3d 4k 8k "
                        "5g 4g 3g 2g".split())
_COUNTED = re.compile(r"^\d+(?:users?|pack|pk|years?|yrs?|ports?|seats?|nodes?|clients?|licen[cs]es?|disc|discs|cds?|"
                      r"dvds?|x|in1)$")


def is_strong_code(code: str) -> bool:
    """A code distinctive enough to identify a product by itself when two names share it:
    ``kdl46v5100``, ``cd28esk9``, ``df333dwye`` — not ``a12`` (a family), ``3user`` or ``win32``."""
    if len(code) < 5 or code in _NOT_MODELS or _COUNTED.match(code):
        return False
    digits = sum(ch.isdigit() for ch in code)
    return digits >= 2 and (digits < len(code) or len(code) >= 6)


@lru_cache(maxsize=200_000)
def _token(word: str) -> str:
    """A word as compared: colours and platforms by their meaning ("Gray" = "серый" ->
    ``colour:grey``), other words by their stem."""
    got = word_attributes(word)
    return f"{got[0]}:{got[1]}" if got else stem(word)


def analyse(strings: list[str], *, workers: int = 1) -> dict[str, Name]:
    """Name of every distinct string in ``strings``."""
    from pricesync.match.parallel import parallel_map

    distinct = list(dict.fromkeys(s for s in strings if isinstance(s, str)))
    raw = parallel_map(raw_tokens, distinct, workers)
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
        # "SM A556B" = "SM-A556B", "SD1100 IS" = "SD1100IS".
        if (_SHORT_LATIN.match(a) and b in codes and not b.isdigit()) or (a in codes and _SHORT_LATIN.match(b)):
            lookup.add(a + b)
    tokens = tuple(_token(w) for w in words if w not in STOP_WORDS)
    frozen = frozenset(codes)
    mixed = any(_CYRILLIC.match(t) for t in tokens) and any(t.isascii() and t.isalpha() for t in tokens)
    return Name(" ".join(tokens), tokens, frozen, frozenset(lookup), extract(tokens, frozen, words), mixed)
