"""One offer through the cascade to a verdict: SKU, score, method, status and the reason
in words ("name 93; differs in memory 128gb vs 256gb").

Here are the steps in order - a remembered decision, the EAN, the offer's codes, the name -
and what each needs to say ``auto``. The checks that send a name match to review however
well the names agree (siblings, rival and own words, colours, identifiers) are ``vetoes``;
the name step asks each of them and keeps its reasons."""
from __future__ import annotations

import math
import time
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from pricesync.match.reading.attributes import stated
from pricesync.match.features.differences import Difference
from pricesync.match.candidates.catalog_index import CatalogIndex, brand_tokens, same_maker
from pricesync.match.remembered import offer_key
from pricesync.match.features.pair import pair_features
from pricesync.match.reading.model_codes import base_code, colourless_code, said_suffixes, spells_colour
from pricesync.match.reading.names import Name
from pricesync.match.reading.spellings import code_key, code_keys
from pricesync.match.features.score import Scored, attach_differences, score_item, shares, soft_member
from pricesync.match.decision.tyre_vetoes import TyreVetoes
from pricesync.match.decision.vetoes import MODEL_WORD_MIN_WEIGHT, SIBLING_WINDOW, Vetoes, shaped_alike
from pricesync.match.reading.words import COLOURS, active as active_words, script_of
from pricesync.parse.codes import normalize_ean

if TYPE_CHECKING:
    from pricesync.match.config import MatchingConfig
    from pricesync.match.engine import Offer

# A candidate that differs in a variant attribute ranks this many points lower, so the
# offer's own 5 l bottle beats the slightly more similar 1 l one.
DIFFERENCE_PENALTY = 15
SHOW_CANDIDATES = 3
ALWAYS_SCORED = 8
# An offer that says every word of the item's name (by weight) and more — a supplier adding
# the category, the publisher, "complete package" — is as sure as a name scoring auto.
CONTAINED = 0.97
CONTAINED_OFFER_SHARE = 0.45
# Free labels: this many of an identified offer's name candidates become labelled pairs.
LABELLED_CANDIDATES = 4
# The name's candidates whose codes a part number written otherwise is compared with.
SPELLED_CANDIDATES = ALWAYS_SCORED


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
    # Found by a line's word and number read as one code ("Redmi Note 13 Pro" -> note13), not a
    # code the name writes as one or its own column's: as open to the supplier's sibling
    # offers as a name match.
    name_code: bool = False
    # Found by the offer's own SKU/MPN column: "written" as the item's code, or "spelled"
    # otherwise ("GDB1550DTE" for GDB1550), which its supplier's listing of the number as written
    # overrules (supplier_lines).
    column: str = ""
    # Of a labelled offer: in the half that measures the run's decision, not the one it is fitted on.
    held_out: bool = False

    def __iter__(self):
        return iter((self.sku, self.score, self.method, self.status, self.reason, self.candidates))

    @property
    def by_name(self) -> bool:
        """An auto the offer's name made: by names, or by a model code read from the name - the
        matches a supplier's own list or prices may overrule."""
        return self.status == "auto" and (self.method == "name" or self.name_code)

    def hold(self, why: str) -> None:
        """Send the match to review, ``why`` added to its reason: the run's evidence against it
        (a supplier's sibling offer, its prices) overrules the scorer, which no longer sees it."""
        self.status = "review"
        self.reason += f"; {why}"
        self.features = None


def _unread_script(token: str, scripts: frozenset[str]) -> bool:
    """Two letters at least of a script not in ``scripts`` (not a modifier letter, the apostrophe of
    "мʼякий", nor a stray sign of one letter)."""
    return sum(unicodedata.category(ch) in _WRITTEN_LETTERS and script_of(ch) not in scripts for ch in token) >= 2


_WRITTEN_LETTERS = frozenset({"Lu", "Ll", "Lt", "Lo"})


def _listed(diffs) -> str:
    return "; ".join(map(str, diffs))


def _rank(s: Scored) -> int:
    return s.score - DIFFERENCE_PENALTY * len(s.diffs)


# A distributor writes a maker's number behind the first letters of the maker's name
# (VER97255 for Verbatim's 97255, LAC130992 for LaCie's 130992): this many letters at most.
MAKER_PREFIX = (2, 4)
MIN_MAKER_NUMBER = 5


def _car_makers() -> frozenset[str]:
    """The car makers' names as a brand column's words are compared (``brand_tokens``)."""
    return _car_maker_tokens(tuple(active_words().lists["tyres"]["car_makers"]))


@lru_cache(maxsize=4)
def _car_maker_tokens(makers: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for maker in makers for w in brand_tokens(maker))


def _unprefixed(value: str, brand: str) -> tuple[str, ...]:
    """The maker's number in a part number that the first letters of the offer's brand open
    and a digit follows ("ver97255" from Verbatim: "97255"), when the catalog has no item
    with the whole number."""
    key, maker = code_key(value), code_key(brand)
    for n in range(MAKER_PREFIX[0], MAKER_PREFIX[1] + 1):
        if len(key) >= n + MIN_MAKER_NUMBER and key[:n].isalpha() and key[n].isdigit() and maker.startswith(key[:n]):
            return (key[n:],)
    return ()


def _sized(key: str, code: str) -> bool:
    """``key`` is ``code`` with a number written before it ("32lh50" of "lh50", "un75du8000fxza"
    of "du8000")."""
    at = key.find(code)
    return at > 0 and any(c.isdigit() for c in key[:at])


@lru_cache(maxsize=1)
def _colour_endings() -> tuple[str, ...]:
    """The colour words a part number may end with (Latin, three letters or more)."""
    return tuple(w for words in COLOURS.values() for w in words if len(w) >= 3 and w.isascii())


def _uncoloured(value: str) -> tuple[str, str] | None:
    """A part number with a colour word written at its end ("lapst110black", "DCB-309 Black"):
    the number without it, and the colour."""
    key = code_key(value)
    if not key.endswith(_colour_endings()):  # asked of most offers' codes: one C call
        return None
    for colour, words in COLOURS.items():
        for w in words:
            rest = key[:-len(w)]
            if len(w) >= 3 and w.isascii() and key.endswith(w) and len(rest) >= 4 and any(c.isdigit() for c in rest):
                return rest, colour
    return None


class _Hit(NamedTuple):
    """How an offer's code found a catalog item."""
    method: str                 # "sku" or "mpn"
    what: str                   # "MPN DMC-ZS3K", "model code KDL46V5100" — for the reason
    key: str                    # the code as compared
    from_column: bool = False   # the offer's own SKU/MPN column, not a code read from its name
    colourless: bool = False    # the item's code without its colour letters (P163 for P163BK)
    colour: str = ""            # the colour the part number ends with ("black" of "lapst110black")
    spelled: bool = False       # the column's number spelled otherwise than the item's code


class Decider:
    def __init__(self, index: CatalogIndex, config: "MatchingConfig",
                 remembered: dict[tuple[str, str], tuple[str | None, float]], *,
                 prices: list[float] | None = None, label_share: float = 1.0) -> None:
        self.index = index
        self.vetoes = Vetoes(index)
        self.tyres = TyreVetoes(self.vetoes)
        self.config = config
        self.remembered = remembered
        self.position = {sku: i for i, sku in enumerate(index.skus)}
        self.prices = prices
        self.label_share = label_share  # of identified offers, the share sampled as free labels

    def decide(self, offer: "Offer", name: Name, cands: list[tuple[int, float]],
               truth: set[str] | None = None) -> Verdict:
        """``truth`` (training only): the offer's true SKUs, labelling its candidates."""
        verdict = self._decide(offer, name, cands)
        if verdict.status == "auto" and verdict.method not in ("ean", "alias") and truth is None:
            unread = self._unread_words(name)
            if unread:
                # A language no word file reads may say "used", "a set of four", "on rims" in any word.
                verdict.hold(f"offer writes {', '.join(unread[:3])} in a script no word file reads")
        key = f"{offer.supplier}\x1f{offer.supplier_sku}\x1f{offer.name}".encode()
        if truth is not None:
            verdict.labels = self.free_labels(offer, name, cands, {self.position[t] for t in truth
                                                                   if t in self.position})
        elif verdict.status == "auto" and verdict.method in ("alias", "ean") or verdict.status == "auto" \
                and verdict.method in ("sku", "mpn") and not verdict.reason.startswith("model code"):
            if verdict.sku in self.position and zlib.crc32(key) % 10_000 < 10_000 * self.label_share:
                verdict.labels = self.free_labels(offer, name, cands, {self.position[verdict.sku]})
        # The half a labelled offer falls in (fit or held out) follows the offer itself, so
        # one more identified offer in a run does not reshuffle the others.
        verdict.held_out = zlib.crc32(b"held out\x1f" + key) % 2 == 1
        return verdict

    def _unread_words(self, name: Name) -> list[str]:
        """The offer's words of letters in a script none of the word files writes (``Words.scripts``) and
        the catalog never writes: what they say of the product (used, a set, a kit) cannot be read."""
        vocab, scripts = self.index.index.vocab, active_words().scripts
        return [t for t in name.tokens if not t.isascii() and t not in vocab and _unread_script(t, scripts)]

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
        verdict = self._by_ean(offer, name) or self._by_code(offer, name, cands)
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
    def _code_hits(self, offer: "Offer", name: Name, cands: list[tuple[int, float]]) -> dict[int, "_Hit"]:
        hits: dict[int, _Hit] = {}
        for value, method, label in ((offer.supplier_sku, "sku", "supplier SKU"), (offer.mpn, "mpn", "MPN")):
            found = [(k, "") for k in code_keys(value)]
            if not any(self._catalog_code(k) for k, _ in found):
                found += [(k, "") for k in _unprefixed(value, offer.brand)]
                uncoloured = _uncoloured(value)
                if uncoloured:
                    found.append(uncoloured)
            for key, colour in found:
                if len(key) >= 3:
                    for item in self.index.code_items.get(key, self.index.part_items.get(key, ())):
                        hits.setdefault(item, _Hit(method, f"{label} {value}", key, from_column=True, colour=colour))
        if not hits and offer.mpn:
            hits.update(self._spelled_hits(offer, cands))
        # A number in the offer's own column that a catalog item carries names that item over codes
        # read from the name: the car's years of a windscreen's name ("2013-2020") are every
        # windscreen's of the car, the column's Eurocode one windscreen's.
        if any(h.from_column for h in hits.values()):
            return hits
        # "DVP-SR200P/B ... Black" is the DVPSR200P: the code without the colour the name says.
        said = said_suffixes(name.attrs)
        bases = {b for c in name.codes if (b := base_code(c, said, min_length=4)) != c} if said else set()
        for item, (code, colourless) in self.index.by_codes(name.lookup_codes | bases).items():
            hits.setdefault(item, _Hit("mpn", f"model code {code.upper()}", code, colourless=colourless))
        return hits

    def _spelled_hits(self, offer: "Offer", cands: list[tuple[int, float]]) -> dict[int, "_Hit"]:
        """The name's first candidates whose code the offer's part number spells otherwise - a
        market or retailer ending more or less ("f8z414" for F8Z414TTP, "f2e9142-wht-apl" for
        F2E9142-WHT), the maker's letters before it ("hd527b3" for 527B3) - when no catalog item
        carries the number as written: the column names the item as a code found would. One
        spelled without the colour letters ending the item's code (P163 for P163BK) is found
        as the name's codes are, without them."""
        hits: dict[int, _Hit] = {}
        keys = set(code_keys(offer.mpn))
        for item, _ in cands[:SPELLED_CANDIDATES]:
            agrees, code = self.vetoes.part_number_of(offer.mpn, item)
            # One character more or less is a sibling's number (P85020X beside P85020); a number
            # before a series code is one model of the series (32LH50 of the LH50 series).
            if agrees and not any(abs(len(k) - len(code)) == 1 or _sized(k, code) for k in keys):
                colourless = colourless_code(code) in keys
                key = colourless_code(code) if colourless else code
                hits[item] = _Hit("mpn", f"MPN {offer.mpn} as {code.upper()}", key, from_column=True,
                                  colourless=colourless, spelled=True)
        return hits

    def _letter_left_out(self, offer: "Offer", name: Name, item: int, key: str) -> str | None:
        """The item's number written in three groups, the maker's letters, the number and a letter after
        it ("WK 853/3 x", "HU 719/7 x"), found through the first two alone ("WK853/3"): a number that
        leaves out the maker's letter is another part of its numbering, unless the offer writes the
        letter too."""
        names = self.index.item_names[item]
        if not key[-1:].isdigit() or any(key in n.codes for n in names):
            return None  # the item writes the number alone too ("DSC-T77 P", "753121 Z")
        said = name.lookup_codes | name.codes | (set(code_keys(offer.mpn)) if offer.mpn else set())
        written = frozenset().union(*(n.lookup_codes for n in names))
        return next((c for c in sorted(written)
                     if len(c) == len(key) + 1 and c.startswith(key) and c[-1].isalpha() and c not in said), None)

    def _colour_spelled(self, name: Name, item: int, hit: "_Hit") -> bool:
        """The item's code is the hit's code plus letters of the colour the offer says."""
        colours = stated(name.attrs, "colour")
        return any(colourless_code(c) == hit.key and spells_colour(c, colours) for c in self.index.item_codes[item])

    def _by_code(self, offer: "Offer", name: Name, cands: list[tuple[int, float]]) -> Verdict | None:
        hits = self._code_hits(offer, name, cands)
        if not hits:
            return None
        written = frozenset(i for i, h in hits.items() if h.from_column or any(c in h.key for c in name.codes))
        scored = self._scored(name, list(hits), by_identifier=True, identified=written)
        best = scored[0]
        carriers = self.index.code_items.get(hits[best.item].key) or self.index.part_items.get(hits[best.item].key) or ()
        if best.diffs and len(carriers) == 2:
            # One code, two items: the one the offer differs from in nothing is the one it names over
            # a closer name that says what the offer does not (the maker's number of a new alternator
            # for the catalog's new one, not its "восстановленный" beside it, however much shorter
            # that name).
            plain = next((s for s in scored[1:] if not s.diffs and hits[s.item].key == hits[best.item].key), None)
            if plain is not None:
                best = plain
                scored = [plain, *(s for s in scored if s is not plain)]
        hit = hits[best.item]
        method, what = hit.method, hit.what
        lettered = self._letter_left_out(offer, name, best.item, hit.key)
        if lettered:
            return self._verdict(best, scored, method, "review", f"{what} equal, but the item's number is {lettered.upper()}")
        if hit.colourless and (best.diffs or not self._colour_spelled(name, best.item, hit)):
            # "MDR-V55" found the MDRV55BLK through its code without "BLK": only a name saying
            # black makes it that one; else (or red) let the names weigh every candidate.
            return None
        # A part number in its own column is as sure as an EAN; one read from a name less so; the
        # column's spelled otherwise than the item's code no surer than the names: an ending more
        # or less is a market's in one trade and another part in the next (GDB1550DTE, GDB1550).
        if hit.spelled:
            floor = self.config.auto_threshold
        else:
            floor = self.config.ean_name_floor if hit.from_column else self.config.code_name_floor
        if best.score < floor and not best.diffs and not (hit.from_column and not hit.spelled and self._within(name, best)):
            return None  # a code alone, names unlike: let the name step weigh all candidates
        diffs = self._unsettled(name, best, hit)
        if diffs:
            return self._verdict(best, scored, method, "review", f"{what} equal, but differs in {_listed(diffs)}")
        colours = stated(self.index.attrs(best.item), "colour")
        if hit.colour and colours and hit.colour not in colours:
            return self._verdict(best, scored, method, "review",
                                 f"{what} ends with the colour {hit.colour}, the item is {'/'.join(sorted(colours))}")
        maker = self._other_maker(offer, name, best.item)
        if maker:
            return self._verdict(best, scored, method, "review", f"{what} equal, but {maker}")
        # A code read from the name (a car's "BORA 1.4-1.6" read as one) says less than the
        # offer's own part number column: a number of the item's code's shape (beginning alike,
        # "509530" beside the item's 509529, "VKPC 81231" beside its VKPC 81230) that is not it,
        # where the name does not write that code, is another part of the maker's numbering (not
        # one that begins with the whole code: a market's or colour's ending, "WH1000XM5B.CE7").
        if not hit.from_column and offer.mpn and self.vetoes.part_number_of(offer.mpn, best.item)[0] is False:
            keys = [k for k in code_keys(offer.mpn) if len(k) >= 4 and not k.isalpha()]
            unsaid = next((c for c in sorted(self.index.item_codes[best.item] | self.index.item_lookup_codes[best.item])
                           if c not in name.lookup_codes and c not in name.codes
                           and any(shaped_alike(k, c) and not k.startswith(c) for k in keys)), None)
            if unsaid:
                return self._verdict(best, scored, method, "review", f"{what} equal, but MPN {offer.mpn} is not {unsaid.upper()}")
        margin = self.config.ambiguity_margin
        rival = next((s for s in scored[1:] if not s.diffs and best.score - s.score < margin), None)
        if rival is not None:
            return self._verdict(best, scored, method, "review",
                                 f"{what} equal; {self.index.skus[rival.item]} carries it too (name {rival.score})")
        # A line's word and number read as one code ("Note 13") name the line, not the standard
        # its item is sold in: one the offer leaves out ("Pro 8/256GB" for "Pro 5G 8/256GB") is not
        # said. (Every word left out, as a name match asks, cost "RAL 9010" offers leaving out the
        # catalog's "Buntlack".)
        unsure = self.vetoes.unstated_colour(name, best, scored) or \
            ("; ".join(self.tyres.number_unshared(name, best) + self.tyres.mark_after_size(name, best)
                       + self.tyres.studs_unsaid(name, best)) if not hit.from_column else "") or \
            ("; ".join(self.vetoes.line_word_left_out(name, best, standards_only=True)) if best.item not in written else "")
        if unsure:
            return self._verdict(best, scored, method, "review", f"{what} equal; {unsure}")
        verdict = self._verdict(best, scored, method, "auto", f"{what} equal; name {best.score}", score=100)
        verdict.name_code = best.item not in written
        if hit.from_column:
            verdict.column = "spelled" if hit.spelled else "written"
        return verdict

    def _other_maker(self, offer: "Offer", name: Name, item: int) -> str:
        """The offer's brand is another maker than the item's: a number many makers give one
        size (a belt's 6PK1070, a bulb's H7) is not this maker's part. Brands are one maker
        when they share a word or one spells the other ("MANN" / "MANN-FILTER" / "Mann+Hummel",
        "Hyundai-Kia" / "HYUNDAI/KIA"), when the offer's name says the item's brand, or the item's
        name the offer's ("Terk ... Sirius Antenna" under the brand Sirius) - but not in the name
        of an offer whose own part number column names no number of the item ("Фильтр масляный
        Chery" under BIG FILTER, GB-1094; "... для Toyota Camry (87139-50100)" under DENSO,
        DCC-1009: the car the part fits)."""
        theirs = self.index.item_brand[item]
        mine = brand_tokens(offer.brand)
        if not theirs or not mine or same_maker(mine, theirs) or set(mine) <= self.index.tokens(item) \
                or theirs in self.index.brands_in(name) \
                and not (offer.mpn and self.vetoes.part_number_of(offer.mpn, item)[0] is not True):
            return ""  # (a partner's brand the item's name says; the item's maker the offer's name says)
        return f"brand {offer.brand} vs {' '.join(theirs)}"

    def _car_makers_part(self, offer: "Offer", name: Name, best: Scored) -> list[str]:
        """The item is a car maker's own part (its brand a car maker, ``[tyres] car_makers``; its name a
        part number) and the offer's brand column names another maker, while neither its name nor its
        number column names a number of the item ("Полиуретановый сайлентблок переднего рычага Hyundai
        Solaris / Kia Rio" under Точка опоры, "Фильтр масляный" under SAT): the car maker the offer's
        name says is the car the part fits, the part another maker's."""
        if not offer.brand:
            return []
        theirs = self.index.item_brand[best.item]
        if not theirs or _car_makers().isdisjoint(theirs):
            return []
        mine = brand_tokens(offer.brand)
        codes = self.index.name_attrs(best.item).codes
        if not mine or not codes or same_maker(mine, theirs) or codes & (name.codes | name.lookup_codes):
            return []
        if offer.mpn and self.vetoes.part_number_of(offer.mpn, best.item)[0] is True:
            return []
        return [f"brand {offer.brand} vs {' '.join(theirs)}, the car maker's part, and no number of it"]

    def _unsettled(self, name: Name, best: Scored, hit: "_Hit") -> list[Difference]:
        """The best's differences that the code does not settle. A code that one catalog item
        alone carries names that item's generation and pack: an offer adding the generation
        ("5th Generation") or leaving out the count its code stands for ("CH183FN", the
        2-pack) is that item, and an offer spelling the code apart ("MA181LL A") says it.
        A part number in the offer's own column also names the edition its title adds and
        the catalog's name leaves out ("... Storage Server", 97159), and that the item is a
        part sold for another product (an "OPC drum for CLX-500 printers" the offer titles
        "OPC drum"), over a code its title writes that no catalog item carries (a spec written
        like one, "15-band", "DDR2-667"; a typo). A code one kit alone carries names the kit, whose name the
        offer need not write ("K015578XS", "DIRŽO KOMPLEKTAS GATES" for the "Комплект ГРМ Gates K015578XS"). What the offer adds that the code does not
        name (another colour or size, refurbished, a kit, an accessory for it, a model the
        catalog has) still tells another product. The code that found the item is no other model than a
        code of another kind its name writes beside it (the car of "Brembo P 85 112 VW Golf VII / Audi
        A3 8V" for the short line "BRE P85112") when the offer writes no other code."""
        carriers = self.index.code_items.get(hit.key) or self.index.part_items.get(hit.key) or ()
        if hit.colourless or len(carriers) != 1:
            return best.diffs
        return [d for d in best.diffs if not (
            d.kind == "generation" and not d.theirs
            or d.kind == "pcs" and not stated(name.attrs, d.kind)
            or d.kind == "package" and not d.ours and d.theirs == {"kit"}
            or d.kind == "variant" and not d.theirs and hit.from_column
            or d.kind == "variant" and d.ours <= d.theirs and hit.from_column
            or d.kind == "role" and not d.ours and hit.from_column
            or d.kind == "model" and hit.from_column and not self._catalog_code(d.ours[0])
            or d.kind == "model" and d.ours[0] == hit.key and hit.key[:2] != d.theirs[0][:2]
            and not name.codes - {hit.key} - self.index.item_codes[best.item]
            or d.kind == "model" and d.theirs[0] == hit.key != d.ours[0] and hit.key.startswith(d.ours[0])
            and (hit.key in name.lookup_codes or hit.from_column))]

    def _catalog_code(self, code: str) -> bool:
        """Some catalog item carries ``code`` (in a code column or its name)."""
        return code in self.index.code_items or code in self.index.part_items

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
        if best.score < cfg.auto_threshold and not self._contained(name, best) and not self._leads(name, best, scored, offer):
            why.append(f"below auto {cfg.auto_threshold}")
            timid += 1
        if rival is not None and _rank(best) - _rank(rival) < cfg.ambiguity_margin:
            why.append(f"{self.index.skus[rival.item]} close ({rival.score})")
            timid += 1
        # Vetoes: each reason sends the match to review and keeps it from the learned scorer.
        why.extend(self.vetoes.siblings(name, best, scored))
        why.extend(self.vetoes.model_words(name, best))
        why.extend(self.vetoes.exchanged_words(name, best))
        why.extend(self.vetoes.kind_exchanged(name, best))
        why.extend(self.tyres.line_exchanged(name, best))
        why.extend(self.vetoes.colour_unnamed(name, best, scored))
        why.extend(self.vetoes.colour_unsaid(name, best))
        why.extend(self.vetoes.shade_requalified(name, best))
        why.extend(self.vetoes.identifiers_disagree(offer, best, name))
        why.extend(self.tyres.number_unshared(name, best))
        why.extend(self.tyres.size_unsaid(name, best))
        why.extend(self.vetoes.line_letter(offer.name, name, best))
        why.extend(self.vetoes.replaced_code(name, best))
        why.extend(self.vetoes.code_apart(name, best))
        why.extend(self.vetoes.inserted_words(name, best, scored, offer.name))
        why.extend(self.vetoes.said_before_kind(offer, name, best))
        why.extend(self.vetoes.added_to_line(name, best, scored))
        why.extend(self.vetoes.for_the_maker(name, best))
        why.extend(self.vetoes.exchanged_in_place(name, best))
        why.extend(self.vetoes.catalog_words_in_place(name, best))
        why.extend(self.vetoes.line_word_left_out(name, best))
        why.extend(self.tyres.mark_after_size(name, best))
        why.extend(self.tyres.studs_unsaid(name, best))
        why.extend(self.tyres.added_before_size(name, best))
        why.extend(self._car_makers_part(offer, name, best))
        status = "auto" if len(why) == 1 else "review"
        verdict = self._verdict(best, scored, "name", status, "; ".join(why))
        if len(why) == 1 + timid:
            verdict.features = self._features(offer, name, best, scored, self.index.brands_in(name))
        return verdict, scored

    def _leads(self, name: Name, best: Scored, scored: list[Scored], offer: "Offer") -> bool:
        """A Russian title that names the item's product line (a rare Latin word both say,
        not the maker's) and no other (every rare Latin word of the title is the item's), whose best leads
        every other candidate by the width of the review band (auto minus review threshold):
        a dealer's long title scores low against a short catalog name, but no other item is
        a contender - an item of another line (without a line word the title and the best
        say: ``Vetoes.contenders``) is none, whatever description words it shares with the
        title. Not when the offer names a code the item lacks (a model the catalog may not
        have). The title's own words: a brand column's words written before it (``with_brand``) name a
        maker, not a line ("Масло ши ... для тіла" under the brand Shea Butter says no line "Shea")."""
        index = self.index
        theirs = index.tokens(best.item)
        if not name.mixed_script or name.codes - theirs:
            return False
        lent = frozenset(brand_tokens(offer.brand)) if offer.brand \
            and offer.brand.strip().lower() not in offer.name.lower() else frozenset()
        lines = {t for t in name.tokens if t.isascii() and t.isalpha() and len(t) >= 2
                 and index.telling_weight(t) >= MODEL_WORD_MIN_WEIGHT}
        # The maker's name is no line: "Natura Siberica" with another Russian line name is not the item.
        if not (lines - lent) & theirs - set(index.item_brand[best.item]) \
                or any(t not in theirs and not soft_member(t, theirs) for t in lines):
            return False
        band = self.config.auto_threshold - self.config.review_threshold
        rival = next(iter(self.vetoes.contenders(name, best, [s for s in scored if s.item != best.item])), None)
        return _rank(best) - (_rank(rival) if rival is not None else 0) >= band

    def _contained(self, name: Name, best: Scored) -> bool:
        """The offer says all of the item's name, and what it adds is mostly words the
        catalog does not use to tell products apart (a category, "complete package")."""
        said_of_offer, said_of_item = shares(name, best.name, self.index)
        return said_of_item >= CONTAINED and said_of_offer >= CONTAINED_OFFER_SHARE

    def _within(self, name: Name, best: Scored) -> bool:
        """Every word of the offer is the item's and says more than the maker: a wholesaler's
        name that says only the kind and the maker ("ФІЛЬТР МАСЛЯНИЙ MANN") beside the part number
        in its column - the column names the item, the name contradicts nothing."""
        said_of_offer, _ = shares(name, best.name, self.index)
        return said_of_offer >= CONTAINED and bool(set(name.tokens) - set(self.index.item_brand[best.item]))

    # -- helpers ----------------------------------------------------------------------------
    def differences_of(self, name: Name, item: int) -> list[Difference]:
        """How the named offer differs from the item (volume, shade, type...); none: it may be it."""
        s = attach_differences(name, score_item(name, item, self.index), self.index,
                               offer_brands=self.index.brands_in(name))
        return s.diffs

    def _scored(self, name: Name, items: list[int], *, by_identifier: bool = False,
                identified: frozenset[int] | None = None) -> list[Scored]:
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
            # A line's word and number read as one code ("Note 13" -> note13) do not say the variant
            # the offer leaves out ("Pro"); a code it writes as one ("294-075", the I15 of "Ice I15") or a
            # column's part number does.
            attach_differences(name, s, self.index, offer_brands=brands,
                               by_identifier=by_identifier and (identified is None or s.item in identified))
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
