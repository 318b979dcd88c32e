"""Variant attributes: what tells siblings of one product family apart.

``Galaxy A12`` vs ``A12s``, ``8/128`` vs ``8/256``, ``1 л`` vs ``5 л``, black vs white,
``S10`` vs ``S10+``, ``DF333DWYE`` vs ``DF333DWAE``, ``Office 2004`` vs ``2008``, Windows vs
Mac: two names that differ in one of these are different products, however similar the rest
of the text. ``differences`` lists them in words an operator reads in the review queue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pricesync.match.units import UNIT_TOKEN

# Stems of colour words in RU/UA/EN/PL, and wood tones of paints and stains, mapped to one
# name so "черный" = "чорний" = "black".
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
    "tricolor": "tricolor",
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
# Software and accessories come per platform: "Readiris Pro 11 (Mac)" is not the PC box.
_PLATFORMS = {"mac": "mac", "macintosh": "mac", "osx": "mac", "macos": "mac", "win": "windows",
              "windows": "windows", "pc": "windows", "win32": "windows", "linux": "linux",
              "android": "android", "xbox": "xbox", "playstation": "playstation", "ps2": "ps2", "ps3": "ps3",
              "ps4": "ps4", "ps5": "ps5", "psp": "psp", "wii": "wii", "gamecube": "gamecube"}
# A refurbished or open-box unit is another offer than the new product, whatever its code.
_CONDITIONS = {"refurbished": "refurbished", "refurb": "refurbished", "renewed": "refurbished",
               "reconditioned": "refurbished", "remanufactured": "refurbished", "recertified": "refurbished",
               "openbox": "open box", "восстановленный": "refurbished", "восстановлен": "refurbished",
               "відновлений": "refurbished", "powystawowy": "open box", "odnowiony": "refurbished"}
# A camera body is not the kit with a lens; a combo pack is not its single cartridge.
_PACKAGES = {"kit": "kit", "bundle": "kit", "combo": "kit", "multipack": "kit"}
# ("уценка упаковки", a dented box, is the product itself at a discount: not a condition.)


@lru_cache(maxsize=200_000)
def word_attributes(word: str) -> tuple[str, str] | None:
    """(kind, value) of an unstemmed word that states a colour or a platform."""
    platform = _PLATFORMS.get(word)
    if platform:
        return "platform", platform
    condition = _CONDITIONS.get(word)
    if condition:
        return "condition", condition
    package = _PACKAGES.get(word)
    if package:
        return "package", package
    m = _COLOUR_WORD.match(word)
    return ("colour", _COLOUR_STEM[m.group(1)]) if m else None


# Words that name a variant of a model: "Galaxy S10 Lite" is not the S10 even in a catalog
# that sells no Lite at all.
VARIANT_WORDS = frozenset("plus pro max ultra lite mini se fe neo edge slim duo air prime turbo xl про макс лайт мини".split())
# Editions of software and kits, counted only when the catalog itself uses the word
# (``CatalogIndex.variant_words``): a dealer who calls every item "Professional" must not
# block matches against a catalog that never says it.
EDITION_WORDS = frozenset(
    "upgrade upsell academic student oem home professional standard premium deluxe basic business "
    "enterprise ultimate server family trial developer corporate personal express elements extended".split()
)
# Editions that name another product whatever the catalog says: "Photoshop CS3 Extended" is
# not the plain CS3, an upgrade is not the full box.
STRONG_EDITIONS = frozenset("extended upgrade academic student oem trial".split())
_VARIANT_ALIASES = {"макс": "max", "лайт": "lite", "мини": "mini", "про": "pro", "upsell": "upgrade"}

_NUMBER = re.compile(r"^\d{1,4}(?:\.\d+)?$")
_UNIT_NAMES = {"ml": "volume", "gr": "weight", "gb": "memory", "in": "size", "pcs": "pack", "user": "licence", "w": "power",
               "mah": "capacity", "mm": "size", "cm": "size", "hz": "frequency", "v": "voltage", "mp": "resolution"}


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
    if tok in VARIANT_WORDS or tok in EDITION_WORDS:
        return "variant", _VARIANT_ALIASES.get(tok, tok)
    if _NUMBER.match(tok):
        return "number", tok
    return None


_NO_WORDS: dict[str, frozenset[str]] = {}
_CPU = re.compile(r"^(i[3579])(?:\d{4,5}[a-z]{0,2}\d?)?$")  # "Core i5-1135G7" is an i5
_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")  # "iPod nano 5th Gen"
# "Case for iPod nano", "Remote Control for Sony BRAVIA KDL-46V5100", "battery compatible
# with SD1100": an accessory names the product it fits, model code and all. "for Mac",
# "for Windows" only name a platform.
_FITS = frozenset({"for", "fits", "compatible"})
_FITS_SKIPPED = frozenset({"with", "use", "the", "a", "an", "your", "most", "all"})


def _accessory_heads(words: list[str] | tuple[str, ...]) -> tuple[set[str], int]:
    """The word before "for" of an accessory's name, stemmed ("battery" of "Canon NB-4L
    battery for PowerShot SD1100": another name saying it is the accessory too), and where
    the product it fits begins."""
    from pricesync.match.normalize import stem

    heads, start = set(), len(words)
    for i, word in enumerate(words[:-1]):
        if word not in _FITS or i == 0:
            continue
        rest = [w for w in words[i + 1:i + 4] if w not in _FITS_SKIPPED]
        if rest and _PLATFORMS.get(rest[0]) is None and not rest[0][0].isdigit():
            heads.add(stem(words[i - 1]))
            start = min(start, i + 1)
    return heads, start


def _fitted_codes(words, codes: frozenset[str]) -> frozenset[str]:
    """The codes right after "for": "for PowerShot SD1100 SD1000" -> sd1100, sd1000; not the
    accessory's own code later in the name ("for CS6419 Series - CS6409")."""
    out: list[str] = []
    for word in words:
        if word in codes:
            out.append(word)
        elif out:
            break
    return frozenset(out)


def _package(words: list[str] | tuple[str, ...]) -> str | None:
    """ "Body Only" or a kit "with 18-55mm Lens" said in words."""
    for i, word in enumerate(words):
        if word == "body" and i + 1 < len(words) and words[i + 1] == "only":
            return "body"
        if word in ("lens", "lenses") and any(w in ("with", "w", "w/", "plus") for w in words[max(0, i - 4):i]):
            return "kit"
    return None


# "Home Theater", "Home ADSL2+ Modem": a product for the home, not the Home edition of
# "Windows Vista Home Premium" or "Office Home and Student".
_HOME_EDITION_NEXT = frozenset("edition premium basic student and use server".split())
_HOME_EDITION_PREV = frozenset("xp vista windows office 7 8 10 11 win".split())


def _home_not_edition(tokens) -> bool:
    if "home" not in tokens:
        return False
    i = tokens.index("home")
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    before = tokens[i - 1] if i else ""
    return not (after == "" or after in _HOME_EDITION_NEXT or before in _HOME_EDITION_PREV
                or before.startswith("platform:"))


def extract(tokens: list[str] | tuple[str, ...], codes: frozenset[str], words: list[str] = ()) -> Attributes:
    """Attributes of a name from its stemmed ``tokens`` and its unstemmed ``words``."""
    units: dict[str, set[str]] = {}
    kinds: dict[str, set[str]] = {}
    variants, numbers = set(), set()
    for word in words:
        got = word_attributes(word)
        if got:
            kinds.setdefault(got[0], set()).add(got[1])
    if words:
        heads, start = _accessory_heads(words)
        if heads:
            kinds["role"] = heads
            kinds["fits"] = _fitted_codes(words[start:], codes)
        cpu = {m.group(1) for m in map(_CPU.match, tokens) if m}
        if cpu:
            kinds["cpu"] = cpu
        generation = [w[:-2] for w in words if _ORDINAL.match(w)]
        if generation:
            kinds["generation"] = set(generation)
        package = _package(words)
        if package:
            kinds.setdefault("package", set()).add(package)
    if "box" in words and "open" in words and words.index("box") == words.index("open") + 1:
        kinds.setdefault("condition", set()).add("open box")
    variants.update("xl" for c in codes if c.endswith("xl") and c[-3:-2].isdigit())  # "PG-245XL" = "PG-245 XL"
    not_edition = _home_not_edition(tokens)
    for tok in tokens:
        if tok == "home" and not_edition:
            continue
        got = _token_kind(tok)
        if got is None:
            continue
        kind, value = got
        if kind == "variant":
            variants.add(value)
        elif kind == "number":
            if tok not in codes:
                numbers.add(value)
        else:
            units.setdefault(kind, set()).add(value)
    return Attributes({k: frozenset(v) for k, v in units.items()} if units else _NO_WORDS,
                      {k: frozenset(v) for k, v in kinds.items()} if kinds else _NO_WORDS,
                      frozenset(variants), frozenset(numbers), codes)


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


def differences(offer: Attributes, cand: Attributes, *, catalog_variants: frozenset[str],
                one_sided: bool = False, offer_silence_ok: bool = False) -> list[Difference]:
    """Variant attributes in which the two disagree, e.g. ``volume 1000ml vs 5000ml``.
    ``one_sided`` also counts an attribute only one of them states (how two catalog
    siblings differ: brown vs no colour at all). ``offer_silence_ok``: an offer that names
    no variant ("Bath Acid", article 294-075) does not contradict the item's "Bath Acid +"
    when an identifier already tells which item it is."""
    out: list[Difference] = []
    empty = frozenset()
    for source_a, source_b in ((offer.units, cand.units), (offer.words, cand.words)):
        if source_a == source_b:
            continue
        kinds = source_a.keys() | source_b.keys() if one_sided else \
            source_a.keys() & source_b.keys() | (source_a.keys() ^ source_b.keys()) & ONE_SIDED_KINDS
        kinds -= {"role", "fits"}  # see accessory_difference
        if "generation" in source_a and "generation" not in source_b:
            kinds |= {"generation"}  # a 5th-gen offer may be a generation the catalog lacks
        kinds |= (source_a.keys() ^ source_b.keys()) & COUNTED_KINDS
        for kind in sorted(kinds):
            a, b = source_a.get(kind, empty), source_b.get(kind, empty)
            if kind in COUNTED_KINDS:
                # A licence or a pack that names no count is for one user, of one piece.
                if (a or _ONE) != (b or _ONE):
                    out.append(Difference(kind, a or _ONE, b or _ONE))
                continue
            if a == b or (not one_sided and a <= b and kind not in ONE_SIDED_KINDS and kind != "generation"):
                continue  # the item's names disagree among themselves (210 ml / 200 ml): one is the offer's
            # "8/256GB" vs "256GB": the catalog name leaves out the RAM, same storage.
            if kind == "gb" and a and b and (a < b or b < a) and max(a, key=float) == max(b, key=float):
                continue
            out.append(Difference(kind, a, b))
    if offer.variants != cand.variants and ((offer.variants ^ cand.variants) & (catalog_variants | VARIANT_WORDS)
                                            or offer.variants - cand.variants & STRONG_EDITIONS) \
            and (offer.variants or not offer_silence_ok):
        out.append(Difference("variant", offer.variants, cand.variants))
    glued = _glued_unit(offer, cand) or _glued_unit(cand, offer)
    if glued:
        out.append(Difference("model", glued, glued[::-1]) if glued[0] in offer.numbers else
                   Difference("model", glued[::-1], glued))
    if offer.numbers != cand.numbers and (one_sided or (offer.numbers - cand.numbers and cand.numbers - offer.numbers)):
        out.append(Difference("number", offer.numbers, cand.numbers))
    said = said_suffixes(offer, cand)
    # Codes after "for" name the product an accessory fits, not the accessory.
    offer_codes = offer.codes - offer.words.get("fits", empty)
    cand_codes = cand.codes - cand.words.get("fits", empty)
    clash = code_clash(offer_codes, cand_codes, said) if offer_codes and not offer_codes <= cand_codes else None
    if clash:
        out.append(Difference("model", (clash[0],), (clash[1],)))
    elif offer_codes and cand_codes:
        # Both name a full model and the models differ: "GS-R903DWAE" is not the GSR990RFE.
        mine = sorted(c for c in offer_codes if is_strong_code(c))
        theirs = sorted(c for c in cand_codes if is_strong_code(c))
        # (A maker's all-digit part number is not compared with a lettered model code.)
        if mine and theirs and not set(mine) & set(theirs) and not any(
                _same_model(a, b, said) or a.isdigit() != b.isdigit() for a in mine for b in theirs):
            out.append(Difference("model", (mine[0],), (theirs[0],)))
    return out


_ONE = frozenset({"1"})


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


def stated(attrs: Attributes, kind: str) -> frozenset[str]:
    """What a name says about ``kind`` (see ``Difference.kind``); empty when it is silent."""
    if kind == "variant":
        return attrs.variants
    if kind == "number":
        return attrs.numbers
    if kind == "model":
        return attrs.codes
    return attrs.units.get(kind) or attrs.words.get(kind) or frozenset()


# Tokens with digits that name a platform, a format or a licence size, not a product.
_NOT_MODELS = frozenset("win32 win64 x86 x64 mp3 mp4 h264 h265 ddr3 ddr4 ddr5 usb2 usb3 hdmi2 wifi6 3d 4k 8k "
                        "5g 4g 3g 2g".split())
_COUNTED = re.compile(r"^\d+(?:users?|pack|pk|years?|yrs?|ports?|seats?|nodes?|clients?|licen[cs]es?|disc|discs|cds?|"
                      r"dvds?|x|in1)$")


@lru_cache(maxsize=200_000)
def is_strong_code(code: str) -> bool:
    """A code distinctive enough to identify a product by itself when two names share it:
    ``kdl46v5100``, ``cd28esk9``, ``df333dwye`` — not ``a12`` (a family), ``3user`` or ``win32``."""
    if len(code) < 5 or code in _NOT_MODELS or _COUNTED.match(code):
        return False
    digits = sum(ch.isdigit() for ch in code)
    return digits >= 2 and (digits < len(code) or len(code) >= 6)


def code_clash(offer_codes: frozenset[str], cand_codes: frozenset[str],
               said: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """An offer code that the candidate lacks while it has a close relative of it
    (``a12`` vs ``a12s``, ``df333dwye`` vs ``df333dwae``, ``0081`` vs ``0085``)."""
    if not offer_codes or not cand_codes:
        return None
    for a in sorted(offer_codes - cand_codes):
        for b in sorted(cand_codes - offer_codes):
            if _related(a, b, said) and not _same_model(a, b, said):
                return a, b
    return None


def code_exchange(offer_codes: frozenset[str], name_codes: frozenset[str],
                  all_codes: frozenset[str], said: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """A model code in the offer's name and another in the item's name, neither in the
    other: "Galaxy S11" is not the "Galaxy S10", "C382" not the "S593". Only codes mixing
    letters and digits count (a bare number may be a dealer's own id); the item's code
    columns (its articles) only excuse, as they are not written in names."""
    mine = sorted(c for c in offer_codes - all_codes
                  if _mixed(c) and not any(_same_model(c, k, said) for k in all_codes))
    theirs = sorted(c for c in name_codes - offer_codes
                    if _mixed(c) and not any(_same_model(c, k, said) for k in offer_codes))
    for a in mine:
        for b in theirs:
            if not _same_model(a, b, said):
                return a, b
    return None


def number_exchange(offer: Attributes, item: Attributes) -> tuple[str, str] | None:
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


def _mixed(code: str) -> bool:
    """A model-like code: letters and digits, starting with a letter ("s10", "c382") or
    long ("42lg60"); not "8mp", "3user" or "win32"."""
    digits = sum(ch.isdigit() for ch in code)
    return 0 < digits < len(code) and (code[0].isalpha() or (digits >= 2 and len(code) >= 4)) \
        and not _COUNTED.match(code) and code not in _NOT_MODELS


# The letters makers add to a model code for its colour: Sony's DSC-W150/L is the blue one.
_COLOUR_LETTERS = {
    "black": {"b", "k", "bk", "blk", "bl"}, "white": {"w", "wh", "wht"}, "silver": {"s", "sl", "slv", "sil"},
    "blue": {"l", "bl", "blu", "be"}, "red": {"r", "rd"}, "pink": {"p", "pk", "pnk"}, "green": {"g", "gr", "grn"},
    "grey": {"h", "gy", "gry", "gr"}, "gold": {"n", "gd", "gld"}, "purple": {"v", "pur"}, "orange": {"d", "or"},
}


def said_suffixes(*names: Attributes) -> frozenset[str]:
    """What a code's last letters may spell that the names say in words: a colour's letters
    (DSC-W150/L and "Blue"), a capacity (Kingston SD4/32GB and "32GB")."""
    out: set[str] = set()
    for attrs in names:
        for colour in attrs.words.get("colour", ()):
            out |= _COLOUR_LETTERS.get(colour, set())
        for unit, values in attrs.units.items():
            out.update(v + unit for v in values)
    return frozenset(out)


# Letters that spell one colour only (Yamaha's BL is black, others' blue; GR green or grey).
_LETTERS_COLOUR = {letters: colour for colour, spelled in _COLOUR_LETTERS.items() for letters in spelled
                   if len(letters) >= 2 and sum(letters in other for other in _COLOUR_LETTERS.values()) == 1}


def code_colour(offer: Attributes, item: Attributes) -> "Difference | None":
    """The offer says a colour; the item says none in words but its model code ends with
    another colour's letters (AM53WH for "Black")."""
    colours = offer.words.get("colour")
    if not colours or item.words.get("colour"):
        return None
    for code in sorted(item.codes):
        for n in (3, 2):
            colour = _LETTERS_COLOUR.get(code[-n:])
            if colour and len(code) - n >= 4 and any(ch.isdigit() for ch in code[:-n]) and code[-n - 1].isdigit():
                return None if colour in colours else Difference("colour", colours, frozenset({colour}))
    return None


def colour_code_tells(offer: Attributes, ours: str, theirs: str) -> bool:
    """The offer's colour is spelled by the last letters of ``ours`` and not of ``theirs``."""
    letters = said_suffixes(offer)
    return bool(letters) and _base(ours, letters) != ours and _base(theirs, letters) == theirs


def _base(code: str, said: frozenset[str]) -> str:
    """``code`` without a suffix it shares with ``said`` ("mdrxb450pnk" -> "mdrxb450")."""
    for n in (4, 3, 2, 1):
        if len(code) - n >= 5 and code[-n:] in said and sum(ch.isdigit() for ch in code[:-n]) >= 2:
            return code[:-n]
    return code


def _same_model(a: str, b: str, said: frozenset[str] = frozenset()) -> bool:
    """``RXV663`` and ``RXV663BL``: one model, the longer with a colour or market suffix;
    ``P46G10`` in "TC P46G10" and ``TCP46G10``, the series letters written apart; ``DSCW150``
    and ``DSCW150L`` when a name says the colour blue (``said``, see ``said_suffixes``)."""
    if said and _base(a, said) == _base(b, said):
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


def same_model(a: str, b: str) -> bool:
    """Two spellings of one model code (see ``_same_model``)."""
    return a == b or _same_model(a, b)


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
