"""Prom.ua connector against the Prom.ua stand-in over real HTTPS: what is Prom's own (last_id
paging, presence, prices as exact JSON numbers or strings, 100 products a call, batch_size).
The shared channel contract is tests/test_channel_contract.py."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pricesync.channels.marketplace import decimal_json
from tests.standins.common import change, connected, endpoint_fixture, seed_skus, standin_fixture
from tests.standins.prom import Standin

EDIT = "/api/v1/products/edit_by_external_id"

endpoint = endpoint_fixture()


standin = standin_fixture(Standin)


@given(st.decimals(min_value=0, max_value=10 ** 9, places=2, allow_nan=False, allow_infinity=False))
def test_decimal_json_writes_money_as_the_exact_number(price):
    text = decimal_json([{"id": "SKU-1", "price": price, "name": 'тест "\u0000decimal:1"'}])
    back = json.loads(text, parse_float=Decimal)
    assert back[0]["price"] == price and isinstance(back[0]["price"], (Decimal, int))
    assert back[0]["name"] == 'тест "\u0000decimal:1"'


def test_fetch_current_walks_the_list_by_last_id(endpoint):
    standin = Standin()
    standin.seed(250)
    standin.add("ON-ORDER", "99.00", None, presence="order")
    standin.add("SOLD-OUT", "15.00", None, presence="not_available")
    standin.add(None, "1.00", 1)                                      # a product without external id
    with connected(standin, endpoint) as channel:
        current = channel.fetch_current(seed_skus(250) + ["ON-ORDER", "SOLD-OUT", "NOT-ON-PROM"])
    assert len(current) == 252 and "NOT-ON-PROM" not in current
    assert (current["SKU-00001"].price, current["SKU-00001"].stock) == (Decimal("200.00"), 5)
    assert current["SOLD-OUT"].stock == 0 and current["ON-ORDER"].stock is None
    assert current["SKU-00250"].ref == {"id": standin.products["SKU-00250"].id}
    assert standin.calls("GET", "/api/v1/products/list") == 3                  # 253 products, 100 a page


@pytest.mark.parametrize("stock, presence_out, sent_presence", [
    (5, "not_available", "available"),
    (0, "not_available", "not_available"),
    (0, "order", "order"),
])
def test_batch_sets_price_as_exact_number_quantity_and_presence(standin, endpoint, stock, presence_out, sent_presence):
    with connected(standin, endpoint, presence_out_of_stock=presence_out) as channel:
        results = channel.send_batch([change("SKU-00001", price="1499.90", stock=stock),
                                      change("SKU-00002", price="0.30")], idempotency_key="k")
    assert all(r.ok for r in results), results
    product = standin.products["SKU-00001"]
    assert (product.price, product.quantity, product.presence) == (Decimal("1499.90"), stock, sent_presence)
    assert standin.products["SKU-00002"].price == Decimal("0.30")           # not 0.30000000000000004


def test_price_as_string_is_a_switch(standin, endpoint):
    with connected(standin, endpoint, price_as="string") as channel:
        refused = channel.send_batch([change("SKU-00001", price="10.50")], idempotency_key="k")
        standin.string_prices = True
        accepted = channel.send_batch([change("SKU-00001", price="10.50")], idempotency_key="k2")
    assert not refused[0].ok and "Price must be a number" in refused[0].message
    assert accepted[0].ok and standin.products["SKU-00001"].price == Decimal("10.50")


def test_batch_size_is_a_config_switch(endpoint):
    standin = Standin()
    standin.seed(120)
    with connected(standin, endpoint, batch_size=50) as channel:
        assert channel.batch_size == 50
        results = channel.send_batch([change(s, stock=1) for s in seed_skus(120)], idempotency_key="k")
    assert all(r.ok for r in results) and standin.batch_sizes[EDIT] == [50, 50, 20]
