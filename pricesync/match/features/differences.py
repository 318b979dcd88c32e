"""Where two names' variant attributes disagree: the differences that make them two products.

``Galaxy A12`` vs ``A12s``, ``8/128`` vs ``8/256``, ``1 л`` vs ``5 л``, black vs white, ``Office
2004`` vs ``2008``: ``differences`` compares what ``reading.attributes.extract`` read of an offer
and of a catalog item and lists each disagreement as a ``Difference``, in words an operator reads
in the review queue. A name silent on an attribute says nothing against it; one-sided kinds
(a used unit, an accessory) differ even so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pricesync.match.reading.attributes import (GLUED_WORD, LOAD_WORD, MODEL_LETTERS, ONE_SIDED_KINDS, SAID_BY, Attributes,
                                                own_codes, written_apart)
from pricesync.match.reading.model_codes import code_clash, is_strong_code, said_suffixes, same_model
from pricesync.match.reading.words import (LETTERS_COLOUR, STRONG_EDITIONS, VARIANT_GLUED, VARIANT_READINGS,
                                          VARIANT_SPELLINGS, VARIANT_WORDS)

_UNIT_NAMES = {"ml": "volume", "gr": "weight", "gb": "memory", "in": "size", "pcs": "pack", "user": "licence",
               "w": "power",
               "mah": "capacity", "ah": "capacity", "mm": "size", "cm": "size", "hz": "frequency", "v": "voltage", "mp": "resolution",
               "h": "hours", "pr": "ply rating", "lk": "chain links", "lm": "luminous flux", "k": "colour temperature", "vlv": "valves",
               "en": "cranking current"}


def _spelled(variants: frozenset[str]) -> frozenset[str]:
    return frozenset(VARIANT_SPELLINGS.get(v, v) for v in variants)


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
        m = GLUED_WORD.match(v)
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
        m = GLUED_WORD.match(v)
        if m and m.group(1) in VARIANT_GLUED and v[m.end(1):].isdigit() and v[m.end(1):] in bare \
                and not any(w.startswith(m.group(1)) for w in silent.variants):
            said.update((m.group(1), v))
    return frozenset(said)


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


# Not frozen (nothing changes one once built): a frozen dataclass is built three times slower, and a
# run builds some ten for every offer. Hashed by its fields all the same.
@dataclass(slots=True, unsafe_hash=True)
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


# An unscented offer against an item named by its plant, scented unsaid (see differences).
_UNSCENTED, _SCENTED = frozenset({"unscented"}), frozenset({"scented"})
# Kinds read elsewhere: accessory_difference (what a product is for or used as), the parts sold
# with or without (below), the letters added to a model (letters_added).
_NOT_COMPARED_KINDS = frozenset({"role", "use", "fits", "use_before", "use_after", "generation_named", SAID_BY,
                                 "with", "without", MODEL_LETTERS, LOAD_WORD})


def differences(offer: Attributes, cand: Attributes, *, catalog_variants: frozenset[str],
                one_sided: bool = False, offer_silence_ok: bool = False) -> list[Difference]:
    """Variant attributes in which the two disagree, e.g. ``volume 1000ml vs 5000ml``.
    ``one_sided`` also counts an attribute only one of them states (how two catalog
    siblings differ: brown vs no colour at all). ``offer_silence_ok``: an offer that names
    no variant ("Bath Acid", article 294-075) does not contradict the item's "Bath Acid +"
    when an identifier already tells which item it is."""
    out: list[Difference] = []
    empty = frozenset()
    # (each helper asked only where it can say anything: most pairs state no pack, no variant, no watts)
    counts_said = (_counts_said_bare(offer, cand) if "pcs" in offer.units else empty) \
        | (_counts_said_bare(cand, offer) if "pcs" in cand.units else empty)
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
        if "extract" in source_b and "scent" in source_a and "scent" not in source_b and source_a is offer.words \
                and source_a["scent"] == _UNSCENTED:
            # An item named by the plant it is made with is scented unsaid ("Олійка ... Календула"): the
            # offer's unscented version of it ("... Календула без запаху") is another product.
            kinds |= {"scent"}
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
            if len(a) == 1 == len(b) and _one_has_decimals(a, b) and (_written_rounded(a, b) or _written_rounded(b, a)):
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
            out.append(Difference(kind, a, b if b or kind != "scent" else _SCENTED))
    # A weight one name writes where the other writes a volume ("5КГ" for the item's "1 л", "454 г" for "50
    # мл", a "Foundation ... 30ml" for the line's "Пудра ... 9 г"): what a can or jar holds, at the density of
    # what is sold so (0.85 to 1.2 grams a millilitre), another size or product when the two are further apart.
    if ("gr" in offer.units) != ("gr" in cand.units) and ("ml" in offer.units) != ("ml" in cand.units) \
            and ("gr" in offer.units) != ("ml" in offer.units):
        apart = _weight_for_volume(offer.units, cand.units)
        if apart:
            out.append(Difference("volume", *apart))
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
    offer_variants = offer.variants | _said_bare(offer, cand) if cand.variants and offer.numbers else offer.variants
    cand_variants = cand.variants | _said_bare(cand, offer) if offer.variants and cand.numbers else cand.variants
    if LOAD_WORD in offer.words or LOAD_WORD in cand.words:
        # "XL" said alone (no index) by one name and beside its index by the other: the same load.
        offer_variants = offer_variants - cand.words.get(LOAD_WORD, empty)
        cand_variants = cand_variants - offer.words.get(LOAD_WORD, empty)
    if offer_variants != cand_variants and _spelled(offer_variants) != _spelled(cand_variants) and (
            any(v in catalog_variants or v in VARIANT_WORDS or v in VARIANT_READINGS
                for v in offer_variants ^ cand_variants)
            or offer_variants - cand_variants & STRONG_EDITIONS) and (offer_variants or not offer_silence_ok):
        out.append(Difference("variant", offer_variants, cand_variants))
    glued = (_glued_unit(offer, cand) if offer.numbers else None) or (_glued_unit(cand, offer) if cand.numbers else None)
    if glued:
        out.append(Difference("model", glued, glued[::-1]) if glued[0] in offer.numbers else
                   Difference("model", glued[::-1], glued))
    offer_numbers, cand_numbers = offer.numbers - counts_said, cand.numbers - counts_said
    if offer_numbers and cand.variants and not offer.variants:  # "Repl LX117 8/18 5/114.3 30 60.1" for the ET35 one
        cand_numbers = cand_numbers | _glued_numbers(cand)
    if cand_numbers and offer.variants and not cand.variants:
        offer_numbers = offer_numbers | _glued_numbers(offer)
    if offer_numbers != cand_numbers and (cand.codes or offer.codes):
        # "ВАЗ 2108" where the other name fits "ВАЗ 2108-2115": a model of the range, not another number
        offer_numbers, cand_numbers = offer_numbers - _range_ends(cand.codes), cand_numbers - _range_ends(offer.codes)
    if offer_numbers != cand_numbers and offer_numbers and cand_numbers:
        offer_numbers, cand_numbers = _short_years(offer_numbers, cand_numbers)
    if offer_numbers != cand_numbers and (one_sided or (offer_numbers - cand_numbers and cand_numbers - offer_numbers)):
        out.append(Difference("number", offer_numbers, cand_numbers))
    if (offer.codes or cand.codes) and (offer.numbers or offer.codes) and (cand.numbers or cand.codes):
        apart = _years_apart(offer, cand)
        if apart:
            out.append(Difference("years", *apart))
    added = letters_added(offer, cand) if MODEL_LETTERS in offer.words else None
    if added:
        out.append(Difference("model", (added[0],), (added[1],)))
    offer_codes, cand_codes = own_codes(offer), own_codes(cand)
    # (An offer none of whose codes the item lacks has none that clashes or differs.)
    if offer_codes and cand_codes and not offer_codes <= cand_codes:
        said = said_suffixes(offer, cand)
        clash = code_clash(offer_codes, cand_codes, said)
        if clash:
            out.append(Difference("model", (clash[0],), (clash[1],)))
            return out
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

# A car's years of make: a period written as two years joined by a dash ("Octavia A7 2013-2020", "FORD TRANSIT
# 2006-2013", read as the code "20132020"), or a year written bare ("Camry XV70 (2017-)", "Duster 2018+"). Two
# names whose years do not meet - two periods sharing no more than the year one ends and the other begins, or a
# bare year outside the other's period or the year it ends, which begins the next generation - are made for two
# generations of the car (the "Logan 2004-2012" covers are not the "Logan (2013-)" ones, the "Accent 2011-2017"
# ones not the "Accent (2017-)" ones). Two bare years are not compared (a model year, a number of the line). The
# period stays the code it is read as: a name match it settles is settled by it.
_YEAR = r"(?:19[5-9]|20[0-4])\d"
_PERIOD = re.compile(rf"({_YEAR})({_YEAR})")
_BARE_YEAR = re.compile(_YEAR)


@lru_cache(maxsize=100_000)
def _periods(codes: frozenset[str]) -> tuple[tuple[int, int], ...]:
    return tuple((int(m[1]), int(m[2])) for c in codes if len(c) == 8
                 and (m := _PERIOD.fullmatch(c)) and m[1] < m[2] and int(m[2]) - int(m[1]) <= 30)


def _short_years(one: frozenset[str], other: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The two names' numbers without a year one writes in two digits and the other in four (a car's "Lanos
    97-", "Transit 14-" for the item's "1997-", "2014-"): one year, said by both."""
    same = {(n, y) for a, b in ((one, other), (other, one)) for n in a if len(n) == 2 and n.isdigit()
            for y in b if len(y) == 4 and y[2:] == n and _BARE_YEAR.fullmatch(y)}
    if not same:
        return one, other
    said = {x for pair in same for x in pair}
    return one - said, other - said


def _bare_years(numbers: frozenset[str]) -> tuple[int, ...]:
    return tuple(int(n) for n in numbers if len(n) == 4 and _BARE_YEAR.fullmatch(n))


def _years_apart(offer: Attributes, cand: Attributes) -> tuple[frozenset[str], frozenset[str]] | None:
    """(the offer's years, the item's) where they do not meet, else None."""
    mine, theirs = _periods(offer.codes), _periods(cand.codes)
    if not mine and not theirs:
        return None
    if mine and theirs:
        if any(max(a[0], b[0]) < min(a[1], b[1]) or a == b for a in mine for b in theirs):
            return None
    else:
        periods, years = (mine, _bare_years(cand.numbers)) if mine else (theirs, _bare_years(offer.numbers))
        if not years or any(p[0] <= y < p[1] for p in periods for y in years):
            return None
    def shown(periods, numbers):
        return frozenset(f"{a}-{b}" for a, b in periods) or frozenset(map(str, _bare_years(numbers)))
    return shown(mine, offer.numbers), shown(theirs, cand.numbers)


_ACROSS = re.compile(r"^\d+(?:x\d+){1,2}$")


# A range of a maker's model numbers written as one code ("ВАЗ 2108-2115" -> "21082115", "2110-2112"): four
# digits each side, the same first two, the second above the first; a range of years ("2004-2013") is none.
_MODEL_RANGE = re.compile(r"((\d\d)\d\d)(\2\d\d)")


@lru_cache(maxsize=50_000)
def _range_ends(codes: frozenset[str]) -> frozenset[str]:
    """The two models of each range of model numbers among a name's codes ("21082115" -> 2108, 2115)."""
    ends = set()
    for code in codes:
        m = _MODEL_RANGE.fullmatch(code) if len(code) == 8 else None
        if m and m.group(2) not in ("19", "20") and m.group(3) > m.group(1):
            ends.update((m.group(1), m.group(3)))
    return frozenset(ends)


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


def _one_has_decimals(a: frozenset[str], b: frozenset[str]) -> bool:
    """Of two single values, one is written with decimals and the other without (the cheap
    test before ``_written_rounded``)."""
    (x,), (y,) = a, b
    return ("." in x) != ("." in y)


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


# How far a weight may be from a volume for both to say one can or jar (grams a millilitre: from a foam or an
# aerosol's content to a syrup or a paste).
_DENSITY = (0.85, 1.2)


def _weight_for_volume(offer: dict, cand: dict) -> tuple[frozenset[str], frozenset[str]] | None:
    """The two sides (offer's, candidate's) when one name says only a weight in grams and the other only a
    volume in millilitres that no density of a sold fluid, cream or paste makes one ("5000" g for "1000" ml)."""
    grams, millilitres = (offer.get("gr"), cand.get("ml")) if "gr" in offer else (cand.get("gr"), offer.get("ml"))
    if not grams or not millilitres or len(grams) != 1 or len(millilitres) != 1:
        return None
    try:
        g, ml = float(next(iter(grams))), float(next(iter(millilitres)))
    except ValueError:
        return None
    if g <= 0 or ml <= 0 or _DENSITY[0] <= g / ml <= _DENSITY[1]:
        return None
    weight, volume = frozenset({f"{next(iter(grams))}g"}), frozenset({f"{next(iter(millilitres))}ml"})
    return (weight, volume) if "gr" in offer else (volume, weight)


def _counts_said_bare(counted: Attributes, silent: Attributes) -> frozenset[str]:
    """The pack count one name states ("24-count", "200ct") that the other, silent on the
    pack, writes as a bare number of what it holds ("24 per pack", "200 box", "10-disc")."""
    if "pcs" in silent.units:
        return frozenset()
    count = counted.units.get("pcs", frozenset())
    return count if len(count) == 1 and count <= silent.numbers else frozenset()


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
        if (shared and shared <= a.words.get("fits", frozenset())) or (not shared and not heads.issubset(b_tokens)):
            sides = (frozenset({"accessory"}), frozenset())
            return Difference("role", *(sides[::-1] if flip else sides))
    # An offer "для" / "do" / "für" the item's code whose word before the cue the item does not
    # say: a remote, a case, a bracket for it. (A catalog's "Ekspres do kawy" names a use: only
    # the offer is read so, and "Фен для волос" is the item's фен.)
    used = offer.words.get("use")
    if not used or item.words.get("role") or used <= item_tokens:
        return None
    shared = offer.codes & item.codes | written_apart(offer.codes, item.codes, item_tokens)
    if shared and shared <= offer.words.get("fits", frozenset()):
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
