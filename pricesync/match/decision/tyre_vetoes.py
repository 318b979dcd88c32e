"""The vetoes of tyre names: around its size and load/speed index a tyre's name is its line
and its marks, so a number, a code letter, a word or a mark one name says and the other does
not is another tyre of the same size (``Vetoes`` holds the checks every name gets; ``decide``
asks these of the name step and, but for a code from the offer's own column, of the code
step)."""
from __future__ import annotations

import re
from functools import lru_cache

from pricesync.match.reading import words
from pricesync.match.reading.attributes import stated
from pricesync.match.candidates.catalog_index import is_measure
from pricesync.match.reading.names import Name
from pricesync.match.reading.normalize import stem
from pricesync.match.reading.tyre_sizes import is_shared_spec, is_tyre_index, is_tyre_spec
from pricesync.match.features.score import Scored, soft_member
from pricesync.match.decision.vetoes import EXCHANGED_WORD_WEIGHT, Vetoes, glued_of

# A word this long that begins a longer one may be written for it ("Hakka" for "Hakkapeliitta").
SHORTENED_MIN = 4


def _labelled_number(token: str, labels) -> bool:
    """A label with its number glued on ("dot2023", "dot23"): a date, not a line."""
    head = token.rstrip("0123456789")
    return head != token and head in labels


_ROMAN = frozenset({"ii", "iv", "vi", "ix", "xi"})  # a line's generation in Roman numerals ("684 II")
_CONSTRUCTION = frozenset({"lt"})  # the light truck's letters a North American size leaves beside it (tyre_sizes)


def _shared_letters_bare(numbers: set[str], mine, theirs) -> set[str]:
    """The line numbers with two letters both names say read bare: where one name writes the letters
    before its size and the other after it ("Road 6 GT 190/50 ZR17" and "190/50ZR17 ... ROAD 6 GT")."""
    return {n[:-2] if len(n) > 2 and n[-2:].isalpha() and n[-3].isdigit() and n[-2:] in mine and n[-2:] in theirs
            else n for n in numbers}


def _line_numbers(tokens) -> set[str]:
    """A tyre line's numbers, with a letter that follows one: "Pilot Sport 4 S" is the 4s,
    "TS 870 P" the 870p (a tyre's size and index are codes, not bare numbers); two letters too
    ("Primacy 4 ST" is the 4st), unless they are a load word, a label or a variant word of their own
    ("Alpin 6 XL", "... 4 MO": read as such)."""
    out = set()
    quiet = None
    for i, t in enumerate(tokens):
        if t.isdigit() and len(t) <= 3:
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            if len(after) == 2 and after.isascii() and after.isalpha():
                quiet = _tyre_quiet_words() if quiet is None else quiet
                # (only where the line is written before the size: after it a list writes its labels,
                # "EcoContact 6 EU A/B/71dB", "Nord Frost 200 ID", and a glued LT size leaves its "lt" there)
                if after in quiet or after in words.VARIANT_WORDS or after in words.TYRE_LOAD_WORDS \
                        or after in _ROMAN or after in _CONSTRUCTION or not _tyre_sizes(tokens[i + 2:]):
                    after = ""
            out.add(t + after if 1 <= len(after) <= 2 and after.isalpha() else t)
    return out


def _tyre_sizes(codes) -> list[str]:
    """The tyre sizes among a name's codes (a size, not a load and speed index)."""
    return [c for c in codes if is_tyre_spec(c) and not is_tyre_index(c)]


# A car tyre's size as ``read_sizes`` writes it ("20555r16"): its width, profile and rim.
_SIZE_NUMBERS = re.compile(r"^(\d{3})(\d{2})r(\d{2})c?$")
# A token written as a size is, whether read as one or not: a width and profile, a letter, a rim.
_SIZE_LIKE = re.compile(r"^[a-z]{0,2}\d{4,5}[a-z]{1,2}\d{2}")

# A line's code: letters (maybe after a digit) with a number of one or two digits glued on.
_STEM_NUMBER = re.compile(r"^(\w*[a-z])(\d{1,2})$")


def _stems_said_bare(codes, other_tokens) -> list[str]:
    """Codes of one tyre's name whose letters the other name says without the number: "Sport
    Maxx RT" is the line before the "RT2", "Kinergy 4S" not the "4S2" ("RT 2", spaced, is the
    same code and left to the bare numbers)."""
    out = []
    for code in codes:
        m = _STEM_NUMBER.match(code)
        if m and len(m.group(1)) >= 2 and m.group(1) in other_tokens and code not in other_tokens \
                and m.group(2) not in other_tokens and not is_shared_spec(code):
            out.append(f"{code}/{m.group(1)}")
    return out


def _stemmed(vocabulary) -> frozenset[str]:
    """The words of the word files as a name's tokens are compared: stemmed ("mercedes" -> "mercede")."""
    return frozenset(vocabulary) | frozenset(map(stem, vocabulary))


# The word files' tyre words as tokens, built once per set of active words (``words._install``
# clears these caches when a shop's files change them).
@lru_cache(maxsize=1)
def _every_word() -> frozenset[str]:
    return _stemmed(words.active().every_word)


@lru_cache(maxsize=1)
def _tyre_quiet_words() -> frozenset[str]:
    """``[tyres]`` labels and load words: said by a tyre's name without naming a version."""
    tyres = words.active().lists["tyres"]
    return _stemmed([*tyres["labels"], *tyres["load_words"]])


@lru_cache(maxsize=1)
def _car_makers() -> frozenset[str]:
    return _stemmed(words.active().lists["tyres"]["car_makers"])


def _letters_after_codes(name: Name, other: Name) -> list[str]:
    """A letter one tyre's name writes alone after a code ("TS860 S", "Kinergy 4S2 X"), read
    with it ("ts860s", "4s2x"), where the other name says the code without it: the line's
    other version. A letter the other name says too begins a word of the line there ("LK01 S
    Fit EQ+" for "S Fit EQ+ LK01")."""
    theirs = other.codes | other.lookup_codes | set(other.tokens)
    return sorted(c for c in name.lookup_codes - name.codes
                  if c[-1].isalpha() and c[:-1] in name.codes and c[:-1] in theirs and c not in theirs
                  and c[-1] not in theirs)


def _variants_after_codes(name: Name, other: Name) -> list[str]:
    """A variant word one tyre's name writes right after a code of its line ("PT825 Plus"), where
    the other name writes the code and says no such word: the line's plain version ("PT825")."""
    variants = words.VARIANT_WORDS
    theirs = set(other.tokens) | other.attrs.variants
    return sorted(f"{a} {b}" for a, b in zip(name.tokens, name.tokens[1:])
                  if b in variants and b not in words.TYRE_LOAD_WORDS and a in name.codes and a in other.codes
                  and b not in theirs and not is_shared_spec(a))  # (not "94V XL", "Spike-01 XL": the load's word)


# A capital letter alone after a word of three letters or more, before a space, a comma, a
# full stop, a bracket or the end: not "p/prysznic", "sportsman's", "(r)" or "j/c".


class TyreVetoes:
    """The tyre vetoes against one catalog; a word's being unheard is asked of ``vetoes``."""

    def __init__(self, vetoes: Vetoes) -> None:
        self.vetoes = vetoes
        self.index = vetoes.index
        self._studded_catalog: bool | None = None  # some item's name says it is studded

    def line_exchanged(self, name: Name, best: Scored) -> list[str]:
        """Two tyres of one size: the offer says a word or code the catalog never uses where
        the item says a line word the offer does not ("Uniroyal RainExpert 5" for the "RainSport
        5"): around the size and index a tyre's name is its line, as a Russian name's Latin
        words are (``exchanged_words``). Not the maker's words, the labels and load words of
        ``[tyres]``, a date ("DOT2023"), nor a word the offer writes shortened ("Hakka" for
        "Hakkapeliitta") or split ("P7 C2" for "P7C2")."""
        if name.mixed_script or not self._both_tyres(name, best):
            return []
        index = self.index
        mine, theirs = set(name.tokens), index.tokens(best.item)
        quiet = _tyre_quiet_words()
        said = sorted(t for t in mine - theirs if t.isascii() and (self.vetoes.unheard(t) or self.vetoes.unheard_code(name, t))
                      and t not in quiet and not _labelled_number(t, quiet)
                      and not soft_member(t, theirs) and not glued_of(t, theirs)
                      and not (len(t) >= SHORTENED_MIN and any(u.startswith(t) for u in theirs)))
        if not said:
            return []
        maker = set(index.item_brand[best.item])
        instead = sorted(t for t in set(best.name.tokens) - mine if t.isascii() and not is_measure(t)
                         and t not in maker and t not in quiet and index.telling_weight(t) >= EXCHANGED_WORD_WEIGHT
                         and not soft_member(t, mine) and not glued_of(t, mine))
        if instead:
            return [f"offer says {', '.join(said)}, {index.skus[best.item]} says {', '.join(instead)}"]
        return []

    def _both_tyres(self, name: Name, best: Scored) -> bool:
        return any(map(is_tyre_spec, name.codes)) and any(map(is_tyre_spec, self.index.name_attrs(best.item).codes))

    def number_unshared(self, name: Name, best: Scored) -> list[str]:
        """Two tyres, one name saying a number the other does not: in a tyre's name the size
        and index are codes, so a bare number is the line's ("EfficientGrip Performance 2" is
        not "EfficientGrip Performance", "UltraGrip 9" not "UltraGrip Performance")."""
        if not self._both_tyres(name, best):
            return []
        item = self.index.name_attrs(best.item)
        item_tokens = self.index.tokens(best.item)
        mine = _shared_letters_bare(_line_numbers(name.tokens), set(name.tokens), item_tokens)
        theirs = _shared_letters_bare(set().union(*(_line_numbers(n.tokens) for n in self.index.item_names[best.item])),
                                      set(name.tokens), item_tokens)
        said = sorted(n for n in mine ^ theirs
                      if not any(c.endswith(n) and c[:-len(n)].isalpha() for c in name.codes | item.codes))  # "MP47" = "MP 47"
        out = [f"number {'/'.join(said)} said by one name only"] if said else []
        stems = _stems_said_bare(name.codes, item_tokens) + _stems_said_bare(item.codes, set(name.tokens))
        lettered = _letters_after_codes(name, best.name) + _letters_after_codes(best.name, name) \
            + _variants_after_codes(best.name, name)
        if lettered:
            out.append(f"code {', '.join(lettered)} said by one name only")
        if stems:
            out.append(f"code {', '.join(sorted(stems))} said bare by one name")
        return out

    def mark_after_size(self, name: Name, best: Scored) -> list[str]:
        """A Latin word a tyre's name writes after its size that the item does not say, the
        catalog never uses and few offers say ("... 92Y XL FP SoundComfort", "91V SealTech"):
        after the size a tyre's name says its marks - run-flat, noise foam, self-sealing, an
        OE compound -, so an unknown one is a version the catalog lacks. A supplier's own words
        there (a season, "Sommerreifen") are repeated by many of its offers."""
        if not self._both_tyres(name, best):
            return []
        tokens = name.tokens
        size = next((i for i, t in enumerate(tokens) if is_tyre_spec(t) and not is_tyre_index(t)), None)
        if size is None:
            return []
        own, vocabulary = self.index.tokens(best.item), _every_word()
        maker = self.index.item_brand[best.item]
        # After the size and after the item's own words: a name writing its size first says
        # the line after it ("205/55R16 94R XL NOKIAN HAKKA R5").
        last = max([size, *(i for i, t in enumerate(tokens) if t in own)])
        marks = sorted({t for i, t in enumerate(tokens[last + 1:], last + 1) if t not in own and t not in vocabulary
                        and len(t) >= 2 and t.isascii() and t.isalpha() and self.index.unheard(t)
                        and not soft_member(t, own) and not glued_of(t, own) and not _brand_letters(t, maker)
                        and not (i + 1 < len(tokens) and tokens[i + 1].isdigit())})  # "DOT 2023": a number's label
        if marks:
            return [f"offer says {', '.join(marks)} after the size, a mark the catalog never writes"]
        makers = _car_makers()
        marked = name.attrs.variants & self.index.name_attrs(best.item).variants
        cars = []
        for i in range(size + 1, len(tokens)):
            if tokens[i] in makers and tokens[i] not in own:
                before = i - 1
                while before > size and tokens[before] in makers:  # "Mercedes-Benz"
                    before -= 1
                if tokens[before] not in marked:
                    cars.append(tokens[i])
        if cars:
            return [f"offer names the car {', '.join(cars)} after the size, an OE version the catalog's name does not say"]
        return []

    def added_before_size(self, name: Name, best: Scored) -> list[str]:
        """The item's name says its size right after its line ("Vredestein Ultrac 225/45 R17") and
        the offer writes a word there that the catalog never uses and few offers say ("Ultrac
        Satin 225/45 R17"): a tyre's name is its line up to the size, so the word names another
        line - as words between a scent and its concentration do (``Vetoes.said_before_kind``).
        A supplier's own word there ("Winterreifen") is repeated by many of its offers; a code
        there ("Winguard Ice Plus WH43", the line's pattern code) is the code vetoes' to compare."""
        if not self._both_tyres(name, best):
            return []
        item, mine = best.name.tokens, name.tokens
        theirs = set(item)
        said = []
        for line, size in zip(item, item[1:]):
            if not (is_tyre_spec(size) and not is_tyre_index(size)) or is_measure(line) or line not in mine:
                continue
            run = []
            for t in mine[mine.index(line) + 1:]:
                if t in theirs or soft_member(t, theirs):
                    if t != size:
                        run = []  # the offer writes its size elsewhere ("225/45 R17 ... Sport Maxx RT2 TL")
                    break
                if self.index.unheard(t) and t.split(":")[-1].isalpha() and not glued_of(t, theirs):
                    run.append(t.split(":")[-1])
            else:
                run = []
            said.extend(run)
        if said:
            return [f"offer says {', '.join(sorted(set(said)))} between the line and the size of "
                    f"{self.index.skus[best.item]}"]
        return []

    def size_unsaid(self, name: Name, best: Scored) -> list[str]:
        """The item is a tyre of a size and the offer names no tyre size at all (a jobber's ``2356517
        GRABBER A/TX`` whose seven digits are not read as one): a line is sold in many sizes, so the offer
        does not say which tyre it is."""
        size = min(_tyre_sizes(self.index.name_attrs(best.item).codes), default=None)
        if size is None or _tyre_sizes(name.codes):
            return []
        numbers = _SIZE_NUMBERS.match(size)
        tokens = set(name.tokens)
        if numbers and {numbers.group(1), numbers.group(2)} <= tokens and tokens & {numbers.group(3), "r" + numbers.group(3)} \
                or any(map(_SIZE_LIKE.match, name.tokens)):
            return []  # the size written in spaces ("R16 205 55 91V") or in a form not read ("150/70B18", "HL255/45R20")
        return [f"offer names no tyre size, {self.index.skus[best.item]} is {size.upper()}"]

    def studs_unsaid(self, name: Name, best: Scored) -> list[str]:
        """The offer says a tyre is studded, the item's name says nothing of studs, and the
        catalog writes studs on its studded tyres ("... 91T зима шип"): the item is one of its
        tyres without them."""
        if stated(name.attrs, "studs") != {"studded"} or stated(self.index.name_attrs(best.item), "studs"):
            return []
        if self._studded_catalog is None:
            self._studded_catalog = any("studded" in stated(self.index.name_attrs(i), "studs")
                                        for i in range(len(self.index)))
        return ["offer says studded, the item does not, where the catalog says it of its studded tyres"] \
            if self._studded_catalog else []


def _brand_letters(word: str, maker: tuple[str, ...]) -> bool:
    """A short list's two or three letters for the item's maker, its first letter and letters of it in order
    ("BS" Bridgestone, "GY" Goodyear, "HK" Hankook, "NO" Nokian, "FA" Falken): no mark of a version."""
    if not 2 <= len(word) <= 3:
        return False
    for brand in maker:
        if len(brand) >= 4 and brand[0] == word[0]:
            rest = iter(brand[1:])
            if all(c in rest for c in word[1:]):
                return True
    return False
