"""A supplier's prices tell a pack from a piece.

A supplier's cost and the shop's price of one product keep one ratio across its list (its
discount, its currency): that is how the shop priced the item. A match whose cost sits far off
the ratio of the supplier's other matches is most likely another quantity of the product - a
pair of brake discs for one disc, a box of 28 pouches for one pouch, a set of four plugs, a 10 ml
decant of a 100 ml scent - whatever words it is written in, so it goes to review with both
prices in its reason. Only suppliers whose matches do keep one ratio are asked: a source whose
prices follow no ratio of the catalog's (one retailer's prices against another's, a catalog
with stale prices) shows it in many matches half-way off, and the check stays silent for it;
a supplier keeping a ratio has its matches close to it and its packs far off.

Calibrated on the labelled sets (docs/matching.md, "Where the cuts sit"): a right automatic
match of a supplier that keeps a ratio lies within 1.6x of it on every set (Prosept's dealers
at most 1.59x, the development rounds' suppliers at most 1.47x), while a pack, pair or size
is 1.9x and more.

Nor does one supplier quote, in its own ratio, half again or less than half as much as two or
more other suppliers that agree on the item: those agree on what the item costs, and the one off
is another product of the item's name - a twin pack, a kit, an unboxed or old lot. The others
(each keeping a ratio, of at least ``MIN_AGREEING_PRICED`` matches) must agree within
``OTHERS_AGREE``; the offer is held beyond ``DISAGREE``. Calibrated on the labelled sets and on the
first contact of twelve hand-written rounds: a right match so compared lies within 1.44x of the
others on every set, while a twin pack, an unboxed foundation and a timing-belt kit sold as the
kit's part were 1.59x to 2.04x off (at 1.35x, four right matches of Prosept and a drill kit went).

Nor does a supplier quote two prices for one product: two of its offers named otherwise and
priced otherwise that find one item by their names are two products (a tyre with its tube and
flap beside the bare tyre, a sister oil of the line) or two prices of one (a markdown, an older
production year), and which of them is the item's price is the operator's to say - both go to
review. An offer found by an identifier stays, and its price is the item's. A source naming many
of its items twice so (``FEED_DOUBLES``) is a feed of many sellers' titles, not one supplier's
list, and its doubles say nothing: every supplier of the labelled sets names at most two of its
matched items twice, the one aggregated shopping feed (Amazon-Google's) 89 of its 636.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

import numpy as np

from pricesync.errors import single_line

if TYPE_CHECKING:
    from pricesync.match.decision.decide import Verdict

# A supplier needs this many automatic matches with both prices before its ratio says anything.
MIN_PRICED = 10
# A match this far off the supplier's ratio (either way) is another quantity ...
PRICE_FLOOR = 1.8
# ... or further, where the supplier's own ratios spread wider (robust sigmas of them).
SPREAD_SIGMAS = 5.0
# More of its matches than this share half-way off (in log) towards the floor: the supplier keeps
# no ratio, its prices spread (one retailer's against another's), and its far ones are no outliers.
SPREAD_SHARE = 0.1
# Cross-supplier agreement: suppliers with this many priced matches keeping a ratio are compared;
# two or more of them agreeing within OTHERS_AGREE tell a match off by more than DISAGREE.
MIN_AGREEING_PRICED = 5
OTHERS_AGREE = 1.25
DISAGREE = 1.5
# Decisions an operator made (remembered, method "alias") stand whatever the prices say.
_TRUSTED_METHODS = frozenset({"alias"})
# A source naming at least this many of its matched items twice, and this share of them, lists
# many sellers' titles (a shopping feed): its doubles are no supplier quoting two prices.
FEED_DOUBLES = 3
FEED_DOUBLES_SHARE = 0.1


def hold_price_outliers(verdicts: "list[Verdict]", groups: list[tuple[str, str]], costs: list[float],
                        price_of: dict[str, float]) -> int:
    """Automatic matches whose cost is far off their supplier's usual ratio to the catalog's
    price go to review (see the module docstring); returns how many. ``groups`` is each
    verdict's (supplier, currency), ``costs`` its offer's cost (NaN when unknown), ``price_of``
    the catalog's price by SKU."""
    held = 0
    for members, centre, limit in _ratio_keepers(verdicts, groups, costs, price_of, MIN_PRICED):
        outliers = [(i, r) for i, r in members if abs(r - centre) > limit]
        for i, r in outliers:
            verdicts[i].hold(f"its cost {costs[i]:g} against the item's price {price_of[verdicts[i].sku]:g} is "
                             f"{math.exp(r - centre):.2g}x the ratio of the supplier's other matches: another pack or size?")
            held += 1
    return held


def _ratio_keepers(verdicts: "list[Verdict]", groups: list[tuple[str, str]], costs: list[float],
                   price_of: dict[str, float], least: int):
    """Per supplier keeping a ratio with at least ``least`` priced automatic matches: its matches
    as (verdict, log of cost over price), the ratio's centre and how far off is far."""
    priced: dict[tuple[str, str], list[tuple[int, float]]] = defaultdict(list)
    for i, v in enumerate(verdicts):
        if v.status != "auto" or v.method in _TRUSTED_METHODS:
            continue
        cost, price = costs[i], price_of.get(v.sku, math.nan)
        if cost > 0 and price > 0:  # NaN compares false: an unknown price says nothing
            priced[groups[i]].append((i, math.log(cost / price)))
    for members in priced.values():
        if len(members) < least:
            continue
        ratios = np.array([r for _, r in members])
        centre = float(np.median(ratios))
        sigma = 1.4826 * float(np.median(np.abs(ratios - centre)))
        limit = max(math.log(PRICE_FLOOR), SPREAD_SIGMAS * sigma)
        spread = sum(limit >= abs(r - centre) > math.log(PRICE_FLOOR) / 2 for _, r in members)
        if spread <= SPREAD_SHARE * len(members):
            yield members, centre, limit


def hold_price_disagreements(verdicts: "list[Verdict]", groups: list[tuple[str, str]], costs: list[float],
                             price_of: dict[str, float]) -> int:
    """Name matches whose cost, in their supplier's ratio, is far off what two or more other
    suppliers agreeing with each other quote for the item go to review (see the module
    docstring); returns how many."""
    by_item: dict[str, list[tuple[int, tuple[str, str], float]]] = defaultdict(list)
    for members, centre, _ in _ratio_keepers(verdicts, groups, costs, price_of, MIN_AGREEING_PRICED):
        for i, r in members:
            by_item[verdicts[i].sku].append((i, groups[i], r - centre))
    held = 0
    for quotes in by_item.values():
        if len({g for _, g, _ in quotes}) < 3:
            continue
        for i, group, own in quotes:
            if not verdicts[i].by_name:
                continue
            others = [q for _, g, q in quotes if g != group]  # (of two suppliers at least: three quote the item)
            if max(others) - min(others) > math.log(OTHERS_AGREE):
                continue
            off = own - float(np.median(others))
            if abs(off) > math.log(DISAGREE):
                verdicts[i].hold(f"its cost {costs[i]:g} is {math.exp(off):.2g}x what {len(others)} other suppliers "
                                 "quote for the item in their usual ratios: another pack, kit or lot?")
                held += 1
    return held


def hold_two_prices(verdicts: "list[Verdict]", groups: list[tuple[str, str]], names: list[str],
                    costs: list[float]) -> int:
    """Automatic name matches of a supplier's whose item the same supplier (``groups``: each
    verdict's supplier and currency) also offers under another name at another cost go to
    review (see the module docstring); returns how many."""
    listed: dict[tuple[tuple[str, str], str], list[int]] = defaultdict(list)
    for i, v in enumerate(verdicts):
        if v.status == "auto" and costs[i] > 0:
            listed[(groups[i], v.sku)].append(i)
    doubles: dict[int, int] = {}  # verdict -> another of its item's listing at another name and cost
    for members in listed.values():
        spelled = {i: " ".join(names[i].lower().split()) for i in members}
        for i in members:
            other = next((j for j in members if spelled[j] != spelled[i] and costs[j] != costs[i]), None)
            if other is not None:
                doubles[i] = other
    doubled_items, items = Counter(), Counter()
    for (source, _), members in listed.items():
        items[source] += 1
        doubled_items[source] += any(i in doubles for i in members)
    feeds = {s for s, n in doubled_items.items() if n >= FEED_DOUBLES and n >= FEED_DOUBLES_SHARE * items[s]}
    held = 0
    for i, other in doubles.items():
        v = verdicts[i]
        if groups[i] in feeds or not v.by_name:
            continue
        v.hold(f"the supplier also lists '{single_line(names[other], 60)}' at {costs[other]:g} (this one at "
               f"{costs[i]:g}) for the item: another product, or which price?")
        held += 1
    return held
