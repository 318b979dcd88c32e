"""Repricing rule by rule: fx, VAT, best offer, markup rules, competitor position, floor and
ceiling, guards, no_offer rows and the explanation of every price."""
from __future__ import annotations

from decimal import Decimal

import pytest

from pricesync.errors import ExitCode
from pricesync.pricing import MissingRateError, reprice
from pricesync.state.store import State
from pricesync.tables import PRICE_COLUMNS
from test_pricing_data import D, catalog, competitor, competitors, make_config, matches, offer, row_of

MONEY = ("cost", "fx_rate", "cost_shop", "price", "floor", "ceiling", "competitor_min", "current_price")


def price_of(offers, cfg=None, cat=None, comps=None, sku="A", **kwargs) -> dict:
    prices = reprice(matches(*offers), cat if cat is not None else catalog((sku, None)), cfg or make_config(),
                     competitors=comps, **kwargs)
    return row_of(prices, sku)


# -- currency and VAT ------------------------------------------------------------------

@pytest.mark.parametrize("cost, currency, suppliers, fx, cost_shop, fx_rate, words", [
    ("100.00", "RUB", {}, {}, "100.00", "1", "cost 100.00 RUB (alpha)"),
    ("145.20", "USD", {}, {}, "13431.00", "92.50", "cost 145.20 USD × 92.50 = 13 431.00 RUB"),
    ("145.20", "USD", {"alpha": {"currency": "USD", "fx_rate": "95.00"}}, {}, "13794.00", "95.00",
     "× 95.00 = 13 794.00 RUB"),
    ("145.20", "USD", {"alpha": {"fx_markup": "2%"}}, {}, "13699.62", "94.35",
     "cost 145.20 USD × 94.35 (92.50 + 2 %) = 13 699.62 RUB"),
    ("10.005", "EUR", {}, {"EUR": "100.1234"}, "1001.73", "100.1234", "cost 10.005 EUR × 100.1234 = 1 001.73 RUB"),
    ("0.0125", "USD", {}, {}, "1.16", "92.50", "cost 0.0125 USD × 92.50 = 1.16 RUB"),
    ("250", "KZT", {}, {"KZT": "0.18"}, "45.00", "0.18", "cost 250.00 KZT × 0.18 = 45.00 RUB"),
])
def test_cost_in_shop_currency(cost, currency, suppliers, fx, cost_shop, fx_rate, words):
    cfg = make_config(suppliers=suppliers, fx={"USD": "92.50", **fx})
    row = price_of([offer("A", cost=cost, currency=currency)], cfg)
    assert row["cost_shop"] == D(cost_shop) and row["fx_rate"] == D(fx_rate)
    assert row["cost"] == D(cost) and row["currency"] == currency
    assert words in row["explanation"]


def test_blank_currency_is_the_suppliers_then_the_shops():
    cfg = make_config(suppliers={"alpha": {"currency": "USD"}})
    prices = reprice(matches(offer("A", cost="2.00", currency=""), offer("B", "beta", cost="2.00", currency="")),
                     catalog(("A",), ("B",)), cfg)
    assert list(prices["cost_shop"]) == [D("185.00"), D("2.00")]


@pytest.mark.parametrize("offers, suppliers, fx, names", [
    ([offer("A", currency="EUR")], {}, {}, ("EUR", "alpha")),
    ([offer("A", "beta", currency="PLN")], {"beta": {"vat_included": False}}, {}, ("PLN", "beta")),
])
def test_missing_rate_is_an_error_naming_currency_and_supplier(offers, suppliers, fx, names):
    with pytest.raises(MissingRateError) as info:
        reprice(matches(*offers), catalog(("A",)), make_config(suppliers=suppliers))
    assert all(n in str(info.value) for n in names)
    assert info.value.exit_code == ExitCode.USAGE


def test_own_rate_without_currency_is_ambiguous_for_two_currencies():
    cfg = make_config(suppliers={"alpha": {"fx_rate": "90"}}, fx={"USD": "92.50", "EUR": "100"})
    with pytest.raises(MissingRateError, match="ambiguous"):
        reprice(matches(offer("A", currency="USD"), offer("B", currency="EUR")), catalog(("A",), ("B",)), cfg)


@pytest.mark.parametrize("supplier, shop, cost, currency, cost_shop, words", [
    ({"vat_included": False, "vat_rate": "20%"}, {}, "100.00", "RUB", "120.00", "cost 100.00 RUB + VAT 20 % = 120.00 RUB"),
    ({"vat_included": False}, {"vat_rate": "0.23"}, "100.00", "RUB", "123.00", "+ VAT 23 % = 123.00 RUB"),
    ({"vat_included": False, "vat_rate": "0.20"}, {}, "10.00", "USD", "1110.00", "× 92.50 + VAT 20 % = 1 110.00 RUB"),
    ({"vat_included": False, "vat_rate": "0.20"}, {"prices_include_vat": False}, "100.00", "RUB", "100.00", "cost 100.00 RUB"),
    ({"vat_included": True, "vat_rate": "0.20"}, {}, "100.00", "RUB", "100.00", "cost 100.00 RUB (alpha)"),
])
def test_net_prices_are_grossed_up_when_the_shop_sells_gross(supplier, shop, cost, currency, cost_shop, words):
    cfg = make_config(suppliers={"alpha": supplier}, shop={"currency": "RUB", **shop})
    row = price_of([offer("A", cost=cost, currency=currency)], cfg)
    assert row["cost_shop"] == D(cost_shop)
    assert words in row["explanation"]


# -- best offer --------------------------------------------------------------------------

@pytest.mark.parametrize("offers, pricing, suppliers, chosen, choice", [
    ([offer("A", "alpha", "100", stock=0), offer("A", "beta", "120", stock=3), offer("A", "gamma", "110", stock=2)],
     {}, {}, "gamma", "cheapest of 2 in stock, 3 offers"),
    ([offer("A", "alpha", "100", stock=0), offer("A", "beta", "90", stock=0)], {}, {}, "beta",
     "cheapest of 2 offers, none in stock"),
    ([offer("A", "alpha", "1.00", "USD", stock=1), offer("A", "beta", "95", stock=1)], {}, {}, "alpha",
     "cheapest of 2 in stock"),
    ([offer("A", "alpha", "100", stock=1), offer("A", "beta", "120", stock=1)],
     {"best_offer": "priority", "supplier_priority": ["beta", "alpha"]}, {}, "beta", "first by supplier priority"),
    ([offer("A", "alpha", "100", stock=1), offer("A", "beta", "120", stock=1)],
     {"best_offer": "priority"}, {"alpha": {"priority": 2}, "beta": {"priority": 1}}, "beta", "supplier priority"),
    ([offer("A", "alpha", "100", stock=1), offer("A", "beta", "120", stock=0)],
     {"best_offer": "priority", "supplier_priority": ["beta", "alpha"]}, {}, "alpha", "supplier priority"),
    ([offer("A", "alpha", "100", stock=1), offer("A", "beta", "103", stock=1)],
     {"best_offer": "preferred", "preferred_supplier": "beta", "preferred_within": "3%"}, {}, "beta",
     "preferred supplier, within 3 % of the cheapest 100.00 (alpha)"),
    ([offer("A", "alpha", "100", stock=1), offer("A", "beta", "103.01", stock=1)],
     {"best_offer": "preferred", "preferred_supplier": "beta", "preferred_within": "3%"}, {}, "alpha", "cheapest"),
    ([offer("A", "alpha", "100", stock=1), offer("A", "beta", "101", stock=0)],
     {"best_offer": "preferred", "preferred_supplier": "beta", "preferred_within": "3%"}, {}, "alpha", "the only one in stock of 2 offers"),
    ([offer("A", "beta", "100", stock=1), offer("A", "alpha", "100", stock=1)], {}, {}, "alpha", "cheapest"),
])
def test_best_offer(offers, pricing, suppliers, chosen, choice):
    cfg = make_config(pricing={"min_margin": "0.10", "rounding": "none", "rules": [{"markup": "0.25"}], **pricing},
                      suppliers=suppliers)
    row = price_of(offers, cfg)
    assert row["supplier"] == chosen
    assert row["offers"] == len(offers)
    assert choice in row["explanation"]
    assert row["source_file"] == f"{chosen}.xlsx" and row["source_sheet"] == "Прайс"


def test_only_auto_matches_move_prices():
    offers = [offer("A", "alpha", "50", status="review"), offer("A", "beta", "100"), offer("A", "gamma", "40",
                                                                                          status="unmatched")]
    row = price_of(offers)
    assert row["supplier"] == "beta" and row["offers"] == 1 and row["stock"] == 5


# -- markup rules ------------------------------------------------------------------------

CAT = "Смартфоны"


@pytest.mark.parametrize("rules, cost, cat_row, offer_extra, price, rule", [
    ([{"when": {"category": CAT}, "markup": "0.15"}, {"markup": "0.25"}], "100", ("A", None, CAT), {}, "115.00", CAT),
    ([{"when": {"category": CAT}, "markup": "0.15"}, {"markup": "0.25"}], "100", ("A", None, ""),
     {"category": CAT}, "115.00", CAT),
    ([{"when": {"category": CAT}, "markup": "0.15"}, {"markup": "0.25"}], "100", ("A", None, "Чехлы"),
     {"category": CAT}, "125.00", "default"),
    ([{"when": {"category": CAT}, "markup": "0.15"}, {"markup": "0.25"}], "100", ("A", None, "Телефоны/Смартфоны"),
     {}, "115.00", CAT),
    ([{"when": {"category": CAT}, "markup": "0.15"}, {"markup": "0.25"}], "100", ("A", None, "Смартфоны и аксессуары"),
     {}, "125.00", "default"),
    ([{"when": {"brand": ["Apple", "Samsung"]}, "markup": "0.30"}, {"markup": "0.25"}], "100",
     ("A", None, "", " samsung "), {}, "130.00", "Apple, Samsung"),
    ([{"when": {"brand": "Apple"}, "markup": "0.30"}, {"markup": "0.25"}], "100", ("A", None, "", ""),
     {"brand": "APPLE"}, "130.00", "Apple"),
    ([{"when": {"supplier": "alpha"}, "markup": "0.40"}, {"markup": "0.25"}], "100", ("A",), {}, "140.00", "alpha"),
    ([{"name": "promo", "when": {"sku": ["B", "A"]}, "markup": "0.12"}, {"markup": "0.25"}], "100", ("A",), {},
     "112.00", "promo"),
    ([{"when": {"cost_min": "100"}, "markup": "0.11"}, {"markup": "0.25"}], "100", ("A",), {}, "111.00", "cost 100–"),
    ([{"when": {"cost_min": "100"}, "markup": "0.11"}, {"markup": "0.25"}], "99.99", ("A",), {}, "124.99", "default"),
    ([{"when": {"cost_max": "100"}, "markup": "0.11"}, {"markup": "0.25"}], "100", ("A",), {}, "111.00", "cost –100"),
    ([{"when": {"cost_max": "100"}, "markup": "0.11"}, {"markup": "0.25"}], "100.01", ("A",), {}, "125.01", "default"),
    ([{"when": {"category": CAT, "brand": "Apple"}, "markup": "0.50"}, {"markup": "0.25"}], "100",
     ("A", None, CAT, "Samsung"), {}, "125.00", "default"),
    ([{"when": {"category": CAT, "brand": "Apple"}, "markup": "0.50"}, {"markup": "0.25"}], "100",
     ("A", None, CAT, "Apple"), {}, "150.00", f"{CAT}, Apple"),
    ([{"name": "first", "when": {"category": CAT}, "markup": "0.15"}, {"name": "second", "when": {"brand": "Apple"},
                                                                        "markup": "0.30"}],
     "100", ("A", None, CAT, "Apple"), {}, "115.00", "first"),
    ([{"name": "RRP", "use_msrp": True}, {"markup": "0.25"}], "100", ("A",), {"msrp": D("200")}, "200.00", "RRP"),
    ([{"name": "RRP-5", "use_msrp": True, "markup": "-5%"}], "100", ("A",), {"msrp": D("200")}, "190.00", "RRP-5"),
    ([{"name": "RRP", "use_msrp": True}, {"markup": "0.25"}], "100", ("A",), {}, "125.00", "default"),
    ([{"markup": "0.10", "add": "50"}], "100", ("A",), {}, "160.00", "default"),
    ([{"add": "30"}], "100", ("A",), {}, "130.00", "default"),
    ([{"when": {"category": CAT}, "markup": "0.15"}], "100", ("A", None, "Чехлы"), {}, "110.00", ""),
])
def test_rules_first_match_wins(rules, cost, cat_row, offer_extra, price, rule):
    cfg = make_config(pricing={"min_margin": "0.10", "rounding": "none", "rules": rules})
    row = price_of([offer("A", cost=cost, **offer_extra)], cfg, catalog(cat_row))
    assert row["price"] == D(price)
    assert row["rule"] == rule


@pytest.mark.parametrize("rule, text", [
    ({"when": {"category": CAT}, "markup": "0.15"}, f"rule '{CAT}' +15 % = 115.00"),
    ({"markup": "0.10", "add": "50"}, "rule 'default' +10 % +50.00 = 160.00"),
    ({"name": "RRP", "use_msrp": True, "markup": "-0.05"}, "rule 'RRP' RRP 200.00 −5 % = 190.00"),
    ({"name": "RRP", "use_msrp": True}, "rule 'RRP' RRP 200.00; floor"),
])
def test_rule_words(rule, text):
    cfg = make_config(pricing={"min_margin": "0.10", "rounding": "none", "rules": [rule]})
    row = price_of([offer("A", msrp="200")], cfg, catalog(("A", None, CAT)))
    assert text in row["explanation"]


def test_no_matching_rule_prices_at_the_floor():
    cfg = make_config(pricing={"min_margin": "0.10", "rounding": "none", "rules": [{"when": {"brand": "X"}, "markup": "1"}]})
    row = price_of([offer("A")], cfg)
    assert row["price"] == D("110.00") and row["rule"] == ""
    assert "no pricing rule matches: priced at the floor" in row["explanation"]


@pytest.mark.parametrize("bad, key", [
    ({"rules": [{"when": {"category": "x"}}]}, "markup, add or use_msrp"),
    ({"competitor": {"strategy": "beat"}}, "exactly one of percent or amount"),
    ({"competitor": {"strategy": "average"}}, "needs percent"),
    ({"best_offer": "preferred"}, "preferred_supplier"),
    ({"min_margin": "-0.1"}, "min_margin"),
])
def test_config_mistakes_are_caught(bad, key):
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=key):
        make_config(pricing={"min_margin": "0.10", "rounding": "none", **bad})


# -- competitors -----------------------------------------------------------------------

def comp_cfg(**competitor):
    return make_config(pricing={"min_margin": "0.10", "rounding": "none", "rules": [{"markup": "0.25"}],
                                "competitor": competitor})


@pytest.mark.parametrize("strategy, comps, price, words", [
    ({"strategy": "beat", "percent": "1%"}, [competitor("A", "130")], "128.70",
     "lowest competitor 130.00 (shopB) − 1 % = 128.70"),
    ({"strategy": "beat", "amount": "5"}, [competitor("A", "130")], "125.00", "lowest competitor 130.00 (shopB) − 5.00 = 125.00"),
    ({"strategy": "beat", "percent": "1%"}, [competitor("A", "130"), competitor("A", "115", "shopC")], "113.85",
     "lowest competitor 115.00 (shopC)"),
    ({"strategy": "beat", "percent": "1%"}, [competitor("A", "100")], "110.00", "raised to floor 110.00 (min margin 10 %)"),
    ({"strategy": "match"}, [competitor("A", "120")], "120.00", "matching lowest competitor 120.00 (shopB)"),
    ({"strategy": "average", "percent": "5%"}, [competitor("A", "120"), competitor("A", "140", "shopC")], "125.00",
     "average of 2 competitor(s) 130.00 ± 5 %: rule price kept"),
    ({"strategy": "average", "percent": "5%"}, [competitor("A", "100"), competitor("A", "110", "shopC")], "110.25",
     "average of 2 competitor(s) 105.00 ± 5 %: lowered to 110.25"),
    ({"strategy": "average", "percent": "5%"}, [competitor("A", "200"), competitor("A", "220", "shopC")], "199.50",
     "raised to 199.50"),
    ({"strategy": "average", "percent": "5%"}, [competitor("A", "120"), competitor("A", "100"),
                                                competitor("A", "140", "shopC")], "125.00",
     "average of 2 competitor(s) 120.00"),
    ({"strategy": "beat", "percent": "1%", "exclude": ["shopb"]}, [competitor("A", "120"),
                                                                  competitor("A", "140", "shopC")],
     "138.60", "(shopC)"),
    ({"strategy": "beat", "percent": "1%"}, [competitor("A", "120", status="http 404"),
                                             competitor("A", "140", "shopC")], "138.60", "(shopC)"),
    ({"strategy": "beat", "percent": "1%"}, [competitor("A", "120", availability="out_of_stock"),
                                             competitor("A", "140", "shopC")], "138.60", "(shopC)"),
    ({"strategy": "beat", "percent": "1%", "in_stock_only": False},
     [competitor("A", "120", availability="out_of_stock")], "118.80", "(shopB)"),
    ({"strategy": "beat", "percent": "1%"}, [competitor("A", "2.00", currency="USD")], "183.15",
     "lowest competitor 185.00"),
    ({"strategy": "beat", "percent": "1%"}, [competitor("B", "130")], "125.00", "no competitor price, rule price kept"),
    ({"strategy": "off"}, [competitor("A", "90")], "125.00", "rule 'default' +25 % = 125.00; floor 110.00"),
])
def test_competitor_position(strategy, comps, price, words):
    row = price_of([offer("A")], comp_cfg(**strategy), comps=competitors(*comps))
    assert row["price"] == D(price)
    assert words in row["explanation"]


def test_competitor_min_is_reported_in_shop_currency():
    row = price_of([offer("A")], comp_cfg(strategy="off"), comps=competitors(competitor("A", "2.00", currency="USD")))
    assert row["competitor_min"] == D("185.00") and row["competitor"] == "shopB"


def test_competitor_excluded_in_its_own_section():
    cfg = make_config(pricing={"rules": [{"markup": "0.25"}], "rounding": "none",
                               "competitor": {"strategy": "match"}}, competitors={"shopB": {"exclude": True}})
    row = price_of([offer("A")], cfg, comps=competitors(competitor("A", "120"), competitor("A", "130", "shopC")))
    assert row["price"] == D("130.00")


def test_competitor_currency_without_rate_is_an_error():
    with pytest.raises(MissingRateError, match="EUR"):
        price_of([offer("A")], comp_cfg(strategy="match"), comps=competitors(competitor("A", "2", currency="EUR")))


@pytest.mark.parametrize("cost, comp, amount, price, words", [
    ("10000", "13950", "1", "13899.00", "rounded down to 13 899 to stay within the competitor position"),
    ("10000", "15990", "1", "15899.00", "rounded up to 15 999" if False else "rounded down to 15 899"),
    ("10000", "14000", "150", "13899.00", "rounded up to 13 899"),
    ("12700", "13990", "1", "13999.00", "rounded up to 13 999"),   # the floor 13 970.00 wins over the competitor
])
def test_rounding_never_jumps_over_the_competitor_unless_the_floor_says_so(cost, comp, amount, price, words):
    cfg = make_config(pricing={"min_margin": "0.10", "rounding": "99", "rules": [{"markup": "0.25"}],
                               "competitor": {"strategy": "beat", "amount": amount}})
    row = price_of([offer("A", cost=cost)], cfg, comps=competitors(competitor("A", comp)))
    assert row["price"] == D(price)
    assert words in row["explanation"]
    assert row["price"] >= row["floor"]


# -- floor and ceiling ---------------------------------------------------------------------

@pytest.mark.parametrize("pricing, msrp, price, ceiling, words", [
    ({"ceiling": "msrp"}, "120", "120.00", "120.00", "capped at ceiling 120.00 (RRP)"),
    ({"ceiling": "msrp"}, "130", "125.00", "130.00", "ceiling 130.00 (RRP)"),
    ({"ceiling": "msrp"}, None, "125.00", None, "floor 110.00"),
    ({"ceiling": "msrp"}, "105", "110.00", "105.00", "raised to floor 110.00 (min margin 10 %) over the ceiling"),
    ({"max_markup": "0.20"}, None, "120.00", "120.00", "capped at ceiling 120.00 (max markup 20 %)"),
    ({"max_markup": "0.20", "ceiling": "msrp"}, "118", "118.00", "118.00", "(RRP)"),
    ({"max_markup": "0.20", "ceiling": "msrp"}, "150", "120.00", "120.00", "(max markup 20 %)"),
])
def test_ceiling(pricing, msrp, price, ceiling, words):
    cfg = make_config(pricing={"min_margin": "0.10", "rounding": "none", "rules": [{"markup": "0.25"}], **pricing})
    row = price_of([offer("A", msrp=msrp)], cfg)
    assert row["price"] == D(price)
    assert row["ceiling"] == (D(ceiling) if ceiling else None)
    assert words in row["explanation"]


def test_rounding_goes_down_to_stay_under_the_rrp():
    cfg = make_config(pricing={"min_margin": "0.10", "rounding": "99", "ceiling": "msrp", "rules": [{"markup": "0.25"}]})
    row = price_of([offer("A", cost="16000", msrp="19990")], cfg)
    assert row["price"] == D("19899.00") and row["floor"] == D("17600.00")


@pytest.mark.parametrize("mode, cost, price, words", [
    ("99", "100", "199.00", "rounded up to 199"),
    ("9", "100", "129.00", "rounded up to 129"),
    ("90", "10000", "12590.00", "rounded up to 12 590"),
    ("0.99", "100", "125.99", "rounded up to 125.99"),
    ("nearest 10", "100", "130.00", "rounded up to 130"),
    ("nearest 10", "10001", "12500.00", "rounded down to 12 500"),
    ("nearest 100", "11390", "14200.00", "rounded down to 14 200"),
    ("none", "100.01", "125.01", "price 125.01"),
])
def test_rounding_modes_in_reprice(mode, cost, price, words):
    cfg = make_config(pricing={"min_margin": "0.10", "rounding": mode, "rules": [{"markup": "0.25"}]})
    row = price_of([offer("A", cost=cost)], cfg)
    assert row["price"] == D(price)
    assert words in row["explanation"]
    assert row["price"] >= row["floor"]


def test_nearest_rounds_up_when_down_would_break_the_floor():
    # floor 14 174.10 (12 885.55 × 1.10, up to the cent); nearest 100 of it would be 14 200
    # for the rule, but a rule price of 14 174.10 -> nearest 14 200 is fine, and a floor
    # at 14 151 with the price 14 151 would round down to 14 100: it must go to 14 200.
    cfg = make_config(pricing={"min_margin": "0.10", "rounding": "nearest 100", "rules": [{"markup": "0.10"}]})
    row = price_of([offer("A", cost="12864.55")], cfg)
    assert row["floor"] == D("14151.01")
    assert row["price"] == D("14200.00")


# -- guards -----------------------------------------------------------------------------

GUARD = {"min_margin": "0.10", "rounding": "none", "max_change": "0.30", "rules": [{"markup": "0.25"}]}


@pytest.mark.parametrize("current, status, change, words", [
    ("100", "ok", "0.2500", ""),
    ("96.16", "ok", "0.2999", ""),
    ("96.15", "held", "0.3001", "held: +30.01 % vs current price 96.15 is over max change 30 %"),
    ("200", "held", "-0.3750", "(accept with: pricesync accept A)"),
    ("0", "ok", None, "no current price to compare the move with"),
    (None, "ok", None, "no current price to compare the move with"),
    ("125.001", "ok", "-0.0000", ""),
])
def test_max_change_holds_large_moves(current, status, change, words):
    row = price_of([offer("A")], make_config(pricing=GUARD), catalog(("A", current)))
    assert row["status"] == status
    assert row["change"] == (D(change) if change is not None else None)
    assert words in row["explanation"]


def test_a_move_of_exactly_max_change_is_not_held():
    cfg = make_config(pricing={**GUARD, "rules": [{"markup": "0.30"}]})
    assert price_of([offer("A")], cfg, catalog(("A", "100")))["status"] == "ok"


def test_without_max_change_nothing_is_held():
    assert price_of([offer("A")], make_config(), catalog(("A", "1")))["status"] == "ok"


def test_acceptance_is_remembered_at_that_price_only(tmp_path):
    cfg = make_config(pricing=GUARD)
    cat = catalog(("A", "50"), ("B", "50"))
    offers = [offer("A"), offer("B")]
    with State(tmp_path / "state.sqlite") as state:
        first = reprice(matches(*offers), cat, cfg, state=state)
        assert list(first["status"]) == ["held", "held"]
        accepted = reprice(matches(*offers), cat, cfg, accept=["A"], state=state)
        assert list(accepted["status"]) == ["ok", "held"]
        assert "accepted by the operator" in accepted["explanation"][0]
        again = reprice(matches(*offers), cat, cfg, state=state)
        assert list(again["status"]) == ["ok", "held"]
        assert "accepted earlier at this price" in again["explanation"][0]
        moved = reprice(matches(offer("A", cost="110"), offer("B")), cat, cfg, state=state)
        assert list(moved["status"]) == ["held", "held"]


@pytest.mark.parametrize("accept, status, words", [
    ({"A": "125.00"}, "ok", "accepted by the operator"),
    ({"A": "130.00"}, "held", "accepted at 130.00, but the price is now 125.00"),
    ({"A": ""}, "ok", "accepted by the operator"),
    (["B"], "held", "held: +150 %"),
])
def test_acceptance_from_a_held_list(accept, status, words):
    row = price_of([offer("A")], make_config(pricing=GUARD), catalog(("A", "50")), accept=accept)
    assert row["status"] == status
    assert words in row["explanation"]


# -- rows without an offer -----------------------------------------------------------------

@pytest.mark.parametrize("offers, why", [
    ([], "no supplier offers it (no auto-matched offer)"),
    ([offer("A", status="review"), offer("A", "beta", status="review")], "2 offer(s) wait for review"),
    ([offer("A", cost=None), offer("A", "beta", cost="0")], "2 auto-matched offer(s) without a cost"),
    ([offer("Z")], "no supplier offers it (no auto-matched offer)"),
])
def test_no_offer_leaves_price_and_stock_alone(offers, why):
    prices = reprice(matches(*offers) if offers else matches(offer("Q", status="unmatched")),
                     catalog(("A", "990", "", "", 7)), make_config())
    row = row_of(prices, "A")
    assert row["status"] == "no_offer"
    assert row["price"] == D("990") and row["current_price"] == D("990") and row["stock"] == 7
    assert row["explanation"] == f"no usable offer: {why}; price left at 990.00; stock left at 7"
    assert row["cost"] is None and row["floor"] is None and row["change"] is None


def test_one_row_per_catalog_sku_in_catalog_order():
    prices = reprice(matches(offer("C"), offer("A"), offer("X")), catalog(("C",), ("B",), ("A",)), make_config())
    assert list(prices["sku"]) == ["C", "B", "A"]
    assert list(prices["status"]) == ["ok", "no_offer", "ok"]


# -- the table and the explanation -----------------------------------------------------------

def test_columns_types_and_the_issue_example():
    cfg = make_config(suppliers={"technoopt": {"currency": "USD"}},
                      pricing={"min_margin": "0.10", "max_change": "0.30", "rounding": "99",
                               "rules": [{"when": {"category": CAT}, "markup": "0.15"}, {"markup": "0.25"}],
                               "competitor": {"strategy": "beat", "percent": "1%"}})
    prices = reprice(matches(offer("A", "technoopt", "145.20", "USD", stock=5)), catalog(("A", "15000", CAT, "", 2)),
                     cfg, competitors=competitors(competitor("A", "15990")))
    assert [c for c in prices.columns if c != "name"][:16] == PRICE_COLUMNS and prices.columns[1] == "name"
    assert list(prices.columns[17:20]) == ["source_file", "source_sheet", "source_row"]
    row = row_of(prices, "A")
    assert row["explanation"] == (
        "cost 145.20 USD × 92.50 = 13 431.00 RUB (technoopt); rule 'Смартфоны' +15 % = 15 445.65; "
        "lowest competitor 15 990.00 (shopB) − 1 % = 15 830.10; floor 14 774.10; rounded up to 15 899; stock 5")
    assert (row["price"], row["floor"], row["cost_shop"], row["competitor_min"]) == (
        D("15899.00"), D("14774.10"), D("13431.00"), D("15990.00"))
    assert row["change"] == D("0.0599") and row["status"] == "ok" and row["rule"] == CAT
    for col in MONEY:
        assert row[col] is None or type(row[col]) is Decimal, col


def test_spec_example():
    cfg = make_config(pricing={"min_margin": "0.10", "rounding": "99",
                               "rules": [{"when": {"category": CAT}, "markup": "0.15"}]})
    row = price_of([offer("A", cost="12887.06")], cfg, catalog(("A", None, CAT)))
    assert row["explanation"] == ("cost 12 887.06 RUB (alpha); rule 'Смартфоны' +15 % = 14 820.12; floor 14 175.77; "
                                  "rounded up to 14 899; stock 5")


def test_empty_inputs():
    empty = matches(offer("A")).iloc[0:0]
    prices = reprice(empty, catalog(("A", "10")), make_config())
    assert list(prices["status"]) == ["no_offer"]
    assert len(reprice(matches(offer("A")), catalog(("A",)).iloc[0:0], make_config())) == 0


def test_a_matches_table_without_the_needed_columns_is_refused():
    from pricesync.errors import InputError

    with pytest.raises(InputError, match="match_status"):
        reprice(matches(offer("A")).drop(columns=["match_status"]), catalog(("A",)), make_config())


def test_competitor_pages_not_tied_to_skus_are_not_used_and_said():
    from pricesync.report import NullReporter

    reporter = NullReporter()
    comps = competitors(competitor("A", "100")).drop(columns=["catalog_sku"])
    row = price_of([offer("A")], comp_cfg(strategy="match"), comps=comps, reporter=reporter)
    assert row["price"] == D("125.00")
    assert any("catalog_sku" in w for w in reporter.warnings)


@pytest.mark.parametrize("value, expected", [("off", None), ("0.5", D("0.5")), ("25%", D("0.25"))])
def test_max_change_can_be_switched_off_in_toml(tmp_path, value, expected):
    from pricesync.config import load_config

    path = tmp_path / "c.toml"
    path.write_text(f'[pricing]\nmax_change = "{value}"\n[pricing.competitor]\nstrategy = "match"\n', encoding="utf-8")
    cfg = load_config(path)
    assert cfg.pricing.max_change == expected and cfg.pricing.competitor.strategy == "match"


def test_typos_in_pricing_keys_are_reported(cli, tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('[pricing]\nmin_marign = "0.1"\n[stock]\nzero_mising = ["a"]\n', encoding="utf-8")
    res = cli("validate", path)
    assert res.exit_code == 2
    assert "pricing.min_marign" in res.stderr and "stock.zero_mising" in res.stderr


def test_amounts_too_large_for_int64_products_stay_exact():
    # 1.2e16 cents × a margin with six decimals overflows int64: Python ints take over.
    from decimal import ROUND_CEILING, ROUND_HALF_UP

    from pricesync.pricing.rounding import parse_rounding, round_price

    cfg = make_config(pricing={"min_margin": "0.123456", "rounding": "99", "max_change": "0.3",
                               "rules": [{"markup": "0.2500001"}]})
    cost = D("123456789012345.67")
    row = price_of([offer("A", cost=str(cost))], cfg, catalog(("A", "150000000000000")))
    floor = (cost * D("1.123456")).quantize(D("0.01"), rounding=ROUND_CEILING)
    by_rule = (cost * D("1.2500001")).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    assert row["floor"] == floor
    assert row["price"] == round_price(max(by_rule, floor), floor, parse_rounding("99"))
    assert row["explanation"].startswith("cost 123 456 789 012 345.67 RUB")
