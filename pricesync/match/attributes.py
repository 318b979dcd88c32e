"""Variant attributes: what tells siblings of one product family apart.

``Galaxy A12`` vs ``A12s``, ``8/128`` vs ``8/256``, ``1 л`` vs ``5 л``, black vs white,
``S10`` vs ``S10+``, ``DF333DWYE`` vs ``DF333DWAE``, ``Office 2004`` vs ``2008``: two names that
differ in one of these are different products, however similar the rest of the text.
``differences`` lists them in words an operator reads in the review queue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pricesync.match.units import UNIT_TOKEN

# Stems (see normalize.stem) of colour words in RU/UA/EN/PL, and wood tones of paints and
# stains, mapped to one name so "черный" = "чорний" = "black".
_COLOURS = {
    "black": "черн чорн black czarn",
    "white": "бел біл white bial",
    "grey": "сер сір grey gray graphite графит szar",
    "silver": "серебрист срібн silver srebrn",
    "blue": "син голуб blue niebiesk",
    "navy": "navy",
    "red": "красн червон red czerwon",
    "green": "зелен green zielon",
    "yellow": "желт жовт yellow zolt",
    "gold": "золот золотист gold zlot",
    "pink": "розов рожев pink rozow",
    "purple": "фиолетов фіолетов purple violet лилов",
    "orange": "оранжев помаранчев orange",
    "brown": "коричнев brown brazow",
    "beige": "бежев beige",
    "colourless": "бесцветн безбарвн transparent прозрачн",
    "pine": "сосн",
    "teak": "тик teak",
    "mahogany": "махагон mahogany",
    "walnut": "орех горіх walnut",
    "oak": "дуб oak",
    "larch": "лиственниц модрин",
    "rosewood": "палисандр",
    "wenge": "венге wenge",
    "cherry": "вишн cherry",
    "titanium": "titanium титан",
    "midnight": "midnight",
    "starlight": "starlight",
}
_COLOUR_STEM = {stem: colour for colour, stems in _COLOURS.items() for stem in stems.split()}
# A colour is the stem plus an adjective (or, for wood names, a noun) ending: "белых",
# "сосна", but not "белья" (laundry), whose stem is also "бел".
_COLOUR_WORD = re.compile(
    r"^(" + "|".join(sorted(_COLOUR_STEM, key=len, reverse=True)) + r")"
    r"(ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ою|ей|а|ы|е|у|и|s)?$"
)


def colour_of(word: str) -> str | None:
    m = _COLOUR_WORD.match(word)
    return _COLOUR_STEM[m.group(1)] if m else None

# Words that name a variant of a model. Counted only when the catalog itself uses the word
# (``MatchIndex.variant_words``): a dealer who calls every item "Professional" must not
# block matches against a catalog that never says it.
VARIANT_WORDS = frozenset(
    "plus pro max ultra lite mini se fe neo edge slim duo air prime turbo "
    "upgrade academic student oem home professional standard premium deluxe basic business enterprise "
    "ultimate server family trial "
    "про макс лайт мини".split()
)
_VARIANT_ALIASES = {"professional": "pro", "макс": "max", "лайт": "lite", "мини": "mini", "про": "pro"}

_NUMBER = re.compile(r"^\d{1,4}(?:\.\d+)?$")


@dataclass(frozen=True, slots=True)
class Attributes:
    units: dict[str, frozenset[str]]      # "ml" -> {"500"}, "gb" -> {"8", "256"}
    colours: frozenset[str]
    variants: frozenset[str]
    numbers: frozenset[str]
    codes: frozenset[str]


def extract(tokens: list[str] | tuple[str, ...], codes: frozenset[str], words: list[str] = ()) -> Attributes:
    """Attributes of a name from its stemmed ``tokens`` and its unstemmed ``words``."""
    units: dict[str, set[str]] = {}
    variants, numbers = set(), set()
    colours = {c for c in map(colour_of, words) if c}
    for tok in tokens:
        m = UNIT_TOKEN.match(tok)
        if m:
            units.setdefault(m.group(2), set()).add(m.group(1))
        elif tok in VARIANT_WORDS:
            variants.add(_VARIANT_ALIASES.get(tok, tok))
        elif _NUMBER.match(tok) and tok not in codes:
            numbers.add(tok)
    return Attributes({k: frozenset(v) for k, v in units.items()}, frozenset(colours), frozenset(variants),
                      frozenset(numbers), codes)


def merge(many: list[Attributes], codes: frozenset[str]) -> Attributes:
    if len(many) == 1 and many[0].codes == codes:
        return many[0]
    units: dict[str, frozenset[str]] = {}
    for a in many:
        for k, v in a.units.items():
            units[k] = units.get(k, frozenset()) | v
    return Attributes(units, frozenset().union(*(a.colours for a in many)),
                      frozenset().union(*(a.variants for a in many)),
                      frozenset().union(*(a.numbers for a in many)), codes)


_UNIT_NAMES = {"ml": "volume", "gr": "weight", "gb": "memory", "in": "size", "pcs": "pack", "w": "power",
               "mah": "capacity", "mm": "size", "cm": "size", "hz": "frequency", "v": "voltage"}


def _show(values: frozenset[str], unit: str = "") -> str:
    return "/".join(sorted(values, key=lambda v: (len(v), v))) + unit if values else "—"


@dataclass(frozen=True, slots=True)
class Difference:
    kind: str        # a unit ("ml", "gb"...), "colour", "variant", "number" or "model"
    text: str        # "volume 1000ml vs 5000ml"

    def __str__(self) -> str:
        return self.text


def differences(offer: Attributes, cand: Attributes, *, catalog_variants: frozenset[str],
                one_sided: bool = False) -> list[Difference]:
    """Variant attributes in which the two disagree, e.g. ``volume 1000ml vs 5000ml``.
    ``one_sided`` also counts an attribute only one of them states (how two catalog
    siblings differ: brown vs no colour at all)."""
    out: list[Difference] = []
    units = offer.units.keys() | cand.units.keys() if one_sided else offer.units.keys() & cand.units.keys()
    for unit in sorted(units):
        a, b = offer.units.get(unit, frozenset()), cand.units.get(unit, frozenset())
        if a == b:
            continue
        # "8/256GB" vs "256GB": the catalog name leaves out the RAM, same storage.
        if unit == "gb" and a and b and (a < b or b < a) and max(a, key=float) == max(b, key=float):
            continue
        out.append(Difference(unit, f"{_UNIT_NAMES[unit]} {_show(a, unit)} vs {_show(b, unit)}"))
    if offer.colours != cand.colours and (one_sided or (offer.colours and cand.colours)):
        out.append(Difference("colour", f"colour {_show(offer.colours)} vs {_show(cand.colours)}"))
    if (offer.variants ^ cand.variants) & catalog_variants:
        out.append(Difference("variant", f"variant {_show(offer.variants)} vs {_show(cand.variants)}"))
    if offer.numbers != cand.numbers and (one_sided or (offer.numbers - cand.numbers and cand.numbers - offer.numbers)):
        out.append(Difference("number", f"number {_show(offer.numbers)} vs {_show(cand.numbers)}"))
    clash = code_clash(offer.codes, cand.codes)
    if clash:
        out.append(Difference("model", f"model {clash[0].upper()} vs {clash[1].upper()}"))
    return out


def states(attrs: Attributes, kind: str) -> bool:
    """Whether a name says anything about ``kind`` (see ``Difference.kind``)."""
    if kind == "colour":
        return bool(attrs.colours)
    if kind == "variant":
        return bool(attrs.variants)
    if kind == "number":
        return bool(attrs.numbers)
    if kind == "model":
        return bool(attrs.codes)
    return kind in attrs.units


def code_clash(offer_codes: frozenset[str], cand_codes: frozenset[str]) -> tuple[str, str] | None:
    """An offer code that the candidate lacks while it has a close relative of it
    (``a12`` vs ``a12s``, ``df333dwye`` vs ``df333dwae``, ``0081`` vs ``0085``)."""
    if not offer_codes or not cand_codes:
        return None
    for a in sorted(offer_codes - cand_codes):
        for b in sorted(cand_codes - offer_codes):
            if _related(a, b):
                return a, b
    return None


def _related(a: str, b: str) -> bool:
    if a.startswith(b) or b.startswith(a):
        return True
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    if n < 3:
        return False
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.normalized_similarity(a, b) >= 0.6
