"""Product names to comparable tokens, computed once per distinct string.

Supplier and shop names spell one product many ways: ``Sаmsung`` with a Cyrillic ``а``,
``невымываемыйPROSEPT`` glued, ``500мл`` / ``0,5 л``, ``8/256GB`` / ``8+256 Гб``, ``55"`` /
``55 дюймов``, ``NEW!`` in front. ``clean_text`` folds the spelling; ``units`` turns
measurements into one canonical token each (``500ml``, ``8gb``, ``55in``); ``tokens``
drops stop words and strips Russian/Ukrainian endings so ``белых`` = ``белый``.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pricesync.match.reading import words
from pricesync.match.reading.words import alternatives, starting_with
from pricesync.match.reading.tyre_sizes import read_sizes
from pricesync.match.reading.units import canonical_units, cranking_current

# Letters that look the same in both scripts. A word written mostly in one script with a
# stray letter of the other (``Sаmsung``, ``Сement`` from dealer sites) is folded to the
# majority script; whole words of either script stay as they are.
_CYR_TO_LAT = str.maketrans("аеорсухкмтнвіјѕԁӏ", "aeopcyxkmthbijsdl")
_LAT_TO_CYR = str.maketrans("aeopcyxkmthb", "аеорсухкмтнв")
_CYR = CYRILLIC = re.compile(r"[а-яёіїєґ]")
_LAT = re.compile(r"[a-z]")
_LETTER_RUN = re.compile(r"[^\W\d_]+")

_SPACES = re.compile(r"\s+")
# Case and script boundaries inside one glued word: ``невымываемыйPROSEPT``,
# ``ULTRAконцентрат``, ``50готовый``, ``ProseptMultipowerWood``.
# (The letter before a boundary is matched, not looked behind at: a search then skips to the letters
# it may begin with instead of trying every position.)
_SCRIPT_BOUNDARY = re.compile(r"[а-яёіїєґА-ЯЁІЇЄҐ](?=[A-Za-z])|[A-Za-z](?=[а-яёіїєґА-ЯЁІЇЄҐ])")
_DIGIT_CYR_WORD = re.compile(r"\d(?=[а-яёіїєґА-ЯЁІЇЄҐ]{3,})")
_CAMEL = re.compile(r"(?<=[a-zа-яё]{2})(?=[A-ZА-ЯЁ][a-zа-яё])")
_LONG_WORD = re.compile(r"[^\W\d_]{12,}")

# Marketing words that say nothing about the product ([marketing] noise of the word files;
# "new!" is "new" followed by "!").
_NOISE = re.compile(r"(?!x)x")

STOP_WORDS = words.STOP_WORDS

# Endings of Russian/Ukrainian adjectives and nouns ([stemmer] endings): a light stemmer so the
# same word in another case or gender compares equal (``невымываемый``/``невымываемая``).
_ENDINGS_BY_SIZE: dict[int, frozenset[str]] = {}


def fold_homoglyphs(word: str) -> str:
    """``sаmsung`` (Cyrillic а) -> ``samsung``; ``пpивет`` (Latin p) -> ``привет``."""
    cyr = len(_CYR.findall(word))
    lat = len(_LAT.findall(word))
    if not cyr or not lat:
        return word
    if lat >= cyr:
        return word.translate(_CYR_TO_LAT)
    return word.translate(_LAT_TO_CYR)


def fold_cyrillic_lookalikes(text: str) -> str:
    """Cyrillic letters that look like Latin ones as the Latin ones (``SМ-А556В`` -> ``SM-A556B``)."""
    return text.translate(_CYR_TO_LAT)


def split_glued(text: str) -> str:
    """Spaces where a dealer glued words: script changes, digits before a Cyrillic word,
    and camel case inside long words only (``ProseptMultipowerWood``), so ``iPhone`` or
    ``PowerShot`` stay whole."""
    if text.isascii():
        return _LONG_WORD.sub(lambda m: _CAMEL.sub(" ", m.group(0)), text) if _LONG_WORD.search(text) else text
    if _SCRIPT_BOUNDARY.search(text):
        # Fold stray look-alike letters first, or ``Сement`` (Cyrillic С) would split into ``С ement``.
        text = _LETTER_RUN.sub(lambda m: _fold_case_kept(m.group(0)), text)
        text = _SCRIPT_BOUNDARY.sub(r"\g<0> ", text)
    if _DIGIT_CYR_WORD.search(text):
        text = _DIGIT_CYR_WORD.sub(r"\g<0> ", text)
    if _LONG_WORD.search(text):
        text = _LONG_WORD.sub(lambda m: _CAMEL.sub(" ", m.group(0)), text)
    return text


_SCRIPT_SEGMENT = re.compile(r"[a-z]+|[^a-z]+")
_LOOKALIKE_CYR = frozenset("аеорсухкмтнвіјѕԁӏ")
LOOKALIKE_CYRILLIC = _LOOKALIKE_CYR  # Cyrillic letters that look like Latin ones
_LOOKALIKE_LAT = frozenset("aeopcyxkmthb")


def _fold_case_kept(word: str) -> str:
    """Fold one or two look-alike letters of the other script inside a word of one script
    (``Sаmsung``, ``Сement``), keeping the letter case; longer runs of each script are two
    glued words (``невымываемыйPROSEPT``) and stay for ``split_glued``."""
    lower = word.lower()
    segments = _SCRIPT_SEGMENT.findall(lower)
    if len(segments) < 2:
        return word
    out = []
    for i, seg in enumerate(segments):
        latin = seg[0] in "abcdefghijklmnopqrstuvwxyz"
        neighbours = [len(segments[j]) for j in (i - 1, i + 1) if 0 <= j < len(segments)]
        if len(seg) <= 2 and max(neighbours) >= 2 and set(seg) <= (_LOOKALIKE_LAT if latin else _LOOKALIKE_CYR):
            seg = seg.translate(_LAT_TO_CYR if latin else _CYR_TO_LAT)
        out.append(seg)
    folded = "".join(out)
    if folded == lower:
        return word
    return "".join(f.upper() if o.isupper() else f for o, f in zip(word, folded))


_NEVER = re.compile(r"(?!x)x")


def cue_search(cues) -> re.Pattern:
    """One search for any of ``cues`` written anywhere in a text: the cheap test whether a costlier
    pattern need run (one search, not a loop over a list of words). The cues are compiled as a
    tree of their letters ("tl f|tl r" as "tl\\s+(?:f|r)"): a few hundred shorthand keys tried one
    by one at every letter of every name cost five times as much; which cue matched is not asked."""
    tree: dict = {}
    for cue in cues:
        node = tree
        for unit in _CUE_UNIT.findall(cue.strip()):
            if "" in node:
                break  # a shorter cue already found wherever this one is
            node = node.setdefault(r"\s+" if unit.isspace() else re.escape(unit), {})
        else:
            node.clear()
            node[""] = {}
    return re.compile(_tree_pattern(tree)) if tree else _NEVER


_CUE_UNIT = re.compile(r"\s+|.", re.DOTALL)


def _tree_pattern(node: dict) -> str:
    if "" in node:
        return ""
    branches = [unit + _tree_pattern(child) for unit, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# Accented Latin letters ("nüvi", "Motörhead", "Bosendörfer") and Greek letters with their accent or
# diaeresis ("θερινό" of a shop, "ΘΕΡΙΝΟ" of a wholesaler in capitals) compare as plain ones; Cyrillic
# letters (й, ё) are left to their own rules.
_ACCENTED = re.compile(r"[\u00c0-\u024f\u0386\u0388-\u038a\u038c\u038e-\u0390\u03aa-\u03b0\u03ca-\u03ce]")


def _plain_latin(m: re.Match) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", m.group(0)) if not unicodedata.combining(c))


def clean_text(text: object) -> str:
    """Unicode, case, ``ё``, look-alike letters, glued words, marketing noise."""
    if text is None:
        return ""
    s = str(text)
    if not s.isascii():
        # The number sign says what follows is a number, glued or not: "№60" is the number 60 (a shade's
        # number), as "#60" is, not a code "No60" as NFKC would spell it, nor the letters "No" a model's
        # number is joined to ("HD 202" = "HD202").
        s = unicodedata.normalize("NFKC", s.replace("№", "# ") if "№" in s else s)
        if _ACCENTED.search(s):
            s = _ACCENTED.sub(_plain_latin, s)
    s = split_glued(s)
    if _SUN_CAPITALS.search(s) and _LOWER_WORD.search(s):
        s = _SUN_CAPITALS.sub("spf ", s)  # "OF 30" of a Czech name; not "(BOX OF 25)" of one in capitals
    s = s.lower().replace("ё", "е")
    if "." in s:
        s = _GLUED_CUT.sub(_glued_cut, s)  # "OIL CONTR.GEL-CR.LSF50+": "CONTR." and "CR." are cut words
    if _SUN_WORDS_CUE.search(s):
        s = _SUN_WORDS.sub("spf ", s)
    s = _NOISE.sub(" ", s)
    if _SKIN_CUES.search(s):
        s = _SKIN.sub(_skin_types, s)
    if _PEROXIDE_CUE.search(s):
        s = _PEROXIDE_VOLUMES.sub(_peroxide_volumes, s)  # "6% 20 vol": the 6 % again; "20 vol" alone: 6 %
    if "/" in s:  # a lens's aperture "f/3.5-5.6" is not a model code
        s = _APERTURE.sub(" ", s)
    if "dect" in s:  # a phone standard, not the Plus model
        s = _DECT.sub(" dect6 ", s)
    if "usb" in s or "type" in s:
        s = _USB_C.sub(" usbc ", s)
    if "sd" in s:  # memory cards: "Class 10" = "C10" = "CL10"
        s = _SPEED_CLASS.sub(r" class\g<n> ", s)
    if "tri" in s:
        s = _TRICOLOUR.sub("tricolor", s)
    s = read_sizes(s)
    return " ".join(s.split())


# A developer's strength in volumes after a bare 10, 20, 30 or 40 ([peroxide] volumes): "6% 20 vol", "20VOL".
_PEROXIDE_VOLUMES = re.compile(r"(?!x)x")
_PEROXIDE_CUE = re.compile(r"(?!x)x")
_PERCENT_SAID = re.compile(r"\d\s?%")


def _peroxide_volumes(m: re.Match) -> str:
    """ "20 vol" is 6 %: left out where the name writes its percent, else read as the percent (x 0.3)."""
    if _PERCENT_SAID.search(m.string):
        return " "
    return f" {int(m.group(1)) * 3 / 10:g}% "


_DECT = re.compile(r"(?<![^\W_])dect\s*6(?:\.0)?\s*(?:\+|plus(?![^\W_]))?")
_APERTURE = re.compile(r"(?<![^\W_])f/\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?")
_USB_C = re.compile(r"(?<![^\W_])(?:usb|type)[\s-]?c(?![^\W_])")
_SPEED_CLASS = re.compile(r"(?<![^\W_])(?:class|cl|c)\s?(?P<n>2|4|6|10)(?![^\W_])")
_TRICOLOUR = re.compile(r"(?<![^\W_])tri[\s-]?colou?r(?:ed)?(?![^\W_])")
# A stainless grade's letters ("A2") in a name that names a metric thread or a fastener's standard
# ([fasteners]): the stainless finish.
_STEEL_GRADE = re.compile(r"(?!x)x")
_FASTENER_CUE = re.compile(r"(?!x)x")
_STAINLESS_SAID = re.compile(r"(?!x)x")
_STAINLESS_WORD = ""
# A sun protection factor as a language writes it before its number ([sun_protection]: "ФЗ 30"; the
# Czech "OF 30" only in capitals, in a name not all in capitals) is the SPF; a variant word read
# with its number ([variants] glued: "SPF 30", "SPF-30") is written glued, as "SPF30" is.
_SUN_WORDS = re.compile(r"(?!x)x")
_SUN_WORDS_CUE = _NEVER
_SUN_CAPITALS = re.compile(r"(?!x)x")
_LOWER_WORD = re.compile(r"[a-zа-яёіїєґ]{2}")  # a name not all in capitals ("M10 x 60" is)
_GLUED_NUMBER = re.compile(r"(?!x)x")
_GLUED_CUES: tuple[str, ...] = ()
_GLUED_CUE = _NEVER
_DECIMAL_LABEL = re.compile(r"(?!x)x")
_DECIMAL_LABEL_CUE = _NEVER


# Each word's stem, read once: a name's every token asks it (cleared when the endings change).
_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    """Strip one common ending from a Cyrillic word, keeping at least three letters."""
    got = _STEMS.get(word)
    if got is None:
        got = _STEMS[word] = _stem(word)
    return got


def _stem(word: str) -> str:
    if len(word) <= 4 or not _CYR.match(word):
        if len(word) > 4 and word.isalpha() and word.isascii() and word.endswith("s") and not word.endswith("ss"):
            return word[:-1]  # "tools" = "tool"
        return word
    for size in (3, 2, 1):
        if word[-size:] in _ENDINGS_BY_SIZE[size] and len(word) - size >= 3:
            return word[:-size]
    return word


# Dealer shorthand ([shorthand]): "Средство д/очистки", "конц-т 1:10"; "v2.0", "ver. 2",
# "version 2.0" ([version] words) are the version number "2". A key ending in a joiner ("д/",
# "wod.toal.") is followed by a word; one ending in a sign ("R+", "(0)") may end the name.
_SHORTHAND = re.compile(r"(?!x)x")
_SHORTHAND_TEXT: dict[str, str] = {}
_SHORTHAND_CUES = _NEVER
_FOR_CUES = _NEVER
# "Bath Acid+", "Galaxy S10+", "Duty Hard +" are variants named "plus"; "+акрил" is not.
_PLUS_VARIANT = re.compile(r"(?<=[^\W_])\s*\+(?![^\W_])|(?<=[^\W_]\))\s*\+(?![^\W_])")
# A year of make with its "+" glued on ("Toyota Camry XV70 2017+", "Tesla Model 3 2017+"): from that year on, as
# "(2017-)" writes it, not the Plus variant.
_YEAR_ON = re.compile(r"(?<![^\W_])((?:19[5-9]|20[0-4])\d)\+(?![^\W_])")
# "Matte+Poreless" is written "Matte + Poreless" too: one "+" however spaced. "Duo(+)" is "Duo+".
# A line's "+" glued to the load word after it ("North 2+XL") is the Plus line and XL ([tyres] load_words).
_PLUS_BEFORE_LOAD = re.compile(r"(?!x)x")
_JOINING_PLUS = re.compile(r"(?<=[a-z]{2})\+(?=[a-z]{2})")
# A "+" apart between two words, one of them a kind of product ([product_types]: "żel + antyperspirant + krem",
# "dezodorant sztyft + żel pod prysznic", "szampon + odżywka") or both words of a position ([positions]: "левая +
# правая"): it joins what a set holds, each a product or a part of its own (as "&" does), not the Plus variant.
_SET_PLUS = re.compile(r"(?<![^\W_])([^\W\d_]+) \+ (?=([^\W\d_]+)(?![^\W_]))")
_POSITION_WORDS: frozenset[str] = frozenset()


def names_a_kind(word: str) -> bool:
    """The word names a kind of product ([product_types]: "szampon", "Lotion"), in any form."""
    return stem(word) in KIND_OF_TYPE_STEM


def _set_plus(m: re.Match) -> str:
    before, after = m.group(1), m.group(2)
    if names_a_kind(before) or names_a_kind(after) or (
            before in _POSITION_WORDS and after in _POSITION_WORDS):
        return before + " & "
    return m.group(0)


_BRACKETED_PLUS = re.compile(r"\(\+\)")
# A wheel's width in inches before the letter of its rim's flange and its diameter: "6.5Jx16" (as the wheel
# is marked), "R16 6.5J", "R16 5x114.3 6.5J", "6.5J R16" (as marketplaces write it) are the size 6.5x16
# written across.
_RIM_J = re.compile(r"(?<![\w.,])(?:(?P<w>\d{1,2}(?:[.,]\d{1,2})?)\s?j\s?[xх×]\s?(?P<d>\d{2})"
                    r"|r\s?(?P<d2>\d{2})\s+(?P<mid>\d{1,2}[xх×*]\d{2,3}(?:[.,]\d{1,2})?\s+)?(?P<w2>\d{1,2}(?:[.,]\d{1,2})?)\s?j"
                    r"|(?P<w3>\d{1,2}(?:[.,]\d{1,2})?)\s?j\s+r\s?(?P<d3>\d{2}))(?![^\W_]|[.,]\d)")


def _rim_j(m: re.Match) -> str:
    width = m.group("w") or m.group("w2") or m.group("w3")
    return f"{width}x{m.group('d') or m.group('d2') or m.group('d3')} {m.group('mid') or ''}"


# A "+" apart between two part numbers, the second within a few words ("TRW GDB1550 Brake Pad Set Front
# + DF4372 Brake Discs", "destičky TRW GDB1550 + kotouče TRW DF4372", "Makita DDF485Z + BL1850B"): a set
# of the two parts (the word "bundle" after it, [packages] kit), whatever part number a column gives ("FR7DC+", "B5+",
# "Primacy 4+" glue theirs; "Matte + Poreless", "100ml + gratis" name no part after it).
_PART_NUMBER = r"(?<![^\W_])[a-z]{0,4}\d{3,}[a-z\d]*(?![^\W_])"
_PARTS_PLUS = re.compile(r"(?<=\s)\+(?=\s+(?:[^\W\d_]+\s+){0,3}[a-z]{1,4}\d{3,}[a-z\d]*(?![^\W_]))")
_PART_BEFORE = re.compile(_PART_NUMBER)


def _parts_plus(m: re.Match) -> str:
    return "+ bundle" if _PART_BEFORE.search(m.string, 0, m.start()) else m.group(0)


# What a cross-reference names ([cross_reference] cues: "аналог BOSCH 0986494104", "zamiennik
# ..."), up to the next separator: another maker's part this one replaces, not this one.
_REFERENCE_SEGMENT = re.compile(r"(?!x)x")
_REFERENCE_CUE_AT = re.compile(r"(?!x)x")
# "ADSL2+" is a line standard ([plus_names]), not the Plus variant of a product.
_STANDARD_PLUS = re.compile(r"(?!x)x")
_TOKEN = re.compile(r"[^\W_]+(?:[-/.][^\W_]+)*")
_DECIMAL = re.compile(r"^\d+\.\d+$")
# Three digits, a full stop and three digits, no unit after them: a maker's part number ("Elring 150.160",
# "325.155"), not a measure - a measure of three decimals is written with its unit, a thousands' point
# with one to three digits before it is no name's number either way.
_DOTTED_CODE = re.compile(r"^\d{3}\.\d{3}$")
_JOINERS = re.compile(r"[-/.]")
_HAS_DIGIT = re.compile(r"\d")
# A word of 5+ Cyrillic letters glued to a code never starts it ("средство025"). Latin ones
# may ("DCRDVD610", "JBLFLIP5BLKAM"): ``names`` splits those only when the word is one people
# also write alone ("prosept025-10").
_LETTER_TO_DIGIT = re.compile(r"([а-яёіїєґ]{5,})(?=\d)")


# What an accessory is "for" ([accessory] fits), up to the next separator: "Control For iPod -
# DEHP4000UB" fits the iPod; DEHP4000UB is its own code.
_FOR_SEGMENT = re.compile(r"(?!x)x")
_REFERENCE_CUES = _NEVER
# A [product_types] word, stemmed -> its kind ("шампуня" = "шампунь"); attributes and the vetoes read it too.
KIND_OF_TYPE_STEM: dict[str, str] = {}
# "3 в 1", "3в1", "2 w 1", "3-in-1": one count, "3in1" ([counted] in_one: the words for "in").
_IN_ONE = re.compile(r"(?!x)x")
# Whose skin or hair a cosmetic is for, read beside a word of skin or hair before or after it ("для
# нормальної та комбінованої шкіри", "for Dry to Very Dry Skin", "peau normale à mixte"): each type
# word written as words.SKIN_MARK and its value ("skintypedry"), read so by words.word_attributes.
_SKIN = re.compile(r"(?!x)x")
_SKIN_TYPE = re.compile(r"(?!x)x")
_SKIN_CUES = _NEVER
_SKIN_CUT: dict[str, str] = {}  # a type word cut with a full stop ("д/норм.-жирн.волосся") -> its value


def _skin_types(m: re.Match) -> str:
    group = "before" if m.group("before") is not None else "after"
    start, end = m.start(group) - m.start(0), m.end(group) - m.start(0)
    run = _SKIN_TYPE.sub(lambda w: words.SKIN_MARK + (words.SKIN_TYPES.get(w.group(0)) or _SKIN_CUT[w.group(0)[:-1]]) + " ",
                         m.group(group))
    return m.group(0)[:start] + run + m.group(0)[end:]
# "set of 4", "(Box of 100)": a count of pieces written before its number ([counted] of).
_COUNT_OF = re.compile(r"(?!x)x")
_COUNT_OF_CUES = _NEVER
# A short price line's bare number right after a fragrance's concentration ("SAUVAGE EDT 100 M", "LIBRE EDP
# 90 W", "CH BLEU EDT 50"): the bottle's millilitres, the letter after it whom the scent is for (not watts
# or metres) - unless a unit of volume or weight follows ([line_kinds] words; [units] ml, l, floz, g, kg).
_CONCENTRATION_VOLUME = re.compile(r"(?!x)x")
_CONCENTRATION_CUE = _NEVER
# "x4 Set": a count of pieces written as times before the word of a set ([counted] of).
_TIMES_SET = re.compile(r"(?!x)x")
_TIMES_SET_CUES = _NEVER
# The trade's count of a pack written after its plural noun with an "s" ("Blades 4s", "BLADES 12S",
# "Tablets 16s", "Refills 8's"): that many pieces. Only after a plural (a word ending in "s", not "ss",
# "us" or "is"): "Pilot Sport 4S", "MX Master 3S", "RoboVac 11S", "Vector 4S" name a model.
_TRADE_COUNT_CUE = re.compile(r"\d'?s(?![^\W_])")
_TRADE_COUNT = re.compile(r"(?<![^\W_])([a-z]{2,}[^\W\dsiu_]s)\s+(\d{1,3})'?s(?![^\W_])")


def raw_tokens(text: object) -> tuple[list[str], set[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Tokens of a name before stemming, the codes written with joiners (``KDL-46V5100`` ->
    token and code ``kdl46v5100``; ``008-1`` -> ``0081``), the tokens of what it is "for", the
    words that only qualify the last word of a compound ("крем" of "крем-мыло", a soap), and the
    codes its cross-references name (``referenced_codes``), read here from the one cleaning."""
    s = clean_text(text)
    if " + " in s:
        s = _PARTS_PLUS.sub(_parts_plus, s)
    if "+" in s:
        s = _JOINING_PLUS.sub(" + ", _BRACKETED_PLUS.sub("+", s))
    replaced = frozenset()
    if _REFERENCE_CUES.search(s):
        replaced = _codes_referenced(s)
        s = _REFERENCE_SEGMENT.sub(lambda m: _referenced(m, s), s)
    s = _IN_ONE.sub(r"\1in1", s)
    if _COUNT_OF_CUES.search(s):
        s = _COUNT_OF.sub(r" \1 pcs ", s)
    if _TIMES_SET_CUES.search(s):
        s = _TIMES_SET.sub(r" \1 pcs ", s)
    if _TRADE_COUNT_CUE.search(s):
        s = _TRADE_COUNT.sub(r"\1 \2 pcs", s)
    if "j" in s:
        s = _RIM_J.sub(_rim_j, s)  # a wheel's "6.5Jx16", "R16 6.5J", "6.5J R16": the size 6.5x16
    if _CONCENTRATION_CUE.search(s):
        s = _CONCENTRATION_VOLUME.sub(r"\1 \2ml", s)  # "SAUVAGE EDT 100 M", "CH BLEU EDT 50": 100 ml, 50 ml
    s = canonical_units(s)
    if _STAINLESS_WORD and _STEEL_GRADE.search(s) and _FASTENER_CUE.search(s) and not _STAINLESS_SAID.search(s):
        s = _STEEL_GRADE.sub(rf"\g<0> {_STAINLESS_WORD}", s)
    if "." in s and _CUT_TO:
        s = _CUT_WORD.sub(_expand_cut, s)
        if _AXLE_CUT_TO and _SIZED.search(s):
            s = _CUT_WORD.sub(_expand_axle_cut, s)  # "315/80R22.5 ... РУЛ." is a steer tyre
    if _SHORTHAND_CUES.search(s):
        s = _SHORTHAND.sub(_shorthand_text, s)
    if "ah" in s or "plus" in s:
        s = cranking_current(s)
    if _GLUED_CUE.search(s):
        s = _GLUED_NUMBER.sub(r"\1\2", s)  # "SPF 30", "SPF-30", "LSF 30" are all "SPF30"
    if _DECIMAL_LABEL_CUE.search(s):
        s = _DECIMAL_LABEL.sub(" ", s)  # "D67.1", "DIA 67.1", "ЦО 67.1": the bore's 67.1
    if "+" in s:
        if " + " in s:
            s = _SET_PLUS.sub(_set_plus, s)
        s = _PLUS_VARIANT.sub(" plus ", _STANDARD_PLUS.sub(r"\1plus", _PLUS_BEFORE_LOAD.sub("+ ", _YEAR_ON.sub(r"\1 ", s))))
    tokens: list[str] = []
    joined_codes: set[str] = set()
    modifiers: set[str] = set()
    before: tuple[str, str, int] | None = None  # the last plain word's kind, the word and where it ended
    for found in _TOKEN.finditer(s):
        tok = found.group()
        parts, joined = _split_token(tok)
        tokens.extend(parts)
        if joined:
            joined_codes.add(parts[-1])
        elif len(parts) > 1 and stem(parts[-1]) not in KIND_OF_TYPE_STEM:
            modifiers.update(parts[:-1])
        # Two kind words written one after the other name one kind, the last ("Water Gel" is a gel, "Gel
        # Cream" a cream, "крем гель" a gel): the first only qualifies it. Not across a joiner or a mark
        # ("Shampoo & Conditioner", "гель, крем": two products' kinds, or a list of them).
        kind = KIND_OF_TYPE_STEM.get(stem(parts[0])) if len(parts) == 1 and not joined else None
        if kind and before and before[0] != kind and not s[before[2]:found.start()].strip():
            modifiers.add(before[1])
        before = (kind, parts[0], found.end()) if kind else None
    fits: set[str] = set()
    if _FOR_CUES.search(s):
        for segment in _FOR_SEGMENT.findall(s):
            for tok in _TOKEN.findall(segment):
                fits.update(_split_token(tok)[0])
    return tokens, joined_codes, frozenset(fits), frozenset(modifiers), replaced


def _referenced(m: re.Match, text: str) -> str:
    """A cross-reference is left out of the name; a cue that names no part number after it ("...
    RE504836 ZAMIENNIK", "(аналог)", "(аналог, Туреччина)", "... 58101-1RA00 аналог Корея", "аналог
    The Ordinary") says the offer itself is another maker's part replacing the one its name names:
    an aftermarket part ([conditions]). So does one naming a maker and its number ("аналог Lemförder
    34290 01", "аналог Makita HR2470") where the rest of the name names neither that maker nor a part
    number of its own ("Стойка стабилизатора задняя Ford Focus II"): the offer is no part of the maker
    it refers to, and nothing else says whose it is. A name with its own number ("TRW GDB1550 (аналог
    FERODO FDB1617)", "... 54651-4L000 (аналог KYB 339242) TANGDE") keeps it and is read by it."""
    after = m.group(0)[_REFERENCE_CUE_AT.match(m.group(0)).end():]
    if not _HAS_DIGIT.search(after):
        return " aftermarket "
    maker = _REFERENCED_MAKER.match(after)
    if maker:
        rest = text[:m.start()] + " " + text[m.end():]
        if not re.search(rf"(?<![^\W_]){re.escape(maker.group(1))}(?![^\W_])", rest) \
                and not _OWN_NUMBER.search(_DIGIT_JOINS.sub("", rest)):
            return " aftermarket "
    return " "


# The maker a cross-reference names before its number: a word of letters, then a word with a digit.
_REFERENCED_MAKER = re.compile(r"\s*([^\W\d_][^\W\d_'-]+)\s+[^\W_]*(?:[-/.][^\W_]*)*\d")
# A part number of the name's own: four digits or more (written in groups too), or letters with three digits.
_DIGIT_JOINS = re.compile(r"(?<=\d)[\s/.-]+(?=\d)")
_OWN_NUMBER = re.compile(r"\d{4}|(?<![^\W_])(?=[^\W_]*[^\W\d_])(?=(?:[^\W_]*?\d){3})[^\W_]+")


def referenced_codes(text: object) -> frozenset[str]:
    """The codes a name's cross-references name ("аналог 2111-3705010", "(аналог BOSCH 0 986 494 104)",
    "zamiennik AL203061"): the parts the offer replaces, which ``raw_tokens`` leaves out of its name.
    A number written in groups is also read whole ("0 986 494 104" = "0986494104")."""
    s = clean_text(text)
    return _codes_referenced(s) if _REFERENCE_CUES.search(s) else frozenset()


def _codes_referenced(s: str) -> frozenset[str]:
    out: set[str] = set()
    for m in _REFERENCE_SEGMENT.finditer(s):
        after = m.group(0)[_REFERENCE_CUE_AT.match(m.group(0)).end():]
        digits: list[str] = []
        for tok in _TOKEN.findall(after):
            parts, _ = _split_token(tok)
            out.update(p for p in parts if _HAS_DIGIT.search(p) and len(p) >= 4)
            digits.extend(p for p in parts if p.isdigit())
        if len(digits) >= 2:
            out.add("".join(digits))
    return frozenset(out)


# "C8721WN#140" (HP's localisation), "WNR2000-100NAS" (Netgear's packaging): the model
# code before the suffix names the product.
PART_SUFFIX = re.compile(r"(?:#[^\W_]{1,4}|-\d{3}[a-z]{2,4})$", re.IGNORECASE)


@lru_cache(maxsize=300_000)
def _split_token(tok: str) -> tuple[tuple[str, ...], bool]:
    """(tokens, written with joiners) of one raw token: ``kdl-46v5100`` -> (``kdl46v5100``,),
    True; ``крем-мыло`` -> (``крем``, ``мыло``); ``2.50`` -> (``2.5``,)."""
    from pricesync.match.reading.units import UNIT_TOKEN

    glued = _LETTER_TO_DIGIT.match(tok)
    if glued:
        return (glued.group(1), *_split_token(tok[glued.end(1):])[0]), _split_token(tok[glued.end(1):])[1]
    if _HAS_DIGIT.search(tok) and _CYR.search(tok):
        tok = tok.translate(_CYR_TO_LAT)  # "М034-2" with a Cyrillic М is the code m0342
    if UNIT_TOKEN.match(tok):
        return (tok,), False
    if _DECIMAL.match(tok):
        if _DOTTED_CODE.match(tok):
            return (tok.replace(".", ""),), True
        return (tok.rstrip("0").rstrip("."),), False
    if _JOINERS.search(tok):
        if _HAS_DIGIT.search(tok):
            base = PART_SUFFIX.sub("", tok)
            if base != tok and _HAS_DIGIT.search(base) and not base.isdigit() and len(base) >= 5:
                tok = base
            return (_JOINERS.sub("", tok),), True
        return tuple(p for p in _JOINERS.split(tok) if p), False
    return (tok,), False




# The tables whose words a price list cuts with a full stop and which compare both names ("ГАЛЬМ.
# ПЕР." front, "глянц." gloss): not a condition or a package, which a name says on one side only,
# so that a cut read wrongly would hold back the plain product.
_CUT_TABLES = ("positions", "finishes", "seasons", "studs", "genders", "scents", "times_of_day", "bristles", "polarities", "tubes")
# Letters a cut word has at least.
CUT_MIN = 3
_CUT_WORD = re.compile(r"(?<![\w.])([^\W\d_]{3,})\.(?![\w.])")
def _glued_cut(m: re.Match) -> str:
    """A cut word and the word glued to its stop written apart, unless the two are a shorthand
    the word files spell so ("wod.toal." is "woda toaletowa") or a part number's groups ("NX.KDEEP.00F")."""
    if _SHORTHAND.match(m.string, m.start()):
        return m.group(0)
    end = m.string.find(" ", m.end())
    if _DOT_DIGIT.search(m.string, m.end(), len(m.string) if end < 0 else end):
        return m.group(0)  # a part number written with stops ("NX.KDEEP.00F"), not a cut word
    return m.group(1) + ". "


# A word of letters cut with a full stop and the next word glued to the stop ("CONTR.GEL", "ТОН.КРЕМ",
# "GEL-CR.LSF50"): read apart, as "CONTR. GEL"; two letters at least on each side ("A.B." stays).
_DOT_DIGIT = re.compile(r"\.\d")
_GLUED_CUT = re.compile(r"(?<![\w.])([^\W\d_]{2,})\.(?=[^\W\d_]{2})")
_CUT_TO: dict[str, str] = {}


# A tyre's size as ``clean_text`` writes it (``31580r225``, ``120r20``): in a name saying one, a truck
# tyre's axle role is read cut too ("РУЛ.", "(вед.)", "ПРИЦ."), which elsewhere is a steering part's.
_SIZED = re.compile(r"(?<![^\W_])\d{2,5}[rd]\d{2}[35]?c?(?![^\W_])")
_AXLE_CUT_TO: dict[str, str] = {}


def _axle_cuts(maps) -> dict[str, str]:
    """{cut: an axle role's word} for every beginning of a truck tyre's axle-role word ([positions])
    that begins words of that one meaning only among the cut tables' words and is no word itself."""
    axle = {w: m for w, m in maps.get("positions", {}).items()
            if " " not in w and words.POSITION_KINDS.get(m) == "axle role"}
    others = {w: m for table in _CUT_TABLES for w, m in maps.get(table, {}).items() if " " not in w}
    meanings = _meanings_of_beginnings(others)
    return {word[:n]: word for word in sorted(axle, key=len) for n in range(CUT_MIN, len(word))
            if meanings.get(word[:n]) == {axle[word]} and word[:n] not in others}


def _expand_axle_cut(m: re.Match) -> str:
    full = _AXLE_CUT_TO.get(m.group(1))
    return m.group(0) if full is None else full + " "


def _cut_words(maps) -> dict[str, str]:
    """{cut: a word it stands for} for every beginning of the tables' words that begins words of
    one meaning only and is no word of them itself."""
    # (a truck tyre's axle role is not read cut: "РУЛ." is a steering part's "рулевой" as often as a steer tyre's)
    words_of = {w: (table, m) for table in _CUT_TABLES for w, m in maps.get(table, {}).items()
                if " " not in w and not (table == "positions" and words.POSITION_KINDS.get(m) == "axle role")}
    spelled: dict[str, str] = {}
    for word in words_of:
        for n in range(CUT_MIN, len(word)):
            spelled.setdefault(word[:n], word)
    return {cut: spelled[cut] for cut, ms in _meanings_of_beginnings(words_of).items()
            if len(ms) == 1 and cut not in words_of}


def _meanings_of_beginnings(meaning_of: dict[str, object]) -> dict[str, set]:
    """{a beginning of a word, ``CUT_MIN`` letters or more and shorter than the word: the meanings of
    the words it begins} - which cut stands for one meaning only."""
    meanings: dict[str, set] = {}
    for word, meaning in meaning_of.items():
        for n in range(CUT_MIN, len(word)):
            meanings.setdefault(word[:n], set()).add(meaning)
    return meanings


def cut_words_in(text: str) -> set[str]:
    """The words ``text`` cuts with a full stop ("GARN.", "антистат.", "ФИЛЬТР ВОЗД."), lower-cased,
    accents dropped as names' words drop them (a cheap look first: most names cut none); also where
    a price list glues the next word to the stop ("CONTR.GEL", "ТОН.КРЕМ")."""
    if "." not in text:
        return set()
    low = _GLUED_CUT.sub(_glued_cut, text.lower().replace("ё", "е"))
    if not _CUT_WORD.search(low):
        return set()
    if not low.isascii():
        low = _ACCENTED.sub(_plain_latin, unicodedata.normalize("NFKC", low))
    return set(_CUT_WORD.findall(low))


def _expand_cut(m: re.Match) -> str:
    full = _CUT_TO.get(m.group(1))
    return m.group(0) if full is None else full + " "


def _shorthand_text(m: re.Match) -> str:
    return " " if m.group("version") else _SHORTHAND_TEXT[m.group(0)]


def _compile(words) -> None:
    """The regexes built from the word files' tables (see words.on_change)."""
    global _NOISE, _ENDINGS_BY_SIZE, _SHORTHAND, _SHORTHAND_TEXT, _SHORTHAND_CUES, _STANDARD_PLUS, _FOR_SEGMENT
    lists, maps = words.lists, words.maps
    noise = [r"\s+".join(map(re.escape, w[:-1].split())) + r"(?=\s*!)" if w.endswith("!") else
             r"\s+".join(map(re.escape, w.split())) for w in lists["marketing"]["noise"]]
    _NOISE = re.compile(starting_with(lists["marketing"]["noise"]) + r"(?<!\w)(?:" + alternatives(noise, escape=False)
                        + r")(?!\w)!*")
    endings = lists["stemmer"]["endings"]
    _STEMS.clear()
    _ENDINGS_BY_SIZE = {n: frozenset(e for e in endings if len(e) == n) for n in (1, 2, 3)}
    # One lookbehind before the keys, in the file's order (the first that matches wins), not one
    # per key: the keys' alternation is tried at every position of most names.
    _SHORTHAND_TEXT = dict(maps["shorthand"])
    # A key for a variant word read with its number glued on ([variants] glued: "LSF30" is
    # "SPF30" as "LSF 30" is "SPF 30") may have that number glued on too.
    glued = set(lists["variants"]["glued"])
    keys = "|".join(re.escape(key) + (r"(?=\s*\w)" if key[-1] in "/.-" else r"(?![^\W\d_])"
                                      if _SHORTHAND_TEXT[key] in glued else r"(?!\w)") for key in _SHORTHAND_TEXT)
    _SHORTHAND = re.compile(
        (starting_with(_SHORTHAND_TEXT) + rf"(?<!\w)(?:{keys})|" if keys else "")
        + starting_with(lists["version"]["words"]) + r"(?P<version>(?<![^\W_]|[-/])(?:"
        + alternatives(lists["version"]["words"])
        + r")\.?\s*(?=\d{1,2}(?:\.\d+)*(?![^\W_]))"
        r"(?!\d{1,2}\s+series))"  # "VIERA V10 Series" is a TV line
    )
    _SHORTHAND_CUES = cue_search(tuple(maps["shorthand"]) + tuple(w[:3] for w in lists["version"]["words"]))
    global _FOR_CUES
    _FOR_CUES = cue_search([cue.split()[0] for cue in lists["accessory"]["fits"]] + lists["accessory"]["purpose"])
    _STANDARD_PLUS = re.compile(r"(?<![^\W_])(" + alternatives(
        [re.escape(n) for n in lists["plus_names"]["names"]], escape=False) + r")\s*\+")
    fits = [re.escape(cue) for cue in lists["accessory"]["fits"] + lists["accessory"]["purpose"]]
    _FOR_SEGMENT = re.compile(r"(?<![^\W_])(?:" + alternatives(fits, escape=False)
                              + r")\s+([^()\[\],;|]*?)(?=\s[-–]\s|[()\[\],;|]|$)")
    global _IN_ONE
    _IN_ONE = re.compile(r"(?=[2-9])(?<![\w.,/])([2-9])\s*-?\s*(?:" + alternatives(lists["counted"]["in_one"])
                         + r")\s*-?\s*1(?![\w.,/])")
    global _CUT_TO, _AXLE_CUT_TO
    _CUT_TO = _cut_words(maps)
    _AXLE_CUT_TO = _axle_cuts(maps)
    global _SKIN, _SKIN_TYPE, _SKIN_CUES, _SKIN_CUT
    skin, types = lists["skin"], maps["skin_types"]
    cuts: dict[str, set[str]] = {}
    for word, value in types.items():
        for n in range(CUT_MIN, len(word)):
            cuts.setdefault(word[:n], set()).add(value)
    _SKIN_CUT = {cut: values.pop() for cut, values in cuts.items() if len(values) == 1 and cut not in types}
    if types and skin["nouns"]:
        kind = rf"(?:(?:{alternatives(types)})(?![^\W_])|(?:{alternatives(_SKIN_CUT)})\.)"
        nouns, links = alternatives(skin["nouns"]), alternatives(skin["links"])
        run = rf"{kind}(?:[\s,/-]*(?:(?:{links})[\s,/-]+)*{kind})*"
        _SKIN = re.compile(rf"(?<![^\W_])(?:(?P<before>{run})[\s.]*(?:{nouns})|(?:{nouns})[\s,:-]+(?P<after>{run}))(?![^\W_])")
        _SKIN_TYPE = re.compile(rf"(?<![^\W_]){kind}")
        _SKIN_CUES = cue_search(skin["nouns"])
    else:
        _SKIN, _SKIN_TYPE, _SKIN_CUES = _NEVER, _NEVER, _NEVER
    global _COUNT_OF, _COUNT_OF_CUES
    # ("Pack of 3", "уп. 200"; a price list's "(УП.100)" and short line's "уп100" write the count after
    # the word's full stop or glued to it; a unit of pieces after the count, "упаковка 200 шт", is the count's)
    pieces = "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)
                      for w in sorted(words.multimaps["units"]["pcs"], key=len, reverse=True))
    _COUNT_OF = re.compile(r"(?<![^\W_])(?:" + alternatives(lists["counted"]["of"])
                           + r")(?:\s*\.\s*|\s+|(?=\d))(\d+)(?![^\W_]|[.,]\d)"
                           + rf"(?:\s*(?:{pieces})(?![^\W_])\.?)?")
    _COUNT_OF_CUES = cue_search([w.split()[-1] for w in lists["counted"]["of"]])
    global _TIMES_SET, _TIMES_SET_CUES
    # ("x4 Set", "x 2 pack": the count written as times before the word of a set of pieces, [counted] of)
    heads = sorted({w.split()[0] for w in lists["counted"]["of"] if len(w.split()) > 1})
    _TIMES_SET = re.compile(r"(?<![^\W_])[xх×]\s?(\d{1,2})\s+(?=(?:" + alternatives(heads) + r")(?![^\W_]))") if heads else _NEVER
    _TIMES_SET_CUES = cue_search(heads) if heads else _NEVER
    global _CONCENTRATION_VOLUME, _CONCENTRATION_CUE
    kinds = set(lists["line_kinds"]["kinds"])
    concentrations = sorted({w for kind, spelled in words.multimaps["product_types"].items() if kind in kinds
                             for w in spelled if w.isascii() and w.isalpha()})
    measures = sorted({w.rstrip("*") for unit in ("ml", "l", "floz", "g", "kg")
                       for w in words.multimaps["units"].get(unit, ()) if w.rstrip("*")})
    if concentrations:
        _CONCENTRATION_VOLUME = re.compile(
            r"(?<![^\W_])(" + alternatives(concentrations) + r")\s+(\d{1,3})"
            r"(?=\s*$|\s+(?!(?:" + alternatives(measures) + r")(?![^\W_]))[^\W\d_])")
        _CONCENTRATION_CUE = cue_search(concentrations)
    else:
        _CONCENTRATION_VOLUME, _CONCENTRATION_CUE = _NEVER, _NEVER
    global _REFERENCE_SEGMENT, _REFERENCE_CUES
    cues = lists["cross_reference"]["cues"]
    # The longest word of each cue: "z zestawu" is not cued by every "z" of a Polish name.
    _REFERENCE_CUES = cue_search([max(cue.split(), key=len) for cue in cues])
    _REFERENCE_SEGMENT = re.compile(r"(?<![^\W_])(?:" + alternatives(cues) + r")(?![^\W_])[^()\[\],;|]*")
    global _REFERENCE_CUE_AT
    _REFERENCE_CUE_AT = re.compile(alternatives(cues))
    global _SUN_WORDS, _SUN_WORDS_CUE, _SUN_CAPITALS, _GLUED_NUMBER, _GLUED_CUES, _GLUED_CUE
    factor = r"\s?-?\s?(?=\d{1,3}\s?\+?(?![^\W_]|[.,]\d))"
    sun = lists["sun_protection"]
    _SUN_WORDS_CUE = cue_search(sun["words"])
    _SUN_WORDS = re.compile(r"(?<![^\W_])(?:" + alternatives(sun["words"]) + ")" + factor)
    _SUN_CAPITALS = re.compile(r"(?<![^\W_])(?:" + alternatives([w.upper() for w in sun["capitals"]]) + ")" + factor)
    _GLUED_CUES = tuple(lists["variants"]["glued"])
    _GLUED_CUE = cue_search(_GLUED_CUES)
    global _PEROXIDE_VOLUMES, _PEROXIDE_CUE
    volumes = lists["peroxide"]["volumes"]
    if volumes:
        _PEROXIDE_VOLUMES = re.compile(r"(?<![\w.,/])([1-4]0)\s?(?:" + alternatives(volumes) + r")\.?(?![^\W_])")
        _PEROXIDE_CUE = cue_search(volumes)
    else:
        _PEROXIDE_VOLUMES, _PEROXIDE_CUE = _NEVER, _NEVER
    labels = lists["decimal_labels"]["words"]
    global _DECIMAL_LABEL, _DECIMAL_LABEL_CUE
    # (one letter only glued to its number: "D67.1"; "Corsa D 1.4" is a car and its engine)
    spaced = [w for w in labels if len(w) > 1]
    _DECIMAL_LABEL = re.compile(r"(?<![^\W_])(?:(?:" + alternatives(spaced) + r")\s?|(?:" + alternatives(labels) + r"))"
                                r"(?=\d{1,3}[.,]\d{1,2}(?![^\W_]|[.,]\d))")
    _DECIMAL_LABEL_CUE = re.compile(r"\d[.,]\d") if labels else _NEVER  # (a number with decimals)
    _GLUED_NUMBER = re.compile(r"(?<![^\W_])(" + alternatives(_GLUED_CUES) + r")\s?-?\s?(\d{1,3})(?![^\W_]|[.,]\d)")
    global _PLUS_BEFORE_LOAD
    _PLUS_BEFORE_LOAD = re.compile(r"(?<=\d)\+(?=(?:" + alternatives(lists["tyres"]["load_words"]) + r")(?![^\W_]))")
    global _STEEL_GRADE, _FASTENER_CUE, _STAINLESS_SAID, _STAINLESS_WORD
    fasteners = lists["fasteners"]
    grades = [g for grade in fasteners["stainless_grades"] for g in {grade, grade.replace("a", "а")}]
    _STEEL_GRADE = re.compile(rf"(?<![^\W_])(?:{alternatives(grades)})(?![^\W_])")
    # (a name that says stainless in words already, or cut: "нерж.", "Edelstahl A2", says it once)
    stainless = sorted(w for w, finish in maps["finishes"].items() if finish == "stainless")
    _STAINLESS_SAID = re.compile(r"(?<![^\W_])(?:" + alternatives({w[:4] for w in stainless}) + ")")
    _STAINLESS_WORD = "stainless" if "stainless" in stainless else min(stainless, key=len, default="")
    standards = alternatives(fasteners["standards"])
    _FASTENER_CUE = re.compile(rf"(?<![^\W_])(?:[mм]\d{{1,2}}(?:[xх]\d+)?|(?:{standards})\s*\d{{2,5}})(?![^\W_])")
    # (last: the kind words are read through clean_text as every table above makes it)
    global _POSITION_WORDS
    _POSITION_WORDS = frozenset(clean_text(w) for w in maps["positions"])
    KIND_OF_TYPE_STEM.clear()
    KIND_OF_TYPE_STEM.update({stem(clean_text(w)): kind for kind, spelled in words.multimaps["product_types"].items()
                              for w in spelled})


words.on_change(_compile)
