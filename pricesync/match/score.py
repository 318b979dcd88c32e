"""How alike an offer's name is to a catalog item's, and which variant attributes differ.

The similarity is an F-measure of shared tokens weighted by rarity in the catalog (IDF):
sharing ``multipower`` or ``kdl46v5100`` counts, sharing ``средство`` or ``prosept`` in a
catalog where every item says it hardly does. Tokens left over on both sides are paired by
rapidfuzz when they are spellings of one word (``просепт``/``prosept``, ``citrus``/``цитрус``,
``multipowe``/``multipower``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from pricesync.match.attributes import differences
from pricesync.match.catalog_index import CatalogIndex
from pricesync.match.names import Name
from pricesync.match.normalize import translit

SOFT_MATCH = 0.8      # normalised Levenshtein similarity for two spellings of one word
SOFT_MIN_LENGTH = 4


@dataclass(slots=True)
class Scored:
    item: int
    score: int                       # 0-100
    name: Name                       # the item's name (of its alternatives) that scored best
    diffs: list[str] = field(default_factory=list)
    code: str = ""                   # a distinctive code both carry


def similarity(offer: Name, cand: Name, index: CatalogIndex) -> float:
    o, c = set(offer.tokens), set(cand.tokens)
    if not o or not c:
        return 0.0
    w = index.weight
    common = o & c
    shared = sum(w(t) for t in common)
    shared_o = shared_c = shared
    left_o = [t for t in o - common if len(t) >= SOFT_MIN_LENGTH and not t[0].isdigit()]
    left_c = [t for t in c - common if len(t) >= SOFT_MIN_LENGTH and not t[0].isdigit()]
    if left_o and left_c:
        used: set[str] = set()
        for t in sorted(left_o, key=w, reverse=True):
            tt = translit(t)
            best, best_u = 0.0, ""
            for u in left_c:
                if u in used:
                    continue
                s = Levenshtein.normalized_similarity(tt, translit(u), score_cutoff=SOFT_MATCH)
                if s > best:
                    best, best_u = s, u
            if best_u:
                used.add(best_u)
                shared_o += w(t) * best
                shared_c += w(best_u) * best
    total_o = sum(w(t) for t in o)
    total_c = sum(w(t) for t in c)
    p, r = shared_o / total_o, shared_c / total_c
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def score_item(offer: Name, item: int, index: CatalogIndex) -> Scored:
    """The item scored by its best-matching name; differences against that name and the
    item's code columns."""
    best_name, best = index.item_names[item][0], -1.0
    for cand in index.item_names[item]:
        s = similarity(offer, cand, index)
        if s > best:
            best, best_name = s, cand
    return Scored(item, round(100 * best), best_name)


def attach_differences(offer: Name, scored: Scored, index: CatalogIndex) -> Scored:
    scored.diffs = differences(offer.attrs, index.attrs(scored.item), catalog_variants=index.variant_words)
    return scored
