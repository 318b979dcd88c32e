"""Measurements to one canonical token each, so ``500мл`` = ``0,5 л`` = ``500 ml`` -> ``500ml``,
``8/256GB`` = ``8GB/256GB`` = ``8+256 Гб`` -> ``8gb 256gb``, ``55"`` = ``55 дюймов`` -> ``55in``,
``1,5 кг`` -> ``1500gr``, ``2 m`` = ``200 cm`` = ``2000 mm`` -> ``2000mm``, ``2 шт`` -> ``2pcs``,
``M6 x 30`` = ``M6X30`` -> ``m6x30``, ``M10 1 m`` = ``M10 x 1000 mm`` -> ``m10x1000``. Runs on ``clean_text`` output (lower case),
in one regex pass (names are normalised by the hundred thousand).
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from pricesync.match.reading import words
from pricesync.match.reading.words import alternatives

_NUM = r"\d+(?:[.,]\d+)?"
_END = r"(?![^\W_])"  # the unit word ends here ("5 л" but not "5 литой")

# Phone/laptop memory pairs written without a unit, "Redmi Note 12 8/256": only the sizes
# memory comes in, so "1/2" or "3/4" stay numbers.
_RAM = "1|2|3|4|6|8|12|16|18|24|32|36|48|64"
_STORAGE = frozenset("16 32 64 128 256 512 1024".split())

# The unit words are in the word files ([units]: unit = ["word", "stem*", ...]); each regex
# group below reads the units of one measure.
_MEASURE = re.compile(r"(?!x)x")
_UNIT_OF: dict[str, str] = {}            # word as written -> unit
_UNIT_STEMS: tuple[tuple[str, str], ...] = ()  # ("литр", "l"): any word starting so
_OTHER_UNITS = ("w", "kw", "mah", "ah", "mm", "cm", "hz", "v", "mp", "h", "pr", "lk", "lm", "k", "vlv")


# A fluid ounce in millilitres, and the metric sizes bottles and jars are sold in ([bottle_sizes] ml): a
# US label's "3.4 fl oz" (100.55 ml) and "3.3 fl oz" (97.6 ml) are the 100 ml bottle, "8 fl oz" the 236 ml
# one, "1.7 oz" the 50 ml.
FLUID_OUNCE_ML = Decimal("29.5735")
METRIC_SIZES: tuple[Decimal, ...] = ()
METRIC_SIZE_TOLERANCE = Decimal("0.035")
_MILLILITRES = re.compile(r"(?!x)x")  # a number in millilitres ([units] ml)


def _metric_size(ml: Decimal) -> Decimal:
    """The metric size nearest ``ml`` when within 3.5 % of it, else ``ml`` to the whole millilitre."""
    near = min(METRIC_SIZES, key=lambda size: abs(size - ml), default=None)
    return near if near is not None and abs(near - ml) <= near * METRIC_SIZE_TOLERANCE else ml.quantize(Decimal(1))


def _words(units: dict[str, list[str]], *keys: str) -> str:
    """Regex alternatives of the words of these units: a whole word, or a stem ('литр*'), as a tree
    of their letters ("мл|мг|м" as "м(?:г|л|)"): a number is followed by a hundred unit spellings
    tried one by one otherwise, at every number of every name. A longer word is tried before the
    word it begins, as the longest-first list did."""
    tree: dict = {}
    for key in keys:
        for word in units.get(key, ()):
            node = tree
            for letter in word.removesuffix("*"):
                node = node.setdefault(letter, {})
            node["*" if word.endswith("*") else ""] = None
    return "(?:" + (_tree(tree) if tree else r"(?!x)x") + ")"


def _tree(node: dict) -> str:
    branches = [re.escape(letter) + _tree(child) for letter, child in sorted(node.items()) if child is not None]
    if "*" in node:
        branches.append(r"\w*")  # a stem: any word it begins (after its longer spellings)
    elif "" in node:
        branches.append("")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _measure_words(units: dict[str, list[str]]) -> str:
    """Any unit word, glued or not, amp-hours and volts in Cyrillic ("2х18 В"): what a count before
    "x" multiplies."""
    return _words(units, *units) + "|ah|ач|а·ч|в"


def _compile(words) -> None:
    global _MEASURE, _UNIT_OF, _UNIT_STEMS, METRIC_SIZES, _MILLILITRES
    units = words.multimaps["units"]
    METRIC_SIZES = tuple(sorted({Decimal(v) for v in words.lists["bottle_sizes"]["ml"]}))
    _MILLILITRES = re.compile(rf"\d\s*{_words(units, 'ml')}{_END}")
    _UNIT_OF = {w: key for key, ws in units.items() for w in ws if not w.endswith("*")}
    _UNIT_STEMS = tuple(sorted(((w[:-1], key) for key, ws in units.items() for w in ws if w.endswith("*")),
                               key=lambda p: -len(p[0])))
    mem = _words(units, "gb", "tb")
    thread_ends = f"(?:{alternatives(words.lists['threads']['ends'])})"
    cables = words.lists["cables"]
    cores, sections = (f"(?:{alternatives(cables[key])})" for key in ("earthed", "section_units"))
    # Alternatives in order of precedence: a ratio is not a size, a memory pair before single
    # memory. Each alternative has its own named groups.
    _MEASURE = re.compile(
        # Every alternative starts at the first digit of a number (checked once per position, and
        # first: a search then skips to the digits), not inside a code: "Prosept025-10,10л" is
        # article 025-10 and 10 l, not 10.10 l.
        r"(?=\d)(?<![\d-])(?:"
        # Dilution ratios "1:10", "1:30-1:80" describe use, not the product variant.
        r"(?P<ratio>\d+\s*:\s*\d+(?:\s*[-–]\s*\d+\s*:\s*\d+)?)"
        # A fraction of an inch, a pipe's thread or a speaker's size: "1/2\"" = "½\"" (NFKC's "1⁄2\"") =
        # "1/2 дюйма", "1 1/4\"" = "1-1/4\"" = 1.25in; only written close and with its inch mark or word
        # ("1/2" alone is a number, a ratio or a memory pair; "32LG50 / 32''" a model and a size).
        # A bare fraction before the words of a pipe thread's ends ([threads] ends: "1/2 ВВ", "3/4 GW-GZ")
        # is the thread's size too.
        rf"|(?<![\d/])(?:(?P<whole>\d)(?:\s+|-))?(?P<numer>\d{{1,2}})[/⁄](?P<denom>2|4|8|16|32|64)"
        rf"(?:\s*(?:\"|''|”|″|“|-?{_words(units, 'inch')}{_END})|(?=\s+{thread_ends}(?![^\W_])))"
        rf"|(?<![\d.,])(?P<ram>{_RAM})\s*{_words(units, 'gb')}?\s*[/+]\s*(?P<rom>\d{{1,4}})\s*(?P<rom_unit>{mem})?{_END}"
        rf"|(?P<mem>{_NUM})\s*-?\s*(?P<mem_unit>{_words(units, 'gb', 'tb', 'mb')}){_END}"
        # "2 in 1" is a kind of device, not two inches.
        rf"|(?P<inch>{_NUM})\s*(?:\"|''|”|″|“|-?{_words(units, 'inch')}{_END}|in{_END}(?!\s*\d))"
        # "Panasonic 50' Plasma HDTV": a screen size; "6' cable" is feet, so only from 15 up.
        rf"|(?<![.,])(?P<inch2>1[5-9]|[2-9]\d|1\d\d)\s*'(?![\w'])"
        # "7.1-Channel", "5.1-Ch.": speaker channels.
        rf"|(?P<ch>\d\.\d)\s*-?\s*ch(?:annels?)?{_END}\.?"
        # "1920 x 1080": a screen resolution says nothing a model name does not (a size of three
        # sides, "1000x600x50", is none).
        r"|(?P<res>\d{3,4}\s*x\s*\d{3,4})(?![\d.,]|\s*[xх×*]\s*\d)"
        # A cassette's range of sprockets, "11-30T" = "11-30 Zähne" = "11-30 zubů": one token, "1130t".
        rf"|(?P<teeth>\d{{1,2}}\s*-\s*\d{{2,3}})\s*(?:{_words(units, 'teeth')}){_END}\.?"
        # A cable's cores and section in the harmonised code, "3G2,5" (three cores of 2.5 mm², one the
        # earth): the size "3x2,5" is, as the same cable's "YDY 3x2,5" or "NYM-J 3x2,5" writes it.
        rf"|(?P<cores>\d{{1,2}}){cores}(?P<section>\d{{1,3}}(?:[.,]\d{{1,2}})?)(?:\s*{sections}{_END})?(?![^\W_]|[.,]\d)"
        # A size written across, glued or spaced, in mm or cm or bare: "M6 x 30" = "M6X30",
        # "4,0 x 40 mm" = "4x40", "60 x 60 cm" = "60x60" - not a count of a measure ("2 x 5,0 Ah",
        # "12 x 85g" is a pack of twelve).
        # (Not inch fractions, "8 1/2 x 11", "3-7/16 x 2/3", also written without the slashes: a whole
        # of one or two digits before it; a code or a dotted number before a size leaves it a size,
        # "KI191 6.5x16", "100.3234.20 312x25 mm".)
        rf"|(?<!/)(?<!(?<![\w.,])\d[\s-])(?<!(?<![\w.,])\d\d[\s-])(?P<dim>{_NUM}\s*[xх×*]\s*{_NUM}(?:\s*[xх×*]\s*{_NUM})?)"
        # (a cable's "3x2,5 mm²": its cores and their section in square millimetres, [cables] section_units)
        rf"(?:\s*(?:{sections}|mm|cm|мм|см){_END})?(?![^\W_]|[.,]\d|/|\s*-?\s*(?:{_measure_words(units)}){_END})"
        # A cable's rated voltages, "450/750V" (to earth / between its cores): two measures, not a code.
        rf"|(?P<volt_from>\d{{2,4}})\s*/\s*(?P<volt_to>\d{{2,4}})\s*{_words(units, 'v')}{_END}"
        # Lengths, one quantity in millimetres: "2 m" = "200 cm" = "6.56 ft" (feet rounded to 10 cm).
        # (not a size letter inside an article, "33703-M-Black": the medium suitcase, not 33703 m)
        rf"|(?P<len>{_NUM})\s*-?\s*(?P<len_unit>{_words(units, 'm', 'ft')}){_END}(?!-[^\W_])"
        rf"|(?P<vol>{_NUM})\s*(?P<vol_unit>{_words(units, 'ml', 'l', 'floz')}){_END}"
        # A range of weights, "(9-14 кг)" = "(9-14КГ)" = "(9-14 kg)" (whom a diaper or a dog's food is for):
        # one token, "9-14kg", not the number 914 and the word кг.
        rf"|(?P<wt_range>\d{{1,3}}\s*-\s*\d{{1,3}})\s*{_words(units, 'kg')}{_END}"
        # A range of lengths in millimetres, "8-14 мм" = "8-14ММ" = "8-14mm" (a tray of lashes of several
        # lengths, a clamp's span): one token, "8-14mm", as the weights' range is (not a lens's "4.5-8 mm").
        rf"|(?<![\d.,])(?P<mm_range>\d{{1,2}}\s*-\s*\d{{1,2}})\s*{_words(units, 'mm')}{_END}"
        rf"|(?P<wt>{_NUM})\s*(?P<wt_unit>{_words(units, 'kg', 'g')}){_END}"
        # Licences: "5-User", "3 seats", "1 ПК"... ("1 user" when a name says none).
        rf"|(?P<users>\d+)\s*-?\s*{_words(units, 'user')}{_END}"
        rf"|(?P<pcs>\d+)\s*{_words(units, 'pcs')}{_END}\.?"
        # "2-Pack", "3 pk", "twin pack" of one product: a count, not a model.
        rf"|(?P<pack>\d+)\s*-?\s*{_words(units, 'pack')}{_END}"
        # ("4000 v.10" is a version, not 4000 volts.)
        rf"|(?P<other>{_NUM})\s*-?\s*"
        rf"(?P<other_unit>{_words(units, *_OTHER_UNITS)}){_END}"
        r"(?!\.\d|/(?![^\W_]))"  # ("Series 6 w/ Touch of Color": "w/" is "with")
        # "12В" glued to its number is volts; spaced, "2 в упаковке" is "2 in a pack" ("5 в 1", "5 in 1",
        # is read before): "18 В" is volts where no word follows ("18 В LXT", "36 В (2х18 В)", "54 В / 18
        # В 9,0 Аг", "12 В 2x2,0 Ач") - not a number glued to letters (a bias tyre's "144d18 в"), but
        # a count's "2х18 В".
        rf"|(?P<volts>{_NUM})в{_END}"
        rf"|(?:(?<=[xх×])|(?<![^\W\d_]))(?P<volts_apart>{_NUM})\s+в{_END}(?=\s*(?:$|[^\s\w]|[a-z]|\d)))"
    )


def is_unit_word(word: str) -> bool:
    """A word the word files spell a unit with ([units]: "мл", or a stem's word, "литров")."""
    return word in _UNIT_OF or any(word.startswith(stem) for stem, _ in _UNIT_STEMS)


def _unit(word: str) -> str:
    """The unit a matched unit word spells ("литров" -> "l", "Гб" -> "gb")."""
    unit = _UNIT_OF.get(word)
    if unit is None:
        unit = next((key for stem, key in _UNIT_STEMS if word.startswith(stem)), word)
    return unit


words.on_change(_compile)
_LATIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_DIGIT = re.compile(r"\d")

# A metric thread and a length after it are the size written across without its "x": a rod or a
# bolt "M10 1 m" is the "M10 x 1000 mm" one.
_THREAD_LENGTH = re.compile(r"(?<![^\W_])[mм](\d{1,2})\s+(?:[xх×*]\s+)?(\d+(?:\.\d+)?)mm(?![^\W_])")

# A count of a content measure, before it or after it: "12 x 85g", "28 x 75 г", "75Г*28", "2кг x 2"
# are packs of twelve, 28 and two - not the one 85 g pouch; "2x2,0 Ач" two batteries of a kit, not one.
# (A length is a size written across.)
_COUNT_BEFORE = re.compile(r"(?<![\w.,])(\d{1,3})\s*[xх×*]\s*(\d+(?:\.\d+)?(?:ml|gr|ah))(?!\w)")
_COUNT_AFTER = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?(?:ml|gr|ah))\s*[xх×*]\s*(\d{1,3})(?![\w.,])")

# A count written before the product, as marketplace titles lead with it: "2x MANN Ölfilter",
# "4x Sommerreifen", "2 x Continental ..." are a pair and a set of four, not one.
LEADING_COUNT = re.compile(r"^\s*(\d{1,2})\s*[xXхХ×]\s+(?=[^\W\d_])")

# (a light's colour temperature in kelvins only of four digits, "2700k": "4k" is a screen, "10k" a number)
# (a battery's cold-cranking current only of three or four digits, "540en")
UNIT_TOKEN = re.compile(r"^(\d+(?:\.\d+)?)(ml|gr|gb|in|pcs|user|ch|w|kw|mah|ah|mm|cm|hz|vlv|v|mp|h|pr|lk|lm|(?<=^[1-9]\d{3})k"
                        r"|(?<=^[1-9]\d{2})en|(?<=^[1-9]\d{3})en)$")


def _num(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def fmt(value: Decimal) -> str:
    """2.50 -> "2.5", 500.0 -> "500"."""
    return format(value.normalize(), "f")


def _gigabytes(value: Decimal, unit: str) -> Decimal:
    unit = _unit(unit)
    if unit == "tb":
        return value * 1024
    if unit == "mb":
        return value / 1024
    return value


# The conductor sections cables are made in (mm², IEC 60228): "3G2,5" is a cable, "4G64" is not.
CABLE_SECTIONS = frozenset(Decimal(v) for v in "0.5 0.75 1 1.5 2.5 4 6 10 16 25 35 50 70 95 120 150 185 240 300".split())


def _canonical(m: re.Match) -> str:
    start, text = m.start(), m.string
    if m.group("dim"):
        sides = [_num(n) for n in re.split(r"\s*[xх×*]\s*", m.group("dim"))]
        if None in sides:
            return m.group(0)
        # A metric thread's size stays one token with its M: "M6 x 30" = "m6x30".
        metric = start and text[start - 1] in "mм" and (start < 2 or not text[start - 2].isalnum())
        if start and text[start - 1].isalpha() and not metric:
            return m.group(0)  # a code's number ("GTX1080 x 2")
        return ("" if metric else " ") + "x".join(fmt(v) for v in sides) + " "
    if start and text[start - 1] in _LATIN_LETTERS and _LATIN_LETTERS.issuperset(m.group(0)[-1]) \
            and not (text[start - 1] == "x" and start >= 2 and text[start - 2].isdigit()):
        return m.group(0)  # a Latin unit glued to letters: "SD10V", "MDRZX310W" are codes; "2x50ml" is not
    g = m.groupdict()
    if g["volt_from"]:
        return f" {int(g['volt_from'])}v {int(g['volt_to'])}v "
    if g["cores"]:
        section = _num(g["section"])
        if (start and text[start - 1].isalnum()) or section not in CABLE_SECTIONS:
            return m.group(0)  # a code's letters and digits ("A3G15"), not a cable's size
        return f" {int(g['cores'])}x{fmt(section)} "
    if g["ratio"]:
        return " "
    if g["teeth"]:
        return " " + "-".join(re.split(r"\s*-\s*", g["teeth"])) + "t "
    if g["wt_range"]:
        low, high = (int(n) for n in re.split(r"\s*-\s*", g["wt_range"]))
        if low < high:
            return f" {low}-{high}kg "
        head, tail = m.group(0).split("-", 1)  # "13 - 2kg": a number, and a weight read as weights are
        return head + "-" + _MEASURE.sub(_canonical, tail)
    if g["mm_range"]:
        low, high = (int(n) for n in re.split(r"\s*-\s*", g["mm_range"]))
        return f" {low}-{high}mm " if low < high else m.group(0)
    if g["ram"]:
        ram, rom, unit = g["ram"], g["rom"], g["rom_unit"]
        if unit is None and rom not in _STORAGE:
            return m.group(0)
        storage = _gigabytes(Decimal(rom), unit or "gb")
        if unit is None and storage < Decimal(ram):
            return m.group(0)
        return f" {fmt(Decimal(ram))}gb {fmt(storage)}gb "
    if g["mem"]:
        value = _num(g["mem"])
        return m.group(0) if value is None else f" {fmt(_gigabytes(value, g['mem_unit']))}gb "
    if g["denom"]:
        if int(g["numer"]) >= int(g["denom"]) or (start and text[start - 1].isalpha()):
            return m.group(0)  # not a fraction of an inch: "50/32''", a code's "LG50/32''"
        value = Decimal(g["whole"] or 0) + Decimal(g["numer"]) / Decimal(g["denom"])
        return f" {fmt(value)}in "
    if g["inch"] or g["inch2"]:
        value = _num(g["inch"] or g["inch2"])
        return m.group(0) if value is None else f" {fmt(value)}in "
    if g["vol"]:
        value = _num(g["vol"])
        if value is not None and _unit(g["vol_unit"]) == "floz":
            # a label saying its millilitres too ("0.25 FL OZ (7.3 ML)") is read by them
            return " " if _MILLILITRES.search(text) else f" {fmt(_metric_size(value * FLUID_OUNCE_ML))}ml "
        ml = _unit(g["vol_unit"]) == "ml"
        return m.group(0) if value is None else f" {fmt(value if ml else value * 1000)}ml "
    if g["wt"]:
        value, unit = _num(g["wt"]), g["wt_unit"]
        # "Galaxy A55 5G" is a network, not five grams; a whole number below ten written apart from its
        # "g" is grams ("Mascara, Black, 9 g", "Mini 4 g"): a network is written glued.
        if value is None or (unit == "g" and value < 10 and not any(c in g["wt"] for c in ".,")
                             and not m.group(0)[len(g["wt"]):].startswith((" ", "\u00a0"))):
            return m.group(0)
        return f" {fmt(value * 1000 if _unit(unit) == 'kg' else value)}gr "
    if g["ch"]:
        return f" {g['ch']}ch "
    if g["res"]:
        # A screen is wider than high, 5:4 to 21:9 (1280x1024, 1920x1080, 3440x1440); a radiator's
        # "500x1000" or a board's "600x300" is a size, left for the names' tokens to read.
        wide, high = (int(n) for n in re.split(r"\s*x\s*", g["res"]))
        return " " if 1.2 <= wide / high <= 2.4 and high >= 240 else m.group(0)
    if g["len"]:
        value = _num(g["len"])
        if value is None:
            return m.group(0)
        if _unit(g["len_unit"]) == "ft":
            return f" {round(value * Decimal('30.48') / 10) * 100}mm "
        return f" {fmt(value * 1000)}mm "
    if g["users"]:
        return f" {int(g['users'])}user "
    if g["pcs"] or g["pack"]:
        return f" {int(g['pcs'] or g['pack'])}pcs "
    if g["volts"] or g["volts_apart"]:
        value = _num(g["volts"] or g["volts_apart"])
        return m.group(0) if value is None else f" {fmt(value)}v "
    value, unit = _num(g["other"]), g["other_unit"]
    unit = _unit(unit)
    if unit == "k" and not (value is not None and value == int(value) and 1000 <= value <= 9999):
        return m.group(0)  # kelvins are a light's four digits ("2700K", "6500 K"), not "4K" or "16k"
    if value is not None and unit == "cm":
        value, unit = value * 10, "mm"
    return m.group(0) if value is None else f" {fmt(value)}{unit} "


# A lamp's light as its maker's three digits, colour rendering and kelvins by hundreds ("13W 827", "8,8W/840",
# "T8 14,5W 865"): the colour temperature "2700k", "4000k", "6500k", and a rendering other than Ra 80 ("927":
# "ra90") - read only in a name that says a lamp's watts or lumens (elsewhere 827 is a number).
_LIGHT_CODE = re.compile(r"(?<![\w.,-])/?([789])(27|30|40|50|57|65)(?![\w.,/-])")
_LAMP_MEASURE = re.compile(r"\d(?:w|lm)\b")


# An LED lamp's power and the bulb's it replaces right after it, "13W = 100W", "13W (100W)", "8W=60W": the
# lamp's own power is the first (the second, larger, says which bulb it is as bright as).
_EQUIVALENT_POWER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)w\s*(?:=\s*|\(\s*)(\d+(?:\.\d+)?)w(\s*\))?(?!\w)")


def _equivalent_power(m: re.Match) -> str:
    own, bulb = Decimal(m.group(1)), Decimal(m.group(2))
    if bulb <= own or (m.group(0).count("(") != (1 if m.group(3) else 0)):
        return m.group(0)
    return f"{m.group(1)}w "


# A car battery's cold-cranking current (by EN 50342), "540 А", "680A (EN)", "540А", "540EN": one token "540en"
# (not a code that differs from the maker's number, nor a bare number), read only in a name that says the
# battery's charge ("60 Ач") or its polarity ([polarities] through [shorthand]: "R+", "зворотна полярність").
_BATTERY_CHARGE = re.compile(r"\d(?:\.\d+)?ah\b|\b[rl]plus\b")
_CRANKING_CURRENT = re.compile(r"(?<![\w.,/-])(\d{3,4})\s*(?:[aа](?:\s*\(en\))?|en)(?![\w/])")


def cranking_current(text: str) -> str:
    """A battery's current read as its one token (after [shorthand], which spells its polarity)."""
    return _CRANKING_CURRENT.sub(r" \1en ", text) if _BATTERY_CHARGE.search(text) else text


def _light_code(m: re.Match) -> str:
    # the colour rendering said too where it is not the common Ra 80: "927" is the Ra 90 lamp of a line's "827"
    return f" {m.group(2)}00k" + ("" if m.group(1) == "8" else f" ra{m.group(1)}0") + " "


# A measure below one written without its whole 0, as US labels and short lines do (".74OZ", ".5 fl oz"):
# not the 74 oz its digits alone would say.
_LEADING_POINT = re.compile(r"(?<![\w.,/])\.(\d{1,3})(?=\s?[^\W\d_])")


def canonical_units(text: str) -> str:
    """Rewrite every measurement in ``text`` (lower case) to its canonical token."""
    if not _DIGIT.search(text):
        return text
    if "." in text:
        text = _LEADING_POINT.sub(r"0.\1", text)  # ".74OZ", ".5 oz": a measure below one written without its 0
    text = _THREAD_LENGTH.sub(r"m\1x\2", _MEASURE.sub(_canonical, text))
    if _LAMP_MEASURE.search(text):
        text = _LIGHT_CODE.sub(_light_code, text)
        text = _EQUIVALENT_POWER.sub(_equivalent_power, text)
    if "x" in text or "х" in text or "×" in text or "*" in text:
        text = _COUNT_AFTER.sub(r" \1 \2pcs ", _COUNT_BEFORE.sub(r" \2 \1pcs ", text))
        text = LEADING_COUNT.sub(r" \1pcs ", text)
    return text
