"""A tyre's size and index read in a cleaned name: one code however a list writes them.

``225/45 R17 94W``, ``R17 225/45``, ``205/55/16  T 91``, ``2055516 91V``, ``LT265/70R17``, a bias or
inch size (``11.2-20``, ``90/90-21``), a forklift's ``28x9-15``: the size as one token (``22545r17``),
the load and speed index as another (``li94w``), not 94 watts. The regexes that need the word files
([tyres] speed_letters) are built with them (``words.on_change``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from pricesync.match.reading import words
from pricesync.match.reading.units import is_unit_word
from pricesync.match.reading.words import alternatives


# What ``_tyre`` and ``_inch_tyre`` make of a tyre's size and index: ``22545r17``, ``120r20``
# (12.00R20), ``112d20`` (11.2-20, a bias tyre), ``9090d21`` (90/90-21), ``li94w``, ``li109107t``.
_TYRE_SPEC = re.compile(r"^(?:\d{2,5}[rd]\d{2}(?:[35])?c?|\d{2,3}d\d|\d{2}x\d{1,3}[dr]\d{1,2}|li\d{2,6}[a-z]{1,2})$")


@lru_cache(maxsize=300_000)
def is_tyre_spec(token: str) -> bool:
    """A tyre's size or load/speed index: it describes the tyre (many tyres share it), it
    does not name one."""
    return bool(_TYRE_SPEC.match(token))


def is_tyre_index(token: str) -> bool:
    """A tyre's load and speed index as ``_tyre`` writes it (``li94w``); any other tyre spec is a size."""
    return token.startswith("li") and is_tyre_spec(token)


_GLUED_VARIANT = re.compile(r"^([a-z]+)\d{1,3}$")  # ("ET-2720" is a printer's code, not an offset)


# A size written across ("6x30", "m6x30", "60x60", "598x598" of "59,8x59,8"; units.py writes
# them so; a bicycle tyre's "700x25c", the French rim letter after its width): a measure many
# products share, compared when both names say one, never a model code.
_DIMENSION = re.compile(r"^m?\d+x\d+(?:x\d+)?$|^\d{3}x\d{2}[abc]$")


@lru_cache(maxsize=300_000)
def is_dimension(token: str) -> bool:
    return bool(_DIMENSION.match(token))


@lru_cache(maxsize=300_000)
def is_shared_spec(token: str) -> bool:
    """A code-like token many products share, so it is compared but looks no item up: a
    tyre's size or index, or a variant word with its number glued on ("spf50")."""
    if is_tyre_spec(token):
        return True
    m = _GLUED_VARIANT.match(token)
    return bool(m) and m.group(1) in words.VARIANT_GLUED


def _tyre(m: re.Match) -> str:
    """``225/45 R17 94W`` -> ``225/45r17 li94w``: the size one code however it is spaced (``ZR17``
    is ``R17``: the speed is in the index), the load and speed index a code too (not 94 watts)."""
    g = m.groupdict()
    out = f"{g['w']}/{g['h']}r{g['d'].replace(',', '.')}{'c' if g['c'] else ''}"  # "R22,5" is R22.5
    return out + f" li{g['load'].replace('/', '')}{g['speed']}" if g["load"] else out


def _slashed_rim(m: re.Match) -> str:
    """A size written with a slash before its rim and its index after it speed letter first, as some
    Russian wholesalers write (``205/55/16  T 91``, ``215/65/16  R 109/107 C``) -> ``205/55r16 91t``,
    ``215/65r16c 109/107r``. Only a tyre's numbers: a width and a profile that end in 0 or 5 (every
    car tyre's do: 205/55, 235/40) over a rim tyres have."""
    g = m.groupdict()
    if int(g["w"]) % 5 or int(g["h"]) % 5 or not MIN_RIM <= int(g["d"][:2]) <= MAX_PASSENGER_RIM:
        return m.group(0)
    commercial = "c" if g["c"] or g["lc"] else ""
    # A speed letter without its load ("205/60/16  T") says no index the catalog's could be compared with.
    index = f" {g['load']}{g['speed']}" if g["load"] else ""
    return f"{g['w']}/{g['h']}r{g['d']}{commercial}{index}"


def _tyre_prefix(m: re.Match) -> str:
    """A North American size's construction letters glued on (``LT265/70R17``, ``P265/70R17``, a
    wholesaler's ``LT2657017``) -> ``lt 265/70r17``, ``265/70r17``, ``lt 265/70 r17``: the size read as
    every size is, a light-truck tyre's ``lt`` kept as a word beside it (the LT tyre of a size is not the
    passenger one; a ``P`` says the passenger tyre every metric size is). Only a tyre's numbers, as
    ``_slashed_rim`` reads them; the glued size needs no index after its letters."""
    g = m.groupdict()
    profile = g["h"] or g["h2"]
    if int(g["w"]) % 5 or int(profile) % 5 or g["d2"] and not MIN_RIM <= int(g["d2"]) <= MAX_PASSENGER_RIM:
        return m.group(0)
    size = f"{g['w']}/{profile}" + (f" r{g['d2']}" if g["d2"] else "")
    return f"lt {size}" if g["p"] == "lt" else size


def _flotation(m: re.Match) -> str:
    """A light truck's flotation size in inches - its overall diameter, its section and its rim (``35x12.50R20LT``,
    ``LT33x12.50R17``, a seller's ``33x12.5 R17``, ``31X10.50R15LT``) -> ``35x125r20``, ``33x125r17``: one size
    however the section's decimals and the light truck's letters are written (every such size is a light truck's),
    a size many tyres share, not a model code. Only a tyre's numbers: an overall diameter of 26 to 44 inches, a
    section of 7 to 20 below it, a rim of 14 to 26."""
    g = m.groupdict()
    width = float(g["w"].replace(",", "."))
    if not 26 <= int(g["o"]) <= 44 or not 7 <= width <= 20 or not 14 <= int(g["d"]) <= 26:
        return m.group(0)
    return f"{g['o']}x{f'{width:g}'.replace('.', '')}r{g['d']}"


def _glued_size(m: re.Match) -> str:
    """A size written as one number, width, profile and rim glued, as British tyre wholesalers and
    fitters write it (``2055516 91V``, ``2156516C 109/107T``, ``2055516 MICH PRIM4 91V``) -> ``205/55
    r16``, ``215/65 r16c``, the index read where it stands. Only in a name that says a load and speed
    index (without one the seven digits are a part's or a toner's number) and only a tyre's numbers, as
    ``_slashed_rim`` reads them."""
    g = m.groupdict()
    if int(g["w"]) % 5 or int(g["h"]) % 5 or not MIN_RIM <= int(g["d"]) <= MAX_PASSENGER_RIM:
        return m.group(0)
    return f"{g['w']}/{g['h']} r{g['d']}{g['c']}"


def _inch_tyre(m: re.Match) -> str:
    """A size in inches (``12.00R20``, ``11R22.5``, ``16,9R38``, a bias ``11.2-20`` or ``7.50-16``) or
    a bias size in millimetres (``90/90-21``), a flotation size in inches (``11.5/80-15.3``) or a bias
    size whose rim says its decimals (``10-16.5``) -> ``120r20``, ``110r225``, ``169r38``, ``112d20``,
    ``75d16``, ``9090d21``, ``11580d153``, ``100d165``: one code however the width's decimals are written (``12.00`` = ``12``),
    a bias tyre (``-``) kept apart from the radial one of its size. A number that only looks so -
    a cement's class ``32,5R`` (no tyre is that wide), a dye's ``6-10`` (no decimals), ``4 R20``
    (an integer width stands glued to its ``R``), a zoom's ``4.5-94 .5 mm`` (no rim is that big) -
    is left as written."""
    g = m.groupdict()
    kind = "d" if g["k"] == "-" else "r"
    rim = g["d"].replace(",", "").replace(".", "")
    if not MIN_RIM <= int(g["d"][:2]) <= MAX_RIM:
        return m.group(0)
    if g["h"] and g["wf"] is not None:  # a flotation size in inches, "11.5/80-15.3", "10.0/75-15.3"
        whole = int(g["w"])
        if not MIN_INCH_WIDTH <= whole <= MAX_INCH_WIDTH:
            return m.group(0)
        return f"{whole * 10 + int(g['wf'])}{g['h']}{kind}{rim}{g['c']}"
    if g["h"]:
        if kind == "d" and int(g["w"]) >= MIN_CAR_WIDTH_MM and int(g["h"]) <= MAX_CAR_PROFILE \
                and int(g["d"][:2]) <= MAX_PASSENGER_RIM:
            kind = "r"  # a car's size written with a dash ("205/55-16"): its radial
        elif kind == "d" and rim in TRUCK_RIMS and MIN_CAR_WIDTH_MM <= int(g["w"]) <= MAX_TRUCK_WIDTH_MM:
            kind = "r"  # a truck's or bus's size written with a dash ("315/80-22.5"): its radial
        return f"{g['w']}{g['h']}{kind}{rim}{g['c']}" if int(g["w"]) >= MIN_BIAS_WIDTH_MM else m.group(0)
    whole, part = int(g["w2"]), g["f"]
    rim_whole = g["d"].isdigit()  # "10-16.5" of a skid steer: a rim's decimals say a tyre, "6-10" does not
    if not MIN_INCH_WIDTH <= whole <= MAX_INCH_WIDTH or (part is None and ((kind == "d" and rim_whole) or g["sp"])):
        return m.group(0)
    tenths = whole * 10 + (int(part.ljust(2, "0")[:2]) + 5) // 10 if part else whole * 10
    return f"{tenths}{kind}{rim}{g['c']}"


def _industrial_size(m: re.Match) -> str:
    """An industrial tyre's size (``_INDUSTRIAL_SIZE``) -> ``28x9d15``, ``18x7d8``, ``15x45d8`` (``25x8.00-12`` = ``25x8d12``), ``50d8``: one
    code however it is written, a size as ``_inch_tyre`` writes one (many tyres share it, it names none).
    Only a tyre's numbers: an overall diameter of 10 to 40 inches wider than its section, a rim of 4 to 25."""
    g = m.groupdict()
    if g["o"]:
        width = float(g["wo"].replace(",", "."))
        if not 10 <= int(g["o"]) <= 40 or not 3 <= width < int(g["o"]) or not 4 <= int(g["do"]) <= 25:
            return m.group(0)
        return f"{g['o']}x{f'{width:g}'.replace('.', '')}d{g['do']}"  # "25x8.00-12" is "25x8-12"
    return f"{int(g['w']) * 10 + (int(g['f']) + 5) // 10}d{g['d']}"


# An industrial tyre's size: a forklift's, a skid steer's or a trailer's size by its overall diameter, its
# section and its rim in inches ("28x9-15", "18x7-8", "21x8-9", "15x4.5-8", a Russian list's Cyrillic "28х9-15"),
# and a bias size on a rim under ten inches whose width says its two decimals ("5.00-8", "6.00-9", "4.00-8":
# a lens's "4.5-8" does not), as forklift and trailer tyres are sized.
_INDUSTRIAL_SIZE = re.compile(r"(?<![\w/.,])(?:(?P<o>\d{2})\s?[xх×*]\s?(?P<wo>\d{1,2}(?:[.,]\d{1,2})?)-(?P<do>\d{1,2})"
                              r"|(?P<w>\d)[.,](?P<f>\d0)-(?P<d>[4-9]))(?![^\W_]|[.,]\d)")
# A solid tyre's size with its rim's width after a slash ("6.50-10/5.00", "28X9-15/7.00", "18X7-8/4.33"), as
# wholesalers write what catalogs write "6.50-10 (5.00)": the width apart, in brackets, as those write it.
_RIM_WIDTH = re.compile(r"(?<![\w/.,])(\d[\d.,xх×*]*-\d{1,2})/(\d{1,2}[.,]\d{2})(?![\w.,])")


# Widths a tyre's size in inches says (a moped's 2.75-17 .. an earthmover's 29.5R25), its rims
# (a scooter's 10 .. a tractor's 54), and the narrowest bias size in millimetres (a moped's
# 60/90-17); anything else is some other number.
MIN_INCH_WIDTH, MAX_INCH_WIDTH = 2, 30
MIN_RIM, MAX_RIM = 10, 54
MAX_PASSENGER_RIM = 24  # the largest rim a size written "205/55/16" (car, SUV, van) has
MIN_BIAS_WIDTH_MM = 60
# A size in millimetres this wide and this low written with a dash ("205/55-16", "215/65-16C", as
# a wholesaler's short lines write a car's size) is the radial one: a bias tyre in millimetres is a
# motorcycle's or a scooter's, narrower or taller (130/90-16, 150/80-16, 130/70-12).
MIN_CAR_WIDTH_MM, MAX_CAR_PROFILE = 155, 70
# A size in millimetres on a truck's or bus's tubeless rim (17.5, 19.5, 22.5 inches) written with a dash
# ("315/80-22.5", "385/65-22.5", as a dealer's short lines write it) is the radial one too, up to the
# widest steer, drive and trailer tyre (385): a bias size there is a wider implement's flotation tyre
# ("500/60-22.5", "550/60-22.5").
TRUCK_RIMS, MAX_TRUCK_WIDTH_MM = frozenset({"175", "195", "225"}), 385


# A load index is at least this (a car's 60-ish, a van's 100+); "Hakkapeliitta 10p" is a line.
MIN_LOAD_INDEX = 50


def _is_load(m: re.Match) -> bool:
    """A tyre's index written apart from its size - in brackets ("205/55R16 (94H)") or after
    the line ("195/70R15C Business CS-2 104/102R") - is the index all the same."""
    return int(m.group("load").split("/")[0]) >= MIN_LOAD_INDEX


# A tyre: width/profile, R or ZR, rim (C for light trucks), then the load index and the
# speed index letter ([tyres] speed_letters of the word files).
_TYRE = re.compile(r"(?!x)x")
_LOOSE_INDEX = re.compile(r"(?!x)x")
# A size written rim first, as some Russian price lists do ("R16 205/55", "R16C 185/75").
# A size with a slash before its rim ("205/55/16"), its index speed letter first ("T 91"); see ``_slashed_rim``.
_SLASHED_RIM = re.compile(r"(?!x)x")
# A size with the construction letters a North American list glues on (``_tyre_prefix``).
# (A lookahead of its first letter opens it, before the lookbehind: a search skips to those letters.)
_TYRE_PREFIX = re.compile(r"(?=[lp])(?<![\w/.,-])(?P<p>lt|p)(?P<w>\d{3})(?:\s*/\s*(?P<h>\d{2})(?=\s*z?r\s*\d{2})|"
                          r"(?P<h2>\d{2})(?P<d2>\d{2})(?![\w/.,-]))")
# A flotation size (``_flotation``): the light truck's letters before or after it, the section's decimals
# (``12.50``, ``12.5``) or none, the rim glued to its R or after a space.
_FLOTATION = re.compile(r"(?<![\w/.,])(?:lt\s?)?(?P<o>\d{2})\s?[xх×]\s?(?P<w>\d{1,2}(?:[.,]\d{1,2})?)\s?z?r\s?(?P<d>\d{2})"
                        r"(?:\s?lt)?(?![^\W_]|[.,]\d)")
_FLOTATION_CUE = re.compile(r"\d\s?[xх×]\s?[1-9]")  # (the cheap test before it)
_GLUED_SIZE = re.compile(r"(?<![\w/.,-])(?P<w>\d{3})(?P<h>\d{2})(?P<d>\d{2})(?P<c>[cс]?)(?![\w/.,-])")
# What a North American list glues after a size's rim: the load range after a slash (``LT265/70R17/E``,
# ``/C``) and the extra load (``P235/75R15XL``) - words of their own, not letters of the size.
_AFTER_RIM = re.compile(r"(?<=\dr\d\d)(?:/(?P<lr>[cde])|(?P<xl>xl))(?![^\W_]|/)")
_RIM_FIRST = re.compile(r"(?<![\w/.])z?r\s?(?P<d>\d{2}(?:[.,]5)?)(?P<c>[cс]?)\s+(?P<w>\d{3})\s*/\s*(?P<h>\d{2})(?![\w/])")
_INDEXED = re.compile(r"(?<!\S)li\d")
# What every size the slash readings below read writes: a width of three digits, a slash, a height of two
# (the cheap test before them: most names with a slash write a memory pair or a fraction).
_WIDTH_HEIGHT = re.compile(r"\d{3}\s*/\s*\d{2}")
# A size in inches or a bias size (see ``_inch_tyre``): a width with or without decimals, R or a
# dash, the rim glued to it (``32,5 R 25`` is a cement's class and weight).
_INCH_TYRE = re.compile(r"(?<![\w/.,])(?:(?P<w>\d{1,3})(?:[.,](?P<wf>\d))?/(?P<h>\d{2})|(?P<w2>\d{1,2})(?:[.,](?P<f>\d{1,2}))?)"
                        r"(?P<sp>\s?)(?P<k>z?r|-)(?P<d>\d{2}(?:[.,][35])?)(?P<c>c?)(?![^\W_]|[.,]\d|\s?(?:mm|мм|cm|см)(?![^\W_]))")
_INCH_CUE = re.compile(r"\d(?:\s?z?r|-)\d")
# BMW's mark of a tyre made for its cars, a star standing alone ("245/40 R19 98Y XL *", a
# shop's "★"); not the star of a line's name ("Nord*Frost", "i*cept").
_STAR_MARK = re.compile(r"(?<![^\s(\[])[*★](?![^\s)\]])")


# A tyre line's number written in Roman numerals, a word of its own after a word of letters ("Diablo Rosso
# IV", "Scorpion Trail II", "Open Country A/T III"): the number other lists write in digits ("Rosso 4",
# "Trail 2"). Only in a name that says a tyre's size (elsewhere "Focus II", "SATA II" are read as written),
# kept apart from a unit word after it, which would make the number a measure ("A/T III LT275/65R18").
_ROMAN = re.compile(r"(?<=[^\W\d_] )(iii|ii|iv)(?![^\W_]|[-+/.]\w)")
_ROMAN_VALUE = {"ii": "2", "iii": "3", "iv": "4"}


def _roman(m: re.Match) -> str:
    following = m.string[m.end():].split(None, 1)
    if following and is_unit_word(following[0]):
        return _ROMAN_VALUE[m.group(1)] + " |"  # a mark between: the number is no measure of the unit
    return _ROMAN_VALUE[m.group(1)]


# A bicycle tube's ETRTO range with the second rim it fits ("28/47-622/635", "18/28-622/630": the 28" rims of
# 622 and 635 mm, [tyres] bicycle_rims) is the range on its first rim, as most lists write it ("28/47-622"): one
# size, not two codes.
_TUBE_RIMS = re.compile(r"(?!x)x")


def read_sizes(s: str) -> str:
    """``s`` (cleaned, lower case) with its tyre sizes and index written as codes (see the module)."""
    sized = 0
    if "/" in s and "-" in s and _TUBE_RIMS.search(s):
        s = _TUBE_RIMS.sub(r"\1", s)  # a tube's "28/47-622/635" is its "28/47-622"
    if _TYRE_PREFIX.search(s):
        s = _TYRE_PREFIX.sub(_tyre_prefix, s)  # "LT265/70R17", "LT2657017", "P265/70R17": the size
    if ("x" in s or "х" in s or "×" in s) and "r" in s and _FLOTATION_CUE.search(s):
        s, flotation = _FLOTATION.subn(_flotation, s)  # "35x12.50R20LT" = "35x12.5 R20"
        sized += flotation
    if _GLUED_SIZE.search(s) and any(_is_load(m) for m in _LOOSE_INDEX.finditer(s)):
        s = _GLUED_SIZE.sub(_glued_size, s)  # "2055516 91V" = "205/55 R16 91V"
    if ("/" in s or "xl" in s) and _AFTER_RIM.search(s):
        s = _AFTER_RIM.sub(lambda m: f" {m.group('lr') or 'xl'}", s)  # "LT265/70R17/E" = "LT265/70R17 E"
    if "/" in s and _WIDTH_HEIGHT.search(s):
        s = _SLASHED_RIM.sub(_slashed_rim, s)  # "205/55/16 T 91" = "205/55 R16 91T"
        if "r" in s:
            s = _RIM_FIRST.sub(r"\g<w>/\g<h>r\g<d>\g<c>", s)  # "R16 205/55" = "205/55 R16"
            s, sized = _TYRE.subn(_tyre, s)
            if sized and ("*" in s or "★" in s):
                s = _STAR_MARK.sub(" starmark ", s)
    if _INCH_CUE.search(s):
        inch = _RIM_WIDTH.sub(r"\g<1> (\g<2>)", s) if "/" in s else s  # a solid tyre's "6.50-10/5.00": its rim's width apart
        industrial = _INDUSTRIAL_SIZE.sub(_industrial_size, inch)  # "28x9-15", "18x7-8", "5.00-8" of a forklift
        inch = _INCH_TYRE.sub(_inch_tyre, industrial)
        sized += inch != s and (industrial != s or inch != industrial)
        s = inch
    if sized and ("ii" in s or "iv" in s):
        s = _ROMAN.sub(_roman, s)  # "Diablo Rosso IV" = "Diablo Rosso 4", "Angel GT II" = "Angel GT 2"
    if sized:
        if not _INDEXED.search(s):
            index = next((m for m in _LOOSE_INDEX.finditer(s) if _is_load(m)), None)
            if index:
                s = f"{s[:index.start()]} li{index.group('load').replace('/', '')}{index.group('speed')} " \
                    f"{s[index.end():]}"
    return s


def _compile(words) -> None:
    """The regexes built from the word files' tables (see words.on_change)."""
    lists = words.lists
    global _TYRE
    speed = alternatives(lists["tyres"]["speed_letters"])
    _TYRE = re.compile(r"(?<![\w/.])(?P<w>\d{3})\s*/\s*(?P<h>\d{2})\s*z?r\s*(?P<d>\d{2}(?:[.,]5)?)(?P<c>[cс]?)"
                       r"(?![^\W_])(?:\s+(?P<load>\d{2,3}(?:/\d{2,3})?)\s?(?P<speed>" + speed + r")(?![^\W_]))?")
    global _SLASHED_RIM
    _SLASHED_RIM = re.compile(r"(?<![\w/.,])(?P<w>\d{3})\s*/\s*(?P<h>\d{2})\s*/\s*(?P<d>\d{2}(?:[.,]5)?)(?P<c>[cс]?)"
                              r"(?![\w/.,])(?:\s+(?P<speed>" + speed + r")(?:\s+(?P<load>\d{2,3}(?:/\d{2,3})?)(?P<lc>\s*[cс])?)?"
                              r"(?![^\W_]))?")
    global _TUBE_RIMS
    rims = alternatives(lists["tyres"]["bicycle_rims"])
    _TUBE_RIMS = re.compile(rf"(?<![\w/.,-])(\d{{2}}/\d{{2}}-(?:{rims}))/(?:{rims})(?![\w/,-]|\.\d)")
    global _LOOSE_INDEX
    _LOOSE_INDEX = re.compile(r"(?<![\w/.,-])\(?\s*(?P<load>\d{2,3}(?:/\d{2,3})?)\s?(?P<speed>" + speed
                              + r")\s*\)?(?![^\W_])(?![.,/-]\w)")


words.on_change(_compile)
