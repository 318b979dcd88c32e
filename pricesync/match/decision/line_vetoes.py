"""The vetoes of a name's line words: where the offer writes a word, a letter or a run of words
the item does not (or leaves out the item's), it names another version of the line - a line
word of a Russian name, a version letter, a word inside or in place of the item's, a flanker
between a scent and its concentration, an accessory for the item's maker."""
from __future__ import annotations

from collections import Counter

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pricesync.match.reading import words
from pricesync.match.reading.attributes import KIND_OF_STEM
from pricesync.match.candidates.catalog_index import is_measure
from pricesync.match.reading.model_codes import code_clash, is_strong_code
from pricesync.match.reading.names import Name
from pricesync.match.reading.normalize import LOOKALIKE_CYRILLIC, STOP_WORDS, clean_text, stem
from pricesync.match.reading.tyre_sizes import is_shared_spec, is_tyre_index, is_tyre_spec
from pricesync.match.features.score import Scored, _latin, similarity, soft_member
from pricesync.match.reading.words import TYRE_LOAD_WORDS
from pricesync.match.decision.veto_base import (EXCHANGED_WORD_WEIGHT, FAMILY_SIMILARITY, MODEL_WORD_MIN_WEIGHT, SIBLING_WINDOW,
                                       VetoBase, glued_of, same_root)

if TYPE_CHECKING:
    from pricesync.match.engine import Offer

# At most this many words of the item's line left out between two the offer says side by side.
LEFT_OUT_RUN = 2

# (the letter may carry its plus glued: "Solazo S+" is the "Solazo S Plus"; "M+S" is no letter of a line;
# nor is the first of dotted initials, "ПАСТА R.O.C.S.", a brand written letter by letter)
_LINE_LETTER = re.compile(r"(?<![^\W_])([^\W\d_]{3,}) ([^\W\d_])(?=[\s,;)]|\.(?![^\W\d_])|\+(?![^\W_])|$)")

GENDER_TOKEN = "gender:"  # the token of a [genders] word ("gender:men")


def _without_gender(tokens: tuple[str, ...], kept: frozenset[str] | set[str]) -> tuple[str, ...]:
    """The tokens without those of whom a product is for ([genders]) and a short word right before one
    (up to four letters, "pour" in "Pour Homme") that is not in ``kept``."""
    if not any(t.startswith(GENDER_TOKEN) for t in tokens):
        return tuple(tokens)
    drop = {i for i, t in enumerate(tokens) if t.startswith(GENDER_TOKEN)}
    drop |= {i - 1 for i in drop if i > 0 and len(tokens[i - 1]) <= 4 and tokens[i - 1].isalpha()
             and tokens[i - 1] not in kept}
    return tuple(t for i, t in enumerate(tokens) if i not in drop)


@lru_cache(maxsize=200_000)
def _letters_after_words(text: str) -> dict[str, str]:
    """{line word: the capital letter standing alone after it}, in Latin spelling. A Cyrillic one-letter
    stop word no Latin letter looks like is a word of the sentence, also in capitals ("КОФЕ И ТАБАК":
    "and", "АНКЕР З ГАЙКОЮ": "with"); one that looks like a Latin letter may be that letter typed in
    Cyrillic ("база А" is the base A). A letter the word files read as a word of what it says is that word,
    no line's letter (a price list's side, "ФАРА Л", "АМОРТИЗАТОР ПЕР. П": left and right, [positions])."""
    return {_latin(word.lower()): _latin(letter.lower()) for m in _LINE_LETTER.finditer(text)
            for word, letter in (m.groups(),)
            if letter.isupper() and (letter.isascii() or letter.lower() not in STOP_WORDS
                                     or letter.lower() in LOOKALIKE_CYRILLIC) and not _begins_shorthand(text, m)
            and words.word_attributes(letter.lower()) is None}


# A letter that begins a phrase of [shorthand] with the word after it is that phrase's: a wholesaler's "DIOR
# SAUVAGE M EDP", "ARMANI SI W EDP" say whom the scent is for ("m edp" is "men edp"), no version of the line.
_NEXT_WORD = re.compile(r"\s+([^\W_]+)")


def _begins_shorthand(text: str, m: re.Match) -> bool:
    after = _NEXT_WORD.match(text, m.end())
    return bool(after) and f"{m.group(2)} {after.group(1)}".lower() in words.active().maps["shorthand"]


# A capital letter standing alone before a word ("X Multi D"): a line that begins with its letter.
_LETTER_BEFORE = re.compile(r"(?<![^\W_])([^\W\d_]) ([^\W\d_]{3,})")


def _letters_leading(text: str) -> frozenset[tuple[str, str]]:
    """{(a capital letter standing alone, the word after it)}, in Latin spelling."""
    return frozenset((_latin(letter.lower()), _latin(word.lower())) for letter, word in _LETTER_BEFORE.findall(text)
                     if letter.isupper())


def _begins_code(letter: str, codes) -> bool:
    return any(c.startswith(letter) and c[1:2].isdigit() for c in codes)


@lru_cache(maxsize=200_000)
def _latin_words(text: str) -> frozenset[str]:
    return frozenset(_latin(w) for w in re.findall(r"[^\W\d_]{3,}", text.lower()))


_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


def _shade(code: str) -> bool:
    """A number of at most four digits written with joiners, a shade's "7/1", "7-1" or "0/00": one
    every line of a maker has, no model of one."""
    return code.isdigit() and len(code) <= 4


def _latin_word(token: str) -> bool:
    """A word of Latin letters only (a Russian name's line word: "estel", "essex")."""
    return token.isascii() and token.isalpha()


def _mixed_script(text: str) -> bool:
    return bool(_CYRILLIC.search(text) and _LATIN.search(text))


_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")

# A spec code written in letters ("LL", "M", "AV" of "AV-L", "C3" is a code): a word this short
# is no translation of another (a word exchanged for its translation is the same product).
SPEC_LETTERS = 3


def _spec_letters(token: str) -> bool:
    return token.isascii() and token.isalpha() and len(token) <= SPEC_LETTERS


def _spec_word(token: str) -> bool:
    """A short spec code: letters (an oil's ``LL``, ``M``) or a letter and a digit (its ACEA class
    ``C3``, ``A5``), which a name writes in the place of another spec."""
    return _spec_letters(token) or (token.isascii() and token.isalnum() and len(token) <= SPEC_LETTERS
                                    and token[0].isalpha() and token[-1].isdigit())


@lru_cache(maxsize=1)
def _compared_words() -> frozenset[str]:
    """The word files' words but their unit words: a letter alone ("M" of "EDGE 5W-30 M") is a
    unit only after a number, which the name would have read as a measure."""
    active = words.active()
    units = {w.rstrip("*") for spelled in active.multimaps["units"].values() for w in spelled}
    return active.every_word - units


def _abbreviates(short: str, word: str) -> bool:
    """``short`` is ``word`` shortened by leaving letters out ("mlle" for "mademoiselle"): its first
    letter, and its letters in their order."""
    if not short or short[0] != word[0] or len(short) >= len(word):
        return False
    rest = iter(word)
    return all(c in rest for c in short)


def _groups_joined(tokens, codes) -> list[str]:
    """A name's series code and the group of digits written after it, joined ("s4", "005" -> "s4005")."""
    return [a + b for a, b in zip(tokens, tokens[1:]) if a in codes and b.isdigit() and 2 <= len(b) <= 4
            and is_strong_code(a + b)]


class LineVetoes(VetoBase):
    """Checks of the offer's words against the best candidate's line."""

    def model_words(self, name: Name, best: Scored) -> list[str]:
        """In a Russian name the Latin words are the product line (``Multipower``, ``Eco``,
        ``Prof DZ``): a line word the catalog uses elsewhere but the best item lacks means
        another line, however well the description words agree."""
        if not name.mixed_script:
            return []
        theirs = self.index.tokens(best.item)
        # A line written in Cyrillic as it sounds ("RC КИТТЕН СТЕРИЛАЙЗД") has its Latin words
        # heard; where the offer writes the item's line in Latin letters, its Cyrillic words
        # describe ("Royal Canin Indoor 27 ... Оригинал").
        maker = set(self.index.item_brand[best.item])
        in_cyrillic = not any(t.isascii() and t.isalpha() and t in theirs and t not in maker for t in name.tokens)
        # A line's word written short ("HKPL") is the catalog's word it abbreviates ("hakkapeliitta").
        latin = [(t if t in self.index.index.vocab else self.spelt_out(t) or t) if t.isascii()
                 else self.heard_latin(t) if in_cyrillic else t for t in name.tokens]
        missing = [t for t in latin if t and t.isascii() and t.isalpha() and len(t) >= 2 and t not in theirs
                   and self.index.telling_weight(t) >= MODEL_WORD_MIN_WEIGHT and t in self.index.index.vocab
                   and not soft_member(t, theirs)]
        if missing:
            # A Latin word naming the kind the item says in its own words ("... Fit Me Matte & Poreless Powder" for
            # the "Пудра компактна ... Fit Me"): the kind said twice, no word of another line.
            kinds = self.index.name_attrs(best.item).words.get("type")
            if kinds:
                missing = [t for t in missing if KIND_OF_STEM.get(stem(t)) not in kinds]
        if missing:
            return [f"offer says {', '.join(missing)}, {self.index.skus[best.item]} does not"]
        return []

    def exchanged_words(self, name: Name, best: Scored) -> list[str]:
        """The offer says a word the catalog uses to tell siblings apart (a scent, a line)
        and the best item lacks it while saying words the offer does not: "лаванда" where
        the best says "морской бриз" is a lavender bottle the catalog does not have. In a
        Russian name a Latin word the catalog never uses counts too, against the item's own
        Latin words: "Vinyl Ink" where the item is the "Matte Ink" (the Latin words of a
        Russian name are its line and shade), and so does a model code the catalog never uses
        ("Observe G3-Ice" for the "Observe Ice-Freezer"). A Cyrillic word spelling a Latin slot word as
        it sounds is that word ("Себиум" where the best says "Sensibio" is the catalog's "Sébium")."""
        index = self.index
        mine = set(name.tokens)
        theirs = index.tokens(best.item)
        heard = {u for t in mine - theirs if (u := index.slot_word_heard(t)) and u not in theirs}

        # A word naming a kind of product both names say is that kind in another language, no other word
        # ("Serum" for the item's "сыворотка"): the kinds are compared as kinds.
        shared_kinds = (name.attrs.words.get("type") or frozenset()) & (best.name.attrs.words.get("type") or frozenset())

        def of_shared_kind(t: str) -> bool:
            return bool(shared_kinds) and KIND_OF_STEM.get(t) in shared_kinds

        def instead_of(latin: bool) -> list[str]:
            return sorted(t for t in set(best.name.tokens) - mine if not is_measure(t)
                          and (not latin or t.isascii()) and index.telling_weight(t) >= EXCHANGED_WORD_WEIGHT
                          and not soft_member(t, mine) and not of_shared_kind(t))

        # A tyre's "XL" beside its load index only repeats the index, which is compared ([tyres] load_words).
        loaded = TYRE_LOAD_WORDS if any(map(is_tyre_index, name.codes)) else set()
        for said, latin in (
                (sorted(t for t in ((mine - theirs) | heard) - loaded if not is_measure(t) and t in index.slot_words
                        and not soft_member(t, theirs) and not any(same_root(t, u) for u in theirs)
                        and not of_shared_kind(t)), False),
                (sorted(t for t in mine - theirs - loaded if name.mixed_script and (self.unheard(t) or self.unheard_code(name, t))
                        and not soft_member(t, theirs) and not glued_of(t, theirs)), True)):
            instead = instead_of(latin) if said else []
            if instead:
                return [f"offer says {', '.join(said)}, {index.skus[best.item]} says {', '.join(instead)}"]
        return []

    def kind_exchanged(self, name: Name, best: Scored) -> list[str]:
        """The offer says kinds of product ([product_types]) where the item, saying none, says a telling
        word the offer lacks: "Hydrating Cream-to-Foam Cleanser" for the "Hydrating Facial Cleanser" is
        another form of the line. Only a kind the catalog writes in its own words: an offer in another
        language than the catalog's names its kind where the item names it in words no kind list knows."""
        said = name.attrs.words.get("type", frozenset())
        if not said or best.name.attrs.words.get("type"):
            return []
        index, mine = self.index, set(name.tokens)
        vocab = index.index.vocab
        # a kind the catalog names in its own words (a catalog in another language names none of the offer's)
        if not any(KIND_OF_STEM.get(t) in said and t in vocab for t in mine):
            return []
        instead = sorted(t for t in set(best.name.tokens) - mine if not is_measure(t) and t.isalpha()
                         and index.telling_weight(t) >= EXCHANGED_WORD_WEIGHT and not soft_member(t, mine)
                         and not any(same_root(t, u) for u in mine))
        if not instead:
            return []
        return [f"offer says kind {'/'.join(sorted(said))}, {index.skus[best.item]} says {', '.join(instead)} and no kind"]

    def _code_shared(self, name: Name, best: Scored, shades: bool = False) -> bool:
        """A model code both names say settles versions (a tyre's size and index, an SPF
        value do not: every version of a line comes in them); so do the hours a make-up line
        is named by ("Lasting Finish 25H" is not the 35H line). With ``shades``, a shade's
        number (``_shade``) settles none either."""
        item = self.index.name_attrs(best.item)
        return any(not is_shared_spec(c) and not (shades and _shade(c)) for c in name.codes & item.codes) \
            or bool(name.attrs.units.get("h", frozenset()) & item.units.get("h", frozenset()))

    def _line_code(self, code: str) -> bool:
        """A code several of the catalog's names write ("Sensibio H2O" 500 ml and 250 ml, "Sébium H2O")
        names their line, not one product: it settles no version the offer names inside the line."""
        tokens = self.index.index
        f = tokens.vocab.get(code)
        return f is not None and tokens.df[f] > 1

    def code_apart(self, name: Name, best: Scored) -> list[str]:
        """A code one name writes whole that the other writes apart as a series' code and a group
        of digits, one group away ("S4004" for the item's "S4 005", whose groups joined are
        "S4005"): another model of the series, though neither name's codes as written clash."""
        item_codes = self.index.name_attrs(best.item).codes
        for mine, theirs, their_tokens in ((name.codes, item_codes, best.name.tokens),
                                           (item_codes, name.codes, name.tokens)):
            joined = frozenset(_groups_joined(their_tokens, theirs)) - mine
            whole = frozenset(c for c in mine - theirs if is_strong_code(c))
            clash = code_clash(whole, joined) if joined and whole else None
            if clash:
                a, b = clash if mine is name.codes else clash[::-1]
                return [f"differs in model {a.upper()} vs {b.upper()}"]
        return []

    def replaced_code(self, name: Name, best: Scored) -> list[str]:
        """A code the offer names after a cross-reference cue ("(не СОАТЭ, Китай) аналог
        2111-3705010", "(аналог 1K0698151)") is the part it replaces: an item whose own code that is
        is the replaced part, not the offer, whatever else the names share."""
        if not name.replaces:
            return []
        own = name.replaces & (self.index.name_attrs(best.item).codes | best.name.lookup_codes)
        return [f"offer replaces {min(own).upper()}, the item's own code"] if own else []

    def line_letter(self, offer_text: str, name: Name, best: Scored) -> list[str]:
        """A capital letter standing alone after a word of the line ("Snowproof P",
        "Multipower E,", "Cooky Е") names a version of that line: a name saying the word
        without the letter, or with another, may be the plain line or another version, unless
        a code both names share settles it."""
        if self._code_shared(name, best):
            return []
        title = self.index.titles[best.item]
        offer_codes = name.codes | name.lookup_codes
        item_codes = self.index.name_attrs(best.item).codes | best.name.lookup_codes
        if any(not is_shared_spec(c) for c in offer_codes & item_codes):
            return []  # a code both write, also one written in groups ("C 30 005" = "C30005")
        # A letter that begins a code of its own name is that code's ("Filter C 30 005",
        # "Bosch H 840"); one that begins a code of the other name is said there ("W5100
        # Series" says the W of "Series W").
        mine = {w: a for w, a in _letters_after_words(offer_text).items() if not _begins_code(a, offer_codes)}
        theirs = {w: a for w, a in _letters_after_words(title).items() if not _begins_code(a, item_codes)}
        offer_words, item_words = _latin_words(offer_text), _latin_words(title)
        # A letter both names write before one word begins a line both say ("Michelin X Multi D" and
        # "Michelin 315/80R22.5 X Multi D"): said, wherever the other name puts it.
        both_lead = {a for a, _ in _letters_leading(offer_text) & _letters_leading(title)}
        unsaid = [f"{w} {a}" for w, a in theirs.items() if w in offer_words and mine.get(w) != a
                  and not _begins_code(a, offer_codes) and a not in both_lead]
        added = [f"{w} {a}" for w, a in mine.items() if w in item_words and theirs.get(w) != a
                 and not _begins_code(a, item_codes) and a not in both_lead]
        if unsaid or added:
            return [f"one name says {', '.join(sorted(unsaid + added)).upper()}, the other not"]
        return []

    def inserted_words(self, name: Name, best: Scored, scored: list[Scored], offer_text: str = "") -> list[str]:
        """Words the catalog never uses, written inside the item's own words ("Lash Sensational
        Intense Black", "Sensitive Cool żel", "Mineral 89 Probiotic Fractions 30 ml"): a shade,
        a line or a version the catalog lacks. Words around the item's name (a supplier's
        description) say nothing of the kind, nor does a word beside a model code both names
        share ("Nikon D60 DSLR Camera"). In a Russian name, whose Latin words are its line, such a
        word right after the number of the item's line is a version of it whatever the catalog's
        other items ("Smart Band 8 Active черный" for the "Smart Band 8 черный"); elsewhere there
        it may be a Latin word for what the item says in Russian ("Clumping Unscented без запаха")."""
        if self._code_shared(name, best, shades=True):
            # A code several catalog items write names their line ("Sensibio H2O" 500 ml and 250 ml,
            # "Sébium H2O"): it settles none of a version's letters the offer writes inside the line
            # ("Sensibio H2O AR"), though it does a supplier's words there.
            shared = {c for c in name.codes & self.index.name_attrs(best.item).codes
                      if not is_shared_spec(c) and not _shade(c)}
            if not shared or not all(map(self._line_code, shared)):
                return []
            only_marks = True
        else:
            only_marks = False
        own, tokens = self.index.tokens(best.item), name.tokens
        # A shade's number both write ("Estel Princess Essex 7/1" for the "Estel Essex 7/1") is one
        # every line of the maker has: it settles the words after it (a seller's description,
        # "7/1 Mittelblond Asch"), not the line's words before it.
        shade = next((i for i, t in enumerate(tokens) if _shade(t) and t in own and t in name.codes), None)
        if shade is not None:
            tokens = tokens[:shade + 1]
        vocabulary = words.active().every_word  # a type, a colour, a variant: compared as such
        # Two capitals of a name not all in capitals are a version's letters ("Sensibio H2O AR"), no
        # supplier's word: a word of two letters counts only so (the name read only when it has one).
        marks = _capital_pairs(offer_text) if any(len(t) == 2 and t.isalpha() for t in tokens) else frozenset()
        inside, run = [], []
        for i, t in enumerate(tokens):
            if t in own or soft_member(t, own):
                before = tokens[i - len(run) - 1] if run and i - len(run) > 0 else ""
                if run and before in own and (not name.mixed_script or before.isdigit()
                                              or self._inside_latin_line(before, t, run, best)):
                    inside.extend(run)
                run = []
            elif (t in marks and self.index.unheard(t) or not only_marks and self.unheard(t)) \
                    and not glued_of(t, own) and t not in vocabulary:
                run.append(t)
            else:
                run = []
        # Only a line the catalog sells in versions (a sibling as alike as a family) has
        # versions to miss (asked last: it compares the item with its rivals) - but a Russian
        # name's Latin word after the line's number names its version.
        if inside and (name.mixed_script or any(similarity(best.name, s.name, self.index) >= FAMILY_SIMILARITY
                                                for s in scored[1:] if best.score - s.score <= SIBLING_WINDOW)):
            return [f"offer says {', '.join(inside)} inside the item's name, a word the catalog never uses"]
        return []

    def _inside_latin_line(self, before: str, after: str, run: list[str], best: Scored) -> bool:
        """In a name of two scripts, Latin words between two Latin words of the item's line, the
        second no word of the vocabulary ("Estel Princess Essex", "Natura Siberica Hydra Siberica"):
        a line of the maker the catalog lacks - not a Latin word for the kind the item says in
        Russian ("CeraVe Moisturising Lotion"), nor the brand's initials ("La Roche-Posay LRP
        Lipikar")."""
        if not (_latin_word(before) and _latin_word(after)) or after in words.active().every_word:
            return False
        brand = self.index.item_brand[best.item]
        return not (brand and "".join(run) == "".join(w[0] for w in brand))

    def exchanged_in_place(self, name: Name, best: Scored) -> list[str]:
        """The offer writes a word the catalog never uses where the item writes another, between
        the same two words ("Helix Ultra Professional AM-L 5W-30" for the "... AV-L 5W-30", "EDGE
        5W-30 M 4L" for the "EDGE 5W-30 LL 4 l"): a spec code exchanged for another is another
        product, in any domain (a tyre's line word, ``TyreVetoes.line_exchanged``, is one case). Only
        short codes (``SPEC_LETTERS``): a longer word there may be the other's translation ("Tin"
        for "Dose", "Countersunk" for "Senkkopf"). Not a word of the vocabulary (compared as
        such), nor one written shortened or glued. Right after a number both write once (an oil's
        grade, "5W-30 M Синтетическое 4 л" for "5W-30 LL 4 л") the place is the number's, whatever
        word follows: a seller's title goes on with its own words where the catalog's name goes on
        with the can. Right before a kind of ``[line_kinds]`` (a fragrance's concentration) the place
        is the line's last word, which names a flanker: a longer word there is another flanker, not a
        translation ("Chance Eau Fraiche EDT" for the "Chance Eau Tendre EDT")."""
        index = self.index
        item = best.name.tokens
        mine, theirs = set(name.tokens), index.tokens(best.item)
        vocabulary = _compared_words()
        places = {(item[i - 1], item[i + 1]): item[i] for i in range(1, len(item) - 1)}
        line_kinds = words.active().lists["line_kinds"]["kinds"]
        ends_line = {item[i + 1] for i in range(1, len(item) - 1) if KIND_OF_STEM.get(stem(item[i + 1])) in line_kinds}
        numbers = Counter(t for t in item if t.isdigit())
        after = {item[i - 1]: item[i] for i in range(1, len(item)) if numbers[item[i - 1]] == 1}
        said = []
        for i in range(1, len(name.tokens)):
            t = name.tokens[i]
            instead = places.get((name.tokens[i - 1], name.tokens[i + 1])) if i < len(name.tokens) - 1 else None
            if instead is None and name.tokens.count(name.tokens[i - 1]) == 1:
                instead = after.get(name.tokens[i - 1])
            flanker = i < len(name.tokens) - 1 and name.tokens[i + 1] in ends_line and t.isascii() and t.isalpha() \
                and instead is not None and instead.isascii() and instead.isalpha() and len(instead) > SPEC_LETTERS
            if instead is None or instead in mine or t in theirs \
                    or not flanker and (not _spec_word(t) or not _spec_word(instead)) \
                    or t in vocabulary or instead in vocabulary:
                continue
            if index.unheard(t) and index.telling_weight(instead) >= EXCHANGED_WORD_WEIGHT \
                    and not soft_member(t, theirs) and not glued_of(t, theirs) \
                    and not instead.startswith(t) and not t.startswith(instead) \
                    and not (flanker and _abbreviates(t, instead)):
                said.append(f"{t} where {index.skus[best.item]} says {instead}")
        return [f"offer says {', '.join(said)}"] if said else []

    def catalog_words_in_place(self, name: Name, best: Scored) -> list[str]:
        """Right before a kind of product both names say, after a word both write once, the offer writes
        words the catalog uses in other items' names where the item writes others the offer lacks ("Isana
        Hair Professional Repair szampon" for the "Isana Hair Professional Oil Care szampon"): the line's
        variant name stands before its kind, so this is another member of the line, one the catalog may
        not carry (``said_before_kind`` reads a fragrance's words there; ``exchanged_in_place`` a code
        the catalog never uses). Latin words only, telling on both sides, none a kind, a measure, a
        number or one written short for the other ("Tab" for "Tablet"); runs of one or two words for
        up to three."""
        mine_list, item = name.tokens, best.name.tokens
        mine, theirs = set(mine_list), set(item)
        if not (mine - theirs) or not (theirs - mine):
            return []
        index = self.index
        vocab = index.index.vocab

        def kind(t: str) -> bool:
            return KIND_OF_STEM.get(t) is not None or KIND_OF_STEM.get(stem(t)) is not None

        def telling(t: str) -> bool:
            return t.isascii() and t.isalpha() and len(t) >= 3 and not is_measure(t) and not kind(t) \
                and index.telling_weight(t) >= EXCHANGED_WORD_WEIGHT

        i, n = 1, len(mine_list)
        while i < n - 1:
            if mine_list[i] in theirs:
                i += 1
                continue
            j = i
            while j < n and mine_list[j] not in theirs:
                j += 1
            if j >= n:
                break
            a, b, run = mine_list[i - 1], mine_list[j], mine_list[i:j]
            i = j
            if len(run) > 2 or not kind(b) or not (a.isalpha() and a.isascii()) or kind(a) \
                    or mine_list.count(a) != 1 or mine_list.count(b) != 1 or item.count(a) != 1 or item.count(b) != 1:
                continue
            pa, pb = item.index(a), item.index(b)
            span = item[pa + 1:pb]
            if pb <= pa + 1 or len(span) > 3 or any(t in mine for t in span) or not all(map(telling, span)):
                continue
            if not all(t in vocab and telling(t) and not soft_member(t, theirs)
                       and not any(same_root(t, u) or u.startswith(t) or t.startswith(u)
                                   or _abbreviates(t, u) or _abbreviates(u, t) for u in span) for t in run):
                continue
            return [f"offer says {' '.join(run)} where {index.skus[best.item]} says {' '.join(span)}, "
                    f"between {a} and its kind"]
        return []

    def for_the_maker(self, name: Name, best: Scored) -> list[str]:
        """The offer names the item's maker right after "для" / "do" / "für" and says none of the
        item's words before it ("Чехол-книжка для Apple iPhone 15 черный" for the iPhone): all it
        shares with the item is what it is for - a case, a strap, a filter. (A use named there,
        "Средство для удаления цемента Prosept", "Фен для волос Dyson", is no maker.)"""
        attrs = name.attrs.words
        maker = self.index.item_brand[best.item]
        if not maker or not attrs.get("use_after") or self.index.name_attrs(best.item).words.get("role"):
            return []
        if next(iter(attrs["use_after"])) != maker[0] or attrs["use_before"] & self.index.tokens(best.item):
            return []
        return [f"offer is for {' '.join(maker)} {self.index.skus[best.item]}, an accessory of it"]

    def added_to_line(self, name: Name, best: Scored, scored: list[Scored]) -> list[str]:
        """The catalog sells the best item's line also with words added ("Lash Sensational"
        and "Lash Sensational Sky High"): an offer adding a word the catalog never uses
        ("Intense") is such another member of the line, one the catalog lacks."""
        index = self.index
        own = {t for t in index.tokens(best.item) if not is_measure(t)}
        added = sorted(t for t in set(name.tokens) - own if name.mixed_script and self.unheard(t)
                       and not glued_of(t, own))
        if not added:
            return []
        longer = next((s for s in scored[1:] if best.score - s.score <= SIBLING_WINDOW
                       and own < {t for t in index.tokens(s.item) if not is_measure(t)}), None)
        if longer is None:
            return []
        return [f"offer adds {', '.join(added)} to the line of {index.skus[best.item]}, "
                f"which the catalog extends ({index.skus[longer.item]})"]

    def line_word_left_out(self, name: Name, best: Scored, standards_only: bool = False) -> list[str]:
        """The item's line has words between two the offer writes side by side ("ZIC X9 LS
        5W-30" for "ZIC X9 5W-30", "Chance Eau Tendre EDT" for "Chance EDT"): the offer is the
        line without them, one the catalog lacks. In Russian names (the offer's or the item's),
        whose Latin words are the line; in others only where the words end right before what
        ends a line - a kind of ``[line_kinds]`` (a fragrance's concentration: "Chance eau de
        toilette" for "Chance Eau Tendre tualetinis vanduo") or a tyre's size ("Kormoran Road
        205/55 R16" for "Kormoran Road Performance 205/55 R16") -, where a name has no
        description words. Only rare Latin words, not the maker's ("Nokian Tyres Hakkapeliitta"
        is "Nokian Hakkapeliitta"); a standard the line is named by counts (``[not_models]``:
        "Redmi Note 13 Pro 5G" is not the "Redmi Note 13 Pro"), and ``standards_only`` asks for
        such standards alone."""
        index = self.index
        # A Russian item's Latin words are its line; a Latin item's (a Polish, German, Lithuanian
        # catalog's) are also its own description ("Wandfarbe", "tusz do rzęs", "balzamas"), which
        # a Russian offer translates: of those only a standard names the line ("5G").
        mixed = _mixed_script(index.titles[best.item])
        line_kinds = words.active().lists["line_kinds"]["kinds"]

        def ends_line(t: str, run: tuple[str, ...]) -> bool:
            return mixed or KIND_OF_STEM.get(stem(t)) in line_kinds or is_tyre_spec(t) \
                or name.mixed_script and all(w in words.NOT_MODELS for w in run)

        # (whom a product is for, said between its line and its kind, "1 Million Elixir Erkek Parfüm", or after it,
        # "... 100ML ERKEK", is no word of the line: the line's words are read around it, and around the short word
        # saying "for" before it that is no stop word, "Pour Homme")
        offer_tokens = set(name.tokens)
        offer_seq = _without_gender(name.tokens, set(best.name.tokens))
        pairs = set(zip(offer_seq, offer_seq[1:]))
        maker = set(index.item_brand[best.item])
        item = _without_gender(best.name.tokens, offer_tokens)

        def line_word(w: str) -> bool:
            return w not in offer_tokens and w not in maker and w.isascii() and (w.isalpha() or w in words.NOT_MODELS) \
                and len(w) >= 2 \
                and index.telling_weight(w) >= MODEL_WORD_MIN_WEIGHT and not soft_member(w, offer_tokens)

        # The item's kind written in the line's language ("Крем ... All in One Cream") where the offer says that kind
        # in its own ("КРЕМ ... ALL IN ONE 100Г"): no word of the line left out.
        offer_kinds = {KIND_OF_STEM.get(stem(t)) for t in name.tokens} - {None}

        def kind_said(run: tuple[str, ...]) -> bool:
            kinds = [KIND_OF_STEM.get(stem(w)) for w in run]
            return bool(offer_kinds) and all(kinds) and bool(offer_kinds.intersection(kinds))

        left = sorted({w for i in range(len(item)) for j in range(i + 2, min(i + 2 + LEFT_OUT_RUN, len(item)))
                       if (item[i], item[j]) in pairs and ends_line(item[j], item[i + 1:j]) and all(map(line_word, item[i + 1:j]))
                       and not kind_said(item[i + 1:j])
                       and not (item[i] in maker and self._umbrella(best.item, item[i + 1:j], item[j]))
                       for w in item[i + 1:j]
                       if not standards_only or w in words.NOT_MODELS})
        if not standards_only:
            left = sorted(set(left) | self._kind_named_twice(item, name.tokens, pairs, line_kinds))
        if left:
            return [f"offer leaves out {', '.join(left)} of the line of {index.skus[best.item]}"]
        return []

    @staticmethod
    def _kind_named_twice(item, mine, pairs, line_kinds) -> set[str]:
        """The item writes two words of one kind of ``[line_kinds]`` one after the other right after its
        line ("1 Million Elixir парфуми", "Sauvage Elixir Parfum"): the first names the flanker, the
        second its concentration. An offer writing the line's word right before that kind in one word
        ("1 MILLION PARFUM") and not the first is the line's other perfume."""
        kinds = [KIND_OF_STEM.get(stem(t)) for t in item]
        return {item[i] for i in range(1, len(item) - 1)
                if kinds[i] in line_kinds and kinds[i + 1] == kinds[i] and not kinds[i - 1]
                and item[i] not in mine and item[i].isascii() and item[i].isalpha()
                and any(a == item[i - 1] and KIND_OF_STEM.get(stem(b)) == kinds[i] for a, b in pairs)}

    def _umbrella(self, item: int, run: tuple[str, ...], line: str) -> bool:
        """Words the item writes right after its maker's name that every item of the maker writing the
        line's next word writes too ("L'Oréal Professionnel Serie Expert Absolut Repair", "Matrix Total
        Results So Silver", "Schwarzkopf BC Bonacure Fibre Force"): the maker's range the line belongs
        to, which an offer leaves out without naming another line - unless an item of the maker writes
        that word without them (Estel's "De Luxe 7/1" beside its "Essex 7/1"), or they name the car a
        part is made for ("Nika Renault Duster": [tyres] car_makers). Only before a word of the line's
        own, one of letters the catalog writes rarely ("Absolut", "IG60"): before a shade's number alone
        ("Estel De Luxe 7/1" for "Estel 7/1") they are the line."""
        index = self.index
        f = index.index.vocab.get(line)
        if f is None or not any(c.isalpha() for c in line) or index.telling_weight(line) < MODEL_WORD_MIN_WEIGHT \
                or not set(run).isdisjoint(words.active().lists["tyres"]["car_makers"]):
            return False
        docs = index.index.post_docs[index.index.indptr[f]:index.index.indptr[f + 1]]
        brand = index.item_brand[item]
        return all(set(run) <= index.tokens(other) for other in {int(o) for o in index.index.owner[docs]}
                   if index.item_brand[other] == brand)

    def said_before_kind(self, offer: "Offer", name: Name, best: Scored) -> list[str]:
        """The item says a kind of ``[line_kinds]`` right after its line ("Gucci Bloom Eau de Parfum",
        "CK One woda toaletowa": a fragrance's concentration) and the offer writes words of its own
        there, between the line and the kind or the item's maker ("Bloom Profumo di Fiori Eau de
        Parfum", "CK One Gold by Calvin Klein ... EDT", "Wanted by Night парфумована вода"): such
        words name another product of the line, a flanker, whatever the catalog's other items. Not
        the offer's maker ("Sauvage by Christian Dior ... EDT"), whom it is for ("Pour Homme"), a
        measure (also in a unit the words do not know, "3.4 oz") or a letter ("(M)"); the kind in
        the offer's own words ends the run ("Libre EDP" for "Libre woda perfumowana"), and a run the
        name ends in says nothing."""
        line_kinds = words.active().lists["line_kinds"]["kinds"]
        item, mine = best.name.tokens, name.tokens
        kind = [KIND_OF_STEM.get(stem(t)) for t in item]
        theirs = set(item)
        maker = {w for b in clean_text(offer.brand).split() for w in (b, stem(b))}
        item_maker = set(self.index.item_brand[best.item])
        said: list[str] = []
        for k in range(1, len(item)):
            line = item[k - 1]
            if kind[k - 1] or is_measure(line) or line not in mine or not kind[k] or not (
                    kind[k] in line_kinds or k + 1 < len(item) and kind[k + 1] in line_kinds):
                continue
            for start in (i for i, t in enumerate(mine) if t == line):
                run = []
                for before, t, after in zip(mine[start:], mine[start + 1:], [*mine[start + 2:], ""]):
                    if t in theirs or t in item_maker or KIND_OF_STEM.get(stem(t)) or soft_member(t, theirs):
                        break
                    if not (is_measure(t) and not t.startswith("colour:") or len(t) == 1 or t in maker
                            or _NUMBER.match(before)  # "3.4 oz": a unit the words do not know
                            or after.startswith("gender:")):  # "Pour Homme": whom it is for
                        run.append(t.split(":")[-1])
                else:
                    run = []
                said.extend(run)
        if said:
            return [f"offer says {', '.join(sorted(set(said)))} between the line and the kind of "
                    f"{self.index.skus[best.item]}"]
        return []


_CAPITAL_PAIR = re.compile(r"(?<![^\W\d_])[A-Z]{2}(?![^\W\d_])")


def _capital_pairs(text: str) -> frozenset[str]:
    """Words of two Latin capitals in a name that writes small letters too ("Sensibio H2O AR"), lower-cased."""
    if not text or not any(c.islower() for c in text):
        return frozenset()
    return frozenset(m.lower() for m in _CAPITAL_PAIR.findall(text))
