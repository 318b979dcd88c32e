"""Prom.ua connector against the Prom.ua stand-in over real HTTPS."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pricesync.channels.marketplace import decimal_json
from pricesync.errors import ChannelError
from tests.standins.common import (
    TRANSPORT_FAULTS, assert_one_line_without_secrets, change, connected, endpoint_fixture, standin_fixture, push_through_pipeline,
    seed_skus,
)
from tests.standins.prom import TOKEN, Standin

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


def test_refused_products_fail_alone(standin, endpoint):
    standin.refuse["SKU-00002"] = {"price": "Ціна нижче мінімальної"}
    changes = [change(s, price="300.00", stock=1) for s in seed_skus(3)] + [change("NOT-ON-PROM", stock=1)]
    with connected(standin, endpoint) as channel:
        results = {r.sku: r for r in channel.send_batch(changes, idempotency_key="k")}
    assert results["SKU-00001"].ok and results["SKU-00003"].ok
    assert not results["SKU-00002"].ok and "Ціна нижче мінімальної" in results["SKU-00002"].message
    assert not results["NOT-ON-PROM"].ok and "not found" in results["NOT-ON-PROM"].message
    assert not results["NOT-ON-PROM"].transient


def test_more_products_than_one_call_takes_are_split(endpoint):
    standin = Standin()
    standin.seed(250)
    with connected(standin, endpoint) as channel:
        results = channel.send_batch([change(s, stock=2) for s in seed_skus(250)], idempotency_key="k")
    assert all(r.ok for r in results)
    assert standin.batch_sizes[EDIT] == [100, 100, 50]


def test_refused_token_gives_one_line_naming_the_variable(standin, endpoint):
    with connected(standin, endpoint, env={"PROM_TOKEN": "revoked-0000"}) as channel:
        with pytest.raises(ChannelError) as info:
            channel.fetch_current(["SKU-00001"])
    assert_one_line_without_secrets(info.value, names=["PROM_TOKEN", "401"], secrets=[TOKEN, "revoked-0000"])


@pytest.mark.parametrize("fault", list(TRANSPORT_FAULTS))
def test_transport_faults_are_retried_and_applied_once(standin, endpoint, fault):
    inject, requests_seen = TRANSPORT_FAULTS[fault]
    inject(standin, EDIT)
    with connected(standin, endpoint) as channel:
        results = channel.send_batch([change("SKU-00001", price="12.00")], idempotency_key="k")
    assert results[0].ok
    assert standin.calls("POST", EDIT) == requests_seen
    assert standin.applied == [("SKU-00001", "price", Decimal("12.00"))]


def test_other_client_errors_are_not_retried(standin, endpoint):
    standin.fail_next(1, status=400, path=EDIT)
    with connected(standin, endpoint) as channel:
        results = channel.send_batch([change("SKU-00001", price="12.00")], idempotency_key="k")
    assert not results[0].ok and not results[0].transient and "HTTP 400" in results[0].message
    assert standin.calls("POST", EDIT) == 1 and standin.applied == []


def test_plan_and_push_through_the_pipeline(standin, endpoint, tmp_path):
    rows = [{"sku": "SKU-00001", "price": "249.00", "stock": 0}, {"sku": "SKU-00002", "price": "201.00", "stock": 5}]
    with connected(standin, endpoint) as channel:
        plan, pushed = push_through_pipeline(channel, tmp_path, rows)
        assert [c.sku for c in plan.changes] == ["SKU-00001"] and pushed.pushed == 1 and not pushed.failures
        again, _ = push_through_pipeline(channel, tmp_path, rows)
    assert again.changes == []
    assert standin.products["SKU-00001"].presence == "not_available"
    assert standin.applied == [("SKU-00001", "price", Decimal("249.00")), ("SKU-00001", "stock", 0)]


def test_batch_size_is_a_config_switch(endpoint):
    standin = Standin()
    standin.seed(120)
    with connected(standin, endpoint, batch_size=50) as channel:
        assert channel.batch_size == 50
        results = channel.send_batch([change(s, stock=1) for s in seed_skus(120)], idempotency_key="k")
    assert all(r.ok for r in results) and standin.batch_sizes[EDIT] == [50, 50, 20]
