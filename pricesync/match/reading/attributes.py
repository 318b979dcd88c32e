"""Variant attributes: what tells siblings of one product family apart.

``Galaxy A12`` vs ``A12s``, ``8/128`` vs ``8/256``, ``1 л`` vs ``5 л``, black vs white,
``S10`` vs ``S10+``, ``DF333DWYE`` vs ``DF333DWAE``, ``Office 2004`` vs ``2008``, Windows vs
Mac: two names that differ in one of these are different products, however similar the rest
of the text. ``extract`` reads what one name says of each; comparing two names' attributes is
``pricesync.match.features.differences``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pricesync.match.reading import words as _words
from pricesync.match.reading.normalize import KIND_OF_TYPE_STEM, STOP_WORDS, stem
from pricesync.match.reading.tyre_sizes import is_dimension, is_shared_spec, is_tyre_index, is_tyre_spec
from pricesync.match.reading.units import UNIT_TOKEN
from pricesync.match.reading.words import (SUN_FORMS, CAMERA_WORDS, EDITION_WORDS, FITS, FITS_SKIPPED, GENERATION_WORDS, HOME_EDITION_AFTER, PURPOSE,
                                        HOME_EDITION_BEFORE, MARKETING_AFTER, MARKETING_BEFORE,
                                        GENDERS, NOT_FOR, PLATFORMS, SKIN_NOUNS, USES, STRONG_EDITIONS, WITH_WORDS, WITHOUT_WORDS, TYRE_LOAD_WORDS, TYRE_DATE_MARKS,
                                        VARIANT_ALIASES, VARIANT_GLUED, VARIANT_LEVELS, VARIANT_WORDS,
                                        word_attributes)
_NUMBER = re.compile(r"^\d{1,4}(?:\.\d+)?$")


@dataclass(frozen=True, slots=True)
class Attributes:
    units: dict[str, frozenset[str]]      # "ml" -> {"500"}, "gb" -> {"8", "256"}
    words: dict[str, frozenset[str]]      # "colour" -> {"black"}, "platform" -> {"mac"}
    variants: frozenset[str]
    numbers: frozenset[str]
    codes: frozenset[str]


@lru_cache(maxsize=200_000)
def _token_kind(tok: str) -> tuple[str, str] | None:
    m = UNIT_TOKEN.match(tok)
    if m:
        return m.group(2), m.group(1)
    if is_dimension(tok):  # "m6x30", "60x60": a size, compared when both names say one
        return "size", tok
    if tok in VARIANT_WORDS or tok in EDITION_WORDS:
        return "variant", VARIANT_ALIASES.get(tok, tok)
    if _NUMBER.match(tok):
        return "number", tok
    return None


_NO_WORDS: dict[str, frozenset[str]] = {}
# A repair size written as its number ([oversizes] steps), "0,25" / "+0,50" / "0,75" (split at the
# comma: "0", "25") or "0.25mm": an oversize (words.REPAIR_SIZES), which contradicts only a name
# saying "STD".
REPAIR_SIZE = "repair size"
_OVERSIZE_SPLIT: frozenset[tuple[str, str]] = frozenset()  # ("0", "25"), ("0", "5"), ...
_OVERSIZE_WHOLES: frozenset[str] = frozenset()            # "0", ...: the first of such a pair
_OVERSIZE_MM: frozenset[str] = frozenset()                # "0.25mm", "0.5mm", ...


def _oversize_steps(active) -> None:
    """The steps as a name's tokens write them: whole and decimals apart, or in millimetres (with
    the decimals' trailing zero or without: "0,50" = "0,5")."""
    global _OVERSIZE_SPLIT, _OVERSIZE_WHOLES, _OVERSIZE_MM
    split = set()
    for step in active.lists["oversizes"]["steps"]:
        whole, _, decimals = step.replace(",", ".").partition(".")
        split.update((whole, d) for d in (decimals, decimals.rstrip("0")) if d)
    _OVERSIZE_SPLIT = frozenset(split)
    _OVERSIZE_WHOLES = frozenset(w for w, _ in split)
    _OVERSIZE_MM = frozenset(f"{w}.{d}mm" for w, d in split)


_words.on_change(_oversize_steps)


def _oversize(words) -> bool:
    return not _OVERSIZE_MM.isdisjoint(words) or not _OVERSIZE_WHOLES.isdisjoint(words[:-1]) \
        and any(pair in _OVERSIZE_SPLIT for pair in zip(words, words[1:]))

# A variant word written with its number ([variants] glued: "ET45", "SPF50").
GLUED_WORD = re.compile(r"^([a-z]+)\d")
_COMBO = re.compile(r"^\din1$")
# [product_types] by the stem names are compared by ("шампуня" = "шампунь"), built with the other tables.
_TYPE_BY_STEM = KIND_OF_STEM = KIND_OF_TYPE_STEM
_CPU = re.compile(r"^(i[3579])(?:\d{4,5}[a-z]{0,2}\d?)?$")  # "Core i5-1135G7" is an i5
_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")  # "iPod nano 5th Gen"
# A number before a generation word, maybe as an ordinal: "2nd", "2." (the dot dropped), "2-го".
GENERATION_NUMBER = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|г[оo]|[оo]е|[иы]й|я)?$")


def _generations(words: list[str] | tuple[str, ...]) -> tuple[set[str], set[str]]:
    """Generations a name says: an ordinal ("5th"), or a number beside a ``[generations]`` word
    ("Gen 2", "2. generacji", "2-го поколения", "(2. Generation)"); and those of the second kind,
    which name a generation (an ordinal alone may be a school grade: "2nd grade")."""
    ordinals = {w[:-2] for w in words if _ORDINAL.match(w)}
    out = set()
    for i, word in enumerate(words if not GENERATION_WORDS.isdisjoint(words) else ()):
        if word in GENERATION_WORDS:
            before = GENERATION_NUMBER.match(words[i - 1]) if i else None
            after = words[i + 1] if i + 1 < len(words) else ""
            if before:
                out.add(before.group(1))
            elif after.isdigit() and len(after) <= 2:
                out.add(after)
    return ordinals | out, out
# "Case for iPod nano", "Remote Control for Sony BRAVIA KDL-46V5100", "battery compatible
# with SD1100": an accessory names the product it fits, model code and all. "for Mac",
# "for Windows" only name a platform; "for Toyota" (the words' [accessory] not_for) a use.
# (The cue words are in the data files: words.FITS, FITS_SKIPPED, NOT_FOR.)
_FITS = FITS
_FITS_SKIPPED = FITS_SKIPPED


def _accessory_heads(words: list[str] | tuple[str, ...]) -> set[str]:
    """The word before "for" of an accessory's name, stemmed ("battery" of "Canon NB-4L
    battery for PowerShot SD1100": another name saying it is the accessory too)."""
    from pricesync.match.reading.normalize import stem

    heads = set()
    for i, word in enumerate(words[:-1] if not _FITS.isdisjoint(words) else ()):
        if word not in _FITS or i == 0 or words[i - 1] == "one" and words[i + 1] == "all":
            continue  # (the remote maker "One For All")
        rest = [w for w in words[i + 1:i + 4] if w not in _FITS_SKIPPED]
        # "for Mac" names a platform and "for Women" or "for Dry Skin" whom a product is for, not a product
        # it fits.
        if rest and PLATFORMS.get(rest[0]) is None and GENDERS.get(rest[0]) is None and not rest[0][0].isdigit() \
                and rest[0] not in NOT_FOR and (word_attributes(rest[0]) or ("",))[0] != "skin type" \
                and not _whose_skin(words, i):
            heads.add(stem(words[i - 1]))
    return heads


def _whose_skin(words: list[str] | tuple[str, ...], i: int) -> bool:
    """The words after the cue at ``i`` end, within four words, in a noun of skin or hair ([skin] nouns)
    that ends the phrase ("Shampoo for damaged hair 400ml", "for dry and brittle hair"): they say whose hair
    or skin the product is for, as a skin type does, not a product it fits ("Diffuser for hair dryer" goes
    on after the noun)."""
    if SKIN_NOUNS.isdisjoint(words[i + 1:i + 5]):
        return False
    for j in range(i + 1, min(i + 5, len(words))):
        if words[j] in SKIN_NOUNS:
            return j + 1 == len(words) or not words[j + 1].isalpha()
    return False


def _labels_a_number(tokens, i: int, codes: frozenset[str]) -> bool:
    """An edition word right before a part number labels the number ("HEAD LAMP ... OEM 92101-4L000":
    the car maker's number of the part), it does not name the OEM edition ("Windows 7 Professional OEM")."""
    tok = tokens[i]
    if tok not in STRONG_EDITIONS or tok in VARIANT_WORDS or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    return after in codes and len(after) >= 6 and sum(ch.isdigit() for ch in after) >= 4


def _purpose_heads(words: list[str] | tuple[str, ...], fitted: frozenset[str]) -> set[str]:
    """The word before "для" / "do" / "für" ([accessory] purpose) when a model code follows it:
    "Пульт ДУ ... для телевизора UE55CU7100UXRU" is a remote for that TV ("Фен для волос",
    "Ekspres do kawy DeLonghi ECAM 22.110.B" say a use; see accessory_difference). Before a
    word of [accessory] uses ("Краска для волос Igora Royal 6-0") the cue says what the product
    itself is for, and the code after it (a shade) is the product's own."""
    if PURPOSE.isdisjoint(words):
        return set()
    return {stem(words[i - 1]) for i, word in enumerate(words[:-1])
            if word in PURPOSE and i and words[i + 1] not in USES and words[i + 1] not in NOT_FOR
            and any(w in fitted for w in words[i + 1:])}


def _for_a_car(words) -> bool:
    """A purpose cue before a car's make ("для Hyundai Solaris", "для VW Golf"): the part fits that car."""
    return not PURPOSE.isdisjoint(words) and any(w in PURPOSE and nxt in NOT_FOR for w, nxt in zip(words, words[1:]))


def _parts_without(words: list[str] | tuple[str, ...]) -> set[str]:
    """The word after "без" / "ohne" / "without" ([parts] without), stemmed: the part a product is sold
    without ("Унітаз ... без сидіння"; what it is sold with is ``_parts_with``'s)."""
    if WITHOUT_WORDS.isdisjoint(words):
        return set()
    return {stem(words[i + 1]) for i, word in enumerate(words[:-1])
            if word in WITHOUT_WORDS and words[i + 1].isalpha() and words[i + 1] not in STOP_WORDS}


_WITH_SPAN = 4


def _parts_with(words: list[str] | tuple[str, ...]) -> set[str]:
    """The words after "з" / "mit" / "with" ([parts] with), stemmed, up to four or the next "з" / "без": the parts a
    product is sold with, also those the first's words and an "and" join to it ("з датчиком дощу та обігрівом зони
    щіток": the heating too)."""
    if WITH_WORDS.isdisjoint(words):
        return set()
    parts = set()
    for i, word in enumerate(words[:-1]):
        if word not in WITH_WORDS or not words[i + 1].isalpha() or words[i + 1] in STOP_WORDS:
            continue
        for w in words[i + 1:i + 1 + _WITH_SPAN]:
            if w in WITH_WORDS or w in WITHOUT_WORDS:
                break
            if w.isalpha() and len(w) >= 3 and w not in STOP_WORDS:
                parts.add(stem(w))
    return parts


def _around_purpose(words: list[str] | tuple[str, ...]) -> tuple[set[str], str]:
    """The words before the first "для" / "do" / "für" ([accessory] purpose), stemmed, and the
    word after it: "Чехол-книжка для Apple iPhone 15" is a case for a product of the maker named
    after the cue (see ``Vetoes.for_the_maker``)."""
    cue = next((i for i, w in enumerate(words) if w in PURPOSE), None) if not PURPOSE.isdisjoint(words) else None
    if not cue or cue + 1 == len(words):
        return set(), ""
    return {stem(w) for w in words[:cue] if w not in STOP_WORDS}, words[cue + 1]


def _package(words: list[str] | tuple[str, ...]) -> str | None:
    """ "Body Only" or a kit "with 18-55mm Lens" said in words."""
    if _PACKAGE_WORDS.isdisjoint(words):
        return None
    for i, word in enumerate(words):
        if word == "body" and (i + 1 < len(words) and words[i + 1] == "only"
                               or i and words[i - 1] in _CAMERA_WORDS):
            return "body"
        if word in ("lens", "lenses") and any(w in ("with", "w", "w/", "plus") for w in words[max(0, i - 10):i]):
            return "kit"
    return None


_CAMERA_WORDS = CAMERA_WORDS
_PACKAGE_WORDS = frozenset({"body", "lens", "lenses"})


# "Home Theater", "Home ADSL2+ Modem": a product for the home, not the Home edition of
# "Windows Vista Home Premium" or "Office Home and Student".
_HOME_EDITION_NEXT = HOME_EDITION_AFTER
_HOME_EDITION_PREV = HOME_EDITION_BEFORE


# "Ultra HD", "Ultra-fast", "Ultra Slim", "Open-Air", "Air Fry", "HDR10+", "Convection+":
# marketing and specs, not the Ultra, Air or Plus model.
_MARKETING_NEXT = MARKETING_AFTER
_MARKETING_PREV = MARKETING_BEFORE


# A bottle's or a jar's content: a variant word after it is the product's ("SPF50+ 40ml teinte claire",
# a tinted cream), not the marketing a device's measure takes after it ("DECT 6.0 Plus", "120Hz Pro") -
# but a "+" there joins what comes with it ("EDP 100ml + gratis próbka", "25кг (без Плюс)").
_CONTENT = re.compile(r"^\d+(?:\.\d+)?(?:ml|gr)$")


def _marketing(tokens, i: int) -> bool:
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    before = tokens[i - 1] if i else ""
    return after in _MARKETING_NEXT or before in _MARKETING_PREV or bool(before and UNIT_TOKEN.match(before) and (
        not _CONTENT.match(before) or VARIANT_ALIASES.get(tokens[i], tokens[i]) == "plus"))


def _home_not_edition(tokens) -> bool:
    if "home" not in tokens:
        return False
    i = tokens.index("home")
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    before = tokens[i - 1] if i else ""
    return not (after == "" or after in _HOME_EDITION_NEXT or before in _HOME_EDITION_PREV
                or before.startswith("platform:"))


def _sun_form_kinds(words: list[str] | tuple[str, ...], modifiers: frozenset[str]) -> set[str]:
    """The kinds a sun cream's name says when it says its form ([sun_protection] forms): "Sun Spray" is a
    spray, not the line's "Sun Lotion"; a kind right before the form says what it sprays ("Sun Cream Spray",
    "Lotion Spray" are sprays, not the line's "Sun Cream"). Only in a name saying an SPF: elsewhere "spray"
    is written beside a kind it does not replace (a perfume's "Eau de Parfum Spray", a cleaner's spray)."""
    out = {w for w in words if w in SUN_FORMS}
    for i, w in enumerate(words):
        kind = _TYPE_BY_STEM.get(stem(w)) if w not in modifiers else None
        if kind and not (i + 1 < len(words) and words[i + 1] in SUN_FORMS):
            out.add(kind)
    return out


def extract(tokens: list[str] | tuple[str, ...], codes: frozenset[str], words: list[str] = (),
            fits: frozenset[str] = frozenset(), modifiers: frozenset[str] = frozenset()) -> Attributes:
    """Attributes of a name from its stemmed ``tokens`` and its unstemmed ``words``
    (``modifiers``: words that only qualify the compound they start, "крем" of "крем-мыло")."""
    units: dict[str, set[str]] = {}
    kinds: dict[str, set[str]] = {}
    variants, numbers = set(), set()
    for word in words:
        got = word_attributes(word)
        if got:
            kinds.setdefault(got[0], set()).add(got[1])
            if got[0] in ONE_SIDED_KINDS:  # which words said it: see shortened_for
                kinds.setdefault(SAID_BY, set()).add(f"{got[0]}={word}")
    if "bristles" in kinds and not _names_a_brush(words):
        del kinds["bristles"]  # "для мягкой воды": water's hardness, no brush's bristles
    if words:
        heads = _accessory_heads(words)
        if heads:
            kinds["role"] = heads
            kinds["fits"] = codes & fits  # the codes of what it is for, not its own
        used = _purpose_heads(words, codes & fits) if PURPOSE else set()
        if not used and not heads and PURPOSE and _for_a_car(words):
            kinds["fits"] = codes & fits  # "Ремень ГРМ для VW Golf/Audi A3": the car's codes, not the part's
        if used and not heads:
            kinds["use"] = used
            kinds["fits"] = codes & fits
        elif PURPOSE and not heads:
            before, after = _around_purpose(words)
            if before and after:
                kinds["use_before"], kinds["use_after"] = before, {after}
        cpu = {m.group(1) for m in map(_CPU.match, tokens) if m}
        if cpu:
            kinds["cpu"] = cpu
        generation, named = _generations(words)
        if generation:
            kinds["generation"] = generation
        if named:
            kinds["generation_named"] = named
        package = _package(words)
        if package:
            kinds.setdefault("package", set()).add(package)
        if WITHOUT_WORDS:
            without = _parts_without(words)
            # (a part the name says the product is sold without is none it is sold with: "z łożyskiem A.B.S. 200033
            # bez ABS", the maker's letters after the bearing)
            for kind, parts in (("with", _parts_with(words) - without), ("without", without)):
                if parts:
                    kinds[kind] = parts
    if words and _oversize(words):
        kinds.setdefault(REPAIR_SIZE, set()).add("oversize")
    apart = _model_letters(words, codes)
    if apart:
        kinds[MODEL_LETTERS] = apart
    if "box" in words and "open" in words and words.index("box") == words.index("open") + 1:
        kinds.setdefault("condition", set()).add("open box")
    variants.update("xl" for c in codes if c.endswith("xl") and c[-3:-2].isdigit())  # "PG-245XL" = "PG-245 XL"
    counted = _variant_numbers(tokens) if VARIANT_GLUED else {}
    for i, (word, number) in counted.items():  # "SPF50" = "SPF 50": the variant, and which one
        if word in VARIANT_LEVELS:  # "hold 4": a level of what every product of the kind has, no variant
            kinds.setdefault("level", set()).add(word + number)
            continue
        variants.update((VARIANT_ALIASES.get(word, word), word + number))
    not_edition = _home_not_edition(tokens)
    # "94V XL": a tyre's reinforced load, which its load index already says.
    tyre_load = bool(TYRE_LOAD_WORDS) and any(map(is_tyre_index, codes))
    if tyre_load and TYRE_DATE_MARKS and any(mark in t for t in tokens for mark in TYRE_DATE_MARKS):
        made = _dot_year(tokens)
        if made is not None and made <= _THIS_YEAR - OLD_STOCK_YEARS:
            kinds.setdefault("condition", set()).add("old stock")
    if tyre_load and not _ORIGIN_STEMS.isdisjoint(tokens):
        made = _year_after_origin(tokens)
        if made is not None and made <= _THIS_YEAR - OLD_STOCK_YEARS:
            kinds.setdefault("condition", set()).add("old stock")
    types = {_TYPE_BY_STEM[t] for t in (stem(w) for w in words if w not in modifiers) if t in _TYPE_BY_STEM}
    if SUN_FORMS and not SUN_FORMS.isdisjoint(words) and any(t.startswith("spf") for t in tokens):
        types = _sun_form_kinds(words, modifiers)
    combo = {t for t in tokens if _COMBO.match(t)}  # "3in1": how many products in one
    if combo:
        kinds["combo"] = combo
    if types:
        kinds["type"] = types
    for i, tok in enumerate(tokens):
        if tyre_load and tok in TYRE_LOAD_WORDS:
            # Kept aside: a name without an index says its reinforced load by the word alone ("Шины
            # 215/65 R16 Nordman 8 XL"), which this name's "102T XL" says too (see differences).
            kinds.setdefault(LOAD_WORD, set()).add(tok)
            continue
        if tok == "home" and not_edition or tok in VARIANT_WORDS and _marketing(tokens, i) \
                or tok in STRONG_EDITIONS and _labels_a_number(tokens, i, codes):
            continue
        got = _token_kind(tok)
        if got is None:
            continue
        kind, value = got
        if kind == "variant":
            variants.add(value)
        elif kind == "number":
            if tok not in codes and not (i - 1 in counted and tokens[i - 1] == counted[i - 1][0]):
                numbers.add(value)
        else:
            units.setdefault(kind, set()).add(value)
    if "mm" in units and any(is_tyre_spec(c) and not is_tyre_index(c) for c in codes):
        kinds.setdefault("condition", set()).add(WORN)
    return Attributes({k: frozenset(v) for k, v in units.items()} if units else _NO_WORDS,
                      {k: frozenset(v) for k, v in kinds.items()} if kinds else _NO_WORDS,
                      frozenset(variants), frozenset(numbers), codes)


def _names_a_brush(words) -> bool:
    """A name of a brush or its bristles ([brushes] nouns, a word's beginning: "щетка", "з/щетка", "жесткости"),
    the only one whose soft, medium or hard words ([bristles]) say its bristles."""
    nouns = tuple(_words.active().lists["brushes"]["nouns"])
    return any(w.startswith(nouns) or ("/" in w and w.rsplit("/", 1)[1].startswith(nouns)) for w in words)


# A tyre's DOT date mark, its week and year or the year alone ("DOT 2019", "DOT2019", "DOT19", "DOT 3521" =
# week 35 of 2021): a tyre that may have been made more than OLD_STOCK_YEARS ago is old stock, which the trade
# does not sell as the new tyre (its five-year rule), so a supplier's offer of it is no offer of the catalog's
# tyre at the catalog's price; a recent mark says the same tyre. The year is all a mark is read for, so a tyre
# of the year OLD_STOCK_YEARS before this one may be older than that (made in its first weeks) and is old stock
# too: precision first, a row to review rather than a guess at the week. Read only in a name saying a tyre's
# index.
OLD_STOCK_YEARS = 5
_THIS_YEAR = date.today().year
# A tyre's name that writes millimetres beside its size says the tread left on it ("205/55 R16 91V 6mm",
# "остаток 7 мм", "usate 6mm"): a used tyre, however its language says "used" - or no tyre (a snow
# chain's 9 mm links). No tyre of any labelled catalog writes millimetres, and every offer that does
# is none of the catalog's tyres (54 offers of 30 shops, 22 languages and writers).
WORN = "worn"


# The countries a name says it was made in ([origins] words), as a name's tokens spell them (stemmed).
_ORIGIN_STEMS: frozenset[str] = frozenset()


def _origin_stems(active) -> None:
    global _ORIGIN_STEMS
    _ORIGIN_STEMS = frozenset(stem(w) for w in active.lists["origins"]["words"])


_words.on_change(_origin_stems)


def _year_after_origin(tokens) -> int | None:
    """A year written right after the country a tyre was made in ("(ПОЛЬЩА, 2019)", "(Польща) 2023 р.в.",
    "Чехия 2025 год"): the year it was made in, as a DOT mark's (a wholesaler's bracket of origin and year)."""
    for before, tok in zip(tokens, tokens[1:]):
        if len(tok) == 4 and tok.isdigit() and tok.startswith("20") and before in _ORIGIN_STEMS:
            return int(tok)
    return None


def _dot_year(tokens) -> int | None:
    """The year of a tyre's DOT mark, written apart or glued, four digits (the last two are its year) or two."""
    for i, tok in enumerate(tokens):
        mark = next((m for m in TYRE_DATE_MARKS if tok.startswith(m)), None)
        if mark is None:
            continue
        digits = tok[len(mark):] or (tokens[i + 1] if i + 1 < len(tokens) else "")
        if digits.isdigit() and len(digits) in (2, 4):
            return 2000 + int(digits[-2:])
    return None


# A model's letters written apart from its number, Bosch and Metabo style: "GBH 2-26 DRE" is not the
# "GBH 2-26 DFR", "GLL 3-80 G" not the "GLL 3-80 Professional". Kept as "<model>:<letters>" ("gbh226:dre";
# "gll380:" where no letters follow), and as "*:<letters>" for every such word of the name, wherever it
# stands (an offer writing "LXT" right after the code says what the item says further on).
MODEL_LETTERS = "model letters"
_APART_LETTERS = re.compile(r"^[a-z]{1,3}$")
_SERIES_LETTERS = re.compile(r"^[a-z]{2,3}$")


_KNOWN: frozenset[str] = frozenset()


def _known_words(active) -> None:
    """The word files' words but their one-letter unit words: a letter alone ("GLL 3-80 G") is a
    unit only after a number, which the name would have read as a measure."""
    global _KNOWN
    units = {w for spelled in active.multimaps["units"].values() for w in spelled if len(w) == 1}
    _KNOWN = active.every_word - units


_words.on_change(_known_words)


def _model_letters(words, codes: frozenset[str]) -> frozenset[str]:
    """The letters each model of the name is written with, apart from its number: one to three
    Latin letters no word table knows, right after a model written apart from its series' letters
    ("GST 90 BE", "GLL 3-80 CG", "GWS 18V-10 C"); a tyre's size, a dimension or a measure is no
    model. (Letters after a model code written whole, "M10 VZ", "LM005 DG", "S10 EU", are a
    supplier's words as often as a model's.)"""
    known = _KNOWN

    def unknown(word: str, pattern: re.Pattern) -> bool:
        return bool(pattern.match(word)) and word not in known and word not in STOP_WORDS

    models: list[str] = []
    for i, word in enumerate(words):
        if not (word in codes or word.isdigit() and len(word) >= 2) or not i \
                or not unknown(words[i - 1], _SERIES_LETTERS):
            continue
        if is_shared_spec(word) or is_dimension(word) or UNIT_TOKEN.match(word):
            continue
        model = words[i - 1] + word
        after = words[i + 1] if i + 1 < len(words) else ""
        models.append(f"{model}:{after if unknown(after, _APART_LETTERS) else ''}")
    if not models:
        return frozenset()  # (the letters written anywhere count only beside a model written so)
    out = {f"*:{w}" for w in words if unknown(w, _APART_LETTERS)}
    out.update(models)
    return frozenset(out)


def _variant_numbers(tokens) -> dict[int, tuple[str, str]]:
    """Variant words written with their number ([variants] glued: "SPF50", "SPF 50"), by the
    position of the word: an SPF 20 cream is not the SPF 10 one."""
    out = {}
    for i, tok in enumerate(tokens):
        m = GLUED_WORD.match(tok)
        if m and m.group(1) in VARIANT_GLUED and tok[m.end(1):].isdigit() and len(tok) - m.end(1) <= 3:
            out[i] = (m.group(1), tok[m.end(1):])
        elif tok in VARIANT_GLUED and i + 1 < len(tokens) and tokens[i + 1].isdigit():
            out[i] = (tok, tokens[i + 1])
    return out


def merge(many: list[Attributes], codes: frozenset[str]) -> Attributes:
    """What several names of one item say together."""
    if len(many) == 1 and many[0].codes == codes:
        return many[0]
    units: dict[str, frozenset[str]] = {}
    kinds: dict[str, frozenset[str]] = {}
    for a in many:
        for k, v in a.units.items():
            units[k] = units.get(k, frozenset()) | v
        for k, v in a.words.items():
            kinds[k] = kinds.get(k, frozenset()) | v
    return Attributes(units, kinds, frozenset().union(*(a.variants for a in many)),
                      frozenset().union(*(a.numbers for a in many)), codes)


# Said on one side only, these still tell two products apart: a refurbished unit, an
# accessory for the product.
ONE_SIDED_KINDS = frozenset({"condition", "package"})
# The words that said a one-sided kind ("condition=восст"), kept beside the kinds.
SAID_BY = "said by"
# A tyre's load word written beside its load index ("94T XL"): the index says it, so it is no variant, but a
# name without an index that says the word ("... Nordman 8 XL") says this name's load.
LOAD_WORD = "load word"


_LETTERS_OPEN = re.compile(r"([a-z]{1,4})(\d+)")


def written_apart(codes, other_codes, other_tokens) -> frozenset[str]:
    """The codes of ``codes`` that the other name writes with the maker's letters apart: "w71275"
    (a glued "W712/75") where the other says "W 712/75" (the word "w", the code "71275") - up to
    three letters before a number of digits alone, as filter and pad makers write theirs ("OP 526/1",
    "CU 2939"; not "Ltd 416020SIL")."""
    out = set()
    for c in codes:
        m = _LETTERS_OPEN.fullmatch(c)
        if m and m.group(2) in other_codes and m.group(1) in other_tokens:
            out.add(c)
    return frozenset(out)


def own_codes(attrs: Attributes) -> frozenset[str]:
    """The name's codes without those after "for", which name the product an accessory fits."""
    fits = attrs.words.get("fits")
    return attrs.codes - fits if fits else attrs.codes


def stated(attrs: Attributes, kind: str) -> frozenset[str]:
    """What a name says about ``kind`` (see ``Difference.kind``); empty when it is silent."""
    if kind == "variant":
        return attrs.variants
    if kind == "number":
        return attrs.numbers
    if kind == "model":
        return attrs.codes
    return attrs.units.get(kind) or attrs.words.get(kind) or frozenset()


