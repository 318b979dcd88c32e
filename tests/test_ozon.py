"""Ozon connector against the Ozon stand-in over real HTTPS."""
from __future__ import annotations

from decimal import Decimal

import pytest

from pricesync.errors import ChannelError, ConfigError, TransientChannelError
from tests.standins.common import (
    TRANSPORT_FAULTS, assert_one_line_without_secrets, change, connected, elapsed, endpoint_fixture, standin_fixture,
    limit_retries, push_through_pipeline, seed_skus,
)
from tests.standins.ozon import API_KEY, CLIENT_ID, WAREHOUSE, Standin

PRICES = "/v1/product/import/prices"
STOCKS = "/v2/products/stocks"


endpoint = endpoint_fixture()


standin = standin_fixture(Standin)


def test_fetch_current_pages_through_prices_and_warehouse_stock(endpoint):
    standin = Standin()
    standin.seed(2300)
    standin.add("RESERVED-1", "499.50", 7, reserved=3)
    with connected(standin, endpoint) as channel:
        current = channel.fetch_current(seed_skus(2300) + ["RESERVED-1", "NOT-ON-OZON"])
    assert len(current) == 2301
    assert current["SKU-00001"].price == Decimal("1000.00") and current["SKU-00001"].stock == 5
    assert current["SKU-02300"].price == Decimal("3299.00")
    # stock is what we set: free stock, without the reserved items
    assert current["RESERVED-1"].price == Decimal("499.50") and current["RESERVED-1"].stock == 7
    assert current["SKU-00002"].ref == {"product_id": 100001}
    assert "NOT-ON-OZON" not in current
    # 3 pages of ≤1000 offer ids for prices; 3 cursor pages of warehouse stock
    assert standin.calls("POST", "/v5/product/info/prices") == 3
    assert standin.calls("POST", "/v1/product/info/warehouse/stocks") == 3


def test_batch_sends_prices_as_strings_and_stock_to_the_warehouse(standin, endpoint):
    changes = [change(sku, price="1999.90", stock=i) for i, sku in enumerate(seed_skus(20))]
    with connected(standin, endpoint) as channel:
        assert channel.batch_size == 100
        results = channel.send_batch(changes, idempotency_key="run1-b1")
    assert [r.sku for r in results] == seed_skus(20) and all(r.ok for r in results)
    assert standin.products["SKU-00001"].price == Decimal("1999.90")
    assert standin.products["SKU-00020"].stock[WAREHOUSE] == 19
    assert standin.batch_sizes == {PRICES: [20], STOCKS: [20]}


def test_more_changes_than_the_stock_limit_are_split_into_calls_of_100(endpoint):
    standin = Standin()
    standin.seed(250)
    with connected(standin, endpoint) as channel:
        results = channel.send_batch([change(s, stock=3) for s in seed_skus(250)], idempotency_key="k")
    assert all(r.ok for r in results)
    assert standin.batch_sizes[STOCKS] == [100, 100, 50]
    assert max(standin.batch_sizes[STOCKS]) <= Standin.stock_limit


@pytest.mark.parametrize("code, message, transient", [
    ("TOO_MANY_REQUESTS", "stock of this pair was updated less than 30 s ago", True),
    ("action_price_enabled_min_price_missing", "set a min price or disable auto actions", False),
    ("PRODUCT_IS_NOT_CREATED", "product is not created", False),
])
def test_item_errors_fail_that_sku_only(standin, endpoint, code, message, transient):
    standin.item_errors["SKU-00002"] = (code, message)
    changes = [change(s, price="150.00") for s in seed_skus(3)]
    with connected(standin, endpoint) as channel:
        results = channel.send_batch(changes, idempotency_key="k")
    ok = {r.sku: r for r in results}
    assert ok["SKU-00001"].ok and ok["SKU-00003"].ok
    assert not ok["SKU-00002"].ok and ok["SKU-00002"].transient is transient
    assert code in ok["SKU-00002"].message and message in ok["SKU-00002"].message
    assert [a[0] for a in standin.applied] == ["SKU-00001", "SKU-00003"]


def test_unknown_offer_and_pair_updated_twice_within_30_s(standin, endpoint):
    with connected(standin, endpoint) as channel:
        first = channel.send_batch([change("SKU-00001", stock=4), change("NO-SUCH", stock=1)], idempotency_key="a")
        again = channel.send_batch([change("SKU-00001", stock=5)], idempotency_key="b")
    assert first[0].ok
    assert not first[1].ok and "NOT_FOUND" in first[1].message and not first[1].transient
    assert not again[0].ok and again[0].transient and "TOO_MANY_REQUESTS" in again[0].message
    assert standin.products["SKU-00001"].stock[WAREHOUSE] == 4


def test_stock_change_without_warehouse_is_a_config_problem(standin, endpoint):
    with connected(standin, endpoint, warehouse_id=None) as channel:
        with pytest.raises(ChannelError, match="warehouse_id"):
            channel.send_batch([change("SKU-00001", stock=1)], idempotency_key="k")
        assert channel.fetch_current(["SKU-00001"])["SKU-00001"].stock is None
    assert standin.applied == []


@pytest.mark.parametrize("env", [
    {"OZON_CLIENT_ID": CLIENT_ID, "OZON_API_KEY": "wrong-key-123456"},
    {"OZON_CLIENT_ID": "000000", "OZON_API_KEY": API_KEY},
])
def test_refused_credentials_give_one_line_naming_the_variables(standin, endpoint, env):
    with connected(standin, endpoint, env=env) as channel:
        with pytest.raises(ChannelError) as info:
            channel.send_batch([change("SKU-00001", price="10.00")], idempotency_key="k")
    assert not info.value.transient
    text = assert_one_line_without_secrets(info.value, names=["OZON_CLIENT_ID", "OZON_API_KEY", "403"],
                                           secrets=[API_KEY, CLIENT_ID, *env.values()])
    assert "channels.shop.client_id_env" in text
    assert standin.applied == []


def test_missing_environment_variable(standin, endpoint):
    with connected(standin, endpoint, env={"OZON_CLIENT_ID": CLIENT_ID}) as channel:
        with pytest.raises(ConfigError, match="OZON_API_KEY is not set"):
            channel.fetch_current(["SKU-00001"])


@pytest.mark.parametrize("fault", list(TRANSPORT_FAULTS))
def test_transport_faults_are_retried_and_applied_once(standin, endpoint, fault):
    inject, requests_seen = TRANSPORT_FAULTS[fault]
    inject(standin, PRICES)
    with connected(standin, endpoint) as channel, elapsed() as took:
        results = channel.send_batch([change("SKU-00001", price="77.70")], idempotency_key="k")
    assert results[0].ok
    assert standin.calls("POST", PRICES) == requests_seen
    assert standin.applied == [("SKU-00001", "price", Decimal("77.70"))]
    if "Retry-After" in fault:
        assert took[0] >= 0.95


@pytest.mark.parametrize("status", [400, 404, 409])
def test_other_client_errors_are_not_retried_and_fail_that_call_only(standin, endpoint, status):
    standin.fail_next(1, status=status, path=PRICES)
    with connected(standin, endpoint) as channel:
        results = channel.send_batch([change("SKU-00001", price="5.00", stock=9)], idempotency_key="k")
    assert not results[0].ok and not results[0].transient
    assert results[0].message.startswith("price:") and f"HTTP {status}" in results[0].message
    assert standin.calls("POST", PRICES) == 1
    # the stock call is not the one that was refused: it still goes
    assert standin.applied == [("SKU-00001", "stock", 9)]


def test_server_errors_left_after_retries_are_transient(standin, endpoint):
    standin.fail_next(3, status=503, path=PRICES)
    with connected(standin, endpoint) as channel:
        limit_retries(channel, 1)
        with pytest.raises(TransientChannelError, match="HTTP 503"):
            channel.send_batch([change("SKU-00001", price="5.00")], idempotency_key="k")


def test_stock_call_failing_after_prices_went_through_keeps_the_price_results(standin, endpoint):
    standin.fail_next(3, status=503, path=STOCKS)
    with connected(standin, endpoint) as channel:
        limit_retries(channel, 1)
        results = channel.send_batch([change("SKU-00001", price="5.00", stock=2)], idempotency_key="k")
    assert not results[0].ok and results[0].transient
    assert results[0].message.startswith("stock:") and "503" in results[0].message
    assert standin.applied == [("SKU-00001", "price", Decimal("5.00"))]


def test_a_wait_longer_than_a_push_waits_leaves_the_batch_for_the_next_run(standin, endpoint):
    standin.fail_next(1, status=429, retry_after=3600, path=PRICES)
    with connected(standin, endpoint) as channel, elapsed() as took:
        with pytest.raises(TransientChannelError, match="HTTP 429"):
            channel.send_batch([change("SKU-00001", price="5.00")], idempotency_key="k")
    assert took[0] < 5 and standin.applied == []


def test_tls_is_verified_with_the_configured_bundle_whatever_the_environment_says(standin, endpoint, monkeypatch):
    with connected(standin, endpoint, verify=True) as channel:
        limit_retries(channel, 0)    # the session retries TLS failures like any connection error
        with pytest.raises(ChannelError, match="TLS verification failed") as info:
            channel.fetch_current(["SKU-00001"])
    assert "channels.shop.verify" in str(info.value) and not info.value.transient
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/nonexistent/ca.pem")
    with connected(standin, endpoint) as channel:
        assert channel.fetch_current(["SKU-00001"])["SKU-00001"].stock == 5


def test_plan_and_push_through_the_pipeline(standin, endpoint, tmp_path):
    rows = [{"sku": "SKU-00001", "price": "1100.00", "stock": 5}, {"sku": "SKU-00002", "price": "1001.00", "stock": 9},
            {"sku": "NOT-ON-OZON", "price": "10.00", "stock": 1}]
    with connected(standin, endpoint) as channel:
        plan, pushed = push_through_pipeline(channel, tmp_path, rows)
        assert [c.sku for c in plan.changes] == ["SKU-00001", "SKU-00002"]
        assert [u.sku for u in plan.unknown] == ["NOT-ON-OZON"]
        assert pushed.pushed == 2 and not pushed.failures
        again, _ = push_through_pipeline(channel, tmp_path, rows)
    assert again.changes == []
    # only what differed went out: SKU-00001's stock and SKU-00002's price were already right
    assert standin.applied == [("SKU-00001", "price", Decimal("1100.00")), ("SKU-00002", "stock", 9)]
