"""``[stock]``: totals over matched offers, buffer, threshold, maximum, channel share, and
zeroing SKUs a supplier stopped offering — only within the configured scope."""
from __future__ import annotations

import pytest

from pricesync.pricing import adjust_for_channel, reprice
from pricesync.report import NullReporter
from pricesync.state.store import State
from test_pricing_data import D, catalog, make_config, matches, offer, row_of


@pytest.mark.parametrize("stock_cfg, stocks, expected, words", [
    ({}, [5, 3, 0], 8, "stock 8 (sum of 3 offers)"),
    ({"mode": "max"}, [5, 3, 0], 5, "stock 5 (largest of 3 offers)"),
    ({"mode": "chosen"}, [5, 3, 0], 3, "stock 3 (chosen offer's, of 3 offers)"),
    ({"buffer": 2}, [5, 3], 6, "stock 6 (sum of 2 offers 8, buffer −2)"),
    ({"buffer": 10}, [5, 3], 0, "stock 0 (sum of 2 offers 8, buffer −10)"),
    ({"threshold": 5}, [2, 2], 0, "stock 0 (sum of 2 offers 4, under 5 shows 0)"),
    ({"threshold": 5}, [3, 2], 5, "stock 5 (sum of 2 offers)"),
    ({"buffer": 1, "threshold": 5}, [3, 2], 0, "buffer −1, under 5 shows 0)"),
    ({"max_quantity": 6}, [5, 3], 6, "stock 6 (sum of 2 offers 8, at most 6)"),
    ({}, [4], 4, "stock 4"),
])
def test_stock_modes(stock_cfg, stocks, expected, words):
    # the cheapest offer (beta, 90) is the chosen one; alpha 100, gamma 110
    suppliers = [("alpha", "100"), ("beta", "90"), ("gamma", "110")]
    offers = [offer("A", s, c, stock=n) for (s, c), n in zip(suppliers, stocks)]
    if len(offers) == 1:
        offers = [offer("A", "alpha", "100", stock=stocks[0])]
    row = row_of(reprice(matches(*offers), catalog(("A",)), make_config(stock=stock_cfg)), "A")
    assert row["stock"] == expected
    assert row["explanation"].endswith(words)


def test_chosen_supplier_stock_follows_the_best_offer():
    offers = [offer("A", "alpha", "100", stock=7), offer("A", "beta", "90", stock=0)]
    row = row_of(reprice(matches(*offers), catalog(("A",)), make_config(stock={"mode": "chosen"})), "A")
    assert row["supplier"] == "alpha" and row["stock"] == 7      # in stock beats cheaper


def test_offers_in_review_do_not_count():
    offers = [offer("A", "alpha", stock=5), offer("A", "beta", stock=50, status="review")]
    assert row_of(reprice(matches(*offers), catalog(("A",)), make_config()), "A")["stock"] == 5


def run(state, offers, cfg, cat=None, reporter=None):
    return reprice(matches(*offers), cat if cat is not None else catalog(("A", "100", "", "", 9), ("B", "100", "", "", 9)),
                   cfg, state=state, reporter=reporter)


ZERO = {"zero_missing": ["alpha"]}


def test_zero_missing_zeroes_only_what_the_supplier_stopped_offering(tmp_path):
    cfg = make_config(stock=ZERO)
    with State(tmp_path / "s.sqlite") as state:
        first = run(state, [offer("A", "alpha"), offer("B", "alpha"), offer("X", "alpha")], cfg)
        assert list(first["stock"]) == [5, 5]
        second = run(state, [offer("A", "alpha")], cfg)
        b = row_of(second, "B")
        assert b["stock"] == 0 and b["status"] == "ok" and b["price"] is None
        assert b["explanation"] == ("no usable offer: stock 0: alpha supplied it before and no longer offers it; "
                                    "price left alone")
        assert row_of(second, "A")["stock"] == 5


def test_zero_missing_is_scoped_to_the_listed_suppliers(tmp_path):
    cfg = make_config(stock=ZERO)
    with State(tmp_path / "s.sqlite") as state:
        run(state, [offer("A", "alpha"), offer("B", "beta")], cfg)
        second = run(state, [offer("A", "alpha")], cfg)
        b = row_of(second, "B")
        assert b["status"] == "no_offer" and b["stock"] == 9      # beta is not in scope: left alone


def test_a_supplier_with_no_offers_at_all_is_never_zeroed(tmp_path):
    cfg = make_config(stock=ZERO)
    reporter = NullReporter()
    with State(tmp_path / "s.sqlite") as state:
        run(state, [offer("A", "alpha"), offer("B", "alpha")], cfg)
        second = run(state, [offer("A", "beta")], cfg, reporter=reporter)
        assert row_of(second, "B")["stock"] == 9
        assert any("alpha" in w and "none of its SKUs is zeroed" in w for w in reporter.warnings)


def test_a_sku_still_listed_in_review_is_not_zeroed(tmp_path):
    cfg = make_config(stock=ZERO)
    with State(tmp_path / "s.sqlite") as state:
        run(state, [offer("A", "alpha"), offer("B", "alpha")], cfg)
        second = run(state, [offer("A", "alpha"), offer("B", "alpha", status="review")], cfg)
        assert row_of(second, "B")["stock"] == 9 and row_of(second, "B")["status"] == "no_offer"


def test_another_suppliers_offer_keeps_the_stock(tmp_path):
    cfg = make_config(stock=ZERO)
    with State(tmp_path / "s.sqlite") as state:
        run(state, [offer("A", "alpha"), offer("B", "alpha")], cfg)
        second = run(state, [offer("A", "alpha"), offer("B", "beta", stock=2)], cfg)
        assert row_of(second, "B")["stock"] == 2 and row_of(second, "B")["supplier"] == "beta"


def test_zero_missing_without_state_zeroes_nothing_and_says_so():
    reporter = NullReporter()
    prices = run(None, [offer("A", "alpha")], make_config(stock=ZERO), reporter=reporter)
    assert row_of(prices, "B")["stock"] == 9
    assert any("needs the state" in w for w in reporter.warnings)


# -- per channel ------------------------------------------------------------------------

@pytest.fixture
def prices():
    cat = catalog(("A", "100", "", "", 1), ("B", "100", "", "", 7), ("C", "50", "", "", 3))
    return reprice(matches(offer("A", stock=8), offer("B", stock=7)), cat,
                   make_config(pricing={"min_margin": "0.10", "rounding": "99", "rules": [{"markup": "0.25"}]}))


@pytest.mark.parametrize("percent, max_quantity, expected, words", [
    (50, None, [4, 3, 1], "stock 50 % of 8 = 4"),
    (D("0.5"), None, [4, 3, 1], "stock 50 % of 8 = 4"),
    ("30%", None, [2, 2, 0], "stock 30 % of 8 = 2"),
    (None, 5, [5, 5, 3], "at most 5 listed"),
    (100, None, [8, 7, 3], None),
])
def test_channel_stock_share(prices, percent, max_quantity, expected, words):
    out = adjust_for_channel(prices, stock_percent=percent, max_quantity=max_quantity)
    assert list(out["stock"]) == expected
    if words:
        assert out["explanation"][0].endswith(f"; channel: {words}")
    else:
        assert out["explanation"][0] == prices["explanation"][0]
    assert list(out["price"]) == list(prices["price"])


def test_channel_stock_share_refuses_nonsense(prices):
    with pytest.raises(ValueError):
        adjust_for_channel(prices, stock_percent=-5)
