"""How a product code, a Cyrillic word in Latin letters and a word as heard compare: ``code_key``
(``KDL-46V5100`` = ``kdl46v5100``, Cyrillic look-alikes folded), ``translit`` (``Просепт`` =
``prosept``), ``sound_key`` (``стерилайзд`` = ``sterilised``)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pricesync.match.reading.normalize import CYRILLIC, PART_SUFFIX, fold_cyrillic_lookalikes

_NOT_ALNUM = re.compile(r"[\W_]+")


def code_keys(value: object) -> tuple[str, ...]:
    """``code_key`` of a part number, and of its model code without a retailer suffix."""
    key = code_key(value)
    base = PART_SUFFIX.sub("", str(value).strip()) if value is not None else ""
    base_key = code_key(base)
    return (key, base_key) if base_key != key and len(base_key) >= 5 else (key,)


def code_key(value: object) -> str:
    """A product code as compared: ``KDL-46V5100`` = ``kdl46v5100``, ``SМ-А556В`` (Cyrillic
    look-alikes) = ``sma556b``, ``HD9350/90`` = ``hd935090``."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).lower().replace("ё", "е")
    return _NOT_ALNUM.sub("", fold_cyrillic_lookalikes(text))


# Cyrillic to Latin as brands are usually spelled ("Просепт" = "Prosept", "цитрус" = "citrus").
_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya", "і": "i", "ї": "i", "є": "e", "ґ": "g",
}
_TRANSLIT_TABLE = str.maketrans(_TRANSLIT)


def translit(word: str) -> str:
    return word.translate(_TRANSLIT_TABLE) if CYRILLIC.search(word) else word


# A Latin word written in Cyrillic as it sounds ("стерилайзд" = "sterilised", "эдалт" = "adult",
# "юринари" = "urinary", "индор" = "indoor"): both words to their consonants, as heard.
_SOUNDS = (("sch", "sh"), ("yu", "u"), ("ya", "a"), ("ck", "k"), ("ph", "f"), ("th", "t"), ("x", "ks"), ("c", "k"),
           ("q", "k"), ("w", "v"), ("z", "s"), ("h", ""))
_VOWELS = re.compile(r"[aeiouy]")
_REPEATED = re.compile(r"(.)\1+")
SOUND_MIN_LENGTH = 4  # consonants heard alike before a Cyrillic and a Latin word are one ("корм" is no "cream")


@lru_cache(maxsize=500_000)
def sound_key(word: str) -> str:
    """``стерилайзд`` and ``sterilised`` -> ``strlsd``; a first vowel is kept as ``a``."""
    word = translit(word)
    for written, heard in _SOUNDS:
        word = word.replace(written, heard)
    if not word:
        return ""
    first = "a" if _VOWELS.match(word) else word[0]
    return _REPEATED.sub(r"\1", first + _VOWELS.sub("", word[1:]))


def sounds_alike(a: str, b: str, min_length: int = SOUND_MIN_LENGTH) -> bool:
    """One word written in Cyrillic as the other, Latin, sounds ("стерилайзд" / "sterilised"), by
    ``min_length`` consonants at least."""
    return bool(CYRILLIC.search(a)) != bool(CYRILLIC.search(b)) and len(sound_key(a)) >= min_length \
        and sound_key(a) == sound_key(b)


def _letters(text: str) -> str:
    return re.sub(r"[\W\d_]+", "", str(text).lower())


def by_sound(brands, min_length: int) -> dict[tuple[bool, str], str]:
    """{(written in Cyrillic, its sound): the one of ``brands`` that sounds so}, by its letters and
    ``min_length`` consonants at least: where a brand written in the other script is heard as one."""
    found: dict[tuple[bool, str], set[str]] = {}
    for brand in {str(b).strip() for b in brands if str(b).strip()}:
        key = sound_key(_letters(brand))
        if len(key) >= min_length:
            found.setdefault((bool(CYRILLIC.search(brand.lower())), key), set()).add(brand)
    return {key: next(iter(found_brands)) for key, found_brands in found.items() if len(found_brands) == 1}


def heard_brands(offer_brands, catalog_brands, min_length: int) -> dict[str, str]:
    """{an offer's brand column value: the catalog's brand it is} for values no catalog brand is
    written as, that sound as exactly one catalog brand written in the other script ("Goodyear" for
    the catalog's "ГУД-ЕАР", "Нокиан" for its "Nokian"), by ``min_length`` consonants at least."""
    known = {_letters(b) for b in catalog_brands}
    sounds = by_sound(catalog_brands, min_length)
    out = {}
    for brand in {str(b).strip() for b in offer_brands if str(b).strip()}:
        heard = sounds.get((not CYRILLIC.search(brand.lower()), sound_key(_letters(brand))))
        if heard and _letters(brand) not in known:
            out[brand] = heard
    return out


def heard_in(tokens, words) -> frozenset[str]:
    """The Latin ``words`` a Cyrillic one of ``tokens`` sounds as ("бизнес" says "business")."""
    cyrillic = [t for t in tokens if CYRILLIC.search(t)]
    return frozenset(w for w in words if any(sounds_alike(t, w) for t in cyrillic)) if cyrillic else frozenset()


def heard_as(words) -> dict[str, str]:
    """{sound: the one of ``words`` that sounds so}, for the sounds of ``SOUND_MIN_LENGTH`` that one
    word alone has: where a Cyrillic word is heard as one of them (``sound_key``)."""
    by_sound: dict[str, set[str]] = {}
    for word in words:
        key = sound_key(word)
        if len(key) >= SOUND_MIN_LENGTH:
            by_sound.setdefault(key, set()).add(word)
    return {key: next(iter(ws)) for key, ws in by_sound.items() if len(ws) == 1}


# Consonants a shortened word keeps at least ("HKPL"; "BLK" is a colour's letters, ``[colour_letters]``).
ABBREVIATION_MIN_LENGTH = 4


def consonants(word: str) -> str:
    """A word's first letter and the consonants after it, each once in a row ("hakkapeliitta": "hkplt")."""
    return _REPEATED.sub(r"\1", word[:1] + _VOWELS.sub("", word[1:]))


def abbreviates(short: str, long_: str) -> bool:
    """A long word written as its first consonants, as wholesalers shorten a line's name ("HKPL" for
    "Hakkapeliitta"): a word of no vowel at all, four letters at least, that opens the other's
    ``consonants``, which is longer by three letters at least."""
    return len(short) >= ABBREVIATION_MIN_LENGTH and len(long_) >= len(short) + 3 and short.isascii() \
        and short.isalpha() and not _VOWELS.search(short) and long_.isalpha() \
        and consonants(long_).startswith(consonants(short))
