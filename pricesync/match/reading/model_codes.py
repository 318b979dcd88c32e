"""Model codes compared: one model in another spelling (``KDL-46V5100`` = ``KDL46V5100``,
``RXV663`` = ``RXV663BL``, ``DSC-W150`` in blue = ``DSCW150L``) or another model of the family
(``A12`` vs ``A12S``, ``DF333DWYE`` vs ``DF333DWAE``, "nüvi 760" vs ``660T``)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pricesync.match.reading.tyre_sizes import is_tyre_index
from pricesync.match.reading.words import COLOUR_LETTERS, COLOUR_SUFFIXES, NOT_MODELS, VARIANT_WORDS, on_change

if TYPE_CHECKING:
    from pricesync.match.reading.attributes import Attributes

# Tokens with digits that name a platform, a format or a licence size, not a product; counts
# ("5users", "2pack"). Their words are in the data files ([not_models], [counted]).
_NOT_MODELS = NOT_MODELS
_COUNTED = re.compile(r"(?!x)x")


def _compile(words) -> None:
    global _COUNTED
    counted = sorted((re.escape(w) for w in words.lists["counted"]["words"]), key=len, reverse=True)
    _COUNTED = re.compile(r"^\d+(?:" + ("|".join(counted) or r"(?!x)x") + r")$")


on_change(_compile)


@lru_cache(maxsize=200_000)
def is_strong_code(code: str) -> bool:
    """A code distinctive enough to identify a product by itself when two names share it:
    ``kdl46v5100``, ``cd28esk9``, ``df333dwye`` — not ``a12`` (a family), ``3user`` or ``win32``."""
    if len(code) < 5 or code in _NOT_MODELS or _COUNTED.match(code):
        return False
    digits = sum(map(str.isdigit, code))
    return digits >= 2 and (digits < len(code) or len(code) >= 6)


def code_clash(offer_codes: frozenset[str], cand_codes: frozenset[str],
               said: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """An offer code that the candidate lacks while it has a close relative of it
    (``a12`` vs ``a12s``, ``df333dwye`` vs ``df333dwae``, ``0081`` vs ``0085``)."""
    if not offer_codes or not cand_codes:
        return None
    for a in sorted(offer_codes - cand_codes):
        for b in sorted(cand_codes - offer_codes):
            if _related(a, b, said) and not same_model(a, b, said):
                return a, b
    return None


def code_exchange(offer_codes: frozenset[str], name_codes: frozenset[str],
                  all_codes: frozenset[str], said: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """A model code in the offer's name and another in the item's name, neither in the
    other: "Galaxy S11" is not the "Galaxy S10", "C382" not the "S593". Only codes mixing
    letters and digits count (a bare number may be a dealer's own id); the item's code
    columns (its articles) only excuse, as they are not written in names."""
    mine = sorted(c for c in offer_codes - all_codes
                  if _mixed(c) and not any(same_model(c, k, said) for k in all_codes))
    theirs = sorted(c for c in name_codes - offer_codes
                    if _mixed(c) and not any(same_model(c, k, said) for k in offer_codes))
    for a in mine:
        for b in theirs:
            # a tyre's load index is not exchanged for a line's code the other name writes apart and
            # leaves its index out beside ("315/80-22.5 NF201" for "Кама NF 201 156/150L"); a number
            # beginning another code may be an index not read so ("117/114S" after "LT265/70R16")
            if not same_model(a, b, said) and not _index_for_line_code(a, b):
                return a, b
    return None


def _index_for_line_code(a: str, b: str) -> bool:
    """One code a tyre's load index, the other a code opening with a letter ("nf201", "me888")."""
    if is_tyre_index(a) == is_tyre_index(b):
        return False
    other = b if is_tyre_index(a) else a
    return other[:1].isalpha()


def joined_number_exchange(offer_codes: frozenset[str], name_codes: frozenset[str],
                           all_codes: frozenset[str]) -> tuple[str, str] | None:
    """A number written with joiners in the offer's name and another in the item's, neither in the
    other: a shade's or a part's number ("8-00" is not the "8-0", "6/07" not the "6/0", "7-1" not the
    "6-0"). A code of digits only and at most four is one written with joiners (a bare number is a
    code from five digits on, and then may be a dealer's own id, as ``code_exchange`` says)."""
    mine = sorted(c for c in offer_codes - all_codes if c.isdigit() and len(c) <= 4)
    theirs = sorted(c for c in name_codes - offer_codes if c.isdigit() and len(c) <= 4)
    return (mine[0], theirs[0]) if mine and theirs else None


def number_exchange(offer: "Attributes", item: "Attributes") -> tuple[str, str] | None:
    """A model said as a bare number against another in the item's code: "nüvi 760" is not
    the "nüvi 660T"."""
    if any(is_strong_code(c) for c in offer.codes):
        return None  # the offer names its model by code ("N9117FN#140" is not model 140)
    for n in sorted(offer.numbers):
        if len(n) < 3 or "." in n or n in item.numbers or any(n in c for c in item.codes):
            continue
        for c in sorted(item.codes):
            lead = _LEADING_NUMBER.match(c)
            if lead and len(lead.group(1)) == len(n) and _mixed(c):
                return n, c
    return None


_LEADING_NUMBER = re.compile(r"^(\d{3,})[a-z]")


def number_extended(offer: "Attributes", item: "Attributes") -> tuple[str, str] | None:
    """A number one name writes bare and the other with more digits after a slash or a
    dash, read as one code: "OP 526/1" is not the "OP 526", "W 610" not the "W 610/3". A
    suffix has one or two digits ("950,000" is another number than 950 extended)."""
    for mine, theirs, flip in ((offer, item, False), (item, offer, True)):
        for n in sorted(mine.numbers):
            if len(n) < 3 or not n.isdigit() or n in theirs.numbers:
                continue
            for c in sorted(theirs.codes - mine.codes):
                if c.isdigit() and 0 < len(c) - len(n) <= 2 and c.startswith(n):
                    return (c, n) if flip else (n, c)
    return None


def _mixed(code: str) -> bool:
    """A model-like code: letters and digits, starting with a letter ("s10", "c382") or
    long ("42lg60"); not "8mp", "3user" or "win32"."""
    digits = sum(ch.isdigit() for ch in code)
    return 0 < digits < len(code) and (code[0].isalpha() or (digits >= 2 and len(code) >= 4)) \
        and not _COUNTED.match(code) and code not in _NOT_MODELS


def said_suffixes(*names: "Attributes") -> frozenset[str]:
    """What a code's last letters may spell that the names say in words: a colour's letters
    (DSC-W150/L and "Blue"), a capacity (Kingston SD4/32GB and "32GB")."""
    out: set[str] = set()
    for attrs in names:
        for colour in attrs.words.get("colour", ()):
            out |= COLOUR_LETTERS.get(colour, set())
        for unit, values in attrs.units.items():
            out.update(v + unit for v in values)
    return frozenset(out)


_COLOUR_SUFFIXES = COLOUR_SUFFIXES


def colourless_code(code: str) -> str:
    """``code`` without two or more last letters that spell a colour, when what is left is
    a full model code ("p163bk" -> "p163"; not "a12s", whose S is the model)."""
    return base_code(code, _COLOUR_SUFFIXES, min_length=4)


def spells_colour(code: str, colours) -> bool:
    """The code's last letters spell one of ``colours`` (AM53BK, "black")."""
    return any(code.endswith(letters) for colour in colours for letters in COLOUR_LETTERS.get(colour, ())
               if letters in _COLOUR_SUFFIXES)


# A model code whose last letters may be a colour: "kxtg6331t", "dscw150s".
_LETTERED = re.compile(r"^[a-z]*\d+[a-z]{2,}\d+[a-z]{1,2}$|^[a-z]{2,}\d{3,}[a-z]{1,2}$")


def may_spell_colour(code: str) -> bool:
    return bool(_LETTERED.match(code))


def colour_code_tells(offer: "Attributes", ours: str, theirs: str) -> bool:
    """The offer's colour is spelled by the last letters of ``ours`` and not of ``theirs``."""
    letters = said_suffixes(offer)
    return bool(letters) and base_code(ours, letters) != ours and base_code(theirs, letters) == theirs


def base_code(code: str, said: frozenset[str], *, min_length: int = 5) -> str:
    """``code`` without a suffix it shares with ``said`` ("mdrxb450pnk" -> "mdrxb450")."""
    for n in (4, 3, 2, 1):
        if len(code) - n >= min_length and code[-n:] in said and sum(ch.isdigit() for ch in code[:-n]) >= 2:
            return code[:-n]
    return code


def same_model(a: str, b: str, said: frozenset[str] = frozenset()) -> bool:
    """``RXV663`` and ``RXV663BL``: one model, the longer with a colour or market suffix;
    ``P46G10`` in "TC P46G10" and ``TCP46G10``, the series letters written apart; ``DSCW150``
    and ``DSCW150L`` when a name says the colour blue (``said``, see ``said_suffixes``)."""
    if said and base_code(a, said) == base_code(b, said):
        return True
    if a[:2] == "li" == b[:2] and _single_of_dual(a, b):
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    at = long_.rfind(short)
    if at < 0:
        return False
    if at:
        prefix = long_[:at]
        # "VIERA G10 Series" names the end of TC-P58G10: a lettered series code that ends the full one.
        series = short[0].isalpha() and not short.isalpha() and not short.isdigit() and (
            at + len(short) == len(long_) or len(short) >= 5 and long_[at + len(short):].isalpha())
        # "DSC W150", "JBL Go2": the maker's letters written apart.
        spaced = prefix.isalpha() and len(prefix) <= 4 and len(short) >= 3 and short[0].isalpha() \
            and not short.isalpha() or prefix.isalpha() and len(prefix) <= 4 and len(short) >= 4 \
            and sum(ch.isdigit() for ch in short) >= 2
        if not series and not spaced:
            return False
        long_ = long_[at:]
    return long_ == short or not _related(short, long_, said)


_INDEX_PARTS = re.compile(r"^li(\d{2,6})([a-z]{1,2})$")


@lru_cache(maxsize=50_000)
def _single_of_dual(a: str, b: str) -> bool:
    """A light truck's or van's load index written single where the other name writes the pair (``121S``
    for ``121/118S``, ``109T`` for ``109/107T``): the single-tyre load of the pair and its speed, one index."""
    ma, mb = _INDEX_PARTS.match(a), _INDEX_PARTS.match(b)
    if not ma or not mb or ma.group(2) != mb.group(2):
        return False
    short, long_ = sorted((ma.group(1), mb.group(1)), key=len)
    return len(short) <= 3 < len(long_) and long_.startswith(short) and 2 <= len(long_) - len(short) <= 3 \
        and int(long_[len(short):]) <= int(short)


def _related(a: str, b: str, said: frozenset[str] = frozenset()) -> bool:
    """Two codes of one family that name different products. A longer code that only adds
    letters to a model code is the same model in a colour or for a market (``RXV663`` /
    ``RXV663BL``, ``UE55DU7100`` / ``UE55DU7100UXUA``), as is one adding what the names say
    (``SD4`` / ``SD432GB`` with "32GB"); one more letter or digit is another model (``A12`` /
    ``A12S``, ``KDL46V5100`` / ``KDL46V51001``)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if long_.startswith(short):
        suffix = long_[len(short):]
        digits = sum(ch.isdigit() for ch in short)
        model = short[-1].isdigit() and digits and not short.isdigit()
        same_model = (suffix in said and len(short) >= 3 and digits
                      or model and len(short) >= 3 and len(suffix) >= 2 and suffix.isalpha()
                      and suffix not in VARIANT_WORDS
                      # A market suffix after a full code: QN55Q80C + AFXZA.
                      or len(suffix) >= 3 and suffix.isalpha() and len(short) >= 6 and digits >= 3
                      and suffix not in VARIANT_WORDS
                      # A region's two letters after a long code: WW70AGAS21AE + LD ("/LD").
                      or len(suffix) == 2 and suffix.isalpha() and len(short) >= 10 and digits >= 3
                      and suffix not in VARIANT_WORDS
                      # ("KX-TG933x Series": an x stands for any last digit.)
                      or suffix == "x" and model and len(short) >= 5)
        return not same_model
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    if n < 3:
        return False
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.normalized_similarity(a, b) >= 0.6
