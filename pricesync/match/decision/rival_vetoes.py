"""The vetoes against a close rival: a candidate near the best that the offer may be as well -
a sibling it does not tell apart (an attribute only the best states, a word of the rival's, a
family's telling word left unsaid), another line, or a colour the family comes in that the offer
does not name."""
from __future__ import annotations

import re

from pricesync.match.reading import words
from pricesync.match.reading.attributes import stated
from pricesync.match.features.differences import differences
from pricesync.match.candidates.catalog_index import is_measure
from pricesync.match.reading.model_codes import colour_code_tells, may_spell_colour, spells_colour
from pricesync.match.reading.names import Name, stem
from pricesync.match.reading.normalize import KIND_OF_TYPE_STEM
from pricesync.match.features.score import Scored, similarity, soft_member
from pricesync.match.reading.spellings import heard_in
from pricesync.match.decision.veto_base import FAMILY_SIMILARITY, MODEL_WORD_MIN_WEIGHT, SIBLING_WINDOW, VetoBase, same_root

# A word (by IDF) that tells a close rival from the best: an offer saying the rival's is
# unsure between the two; so is one not saying a word that only the best of a family has
# (its scent, its line). Common description words ("концентрат", IDF ~1) do not count.
RIVAL_WORD_WEIGHT = 1.5
# ... unless the offer says more of the best's own words ("Средство ... Multipower цитрус
# концентрат" is the citrus concentrate although "средство" is in the White one's name).
RIVAL_WORD_SHARE = 0.75
OWN_WORD_WEIGHT = 2.0
# How many words of a shade's name may come between its number and its colour word ("130 True Beige").
SHADE_NAME_WORDS = 2


def _spelled_in(tokens, ours: str, theirs: str) -> bool:
    """A word of the offer is part of one code and not the other ("flip" of JBLFLIP5BLKAM,
    not of JBLCHARGE5BLKAM)."""
    return any(len(t) >= 3 and t.isalpha() and t in ours and t not in theirs for t in tokens)


_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _silence_told(d) -> bool:
    """An offer silent on this difference of the best's is told from a rival of another line
    by its words: not so for a colour or a platform (one line sold in several), nor a year (an
    edition: "Office 2008" beside the 2011 one)."""
    return d.kind not in ("colour", "platform") and not (
        d.kind == "number" and any(_YEAR.match(v) for v in (*d.ours, *d.theirs)))


class RivalVetoes(VetoBase):
    """Checks of the best candidate against its rivals in rank order."""

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
            # The rival's words the offer says, also written short ("HKPL" for "Hakkapeliitta"), each
            # weighing as the rival's word.
            r_only = r_tokens - b_tokens
            spelt = {t: t if t in r_only else self.spelt_out(t)
                     for t in offer_tokens - b_tokens if not is_measure(t) and not soft_member(t, b_tokens)
                     and (t in r_only or t not in r_tokens and self.spelt_out(t) in r_only)}
            theirs = sorted(spelt)
            weights = [index.telling_weight(u) for u in spelt.values()]
            mine = [t for t in offer_tokens & (b_tokens - r_tokens) if not is_measure(t)]
            if max(weights, default=0) >= RIVAL_WORD_WEIGHT and \
                    sum(weights) >= RIVAL_WORD_SHARE * sum(map(index.telling_weight, mine)):
                return [f"offer says {', '.join(theirs)} as {rival} ({s.score}) does"]
            if s.diffs:
                unsure = self.unstated_colour(name, best, [s])
                if unsure:
                    return [unsure]
                continue
            for d in differences(b_attrs, r_attrs, catalog_variants=index.variant_words, one_sided=True):
                if d.kind in ("type", "scent", "dilution"):
                    # An offer need not say "гель" of the gel (a kind it names is compared), nor
                    # "с ароматом" of a scent it names: "ледяная свежесть" is scented unsaid; nor
                    # "концентрат" of a fluid a maker sells so, which dealers leave out.
                    continue
                if d.kind == "model" and (colour_code_tells(name.attrs, d.ours[0], d.theirs[0])
                                          or _spelled_in(name.tokens, d.ours[0], d.theirs[0])):
                    continue  # "Speaker System - Black": the AM53BK, not the AM53WH; "Flip 5": JBLFLIP5BLKAM
                if d.kind == "number" and not set(d.ours) - set(d.theirs):
                    continue  # only the rival says a number more ("nüvi 1350"): silence is the best's
                said = stated(name.attrs, d.kind)
                if d.kind == "variant":
                    said |= heard_in(name.tokens, set(d.ours) | set(d.theirs))  # "ультра" says "ultra"
                # Silent on what only the best states: the offer may be the rival. (Silent on
                # what only the rival states, e.g. "2 шт", it is the single best item.)
                if not said and stated(b_attrs, d.kind) and not (s.item in apart and _silence_told(d)) \
                        and not self._told_by_own_word(d, mine, r_tokens):
                    return [f"offer does not say which: {d} ({rival}, {s.score})"]
                if said & stated(r_attrs, d.kind) and not said & stated(b_attrs, d.kind):
                    return [f"offer says {d.kind} {'/'.join(sorted(said))} as {rival} ({s.score}) does"]
        for s in near:
            # A rival that contradicts the offer (another size) is not a contender, and the
            # words it lacks are often only how that size's name was written.
            if s.diffs or similarity(best.name, s.name, index) < FAMILY_SIMILARITY \
                    and not self._explains_alike(name, best, s):
                continue
            own = sorted(t for t in b_tokens - index.tokens(s.item) if not is_measure(t))
            if max(map(index.telling_weight, own), default=0) >= OWN_WORD_WEIGHT and not offer_tokens & set(own) \
                    and not any(soft_member(t, offer_tokens) for t in own) and not self._rival_told(name, best, s, own):
                return [f"offer does not say {', '.join(own)} ({index.skus[best.item]}) "
                        f"or not ({index.skus[s.item]}, {s.score})"]
        return []

    def _explains_alike(self, name: Name, best: Scored, rival: Scored) -> bool:
        """The offer's model code names both, and every word of the offer is the best's and the
        rival's alike: the offer names nothing by which it is the one and not the other, however
        different the rest of the two names (``Kumho ... KH27`` of a catalog writing the pattern
        once under each of its two line names). Without a code the best's other words may only say
        again in another language what the offer says (``Bleaching Powder Обесцвечивающий
        порошок``), and an offer silent on what only the rival adds is the best. A word neither says counts against it (it may be one of the best's in another
        language, "порошок" for its "powder"), unless it is their maker written in the other script."""
        index = self.index
        ours, theirs = index.tokens(best.item), index.tokens(rival.item)
        said = [t for t in name.tokens if t in ours or soft_member(t, ours)]
        if not name.codes & set(said) or any(t not in theirs and not soft_member(t, theirs) for t in said):
            return False
        maker = index.item_brand[best.item]
        return all(index.brand_by_sound(t) == maker for t in name.tokens if t not in said)

    def _told_by_own_word(self, d, mine: list[str], r_tokens: frozenset[str]) -> bool:
        """The offer silent on this difference says a word of the best's name the rival lacks,
        one that tells the catalog's items apart (the line's letter of its axle, "X Multi Z"
        where the rival is the "X Multi D"): its own word names the best, as the difference
        would. The word is one of letters of the Latin script, as a line's letters and codes are
        written in every language here (a Russian name's Cyrillic word that the rival lacks, "объем",
        describes as much as it names). Not so for a colour, a platform or a year (``_silence_told``)."""
        return _silence_told(d) and any(t.isascii() and self.index.telling_weight(t) >= RIVAL_WORD_WEIGHT
                                        for t in mine if t not in r_tokens)

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
        unsaid = [kind for kind in ("colour", "platform") if not stated(name.attrs, kind)]
        if not unsaid:
            return ""
        b_attrs = index.name_attrs(best.item)
        for s in others:
            r_attrs = index.name_attrs(s.item)
            # (the two items' differences compared only where one of them states such a kind)
            if s.item == best.item or not any(kind in a.words or kind in a.units for a in (b_attrs, r_attrs)
                                              for kind in unsaid):
                continue
            for d in differences(b_attrs, r_attrs, catalog_variants=index.variant_words):
                if d.kind in unsaid:
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
        if coloured or lettered or self._shade_renamed(name, best):
            return [f"offer says colour {'/'.join(sorted(colour))}, {self.index.skus[best.item]} names none"]
        return []

    @staticmethod
    def _shade_renamed(name: Name, best: Scored) -> bool:
        """The offer ends in a colour right where the item, after the same word, ends in a word the offer
        does not say: a shade named in words, another one ("Camo Concealer - Light Beige" for the "...
        Light Sand")."""
        mine = [t for t in name.tokens if ":" in t or not is_measure(t)]
        theirs = [t for t in best.name.tokens if not is_measure(t)]
        if len(mine) < 2 or len(theirs) < 2 or not mine[-1].startswith("colour:") or mine[-2] != theirs[-2]:
            return False
        last, said = theirs[-1], set(mine)
        said_for = best.name.attrs.words.get("use_after", frozenset()) | best.name.attrs.words.get("fits", frozenset())
        return last.isalpha() and last not in {stem(w) for w in said_for} and len(last) >= 3 and not soft_member(last, said) \
            and not any(same_root(last, u) for u in said)

    @staticmethod
    def shade_requalified(name: Name, best: Scored) -> list[str]:
        """Both names end in one colour, each after a word the other does not say, and that word is all
        the item says that the offer does not: a shade named by the word before its colour, another one
        ("Sky High Mascara Cosmic Black" for the "Sky High Mascara Very Black"; "480 Classic Beige" for
        the "485 Golden Beige"), also with the offer's size after its colour ("..., Very Black, 0.24 fl oz"). Not
        a word naming the kind (the "Mascara Black" for the "tusz do rzęs Black": the kind said in another
        language). Not a variant word (read as variants are), nor a word in another script or sharing five
        letters with the other (a translation: "Acrylic White" for the "Maleracryl weiß")."""
        # (the last word that is no measure first, from the end: most names end in no colour)
        last = next((t for t in reversed(name.tokens) if ":" in t or not is_measure(t)), "")
        if not last.startswith("colour:"):   # the measure after it aside ("Very Black, 0.24 fl oz")
            return []
        mine = [t for t in name.tokens if ":" in t or not is_measure(t)]
        theirs = [t for t in best.name.tokens if ":" in t or not is_measure(t)]
        if len(mine) < 2 or len(theirs) < 2 or mine[-1] != theirs[-1] or mine[-2] == theirs[-2]:
            return []
        said, told = set(mine), set(theirs)
        ours, their = mine[-2], theirs[-2]
        for word, other in ((ours, told), (their, said)):
            if not word.isalpha() or len(word) < 3 or word in words.VARIANT_WORDS or soft_member(word, other) \
                    or any(same_root(word, u) for u in other) or stem(word) in KIND_OF_TYPE_STEM:
                return []
        if ours.isascii() != their.isascii() or any(ours[i:i + 5] in their for i in range(len(ours) - 4)):
            return []
        unsaid = [t for t in told if t not in said and not soft_member(t, said) and not any(same_root(t, u) for u in said)]
        if unsaid != [their]:
            return []
        return [f"shade {ours} {mine[-1][7:]} vs {their} {theirs[-1][7:]}"]

    def shade_number_said(self, name: Name, item: int) -> bool:
        """The offer says the number the item's name writes before its shade's name ending in a colour
        ("тон 130 True Beige", "010 Light Beige", "8.3 светлый блондин золотистый"): the number alone names
        the shade ("Тональный крем ... тон 130", "HD Liq. Cov. 010", "КР-КРАСКА 8.3")."""
        numbers = name.attrs.numbers
        if not numbers:
            return False
        for item_name in self.index.item_names[item]:
            toks = item_name.tokens
            for i, tok in enumerate(toks):
                if tok not in numbers:
                    continue
                # the shade's own words first ("130 True Beige"): a colour right after a number is a
                # model's colour ("CS 25 biały", "12/512GB Black"), not a shade's name
                for j in range(i + 2, min(i + 2 + SHADE_NAME_WORDS, len(toks))):
                    if toks[j].startswith("colour:"):
                        if all(t.isalpha() for t in toks[i + 1:j]):
                            return True
                        break
        return False

    def colour_unsaid(self, name: Name, best: Scored) -> list[str]:
        """The item names its colour, the offer none, and nothing else ties them (no code):
        "JBL Flip 5 Speaker" may well be a colour the catalog does not carry. Nor does a code
        tie them when the offer ends, where a title says its colour, in a word the catalog never
        uses and few offers say: a colour the words do not know ("Galaxy A35 5G 6/128GB Awesome
        Lilac" for the "... Granatowy" one, "S100 ... C18 manhattan" for the "C01 weiß"). A kind of
        product sold in one colour unless its name says another (``[default_colours]``: a mascara is
        black) says that colour unsaid: "Тушь Essence Lash Princess False Lash Effect 12мл" is the
        black one (a catalog carrying the brown one beside it still asks which: ``colour_unnamed``)."""
        colour = stated(self.index.name_attrs(best.item), "colour") - {"colourless"}
        if not colour or stated(name.attrs, "colour") or self.shade_number_said(name, best.item):
            return []
        defaults = words.active().maps["default_colours"]
        if colour <= {defaults.get(kind) for kind in name.attrs.words.get("type", ())}:
            return []
        if not name.codes:
            return [f"offer does not say colour {'/'.join(sorted(colour))}"]
        last = name.tokens[-1] if name.tokens else ""
        if self.unheard(last) and last not in words.active().every_word:
            return [f"offer ends in {last}, a word the catalog never uses, where the item says colour "
                    f"{'/'.join(sorted(colour))}"]
        return []
