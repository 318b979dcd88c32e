"""How alike an offer's name is to a catalog item's, and in which variant attributes,
model codes or brand they differ.

The similarity is an F-measure of shared tokens weighted by rarity in the catalog (IDF):
sharing ``multipower`` or ``kdl46v5100`` counts, sharing ``средство`` or ``prosept`` in a
catalog where every item says it hardly does. Tokens left over on both sides are paired by
rapidfuzz when they are spellings of one word (``просепт``/``prosept``, ``citrus``/``цитрус``,
``multipowe``/``multipower``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from pricesync.match.reading.attributes import SAID_BY, own_codes
from pricesync.match.features.differences import (Difference, accessory_difference, code_colour, differences,
                                                  shortened_for)
from pricesync.match.candidates.catalog_index import SOFT_MIN_LENGTH, CatalogIndex, same_maker
from pricesync.match.reading.model_codes import code_exchange, joined_number_exchange, number_exchange, number_extended, \
    said_suffixes
from pricesync.match.reading.names import Name
from pricesync.match.reading.normalize import stem
from pricesync.match.reading.spellings import abbreviates, heard_in, sounds_alike, translit
from pricesync.match.reading.words import ORIGINS

SOFT_MATCH = 0.8      # normalised Levenshtein similarity for two spellings of one word


@dataclass(slots=True)
class Scored:
    item: int
    score: int                       # 0-100
    name: Name                       # the item's name (of its alternatives) that scored best
    diffs: list[Difference] = field(default_factory=list)


@lru_cache(maxsize=500_000)
def _latin(word: str) -> str:
    return translit(word)


# Offers compare the same few thousand words with the catalog's again and again.
@lru_cache(maxsize=262_144)
def spelling_similarity(a: str, b: str) -> float:
    """0 or 0.8-1: how surely ``a`` and ``b`` are one word (``просепт``/``prosept``,
    ``multipowe``/``multipower``, ``clean``/``cleaner``, ``стерилайзд``/``sterilised``)."""
    if sounds_alike(a, b):
        return 0.85  # a Latin word written in Cyrillic as it sounds
    a, b = _latin(a), _latin(b)
    if a[0] != b[0]:
        return 0.0  # dealers misspell the middle of a word, hardly ever its first letter
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if abbreviates(short, long_):
        return 0.85
    if len(short) >= SOFT_MIN_LENGTH and long_.startswith(short) and len(short) >= 0.6 * len(long_):
        return 0.85
    if len(short) < SOFT_MATCH * len(long_):
        return 0.0
    return Levenshtein.normalized_similarity(a, b, score_cutoff=SOFT_MATCH)


def similarity(offer: Name, cand: Name, index: CatalogIndex) -> float:
    """0-1: weighted F-measure of the tokens the two names share (or spell alike)."""
    p, r = shares(offer, cand, index)
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def shares(offer: Name, cand: Name, index: CatalogIndex) -> tuple[float, float]:
    """(share of the offer's weight the item's name says, share of the item's the offer says)."""
    o, c = index.bag(offer), index.bag(cand)
    if not o.total or not c.total:
        return 0.0, 0.0
    weights = o.weights
    common = o.tokens & c.tokens
    shared_o = shared_c = sum(map(weights.__getitem__, sorted(common)))  # one float sum in every process
    if o.soft and c.soft and len(common) < len(o.tokens):
        left_c = [u for u in c.soft if u not in common]
        if left_c:
            for t in o.soft:  # heaviest first
                if t in common:
                    continue
                best, best_u = 0.0, ""
                for u in left_c:
                    sim = spelling_similarity(t, u)
                    if sim > best:
                        best, best_u = sim, u
                if best_u:
                    left_c.remove(best_u)
                    shared_o += weights[t] * best
                    shared_c += c.weights[best_u] * best
                    if not left_c:
                        break
    # "W712/75" and "W 712/75": a code one name writes whole, the other in two words.
    for code, split, whole, split_w, whole_w in ((offer.codes & cand.lookup_codes, cand, o, c.weights, o.weights),
                                                 (cand.codes & offer.lookup_codes, offer, c, o.weights, c.weights)):
        for t in code - common:
            pair = _split_code(split.tokens, t)
            if pair and t in whole.tokens and not common & set(pair):
                got_whole, got_split = whole_w[t], sum(split_w.get(x, 0.0) for x in pair)
                if whole is o:
                    shared_o, shared_c = shared_o + got_whole, shared_c + got_split
                else:
                    shared_o, shared_c = shared_o + got_split, shared_c + got_whole
    c_total = c.total
    if not offer.codes and cand.codes:
        # An offer that names no model code at all is not less like the item for lacking
        # the part number the catalog writes after every name ("... - CC643WN").
        c_total -= sum(c.weights.get(t, 0.0) for t in cand.codes)
    return shared_o / o.total, (shared_c / c_total if c_total > 0 else 0.0)


def _split_code(tokens: tuple[str, ...], code: str) -> tuple[str, ...] | None:
    """The two or three neighbouring tokens that spell ``code`` together ("w", "71275" for
    "w71275"; a maker's number in three groups, "c", "35", "154" for "c35154", "a", "979", "s" for
    "a979s", as the name's own reading joined them: ``names._name``)."""
    for n in (2, 3):
        for i in range(len(tokens) - n + 1):
            if "".join(tokens[i:i + n]) == code:
                return tokens[i:i + n]
    return None


def soft_member(token: str, tokens: frozenset[str] | set[str]) -> bool:
    """``token`` or another spelling of it (``multipowe``, ``цитрус`` for ``citrus``) is in ``tokens``."""
    if len(token) < SOFT_MIN_LENGTH or token[0].isdigit():
        return False
    return any(len(u) >= SOFT_MIN_LENGTH and not u[0].isdigit() and spelling_similarity(token, u) for u in tokens)


def score_item(offer: Name, item: int, index: CatalogIndex) -> Scored:
    """The item scored by its best-matching name (its own, or a marketplace one)."""
    best_name, best = index.item_names[item][0], -1.0
    for cand in index.item_names[item]:
        s = similarity(offer, cand, index)
        if s > best:
            best, best_name = s, cand
    return Scored(item, round(100 * best), best_name)


def _without_brand_words(diffs: list[Difference], variants: frozenset[str], written: frozenset[str]) -> list[Difference]:
    """The differences without the words of the item's brand (``CatalogIndex.brand_words``): the
    maker's name, which an offer need not write ("ЭСТЕЛЬ DE LUXE КР-КРАСКА 7/1" for the brand
    "Estel Professional", written before the item's name by ``with_brand``; "NYX Soft Matte" for
    "NYX Professional Makeup Soft Matte ..."). A variant difference of brand words only goes; the
    brand's own variant words leave the others."""
    if not (variants or written):
        return diffs
    out = []
    for d in diffs:
        if d.kind == "variant":
            if set(d.ours) ^ set(d.theirs) <= variants | written:
                continue
            if variants:
                d = Difference("variant", frozenset(d.ours) - variants, frozenset(d.theirs) - variants)
        out.append(d)
    return out


def _heard_variants(diffs: list[Difference], offer: Name) -> list[Difference]:
    """The item's variant words the offer writes in Cyrillic as they sound ("Кордиант Бизнес" is
    Cordiant's Business line, "Спорт 3" its Sport 3): said, not left out."""
    out = []
    for d in diffs:
        if d.kind == "variant" and d.theirs:
            heard = heard_in(offer.tokens, set(d.theirs) - set(d.ours))
            if heard:
                d = Difference("variant", d.ours, frozenset(d.theirs) - heard)
                if d.ours == d.theirs:
                    continue
        out.append(d)
    return out


def _glued_variants(diffs: list[Difference], offer: Name, item_tokens) -> list[Difference]:
    """A variant word the offer writes apart before its next word where the item writes the two as
    one word ("ultra popielaty" for "Ultrapopielaty", "super fresh" for "Superfresh"): said, not added."""
    out = []
    for d in diffs:
        if d.kind == "variant" and d.ours:
            toks = offer.tokens
            glued = {w for w in d.ours for i, t in enumerate(toks[:-1])
                     if t == w and w + toks[i + 1] in item_tokens}
            if glued:
                d = Difference("variant", frozenset(d.ours) - glued, d.theirs)
                if not d.ours and not d.theirs:
                    continue
        out.append(d)
    return out


def attach_differences(offer: Name, scored: Scored, index: CatalogIndex, *, by_identifier: bool = False,
                       offer_brands: frozenset[tuple[str, ...]] = frozenset()) -> Scored:
    """What tells the offer from the item: variant attributes of all the item's names and
    code columns, a model code exchanged for another, another brand."""
    scored.diffs = differences(offer.attrs, index.attrs(scored.item), catalog_variants=index.variant_words,
                               offer_silence_ok=by_identifier)
    if any(d.kind == "variant" for d in scored.diffs):  # (the brand's words, read only where they may matter)
        scored.diffs = _without_brand_words(scored.diffs, *index.brand_words(scored.item))
        scored.diffs = _heard_variants(scored.diffs, offer)
        scored.diffs = _glued_variants(scored.diffs, offer, index.tokens(scored.item))
    if SAID_BY in offer.attrs.words:
        shortened = shortened_for(offer.attrs, index.tokens(scored.item))
        if shortened:
            scored.diffs = [d for d in scored.diffs if not (d.kind in shortened and not d.theirs)]
    if not any(d.kind == "model" for d in scored.diffs):
        item_attrs = index.name_attrs(scored.item)
        mine, theirs = own_codes(offer.attrs), own_codes(item_attrs)
        said = said_suffixes(offer.attrs, item_attrs) if mine and theirs else frozenset()
        exchanged = code_exchange(mine, theirs, index.item_codes[scored.item], said) \
            or number_exchange(offer.attrs, item_attrs) or number_extended(offer.attrs, item_attrs) \
            or joined_number_exchange(mine, theirs, index.item_codes[scored.item])
        if exchanged:
            scored.diffs.append(Difference("model", (exchanged[0],), (exchanged[1],)))
    colour = code_colour(offer.attrs, index.name_attrs(scored.item))
    if colour and not any(d.kind == "colour" for d in scored.diffs):
        scored.diffs.append(colour)
    accessory = accessory_difference(offer.attrs, offer.tokens, index.attrs(scored.item),
                                     index.tokens(scored.item))
    if accessory:
        scored.diffs.append(accessory)
    brand = index.item_brand[scored.item]
    # The offer names a catalog brand and not this item's: another maker's product.
    if offer_brands and brand and brand not in offer_brands and not index.title_maker(scored.item, offer, offer_brands) \
            and not any(same_maker(b, brand) for b in offer_brands) and not index.names_as_line(scored.item, offer_brands):
        scored.diffs.append(Difference("brand", frozenset(" ".join(b) for b in offer_brands),
                                       frozenset({" ".join(brand)})))
    elif brand and brand not in offer_brands:
        # It names where it was made in place of the item's maker ("Катушка зажигания
        # 27301-2B010 (Китай)" for the Hyundai/Kia coil): a copy made to the maker's number.
        origins = _origins_by_stem()
        origin = {origins[t] for t in offer.tokens if t in origins}
        if origin:
            scored.diffs.append(Difference("brand", frozenset(origin), frozenset({" ".join(brand)})))
    return scored


@lru_cache(maxsize=1)
def _origins_by_stem() -> dict[str, str]:
    """``[origins]`` by the token a name spells them with (stemmed: "Китая" as "Китай")."""
    out: dict[str, str] = {}
    for word in sorted(ORIGINS, key=lambda w: (len(w), w)):  # shown by its shortest spelling
        out.setdefault(stem(word), word)
    return out
