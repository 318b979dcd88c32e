"""Invariants over generated offers: the floor always holds, nothing depends on row order or
on the order of rules that cannot both match, money stays Decimal, and the vectorised
integer-cent arithmetic gives what plain Decimal arithmetic gives."""
from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pricesync.pricing import reprice
from pricesync.pricing.rounding import parse_rounding, round_price
from test_pricing_data import D, catalog, competitor, competitors, make_config, matches, offer

SKUS = ["A", "B", "C", "D"]
SUPPLIERS = ["alpha", "beta", "gamma"]
MODES = ["99", "9", "90", "0.99", "nearest 10", "nearest 100", "none"]
MONEY = ("cost", "fx_rate", "cost_shop", "price", "floor", "ceiling", "competitor_min", "current_price", "change")
CENT = Decimal("0.01")
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def amounts(low=1, high=10**8, places=(2, 4)):
    return st.builds(lambda n, p: D(n).scaleb(-p), st.integers(low, high), st.sampled_from(places))


offer_rows = st.lists(st.builds(
    lambda sku, sup, cost, cur, stock, msrp, status: offer(sku, sup, str(cost), cur, stock,
                                                           str(msrp) if msrp else None, status),
    st.sampled_from(SKUS), st.sampled_from(SUPPLIERS), amounts(), st.sampled_from(["RUB", "RUB", "USD"]),
    st.integers(0, 20), st.one_of(st.none(), amounts(100, 10**9)), st.sampled_from(["auto"] * 5 + ["review"]),
), min_size=0, max_size=14)

rules = st.lists(st.fixed_dictionaries({
    "when": st.sampled_from([{}, {"supplier": "alpha"}, {"category": "Смартфоны"}, {"brand": ["Apple", "x"]},
                             {"cost_min": "1000"}, {"cost_max": "50000.5"}, {"sku": ["A", "C"]}]),
    "markup": st.sampled_from(["-0.5", "0", "0.15", "0.333", "150%"]),
}, optional={"add": st.sampled_from(["-100", "9.99", "0.005"]), "use_msrp": st.booleans()}), min_size=0, max_size=4)

pricing = st.fixed_dictionaries({
    "min_margin": st.sampled_from(["0", "0.05", "0.1", "0.333"]),
    "rounding": st.sampled_from(MODES),
    "max_change": st.sampled_from([None, "0.3"]),
    "rules": rules,
    "ceiling": st.sampled_from(["none", "msrp"]),
    "competitor": st.sampled_from([{"strategy": "off"}, {"strategy": "beat", "percent": "0.01"},
                                   {"strategy": "beat", "amount": "7.5"}, {"strategy": "match"},
                                   {"strategy": "average", "percent": "0.05"}]),
    "best_offer": st.sampled_from(["cheapest", "priority"]),
}, optional={"max_markup": st.sampled_from(["0.2", "300%"])})

comp_rows = st.lists(st.builds(lambda sku, price, name, cur: competitor(sku, str(price), name, cur),
                               st.sampled_from(SKUS), amounts(100, 10**9, (2,)), st.sampled_from(["shopA", "shopB"]),
                               st.sampled_from(["RUB", "USD"])), max_size=6)

CATALOG = catalog(("A", "15000", "Смартфоны", "Apple", 1), ("B", None, "Чехлы", "", 0),
                  ("C", "0", "Телефоны/Смартфоны", "x", 3), ("D", "99.99", "", "", 0))


def run(offers, pricing_cfg, comps=(), order=None):
    cfg = make_config(pricing=pricing_cfg, fx={"USD": "92.5037"})
    rows = list(offers) if order is None else [offers[i] for i in order]
    return reprice(matches(*rows) if rows else matches(offer("Q", status="unmatched")), CATALOG, cfg,
                   competitors=competitors(*comps) if comps else None)


@SETTINGS
@given(offers=offer_rows, pricing_cfg=pricing, comps=comp_rows)
def test_price_never_below_the_floor_and_money_is_decimal(offers, pricing_cfg, comps):
    prices = run(offers, pricing_cfg, comps)
    margin = 1 + D(pricing_cfg["min_margin"])
    for row in prices.itertuples(index=False):
        for col in MONEY:
            value = getattr(row, col)
            assert value is None or type(value) is Decimal, (col, value)
        if row.cost_shop is None:
            assert row.status == "no_offer" and row.price == row.current_price
            continue
        assert row.floor >= row.cost_shop * margin
        assert row.price >= row.floor, row.explanation
        assert row.price == row.price.quantize(CENT)
        assert row.explanation.startswith("cost ")


@SETTINGS
@given(offers=offer_rows, pricing_cfg=pricing, comps=comp_rows, data=st.data())
def test_result_does_not_depend_on_row_order(offers, pricing_cfg, comps, data):
    order = data.draw(st.permutations(range(len(offers))))
    comp_order = data.draw(st.permutations(range(len(comps))))
    first = run(offers, pricing_cfg, comps)
    second = run(offers, pricing_cfg, [comps[i] for i in comp_order], order)
    pd.testing.assert_frame_equal(first, second)


@pytest.mark.parametrize("best_offer, preferred", [("cheapest", None), ("priority", None),
                                                     ("preferred", "alpha")])
def test_a_row_repeated_with_another_msrp_is_chosen_the_same_way_in_any_order(best_offer, preferred):
    # A list that repeats one row (same supplier, code, cost, file and row number) with an
    # MSRP on one copy only: every key of the best-offer sort ties, and the choice must not
    # depend on which copy comes first.
    rows = [offer("A", "alpha", "0.0001", msrp=None), offer("A", "alpha", "0.0001", msrp="1.00"),
            offer("A", "alpha", "0.01")]
    cfg = {"min_margin": "0", "rounding": "99", "best_offer": best_offer}
    if preferred:
        cfg.update(preferred_supplier=preferred, preferred_within="5%")
    first = run(rows, cfg, [])
    second = run(rows, cfg, [], [2, 1, 0])
    pd.testing.assert_frame_equal(first, second)


@SETTINGS
@given(offers=offer_rows, markups=st.lists(st.sampled_from(["0.1", "0.2", "0.5"]), min_size=3, max_size=3),
       data=st.data())
def test_order_of_rules_that_cannot_both_match_does_not_matter(offers, markups, data):
    # one rule per supplier: no SKU's offer can match two of them; the default stays last
    by_supplier = [{"name": s, "when": {"supplier": s}, "markup": m} for s, m in zip(SUPPLIERS, markups)]
    shuffled = data.draw(st.permutations(by_supplier))
    base = {"min_margin": "0.1", "rounding": "99", "max_change": None}
    first = run(offers, {**base, "rules": by_supplier + [{"markup": "0.3"}]})
    second = run(offers, {**base, "rules": list(shuffled) + [{"markup": "0.3"}]})
    pd.testing.assert_frame_equal(first, second)


@SETTINGS
@given(offers=offer_rows, margin=st.sampled_from(["0", "0.1", "0.333"]), mode=st.sampled_from(MODES),
       markup=st.sampled_from(["-0.3", "0.15", "0.333"]), add=st.sampled_from(["0", "0.005", "-25"]))
def test_integer_cents_agree_with_plain_decimal(offers, margin, mode, markup, add):
    """An independent Decimal computation of the simple chain: best offer, rule, floor, rounding."""
    prices = run(offers, {"min_margin": margin, "rounding": mode, "max_change": None,
                          "rules": [{"markup": markup, "add": add}]}).set_index("sku")
    rate = {"RUB": D(1), "USD": D("92.5037")}
    rounding = parse_rounding(mode)
    for sku in SKUS:
        usable = [o for o in offers if o["catalog_sku"] == sku and o["match_status"] == "auto"]
        if not usable:
            assert prices.loc[sku, "status"] == "no_offer"
            continue
        costs = [((o["stock"] <= 0), (o["cost"] * rate[o["currency"]]).quantize(CENT, rounding=ROUND_HALF_UP),
                  o["supplier"], o["supplier_sku"]) for o in usable]
        _, cost_shop, supplier, _ = min(costs)
        floor = (cost_shop * (1 + D(margin))).quantize(CENT, rounding=ROUND_CEILING)
        by_rule = (cost_shop * (1 + D(markup)) + D(add)).quantize(CENT, rounding=ROUND_HALF_UP)
        expected = round_price(max(by_rule, floor), floor, rounding)
        assert prices.loc[sku, "cost_shop"] == cost_shop and prices.loc[sku, "supplier"] == supplier
        assert prices.loc[sku, "floor"] == floor
        assert prices.loc[sku, "price"] == expected, prices.loc[sku, "explanation"]


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.tuples(st.integers(0, 50), st.integers(0, 1), st.sampled_from([0, 3, 10**6]),
                               st.sampled_from([0, 5, 999, 2**40, 2**55])), max_size=30))
def test_packed_sort_key_orders_like_lexsort(rows):
    import numpy as np

    from pricesync.pricing.offers import _sort

    pos, out, prio, cents = (np.array([r[i] for r in rows], dtype=np.int64) for i in range(4))
    order, same = _sort(pos, out, prio, cents)
    expected = sorted(range(len(rows)), key=lambda i: (rows[i], i))
    assert [rows[i] for i in order] == [rows[i] for i in expected]
    assert list(same) == [k > 0 and rows[order[k]] == rows[order[k - 1]] for k in range(len(rows))]
