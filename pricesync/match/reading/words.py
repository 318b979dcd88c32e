"""The words that state a variant attribute: colours (and the letters makers write them
with in codes), platforms, conditions, packages, editions and model variants — and the other
word tables matching reads (stop words, marketing noise, unit words, accessory cues...).

The words live in data files (``data/words/*.toml``, one per language plus ``common.toml``;
see the README there), merged and loaded once. A shop adds its own files with
``[matching] vocabulary = ["my_words.toml"]`` (same tables): ``use_words(files)`` makes those
the words of the next match run. The module-level tables below are the active words; they
are updated in place, so modules that imported them see the change.
"""
from __future__ import annotations

import re
import sys
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pricesync.errors import ConfigError

DATA_DIR = Path(__file__).parents[1] / "data" / "words"


def alternatives(entries, *, escape: bool = True) -> str:
    """Words of the tables as regex alternatives, longest first (a phrase before its first word);
    spaces in a phrase match any run of spaces; a pattern that never matches for no words."""
    parts = [r"\s+".join(map(re.escape, w.split())) if escape else w for w in entries]
    return "|".join(sorted(parts, key=len, reverse=True)) or r"(?!x)x"


def starting_with(entries) -> str:
    """A lookahead for the characters ``entries`` (words, not patterns) begin with, to open a pattern
    whose first test is a lookbehind: a search then skips to those characters instead of trying the
    lookbehind at every position of a name (a long alternation of words runs a third faster)."""
    firsts = sorted({w.strip()[0] for w in entries if w.strip()})
    return "(?=[" + "".join(map(re.escape, firsts)) + "])" if firsts else ""


def script_of(letter: str) -> str:
    """The script of a letter by its Unicode name's first word: "LATIN", "CYRILLIC", "GREEK", "GEORGIAN",
    "ARABIC", "CJK"."""
    return unicodedata.name(letter, "").split(" ", 1)[0]


class WordsError(ConfigError, ValueError):
    """A word file or entry that cannot be used: says which and why."""


# The canonical units a word may spell, by what it measures (see units.py).
UNIT_KEYS = ("ml", "l", "floz", "kg", "g", "gb", "tb", "mb", "inch", "m", "ft", "user", "pcs", "pack", "w", "kw", "mah", "mm", "cm",
             "hz", "v", "mp", "h", "pr", "lk", "teeth", "ah", "lm", "k", "vlv")
# Tables whose entries map a word to what it means (word = "meaning"): the word kinds (``WORD_KINDS``,
# below) and these.
_OTHER_MAPS = ("variant_aliases", "variant_spellings", "shorthand", "default_colours")
# Tables whose keys name a meaning and list the words that spell it (meaning = ["word", ...]).
_MULTIMAPS = ("colours", "colour_letters", "units", "product_types", "makers")
# Tables of word lists: table -> its keys.
_LISTS = {
    "colour_endings": ("endings",), "variants": ("words", "glued", "levels"), "editions": ("words", "strong"),
    "home_edition": ("after", "before"), "marketing": ("after", "before", "noise"),
    "accessory": ("fits", "purpose", "skipped", "camera", "not_for", "uses"), "stop_words": ("words",),
    "counted": ("words", "in_one", "of"),
    "version": ("words",), "plus_names": ("names", "and_words"), "not_models": ("codes",), "stemmer": ("endings",),
    "segmenter": ("one_letter_words",), "tyres": ("speed_letters", "load_words", "labels", "car_makers", "date_marks",
                                                               "bicycle_rims"),
    "cross_reference": ("cues",), "origins": ("words",), "generations": ("words",), "line_kinds": ("kinds",),
    "sun_protection": ("words", "capitals", "forms"),
    "parts": ("with", "without"), "cables": ("earthed", "section_units"), "skin": ("nouns", "links"),
    "threads": ("ends",), "fasteners": ("stainless_grades", "standards"), "oversizes": ("steps",),
    "bottle_sizes": ("ml",), "decimal_labels": ("words",), "brushes": ("nouns",), "peroxide": ("volumes",),
}


# Accented Latin (and Greek) letters compare plain, as names' words do (``normalize.clean_text``):
# "barwiący" in a file is the "barwiacy" of a name, "θερινό" the "θερινο".
_ACCENTED = re.compile(r"[\u00c0-\u024f\u0386\u0388-\u038a\u038c\u038e-\u0390\u03aa-\u03b0\u03ca-\u03ce]")


def _plain_latin(m: re.Match) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", m.group(0)) if not unicodedata.combining(c))


def _word(value: object, where: str, *, keep_space: bool = False) -> str:
    if not isinstance(value, str) or not value.strip():
        raise WordsError(f"{where}: {value!r} is not a word")
    text = _ACCENTED.sub(_plain_latin, unicodedata.normalize("NFKC", value)).lower().replace("ё", "е")
    return text if keep_space else " ".join(text.split())


@dataclass
class Words:
    """Merged word tables of some files; ``origin`` remembers which file said what a word
    means, to report a word given two meanings."""
    maps: dict[str, dict[str, str]] = field(default_factory=lambda: {t: {} for t in _MAPS})
    multimaps: dict[str, dict[str, list[str]]] = field(default_factory=lambda: {t: {} for t in _MULTIMAPS})
    lists: dict[str, dict[str, list[str]]] = field(
        default_factory=lambda: {t: {k: [] for k in keys} for t, keys in _LISTS.items()})
    sources: list[str] = field(default_factory=list)
    origin: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # word -> (kind, value, source)
    _every: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def copy(self) -> "Words":
        return Words({t: dict(v) for t, v in self.maps.items()},
                     {t: {k: list(w) for k, w in v.items()} for t, v in self.multimaps.items()},
                     {t: {k: list(w) for k, w in v.items()} for t, v in self.lists.items()},
                     list(self.sources), dict(self.origin))

    def add_file(self, path: Path) -> None:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise WordsError(f"{path}: {exc}") from None
        self.add_tables(data, str(path))

    def add_tables(self, data: dict, source: str) -> None:
        unknown = set(data) - {"language", *_MAPS, *_MULTIMAPS, *_LISTS}
        if unknown:
            raise WordsError(f"{source}: unknown table(s) {', '.join(sorted(unknown))} "
                             f"(known: {', '.join(sorted({*_MAPS, *_MULTIMAPS, *_LISTS}))})")
        self.sources.append(source)
        self._every = None
        self._scripts = None
        for table, entries in data.items():
            if table == "language":
                continue
            if not isinstance(entries, dict):
                raise WordsError(f"{source}: '{table}' must be a table ([{table}])")
            if table in _MAPS:
                for key, value in entries.items():
                    where = f"{source}: {table} '{key}'"
                    word = _word(key, where)
                    meaning = _word(value, where, keep_space=table == "shorthand")
                    allowed = _CLOSED_VALUES.get(table)
                    if allowed and meaning not in allowed:
                        raise WordsError(f"{where}: not a {_KIND[table]} (one of {', '.join(allowed)})")
                    old = self.maps[table].get(word)
                    if old is not None and old != meaning:
                        raise WordsError(f"{where}: means '{meaning}' here but '{old}' in an earlier file")
                    self.maps[table][word] = meaning
                    self._claim(word, table, meaning, source)
            elif table in _MULTIMAPS:
                for key, values in entries.items():
                    where = f"{source}: {table} '{key}'"
                    meaning = _word(key, where)
                    if table == "units" and meaning not in UNIT_KEYS:
                        raise WordsError(f"{where}: not a unit (one of {', '.join(UNIT_KEYS)})")
                    if not isinstance(values, list):
                        raise WordsError(f"{where}: must be a list of words")
                    words = self.multimaps[table].setdefault(meaning, [])
                    for v in values:
                        word = _word(v, where)
                        if table == "units" and "*" in word.rstrip("*"):
                            raise WordsError(f"{where}: '{v}': '*' may only end a word")
                        if word not in words:
                            words.append(word)
                        if table != "colour_letters":  # letters may spell several colours
                            self._claim(word, table, meaning, source)
                if table == "colour_letters":
                    missing = sorted(set(entries) - set(self.multimaps["colours"]))
                    if missing and self.multimaps["colours"]:
                        raise WordsError(f"{source}: colour_letters '{missing[0]}': no such colour in [colours]")
            else:
                unknown = set(entries) - set(_LISTS[table])
                if unknown:
                    raise WordsError(f"{source}: {table}: unknown key(s) {', '.join(sorted(unknown))} "
                                     f"(known: {', '.join(_LISTS[table])})")
                for key, values in entries.items():
                    where = f"{source}: {table}.{key}"
                    if not isinstance(values, list):
                        raise WordsError(f"{where}: must be a list of words")
                    words = self.lists[table][key]
                    for v in values:
                        word = _word(v, where)
                        if word not in words:
                            words.append(word)
                        if (table, key) in _CLAIMED_LISTS:
                            self._claim(word, table, _CLAIMED_LISTS[table, key], source)

    @property
    def every_word(self) -> frozenset[str]:
        """Each word any table names (the words of a phrase one by one, without a ``*``): the
        words matching knows what to do with. The words of a phrase the names are rewritten by
        (``[shorthand]``: "run flat" is "runflat") are not among them: a name still writing one
        of them alone ("Flat Out Fabulous", a shade) does not say the phrase."""
        if self._every is None:
            entries = [*(w for table, t in self.maps.items() for key, value in t.items()
                         for w in ((value,) if table == "shorthand" and " " in key else (key, value))),
                       *(w for t in self.multimaps.values() for ws in t.values() for w in ws),
                       *(w for t in self.lists.values() for ws in t.values() for w in ws)]
            self._every = frozenset(part.rstrip("*") for e in entries for part in e.split() if part.rstrip("*"))
        return self._every

    @property
    def scripts(self) -> frozenset[str]:
        """The scripts the tables' words are written in ("LATIN", "CYRILLIC", "GREEK"): a word of another
        script is one no table can read (``unread_letters``)."""
        if self._scripts is None:
            self._scripts = frozenset(script_of(ch) for word in self.every_word for ch in word if ch.isalpha())
        return self._scripts

    def _claim(self, word: str, table: str, meaning: str, source: str) -> None:
        """One meaning per word across files: "tik" cannot be teak in one file and a platform
        in another. Aliases and spellings relate words to variants, so they do not claim."""
        kind = _KIND.get(table)
        if kind is None:
            return
        # Unit words count only after a number ("2 pc"), so they may also be words ("pc").
        key = f"unit:{word}" if kind == "unit" else word
        old = self.origin.get(key)
        if old and (old[0], old[1]) != (kind, meaning) and not {old[0], kind} <= _COMPATIBLE:
            raise WordsError(f"{source}: {table} '{word}': means {kind} '{meaning}' here "
                             f"but {old[0]} '{old[1]}' in {old[2]}")
        self.origin.setdefault(key, (kind, meaning, source))


# What a table's words are, for a word file's errors (the word kinds' own, below, besides these).
_OTHER_KINDS = {"colours": "colour", "product_types": "product type", "units": "unit", "variants": "variant",
                "editions": "variant", "stop_words": "stop word"}
_CLAIMED_LISTS = {("variants", "words"): "variant", ("editions", "words"): "edition",
                  ("stop_words", "words"): "stop word"}
# A variant word may also be an edition ("professional"): both are variants of a model.
_COMPATIBLE = frozenset({"variant"})


@lru_cache(maxsize=16)
def load_words(files: tuple = ()) -> Words:
    """The shipped words, with ``files`` (a shop's word files) added in order."""
    if not files:
        words = Words()
        for path in sorted(DATA_DIR.glob("*.toml")):
            words.add_file(path)
        return words
    words = load_words(()).copy()
    for path in files:
        words.add_file(Path(path))
    return words


# -- the active tables -------------------------------------------------------------------------
COLOURS: dict[str, list[str]] = {}
COLOUR_STEM: dict[str, str] = {}
COLOUR_WORD: re.Pattern = re.compile(r"(?!x)x")
# The word kinds: what a name's word may say of the product, each read from its table of the word files
# (word = "value") and compared where both names say one. Table -> (the kind, the values its words may
# mean; None where a shop's file may add any). A kind is added here and in a word file: the tables,
# their checks and ``word_attributes`` follow from this one entry.
# Where on a car a part goes: front or rear (its axle), left or right (its side), on an engine's
# intake or exhaust (its port: an intake valve or manifold gasket is not the exhaust one); a truck or
# trailer tyre's axle role, steer, drive or trailer (a line's drive pattern is not its steer one).
POSITION_KINDS = {"front": "axle", "rear": "axle", "left": "side", "right": "side", "intake": "port", "exhaust": "port",
                  "steer": "axle role", "drive": "axle role", "trailer": "axle role"}
WORD_KINDS: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "platforms": ("platform", None),
    "conditions": ("condition", None),
    "packages": ("package", None),
    "connectors": ("connector", None),
    "positions": ("position", tuple(POSITION_KINDS)),  # (read as the position's kind: axle, side, port)
    # A winter tyre studded or not: compared when both names say it (a catalog naming every
    # tyre's studs, a supplier writing them only now and then).
    "studs": ("studs", ("studded", "studless")),
    # A tyre's season - summer, winter or all-season: compared when both names say it ("Всесезонні
    # шини ... Cinturato P7 All Season" is not the summer "Шина літня ... Cinturato P7").
    "seasons": ("season", ("summer", "winter", "allseason")),
    # Whom a product is for - men or women: compared when both names say it (a men's scent of a line
    # is not its women's one: "Versace Eros ... чоловіча" vs "... женская", "Pour Femme").
    "genders": ("gender", ("men", "women")),
    # A surface's finish or coating - a paint's matt or gloss, a tile's polish, a screw's zinc
    # plating: compared when both names say it ("Emalia ... RAL 7016 antracyt MAT" is not the item
    # "... RAL 7016 antracyt połysk", a stainless bolt not the zinc-plated one of one DIN size).
    "finishes": ("finish", ("matt", "satin", "semigloss", "gloss", "dewy", "polished", "hammered", "zinc", "phosphated",
                            "stainless")),
    # What a food tastes of - chicken, salmon, beef: a line's salmon bag is not its chicken bag of one weight.
    "flavours": ("flavour", None),
    # What plant a cosmetic is made with - nettle, chamomile, burdock: a line's nettle shampoo is not its
    # chamomile shampoo of one size.
    "extracts": ("extract", None),
    # Whether a product is scented: an unscented litter, soap or cleaner is not its scented sibling.
    "scents": ("scent", ("scented", "unscented")),
    # A day cream is not the night cream of its line.
    "times_of_day": ("time of day", ("day", "night")),
    # A toothbrush's bristles, soft, medium or hard ("мягкая", "средней жесткости", "м'яка", "miękka"): the soft
    # brush of a line is not its medium one.
    "bristles": ("bristles", ("soft", "medium", "hard")),
    # A car battery's polarity - which terminal is the positive one: the R+ ("обратная", "(0)") battery
    # is not the L+ one of its range, whose size, capacity and current it shares.
    "polarities": ("polarity", ("right", "left")),
    # A tyre tubeless (TL) or with a tube (TT): the TT tyre of a line and size is not its TL one.
    "tubes": ("tube", ("tubeless", "tubetype")),
    # A bicycle tyre's bead, folding (aramid, "zwijana", "Faltreifen") or wire ("drutowa", "Drahtreifen"):
    # the folding tyre of a line and size is not its wire one.
    "beads": ("bead", ("folding", "wire")),
    # How a cosmetic is applied from its pack: a spray (aerosol), a roll-on or a stick ("w sprayu", "Deo
    # Roll-on", "tuhý", "шариковый"): the roll-on of a deodorant line is not its spray or stick.
    "applicators": ("applicator", ("spray", "rollon", "stick")),
    # A heating boiler's circuits, one (heating only) or two (heating and hot water, a "combi"): the
    # single-circuit boiler of a range is not its double-circuit one of one power.
    "circuits": ("circuit", ("single", "double")),
    # An engine part's size against its repair sizes: "STD" (the standard size) or an oversize ("ремонт",
    # "ремонтні"; a bare step of [oversizes], 0,25 / 0,50 / 0,75 or "0.25mm", is one too): the oversize
    # bearing shells or piston of a number are not its STD ones.
    "repair_sizes": ("repair size", ("standard", "oversize")),
    # Whose skin or hair a cosmetic is for ("для сухої шкіри", "for Normal to Oily Skin", "peau sèche"): the
    # cream of a line for dry skin is not its cream for normal to combination skin. Read only beside a word
    # of skin or hair ([skin] nouns: "сухой остаток", "сухая пена" say no skin), which normalize.clean_text
    # writes as SKIN_MARK and the value ("skintypedry").
    "skin_types": ("skin type", ("dry", "oily", "normal", "combination", "sensitive")),
    # A pipe fitting's thread ends, female or male on each side ("ВР-ВР", "ВЗ", "GW-GZ"): the female-male
    # valve of a size is not its female-female one.
    "thread_ends": ("thread", ("ff", "fm", "mm")),
    # A styling product's hold said in words ("сильная фиксация", "экстрасильной", "Super Strong Hold", "extra
    # starker Halt"): the extra strong hairspray of a line is not its super strong one of one size.
    "holds": ("hold", ("normal", "strong", "extrastrong", "superstrong", "ultrastrong")),
    # What a shock absorber is filled with, gas (a gas-charged twin tube, "gazowy", "Gasdruck", "газомасляный")
    # or oil alone ("olejowy", "Öldruck", "масляный"): the oil shock of a car's axle is not its gas one.
    "fills": ("fill", ("gas", "oil")),
    # A tyre's sidewall, lettered in white (raised or outlined white letters, "RWL", "OWL", "Letras Blancas")
    # or black ("BSW", "Black Sidewall"): the white-lettered tyre of a line and size is not its black one.
    "sidewalls": ("sidewall", ("white", "black")),
    # A fluid sold as a concentrate to be diluted or ready to use ("концентрат", "конц.", "Konzentrat",
    # "готовый -40", "Ready Mix", "Fertigmischung"): the concentrate of a coolant, washer fluid or cleaner is
    # not its ready mix of one can.
    "dilutions": ("dilution", ("concentrate", "readymix")),
}
# The active word kinds' tables (refilled in place when the words change).
KIND_TABLES: dict[str, dict[str, str]] = {table: {} for table in WORD_KINDS}
PLATFORMS, GENDERS, POSITIONS = KIND_TABLES["platforms"], KIND_TABLES["genders"], KIND_TABLES["positions"]
REPAIR_SIZES, SKIN_TYPES = KIND_TABLES["repair_sizes"], KIND_TABLES["skin_types"]
SKIN_TYPE_VALUES = WORD_KINDS["skin_types"][1]
SKIN_MARK = "skintype"
_MAPS = (*WORD_KINDS, *_OTHER_MAPS)
_KIND = {**_OTHER_KINDS, **{table: kind for table, (kind, _) in WORD_KINDS.items()}}
# Tables whose words may only mean one of these values (a typo is a config error).
_CLOSED_VALUES = {table: values for table, (_, values) in WORD_KINDS.items() if values}
VARIANT_WORDS: set[str] = set()
VARIANT_GLUED: set[str] = set()  # variant words also when a number is glued to them ("SPF50")
# glued words whose number is a level every product of a kind has ("hold 4"): compared only when both say one
VARIANT_LEVELS: set[str] = set()
EDITION_WORDS: set[str] = set()
STRONG_EDITIONS: set[str] = set()
VARIANT_ALIASES: dict[str, str] = {}
# What variant words are read as ("угольн" -> charcoal): variants as the words themselves are.
VARIANT_READINGS: set[str] = set()
VARIANT_SPELLINGS: dict[str, str] = {}
COLOUR_LETTERS: dict[str, set[str]] = {}
# Letters that spell one colour only (Yamaha's BL is black, others' blue; GR green or grey).
LETTERS_COLOUR: dict[str, str] = {}
# Two or more letters that spell a colour at the end of a code ("p163bk").
COLOUR_SUFFIXES: set[str] = set()
MARKETING_AFTER: set[str] = set()
MARKETING_BEFORE: set[str] = set()
HOME_EDITION_AFTER: set[str] = set()
HOME_EDITION_BEFORE: set[str] = set()
FITS: set[str] = set()          # first words of the accessory cues ("for", "fits", "compatible")
PURPOSE: set[str] = set()       # "для", "do", "für": an accessory's cue only before a model code
FITS_SKIPPED: set[str] = set()
NOT_FOR: set[str] = set()       # "for <one of these>" names a use, not the product an accessory fits
USES: set[str] = set()          # "для <one of these>" names what the product itself is for: the code after is its own
SKIN_NOUNS: set[str] = set()    # "skin", "hair" ([skin] nouns): "for damaged hair" says whose hair, no product it fits
# "з сидінням" / "без сидіння", "mit Akku" / "ohne Akku": a part a product is sold with or without.
WITH_WORDS: set[str] = set()
WITHOUT_WORDS: set[str] = set()
CAMERA_WORDS: set[str] = set()
STOP_WORDS: set[str] = set()
NOT_MODELS: set[str] = set()
# Words that, in a name with a tyre's load index, only repeat what the index says ("94V XL").
TYRE_LOAD_WORDS: set[str] = set()
# The marks a tyre's date of making is written after ("DOT 2019", "DOT3521"): [tyres] date_marks.
TYRE_DATE_MARKS: set[str] = set()
# Words that say a generation beside its number ("Gen 2", "2. generacji", "2-го поколения").
GENERATION_WORDS: set[str] = set()
# Words of a sun cream's form ([sun_protection] forms: "spray"), a kind of its own in a name saying an SPF.
SUN_FORMS: set[str] = set()
# Countries a name may say it was made in ("(Китай)", "Made in Japan").
ORIGINS: set[str] = set()

_active: list[Words] = []
_hooks: list = []


def active() -> Words:
    return _active[0]


def on_change(rebuild) -> None:
    """``rebuild(words)`` now and whenever other words become active (modules compile their
    regexes from the words with it)."""
    _hooks.append(rebuild)
    if _active:
        rebuild(_active[0])


def _refill(target, values) -> None:
    target.clear()
    target.update(values)


def _install(words: Words) -> None:
    global COLOUR_WORD
    maps, lists = words.maps, words.lists
    _refill(COLOURS, words.multimaps["colours"])
    _refill(COLOUR_STEM, {stem: colour for colour, stems in COLOURS.items() for stem in stems})
    endings = "|".join(sorted((re.escape(e) for e in lists["colour_endings"]["endings"]), key=len, reverse=True))
    # A colour is the stem plus an adjective (or, for wood names, a noun) ending: "белых",
    # "сосна", but not "белья" (laundry), whose stem is also "бел".
    COLOUR_WORD = re.compile(
        r"^(" + ("|".join(re.escape(s) for s in sorted(COLOUR_STEM, key=len, reverse=True)) or r"(?!x)x") + r")"
        r"(" + (endings or r"(?!x)x") + r")?$")
    for table, got in KIND_TABLES.items():
        _refill(got, maps[table])
    _refill(VARIANT_WORDS, lists["variants"]["words"])
    _refill(VARIANT_GLUED, lists["variants"]["glued"])
    _refill(VARIANT_LEVELS, lists["variants"]["levels"])
    _refill(EDITION_WORDS, lists["editions"]["words"])
    _refill(STRONG_EDITIONS, lists["editions"]["strong"])
    _refill(VARIANT_ALIASES, maps["variant_aliases"])
    _refill(VARIANT_READINGS, set(VARIANT_ALIASES.values()))
    _refill(VARIANT_SPELLINGS, maps["variant_spellings"])
    _refill(COLOUR_LETTERS, {c: set(letters) for c, letters in words.multimaps["colour_letters"].items()})
    _refill(LETTERS_COLOUR, {letters: colour for colour, spelled in COLOUR_LETTERS.items() for letters in spelled
                             if len(letters) >= 2
                             and sum(letters in other for other in COLOUR_LETTERS.values()) == 1})
    _refill(COLOUR_SUFFIXES, {letters for spelled in COLOUR_LETTERS.values() for letters in spelled
                              if len(letters) >= 2})
    _refill(MARKETING_AFTER, lists["marketing"]["after"])
    _refill(MARKETING_BEFORE, lists["marketing"]["before"])
    _refill(HOME_EDITION_AFTER, lists["home_edition"]["after"])
    _refill(HOME_EDITION_BEFORE, lists["home_edition"]["before"])
    _refill(FITS, {cue.split()[0] for cue in lists["accessory"]["fits"]})
    _refill(PURPOSE, lists["accessory"]["purpose"])
    _refill(FITS_SKIPPED, lists["accessory"]["skipped"])
    _refill(NOT_FOR, lists["accessory"]["not_for"])
    _refill(USES, lists["accessory"]["uses"])
    _refill(SKIN_NOUNS, lists["skin"]["nouns"])
    _refill(WITH_WORDS, lists["parts"]["with"])
    _refill(WITHOUT_WORDS, lists["parts"]["without"])
    _refill(CAMERA_WORDS, lists["accessory"]["camera"])
    _refill(STOP_WORDS, lists["stop_words"]["words"])
    _refill(NOT_MODELS, lists["not_models"]["codes"])
    _refill(TYRE_LOAD_WORDS, lists["tyres"]["load_words"])
    _refill(TYRE_DATE_MARKS, lists["tyres"]["date_marks"])
    _refill(ORIGINS, lists["origins"]["words"])
    _refill(GENERATION_WORDS, lists["generations"]["words"])
    _refill(SUN_FORMS, lists["sun_protection"]["forms"])
    _active[:] = [words]
    # Every cached answer of the matching modules may depend on the words.
    for name, module in list(sys.modules.items()):
        if name.startswith("pricesync.match") and module is not None:
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)) and value is not load_words:
                    value.cache_clear()
    for rebuild in _hooks:
        rebuild(words)


def use_words(files: tuple | list = ()) -> Words:
    """Make the shipped words plus ``files`` the active ones (a no-op when they already are)."""
    words = load_words(tuple(str(f) for f in files))
    if not _active or _active[0] is not words:
        _install(words)
    return words


_install(load_words())


# The kinds word_attributes reads a word as directly (a position is read as its own kind, a skin type
# only as normalize writes it, beside a word of skin).
_WORD_KINDS = tuple((kind, KIND_TABLES[table]) for table, (kind, _) in WORD_KINDS.items()
                    if table not in ("positions", "skin_types"))


@lru_cache(maxsize=200_000)
def word_attributes(word: str) -> tuple[str, str] | None:
    """(kind, value) of an unstemmed word that states a colour, a platform, a condition, a
    package, a connector, a position (axle or side), a tyre's studs or its season, whom it is for,
    a surface's finish, a food's flavour, a cosmetic's plant extract, whether it is scented, a cream's day or night, a battery's
    polarity, a tyre tubeless or with a tube, a bicycle tyre's bead, a cosmetic's applicator, a boiler's circuits, whose skin or hair a cosmetic is for,
    a fitting's thread ends, a styling product's hold, a shock absorber's gas or oil, a tyre's sidewall."""
    for kind, words in _WORD_KINDS:
        value = words.get(word)
        if value:
            return kind, value
    if word.startswith(SKIN_MARK) and word[len(SKIN_MARK):] in SKIN_TYPE_VALUES:
        return "skin type", word[len(SKIN_MARK):]
    position = POSITIONS.get(word)
    if position:
        return POSITION_KINDS[position], position
    m = COLOUR_WORD.match(word)
    return ("colour", COLOUR_STEM[m.group(1)]) if m else None
