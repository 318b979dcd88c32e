"""Measurements to one canonical token each, so ``500мл`` = ``0,5 л`` = ``500 ml`` -> ``500ml``,
``8/256GB`` = ``8GB/256GB`` = ``8+256 Гб`` -> ``8gb 256gb``, ``55"`` = ``55 дюймов`` -> ``55in``,
``1,5 кг`` -> ``1500gr``, ``2 шт`` -> ``2pcs``. Runs on ``clean_text`` output (lower case),
in one regex pass (names are normalised by the hundred thousand).
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_NUM = r"\d+(?:[.,]\d+)?"
_END = r"(?![^\W_])"  # the unit word ends here ("5 л" but not "5 литой")

# Phone/laptop memory pairs written without a unit, "Redmi Note 12 8/256": only the sizes
# memory comes in, so "1/2" or "3/4" stay numbers.
_RAM = "1|2|3|4|6|8|12|16|18|24|32|36|48|64"
_STORAGE = frozenset("16 32 64 128 256 512 1024".split())
_MEM_UNIT = r"(?:gb|гб|gbyte|гигабайт\w*|tb|тб|терабайт\w*)"

# Alternatives in order of precedence: a ratio is not a size, a memory pair before single
# memory. Each alternative has its own named groups.
_MEASURE = re.compile(
    # Every alternative starts at the first digit of a number (checked once per position),
    # not inside a code: "Prosept025-10,10л" is article 025-10 and 10 l, not 10.10 l.
    r"(?<![\d-])(?=\d)(?:"
    # Dilution ratios "1:10", "1:30-1:80" describe use, not the product variant.
    r"(?P<ratio>\d+\s*:\s*\d+(?:\s*[-–]\s*\d+\s*:\s*\d+)?)"
    rf"|(?<![\d.,])(?P<ram>{_RAM})\s*(?:gb|гб)?\s*[/+]\s*(?P<rom>\d{{1,4}})\s*(?P<rom_unit>{_MEM_UNIT})?{_END}"
    rf"|(?P<mem>{_NUM})\s*-?\s*(?P<mem_unit>{_MEM_UNIT}|mb|мб){_END}"
    # "2 in 1" is a kind of device, not two inches.
    rf"|(?P<inch>{_NUM})\s*(?:\"|''|”|″|“|-?inch(?:es)?{_END}|in{_END}(?!\s*\d)|дюйм\w*)"
    # "Panasonic 50' Plasma HDTV": a screen size; "6' cable" is feet, so only from 15 up.
    rf"|(?<![.,])(?P<inch2>1[5-9]|[2-9]\d|1\d\d)\s*'(?![\w'])"
    # "7.1-Channel", "5.1-Ch.": speaker channels.
    rf"|(?P<ch>\d\.\d)\s*-?\s*ch(?:annels?)?{_END}\.?"
    # "1920 x 1080": a screen resolution says nothing a model name does not.
    r"|(?P<res>\d{3,4}\s*x\s*\d{3,4})(?!\d)"
    # Cable lengths: "2 m" = "6.56 ft" = 200 cm (feet rounded to 10 cm).
    rf"|(?P<len>{_NUM})\s*-?\s*(?P<len_unit>meters?|metres?|m|ft|feet|foot){_END}"
    rf"|(?P<vol>{_NUM})\s*(?P<vol_unit>мл|ml|миллилитр\w*|милилитр\w*|литр\w*|ltr|lt|л|l){_END}"
    rf"|(?P<wt>{_NUM})\s*(?P<wt_unit>кг|kg|килограмм\w*|гр|грамм\w*|г|gr|g){_END}"
    # Licences: "5-User", "3 seats", "1 ПК"... ("1 user" when a name says none).
    rf"|(?P<users>\d+)\s*-?\s*(?:users?|seats?|licen[cs]es?|nodes?|clients?|devices?|computers?|"
    rf"пользовател\w*|устройств\w*|stanowisk\w*){_END}"
    rf"|(?P<pcs>\d+)\s*(?:шт|штук\w*|pcs|pc|pieces|szt){_END}\.?"
    # "2-Pack", "3 pk", "twin pack" of one product: a count, not a model.
    rf"|(?P<pack>\d+)\s*-?\s*(?:pack|pk|count|ct){_END}"
    # ("4000 v.10" is a version, not 4000 volts.)
    rf"|(?P<other>{_NUM})\s*-?\s*"
    rf"(?P<other_unit>вт|w|мач|mah|мм|mm|см|cm|гц|hz|v|mp|мп|megapixels?|мегапиксел\w*){_END}"
    r"(?!\.\d|/(?![^\W_]))"  # ("Series 6 w/ Touch of Color": "w/" is "with")
    # "12В" glued to its number is volts; spaced, "5 в 1" is "5 in 1".
    rf"|(?P<volts>{_NUM})в{_END})"
)
_OTHER_CANON = {"вт": "w", "мач": "mah", "мм": "mm", "см": "cm", "гц": "hz", "мп": "mp", "megapixel": "mp",
                "megapixels": "mp"}
_KILO = {"кг", "kg"}
_LATIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_DIGIT = re.compile(r"\d")

UNIT_TOKEN = re.compile(r"^(\d+(?:\.\d+)?)(ml|gr|gb|in|pcs|user|ch|w|mah|mm|cm|hz|v|mp)$")


def _num(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def fmt(value: Decimal) -> str:
    """2.50 -> "2.5", 500.0 -> "500"."""
    return format(value.normalize(), "f")


def _gigabytes(value: Decimal, unit: str) -> Decimal:
    if unit.startswith(("t", "т")):
        return value * 1024
    if unit in ("mb", "мб"):
        return value / 1024
    return value


def _canonical(m: re.Match) -> str:
    start, text = m.start(), m.string
    if start and text[start - 1] in _LATIN_LETTERS and _LATIN_LETTERS.issuperset(m.group(0)[-1]) \
            and not (text[start - 1] == "x" and start >= 2 and text[start - 2].isdigit()):
        return m.group(0)  # a Latin unit glued to letters: "SD10V", "MDRZX310W" are codes; "2x50ml" is not
    g = m.groupdict()
    if g["ratio"]:
        return " "
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
    if g["inch"] or g["inch2"]:
        value = _num(g["inch"] or g["inch2"])
        return m.group(0) if value is None else f" {fmt(value)}in "
    if g["vol"]:
        value = _num(g["vol"])
        ml = g["vol_unit"] in ("мл", "ml") or g["vol_unit"].startswith(("мил", "милл"))
        return m.group(0) if value is None else f" {fmt(value if ml else value * 1000)}ml "
    if g["wt"]:
        value, unit = _num(g["wt"]), g["wt_unit"]
        # "Galaxy A55 5G" is a network, not five grams.
        if value is None or (unit == "g" and value < 10 and not any(c in g["wt"] for c in ".,")):
            return m.group(0)
        return f" {fmt(value * 1000 if unit in _KILO or unit.startswith('килограмм') else value)}gr "
    if g["ch"]:
        return f" {g['ch']}ch "
    if g["res"]:
        return " "
    if g["len"]:
        value = _num(g["len"])
        if value is None:
            return m.group(0)
        if g["len_unit"].startswith(("f", "foot")):
            return f" {round(value * Decimal('30.48') / 10) * 10}cm "
        return f" {fmt(value * 100)}cm "
    if g["users"]:
        return f" {int(g['users'])}user "
    if g["pcs"] or g["pack"]:
        return f" {int(g['pcs'] or g['pack'])}pcs "
    if g["volts"]:
        value = _num(g["volts"])
        return m.group(0) if value is None else f" {fmt(value)}v "
    value, unit = _num(g["other"]), g["other_unit"]
    unit = "mp" if unit.startswith("мегапиксел") else _OTHER_CANON.get(unit, unit)
    return m.group(0) if value is None else f" {fmt(value)}{unit} "


def canonical_units(text: str) -> str:
    """Rewrite every measurement in ``text`` (lower case) to its canonical token."""
    if not _DIGIT.search(text):
        return text
    return _MEASURE.sub(_canonical, text)
