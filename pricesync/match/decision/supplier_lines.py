"""A supplier's own price list tells its products apart.

Two offers of one supplier whose names differ in a word or two (``... Volume on Demand black``
and ``... Volume on Demand waterproof black``, ``Lasting Finish 25H`` and ``35H``, ``Clean
Comfort`` and ``Extra Fresh``) are two products: the supplier wrote both, in one style, so the
words that differ are what tells them apart, not how it writes. When both find one catalog
item and the item says none of one offer's own words, that offer is at most a product the
catalog may lack: it goes to review, however well the rest of its name agrees. The words
need no table and no script: whatever the language, the run's own list shows them.

Nor need the two differ in few words when one writes another word in the place of the item's
line word, right after a word both write (``Extrem Schnell 370g`` beside ``Extrem Power,
Montagekleber, 370g Kartusche`` for the ``Extrem Power`` item): asked of every matched offer
of the development rounds and public sets, that place read 105 of 106 right, the other an
aggregated shopping feed's two sellers.
That sibling tells it apart even where it scores lower against the item (its title adds the
supplier's description: ``Dry Shampoo Original 200ml, Clean & Classic`` beside ``Dry Shampoo
Tropical 200ml`` for the ``Dry Shampoo Original 200ml`` item); other siblings do so only scoring
at least as high.

Nor when one writes words between two of the item's that the other writes side by side, as the
item does (``CK One Gold woda toaletowa`` beside ``CK One woda toaletowa ... unisex``): a flanker
of the line, if one of the words is rare on the list and one the catalog never writes. Asked of
every matched offer, that read 69 of 70 rows right in 19 sets of other writers (the other a
colour's shade name, ``Onyx Black`` beside ``чорний``).

Otherwise two offers differing in many words are two writers' names of one product (an aggregated
shopping feed lists a title from each seller), not a supplier telling its products apart;
a word the supplier writes on many of its offers (``TL``, ``BOX``) is its style, not about
one product - unless one offer is the other with that word added and nothing left out, and the
catalog writes the word in names of its own (``Redmi Note 13 Pro 5G`` beside ``Redmi Note 13
Pro``, where the catalog has a ``POCO X6 Pro 5G``). Matches by a line's word and number read as
one code (``Note 13``) are told apart as name matches are.

A list's part numbers tell products apart too: a number written as one word that spells the
item's code with an ending (``GDB1550DTE``) found the item as a market's ending would, but beside
the same supplier's offer whose column carries the item's number as written (``GDB1550``) the
ending names another product.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from pricesync.errors import single_line
from pricesync.match.reading import words
from pricesync.match.features.score import soft_member
from pricesync.match.reading.units import UNIT_TOKEN
from pricesync.match.decision.vetoes import glued_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pricesync.match.decision.decide import Decider, Verdict
    from pricesync.match.reading.names import Name

# Names that differ in more words than this (each way) are not one list's siblings.
MAX_DIFFERING_WORDS = 2
# A word the supplier says on at most this share of its offers (and on two at least) is
# about the product it names, not the supplier's style.
OWN_WORD_SHARE = 0.01


def tell_supplier_siblings(verdicts: "list[Verdict]", suppliers: list[str], titles: list[str],
                           names: "Sequence[Name]", decider: "Decider", numbers: list[str] | None = None,
                           tokens: "list[tuple[str, ...]] | None" = None) -> int:
    """Name matches sent to review because a sibling offer of the same supplier fits their
    item better (see the module docstring); returns how many. ``verdicts``, ``suppliers``,
    ``titles`` (the offers' names as written), ``names`` (analysed) and ``numbers`` (their part
    number columns) are one distinct offer each; ``tokens`` the names' tokens when ``names`` reads each
    name when asked for it."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, v in enumerate(verdicts):
        if v.sku and v.status != "unmatched":
            groups[(suppliers[i], v.sku)].append(i)
    demoted = _spelled_beside_written(verdicts, groups, numbers) if numbers else 0
    written = tokens if tokens is not None else [n.tokens for n in names]
    demoted += _dated_beside_undated(verdicts, groups, written)
    groups = {k: g for k, g in groups.items()
              if len(g) > 1 and any(verdicts[i].by_name for i in g)}
    if not groups:
        return demoted
    said = _said_per_supplier(written, suppliers)
    offers_of = Counter(suppliers)
    index = decider.index
    catalog_words = index.index.vocab
    for (supplier, sku), members in groups.items():
        item = decider.position.get(sku)
        if item is None:
            continue
        theirs = index.tokens(item)
        rare = max(2, OWN_WORD_SHARE * offers_of[supplier])

        def own_words(words: set[str], sibling: set[str], added_only: bool) -> list[str]:
            # A word the supplier writes on many offers is its style - but not where one offer
            # is its sibling with that one word added and nothing left out ("... Pro 8/256" and
            # "... Pro 5G 8/256") and the catalog writes the word in names of its own ("POCO X6
            # Pro 5G"): the catalog says it where it applies, so it names the other product.
            return sorted(w for w in words if _is_word(w) and w not in theirs and not soft_member(w, theirs)
                          and not glued_of(w, theirs | sibling)
                          and (said[supplier][w] <= rare or added_only and w in catalog_words))

        def own_and_unwritten(w: str) -> bool:
            # Rare on the supplier's list and never in the catalog's names (or an attribute).
            return said[supplier][w] <= rare and (":" in w or w not in catalog_words)

        fitting: dict[int, bool] = {}

        def fits(i: int) -> bool:
            # (asked only of a sibling that would tell the offer apart, each at most once: reading it may
            # build its name, which another process read)
            if i not in fitting:
                fitting[i] = not decider.differences_of(names[i], item)
            return fitting[i]

        item_pairs = {pair for n in index.item_names[item] for pair in zip(n.tokens, n.tokens[1:])}
        for b in members:
            vb = verdicts[b]
            if not vb.by_name:
                continue
            mine = set(written[b])
            for a in members:
                other = set(written[a])
                if a == b or other == mine:
                    continue
                told = ""
                exchanged = _exchanged_in_place(written[b], written[a], item_pairs, theirs)
                # A sibling scoring lower tells this offer apart only by the item's word in its place
                # ("Dry Shampoo Original 200ml, Clean & Classic" beside "Dry Shampoo Tropical 200ml").
                if verdicts[a].score < vb.score and not exchanged:
                    continue
                inserted = [] if exchanged else _inserted_in_place(
                    written[b], written[a], item_pairs, theirs, own_and_unwritten)
                added, lacking = mine - other, other - mine
                if exchanged:
                    told = f"which says {exchanged[1]} as the item does where this says {exchanged[0]}"
                elif inserted:
                    told = f"which writes the item's words side by side where this writes {' '.join(inserted)} between them"
                elif added and len(added) <= MAX_DIFFERING_WORDS and len(lacking) <= MAX_DIFFERING_WORDS \
                        and len(mine & other) > max(len(added), len(lacking)):
                    words_told = own_words(added, other, len(added) == 1 and not lacking) \
                        or _number_for_word(added, lacking, theirs)
                    told = f"told apart by {', '.join(words_told)}" if words_told else ""
                elif not added and _item_words_added(lacking, mine, theirs):
                    told = f"which says {', '.join(sorted(lacking))} as the item does"
                if told and fits(a):
                    vb.hold(f"the supplier also offers '{single_line(titles[a], 60)}', {told}")
                    demoted += 1
                    break
    return demoted


def _dated_beside_undated(verdicts: "list[Verdict]", groups: dict[tuple[str, str], list[int]],
                          written: "Sequence[tuple[str, ...]]") -> int:
    """Autos a supplier also lists with a date of making added and nothing else ("... LM005 205/55
    R16 91H" and "... LM005 205/55 R16 91H DOT 2020", a [tyres] label with its number): the dated
    line is a lot of the supplier's older stock, another offer than the item the catalog sells, also
    where a code the names write found both (matches by a code are not otherwise open to siblings)."""
    labels = set(words.active().lists["tyres"]["labels"])
    heads = tuple(labels)  # (the cue: a word that begins with a label at all)
    held = 0
    for members in groups.values():
        if len(members) < 2:
            continue
        for b in members:
            if verdicts[b].status != "auto":
                continue
            tokens = written[b]
            if not any(t.startswith(heads) for t in tokens):
                continue
            mine = set(tokens)
            # ("DOT2020" glued, or "DOT 2020": the label and the number after it)
            dated = {t for t in mine if t.rstrip("0123456789") != t and t.rstrip("0123456789") in labels}
            dated.update(w for a, n in zip(tokens, tokens[1:]) if a in labels and n.isdigit() for w in (a, n))
            if not dated:
                continue
            undated = mine - dated
            if any(a != b and set(written[a]) == undated for a in members):
                verdicts[b].hold(f"the supplier also lists it without {', '.join(sorted(dated))}: a lot of another date")
                held += 1
    return held


def _exchanged_in_place(mine: tuple[str, ...], other: tuple[str, ...], item_pairs: set[tuple[str, str]],
                        theirs: frozenset[str]) -> tuple[str, str] | None:
    """(this offer's word, its sibling's) where, after one word both write, the sibling writes
    the item's word (as the item does, right after that word) and this offer another word the
    item never says ("Extrem Schnell" beside "Extrem Power" for the "Extrem Power" item): one
    supplier writing two products of a line, not two ways of naming one."""
    vocabulary = words.active().every_word  # a colour, a tyre's mark, a type: compared as such
    after_other = dict(zip(other, other[1:]))
    for before, word in zip(mine, mine[1:]):
        instead = after_other.get(before)
        if instead and instead != word and (before, instead) in item_pairs and word.isalpha() and instead.isalpha() \
                and word not in vocabulary and instead not in vocabulary \
                and word not in theirs and word not in other and instead not in mine \
                and not word.startswith(instead) and not instead.startswith(word) \
                and not soft_member(word, theirs) and not glued_of(word, theirs):
            return word, instead
    return None


# At most this many words written between two of the item's that its sibling writes side by side.
MAX_INSERTED = 3


def _inserted_in_place(mine: tuple[str, ...], other: tuple[str, ...], item_pairs: set[tuple[str, str]],
                       theirs: frozenset[str], rare) -> list[str]:
    """Words this offer writes between two of the item's words that its sibling (and the item)
    write side by side ("CK One Gold woda toaletowa" beside "CK One woda toaletowa ... unisex",
    "Sauvage Very Cool Spray woda toaletowa" beside "Sauvage woda toaletowa ... EDT"): a flanker of
    the line, when one of the words is rare on the supplier's list (not all its style: "Very" is
    that shop's word for a mascara's black) and the catalog never writes it (an aggregated feed's
    "photo editing software" describes), and none names a measure."""
    pairs = set(zip(other, other[1:])) & item_pairs
    for i, before in enumerate(mine):
        for j in range(i + 2, min(i + 2 + MAX_INSERTED, len(mine))):
            if (before, mine[j]) in pairs:
                inside = mine[i + 1:j]
                if any(map(rare, inside)) and all(w not in theirs and w not in other and not w[0].isdigit()
                                                  and not soft_member(w, theirs) and not glued_of(w, theirs)
                                                  for w in inside):
                    return list(inside)
    return []


def _one_word(number: str) -> bool:
    return bool(number.strip()) and not any(c.isspace() for c in number.strip())


def _spelled_beside_written(verdicts: "list[Verdict]", groups: dict[tuple[str, str], list[int]],
                            numbers: list[str]) -> int:
    """Autos found by a part number written as one word that spells the item's code otherwise
    ("GDB1550DTE" for the GDB1550 pads) where the same supplier lists another offer whose own
    column carries the item's number as written: its list tells the two numbers apart, so the
    glued ending names another product, not a market's. (Words after the number, "m552 pink
    bndl", describe the offer; a supplier listing one product twice writes them.) They go to
    review; returns how many."""
    demoted = 0
    for members in groups.values():
        if not any(verdicts[i].column == "written" for i in members):
            continue
        for i in members:
            v = verdicts[i]
            if v.status == "auto" and v.column == "spelled" and _one_word(numbers[i]):
                v.hold("the supplier lists the item's number as written too")
                demoted += 1
    return demoted



def _number_for_word(added: set[str], lacking: set[str], theirs: frozenset[str]) -> list[str]:
    """A number the offer says where its sibling says a word of the item's ("Night Breaker
    200" beside "Night Breaker Laser"): the number names another model of the line. (A
    number alone tells nothing: a shade's or a seller's stock number is often all that
    differs between two listings.)"""
    if not any(_is_word(w) and w in theirs for w in lacking):
        return []
    return sorted(w for w in added if w.isdigit() and w not in theirs)


def _item_words_added(lacking: set[str], mine: set[str], theirs: frozenset[str]) -> bool:
    """The sibling is this offer with one or two of the item's own words added and nothing left
    out ("KMAX S GEN-2" beside "KMAX S" for the "KMAX S Gen-2" item): a word and a number glued
    (a generation, a version), not an attribute, which the item writes as the sibling does. The
    supplier sells the line without that word as another product: the plain one is not the item."""
    return 0 < len(lacking) <= MAX_DIFFERING_WORDS < len(mine) \
        and all(_is_word(w) and w in theirs and not w.isalpha() and not w.isdigit() for w in lacking)


def _is_word(token: str) -> bool:
    """A word or a code ("waterproof", "35h"), not what is compared as an attribute anyway: a
    number (a shade's, or a seller's stock number), a measure, a colour or platform."""
    return not token.isdigit() and ":" not in token and not UNIT_TOKEN.match(token)


def _said_per_supplier(tokens: "list[tuple[str, ...]]", suppliers: list[str]) -> dict[str, Counter]:
    said: dict[str, Counter] = defaultdict(Counter)
    for written, supplier in zip(tokens, suppliers):
        said[supplier].update(set(written))
    return said
