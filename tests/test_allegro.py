"""Allegro connector against the Allegro stand-in over real HTTPS: what is Allegro's own (offer
lookup by external id, price/quantity change commands and their tasks, command ids, the
client-blocked 429). The shared channel contract is tests/test_channel_contract.py."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

from pricesync.channels.allegro import command_id
from tests.standins.allegro import Standin
from tests.standins.common import (
    change, connected, elapsed, endpoint_fixture, seed_skus, standin_fixture, toml_table,
)

PRICE_CMD = "/sale/offer-price-change-commands/"
REPO = Path(__file__).resolve().parent.parent

endpoint = endpoint_fixture()


standin = standin_fixture(Standin)


def test_fetch_current_finds_offers_by_external_id(endpoint):
    standin = Standin()
    standin.seed(120)
    for i in range(1100):                 # one SKU listed 1100 times: the listing pages by offset
        standin.add("BULK", "9.99", 1)
    standin.add(None, "45.00", 3, offer_id="7799000001")     # an offer without external id
    with connected(standin, endpoint, offers={"NO-SIGNATURE": "7799000001"}) as channel:
        current = channel.fetch_current(seed_skus(120) + ["BULK", "NO-SIGNATURE", "NOT-ON-ALLEGRO"])
    assert len(current) == 122 and "NOT-ON-ALLEGRO" not in current
    assert (current["SKU-00001"].price, current["SKU-00001"].stock) == (Decimal("100.00"), 5)
    assert current["SKU-00120"].ref == {"offer_ids": [standin.offers["SKU-00120"][0].id]}
    assert len(current["BULK"].ref["offer_ids"]) == 1100
    assert current["NO-SIGNATURE"].price == Decimal("45.00")
    # 121 SKUs by external.id, 50 per query (one of them pages twice), plus one offer.id query
    assert standin.calls("GET", "/sale/offers") == 3 + 1 + 1


def test_one_command_per_distinct_price_and_quantity_polled_until_done(standin, endpoint):
    prices = ("19.99", "24.50", "30.00")
    changes = [change(sku, price=prices[i % 3], stock=i % 2) for i, sku in enumerate(seed_skus(20))]
    with connected(standin, endpoint) as channel:
        results = channel.send_batch(changes, idempotency_key="run7-b3")
    assert all(r.ok for r in results), results
    assert len(standin.commands) == 3 + 2
    assert {c.part for c in standin.commands.values()} == {"price", "stock"}
    assert standin.offers["SKU-00002"][0].price == Decimal("24.50") and standin.offers["SKU-00002"][0].stock == 1
    assert set(standin.applied_counts().values()) == {1}


def test_command_ids_are_stable_per_batch_kind_and_value():
    assert command_id("k1", "price", "19.99", 0) == command_id("k1", "price", "19.99", 0)
    ids = {command_id(*args) for args in [("k1", "price", "19.99", 0), ("k2", "price", "19.99", 0),
                                          ("k1", "stock", "19.99", 0), ("k1", "price", "20.00", 0),
                                          ("k1", "price", "19.99", 1)]}
    assert len(ids) == 5


def test_a_resumed_batch_reuses_its_command_ids_and_is_applied_once(standin, endpoint):
    standin.task_polls = 1000
    batch = [change("SKU-00001", price="55.55", stock=3), change("SKU-00002", price="55.55", stock=4)]
    with connected(standin, endpoint, poll_attempts=2) as channel:
        first = channel.send_batch(batch, idempotency_key="run1-b1")
    assert all(not r.ok and r.transient and "still running" in r.message for r in first)
    first_ids = list(standin.puts)
    for command in standin.commands.values():
        command.polls_left = 1             # Allegro has got round to them meanwhile
    with connected(standin, endpoint) as channel:
        again = channel.send_batch(batch, idempotency_key="run1-b1")
    assert all(r.ok for r in again)
    assert standin.puts[len(first_ids):] == first_ids and len(standin.commands) == len(first_ids)
    assert standin.applied_counts() == {(s, f): 1 for s in ("SKU-00001", "SKU-00002") for f in ("price", "stock")}


def test_429_without_retry_after_waits_rate_limit_wait(standin, endpoint):
    # Allegro's "client blocked" 429 says nothing of how long: rate_limit_wait (1 s here) is waited.
    # A 429 with Retry-After is in the contract suite (tests/test_channel_contract.py).
    standin.fail_next(1, status=429, path=PRICE_CMD)
    with connected(standin, endpoint) as channel, elapsed() as took:     # rate_limit_wait = 1 s here
        results = channel.send_batch([change("SKU-00001", price="31.00")], idempotency_key="k")
    assert results[0].ok and took[0] >= 0.95
    assert standin.applied == [("SKU-00001", "price", Decimal("31.00"))]


def test_a_push_killed_while_polling_resumes_with_the_same_commands(standin, endpoint, tmp_path, cli):
    """A real ``pricesync push`` process is killed (SIGKILL) after its price commands went
    out; the next push finishes the journal's batch under the same idempotency key."""
    standin.task_polls = 10 ** 6
    endpoint.plug(standin)
    channel = {**standin.channel_config(endpoint.url, endpoint.ca_bundle), "poll_attempts": 10 ** 6}
    config = tmp_path / "pricesync.toml"
    config.write_text('[shop]\ncurrency = "PLN"\n[state]\npath = "state.sqlite"\n'
                      + toml_table("channels.allegro", channel))
    prices = tmp_path / "prices.csv"
    prices.write_text("sku,price,stock,status\nSKU-00001,60.00,1,ok\nSKU-00002,60.00,2,ok\nSKU-00003,70.00,3,ok\n")
    env = {**os.environ, **standin.env, "PYTHONPATH": str(REPO)}
    log = tmp_path / "first-push.log"
    with log.open("wb") as output:
        proc = subprocess.Popen([sys.executable, "-m", "pricesync", "push", "--config", str(config),
                                 "--prices", str(prices)], cwd=REPO, env=env, stdout=output, stderr=output)
        try:
            deadline = time.monotonic() + 30
            while len(standin.commands) < 2 and time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.02)
            assert len(standin.commands) == 2, f"the push never sent its price commands: {log.read_text()}"
            time.sleep(0.1)                                     # it is polling their tasks now
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
    assert standin.applied == []
    first_ids = set(standin.commands)
    standin.task_polls = 1
    for command in standin.commands.values():
        command.polls_left = 1
    config.write_text(config.read_text().replace("poll_attempts = 1000000", "poll_attempts = 10"))
    result = cli("push", "--config", config, "--prices", prices, env=standin.env)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert first_ids <= set(standin.commands) and len(standin.commands) == 2 + 3   # + the quantity commands
    assert standin.applied_counts() == {(f"SKU-0000{i}", f): 1 for i in (1, 2, 3) for f in ("price", "stock")}
    assert [o[0].price for o in (standin.offers["SKU-00001"], standin.offers["SKU-00003"])] == \
        [Decimal("60.00"), Decimal("70.00")]
