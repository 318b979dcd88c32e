"""Ozon connector against the Ozon stand-in over real HTTPS: what is Ozon's own (price and
warehouse-stock paging, prices as strings, 100-item stock calls, per-item error codes, the
30-second stock rule, the client id + key pair). The shared channel contract is
tests/test_channel_contract.py."""
from __future__ import annotations

from decimal import Decimal

import pytest

from pricesync.errors import ChannelError, ConfigError, TransientChannelError
from tests.standins.common import (
    assert_one_line_without_secrets, change, connected, endpoint_fixture, limit_retries, seed_skus, standin_fixture,
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


@pytest.mark.parametrize("code, message, transient", [
    ("TOO_MANY_REQUESTS", "stock of this pair was updated less than 30 s ago", True),
    ("action_price_enabled_min_price_missing", "set a min price or disable auto actions", False),
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


def test_pair_updated_twice_within_30_s(standin, endpoint):
    with connected(standin, endpoint) as channel:
        first = channel.send_batch([change("SKU-00001", stock=4), change("NO-SUCH", stock=1)], idempotency_key="a")
        again = channel.send_batch([change("SKU-00001", stock=5)], idempotency_key="b")
    assert first[0].ok and "NOT_FOUND" in first[1].message         # an unknown offer: the contract suite
    assert not again[0].ok and again[0].transient and "TOO_MANY_REQUESTS" in again[0].message
    assert standin.products["SKU-00001"].stock[WAREHOUSE] == 4


def test_stock_change_without_warehouse_is_a_config_problem(standin, endpoint):
    with connected(standin, endpoint, warehouse_id=None) as channel:
        with pytest.raises(ChannelError, match="warehouse_id"):
            channel.send_batch([change("SKU-00001", stock=1)], idempotency_key="k")
        assert channel.fetch_current(["SKU-00001"])["SKU-00001"].stock is None
    assert standin.applied == []


def test_a_refused_client_id_names_both_variables(standin, endpoint):
    # Ozon authenticates a pair: whichever half is wrong, both variables are named. Both wrong
    # is the contract suite's test_refused_credentials_fail_fast_with_one_line_naming_the_variable.
    env = {"OZON_CLIENT_ID": "000000", "OZON_API_KEY": API_KEY}
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
