"""Every distinct name analysed once: tokens, text for rapidfuzz, codes, attributes.

Names are normalised in two passes over catalog and offers together: the first finds the
words people write unglued, the second uses them to split glued ones
(``средстводляснятияобоев``) before stop words go and endings are stripped.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from pricesync.match.reading.attributes import GENERATION_NUMBER, Attributes, extract
from pricesync.match.reading.words import GENERATION_WORDS, VARIANT_GLUED, word_attributes
from pricesync.match.reading.normalize import STOP_WORDS, cut_words_in, raw_tokens, stem
from pricesync.match.reading.tyre_sizes import is_dimension, is_shared_spec
from pricesync.match.reading.segmenter import Segmenter
from pricesync.match.reading.units import UNIT_TOKEN

_LETTERS = re.compile(r"[^\W\d_]")
_DIGITS = re.compile(r"\d")
_SHORT_LATIN = re.compile(r"^[a-z]{1,4}$")


@dataclass(frozen=True, slots=True)
class Name:
    text: str                  # normalised tokens joined by spaces (what rapidfuzz compares)
    tokens: tuple[str, ...]
    codes: frozenset[str]      # model codes in the name, e.g. {"kdl46v5100"}
    lookup_codes: frozenset[str]  # codes plus spaced spellings joined ("sm a556b" -> "sma556b")
    attrs: Attributes
    mixed_script: bool = False  # Cyrillic words with Latin ones: "Средство Multipower 1 л"
    replaces: frozenset[str] = frozenset()  # codes named after a cross-reference cue: the parts it replaces


EMPTY = Name("", (), frozenset(), frozenset(), extract((), frozenset()))
_CYRILLIC = re.compile(r"[а-яіїєґ]")


# Specifications written like codes: a video mode, a CPU, a card's speed class, a zoom, a
# generation ("5th"), a range of weights ("9-14 кг", units.py: "914kg"). They describe a product,
# they do not name it.
_SPEC = re.compile(r"^(?:\d{3,4}[pi]|i[3579](?:\d{4,5}[a-z]{0,2}\d?)?|class\d{1,2}|uhs\d|\d{1,2}x"
                   r"|\d+(?:st|nd|rd|th)|\d{3,6}mm|w1[01][hp]?|\d+(?:gbps|mbps)|\d+k\d{2,3}|hdr\d+|\d{2,6}kg)$")


def is_code(token: str, joined: set[str]) -> bool:
    """A model code: letters and digits mixed (``a12``, ``46v5100``, ``cs3``), a number written
    with joiners (``008-1``), or a long number (``10123``); never a measurement or a spec."""
    return (token in joined or _looks_like_code(token)) and not _SPEC.match(token) and not is_dimension(token)


@lru_cache(maxsize=200_000)
def _looks_like_code(token: str) -> bool:
    if UNIT_TOKEN.match(token) or not _DIGITS.search(token):
        return False
    if not _LETTERS.search(token):
        return len(token) >= 5 and token.isdigit()
    if len(token) >= 3:
        return True
    return len(token) == 2 and token[0].isalpha()


@lru_cache(maxsize=200_000)
def _token(word: str) -> str:
    """A word as compared: colours and platforms by their meaning ("Gray" = "серый" ->
    ``colour:grey``), other words by their stem."""
    got = word_attributes(word)
    if got and got[0] == "dilution":
        # A fluid's concentrate or ready mix is compared as an attribute only: the word stays the word
        # it was, since a catalog naming some items so ("Концентрат для мытья полов") reads its
        # families, its telling words and a purpose's head by it.
        return stem(word)
    if got and got[0] in ("scent", "extract"):
        # Also a word: the one that tells an unscented bottle from its siblings named by their
        # scent ("без запаха" beside "морской бриз"), which names silent on scent never contradict;
        # not a Latin word, which in a Russian name would name a product line. A plant extract the
        # same: "лаванда" still tells a cleaner from its sibling named "морской бриз", and one
        # spelled in two languages is one word ("ромашка" = "chamomile").
        return f"{got[0]}-{got[1]}"
    return f"{got[0]}:{got[1]}" if got else stem(word)


def _packed(name: Name) -> tuple:
    a = name.attrs
    return (name.text, name.tokens, name.codes, name.lookup_codes, name.mixed_script, name.replaces,
            a.units, a.words, a.variants, a.numbers, a.codes)


def _unpacked(p: tuple) -> Name:
    return Name(p[0], p[1], p[2], p[3], Attributes(*p[6:]), p[4], p[5])


class Analyser:
    """Names analysed on demand, after one pass over all the strings to learn which words
    people write unglued (for ``Segmenter``). The first pass is the costly regex work and
    runs on ``workers`` processes; each Name is then built once, where it is needed."""

    def __init__(self, strings: list[str], *, workers: int = 1) -> None:
        from pricesync.match.parallel import parallel_map

        distinct = list(dict.fromkeys(s for s in strings if isinstance(s, str)))
        raw = parallel_map(raw_tokens, distinct, workers)
        self.raw = dict(zip(distinct, raw))
        counts: Counter[str] = Counter()
        for toks, *_ in raw:
            counts.update(set(toks))
        self.segmenter = Segmenter(counts, _written_apart(raw, counts))
        self._names: dict[str, Name] = {}
        # {a word price lists cut with a full stop: the one word of the run it stands for}
        self.cut_to = cut_words_of_run(distinct, raw, counts)

    def _raw(self, text: str):
        """The raw tokens of ``text``, a word it cuts with a full stop written out."""
        raw = self.raw.get(text)
        if raw is None or not self.cut_to:
            return raw
        cuts = cut_words_in(text)
        if not cuts or not cuts & self.cut_to.keys():
            return raw
        return ([self.cut_to.get(t, t) if t in cuts else t for t in raw[0]], *raw[1:])

    def build(self, strings: list[str], *, workers: int = 1) -> None:
        """Build the Names of ``strings`` now, on ``workers`` processes (the catalog's, before
        it is indexed: the offers' are built where they are matched, on the workers already)."""
        from pricesync.match.parallel import parallel_map

        todo = [s for s in dict.fromkeys(strings) if s not in self._names and s in self.raw]
        size = max(1, -(-len(todo) // max(1, workers)))
        chunks = [todo[i:i + size] for i in range(0, len(todo), size)]
        built = parallel_map(lambda chunk: [self.get(s) for s in chunk], chunks, workers,
                             pack=lambda names: [_packed(n) for n in names],
                             unpack=lambda packed: [_unpacked(p) for p in packed])
        for chunk, names in zip(chunks, built):
            self._names.update(zip(chunk, names))

    def get(self, text: str, default: Name = EMPTY) -> Name:
        name = self._names.get(text)
        if name is None:
            raw = self._raw(text)
            if raw is None:
                return default
            name = self._names[text] = _name(*raw, self.segmenter)
        return name

    def rough_tokens(self, text: str) -> set[str]:
        """The tokens of ``text`` without building its Name (glued words left glued)."""
        raw = self.raw.get(text)
        return {_token(w) for w in raw[0] if w not in STOP_WORDS} if raw else set()


# A Latin word glued of two, each at least this long ("bio" + "lasur"), looked for written apart.
GLUED_PART_MIN = 3


def _written_apart(raw, counts) -> dict[str, tuple[tuple[str, str], int]]:
    """{a Latin word some names write glued: ((its two words), how many names write them
    side by side)} - which spelling is the more written one decides how both are read."""
    # (the pairs counted first, of two words long enough that glued are a word: a few of a million)
    n = GLUED_PART_MIN
    pairs = Counter(p for toks, *_ in raw for p in set(zip(toks, toks[1:]))
                    if len(p[0]) >= n and len(p[1]) >= n and p[0] + p[1] in counts)
    return {a + b: ((a, b), k) for (a, b), k in pairs.items()
            if len(a + b) >= Segmenter.MIN_LATIN_LENGTH and (a + b).isascii() and (a + b).isalpha()}


def analyse(strings: list[str], *, workers: int = 1) -> dict[str, Name]:
    """Name of every distinct string in ``strings``."""
    analyser = Analyser(strings, workers=workers)
    return {s: analyser.get(s) for s in analyser.raw}


@lru_cache(maxsize=300_000)
def _word(word: str) -> tuple[str | None, bool, bool, bool]:
    """(compared token or None for a stop word, short Latin word, Cyrillic, Latin letters only)."""
    token = None if word in STOP_WORDS or word in GENERATION_WORDS else _token(word)
    return token, bool(_SHORT_LATIN.match(word)), bool(_CYRILLIC.match(word)), word.isascii() and word.isalpha()


# "deluxe17", "Flip6", "office2007": a word people also write on its own, glued to a number.
_WORD_NUMBER = re.compile(r"^([a-z]{4,})(\d{1,4})$")
_VOWEL = re.compile(r"[aeiouy]")


_WORD_CODE = re.compile(r"^([a-z]{5,})(\d[a-z0-9]*)$")
_MAKER_LETTERS = re.compile(r"[a-z]{1,3}")


def _glued_word(tok: str, joined: set[str], segmenter: Segmenter) -> tuple[str, str] | None:
    """A word people also write alone, glued to a number or code: "deluxe17", "Flip6",
    "prosept025-10"; not "mdrzx310" or "jblflip5blkam", which are codes."""
    m = _WORD_NUMBER.match(tok) if tok not in joined else None
    if m is None:
        m = _WORD_CODE.match(tok)
    return m.groups() if m and m.group(1) in segmenter.words and _VOWEL.search(m.group(1)) else None


# The head and the tail of a part number written as a head of three and two groups ("5K0 698 151",
# "03C 115 561 H"): three letters and digits, both; the last group may end in the version's
# letters, glued ("561h" as a measure read it) or apart.
_GROUP_HEAD = re.compile(r"^(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{3}$")
_GROUP_TAIL = re.compile(r"^\d{3}[a-z]{1,2}$")


def _a_measure(w: str) -> bool:
    """A number's unit glued on or written after it ("430mm", "mm"): no version's letters."""
    return bool(UNIT_TOKEN.match(w if w[0].isdigit() else "1" + w))


def _digit_groups(words: list[str]) -> list[str]:
    """``words`` with a part number written in groups as one word: a digit or a letter and groups, "0 986 494 104"
    = "0986494104", "F 026 400 012" = "f026400012" (one digit or letter, then three or more
    groups of three digits; a list of models "780 870 875" stays apart), and a head of three: "5K0 698
    151" = "5k0698151", "03C 115 561 H" = "03c115561h" (three letters and digits, then two groups
    of three digits and the version's letters, if any: "5K0 698 151 A" is another part; not three
    groups after the head, "E11 574 012 068"; a head of three digits, from 0, only with the version's
    letters: "030 905 377 C" = "030905377c", while "030 905 377" or "780 870 875" stays apart)."""
    if not any(len(w) == 3 and w.isdigit() for w in words[1:]):
        return words  # (every such number has a group of three digits after its head: most names none)
    out: list[str] = []
    run: list[str] = []
    for w in [*words, ""]:
        head_of_three = bool(run) and len(run[0]) == 3
        if run and w.isdigit() and len(w) == 3:
            if head_of_three and len(run) == 3:  # a fourth group: no such number ("E11 574 012 068", a battery)
                out.extend([*run, w])
                run = []
            else:
                run.append(w)
            continue
        if head_of_three and (len(run) == 2 and _GROUP_TAIL.match(w) or len(run) == 3 and w.isascii() and w.isalpha()
                    and len(w) <= 2) and not (run[0].isdigit() and _a_measure(w)):
            out.append("".join(run) + w)  # "03C 115 561H", "03C 115 561 H"
            run = []
            continue
        # (a head of three digits, "030 905 377 C", is such a number only with the version's letters)
        whole = head_of_three and not run[0].isdigit() or not head_of_three and len(run) >= 4
        out.extend([] if not run else ["".join(run)] if whole and len(run) >= 3 else run)
        run = []
        if len(w) == 1 and w.isalnum() or _GROUP_HEAD.match(w) or len(w) == 3 and w[0] == "0" and w.isdigit():
            run = [w]
        elif w:
            out.append(w)
    return out


def _generation_numbers(words: list[str]) -> list[str]:
    """A generation is compared by its number ("2nd generation" = "2. generacji" = "2-го
    поколения" = "Gen 2"): the ordinal beside a ``[generations]`` word is written as the bare
    number, and the word itself is not compared (``_word``), only read (``attributes``)."""
    if not GENERATION_WORDS & set(words):
        return words
    out = list(words)
    for i, word in enumerate(words):
        if word in GENERATION_WORDS and i and (m := GENERATION_NUMBER.match(words[i - 1])):
            out[i - 1] = m.group(1)
    return out


# Digits a maker's number written in groups has at least, joined (as catalog_index.GROUPED_NUMBER_DIGITS).
GROUPED_DIGITS = 7


def _grouped_number(run: list[str], joined: set[str], lookup: set[str]) -> None:
    if len(run) <= 4 and len(run[0]) >= 3 and min(map(len, run)) >= 2 and run[-1] != "000" \
            and sum(map(len, run)) >= GROUPED_DIGITS and not joined.intersection(run):
        lookup.add("".join(run))


def _name(toks: list[str], joined: set[str], fits: frozenset[str], modifiers: frozenset[str],
          replaces: frozenset[str], segmenter: Segmenter) -> Name:
    words: list[str] = []
    russian = any(_CYRILLIC.match(t) for t in toks)
    for tok in toks:
        parts = segmenter.split(tok) if len(tok) >= Segmenter.MIN_LATIN_LENGTH else None
        if parts is None and russian:
            parts = segmenter.apart_parts(tok)
        if parts is None:
            parts = _glued_word(tok, joined, segmenter)
            if parts and tok in joined:
                joined = joined | {parts[1]}  # "025-10" of "prosept025-10" keeps its joiners' standing
        if not parts and russian and words and (glued := segmenter.joined(words[-1], tok)):
            words[-1] = glued
            continue
        words.extend(parts or (tok,))
    if len(words) >= 3:
        words = _digit_groups(words)
    words = _generation_numbers(words)
    info = [_word(w) for w in words]
    codes = {t for t in words if is_code(t, joined)}
    # A tyre's size and index, an "SPF50", are compared like codes but look up no item: they are shared.
    lookup = {c for c in codes if not is_shared_spec(c)}
    for (a, b), ia, ib in zip(zip(words, words[1:]), info, info[1:]):
        if is_shared_spec(a) or is_shared_spec(b) or a in VARIANT_GLUED:  # nor "SPF 50"
            continue
        # "SM A556B" = "SM-A556B", "SD1100 IS" = "SD1100IS".
        # "HD 202" = "HD202" (letters and a number: a code only where the catalog has it).
        if (ia[1] and (b in codes or (b.isdigit() and len(b) >= 2))) or (ib[1] and a in codes):
            lookup.add(a + b)
    # A filter maker's number written in three groups: its letters, the number and a letter after
    # it ("HU 719/7 x" = "HU719/7X") or the number in two groups ("C 27 192/1" = "C27192/1"); an
    # "x" before the number is a size's times ("8 1/2 x 14 5000 sheets").
    for a, b, c in zip(words, words[1:], words[2:]):
        if _MAKER_LETTERS.fullmatch(a) and a != "x" and b.isdigit() and len(b) >= 2 and (
                len(c) == 1 and c.isalpha() and c.isascii() or c.isdigit() and len(b) == 2 and len(c) >= 3):
            lookup.add(a + b + c)
    # A maker's number in two groups of three digits after a word ("Sachs 315 910", "SACHS 556 937")
    # is also looked up glued, as a column or another name writes it ("315910"); not a round amount
    # spaced in thousands ("150 000 pages").
    for a, b, c, d in zip(["", *words], words, words[1:], [*words[2:], ""]):
        if a.isalpha() and b.isdigit() and len(b) == 3 and c.isdigit() and len(c) == 3 and c != "000" \
                and not d.isdigit():
            lookup.add(b + c)
    # A maker's number written in groups of digits alone ("LuK 623 3094 00", "SACHS 3000 950 007",
    # "LEMFÖRDER 29804 01") is looked up joined too, as another name writes it ("LuK 623309400 Clutch
    # Kit"): two to four groups of two digits or more, the first of three or more, seven digits at
    # least, none written with a joiner - not an amount spaced in thousands ("1 500 000"), a decimal's
    # digits ("2108 82,0"), a pump's size "25-60 180".
    start = -1
    for i, w in enumerate(words):
        if w.isdigit():
            if start < 0:
                start = i
            continue
        if start >= 0 and i - start >= 2:
            _grouped_number(words[start:i], joined, lookup)
        start = -1
    if start >= 0 and len(words) - start >= 2:
        _grouped_number(words[start:], joined, lookup)
    tokens = tuple(i[0] for i in info if i[0] is not None)
    frozen = frozenset(codes)
    mixed = any(i[2] for i in info) and any(i[3] for i in info)
    if fits:  # a tyre's size after "для" ("Шина для квадроцикла ... 27x9-14") is its own, not a product it fits
        fits = frozenset(f for f in fits if not is_shared_spec(f))
    return Name(" ".join(tokens), tokens, frozen, frozenset(lookup), extract(tokens, frozen, words, fits, modifiers),
                mixed, replaces)


# A cut leaves two letters at least of its word out ("Кам." is not "Кама").
CUT_AT_LEAST = 2


def cut_words_of_run(strings: list[str], raw: list, counts: Counter[str]) -> dict[str, str]:
    """{cut: the word it stands for} of the run's own names: a word some price list cuts with a
    full stop ("GARN. OLIA", "NIV. CREME", "Спрей ... антистат. эффект", "ФИЛЬТР ВОЗД.") and never
    writes whole is the one word of the run (written by two names at least) it begins - one word
    in any grammatical form ("задн." is "задние" whether "задний" is written too), at least two
    letters longer (a one-letter cut is another word: "кам." is not "Кама") - where the names
    that cut it and the names writing the word share another word ("GARN." and "Garnier" both
    beside "Olia"): "HAM." of "KLOCKI HAM." (``hamulcowe``) is not the "Hammerschlag" of a paint.
    The words come from the names, in any language; the tables' cuts (``normalize``) come first."""
    cut_counts: Counter[str] = Counter()
    for text in strings:
        cut_counts.update(cut_words_in(text))
    if not cut_counts:
        return {}
    words = sorted(w for w, n in counts.items() if n >= 2 and w.isalpha())
    candidates: dict[str, list[str]] = {}
    for cut, n in cut_counts.items():
        if counts.get(cut, 0) > n:
            continue  # written whole too: a word of its own
        i = bisect.bisect_right(words, cut)
        full = []
        while i < len(words) and words[i].startswith(cut):
            if len(words[i]) >= len(cut) + CUT_AT_LEAST:
                full.append(words[i])
            i += 1
        if full and len({stem(w) for w in full}) == 1:
            candidates[cut] = full
    if not candidates:
        return {}
    wanted = set(candidates).union(*candidates.values())
    beside: dict[str, set[str]] = {}
    for toks, *_ in raw:
        for w in wanted.intersection(toks):
            beside.setdefault(w, set()).update(t for t in toks if len(t) >= 3 and t.isalpha() and t not in STOP_WORDS)
    out = {}
    for cut, full in candidates.items():
        if beside.get(cut, set()) & set().union(*(beside.get(w, set()) for w in full)) - {cut, *full}:
            out[cut] = max(full, key=lambda w: (counts[w], w))
    return out
