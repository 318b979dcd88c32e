"""``adjust_for_channel``: commission multiplier / added amount, floor, re-rounding, and the
rows it must leave alone."""
from __future__ import annotations

from decimal import Decimal

import pytest

from pricesync.pricing import adjust_for_channel, reprice
from test_pricing_data import D, catalog, competitor, competitors, make_config, matches, offer

CAT = "Смартфоны"


@pytest.fixture
def prices():
    cfg = make_config(suppliers={"technoopt": {"currency": "USD"}},
                      pricing={"min_margin": "0.10", "max_change": "0.30", "rounding": "99",
                               "rules": [{"when": {"category": CAT}, "markup": "0.15"}],
                               "competitor": {"strategy": "beat", "percent": "1%"}})
    cat = catalog(("A", "15000", CAT, "", 2), ("B", "100", CAT), ("N", "990", CAT, "", 4))
    return reprice(matches(offer("A", "technoopt", "145.20", "USD"), offer("B", cost="100")), cat, cfg,
                   competitors=competitors(competitor("A", "15990")))


@pytest.mark.parametrize("kwargs, price, floor, words", [
    ({"multiplier": D("1.12"), "rounding": "99"}, "17899.00", "14774.10",
     "; channel: 15 899 × 1.12 = 17 806.88, rounded up to 17 899"),
    ({"multiplier": D("0.5"), "rounding": "99"}, "14799.00", "14774.10",
     "; channel: 15 899 × 0.5 = 7 949.50, raised to floor 14 774.10, rounded up to 14 799"),
    ({"add": D("50")}, "15949.00", "14774.10", "; channel: 15 899 +50.00 = 15 949.00"),
    ({"min_margin": D("0.20"), "rounding": "99"}, "16199.00", "16117.20",
     "; channel: 15 899, raised to floor 16 117.20 (min margin 20 %), rounded up to 16 199"),
    ({"rounding": "nearest 100"}, "15900.00", "14774.10", "; channel: 15 899, rounded up to 15 900"),
    ({"multiplier": "1.005", "rounding": "none"}, "15978.50", "14774.10", "15 899 × 1.005 = 15 978.50"),
])
def test_channel_price(prices, kwargs, price, floor, words):
    out = adjust_for_channel(prices, **kwargs)
    a = out.set_index("sku").loc["A"]
    assert a["price"] == D(price) and a["floor"] == D(floor)
    assert a["explanation"].endswith(words)
    assert a["price"] >= a["floor"]
    assert all(type(v) is Decimal for v in out["price"] if v is not None)


def test_channel_leaves_no_offer_and_held_status_alone(prices):
    out = adjust_for_channel(prices, multiplier=D("1.2"), rounding="99").set_index("sku")
    assert out.loc["N", "price"] == D("990") and out.loc["N", "status"] == "no_offer"
    assert out.loc["N", "explanation"] == prices.set_index("sku").loc["N", "explanation"]
    assert out.loc["B", "status"] == "held"          # 100 -> 199 is over max_change; still held
    assert out.loc["B", "price"] == D("299.00")


def test_channel_without_adjustments_is_a_copy(prices):
    out = adjust_for_channel(prices)
    assert out.equals(prices) and out is not prices


def test_rows_without_a_price_keep_none():
    frame = reprice(matches(offer("A")), catalog(("A",), ("B",)), make_config())
    frame.loc[1, "status"] = "ok"            # a zeroed SKU: ok, no price
    out = adjust_for_channel(frame, multiplier=D("2"))
    assert out.loc[1, "price"] is None and out.loc[0, "price"] == D("250.00")
