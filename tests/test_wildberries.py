"""Wildberries connector against the Wildberries stand-in over real HTTPS: what is WB's own
(goods list paging, upload tasks, warehouse stock by chrtId, sizes, whole-rouble prices,
StoreIsProcessing). The shared channel contract is tests/test_channel_contract.py."""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.standins.common import change, connected, endpoint_fixture, seed_skus, standin_fixture
from tests.standins.wildberries import Standin

UPLOAD = "/api/v2/upload/task"
STOCKS = "/api/v3/stocks"

endpoint = endpoint_fixture()


standin = standin_fixture(Standin)


def test_fetch_current_pages_through_goods_and_reads_warehouse_stock(endpoint):
    standin = Standin()
    standin.seed(2300)
    standin.add("JACKET", 4990, 2, sizes=3)
    standin.add("NEW-GOOD", 700, stock=None)          # on WB, no stock record at the warehouse
    with connected(standin, endpoint) as channel:
        current = channel.fetch_current(seed_skus(2300) + ["JACKET", "NEW-GOOD", "NOT-ON-WB"])
    assert len(current) == 2302 and "NOT-ON-WB" not in current
    assert (current["SKU-00001"].price, current["SKU-00001"].stock) == (Decimal("1000"), 5)
    assert current["SKU-02300"].ref["nm_id"] == standin.goods["SKU-02300"].nm_id
    assert current["NEW-GOOD"].stock == 0
    # three sizes share the vendorCode: the price is known, the stock is not this SKU's alone
    assert current["JACKET"].price == Decimal("4990") and current["JACKET"].stock is None
    assert "3 sizes" in current["JACKET"].ref["problem"]
    assert standin.calls("GET", "/api/v2/list/goods/filter") == 3
    assert standin.calls("POST", STOCKS) == 3                   # ≤1000 chrtIds a read


def test_prices_go_as_an_upload_task_polled_until_done_and_stock_per_warehouse(standin, endpoint):
    changes = [change(sku, price=str(2000 + i), stock=i) for i, sku in enumerate(seed_skus(20))]
    with connected(standin, endpoint) as channel:
        assert channel.batch_size == 1000
        results = channel.send_batch(changes, idempotency_key="run1-b1")
    assert all(r.ok for r in results), results
    assert standin.goods["SKU-00020"].price == 2019 and standin.goods["SKU-00020"].stock
    assert len(standin.tasks) == 1 and standin.calls("GET", "/api/v2/history/tasks") == standin.task_polls
    assert standin.batch_sizes == {UPLOAD: [20], STOCKS: [20]}
    assert all(n == 1 for n in standin.applied_counts().values())


# A price refused in the task history and a vendorCode not on WB are in the contract suite.
REFUSALS = {
    "stock refused by the warehouse (409)": (
        lambda s: s.refuse_stock.update({s.goods["SKU-00002"].chrt_ids[0]: ("SubjectFBSRestriction", "no FBS")}),
        change("SKU-00002", stock=4), "stock: SubjectFBSRestriction: no FBS"),
    "stock above 100000 (409)": (lambda s: None, change("SKU-00002", stock=100001),
                                 "stock: UploadDataLimit: Upload limit exceeded."),
    "stale chrtId (409 NotFound)": (lambda s: None, change("SKU-00002", stock=4, nm_id=1, chrt_id=999),
                                    "stock: NotFound"),
    "price with kopecks": (lambda s: None, change("SKU-00002", price="1499.50"), "price: Wildberries takes whole"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_refused_good_fails_alone_and_the_rest_goes_through(standin, endpoint, case):
    arrange, bad, message = REFUSALS[case]
    arrange(standin)
    good = [change("SKU-00001", price="1111", stock=7), change("SKU-00003", price="3333", stock=8)]
    with connected(standin, endpoint) as channel:
        results = channel.send_batch([good[0], bad, good[1]], idempotency_key="k")
    by_sku = {r.sku: r for r in results}
    assert by_sku["SKU-00001"].ok and by_sku["SKU-00003"].ok
    assert not by_sku[bad.sku].ok and message in by_sku[bad.sku].message and not by_sku[bad.sku].transient
    third = standin.goods["SKU-00003"]
    assert (standin.goods["SKU-00001"].price, third.stock[third.chrt_ids[0]]) == (1111, 8)
    assert bad.sku not in {sku for sku, *_ in standin.applied}


def test_store_being_processed_leaves_stock_for_the_next_push(standin, endpoint):
    standin.store_processing = 1
    with connected(standin, endpoint) as channel:
        results = channel.send_batch([change("SKU-00001", price="1234", stock=3)], idempotency_key="k")
    assert not results[0].ok and results[0].transient and "StoreIsProcessing" in results[0].message
    assert standin.applied == [("SKU-00001", "price", 1234)]


def test_a_task_still_processing_is_pending_and_resending_reuses_the_task(standin, endpoint):
    standin.task_polls = 50
    batch = [change("SKU-00001", price="4321"), change("SKU-00002", price="4322")]
    with connected(standin, endpoint, poll_attempts=3) as channel:
        first = channel.send_batch(batch, idempotency_key="k")
        assert all(not r.ok and r.transient and "still processing" in r.message for r in first)
        standin.task_polls = 0
        standin.tasks[9001].polls_left = 1
        again = channel.send_batch(batch, idempotency_key="k")
    assert all(r.ok for r in again)
    assert len(standin.tasks) == 1                                 # the identical upload got a 208
    assert standin.applied_counts() == {("SKU-00001", "price"): 1, ("SKU-00002", "price"): 1}


def test_prices_already_set_count_as_done(standin, endpoint):
    with connected(standin, endpoint) as channel:
        results = channel.send_batch([change("SKU-00001", price="1000")], idempotency_key="k")
    assert results[0].ok and standin.tasks == {} and standin.applied == []


def test_goods_with_several_sizes_are_mapped_in_the_config(standin, endpoint):
    jacket = standin.add("JACKET-M", 4990, 0, sizes=3)
    items = {"JACKET-M": {"nm_id": jacket.nm_id, "chrt_id": jacket.chrt_ids[1]}}
    with connected(standin, endpoint, items=items) as channel:
        results = channel.send_batch([change("JACKET-M", stock=6)], idempotency_key="k")
        assert channel.fetch_current(["JACKET-M"])["JACKET-M"].stock == 6
    assert results[0].ok and jacket.stock == {jacket.chrt_ids[0]: 0, jacket.chrt_ids[1]: 6, jacket.chrt_ids[2]: 0}
