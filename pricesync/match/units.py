"""Measurements to one canonical token each, so ``500мл`` = ``0,5 л`` = ``500 ml`` -> ``500ml``,
``8/256GB`` = ``8GB/256GB`` = ``8+256 Гб`` -> ``8gb 256gb``, ``55"`` = ``55 дюймов`` -> ``55in``,
``1,5 кг`` -> ``1500gr``, ``2 шт`` -> ``2pcs``. Runs on ``clean_text`` output (lower case).
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_NUM = r"(\d+(?:[.,]\d+)?)"
_END = r"(?![^\W_])"  # the unit word ends here ("5 л" but not "5 литой")

# Phone/laptop memory pairs written without a unit, "Redmi Note 12 8/256": only the sizes
# memory comes in, so "1/2" or "3/4" stay numbers.
_RAM = "1|2|3|4|6|8|12|16|18|24|32|36|48|64"
_STORAGE = frozenset("16 32 64 128 256 512 1024".split())
_MEM_UNIT = r"(?:gb|гб|gbyte|гигабайт\w*|tb|тб|терабайт\w*)"

_MEMORY_PAIR = re.compile(
    rf"(?<![\d.,])({_RAM})\s*(?:gb|гб)?\s*[/+]\s*(\d{{1,4}})\s*({_MEM_UNIT})?{_END}"
)
_MEMORY = re.compile(rf"{_NUM}\s*({_MEM_UNIT}|mb|мб){_END}")
_VOLUME = re.compile(rf"{_NUM}\s*(мл|ml|миллилитр\w*|милилитр\w*|литр\w*|ltr|lt|л|l){_END}")
_WEIGHT = re.compile(rf"{_NUM}\s*(кг|kg|килограмм\w*|гр|грамм\w*|г|gr|g){_END}")
# "2 in 1" is a kind of device, not two inches.
_INCH = re.compile(rf"{_NUM}\s*(?:\"|''|”|″|“|-?inch(?:es)?{_END}|in{_END}(?!\s*\d)|дюйм\w*)")
_PIECES = re.compile(rf"(\d+)\s*(?:шт|штук\w*|pcs|pc|pieces|szt){_END}\.?")
_OTHER = re.compile(rf"{_NUM}\s*(вт|w|мач|mah|мм|mm|см|cm|гц|hz|v){_END}")
_OTHER_CANON = {"вт": "w", "мач": "mah", "мм": "mm", "см": "cm", "гц": "hz"}
# Dilution ratios "1:10", "1:30-1:80" describe use, not the product variant.
_RATIO = re.compile(r"\d+\s*:\s*\d+(?:\s*[-–]\s*\d+\s*:\s*\d+)?")

_VOLUME_ML = {"мл": 1, "ml": 1}
_WEIGHT_G = {"кг": 1000, "kg": 1000, "гр": 1, "г": 1, "gr": 1, "g": 1}


def _num(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def fmt(value: Decimal) -> str:
    """2.50 -> "2.5", 500.0 -> "500"."""
    value = value.normalize()
    text = format(value, "f")
    return text


def _memory_gb(value: Decimal, unit: str) -> Decimal:
    if unit.startswith(("t", "т")):
        return value * 1024
    if unit in ("mb", "мб"):
        return value / 1024
    return value


def _memory_pair(m: re.Match) -> str:
    ram, storage, unit = m.group(1), m.group(2), m.group(3)
    if unit is None and storage not in _STORAGE:
        return m.group(0)
    storage_gb = _memory_gb(Decimal(storage), unit or "gb")
    if unit is None and storage_gb < Decimal(ram):
        return m.group(0)
    return f" {fmt(Decimal(ram))}gb {fmt(storage_gb)}gb "


def _memory(m: re.Match) -> str:
    value = _num(m.group(1))
    if value is None:
        return m.group(0)
    return f" {fmt(_memory_gb(value, m.group(2)))}gb "


def _volume(m: re.Match) -> str:
    value = _num(m.group(1))
    if value is None:
        return m.group(0)
    return f" {fmt(value * _VOLUME_ML.get(m.group(2), 1000))}ml "


def _weight(m: re.Match) -> str:
    value, unit = _num(m.group(1)), m.group(2)
    # "Galaxy A55 5G" is a network, not five grams.
    if value is None or (unit == "g" and value < 10 and "." not in m.group(1) and "," not in m.group(1)):
        return m.group(0)
    return f" {fmt(value * _WEIGHT_G[unit])}gr "


def _inch(m: re.Match) -> str:
    value = _num(m.group(1))
    return m.group(0) if value is None else f" {fmt(value)}in "


def _other(m: re.Match) -> str:
    value = _num(m.group(1))
    unit = m.group(2)
    return m.group(0) if value is None else f" {fmt(value)}{_OTHER_CANON.get(unit, unit)} "


def canonical_units(text: str) -> str:
    """Rewrite every measurement in ``text`` (lower case) to its canonical token."""
    text = _RATIO.sub(" ", text)
    text = _MEMORY_PAIR.sub(_memory_pair, text)
    text = _MEMORY.sub(_memory, text)
    text = _INCH.sub(_inch, text)
    text = _VOLUME.sub(_volume, text)
    text = _WEIGHT.sub(_weight, text)
    text = _PIECES.sub(lambda m: f" {int(m.group(1))}pcs ", text)
    return _OTHER.sub(_other, text)


UNIT_TOKEN = re.compile(r"^(\d+(?:\.\d+)?)(ml|gr|gb|in|pcs|w|mah|mm|cm|hz|v)$")
