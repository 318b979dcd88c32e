"""The name step's vetoes: the checks that send a name match to review however well the
names agree, because the offer may be another product than the best candidate - a sibling
it does not tell apart, a word of a rival's, a line or colour the catalog lacks, an
identifier of another item. Each returns its reasons in words (nothing: no veto), so a
verdict says why it was not ``auto``; the code step of ``decide`` asks one of them too (an
unstated colour). The vetoes of tyre names are ``tyre_vetoes``."""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pricesync.match import words
from pricesync.match.attributes import KIND_OF_STEM, differences, stated
from pricesync.match.catalog_index import CatalogIndex, is_measure
from pricesync.match.model_codes import colour_code_tells, may_spell_colour, same_model, spells_colour
from pricesync.match.names import Name
from pricesync.match.normalize import CYRILLIC, SOUND_MIN_LENGTH, clean_text, code_keys, is_shared_spec, sound_key, stem
from pricesync.match.score import Scored, _latin, similarity, soft_member
from pricesync.parse.codes import normalize_ean

if TYPE_CHECKING:
    from pricesync.match.engine import Offer

# Candidates within this many points of the best are checked as possible siblings.
SIBLING_WINDOW = 25
# A word (by IDF) that tells a close rival from the best: an offer saying the rival's is
# unsure between the two; so is one not saying a word that only the best of a family has
# (its scent, its line). Common description words ("концентрат", IDF ~1) do not count.
RIVAL_WORD_WEIGHT = 1.5
# ... unless the offer says more of the best's own words ("Средство ... Multipower цитрус
# концентрат" is the citrus concentrate although "средство" is in the White one's name).
RIVAL_WORD_SHARE = 0.75
OWN_WORD_WEIGHT = 2.0
# Two catalog items this alike (0-1) are one family: the words that tell them apart matter.
FAMILY_SIMILARITY = 0.6
# A word of the best's this rare (IDF) that the offer does not say, while the offer says a
# sibling-telling word the best lacks: a variant exchanged for another.
EXCHANGED_WORD_WEIGHT = 1.5
# Latin words of a Russian name rarer than this (IDF) name a product line.
MODEL_WORD_MIN_WEIGHT = 1.5
# At most this many words of the item's line left out between two the offer says side by side.
LEFT_OUT_RUN = 2


def glued_of(token: str, tokens) -> bool:
    """``token`` is two of ``tokens`` written as one word ("Biolasur" for "Bio Lasur")."""
    return any(token.startswith(a) and token[len(a):] in tokens for a in tokens if a and a != token)


def same_root(a: str, b: str) -> bool:
    """One word with other endings ("концентрат" / "концентрированный"): the shorter's stem
    (all but its last fifth, at least five letters) begins the longer."""
    short, long_ = sorted((a, b), key=len)
    stem_length = max(5, math.ceil(0.8 * len(short)))
    return short.isalpha() and long_.isalpha() and len(short) >= 6 and long_[:stem_length] == short[:stem_length]


_LINE_LETTER = re.compile(r"(?<![^\W_])([^\W\d_]{3,}) ([^\W\d_])(?=[\s,.;)]|$)")


@lru_cache(maxsize=200_000)
def _letters_after_words(text: str) -> dict[str, str]:
    """{line word: the capital letter standing alone after it}, in Latin spelling."""
    return {_latin(word.lower()): _latin(letter.lower()) for word, letter in _LINE_LETTER.findall(text)
            if letter.isupper()}


def _begins_code(letter: str, codes) -> bool:
    return any(c.startswith(letter) and c[1:2].isdigit() for c in codes)


@lru_cache(maxsize=200_000)
def _latin_words(text: str) -> frozenset[str]:
    return frozenset(_latin(w) for w in re.findall(r"[^\W\d_]{3,}", text.lower()))


def _spelled_in(tokens, ours: str, theirs: str) -> bool:
    """A word of the offer is part of one code and not the other ("flip" of JBLFLIP5BLKAM,
    not of JBLCHARGE5BLKAM)."""
    return any(len(t) >= 3 and t.isalpha() and t in ours and t not in theirs for t in tokens)


_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


def _mixed_script(text: str) -> bool:
    return bool(_CYRILLIC.search(text) and _LATIN.search(text))


_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _silence_told(d) -> bool:
    """An offer silent on this difference of the best's is told from a rival of another line
    by its words: not so for a colour or a platform (one line sold in several), nor a year (an
    edition: "Office 2008" beside the 2011 one)."""
    return d.kind not in ("colour", "platform") and not (
        d.kind == "number" and any(_YEAR.match(v) for v in (*d.ours, *d.theirs)))


# A number and a word glued: a count or a measure ("2port", "9dbi", "20lb"), not a code.
_COUNT = re.compile(r"^\d+[a-z]{2,}$")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")


# A spec code written in letters ("LL", "M", "AV" of "AV-L", "C3" is a code): a word this short
# is no translation of another (a word exchanged for its translation is the same product).
SPEC_LETTERS = 3


def _spec_letters(token: str) -> bool:
    return token.isascii() and token.isalpha() and len(token) <= SPEC_LETTERS


@lru_cache(maxsize=1)
def _compared_words() -> frozenset[str]:
    """The word files' words but their unit words: a letter alone ("M" of "EDGE 5W-30 M") is a
    unit only after a number, which the name would have read as a measure."""
    active = words.active()
    units = {w.rstrip("*") for spelled in active.multimaps["units"].values() for w in spelled}
    return active.every_word - units


class Vetoes:
    """The vetoes against one catalog: each takes the offer's name, the best candidate and,
    where rivals matter, the scored candidates in rank order."""

    def __init__(self, index: CatalogIndex) -> None:
        self.index = index
        self._latin_by_sound: dict[str, str] | None = None

    def heard_latin(self, token: str) -> str | None:
        """The catalog's Latin word a Cyrillic word sounds like ("стерилайзд": "sterilised"),
        when one word of the catalog sounds so."""
        if self._latin_by_sound is None:
            by_sound: dict[str, set[str]] = {}
            for word in self.index.index.vocab:
                if word.isascii() and word.isalpha() and len(sound_key(word)) >= SOUND_MIN_LENGTH:
                    by_sound.setdefault(sound_key(word), set()).add(word)
            self._latin_by_sound = {key: next(iter(ws)) for key, ws in by_sound.items() if len(ws) == 1}
        return self._latin_by_sound.get(sound_key(token)) if CYRILLIC.search(token) else None

    def siblings(self, name: Name, best: Scored, scored: list[Scored]) -> list[str]:
        """A close rival the offer does not tell apart from the best:
        - the two differ in an attribute the best states and the offer does not (1 l vs
          5 l, the offer silent on volume), or the offer states what only the rival does;
        - the offer has a word of the rival's that the best lacks (``лимон`` when the best
          is the ``лаванда`` bottle and a lemon one of another size exists: the lemon bottle
          of this size is missing from the catalog, not the same product);
        - the two are one family told apart by a word of the best's (its scent, its line)
          that the offer does not say."""
        index = self.index
        b_attrs, b_tokens = index.name_attrs(best.item), index.tokens(best.item)
        offer_tokens = set(name.tokens)
        # ``scored`` is in rank order (differences cost points): rivals by their own score.
        # A rival without a line word the offer and the best both say is another line, no
        # sibling: the description words it shares with a dealer's title ("дезинфицирующее
        # средство", "для наружных работ") do not make it a contender - unless the best says
        # a telling word the offer does not (its "цитрус" where the offer says the rival's
        # "морской бриз": that scent of the line may be missing from the catalog).
        # In a Latin name such a rival is still one the offer may be by its words, but not by
        # its silence on what tells the best from it: "3m natural view screen protector for
        # ipad" does not leave out the 9.7 of the iPad one where the other is for the iPod
        # touch, nor "... butter gloss tiramisu" the shade number 04 (see ``_silence_told``).
        near = [s for s in scored[1:] if best.score - s.score <= SIBLING_WINDOW]
        others, apart = self.other_lines(name, best, near), set()
        if name.mixed_script:
            near = [s for s in near if s.item not in others]
        else:
            apart = others
        for s in near:
            rival, r_attrs, r_tokens = index.skus[s.item], index.name_attrs(s.item), index.tokens(s.item)
            theirs = sorted(t for t in offer_tokens & (r_tokens - b_tokens)
                            if not is_measure(t) and not soft_member(t, b_tokens))
            mine = [t for t in offer_tokens & (b_tokens - r_tokens) if not is_measure(t)]
            if max(map(index.telling_weight, theirs), default=0) >= RIVAL_WORD_WEIGHT and \
                    sum(map(index.telling_weight, theirs)) >= RIVAL_WORD_SHARE * sum(map(index.telling_weight, mine)):
                return [f"offer says {', '.join(theirs)} as {rival} ({s.score}) does"]
            if s.diffs:
                unsure = self.unstated_colour(name, best, [s])
                if unsure:
                    return [unsure]
                continue
            for d in differences(b_attrs, r_attrs, catalog_variants=index.variant_words, one_sided=True):
                if d.kind in ("type", "scent"):
                    # An offer need not say "гель" of the gel (a kind it names is compared), nor
                    # "с ароматом" of a scent it names: "ледяная свежесть" is scented unsaid.
                    continue
                if d.kind == "model" and (colour_code_tells(name.attrs, d.ours[0], d.theirs[0])
                                          or _spelled_in(name.tokens, d.ours[0], d.theirs[0])):
                    continue  # "Speaker System - Black": the AM53BK, not the AM53WH; "Flip 5": JBLFLIP5BLKAM
                if d.kind == "number" and not set(d.ours) - set(d.theirs):
                    continue  # only the rival says a number more ("nüvi 1350"): silence is the best's
                said = stated(name.attrs, d.kind)
                # Silent on what only the best states: the offer may be the rival. (Silent on
                # what only the rival states, e.g. "2 шт", it is the single best item.)
                if not said and stated(b_attrs, d.kind) and not (s.item in apart and _silence_told(d)):
                    return [f"offer does not say which: {d} ({rival}, {s.score})"]
                if said & stated(r_attrs, d.kind) and not said & stated(b_attrs, d.kind):
                    return [f"offer says {d.kind} {'/'.join(sorted(said))} as {rival} ({s.score}) does"]
        for s in near:
            # A rival that contradicts the offer (another size) is not a contender, and the
            # words it lacks are often only how that size's name was written.
            if s.diffs or similarity(best.name, s.name, index) < FAMILY_SIMILARITY:
                continue
            own = sorted(t for t in b_tokens - index.tokens(s.item) if not is_measure(t))
            if max(map(index.telling_weight, own), default=0) >= OWN_WORD_WEIGHT and not offer_tokens & set(own) \
                    and not any(soft_member(t, offer_tokens) for t in own) and not self._rival_told(name, best, s, own):
                return [f"offer does not say {', '.join(own)} ({index.skus[best.item]}) "
                        f"or not ({index.skus[s.item]}, {s.score})"]
        return []

    def _rival_told(self, name: Name, best: Scored, rival: Scored, unsaid: list[str]) -> bool:
        """In a Russian name: the best's words the offer leaves out only describe it (none
        tells siblings apart, none is a Latin word of a line: "для ответственных конструкций",
        "белых и светлых"), while the rival says what the offer and the best do not - a Latin
        word of its line ("Crystal Color" for an offer of the "Crystal White"), or a colour
        (the brown one of a line whose plain item the offer names). The offer is then not the
        rival, as an offer silent on what only a rival states is the best (``siblings``)."""
        index = self.index
        if not name.mixed_script:
            return False
        maker = set(index.item_brand[best.item])

        def line_word(t: str) -> bool:
            return t.isascii() and t.isalpha() and len(t) >= 2 and t not in maker \
                and index.telling_weight(t) >= MODEL_WORD_MIN_WEIGHT

        if any(t in index.slot_words or line_word(t) for t in unsaid):
            return False
        mine = set(name.tokens)
        added = index.tokens(rival.item) - index.tokens(best.item)
        return any(line_word(t) and not soft_member(t, mine) for t in added) \
            or any(":" in t and not stated(name.attrs, t.partition(":")[0]) for t in added)

    def other_lines(self, name: Name, best: Scored, rivals: list[Scored], *, unless_unsaid: bool = True) -> set[int]:
        """The rivals of another line (``_other_line``) - none when (``unless_unsaid``) the best
        says a telling word the offer does not (its "цитрус" where the offer says the rival's
        "морской бриз": that scent of the line may be missing from the catalog)."""
        others = {s.item for s in rivals if self._other_line(name, best, s)}
        return set() if not others or unless_unsaid and self._unsaid_words(name, best) else others

    def contenders(self, name: Name, best: Scored, rivals: list[Scored]) -> list[Scored]:
        """The rivals that may be the offer's product by score: in a Russian name not one of
        another line, whatever the best says (the sibling checks ask of those what the offer
        leaves out)."""
        if not name.mixed_script or not rivals:
            return rivals
        others = self.other_lines(name, best, rivals, unless_unsaid=False)
        return [s for s in rivals if s.item not in others]

    def _unsaid_words(self, name: Name, best: Scored) -> bool:
        """The best's name says a word that alone tells catalog siblings apart (a scent, a
        shade: ``slot_words``) and the offer does not say it in any form."""
        index, mine = self.index, set(name.tokens)
        return any(t in index.slot_words and not is_measure(t) and not soft_member(t, mine)
                   and not any(same_root(t, u) for u in mine) for t in set(best.name.tokens) - mine)

    def _other_line(self, name: Name, best: Scored, rival: Scored) -> bool:
        """In a Russian name the rare Latin words are the product line (see ``model_words``):
        a rival lacking one that the offer and the best both say is another line."""
        index = self.index
        theirs, maker = index.tokens(rival.item), set(index.item_brand[best.item])
        return any(t.isascii() and t.isalpha() and len(t) >= 2 and t not in theirs and t not in maker
                   and index.telling_weight(t) >= MODEL_WORD_MIN_WEIGHT and not soft_member(t, theirs)
                   for t in set(name.tokens) & index.tokens(best.item))

    def unstated_colour(self, name: Name, best: Scored, others: list[Scored]) -> str:
        """Another memory size in blue tells that the family comes in colours: an offer
        silent on colour may be a colour the catalog lacks."""
        index = self.index
        b_attrs = index.name_attrs(best.item)
        for s in others:
            if s.item == best.item:
                continue
            for d in differences(b_attrs, index.name_attrs(s.item), catalog_variants=index.variant_words):
                if d.kind in ("colour", "platform") and not stated(name.attrs, d.kind):
                    return f"offer does not say which: {d} ({index.skus[s.item]}, {s.score})"
        return ""

    def colour_unnamed(self, name: Name, best: Scored, scored: list[Scored]) -> list[str]:
        """The offer names a colour, the item none, and its family comes in colours: the
        offer's colour may be missing from the catalog. ("бесцветный" is what an item
        without a colour in its name is anyway.)"""
        colour = stated(name.attrs, "colour") - {"colourless"}
        if not colour or stated(self.index.attrs(best.item), "colour"):
            return []
        # A family in colours shows it in its siblings' names, or in letters that end the
        # item's model code (KX-TG6331T is the titanium one of a phone sold in black too).
        coloured = any(stated(self.index.attrs(s.item), "colour")
                       for s in scored[1:] if best.score - s.score <= SIBLING_WINDOW)
        lettered = not name.codes and any(may_spell_colour(c) and not spells_colour(c, colour)
                                          for c in self.index.name_attrs(best.item).codes)
        if coloured or lettered:
            return [f"offer says colour {'/'.join(sorted(colour))}, {self.index.skus[best.item]} names none"]
        return []

    def colour_unsaid(self, name: Name, best: Scored) -> list[str]:
        """The item names its colour, the offer none, and nothing else ties them (no code):
        "JBL Flip 5 Speaker" may well be a colour the catalog does not carry. Nor does a code
        tie them when the offer ends, where a title says its colour, in a word the catalog never
        uses and few offers say: a colour the words do not know ("Galaxy A35 5G 6/128GB Awesome
        Lilac" for the "... Granatowy" one, "S100 ... C18 manhattan" for the "C01 weiß")."""
        colour = stated(self.index.name_attrs(best.item), "colour") - {"colourless"}
        if not colour or stated(name.attrs, "colour"):
            return []
        if not name.codes:
            return [f"offer does not say colour {'/'.join(sorted(colour))}"]
        last = name.tokens[-1] if name.tokens else ""
        if self.unheard(last) and last not in words.active().every_word:
            return [f"offer ends in {last}, a word the catalog never uses, where the item says colour "
                    f"{'/'.join(sorted(colour))}"]
        return []

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
        latin = [t if t.isascii() or not in_cyrillic else self.heard_latin(t) for t in name.tokens]
        missing = [t for t in latin if t and t.isascii() and t.isalpha() and len(t) >= 2 and t not in theirs
                   and self.index.telling_weight(t) >= MODEL_WORD_MIN_WEIGHT and t in self.index.index.vocab
                   and not soft_member(t, theirs)]
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
        ("Observe G3-Ice" for the "Observe Ice-Freezer")."""
        index = self.index
        mine = set(name.tokens)
        theirs = index.tokens(best.item)

        def instead_of(latin: bool) -> list[str]:
            return sorted(t for t in set(best.name.tokens) - mine if not is_measure(t)
                          and (not latin or t.isascii()) and index.telling_weight(t) >= EXCHANGED_WORD_WEIGHT
                          and not soft_member(t, mine))

        for said, latin in (
                (sorted(t for t in mine - theirs if not is_measure(t) and t in index.slot_words
                        and not soft_member(t, theirs) and not any(same_root(t, u) for u in theirs)), False),
                (sorted(t for t in mine - theirs if name.mixed_script and (self.unheard(t) or self.unheard_code(name, t))
                        and not soft_member(t, theirs) and not glued_of(t, theirs)), True)):
            instead = instead_of(latin) if said else []
            if instead:
                return [f"offer says {', '.join(said)}, {index.skus[best.item]} says {', '.join(instead)}"]
        return []

    def _code_shared(self, name: Name, best: Scored) -> bool:
        """A model code both names say settles versions (a tyre's size and index, an SPF
        value do not: every version of a line comes in them); so do the hours a make-up line
        is named by ("Lasting Finish 25H" is not the 35H line)."""
        item = self.index.name_attrs(best.item)
        return any(not is_shared_spec(c) for c in name.codes & item.codes) \
            or bool(name.attrs.units.get("h", frozenset()) & item.units.get("h", frozenset()))

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
        unsaid = [f"{w} {a}" for w, a in theirs.items() if w in offer_words and mine.get(w) != a
                  and not _begins_code(a, offer_codes)]
        added = [f"{w} {a}" for w, a in mine.items() if w in item_words and theirs.get(w) != a
                 and not _begins_code(a, item_codes)]
        if unsaid or added:
            return [f"one name says {', '.join(sorted(unsaid + added)).upper()}, the other not"]
        return []

    def inserted_words(self, name: Name, best: Scored, scored: list[Scored]) -> list[str]:
        """Words the catalog never uses, written inside the item's own words ("Lash Sensational
        Intense Black", "Sensitive Cool żel", "Mineral 89 Probiotic Fractions 30 ml"): a shade,
        a line or a version the catalog lacks. Words around the item's name (a supplier's
        description) say nothing of the kind, nor does a word beside a model code both names
        share ("Nikon D60 DSLR Camera"). In a Russian name, whose Latin words are its line, such a
        word right after the number of the item's line is a version of it whatever the catalog's
        other items ("Smart Band 8 Active черный" for the "Smart Band 8 черный"); elsewhere there
        it may be a Latin word for what the item says in Russian ("Clumping Unscented без запаха")."""
        if self._code_shared(name, best):
            return []
        own, tokens = self.index.tokens(best.item), name.tokens
        vocabulary = words.active().every_word  # a type, a colour, a variant: compared as such
        inside, run = [], []
        for i, t in enumerate(tokens):
            if t in own or soft_member(t, own):
                if run and i - len(run) > 0 and tokens[i - len(run) - 1] in own and (
                        not name.mixed_script or tokens[i - len(run) - 1].isdigit()):
                    inside.extend(run)
                run = []
            elif self.unheard(t) and not glued_of(t, own) and t not in vocabulary:
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

    def exchanged_in_place(self, name: Name, best: Scored) -> list[str]:
        """The offer writes a word the catalog never uses where the item writes another, between
        the same two words ("Helix Ultra Professional AM-L 5W-30" for the "... AV-L 5W-30", "EDGE
        5W-30 M 4L" for the "EDGE 5W-30 LL 4 l"): a spec code exchanged for another is another
        product, in any domain (a tyre's line word, ``TyreVetoes.line_exchanged``, is one case). Only
        short codes (``SPEC_LETTERS``): a longer word there may be the other's translation ("Tin"
        for "Dose", "Countersunk" for "Senkkopf"). Not a word of the vocabulary (compared as
        such), nor one written shortened or glued."""
        index = self.index
        item = best.name.tokens
        mine, theirs = set(name.tokens), index.tokens(best.item)
        vocabulary = _compared_words()
        places = {(item[i - 1], item[i + 1]): item[i] for i in range(1, len(item) - 1)}
        said = []
        for i in range(1, len(name.tokens) - 1):
            t, instead = name.tokens[i], places.get((name.tokens[i - 1], name.tokens[i + 1]))
            if instead is None or instead in mine or t in theirs or not _spec_letters(t) or not _spec_letters(instead) \
                    or t in vocabulary or instead in vocabulary:
                continue
            if index.unheard(t) and index.telling_weight(instead) >= EXCHANGED_WORD_WEIGHT \
                    and not soft_member(t, theirs) and not glued_of(t, theirs) \
                    and not instead.startswith(t) and not t.startswith(instead):
                said.append(f"{t} where {index.skus[best.item]} says {instead}")
        return [f"offer says {', '.join(said)}"] if said else []

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
        line without them, one the catalog lacks. Only in Russian names (the offer's or the
        item's), whose Latin words are the line, and only rare Latin words, not the maker's
        ("Nokian Tyres Hakkapeliitta" is "Nokian Hakkapeliitta"); a standard the line is named
        by counts (``[not_models]``: "Redmi Note 13 Pro 5G" is not the "Redmi Note 13 Pro"), and
        ``standards_only`` asks for such standards alone."""
        index = self.index
        if not (name.mixed_script or _mixed_script(index.titles[best.item])):
            return []
        pairs = set(zip(name.tokens, name.tokens[1:]))
        offer_tokens = set(name.tokens)
        maker = set(index.item_brand[best.item])
        item = best.name.tokens

        def line_word(w: str) -> bool:
            return w not in offer_tokens and w not in maker and w.isascii() and (w.isalpha() or w in words.NOT_MODELS) \
                and len(w) >= 2 \
                and index.telling_weight(w) >= MODEL_WORD_MIN_WEIGHT and not soft_member(w, offer_tokens)

        left = sorted({w for i in range(len(item)) for j in range(i + 2, min(i + 2 + LEFT_OUT_RUN, len(item)))
                       if (item[i], item[j]) in pairs and all(map(line_word, item[i + 1:j])) for w in item[i + 1:j]
                       if not standards_only or w in words.NOT_MODELS})
        if left:
            return [f"offer leaves out {', '.join(left)} of the line of {index.skus[best.item]}"]
        return []

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

    def unheard_code(self, name: Name, token: str) -> bool:
        """A model code of the offer's that the catalog never uses and few offers say (a line's
        "G3-Ice" where the catalog has its "Ice-Freezer"); not a size, an index or an SPF."""
        return token in name.codes and not is_shared_spec(token) and token.isascii() and self.index.unheard(token)

    def unheard(self, token: str) -> bool:
        """A Latin word of a Russian (mixed-script) offer that the catalog never uses and few
        offers say: a shade, a line or a version the catalog lacks ("Vinyl Ink" for "Matte
        Ink"), not a supplier's boilerplate ("TL", "FR"), which many of its offers repeat."""
        return len(token) >= 3 and token.isascii() and token.isalpha() and self.index.unheard(token)

    def identifiers_disagree(self, offer: "Offer", best: Scored) -> list[str]:
        """The offer's EAN or part number is another than the item's: the names may agree,
        the product does not (MDR-ZX310L for the ZX110L)."""
        if offer.ean:
            ean, valid = normalize_ean(offer.ean)
            theirs = self.index.item_eans.get(best.item) if valid else None
            if theirs and ean not in theirs:
                return [f"EAN differs ({ean} vs {theirs[0]})"]
        agrees, code = self.part_number_of(offer.mpn, best.item)
        return [f"MPN {offer.mpn} is not {code.upper()}"] if agrees is False else []

    def part_number_of(self, mpn: str, item: int) -> tuple[bool | None, str]:
        """Whether the offer's part number is the item's (True, with the item's code it spells in
        any spelling of one model), another (False, with the item's code it contradicts) or not
        comparable (None)."""
        keys = [k for k in code_keys(mpn) if len(k) >= 4 and not k.isalpha()]
        codes = self.index.item_codes[item]
        if not keys:
            return None, ""
        equal = next((k for k in keys if k in codes), None)
        if equal:
            return True, equal
        # A part number contradicts only a code of its own kind: an all-digit one (a maker's
        # or a distributor's number) another all-digit number, a lettered one a lettered
        # code - not a count written like one ("2-port", "9dBi" of the item's name), nor a spec
        # every version shares (a tyre's size: "T432561" is no "225/45 R17") -, or the item's
        # code without the letters that end it (5649 is not the 5649XS belt).
        pairs = [(k, c) for k in keys for c in sorted(codes) if not is_shared_spec(c) and c.isdigit() == k.isdigit()
                 and (len(c) >= 5 if c.isdigit() else len(c) >= 4 and not c.isalpha() and not _COUNT.match(c))
                 or k.isdigit() and c.startswith(k) and c[len(k):].isalpha()]
        if not pairs:
            return None, ""
        spelled = next((c for k, c in pairs if same_model(k, c)), None)
        return (True, spelled) if spelled else (False, pairs[0][1])
