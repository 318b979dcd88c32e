"""One offer through the cascade to a verdict: SKU, score, method, status and the reason
in words ("name 93; differs in memory 128gb vs 256gb")."""
from __future__ import annotations

import math
import re
import time
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from pricesync.match.attributes import Difference, differences, stated
from pricesync.match.catalog_index import CatalogIndex, is_measure
from pricesync.match.remembered import offer_key
from pricesync.match.features import pair_features
from pricesync.match.model_codes import (base_code, colour_code_tells, colourless_code, may_spell_colour, said_suffixes,
                                         same_model, spells_colour)
from pricesync.match.names import Name
from pricesync.match.normalize import code_keys, is_tyre_spec
from pricesync.match.score import Scored, attach_differences, score_item, shares, similarity, soft_member
from pricesync.parse.codes import normalize_ean

if TYPE_CHECKING:
    from pricesync.match.config import MatchingConfig
    from pricesync.match.engine import Offer

# A candidate that differs in a variant attribute ranks this many points lower, so the
# offer's own 5 l bottle beats the slightly more similar 1 l one.
DIFFERENCE_PENALTY = 15
# Candidates within this many points of the best are checked as possible siblings.
SIBLING_WINDOW = 25
SHOW_CANDIDATES = 3
ALWAYS_SCORED = 8
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
# An offer that says every word of the item's name (by weight) and more — a supplier adding
# the category, the publisher, "complete package" — is as sure as a name scoring auto.
CONTAINED = 0.97
CONTAINED_OFFER_SHARE = 0.45
# Latin words of a Russian name rarer than this (IDF) name a product line.
MODEL_WORD_MIN_WEIGHT = 1.5
# Free labels: this many of an identified offer's name candidates become labelled pairs.
LABELLED_CANDIDATES = 4


@dataclass(slots=True)
class Verdict:
    sku: str = ""
    score: int = 0
    method: str = "name"
    status: str = "unmatched"
    reason: str = ""
    candidates: str = ""
    # A name-based verdict whose best candidate survived every veto: its pair features, for
    # the learned scorer to decide auto or review (``learned.decide_run``).
    features: tuple | None = None
    # An offer matched by an identifier (free label): (features of the name step's best
    # candidate or None, whether that best is the identified item, [(pair features, label)],
    # whether the rules alone would make that best auto).
    labels: tuple | None = None

    def __iter__(self):
        return iter((self.sku, self.score, self.method, self.status, self.reason, self.candidates))


def glued_of(token: str, tokens) -> bool:
    """``token`` is two of ``tokens`` written as one word ("Biolasur" for "Bio Lasur")."""
    return any(token.startswith(a) and token[len(a):] in tokens for a in tokens if a and a != token)


def _line_numbers(tokens) -> set[str]:
    """A tyre line's numbers, with a letter that follows one: "Pilot Sport 4 S" is the 4s,
    "TS 870 P" the 870p (a tyre's size and index are codes, not bare numbers)."""
    out = set()
    for i, t in enumerate(tokens):
        if t.isdigit() and len(t) <= 3:
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            out.add(t + after if len(after) == 1 and after.isalpha() else t)
    return out


def _listed(diffs) -> str:
    return "; ".join(map(str, diffs))


def _rank(s: Scored) -> int:
    return s.score - DIFFERENCE_PENALTY * len(s.diffs)


def same_root(a: str, b: str) -> bool:
    """One word with other endings ("концентрат" / "концентрированный"): the shorter's stem
    (all but its last fifth, at least five letters) begins the longer."""
    short, long_ = sorted((a, b), key=len)
    stem_length = max(5, math.ceil(0.8 * len(short)))
    return short.isalpha() and long_.isalpha() and len(short) >= 6 and long_[:stem_length] == short[:stem_length]


def _spelled_in(tokens, ours: str, theirs: str) -> bool:
    """A word of the offer is part of one code and not the other ("flip" of JBLFLIP5BLKAM,
    not of JBLCHARGE5BLKAM)."""
    return any(len(t) >= 3 and t.isalpha() and t in ours and t not in theirs for t in tokens)


# A number and a word glued: a count or a measure ("2port", "9dbi", "20lb"), not a code.
_COUNT = re.compile(r"^\d+[a-z]{2,}$")


class _Hit(NamedTuple):
    """How an offer's code found a catalog item."""
    method: str                 # "sku" or "mpn"
    what: str                   # "MPN DMC-ZS3K", "model code KDL46V5100" — for the reason
    key: str                    # the code as compared
    from_column: bool = False   # the offer's own SKU/MPN column, not a code read from its name
    colourless: bool = False    # the item's code without its colour letters (P163 for P163BK)


class Decider:
    def __init__(self, index: CatalogIndex, config: "MatchingConfig",
                 remembered: dict[tuple[str, str], tuple[str | None, float]], *,
                 prices: list[float] | None = None, label_share: float = 1.0) -> None:
        self.index = index
        self.config = config
        self.remembered = remembered
        self.position = {sku: i for i, sku in enumerate(index.skus)}
        self.prices = prices
        self.label_share = label_share  # of identified offers, the share sampled as free labels

    def decide(self, offer: "Offer", name: Name, cands: list[tuple[int, float]],
               truth: set[str] | None = None) -> Verdict:
        """``truth`` (training only): the offer's true SKUs, labelling its candidates."""
        verdict = self._decide(offer, name, cands)
        if truth is not None:
            verdict.labels = self.free_labels(offer, name, cands, {self.position[t] for t in truth
                                                                   if t in self.position})
        elif verdict.status == "auto" and verdict.method in ("alias", "ean") or verdict.status == "auto" \
                and verdict.method in ("sku", "mpn") and not verdict.reason.startswith("model code"):
            key = f"{offer.supplier}\x1f{offer.supplier_sku}\x1f{offer.name}".encode()
            if verdict.sku in self.position and zlib.crc32(key) % 10_000 < 10_000 * self.label_share:
                verdict.labels = self.free_labels(offer, name, cands, {self.position[verdict.sku]})
        return verdict

    def free_labels(self, offer: "Offer", name: Name, cands: list[tuple[int, float]], true: set[int]) -> tuple:
        """What the name step alone makes of an offer whose item is known: its best candidate
        (features, right or not) and its top candidates as labelled pairs. Identifiers are
        left out, so the name step sees what an offer without them would show."""
        bare = type(offer)(offer.supplier, "", offer.name, "", "", offer.cost)
        verdict, scored = self._name_verdict(bare, name, cands)
        best = (verdict.features, verdict.sku in {self.index.skus[i] for i in true}) \
            if verdict.features is not None else None
        if not name.tokens:
            return None, False, [], False
        items = [i for i, _ in cands[:LABELLED_CANDIDATES]]
        scored = self._scored(name, items + sorted(true - set(items)))
        brands = self.index.brands_in(name)
        pairs = [(self._features(offer, name, s, scored, brands), s.item in true) for s in scored]
        rules_auto = verdict.status == "auto"
        return (best[0], best[1], pairs, rules_auto) if best else (None, False, pairs, False)

    def _features(self, offer: "Offer", name: Name, s: Scored, scored: list[Scored], brands) -> tuple:
        price = self.prices[s.item] if self.prices else math.nan
        return pair_features(self.index, name, s, scored, cost=offer.cost, price=price, offer_brands=brands)

    def _decide(self, offer: "Offer", name: Name, cands: list[tuple[int, float]]) -> Verdict:
        notes: list[str] = []
        remembered = self.remembered.get((offer.supplier, offer_key(offer.supplier_sku, offer.name)))
        if remembered is not None:
            sku, when = remembered
            day = time.strftime("%Y-%m-%d", time.localtime(when))
            if sku is None:
                return Verdict("", 100, "alias", "unmatched", f"remembered decision ({day}): not in the catalog")
            if sku in self.position:
                return Verdict(sku, 100, "alias", "auto", f"remembered decision ({day})")
            notes.append(f"remembered SKU {sku} is no longer in the catalog")
        verdict = self._by_ean(offer, name) or self._by_code(offer, name)
        if verdict is None:
            verdict = self._by_name(offer, name, cands)
        if notes:
            verdict.reason = "; ".join([*notes, verdict.reason])
            if verdict.status == "auto":
                verdict.status = "review"
            verdict.features = None
        return verdict

    # -- 2. EAN -----------------------------------------------------------------------------
    def _by_ean(self, offer: "Offer", name: Name) -> Verdict | None:
        if not offer.ean:
            return None
        ean, valid = normalize_ean(offer.ean)
        items = self.index.ean_items.get(ean) if valid else None
        if not items:
            return None
        scored = self._scored(name, items, by_identifier=True)
        best = scored[0]
        why = f"EAN {ean}"
        if len(items) > 1:
            return self._verdict(best, scored, "ean", "review", f"{why} is on {len(items)} catalog items")
        if best.diffs:
            return self._verdict(best, scored, "ean", "review", f"{why} equal, but differs in {_listed(best.diffs)}")
        if name.tokens and best.score < self.config.ean_name_floor:
            return self._verdict(best, scored, "ean", "review", f"{why} equal, but names differ (name {best.score})")
        return self._verdict(best, scored, "ean", "auto", f"{why}; name {best.score}", score=100)

    # -- 3./4. codes ------------------------------------------------------------------------
    def _code_hits(self, offer: "Offer", name: Name) -> dict[int, "_Hit"]:
        hits: dict[int, _Hit] = {}
        for value, method, label in ((offer.supplier_sku, "sku", "supplier SKU"), (offer.mpn, "mpn", "MPN")):
            for key in code_keys(value):
                if len(key) >= 3:
                    for item in self.index.code_items.get(key, self.index.part_items.get(key, ())):
                        hits.setdefault(item, _Hit(method, f"{label} {value}", key, from_column=True))
        # "DVP-SR200P/B ... Black" is the DVPSR200P: the code without the colour the name says.
        said = said_suffixes(name.attrs)
        bases = {b for c in name.codes if (b := base_code(c, said, min_length=4)) != c} if said else set()
        for item, (code, colourless) in self.index.by_codes(name.lookup_codes | bases).items():
            hits.setdefault(item, _Hit("mpn", f"model code {code.upper()}", code, colourless=colourless))
        return hits

    def _colour_spelled(self, name: Name, item: int, hit: "_Hit") -> bool:
        """The item's code is the hit's code plus letters of the colour the offer says."""
        colours = stated(name.attrs, "colour")
        return any(colourless_code(c) == hit.key and spells_colour(c, colours) for c in self.index.item_codes[item])

    def _by_code(self, offer: "Offer", name: Name) -> Verdict | None:
        hits = self._code_hits(offer, name)
        if not hits:
            return None
        scored = self._scored(name, list(hits), by_identifier=True)
        best = scored[0]
        hit = hits[best.item]
        method, what = hit.method, hit.what
        if hit.colourless and (best.diffs or not self._colour_spelled(name, best.item, hit)):
            # "MDR-V55" found the MDRV55BLK through its code without "BLK": only a name saying
            # black makes it that one; else (or red) let the names weigh every candidate.
            return None
        # A part number in its own column is as sure as an EAN; one read from a name less so.
        floor = self.config.ean_name_floor if hit.from_column else self.config.code_name_floor
        if best.score < floor and not best.diffs:
            return None  # a code alone, names unlike: let the name step weigh all candidates
        diffs = self._unsettled(name, best, hit)
        if diffs:
            return self._verdict(best, scored, method, "review", f"{what} equal, but differs in {_listed(diffs)}")
        margin = self.config.ambiguity_margin
        rival = next((s for s in scored[1:] if not s.diffs and best.score - s.score < margin), None)
        if rival is not None:
            return self._verdict(best, scored, method, "review",
                                 f"{what} equal; {self.index.skus[rival.item]} carries it too (name {rival.score})")
        unsure = self._unstated_colour(name, best, scored) or \
            ("; ".join(self._number_unshared(name, best)) if not hit.from_column else "")
        if unsure:
            return self._verdict(best, scored, method, "review", f"{what} equal; {unsure}")
        return self._verdict(best, scored, method, "auto", f"{what} equal; name {best.score}", score=100)

    def _unsettled(self, name: Name, best: Scored, hit: "_Hit") -> list[Difference]:
        """The best's differences that the code does not settle. A code that one catalog item
        alone carries names that item's generation and pack: an offer adding the generation
        ("5th Generation") or leaving out the count its code stands for ("CH183FN", the
        2-pack) is that item, and an offer spelling the code apart ("MA181LL A") says it.
        A part number in the offer's own column also names the edition its title adds and
        the catalog's name leaves out ("... Storage Server", 97159). What the offer adds that
        the code does not name (another colour or size, refurbished, a kit, an accessory for
        it) still tells another product."""
        carriers = self.index.code_items.get(hit.key) or self.index.part_items.get(hit.key) or ()
        if hit.colourless or len(carriers) != 1:
            return best.diffs
        return [d for d in best.diffs if not (
            d.kind == "generation" and not d.theirs
            or d.kind == "pcs" and not stated(name.attrs, d.kind)
            or d.kind == "variant" and not d.theirs and hit.from_column
            or d.kind == "model" and d.theirs[0] == hit.key != d.ours[0] and hit.key.startswith(d.ours[0])
            and hit.key in name.lookup_codes)]

    # -- 5. names ---------------------------------------------------------------------------
    def _by_name(self, offer: "Offer", name: Name, cands: list[tuple[int, float]]) -> Verdict:
        return self._name_verdict(offer, name, cands)[0]

    def _name_verdict(self, offer: "Offer", name: Name, cands: list[tuple[int, float]]) -> tuple[Verdict, list]:
        """The name step's verdict by the rules, and the scored candidates. A best candidate
        that passes every veto (variant differences, siblings, colours, identifiers) carries
        its pair features: the learned scorer may then decide auto or review."""
        cfg = self.config
        if not name.tokens:
            return Verdict(reason="no name to compare"), []
        if not cands:
            return Verdict(reason="no catalog item shares a word with the name"), []
        # The first few candidates always; further ones while their index score is close
        # to the top one (a near-exact catalog name leaves little to compare).
        top = cands[0][1]
        scored = self._scored(name, [i for n, (i, cos) in enumerate(cands) if n < ALWAYS_SCORED or cos >= 0.4 * top])
        best = scored[0]
        if best.score < cfg.review_threshold:
            return self._verdict(best, scored, "name", "unmatched",
                                 f"best name {best.score} below {cfg.review_threshold}", sku=""), scored
        why = [f"name {best.score}"]
        if best.diffs:
            why.append(f"differs in {_listed(best.diffs)}")
        timid = 0  # reasons of the rules' thresholds, not vetoes: the learned scorer weighs these
        rival = scored[1] if len(scored) > 1 else None
        if best.score < cfg.auto_threshold and not self._contained(name, best) and not self._leads(name, best, rival):
            why.append(f"below auto {cfg.auto_threshold}")
            timid += 1
        if rival is not None and _rank(best) - _rank(rival) < cfg.ambiguity_margin:
            why.append(f"{self.index.skus[rival.item]} close ({rival.score})")
            timid += 1
        why.extend(self._siblings(name, best, scored))
        why.extend(self._model_words(name, best))
        why.extend(self._exchanged_words(name, best))
        why.extend(self._colour_unnamed(name, best, scored))
        why.extend(self._colour_unsaid(name, best))
        why.extend(self._identifiers_disagree(offer, best))
        why.extend(self._number_unshared(name, best))
        why.extend(self._added_to_line(name, best, scored))
        status = "auto" if len(why) == 1 else "review"
        verdict = self._verdict(best, scored, "name", status, "; ".join(why))
        if len(why) == 1 + timid:
            verdict.features = self._features(offer, name, best, scored, self.index.brands_in(name))
        return verdict, scored

    def _leads(self, name: Name, best: Scored, rival: Scored | None) -> bool:
        """A Russian title that names the item's product line (a rare Latin word both say)
        and no other (every rare Latin word of the title is the item's), whose best leads
        every other candidate by the width of the review band (auto minus review threshold):
        a dealer's long title scores low against a short catalog name, but no other item is
        a contender. Not when the offer names a code the item lacks (a model the catalog may
        not have)."""
        index = self.index
        theirs = index.tokens(best.item)
        if not name.mixed_script or name.codes - theirs:
            return False
        lines = {t for t in name.tokens if t.isascii() and t.isalpha() and len(t) >= 2
                 and index.telling_weight(t) >= MODEL_WORD_MIN_WEIGHT}
        if not lines & theirs or any(t not in theirs and not soft_member(t, theirs) for t in lines):
            return False
        band = self.config.auto_threshold - self.config.review_threshold
        return _rank(best) - (_rank(rival) if rival is not None else 0) >= band

    def _contained(self, name: Name, best: Scored) -> bool:
        """The offer says all of the item's name, and what it adds is mostly words the
        catalog does not use to tell products apart (a category, "complete package")."""
        said_of_offer, said_of_item = shares(name, best.name, self.index)
        return said_of_item >= CONTAINED and said_of_offer >= CONTAINED_OFFER_SHARE

    def _siblings(self, name: Name, best: Scored, scored: list[Scored]) -> list[str]:
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
        near = [s for s in scored[1:] if best.score - s.score <= SIBLING_WINDOW]
        for s in near:
            rival, r_attrs, r_tokens = index.skus[s.item], index.name_attrs(s.item), index.tokens(s.item)
            theirs = sorted(t for t in offer_tokens & (r_tokens - b_tokens)
                            if not is_measure(t) and not soft_member(t, b_tokens))
            mine = [t for t in offer_tokens & (b_tokens - r_tokens) if not is_measure(t)]
            if max(map(index.telling_weight, theirs), default=0) >= RIVAL_WORD_WEIGHT and \
                    sum(map(index.telling_weight, theirs)) >= RIVAL_WORD_SHARE * sum(map(index.telling_weight, mine)):
                return [f"offer says {', '.join(theirs)} as {rival} ({s.score}) does"]
            if s.diffs:
                unsure = self._unstated_colour(name, best, [s])
                if unsure:
                    return [unsure]
                continue
            for d in differences(b_attrs, r_attrs, catalog_variants=index.variant_words, one_sided=True):
                if d.kind == "type":
                    continue  # an offer need not say "гель" of the gel: a kind it names is compared
                if d.kind == "model" and (colour_code_tells(name.attrs, d.ours[0], d.theirs[0])
                                          or _spelled_in(name.tokens, d.ours[0], d.theirs[0])):
                    continue  # "Speaker System - Black": the AM53BK, not the AM53WH; "Flip 5": JBLFLIP5BLKAM
                if d.kind == "number" and not set(d.ours) - set(d.theirs):
                    continue  # only the rival says a number more ("nüvi 1350"): silence is the best's
                said = stated(name.attrs, d.kind)
                # Silent on what only the best states: the offer may be the rival. (Silent on
                # what only the rival states, e.g. "2 шт", it is the single best item.)
                if not said and stated(b_attrs, d.kind):
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
                    and not any(soft_member(t, offer_tokens) for t in own):
                return [f"offer does not say {', '.join(own)} ({index.skus[best.item]}) "
                        f"or not ({index.skus[s.item]}, {s.score})"]
        return []

    def _unstated_colour(self, name: Name, best: Scored, others: list[Scored]) -> str:
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

    def _colour_unnamed(self, name: Name, best: Scored, scored: list[Scored]) -> list[str]:
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

    def _colour_unsaid(self, name: Name, best: Scored) -> list[str]:
        """The item names its colour, the offer none, and nothing else ties them (no code):
        "JBL Flip 5 Speaker" may well be a colour the catalog does not carry."""
        colour = stated(self.index.name_attrs(best.item), "colour") - {"colourless"}
        if colour and not stated(name.attrs, "colour") and not name.codes:
            return [f"offer does not say colour {'/'.join(sorted(colour))}"]
        return []

    def _model_words(self, name: Name, best: Scored) -> list[str]:
        """In a Russian name the Latin words are the product line (``Multipower``, ``Eco``,
        ``Prof DZ``): a line word the catalog uses elsewhere but the best item lacks means
        another line, however well the description words agree."""
        if not name.mixed_script:
            return []
        theirs = self.index.tokens(best.item)
        missing = [t for t in name.tokens if t.isascii() and t.isalpha() and len(t) >= 2 and t not in theirs
                   and self.index.telling_weight(t) >= MODEL_WORD_MIN_WEIGHT and t in self.index.index.vocab
                   and not soft_member(t, theirs)]
        if missing:
            return [f"offer says {', '.join(missing)}, {self.index.skus[best.item]} does not"]
        return []

    def _exchanged_words(self, name: Name, best: Scored) -> list[str]:
        """The offer says a word the catalog uses to tell siblings apart (a scent, a line)
        and the best item lacks it while saying words the offer does not: "лаванда" where
        the best says "морской бриз" is a lavender bottle the catalog does not have. In a
        Russian name a Latin word the catalog never uses counts too, against the item's own
        Latin words: "Vinyl Ink" where the item is the "Matte Ink" (the Latin words of a
        Russian name are its line and shade)."""
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
                (sorted(t for t in mine - theirs if name.mixed_script and self._unheard(t)
                        and not soft_member(t, theirs) and not glued_of(t, theirs)), True)):
            instead = instead_of(latin) if said else []
            if instead:
                return [f"offer says {', '.join(said)}, {index.skus[best.item]} says {', '.join(instead)}"]
        return []

    def _number_unshared(self, name: Name, best: Scored) -> list[str]:
        """Two tyres, one name saying a number the other does not: in a tyre's name the size
        and index are codes, so a bare number is the line's ("EfficientGrip Performance 2" is
        not "EfficientGrip Performance", "UltraGrip 9" not "UltraGrip Performance")."""
        item = self.index.name_attrs(best.item)
        if not (any(map(is_tyre_spec, name.codes)) and any(map(is_tyre_spec, item.codes))):
            return []
        codes = name.codes | item.codes
        theirs = set().union(*(_line_numbers(n.tokens) for n in self.index.item_names[best.item]))
        said = sorted(n for n in _line_numbers(name.tokens) ^ theirs
                      if not any(c.endswith(n) and c[:-len(n)].isalpha() for c in codes))  # "MP47" = "MP 47"
        return [f"number {'/'.join(said)} said by one name only"] if said else []

    def _added_to_line(self, name: Name, best: Scored, scored: list[Scored]) -> list[str]:
        """The catalog sells the best item's line also with words added ("Lash Sensational"
        and "Lash Sensational Sky High"): an offer adding a word the catalog never uses
        ("Intense") is such another member of the line, one the catalog lacks."""
        index = self.index
        own = {t for t in index.tokens(best.item) if not is_measure(t)}
        longer = next((s for s in scored[1:] if best.score - s.score <= SIBLING_WINDOW
                       and own < {t for t in index.tokens(s.item) if not is_measure(t)}), None)
        if longer is None:
            return []
        added = sorted(t for t in set(name.tokens) - own if name.mixed_script and self._unheard(t)
                       and not glued_of(t, own))
        if added:
            return [f"offer adds {', '.join(added)} to the line of {index.skus[best.item]}, "
                    f"which the catalog extends ({index.skus[longer.item]})"]
        return []

    def _unheard(self, token: str) -> bool:
        """A Latin word of a Russian (mixed-script) offer that the catalog never uses and few
        offers say: a shade, a line or a version the catalog lacks ("Vinyl Ink" for "Matte
        Ink"), not a supplier's boilerplate ("TL", "FR"), which many of its offers repeat."""
        return len(token) >= 3 and token.isascii() and token.isalpha() and self.index.unheard(token)

    def _identifiers_disagree(self, offer: "Offer", best: Scored) -> list[str]:
        """The offer's EAN or part number is another than the item's: the names may agree,
        the product does not (MDR-ZX310L for the ZX110L)."""
        if offer.ean:
            ean, valid = normalize_ean(offer.ean)
            theirs = self.index.item_eans.get(best.item) if valid else None
            if theirs and ean not in theirs:
                return [f"EAN differs ({ean} vs {theirs[0]})"]
        keys = [k for k in code_keys(offer.mpn) if len(k) >= 4 and not k.isalpha()]
        codes = self.index.item_codes[best.item]
        if not keys or any(k in codes for k in keys):
            return []
        # A part number contradicts only a code of its own kind: an all-digit one (a maker's
        # or a distributor's number) another all-digit number, a lettered one a lettered
        # code - not a count written like one ("2-port", "9dBi" of the item's name).
        pairs = [(k, c) for k in keys for c in sorted(codes) if c.isdigit() == k.isdigit()
                 and (len(c) >= 5 if c.isdigit() else len(c) >= 4 and not c.isalpha() and not _COUNT.match(c))]
        if pairs and not any(same_model(k, c) for k, c in pairs):
            return [f"MPN {offer.mpn} is not {pairs[0][1].upper()}"]
        return []

    # -- helpers ----------------------------------------------------------------------------
    def differences_of(self, name: Name, item: int) -> list[Difference]:
        """How the named offer differs from the item (volume, shade, type...); none: it may be it."""
        s = attach_differences(name, score_item(name, item, self.index), self.index,
                               offer_brands=self.index.brands_in(name))
        return s.diffs

    def _scored(self, name: Name, items: list[int], *, by_identifier: bool = False) -> list[Scored]:
        scored = [score_item(name, i, self.index) for i in dict.fromkeys(items)]
        scored.sort(key=lambda s: (-s.score, self.index.skus[s.item]))
        top = scored[0].score if scored else 0
        brands = self.index.brands_in(name)
        # Differences decide the ranking and the sibling checks near the top only; further
        # down when the top ones differ (a rival then needs fewer points to overtake them).
        window = SIBLING_WINDOW
        for s in scored:
            if top - s.score > window:
                break
            attach_differences(name, s, self.index, by_identifier=by_identifier, offer_brands=brands)
            if s.diffs and s.score == top:
                window = SIBLING_WINDOW + DIFFERENCE_PENALTY * len(s.diffs)
        scored.sort(key=lambda s: (-_rank(s), -s.score, self.index.skus[s.item]))
        return scored

    def _verdict(self, best: Scored, scored: list[Scored], method: str, status: str, reason: str, *,
                 score: int | None = None, sku: str | None = None) -> Verdict:
        others = [s for s in scored if s.item != best.item][:SHOW_CANDIDATES]
        shown = others if sku is None else [best, *others][:SHOW_CANDIDATES]
        candidates = ", ".join(f"{self.index.skus[s.item]} ({s.score})" for s in shown) if status != "auto" else ""
        return Verdict(self.index.skus[best.item] if sku is None else sku, best.score if score is None else score,
                       method, status, reason, candidates)
