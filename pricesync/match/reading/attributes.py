"""Variant attributes: what tells siblings of one product family apart.

``Galaxy A12`` vs ``A12s``, ``8/128`` vs ``8/256``, ``1 л`` vs ``5 л``, black vs white,
``S10`` vs ``S10+``, ``DF333DWYE`` vs ``DF333DWAE``, ``Office 2004`` vs ``2008``, Windows vs
Mac: two names that differ in one of these are different products, however similar the rest
of the text. ``differences`` lists them in words an operator reads in the review queue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pricesync.match.reading import words as _words
from pricesync.match.reading.model_codes import code_clash, is_strong_code, said_suffixes, same_model
from pricesync.match.reading.normalize import KIND_OF_TYPE_STEM, STOP_WORDS, clean_text, stem
from pricesync.match.reading.tyre_sizes import is_dimension, is_shared_spec, is_tyre_index
from pricesync.match.reading.units import UNIT_TOKEN
from pricesync.match.reading.words import (CAMERA_WORDS, EDITION_WORDS, FITS, FITS_SKIPPED, GENERATION_WORDS, HOME_EDITION_AFTER, PURPOSE,
                                        HOME_EDITION_BEFORE, LETTERS_COLOUR, MARKETING_AFTER, MARKETING_BEFORE,
                                        GENDERS, NOT_FOR, PLATFORMS, USES, STRONG_EDITIONS, WITH_WORDS, WITHOUT_WORDS, TYRE_LOAD_WORDS, TYRE_DATE_MARKS,
                                        VARIANT_ALIASES, VARIANT_GLUED, VARIANT_LEVELS, VARIANT_READINGS, VARIANT_SPELLINGS, VARIANT_WORDS,
                                        word_attributes)
_NUMBER = re.compile(r"^\d{1,4}(?:\.\d+)?$")
_UNIT_NAMES = {"ml": "volume", "gr": "weight", "gb": "memory", "in": "size", "pcs": "pack", "user": "licence",
               "w": "power",
               "mah": "capacity", "ah": "capacity", "mm": "size", "cm": "size", "hz": "frequency", "v": "voltage", "mp": "resolution",
               "h": "hours", "pr": "ply rating", "lk": "chain links", "lm": "luminous flux", "k": "colour temperature",
               "en": "cranking current"}


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
_OVERSIZE_MM: frozenset[str] = frozenset()                # "0.25mm", "0.5mm", ...


def _oversize_steps(active) -> None:
    """The steps as a name's tokens write them: whole and decimals apart, or in millimetres (with
    the decimals' trailing zero or without: "0,50" = "0,5")."""
    global _OVERSIZE_SPLIT, _OVERSIZE_MM
    split = set()
    for step in active.lists["oversizes"]["steps"]:
        whole, _, decimals = step.replace(",", ".").partition(".")
        split.update((whole, d) for d in (decimals, decimals.rstrip("0")) if d)
    _OVERSIZE_SPLIT = frozenset(split)
    _OVERSIZE_MM = frozenset(f"{w}.{d}mm" for w, d in split)


_words.on_change(_oversize_steps)


def _oversize(words) -> bool:
    return any(pair in _OVERSIZE_SPLIT for pair in zip(words, words[1:])) or any(w in _OVERSIZE_MM for w in words)

_GLUED_WORD = re.compile(r"^([a-z]+)\d")
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
    for i, word in enumerate(words):
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
    for i, word in enumerate(words[:-1]):
        if word not in _FITS or i == 0 or words[i - 1] == "one" and words[i + 1] == "all":
            continue  # (the remote maker "One For All")
        rest = [w for w in words[i + 1:i + 4] if w not in _FITS_SKIPPED]
        # "for Mac" names a platform and "for Women" or "for Dry Skin" whom a product is for, not a product
        # it fits.
        if rest and PLATFORMS.get(rest[0]) is None and GENDERS.get(rest[0]) is None and not rest[0][0].isdigit() \
                and rest[0] not in NOT_FOR and (word_attributes(rest[0]) or ("",))[0] != "skin type":
            heads.add(stem(words[i - 1]))
    return heads


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
    return any(w in PURPOSE and nxt in NOT_FOR for w, nxt in zip(words, words[1:]))


def _parts_after(words: list[str] | tuple[str, ...], cues: set[str]) -> set[str]:
    """The word after "з" / "mit" or "без" / "ohne" ([parts] with, without), stemmed: the part a
    product is sold with or without ("Унітаз ... з сидінням", "... без сидіння")."""
    if cues.isdisjoint(words):
        return set()
    return {stem(words[i + 1]) for i, word in enumerate(words[:-1])
            if word in cues and words[i + 1].isalpha() and words[i + 1] not in STOP_WORDS}


def _around_purpose(words: list[str] | tuple[str, ...]) -> tuple[set[str], str]:
    """The words before the first "для" / "do" / "für" ([accessory] purpose), stemmed, and the
    word after it: "Чехол-книжка для Apple iPhone 15" is a case for a product of the maker named
    after the cue (see ``Vetoes.for_the_maker``)."""
    cue = next((i for i, w in enumerate(words) if w in PURPOSE), None)
    if not cue or cue + 1 == len(words):
        return set(), ""
    return {stem(w) for w in words[:cue] if w not in STOP_WORDS}, words[cue + 1]


def _package(words: list[str] | tuple[str, ...]) -> str | None:
    """ "Body Only" or a kit "with 18-55mm Lens" said in words."""
    for i, word in enumerate(words):
        if word == "body" and (i + 1 < len(words) and words[i + 1] == "only"
                               or i and words[i - 1] in _CAMERA_WORDS):
            return "body"
        if word in ("lens", "lenses") and any(w in ("with", "w", "w/", "plus") for w in words[max(0, i - 10):i]):
            return "kit"
    return None


_CAMERA_WORDS = CAMERA_WORDS


# "Home Theater", "Home ADSL2+ Modem": a product for the home, not the Home edition of
# "Windows Vista Home Premium" or "Office Home and Student".
_HOME_EDITION_NEXT = HOME_EDITION_AFTER
_HOME_EDITION_PREV = HOME_EDITION_BEFORE


# "Ultra HD", "Ultra-fast", "Ultra Slim", "Open-Air", "Air Fry", "HDR10+", "Convection+":
# marketing and specs, not the Ultra, Air or Plus model.
_MARKETING_NEXT = MARKETING_AFTER
_MARKETING_PREV = MARKETING_BEFORE


def _spelled(variants: frozenset[str]) -> frozenset[str]:
    return frozenset(VARIANT_SPELLINGS.get(v, v) for v in variants)


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
            for kind, cue in (("with", WITH_WORDS), ("without", WITHOUT_WORDS)):
                parts = _parts_after(words, cue)
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
        if made is not None and made < _THIS_YEAR - OLD_STOCK_YEARS:
            kinds.setdefault("condition", set()).add("old stock")
    types = {_TYPE_BY_STEM[t] for t in (stem(w) for w in words if w not in modifiers) if t in _TYPE_BY_STEM}
    combo = {t for t in tokens if _COMBO.match(t)}  # "3in1": how many products in one
    if combo:
        kinds["combo"] = combo
    if types:
        kinds["type"] = types
    for i, tok in enumerate(tokens):
        if tok == "home" and not_edition or tok in VARIANT_WORDS and _marketing(tokens, i) \
                or tyre_load and tok in TYRE_LOAD_WORDS or _labels_a_number(tokens, i, codes):
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
    return Attributes({k: frozenset(v) for k, v in units.items()} if units else _NO_WORDS,
                      {k: frozenset(v) for k, v in kinds.items()} if kinds else _NO_WORDS,
                      frozenset(variants), frozenset(numbers), codes)


def _names_a_brush(words) -> bool:
    """A name of a brush or its bristles ([brushes] nouns, a word's beginning: "щетка", "з/щетка", "жесткости"),
    the only one whose soft, medium or hard words ([bristles]) say its bristles."""
    nouns = tuple(_words.active().lists["brushes"]["nouns"])
    return any(w.startswith(nouns) or ("/" in w and w.rsplit("/", 1)[1].startswith(nouns)) for w in words)


# A tyre's DOT date mark, its week and year or the year alone ("DOT 2019", "DOT2019", "DOT19", "DOT 3521" =
# week 35 of 2021): a tyre made more than OLD_STOCK_YEARS before this year is old stock, which the trade does
# not sell as the new tyre (its five-year rule), so a supplier's offer of it is no offer of the catalog's
# tyre at the catalog's price; a recent mark says the same tyre. Read only in a name saying a tyre's index.
OLD_STOCK_YEARS = 5
_THIS_YEAR = date.today().year


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

    out: set[str] = {f"*:{w}" for w in words if unknown(w, _APART_LETTERS)}
    for i, word in enumerate(words):
        if not (word in codes or word.isdigit() and len(word) >= 2) or not i \
                or not unknown(words[i - 1], _SERIES_LETTERS):
            continue
        if is_shared_spec(word) or is_dimension(word) or UNIT_TOKEN.match(word):
            continue
        model = words[i - 1] + word
        after = words[i + 1] if i + 1 < len(words) else ""
        out.add(f"{model}:{after if unknown(after, _APART_LETTERS) else ''}")
    return frozenset(out) if len(out) > sum(e.startswith("*:") for e in out) else frozenset()


def letters_added(offer: Attributes, item: Attributes) -> tuple[str, str] | None:
    """(the offer's model with its letters, the item's) where the offer writes letters apart after
    a model both names write and the item writes that model with other letters or none, nor says
    the offer's letters anywhere: "GLL 3-80 G" for the "GLL 3-80 Professional". An offer leaving
    the item's letters out says nothing of them."""
    mine, theirs = offer.words.get(MODEL_LETTERS), item.words.get(MODEL_LETTERS)
    if not mine or not theirs:
        return None
    item_letters: dict[str, set[str]] = {}
    for entry in theirs:
        model, letters = entry.split(":", 1)
        item_letters.setdefault(model, set()).add(letters)
    for entry in sorted(mine):
        model, letters = entry.split(":", 1)
        if letters and model != "*" and model in item_letters and letters not in item_letters[model] \
                and f"*:{letters}" not in theirs:
            return model + letters, model + min(item_letters[model])
    return None


def _glued_numbers(attrs: Attributes) -> frozenset[str]:
    """The numbers of the variants a name writes with them ([variants] glued: "ET45" -> 45), which a
    name silent on the variant's word compares with its bare numbers."""
    out = set()
    for v in attrs.variants:
        m = _GLUED_WORD.match(v)
        if m and m.group(1) in VARIANT_GLUED and v[m.end(1):].isdigit():
            out.add(v[m.end(1):])
    return frozenset(out)


def _said_bare(silent: Attributes, other: Attributes) -> frozenset[str]:
    """The variants with their number ([variants] glued) that ``other`` says and ``silent`` writes as
    the bare number without the word, as a short line does: "Alcasta M40 6.5/16 5/114.3 45 66.1" says
    the item's "ET45", "... 50 67.1" no ET45 (as a pack's bare count says it, ``_counts_said_bare``)."""
    if not other.variants or not silent.numbers:
        return frozenset()
    bare = {n.replace(",", "").replace(".", "") for n in silent.numbers}
    said = set()
    for v in other.variants:
        m = _GLUED_WORD.match(v)
        if m and m.group(1) in VARIANT_GLUED and v[m.end(1):].isdigit() and v[m.end(1):] in bare \
                and not any(w.startswith(m.group(1)) for w in silent.variants):
            said.update((m.group(1), v))
    return frozenset(said)


def _variant_numbers(tokens) -> dict[int, tuple[str, str]]:
    """Variant words written with their number ([variants] glued: "SPF50", "SPF 50"), by the
    position of the word: an SPF 20 cream is not the SPF 10 one."""
    out = {}
    for i, tok in enumerate(tokens):
        m = _GLUED_WORD.match(tok)
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
# A word this long that begins a longer word of the other name may be written for it.
SHORTENED_MIN = 4


def shortened_for(offer: Attributes, item_tokens) -> frozenset[str]:
    """The one-sided kinds the offer says only by words that begin a longer word of the item's
    name: a price list cuts words ("ШАМП. ... ГЛУБОКОЕ ВОССТ." for the item's "Глубокое
    восстановление"), so the cut word is the item's, not the condition it also begins
    ("восст." of a retreaded tyre)."""
    said: dict[str, list[bool]] = {}
    for entry in offer.words.get(SAID_BY, ()):
        kind, word = entry.split("=", 1)
        said.setdefault(kind, []).append(len(word) >= SHORTENED_MIN and any(
            len(t) > len(word) and t.startswith(word) for t in item_tokens))
    return frozenset(kind for kind, cut in said.items() if all(cut))


COUNTED_KINDS = frozenset({"user", "pcs"})


@dataclass(frozen=True, slots=True)
class Difference:
    kind: str                  # a unit ("ml", "gb"...), "colour", "platform", "variant", "number" or "model"
    ours: frozenset[str] | tuple
    theirs: frozenset[str] | tuple

    def __str__(self) -> str:
        """``volume 1000ml vs 5000ml``, ``colour black vs white``, ``model A12 vs A12S``."""
        if self.kind == "model":
            return f"model {self.ours[0].upper()} vs {self.theirs[0].upper()}"
        if self.kind == "user":
            return f"users {_show(self.ours)} vs {_show(self.theirs)}"
        if self.kind == "role":
            return f"kind {_show(self.ours)} vs {_show(self.theirs)}"
        unit = self.kind if self.kind in _UNIT_NAMES else ""
        label = _UNIT_NAMES.get(self.kind, self.kind)
        return f"{label} {_show(self.ours, unit)} vs {_show(self.theirs, unit)}"


def _show(values, unit: str = "") -> str:
    return "/".join(sorted(values, key=lambda v: (len(v), v))) + unit if values else "—"


# Kinds read elsewhere: accessory_difference (what a product is for or used as), the parts sold
# with or without (below), the letters added to a model (letters_added).
_NOT_COMPARED_KINDS = frozenset({"role", "use", "fits", "use_before", "use_after", "generation_named", SAID_BY,
                                 "with", "without", MODEL_LETTERS})


def differences(offer: Attributes, cand: Attributes, *, catalog_variants: frozenset[str],
                one_sided: bool = False, offer_silence_ok: bool = False) -> list[Difference]:
    """Variant attributes in which the two disagree, e.g. ``volume 1000ml vs 5000ml``.
    ``one_sided`` also counts an attribute only one of them states (how two catalog
    siblings differ: brown vs no colour at all). ``offer_silence_ok``: an offer that names
    no variant ("Bath Acid", article 294-075) does not contradict the item's "Bath Acid +"
    when an identifier already tells which item it is."""
    out: list[Difference] = []
    empty = frozenset()
    counts_said = _counts_said_bare(offer, cand) | _counts_said_bare(cand, offer)
    for source_a, source_b in ((offer.units, cand.units), (offer.words, cand.words)):
        if source_a == source_b:
            continue
        kinds = source_a.keys() | source_b.keys() if one_sided else \
            source_a.keys() & source_b.keys() | (source_a.keys() ^ source_b.keys()) & ONE_SIDED_KINDS
        kinds -= _NOT_COMPARED_KINDS
        if "generation" in source_a and "generation" not in source_b \
                and not source_a["generation"] <= source_a.get("generation_named", empty) & cand.numbers:
            # A 5th-gen offer may be a generation the catalog lacks - unless the item writes the
            # number it names bare ("AirPods Pro 2" is the "AirPods Pro 2-го поколения").
            kinds |= {"generation"}
        kinds |= (source_a.keys() ^ source_b.keys()) & COUNTED_KINDS
        for kind in sorted(kinds):
            a, b = source_a.get(kind, empty), source_b.get(kind, empty)
            if kind in COUNTED_KINDS:
                # A licence or a pack that names no count is for one user, of one piece -
                # unless the silent name writes the count as a bare number ("48 tabs").
                if (a or _ONE) != (b or _ONE) and not (a or b) <= counts_said:
                    out.append(Difference(kind, a or _ONE, b or _ONE))
                continue
            if a == b or (not one_sided and a <= b and kind not in ONE_SIDED_KINDS and kind != "generation"):
                continue  # the item's names disagree among themselves (210 ml / 200 ml): one is the offer's
            if _written_rounded(a, b) or _written_rounded(b, a):
                continue  # "14 MP" is the "14.1 MP" written without its decimals
            if kind == "size" and a and b and _unthreaded(a) == _unthreaded(b):
                continue  # a bolt's "8Х40" is its "M8x40" written without the metric thread's letter
            if kind == "size" and a and b and _either_way(a) == _either_way(b):
                continue  # a wheel's "17x7" is its "7x17", a tile's "60x30" its "30x60": one size written across
            if kind == "type" and (a & b or not (a and b)):
                continue  # "крем-гель" is a gel too; a name silent on its kind says no other
            # "8/256GB" vs "256GB": the catalog name leaves out the RAM, same storage.
            if kind == "gb" and a and b and (a < b or b < a) and max(a, key=float) == max(b, key=float):
                continue
            out.append(Difference(kind, a, b))
    # A length one name writes where the other writes a size across ("180 мм" for "230x22,23 мм"),
    # asked only when one of the two writes a length.
    if ("mm" in offer.units) != ("mm" in cand.units):
        across = _length_across(offer.units, cand.units)
        if across:
            out.append(Difference("size", *across))
        elif across := _length_across(cand.units, offer.units):
            out.append(Difference("size", across[1], across[0]))
    # A part one name says the product is sold without that the other says it is sold with ("без
    # сидіння" and "з сидінням"): two products. (Either silent on the part contradicts neither.)
    for a, b in ((offer.words, cand.words), (cand.words, offer.words)):
        parted = a.get("without", empty) & b.get("with", empty)
        if parted:
            without = frozenset("no " + p for p in parted)
            out.append(Difference("with", without, parted) if a is offer.words else Difference("with", parted, without))
    offer_variants, cand_variants = offer.variants | _said_bare(offer, cand), cand.variants | _said_bare(cand, offer)
    if offer_variants != cand_variants and _spelled(offer_variants) != _spelled(cand_variants) and (
            any(v in catalog_variants or v in VARIANT_WORDS or v in VARIANT_READINGS
                for v in offer_variants ^ cand_variants)
            or offer_variants - cand_variants & STRONG_EDITIONS) and (offer_variants or not offer_silence_ok):
        out.append(Difference("variant", offer_variants, cand_variants))
    glued = _glued_unit(offer, cand) or _glued_unit(cand, offer)
    if glued:
        out.append(Difference("model", glued, glued[::-1]) if glued[0] in offer.numbers else
                   Difference("model", glued[::-1], glued))
    offer_numbers, cand_numbers = offer.numbers - counts_said, cand.numbers - counts_said
    if offer_numbers and cand.variants and not offer.variants:  # "Repl LX117 8/18 5/114.3 30 60.1" for the ET35 one
        cand_numbers = cand_numbers | _glued_numbers(cand)
    if cand_numbers and offer.variants and not cand.variants:
        offer_numbers = offer_numbers | _glued_numbers(offer)
    if offer_numbers != cand_numbers and (one_sided or (offer_numbers - cand_numbers and cand_numbers - offer_numbers)):
        out.append(Difference("number", offer_numbers, cand_numbers))
    added = letters_added(offer, cand)
    if added:
        out.append(Difference("model", (added[0],), (added[1],)))
    offer_codes, cand_codes = own_codes(offer), own_codes(cand)
    said = said_suffixes(offer, cand) if offer_codes and cand_codes else empty
    clash = code_clash(offer_codes, cand_codes, said) if offer_codes and not offer_codes <= cand_codes else None
    if clash:
        out.append(Difference("model", (clash[0],), (clash[1],)))
    elif offer_codes and cand_codes:
        # Both name a full model and the models differ: "GS-R903DWAE" is not the GSR990RFE.
        mine = sorted(c for c in offer_codes if is_strong_code(c))
        theirs = sorted(c for c in cand_codes if is_strong_code(c))
        # (A maker's all-digit part number is not compared with a lettered model code.)
        # (Two siblings' all-digit articles are not what an offer tells them apart by.)
        if mine and theirs and not set(mine) & set(theirs) and not any(
                same_model(a, b, said) or a.isdigit() != b.isdigit() or one_sided and a.isdigit()
                for a in mine for b in theirs):
            out.append(Difference("model", (mine[0],), (theirs[0],)))
    return out


_ONE = frozenset({"1"})


_ACROSS = re.compile(r"^\d+(?:x\d+){1,2}$")


def _either_way(sizes: frozenset[str]) -> frozenset[str]:
    """Sizes written across in either order ("17x7" and "7x17", a wheel's width and rim a US or
    Chinese seller writes the other way round): the same measures, compared as their set."""
    return frozenset("x".join(sorted(s.split("x"), key=int)) if _ACROSS.match(s) else s for s in sizes)


def _length_across(one: dict[str, frozenset[str]], other: dict[str, frozenset[str]]) -> tuple | None:
    """One name writes a single length in millimetres, the other a size across and no length: a length
    that is none of the size's measures (nor one of them in centimetres) is another size ("Диск ... 180 мм"
    for the "230x22,23 мм" disc)."""
    mm, sizes = one.get("mm"), other.get("size")
    if not mm or len(mm) != 1 or not sizes or "mm" in other or "size" in one:
        return None
    length = next(iter(mm))
    measures = {m for s in sizes if _ACROSS.match(s) for m in s.split("x")}
    if not measures:
        return None
    value = float(length)
    if any(value in (float(m), float(m) * 10, float(m) / 10) for m in measures):
        return None
    return mm, sizes


def _unthreaded(sizes: frozenset[str]) -> frozenset[str]:
    """Sizes written across without a metric thread's "m" ("m8x40" -> "8x40"): a price list that
    leaves the letter out of a bolt's size writes the same size."""
    return frozenset(s[1:] if s.startswith("m") else s for s in sizes)


def _written_rounded(whole: frozenset[str], exact: frozenset[str]) -> bool:
    """``whole`` is ``exact`` written without its decimals: one whole number that the one
    decimal rounds down to ("14" for "14.1", never "1" for "1.5" or "15" for "15.6")."""
    if len(whole) != 1 or len(exact) != 1:
        return False
    (w,), (e,) = whole, exact
    if "." in w or "." not in e:
        return False
    try:
        integer, value = int(w), float(e)
    except ValueError:
        return False
    return int(value) == integer and value - integer < 0.5


def _counts_said_bare(counted: Attributes, silent: Attributes) -> frozenset[str]:
    """The pack count one name states ("24-count", "200ct") that the other, silent on the
    pack, writes as a bare number of what it holds ("24 per pack", "200 box", "10-disc")."""
    if "pcs" in silent.units:
        return frozenset()
    count = counted.units.get("pcs", frozenset())
    return count if len(count) == 1 and count <= silent.numbers else frozenset()


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


def accessory_difference(offer: Attributes, offer_tokens, item: Attributes, item_tokens) -> "Difference | None":
    """One name is an accessory "for" a product and the other is not that accessory (it
    does not say the accessory's own word): "Case for iPod nano" vs the iPod."""
    for a, b, b_tokens, flip in ((offer, item, item_tokens, False), (item, offer, offer_tokens, True)):
        heads = a.words.get("role")
        if not heads or b.words.get("role"):
            continue
        shared = a.codes & b.codes
        # Sharing only the code of the product it fits ("Handset for CS6719" and the CS6719
        # phone), or no code and not the accessory's word: not the accessory.
        if (shared and shared <= a.words.get("fits", frozenset())) or (not shared and not heads <= b_tokens):
            sides = (frozenset({"accessory"}), frozenset())
            return Difference("role", *(sides[::-1] if flip else sides))
    # An offer "для" / "do" / "für" the item's code whose word before the cue the item does not
    # say: a remote, a case, a bracket for it. (A catalog's "Ekspres do kawy" names a use: only
    # the offer is read so, and "Фен для волос" is the item's фен.)
    used = offer.words.get("use")
    shared = offer.codes & item.codes | written_apart(offer.codes, item.codes, item_tokens)
    if used and not item.words.get("role") and shared and shared <= offer.words.get("fits", frozenset()) \
            and not used <= item_tokens:
        return Difference("role", frozenset({"accessory"}), frozenset())
    return None


# Unit letters that model names end with: "nüvi 260W", "Bosch GSR 12V".
_MODEL_UNITS = ("w", "v")


def _glued_unit(a: Attributes, b: Attributes) -> tuple[str, str] | None:
    """A bare number on one side said with a unit letter on the other, which does not state
    that unit otherwise: "nüvi 260" is not the "nüvi 260W"."""
    for unit in _MODEL_UNITS:
        if unit in b.units and unit not in a.units:
            same = a.numbers & b.units[unit]
            if same:
                n = min(same)
                return n, n + unit
    return None


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


def code_colour(offer: Attributes, item: Attributes) -> "Difference | None":
    """The offer says a colour; the item says none in words but its model code ends with
    another colour's letters (AM53WH for "Black")."""
    colours = offer.words.get("colour")
    if not colours or item.words.get("colour"):
        return None
    for code in sorted(item.codes):
        for n in (3, 2):
            colour = LETTERS_COLOUR.get(code[-n:])
            if colour and len(code) - n >= 4 and any(ch.isdigit() for ch in code[:-n]) and code[-n - 1].isdigit():
                return None if colour in colours else Difference("colour", colours, frozenset({colour}))
    return None
