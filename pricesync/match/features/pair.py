"""Generic features of an (offer, catalog item) pair for the learned scorer (``learned``).

Every feature is read from what the catalog itself says, not from word lists: token overlap
weighted by the catalog's IDF, model codes agreeing or clashing, units agreeing or clashing
per kind (``gb``, ``ml``...), the words that tell siblings apart in the catalog (``slot
words``: "лимон" of "X лимон 1 л" / "X лаванда 5 л"), the brand, prices, lengths, character
similarity and how close the other candidates score. The vector is a plain tuple of floats
in the order of ``FEATURES`` so it travels cheaply between worker processes.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from pricesync.match.reading.attributes import own_codes
from pricesync.match.candidates.catalog_index import is_measure
from pricesync.match.reading.model_codes import same_model
from pricesync.match.features.score import shares

if TYPE_CHECKING:
    from pricesync.match.candidates.catalog_index import CatalogIndex
    from pricesync.match.reading.names import Name
    from pricesync.match.features.score import Scored

FEATURES = (
    "score",          # IDF-weighted F-measure of shared tokens (score.similarity), 0-1
    "offer_share",    # share of the offer's token weight the item's name says
    "item_share",     # share of the item's token weight the offer says
    "margin",         # this score minus the best other candidate's, 0-1 scale
    "close_rivals",   # other candidates within 5 points (0-1: /3, capped)
    "code_same",      # the offer's own model code is the item's (or one model: RXV663 / RXV663BL)
    "code_clash",     # both name model codes, none is the other's
    "code_unmet",     # the offer names a code, the item's names none
    "units_same",     # unit kinds (gb, ml, in...) both state with a value in common (count, /3)
    "units_clash",    # unit kinds both state with no value in common (count)
    "numbers_clash",  # bare numbers both state, none in common
    "slot_missing",   # weight share of the offer's sibling-telling words the item lacks
    "slot_unsaid",    # weight share of the item's sibling-telling words the offer lacks
    "brand",          # +1 the offer names the item's brand, -1 another catalog brand, 0 unknown
    "price_gap",      # |log(offer cost / item price)| (capped at 3), 0 when either is unknown
    "has_price",      # both prices known
    "length_ratio",   # shorter / longer name in tokens
    "chars",          # character similarity of the names (rapidfuzz token_sort_ratio), 0-1
    "unknown_share",  # share of the offer's weight in words the catalog never uses
    "diffs",          # variant differences found (those pairs are never auto; hard negatives)
)
CLOSE_POINTS = 5


def pair_features(index: "CatalogIndex", name: "Name", s: "Scored", scored: "list[Scored]", *,
                  cost: float = math.nan, price: float = math.nan,
                  offer_brands: frozenset | None = None) -> tuple[float, ...]:
    """The feature vector of ``s`` (one of ``scored``, the offer's scored candidates)."""
    item = s.item
    offer_share, item_share = shares(name, s.name, index)
    others = [o.score for o in scored if o.item != item]
    margin = (s.score - max(others)) / 100 if others else s.score / 100
    close = sum(1 for o in others if abs(o - s.score) <= CLOSE_POINTS)

    o_attrs, i_attrs = name.attrs, index.name_attrs(item)
    mine, theirs = own_codes(o_attrs), index.item_codes[item] | own_codes(i_attrs)
    same = any(a in theirs or any(same_model(a, b) for b in theirs) for a in mine)
    clash = bool(mine and own_codes(i_attrs)) and not same
    unmet = bool(mine) and not own_codes(i_attrs) and not same

    units_same = units_clash = 0
    for kind, values in o_attrs.units.items():
        other = i_attrs.units.get(kind)
        if other:
            if values & other:
                units_same += 1
            else:
                units_clash += 1
    numbers_clash = float(bool(o_attrs.numbers and i_attrs.numbers and not o_attrs.numbers & i_attrs.numbers))

    slots = index.slot_words
    o_tokens, i_tokens = set(name.tokens), index.tokens(item)
    weight = index.weight
    o_total = sum(weight(t) for t in o_tokens) or 1.0
    i_total = sum(weight(t) for t in i_tokens) or 1.0
    slot_missing = sum(weight(t) for t in o_tokens - i_tokens if t in slots and not is_measure(t)) / o_total
    slot_unsaid = sum(weight(t) for t in i_tokens - o_tokens if t in slots and not is_measure(t)) / i_total

    brands = index.brands_in(name) if offer_brands is None else offer_brands
    item_brand = index.item_brand[item]
    brand = 0.0
    if brands and item_brand:
        brand = 1.0 if item_brand in brands else -1.0

    has_price = cost > 0 and price > 0
    price_gap = min(3.0, abs(math.log(cost / price))) if has_price else 0.0

    n_o, n_i = len(name.tokens), len(s.name.tokens)
    length_ratio = min(n_o, n_i) / max(n_o, n_i) if n_o and n_i else 0.0
    chars = fuzz.token_sort_ratio(name.text, s.name.text) / 100
    vocab = index.index.vocab
    unknown = sum(weight(t) for t in o_tokens if t not in vocab) / o_total

    return (s.score / 100, offer_share, item_share, margin, min(close, 3) / 3, float(same), float(clash),
            float(unmet), min(units_same, 3) / 3, float(units_clash), numbers_clash, slot_missing, slot_unsaid,
            brand, price_gap, float(has_price), length_ratio, chars, unknown, float(len(s.diffs)))
