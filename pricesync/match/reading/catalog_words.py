"""An offer's words as the catalog writes them, from what the catalog itself writes, before the name is
read: a brand by its initials ("YSL" for Yves Saint Laurent), a line by its initials ("UG" for Goodyear's
Ultra Grip, "IC7000" for Bridgestone's Ice Cruiser 7000), a line's letters and number written apart
("HAKKA C 2" for the catalog's "Hakka C2"), a line's word cut short and glued to its number ("PRIM4+" for
"Primacy 4+")."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache

# A brand of this many words at least is written by its initials too ("YSL", "LRP"): fewer
# initials ("EL", "CH") spell too many other things.
INITIALS_MIN_WORDS = 3


def brand_initials(brands: Sequence[str]) -> dict[str, str]:
    """The catalog's brands by their initials ("ysl" -> "Yves Saint Laurent", "lrp" -> "La
    Roche-Posay"): a supplier names such a brand by its initials."""
    from pricesync.match.reading.normalize import clean_text

    out: dict[str, set[str]] = {}
    for brand in {str(b).strip() for b in brands if str(b).strip()}:
        brand_words = re.findall(r"[^\W_]+", clean_text(brand))
        if len(brand_words) >= INITIALS_MIN_WORDS and all(w[0].isalpha() for w in brand_words):
            out.setdefault("".join(w[0] for w in brand_words), set()).add(brand)
    return {initials: next(iter(b)) for initials, b in out.items() if len(b) == 1}


# Initials are written in capitals: a lower-case word ("csdc" of a lower-cased feed) may be
# anything.
_CAPITALS = re.compile(r"(?<![^\W_])[A-Z]{%d,}(?![^\W_])" % INITIALS_MIN_WORDS)


def spell_initials(name: str, initials: Mapping[str, str]) -> str:
    """``YSL Libre EDP 50ML`` is compared as ``Yves Saint Laurent Libre EDP 50ML`` when the
    catalog sells Yves Saint Laurent (and the name does not write the brand out anyway)."""
    if not initials:
        return name
    for m in _CAPITALS.finditer(name):
        brand = initials.get(m.group(0).lower())
        if brand and brand.lower() not in name.lower():
            return name[:m.start()] + brand + name[m.end():]
    return name


# A line is written by the first letters of two or three of its words, in capitals, the number after
# the words glued or not ("UG ICE ARCTIC", "IC7000", "GF KITTEN"); each word a Latin one of three
# letters at least as the catalog writes them (a CamelCase word is two: "CrossClimate").
LINE_WORDS = (2, 3)
LINE_WORD_MIN_LENGTH = 3
_WORDS = re.compile(r"[A-Z][a-z]+|[a-z]+|[A-Z]+(?![a-z])|[^\sA-Za-z-]+")
# A word of its own, between spaces: letters joined to a code by a hyphen or a slash ("GS-R428",
# "TC-P46G10", "DSC-W150") are the code's.
_LINE_INITIALS = re.compile(r"(?<!\S)([A-Z]{%d,%d})(\d{0,4})(?![^\s,;)])" % (LINE_WORDS[0], LINE_WORDS[-1]))
# The offers' words of capitals with a number glued on or none: initials of two or three letters
# (_LINE_INITIALS) and cut words of three to eight letters before one or two digits (CutWords, "PRIM4+").
_CAPITALS_NUMBER = re.compile(r"(?<!\S)(?:([A-Z]{%d,%d})(\d{0,4})|([A-Z]{%d,8})(\d{1,2})\+?)(?![^\s,;)])"
                              % (LINE_WORDS[0], LINE_WORDS[-1], LINE_WORDS[-1]))
_TELLING = re.compile(r"(?<![^\W_])(?:[^\W\d_]{3,}|(?=(?:\d*[^\W\d_]){2})[^\W_]{3,})(?![^\W_])")


def _telling(text: str) -> set[str]:
    """The words of three letters at least and the codes of two letters at least ("XM2"), lower-cased:
    what an offer and an item share besides sizes ("R16"), indexes ("91T") and marks ("XL")."""
    return set(_TELLING.findall(text.lower()))


class LineInitials:
    """The catalog's runs of words by their initials, for the initials the offers write: "UG" is the
    "Ultra Grip" of the items an offer shares another word with, the maker's name or a line's ("ГУД-ЕАР
    ... UG ICE ARCTIC": Goodyear's "Ultra Grip Ice Arctic"); initials of no such run, or of two, stay as
    written."""

    def __init__(self, names: Sequence[str], offers: Sequence[str]) -> None:
        """``names``: the catalog's names, each with its brand (``catalog_index.with_brand``)."""
        from pricesync.match.reading.words import STOP_WORDS

        texts = list(names)
        # A word of the language ("BOX OF 100") or of the catalog's own ("XL", "SUV") is no initials.
        catalog_text = "\n".join(texts).lower()
        seen = set(re.findall(r"[^\W\d_]+|\d+", catalog_text))
        # One pass over the offers finds the initials and the cut words glued to a number (CutWords) alike.
        found = [m.groups() for text in offers for m in _CAPITALS_NUMBER.finditer(text)]
        self.cuts = {(a + b).lower() if a else (c + d).lower() for a, b, c, d in found
                     if not a or len(a) >= CUT_MIN_LETTERS and 1 <= len(b) <= 2}
        wanted = {a.lower() + b for a, b, _, _ in found if a and a.lower() not in STOP_WORDS} - seen
        wanted = {key for key in wanted if key.isalpha() or not re.search(rf"(?<![^\W_]){key}(?![^\W_])", catalog_text)}
        firsts = {key[0] for key in wanted}
        self._runs: dict[str, dict[str, list[set[str]]]] = {}
        for name in texts if wanted else ():
            words = _WORDS.findall(name)
            for i, first in enumerate(words):
                if first[0].lower() not in firsts:
                    continue
                for k in LINE_WORDS:
                    run = words[i:i + k]
                    if len(run) < k or not all(w.isascii() and w.isalpha() and len(w) >= LINE_WORD_MIN_LENGTH for w in run):
                        break
                    letters = "".join(w[0] for w in run).lower()
                    after = words[i + k] if i + k < len(words) and words[i + k].isdigit() else ""
                    for key, spelt in ((letters, run), (letters + after, run + [after])):
                        if key in wanted:
                            others = _telling(name) - {w.lower() for w in run}
                            self._runs.setdefault(key, {}).setdefault(" ".join(spelt).lower(), []).append(others)
                        if not after:
                            break

    def spell(self, name: str) -> str:
        """``ГУД-ЕАР 245/45/18 T 100 UG ICE ARCTIC`` read as ``... ultra grip ICE ARCTIC``."""
        if not self._runs:
            return name
        lowered = name.lower()

        def spelt(m: re.Match) -> str:
            runs = self._runs.get(m.group(1).lower() + m.group(2))
            if not runs:
                return m.group(0)
            mine = _telling(lowered) - {m.group(0).lower()}
            told = [run for run, others in runs.items() if any(mine & o for o in others)]
            if len(told) != 1 or any(re.search(rf"(?<![^\W_]){w}(?![^\W_])", lowered) for w in told[0].split()):
                return m.group(0)
            return told[0]
        return _LINE_INITIALS.sub(spelt, name)


# A line's letters and its number written apart ("Nordman SX 2", "HAKKA C 2") where the catalog writes
# them as one word ("SX2", "C2") and never apart.
_APART = re.compile(r"(?<!\S)([A-Za-z]{1,3}) (\d{1,2})(?![^\s,;)])")
_GLUED = re.compile(r"(?<![^\W_])([a-z]{1,3}\d{1,2})(?![^\W_])")


class GluedWords:
    """The catalog's words of one to three letters and a number of one or two digits ("sx2", "c2")
    that it never writes apart: an offer writing one apart means that word when it shares another word
    with a name writing it ("Nordman SX 2", "HAKKA C 2"; a "TV A 55" is no phone's "Galaxy A55")."""

    def __init__(self, names: Sequence[str], offers: Sequence[str]) -> None:
        wanted = {(a + b).lower() for text in offers for a, b in _APART.findall(text)}
        self._glued: dict[str, list[set[str]]] = {}
        if not wanted:
            return
        text = "\n".join(names).lower()
        apart = {a + b for a, b in re.findall(r"(?<![^\W_])([a-z]{1,3}) (\d{1,2})(?![^\W_])", text)}
        wanted &= set(_GLUED.findall(text)) - apart
        for name in names if wanted else ():
            for word in set(_GLUED.findall(name.lower())) & wanted:
                self._glued.setdefault(word, []).append(_telling(name) - {word})

    def spell(self, name: str) -> str:
        if not self._glued:
            return name
        mine = _telling(name)

        def glued(m: re.Match) -> str:
            word = (m.group(1) + m.group(2)).lower()
            return m.group(1) + m.group(2) if any(mine & o for o in self._glued.get(word, ())) else m.group(0)
        return _APART.sub(glued, name)


# A long word the catalog writes in CamelCase ("PremiumContact", "ContiRoadAttack"), which names read as its
# words (normalize.split_glued), written by an offer in one case ("PREMIUMCONTACT", "contiroadattack"), which
# no reading can split. Latin words, found from their cue (a small letter, a capital, a small letter) in one
# pass over all the names' text: no search per name.
CAMEL_MIN_LENGTH = 12
_CAMEL_CUE = re.compile(r"[a-z][A-Z][a-z]")


def _camel_words(text: str) -> set[str]:
    """The words of ``text`` with a capital inside after a small letter, of CAMEL_MIN_LENGTH letters at least."""
    out = set()
    end = len(text)
    for m in _CAMEL_CUE.finditer(text):
        i, j = m.start(), m.end()
        while i > 0 and text[i - 1].isalpha():
            i -= 1
        while j < end and text[j].isalpha():
            j += 1
        if j - i >= CAMEL_MIN_LENGTH:
            out.add(text[i:j])
    return out


class CamelWords:
    """The catalog's long CamelCase words by their letters: an offer writing one in capitals or small
    letters means that word as the catalog writes it when it shares another word with a name writing it
    ("225/45R17 94Y XL CONTINENTAL PREMIUMCONTACT 7" is Continental's "PremiumContact 7")."""

    def __init__(self, names: Sequence[str], offers: Sequence[str]) -> None:
        camel: dict[str, set[str]] = {}
        for word in _camel_words("\n".join(names)):
            camel.setdefault(word.lower(), set()).add(word)
        self._camel: dict[str, tuple[str, list[set[str]]]] = {}
        self._cue: re.Pattern | None = None
        keys = sorted((k for k, spellings in camel.items() if len(spellings) == 1), key=len, reverse=True)
        if not keys:
            return
        cue = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, keys)) + r")(?![^\W_])", re.IGNORECASE)
        wanted = {w.lower() for w in set(cue.findall("\n".join(offers))) if w.isupper() or w.islower()}
        if not wanted:
            return
        for name in names:
            for key in {w.lower() for w in cue.findall(name)} & wanted:
                self._camel.setdefault(key, (next(iter(camel[key])), []))[1].append(_telling(name) - {key})
        self._cue = cue

    def spell(self, name: str) -> str:
        if self._cue is None:
            return name

        def camel(m: re.Match) -> str:
            word = m.group(0)
            found = self._camel.get(word.lower()) if word.isupper() or word.islower() else None
            if found is None:
                return word
            mine = _telling(name) - {word.lower()}
            return found[0] if any(mine & o for o in found[1]) else word
        return self._cue.sub(camel, name)


# A word of a line cut short, in capitals, glued to the line's number ("MICH PRIM4 91V", "PRIM4+", "GY EFFGRIP
# PERF2", "GIL FUS5 BLADES", "ECO6") where the catalog writes the whole word and the number ("Primacy 4",
# "Performance 2", "Fusion5", "EcoContact 6") and never the cut: the cut is three letters at least, no word of the
# catalog's own. The offers' cuts are found in LineInitials' pass over the offers (no pass of its own).
CUT_MIN_LETTERS = 3
_CUT = re.compile(r"(?<![^\W_])([A-Za-z]{%d,8})(\d{1,2})(?![^\W_])" % CUT_MIN_LETTERS)
_WORD_NUMBER = re.compile(r"(?<![^\W_])([A-Za-z]{%d,})([ -]?)(\d{1,2})(?![^\W_]|[.,]\d)" % (CUT_MIN_LETTERS + 1))


class CutWords:
    """The catalog's words followed by a number, by their first letters glued to the number: an offer
    writing ``PRIM4`` means the catalog's ``Primacy 4`` when that is the one such word and number whose names
    share another word with the offer (the maker's name, a line's word); a cut the catalog writes itself, or
    one that is a word of the catalog, or one that begins two such words of the offer's names, stays as
    written."""

    def __init__(self, names: Sequence[str], cuts: set[str]) -> None:
        """``cuts``: the offers' words of capitals glued to a number (``LineInitials.cuts``), lower-cased."""
        self._cuts: dict[str, dict[str, list[set[str]]]] = {}
        self._cue: re.Pattern | None = None
        wanted = set(cuts)
        if not wanted:
            return
        catalog_text = "\n".join(names)
        lowered = catalog_text.lower()
        seen = set(re.findall(r"[^\W\d_]+", lowered))
        written = {(a + b).lower() for a, b in _CUT.findall(catalog_text)}
        written |= {(a + c).lower() for a, _, c in _WORD_NUMBER.findall(catalog_text)}
        wanted = {k for k in wanted - written if k.rstrip("0123456789") not in seen}
        if not wanted:
            return
        starts = {k[:CUT_MIN_LETTERS] for k in wanted}
        for name in names:
            for word, sep, number in _WORD_NUMBER.findall(name):
                low = word.lower()
                if low[:CUT_MIN_LETTERS] not in starts:
                    continue
                for k in range(CUT_MIN_LETTERS, len(low)):
                    key = low[:k] + number
                    if key in wanted:
                        spelt = f"{word}{sep}{number}"
                        others = _telling(name) - {low, spelt.lower()}
                        self._cuts.setdefault(key, {}).setdefault(spelt, []).append(others)
        if self._cuts:
            keys = "|".join(map(re.escape, sorted(self._cuts, key=len, reverse=True)))
            self._cue = re.compile(r"(?<![^\W_])(?:" + keys + r")(?![^\W_])", re.IGNORECASE)

    def spell(self, name: str) -> str:
        """``MICHELIN 2055516 MICH PRIM4 91V`` read as ``... MICH Primacy 4 91V``."""
        if self._cue is None:
            return name

        def spelt(m: re.Match) -> str:
            cut = m.group(0)
            mine = _telling(name) - {cut.lower()}
            told = [s for s, others in self._cuts[cut.lower()].items() if any(mine & o for o in others)]
            return told[0] if len(told) == 1 else cut
        return self._cue.sub(spelt, name)


# A shade's number: one or two digits, a joiner, one or two digits ("7/1", "7-1", "7.11", "0/00"), not part
# of a longer number, a size or a date ("205/55R16", "7.1.2", "1/2\"").
# (The lookahead of a digit first lets the search skip to digits instead of trying the lookbehind at every place.)
_SHADE = re.compile(r"(?=[0-9])(?<![\w./,-])([0-9]{1,2})([./-])([0-9]{1,2})(?![\w./,\"-])")


def _stop_words() -> frozenset[str]:
    from pricesync.match.reading.words import STOP_WORDS

    return STOP_WORDS


class ShadeJoiners:
    """The catalog's shade numbers by the joiner each line writes them with (Estel's "7/1", Schwarzkopf's
    "7-1", Kapous's "7.1"): an offer writing the digits with another joiner ("Igora Royal 7.1", "KAPOUS
    7/1") means the shade as the names it shares words with write it - words only names writing the
    shade with that joiner say (the maker's, the line's; not a stop word, "для"), the joiner whose names
    say them most often; a shade sharing such words with no joiner's names, or as often with two, stays as
    written. One search of the catalog's text, and of the offers' only if it finds a shade; the words kept
    per shade and joiner."""

    def __init__(self, names: Sequence[str], offers: Sequence[str]) -> None:
        self._words: dict[tuple[str, str], dict[str, Counter]] = {}
        text = "\n".join(names)
        found = list(_SHADE.finditer(text))
        if not found:
            return
        wanted = {(a, b) for a, _, b in _SHADE.findall("\n".join(offers))}
        lines: dict[int, set[str]] = {}
        for m in found:
            key = (m.group(1), m.group(3))
            if key not in wanted:
                continue
            start = text.rfind("\n", 0, m.start()) + 1
            if start not in lines:
                end = text.find("\n", m.end())
                lines[start] = _telling(text[start:end if end >= 0 else len(text)]) - _stop_words()
            self._words.setdefault(key, {}).setdefault(m.group(2), Counter()).update(lines[start])

    def spell(self, name: str) -> str:
        if not self._words or not _SHADE.search(name):
            return name
        mine = _telling(name) - _stop_words()

        def joined(m: re.Match) -> str:
            forms = self._words.get((m.group(1), m.group(3)))
            if not forms:
                return m.group(0)
            said = {j: sum(words[w] for w in mine if w in words and not any(w in o for k, o in forms.items() if k != j))
                    for j, words in forms.items()}
            best = max(said.values())
            closest = [j for j, n in said.items() if n == best]
            if best == 0 or len(closest) > 1 or closest[0] == m.group(2):
                return m.group(0)
            return m.group(1) + closest[0] + m.group(3)
        return _SHADE.sub(joined, name)


# Two words joined by a "+" ("Matte + Poreless", "Schutz+Pflege"), however spaced.
_WORDS_PLUS = re.compile(r"(?<![^\W_])([^\W\d_]{2,})\s*\+\s*([^\W\d_]{2,})(?![^\W_])")
# (a search that opens with the "+" itself: only names where a letter follows one are read for pairs)
_PLUS_LETTER = re.compile(r"\+\s*[^\W\d_]")
# two letters glued by a "+", each a word of its own ("M+P")
_INITIALS_PLUS = re.compile(r"(?<![^\W_])[^\W\d_]\+[^\W\d_](?![^\W_])")


def _word_counts(text: str, words: set[str]) -> Counter:
    """How often each of ``words`` stands as a word in ``text`` (one search)."""
    if not words:
        return Counter()
    found = re.finditer(r"(?<![^\W_])(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                        + r")(?![^\W_])", text)
    return Counter(m.group(0) for m in found)


class PlusJoiners:
    """A "+" the catalog writes between two words of a line's name ("Fit Me Matte + Poreless") joins them as
    "&" and "and" do: an offer writing "Matte & Poreless", "Matte and Poreless" or "Matte Poreless" names the
    line as the catalog does, "+" and all - when the word after the "+" stands nowhere else in the catalog (it
    is the line's, not a word many names write: the "+" of "Bath Acid + концентрат" says the line's Plus
    product beside its plain one) and neither word names a kind of product ("Mist + Lotion" is a set of two).
    The other way round, an offer's "Matte + Poreless" is the catalog's "Matte Poreless" when the catalog
    writes those two words side by side, never with a "+", and the second nowhere else. ``and_words``: the
    words for "and" ([plus_names] and_words)."""

    def __init__(self, names: Sequence[str], offers: Sequence[str], and_words: Sequence[str]) -> None:
        from pricesync.match.reading.normalize import names_a_kind

        self._join: re.Pattern | None = None
        self._unjoin: re.Pattern | None = None
        self._initials: dict[str, str] = {}
        # (only the names writing a "+" are searched for pairs; the whole catalog only for their words)
        pairs = Counter(p for s in names if "+" in s and _PLUS_LETTER.search(s) for p in _WORDS_PLUS.findall(s.lower())
                        if not names_a_kind(p[0]) and not names_a_kind(p[1]))
        offered = {p for s in offers if "+" in s and _PLUS_LETTER.search(s) for p in _WORDS_PLUS.findall(s.lower())
                   if p not in pairs and not names_a_kind(p[0]) and not names_a_kind(p[1])}
        if not pairs and not offered:
            return
        text = "\n".join(names).lower()
        alone = _word_counts(text, {b for _, b in pairs} | {b for _, b in offered})
        after = Counter()
        for (_, b), n in pairs.items():
            after[b] += n
        joined = [(a, b) for a, b in pairs if alone[b] == after[b]]
        if joined:
            # the two words' initials glued by the "+" ("FIT ME M+P 128" for "Fit Me Matte + Poreless"), as a
            # wholesaler cuts the line short: the pair's when no other joined pair of the catalog has them
            initials = Counter((a[0], b[0]) for a, b in joined)
            self._initials = {f"{a[0]}+{b[0]}": f"{a} + {b}" for a, b in joined if initials[(a[0], b[0])] == 1}
            apart = r"\s*(?:&|" + "|".join(rf"(?<![^\W_]){re.escape(w)}(?![^\W_])" for w in and_words) + r")\s*|\s+"
            self._join = re.compile("|".join(rf"(?<![^\W_]){re.escape(a)}(?:{apart}){re.escape(b)}(?![^\W_])"
                                             for a, b in joined), re.IGNORECASE)
        side = [(a, b) for a, b in offered if alone[b] and alone[b] == len(re.findall(
            rf"(?<![^\W_]){re.escape(a)}\s+{re.escape(b)}(?![^\W_])", text))]
        if side:
            self._unjoin = re.compile("|".join(rf"(?<![^\W_]){re.escape(a)}\s*\+\s*{re.escape(b)}(?![^\W_])"
                                               for a, b in side), re.IGNORECASE)

    def spell(self, name: str) -> str:
        if self._initials and "+" in name:
            name = _INITIALS_PLUS.sub(lambda m: self._initials.get(m.group(0).lower(), m.group(0)), name)
        if self._join is not None:
            name = self._join.sub(_joined, name)
        if self._unjoin is not None and "+" in name:
            name = self._unjoin.sub(lambda m: re.sub(r"\s*\+\s*", " ", m.group(0)), name)
        return name


def _joined(m: re.Match) -> str:
    """"Matte & Poreless" -> "Matte + Poreless" (the first and last word as written)."""
    words = re.findall(r"[^\W\d_]{2,}", m.group(0))
    return f"{words[0]} + {words[-1]}"



# A word a price list cuts short with a full stop ("MAYB.", "ГИПС.", "Kurcz."), three letters at least.
CUT_WORD_MIN_LETTERS = 3
# (found by its full stop first: the dots of a list are few, its letters many)
_CUT_DOT = re.compile(r"\.(?![^\W_])")
_WORD_BEFORE = re.compile(r"(?<![^\W_])[^\W\d_]{%d,}$" % CUT_WORD_MIN_LETTERS)


class DotCuts:
    """A word an offer cuts short with a full stop ("MAYB. LASH SENSATIONAL", "NIV. SUN", "ШТУКАТУРКА ГИПС.")
    is the one word of the catalog it begins ("Maybelline", "Nivea", "гипсовая"), when the catalog writes one
    such word only and not the cut itself: read so, it scores as the word the catalog writes. A cut that begins
    a word of the word files is theirs to read (a position's "ПЕР.", a season's "ЗИМН."), and one that begins
    two catalog words ("ПРОФ." of "профиль" and "профессиональная") stays as written. The run's reading of cuts
    (``names.cut_words_of_run``) asks more - the word written by two names, a word shared beside the cut and
    the word - and reads cuts the catalog does not write whole; this one is the catalog's say where one of its
    names alone writes the word ("CZUJ. CIŚN. PAL." for "Czujnik ciśnienia paliwa")."""

    def __init__(self, names: Sequence[str], offers: Sequence[str], known: frozenset[str]) -> None:
        self._spelt: dict[str, str] = {}
        cuts = set()
        for offer in offers:
            if "." in offer:
                for m in _CUT_DOT.finditer(offer):
                    word = _WORD_BEFORE.search(offer, max(0, m.start() - 40), m.start())
                    if word:
                        cuts.add(word.group(0).lower())
        cuts = {c for c in cuts if not any(w.startswith(c) for w in known)} if cuts else cuts
        if not cuts:
            return
        text = "\n".join(names).lower()
        for cut in cuts:
            begun = {m.group(0) for m in re.finditer(re.escape(cut) + r"[^\W\d_]*", text)
                     if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")}
            if cut not in begun and len(begun) == 1:
                word = next(iter(begun))
                if len(word) >= len(cut) + 2:
                    self._spelt[cut] = word
        if self._spelt:
            keys = "|".join(map(re.escape, sorted(self._spelt, key=len, reverse=True)))
            self._cue = re.compile(r"(?<![^\W_])(" + keys + r")\.(?![^\W_])", re.IGNORECASE)

    def spell(self, name: str) -> str:
        """``MAYB. LASH SENSATIONAL`` read as ``maybelline LASH SENSATIONAL``."""
        if not self._spelt or "." not in name:
            return name
        return self._cue.sub(lambda m: self._spelt[m.group(1).lower()] + " ", name)


# A word of letters only, three at least, standing alone (not joined into a code: "Бел-95"): what a brand is cut
# to ("CONT", "MICH", "HNK").
_LETTER_WORD = re.compile(r"(?<![\w/.-])[^\W\d_]{3,}(?![\w/-]|\.\w)")
_NO_VOWEL = re.compile(r"^[^aeiouy]+$")


def _brand_cut(name: str, brand: str) -> re.Match | None:
    """The word of ``name`` its brand column's maker is cut to (see ``BrandCuts``), if any."""
    first, skeleton, whole = _brand_key(brand)
    if len(first) < 4:
        return None
    low = name.lower()
    if whole in low or first[:3] not in low and not (skeleton and skeleton[:3] in low):
        return None
    for m in _LETTER_WORD.finditer(name):
        word = m.group(0).lower()
        if len(word) < len(first) and (first.startswith(word) or word.isascii() and _NO_VOWEL.match(word)
                                         and skeleton.startswith(word)):
            return m
    return None


def spell_brand_cuts(names: Sequence[str], offers: Sequence[str], brands: Sequence[str]) -> list[str]:
    """The offers' names with the word a short line cuts its brand column's maker to written out ("195/65R15 EC6
    91H CONT" under CONTINENTAL, "MICH", "NOK", "BOS"; the first consonants, "HNK" under HANKOOK). Only where the
    name does not write the brand itself; three letters at least, shorter than the brand's first word, standing
    alone (not the "Бел" of the code "Бел-95"), and a word the catalog's ``names`` never write nor begin another
    word with than a maker's (the "Gio" of "Acqua di Gio" under Giorgio Armani)."""
    found = [_brand_cut(o, b) if b else None for o, b in zip(offers, brands)]
    cuts = {m.group(0).lower() for m in found if m}
    if not cuts:
        return list(offers)
    text = "\n".join(names).lower()
    makers = {_brand_key(b)[0] for b in set(brands) if b}
    known = set()
    for cut in cuts:
        for m in re.finditer(r"(?<![^\W_])" + re.escape(cut) + r"[^\W\d_]*", text):
            if m.group(0) == cut or m.group(0) not in makers:
                known.add(cut)
                break
    return [o if m is None or m.group(0).lower() in known else o[:m.start()] + b.strip() + o[m.end():]
            for o, b, m in zip(offers, brands, found)]


@lru_cache(maxsize=20_000)
def _brand_key(brand: str) -> tuple[str, str, str]:
    """A brand's first word in letters ("loreal" of "L'Oréal Paris"), its first consonants (``consonants``) and
    the brand lower-cased."""
    from pricesync.match.reading.spellings import consonants

    first = next(iter(re.findall(r"[^\W\d_]+", brand.lower().replace("'", "").replace("\u2019", ""))), "")
    return first, consonants(first) if first.isascii() else "", brand.strip().lower()
