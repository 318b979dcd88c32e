"""The words that state a variant attribute: colours (and the letters makers write them
with in codes), platforms, conditions, packages, editions and model variants."""
from __future__ import annotations

import re
from functools import lru_cache

# Stems of colour words in RU/UA/EN/PL, and wood tones of paints and stains, mapped to one
# name so "черный" = "чорний" = "black".
COLOURS = {
    "black": "черн чорн black czarn",
    "white": "бел біл white bial",
    "grey": "сер сір grey gray graphite графит szar",
    "silver": "серебрист срібн silver srebrn",
    "blue": "син голуб blue niebiesk",
    "navy": "navy",
    "teal": "teal бирюзов turquoise",
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
COLOUR_STEM = {stem: colour for colour, stems in COLOURS.items() for stem in stems.split()}
# A colour is the stem plus an adjective (or, for wood names, a noun) ending: "белых",
# "сосна", but not "белья" (laundry), whose stem is also "бел".
COLOUR_WORD = re.compile(
    r"^(" + "|".join(sorted(COLOUR_STEM, key=len, reverse=True)) + r")"
    r"(ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ою|ей|а|ы|е|у|и|s)?$"
)
# Software and accessories come per platform: "Readiris Pro 11 (Mac)" is not the PC box.
PLATFORMS = {"mac": "mac", "macintosh": "mac", "osx": "mac", "macos": "mac", "win": "windows",
              "windows": "windows", "pc": "windows", "win32": "windows", "linux": "linux",
              "android": "android", "xbox": "xbox", "playstation": "playstation", "ps2": "ps2", "ps3": "ps3",
              "ps4": "ps4", "ps5": "ps5", "psp": "psp", "wii": "wii", "gamecube": "gamecube"}
# A refurbished or open-box unit is another offer than the new product, whatever its code.
CONDITIONS = {"refurbished": "refurbished", "refurb": "refurbished", "renewed": "refurbished",
               "reconditioned": "refurbished", "remanufactured": "refurbished", "recertified": "refurbished",
               "openbox": "open box", "восстановленный": "refurbished",
               "восстановлен": "refurbished",
               "відновлений": "refurbished", "powystawowy": "open box", "odnowiony": "refurbished",
               # A generic part carrying the maker's code is not the maker's part.
               "generic": "third-party", "aftermarket": "third-party"}
# A camera body is not the kit with a lens; a combo pack is not its single cartridge.
PACKAGES = {"kit": "kit", "bundle": "kit", "combo": "kit", "multipack": "kit"}
# An Apple case or cable for Lightning is not the USB-C one.
CONNECTORS = {"lightning": "lightning", "usbc": "usb-c", "microusb": "micro-usb"}
# ("уценка упаковки", a dented box, is the product itself at a discount: not a condition.)


_WORD_KINDS = (("platform", PLATFORMS), ("condition", CONDITIONS), ("package", PACKAGES), ("connector", CONNECTORS))


@lru_cache(maxsize=200_000)
def word_attributes(word: str) -> tuple[str, str] | None:
    """(kind, value) of an unstemmed word that states a colour, a platform, a condition, a
    package or a connector."""
    for kind, words in _WORD_KINDS:
        value = words.get(word)
        if value:
            return kind, value
    m = COLOUR_WORD.match(word)
    return ("colour", COLOUR_STEM[m.group(1)]) if m else None


# Words that name a variant of a model: "Galaxy S10 Lite" is not the S10 even in a catalog
# that sells no Lite at all.
VARIANT_WORDS = frozenset(
    "plus pro max ultra lite mini se fe neo edge slim duo air prime turbo xl про макс лайт мини".split())
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
VARIANT_ALIASES = {"макс": "max", "лайт": "lite", "мини": "mini", "про": "pro", "upsell": "upgrade"}
# Spellings of one variant that stay apart otherwise: a dealer line called "Professional" is
# not counted as the Pro model unless the catalog says it.
VARIANT_SPELLINGS = {"professional": "pro"}


# The letters makers add to a model code for its colour: Sony's DSC-W150/L is the blue one.
COLOUR_LETTERS = {
    "black": {"b", "k", "bk", "blk", "bl"}, "white": {"w", "wh", "wht"}, "silver": {"s", "sl", "slv", "sil"},
    "blue": {"l", "bl", "blu", "be"}, "red": {"r", "rd"}, "pink": {"p", "pk", "pnk"}, "green": {"g", "gr", "grn"},
    "grey": {"h", "gy", "gry", "gr"}, "gold": {"n", "gd", "gld"}, "purple": {"v", "pur"}, "orange": {"d", "or"},
}
# Letters that spell one colour only (Yamaha's BL is black, others' blue; GR green or grey).
LETTERS_COLOUR = {letters: colour for colour, spelled in COLOUR_LETTERS.items() for letters in spelled
                   if len(letters) >= 2 and sum(letters in other for other in COLOUR_LETTERS.values()) == 1}
