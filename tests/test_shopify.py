"""The Shopify connector against a stand-in GraphQL Admin API served over real HTTPS: what is
Shopify's own (variants by SKU, locations, aliased bulk mutations, cost-based throttling, the
@idempotent key, API versions). The shared channel contract is tests/test_channel_contract.py."""
from __future__ import annotations

import json
import time
from collections import Counter
from decimal import Decimal

import pytest

from tests.standins.common import changes_to, endpoint_fixture
from pricesync.channels import Change, create_channel
from pricesync.channels.shopify import ShopifyChannel, ShopifyConfig
from pricesync.errors import ChannelError, TransientChannelError
from tests.standins.shopify import Standin, gid


endpoint = endpoint_fixture()      # one HTTPS server for the module; each test plugs its stand-in


@pytest.fixture
def shop(endpoint):
    """``shop(**stand-in options)`` -> (standin, connect); ``connect(**config overrides)``."""
    served = endpoint
    channels = []

    def make(**options):
        standin = Standin(**options)
        endpoint.plug(standin)

        def connect(env=None, **overrides):
            raw = {**standin.channel_config(served.url, served.ca_bundle), **overrides}
            channel = create_channel("shop", ShopifyConfig.model_validate(raw), env=env or standin.env)
            channels.append(channel)
            return channel

        connect.served = served
        return standin, connect

    yield make
    for channel in channels:
        channel.close()


def push(channel, changes: list[Change], key: str = "run1"):
    results = []
    for n, start in enumerate(range(0, len(changes), channel.batch_size)):
        results += channel.send_batch(changes[start:start + channel.batch_size], idempotency_key=f"{key}-b{n}")
    return results


def applied_twice(standin) -> list:
    return [k for k, n in Counter((sku, what) for sku, what, _ in standin.applied).items() if n > 1]


# -- configuration ---------------------------------------------------------------------------
BASE = {"type": "shopify", "url": "https://demo.myshopify.com", "location_id": "7001"}


@pytest.mark.parametrize("overrides, problem", [
    ({}, None),
    ({"url": "http://demo.myshopify.com"}, "https"),
    ({"url": "demo.myshopify.com"}, "https"),
    ({"location_id": None}, "location_id or location_name"),
    ({"location_id": None, "update_stock": False}, None),
    ({"location_id": None, "location_name": "Main warehouse"}, None),
    ({"location_name": "Main warehouse"}, "not both"),
    ({"api_version": "2026-04"}, None),
    ({"api_version": "2026-13"}, "released Admin API version"),
    ({"api_version": "2026-4"}, "released Admin API version"),
    ({"api_versoin": "2026-04"}, "Extra inputs"),
])
def test_config(overrides, problem):
    raw = {**BASE, **overrides}
    if problem is None:
        assert ShopifyConfig.model_validate(raw).url == "https://demo.myshopify.com"
    else:
        with pytest.raises(Exception, match=problem):
            ShopifyConfig.model_validate(raw)


# -- authentication ----------------------------------------------------------------------------


# -- reading -------------------------------------------------------------------------------------
def test_variants_found_by_exact_sku_across_pages(shop):
    standin, connect = shop()
    standin.seed(40, variants_per_product=4)
    standin.add_product([("AB-1", "10.00", 1), ("AB-10", "11.00", 2)])
    standin.add_product([("ELSEWHERE", "5.00", None)])           # not stocked at the location
    standin.add_product([("TWICE", "1.00", 1)])
    standin.add_product([("TWICE", "2.00", 1)])
    channel = connect(page_size=3, skus_per_query=7)
    wanted = [f"SKU-{i:05d}" for i in range(1, 41)] + ["AB-1", "ELSEWHERE", "TWICE", "MISSING"]
    current = channel.fetch_current(wanted)
    assert set(current) == set(wanted) - {"MISSING"}
    assert (current["AB-1"].price, current["AB-1"].stock) == (Decimal("10.00"), 1)    # not AB-10's
    assert (current["SKU-00013"].price, current["SKU-00013"].stock) == (Decimal("113.00"), 13)
    assert current["ELSEWHERE"].stock is None and current["ELSEWHERE"].ref["stocked"] is False
    assert len(current["TWICE"].ref["duplicates"]) == 2
    assert standin.operations["productVariants"] > len(wanted) / 7    # pages were followed


def test_location_found_by_name_once(shop):
    standin, connect = shop()
    standin.add_product([("A-1", "10.00", None)])
    standin.by_sku("A-1").levels[7002] = 4
    channel = connect(location_id=None, location_name="kyiv store")
    changes = changes_to(channel, {"A-1": (None, 9)})
    assert changes[0].old_stock == 4
    assert all(r.ok for r in channel.send_batch(changes, idempotency_key="k"))
    assert standin.by_sku("A-1").levels == {7002: 9}
    assert standin.operations["locations"] == 1


def test_unknown_location_name_lists_the_shops(shop):
    standin, connect = shop()
    standin.add_product([("A-1", "10.00", 1)])
    with pytest.raises(ChannelError, match="no location named 'Odesa'.*Main warehouse, Kyiv store"):
        connect(location_id=None, location_name="Odesa").fetch_current(["A-1"])


# -- writing ---------------------------------------------------------------------------------------
def test_push_reaches_desired_state(shop):
    standin, connect = shop()
    standin.seed(150, variants_per_product=5)
    channel = connect()
    desired = {f"SKU-{i:05d}": (f"{300 + i}.90", i % 9) for i in range(1, 151)}
    changes = changes_to(channel, desired)
    results = push(channel, changes)
    assert len(results) == 150 and all(r.ok for r in results), [r for r in results if not r.ok][:3]
    assert changes_to(channel, desired) == []               # a second push would send nothing
    assert applied_twice(standin) == []
    # prices: one product per mutation field, every variant of it in that one field, and
    # the products of a batch as aliased fields of one request (25 per request)
    calls = [args for op, args in standin.mutations if op == "productVariantsBulkUpdate"]
    assert len(calls) == 30 and all(len(c["variants"]) == 5 for c in calls)
    assert len({c["productId"] for c in calls}) == 30
    assert standin.operations["productVariantsBulkUpdate"] == 2       # batches of 20 and 10 products
    assert max(standin.batch_sizes["inventorySetQuantities"]) <= 100
    assert standin.by_sku("SKU-00042").price == Decimal("342.90")


@pytest.mark.parametrize("price, stock, operations", [
    ("12.50", 3, {"productVariantsBulkUpdate"}),
    (None, 8, {"inventorySetQuantities"}),
    ("12.50", 8, {"productVariantsBulkUpdate", "inventorySetQuantities"}),
])
def test_only_changed_fields_are_sent(shop, price, stock, operations):
    standin, connect = shop()
    standin.add_product([("A-1", "10.00", 3)])
    channel = connect()
    [result] = push(channel, changes_to(channel, {"A-1": (price, stock)}))
    assert result.ok
    assert {op for op, _ in standin.mutations} == operations
    for op, args in standin.mutations:
        if op == "productVariantsBulkUpdate":
            assert args["variants"] == [{"id": gid("ProductVariant", standin.by_sku("A-1").id), "price": "12.50"}]


def test_toggles(shop):
    standin, connect = shop()
    standin.add_product([("A-1", "10.00", 3)])
    channel = connect(update_stock=False, location_id=None)
    current = channel.fetch_current(["A-1"])["A-1"]
    assert current.stock is None                        # stock is not read either
    [result] = channel.send_batch([Change("A-1", current.price, Decimal("11"), None, 9, ref=current.ref)],
                                  idempotency_key="k")
    assert result.ok and {op for op, _ in standin.mutations} == {"productVariantsBulkUpdate"}


def test_per_item_errors_reported_while_the_rest_goes_through(shop):
    standin, connect = shop()
    standin.add_product([("A-1", "10.00", 1), ("A-2", "10.00", 1), ("A-3", "10.00", 1)])
    standin.add_product([("B-1", "10.00", 1)])
    standin.price_errors["A-2"] = "Price must be lower than 1000000"
    channel = connect()
    changes = changes_to(channel, {s: ("20.00", 5) for s in ["A-1", "A-2", "A-3", "B-1"]})
    gone = changes[3]      # its inventory item was deleted after the plan was read
    changes[3] = Change(gone.sku, gone.old_price, gone.new_price, gone.old_stock, gone.new_stock,
                        ref={**gone.ref, "inventory_item_id": gid("InventoryItem", 999)})
    results = {r.sku: r for r in channel.send_batch(changes, idempotency_key="k")}
    assert [s for s, r in results.items() if not r.ok] == ["A-2", "B-1"]
    assert results["A-2"].message == "price: Price must be lower than 1000000 (INVALID_INPUT)"
    assert "stock: The specified inventory item could not be found. (INVALID_INVENTORY_ITEM)" in results["B-1"].message
    assert standin.by_sku("A-2").levels[7001] == 5           # its stock still went through
    assert standin.by_sku("A-2").price == Decimal("10.00")
    assert standin.by_sku("B-1").price == Decimal("20.00")   # its price still went through
    assert standin.by_sku("B-1").levels[7001] == 1
    assert applied_twice(standin) == []


@pytest.mark.parametrize("setup, message", [
    (lambda s: s.add_product([("U-1", "10.00", 2)], tracked=False), "does not track"),
    (lambda s: s.add_product([("U-1", "10.00", None)]), "not stocked at the configured location"),
])
def test_stock_that_cannot_be_set_is_refused_and_price_still_goes(shop, setup, message):
    standin, connect = shop()
    setup(standin)
    channel = connect()
    current = channel.fetch_current(["U-1"])["U-1"]
    [result] = channel.send_batch([Change("U-1", current.price, Decimal("12"), current.stock, 5, ref=current.ref)],
                                  idempotency_key="k")
    assert not result.ok and message in result.message
    assert standin.by_sku("U-1").price == Decimal("12")


def test_duplicate_skus_are_not_guessed(shop):
    standin, connect = shop()
    standin.add_product([("TWICE", "1.00", 1)])
    standin.add_product([("TWICE", "2.00", 1)])
    channel = connect()
    [result] = push(channel, changes_to(channel, {"TWICE": ("3.00", None)}))
    assert not result.ok and "2 variants have this SKU" in result.message
    assert standin.mutations == []


# -- idempotency -----------------------------------------------------------------------------------
def test_lost_answer_is_retried_with_the_same_key_and_applied_once(shop):
    standin, connect = shop()
    standin.seed(20)
    channel = connect()
    changes = changes_to(channel, {f"SKU-{i:05d}": (None, 100 + i) for i in range(1, 21)})
    standin.drop_after_apply(1)              # applied, but the answer never arrives
    results = channel.send_batch(changes, idempotency_key="run7-batch3")
    assert all(r.ok for r in results)
    assert standin.operations["inventorySetQuantities"] == 2 and standin.replays == 1
    assert applied_twice(standin) == [] and len(standin.applied) == 20


def test_resumed_batch_reuses_its_key_and_is_not_applied_twice(shop):
    standin, connect = shop(api_version="2026-04")          # @idempotent required
    standin.seed(5)
    channel = connect()
    changes = changes_to(channel, {f"SKU-{i:05d}": (None, 60 + i) for i in range(1, 6)})
    first = channel.send_batch(changes, idempotency_key="run7-batch3")
    again = connect().send_batch(changes, idempotency_key="run7-batch3")    # a new run resuming it
    assert all(r.ok for r in first + again)
    assert standin.replays == 1 and len(standin.applied) == 5


def test_older_api_versions_skip_the_compare_instead(shop):
    standin, connect = shop(api_version="2025-10")
    standin.seed(3)
    channel = connect()
    results = push(channel, changes_to(channel, {"SKU-00001": (None, 77)}))
    assert all(r.ok for r in results)
    [(_, given)] = standin.mutations
    assert given["ignoreCompareQuantity"] is True and "changeFromQuantity" not in given["quantities"][0]
    assert standin.idempotent == {}                        # no @idempotent before 2026-01


# -- rate limits and faults ------------------------------------------------------------------------
def test_calls_wait_for_the_bucket_instead_of_being_throttled(shop):
    standin, connect = shop(max_available=50, restore_rate=50)
    standin.seed(20)
    channel = connect(page_size=5, skus_per_query=5)       # each search costs 2 + 5 * 4 = 22
    started = time.monotonic()
    current = channel.fetch_current([f"SKU-{i:05d}" for i in range(1, 21)])
    assert len(current) == 20
    assert standin.throttled == 0                          # 88 points from a bucket of 50: waited
    assert time.monotonic() - started >= 0.5


def test_throttled_answer_is_waited_out(shop):
    standin, connect = shop(max_available=50, restore_rate=50)
    standin.seed(3)
    channel = connect(page_size=5)
    standin.drain()                                        # another app emptied the bucket
    assert len(channel.fetch_current(["SKU-00001", "SKU-00002"])) == 2
    assert standin.throttled >= 1 and channel.throttled >= 1


def test_throttled_too_often_is_transient(shop):
    standin, connect = shop(max_available=50, restore_rate=1)
    standin.seed(3)
    channel = connect(page_size=5, throttle_waits=0)
    standin.drain()
    with pytest.raises(TransientChannelError, match="still throttled"):
        channel.fetch_current(["SKU-00001"])


def test_a_query_costlier_than_allowed_says_what_to_change(shop):
    standin, connect = shop()
    standin.seed(3)
    with pytest.raises(ChannelError, match="MAX_COST_EXCEEDED|exceeds the single query max cost"):
        connect(page_size=250).fetch_current(["SKU-00001"])


def test_402_frozen_shop_is_not_retried(shop):
    # 400/404/409 are the contract suite's test_other_client_errors_fail_that_sku_without_retrying
    status = 402
    standin, connect = shop()
    standin.seed(2)
    channel = connect()
    changes = changes_to(channel, {"SKU-00001": ("5.00", None)})
    before = len(standin.requests)
    standin.fail_next(1, status=status)
    [result] = channel.send_batch(changes, idempotency_key="k")
    assert not result.ok and not result.transient and f"HTTP {status}" in result.message
    assert len(standin.requests) == before + 1
    assert standin.token not in result.message


# -- through the pipeline --------------------------------------------------------------------------
class Killed(BaseException):
    """The process dying: nothing after it runs."""


class DiesAfterBatch(ShopifyChannel):
    """The real connector in a process killed right after batch N was applied, before the
    push could record the answer."""

    die_after: int | None = None

    def send_batch(self, changes, *, idempotency_key):
        self.calls = getattr(self, "calls", 0) + 1
        results = super().send_batch(changes, idempotency_key=idempotency_key)
        if self.calls == self.die_after:
            raise Killed()
        return results


def test_pipeline_push_survives_faults_and_a_kill(shop, tmp_path):
    from pricesync.pipeline import plan, push
    from tests.pipeline_support import config_with, prices_frame

    standin, connect = shop()
    standin.seed(240, variants_per_product=3)
    raw = standin.channel_config(connect.served.url, connect.served.ca_bundle)
    cfg = config_with(tmp_path, "[channels.shop]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in raw.items()))
    prices = prices_frame([{"sku": f"SKU-{i:05d}", "price": f"{2000 + i}.00", "stock": i % 13 + 60}
                           for i in range(1, 241)])

    def channel(die_after=None):
        ch = DiesAfterBatch("shop", cfg.channel("shop"), env=standin.env)
        ch.die_after = die_after
        return ch

    first = channel(die_after=2)
    standin.fail_next(1, status=429, retry_after=1)
    standin.drop_after_apply(1)                 # batch 1's stock applied, its answer lost
    with pytest.raises(Killed):
        push(cfg, plan(cfg, prices, channels=[first]), channels=[first])
    assert standin.replays == 1

    standin.fail_next(1, status=503)
    second = channel()
    [r] = push(cfg, plan(cfg, prices, channels=[second]), channels=[second]).channels
    assert r.failures == [] and r.pushed == 240 - 200
    assert {s: (c.price, c.stock) for s, c in second.fetch_current(list(prices["sku"])).items()} == \
        {s: (p, int(k)) for s, p, k in zip(prices["sku"], prices["price"], prices["stock"])}
    assert applied_twice(standin) == []
    assert max(standin.batch_sizes["inventorySetQuantities"]) <= 100
    assert plan(cfg, prices, channels=[channel()])[0].changes == []
