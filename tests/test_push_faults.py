"""Fault injection through the real push engine and the real WooCommerce connector over
HTTPS: 429 with Retry-After, 5xx, dropped connections, an API down for longer than the
retries, and the pushing process killed between batches. Every scenario ends, after a
second push, with the shop equal to the desired state and no item applied twice."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from pricesync.pipeline import open_channels, plan, push
from pricesync.state import State
from tests.pipeline_support import config_with
from tests.standins.common import serving
from tests.standins.woocommerce import API, Standin

BATCH = f"{API}/products/batch"
N = 250                                 # three batches of at most 100


def desired_table(standin: Standin) -> pd.DataFrame:
    skus = sorted(i.sku for i in standin.products.values())
    return pd.DataFrame({
        "sku": skus,
        "price": [Decimal(standin.by_sku(s).regular_price) + Decimal("7.01") for s in skus],
        "stock": [n % 7 for n in range(len(skus))],
        "status": "ok", "explanation": "supplier moved",
    })


def shop_matches(standin: Standin, desired: pd.DataFrame) -> bool:
    return all(Decimal(standin.by_sku(s).regular_price) == p and standin.by_sku(s).stock_quantity == k
               for s, p, k in zip(desired["sku"], desired["price"], desired["stock"]))


def applied_once(standin: Standin) -> bool:
    counts = Counter((sku, what) for sku, what, _ in standin.applied)
    return max(counts.values()) == 1


def channel_toml(standin: Standin, url: str, ca: str | None, **extra) -> str:
    raw = {**standin.channel_config(url, ca), **extra}
    return "[channels.shop]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in raw.items())


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("wc")) as served:
        yield served


class OutageFrom:
    """Forwards to the stand-in; from the ``at``-th batch request on, the API is down for
    ``length`` requests (longer than the session's retries)."""

    def __init__(self, standin: Standin, at: int, length: int) -> None:
        self.standin, self.at, self.length, self.seen = standin, at, length, 0

    def wsgi_app(self, environ, start_response):
        if environ["REQUEST_METHOD"] == "POST" and environ["PATH_INFO"] == BATCH:
            self.seen += 1
            if self.seen == self.at:
                self.standin.fail_next(self.length, status=503, path=BATCH)
        return self.standin.wsgi_app(environ, start_response)


def test_rate_limits_errors_and_outage_then_resume(endpoint, tmp_path):
    standin = Standin()
    standin.seed(N)
    endpoint.switchboard.target = OutageFrom(standin, at=5, length=4)
    cfg = config_with(tmp_path, channel_toml(standin, endpoint.url, endpoint.ca_bundle, retries=3))
    [shop] = open_channels(cfg, ["shop"], env=standin.env)
    for prefix in ("https://", "http://"):       # keep Retry-After, shorten the plain backoff
        adapter = shop.session.get_adapter(prefix)
        adapter.max_retries = adapter.max_retries.new(backoff_factor=0.01)
    desired = desired_table(standin)
    # Batch 1 meets a 429 (Retry-After: 1), a 503 and a dropped connection and gets through
    # on its 4th request; batch 2 meets the API down for longer than the retries: left
    # pending, batch 3 not tried.
    standin.fail_next(1, status=429, retry_after=1, path=BATCH)
    standin.fail_next(1, status=503, path=BATCH)
    standin.drop_next(1, path=BATCH)
    [r1] = push(cfg, plan(cfg, desired, channels=[shop]), channels=[shop]).channels
    assert r1.pushed == 100 and r1.pending == N - 100 and "503" in r1.error
    assert standin.calls("POST", BATCH) == 4 + 4
    with State(tmp_path / "state.sqlite") as st:
        assert [r[0] for r in st.query("SELECT status FROM push_batches ORDER BY seq")] == ["done", "pending", "new"]
    endpoint.switchboard.target = standin
    [r2] = push(cfg, plan(cfg, desired, channels=[shop]), channels=[shop]).channels
    shop.close()
    assert (r2.pushed, r2.resumed_batches, r2.failures) == (N - 100, 2, [])
    assert shop_matches(standin, desired) and applied_once(standin)
    assert max(max(v) for v in standin.batch_sizes.values()) <= 100


class KillGate:
    """Lets batch requests through until the ``at``-th, which it holds until the test has
    killed the pushing process; that request is then answered 503 to nobody and never applied."""

    def __init__(self, standin: Standin, at: int) -> None:
        self.standin, self.at, self.seen = standin, at, 0
        self.reached, self.killed = threading.Event(), threading.Event()

    def wsgi_app(self, environ, start_response):
        if environ["REQUEST_METHOD"] == "POST" and environ["PATH_INFO"].endswith("/batch"):
            self.seen += 1
            if self.seen == self.at:
                self.reached.set()
                self.killed.wait(60)
                start_response("503 Service Unavailable", [("Content-Type", "application/json")])
                return [b'{"message": "gone"}']
        return self.standin.wsgi_app(environ, start_response)


def test_process_killed_between_batches_resumes_on_next_push(endpoint, tmp_path, cli, monkeypatch):
    standin = Standin()
    standin.seed(N)
    gate = KillGate(standin, at=2)
    endpoint.switchboard.target = gate
    config = tmp_path / "pricesync.toml"
    config.write_text('[shop]\ncurrency = "RUB"\n[state]\npath = "state.sqlite"\n'
                      + channel_toml(standin, endpoint.url, endpoint.ca_bundle), encoding="utf-8")
    desired = desired_table(standin)
    table = tmp_path / "prices.csv"
    desired.to_csv(table, index=False)
    env = {**os.environ, **standin.env}
    proc = subprocess.Popen([sys.executable, "-m", "pricesync", "push", "--config", str(config), "--prices", str(table)],
                            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert gate.reached.wait(60), proc.communicate(timeout=5)
        proc.kill()
        proc.wait(30)
    finally:
        gate.killed.set()
        if proc.poll() is None:
            proc.kill()
    with State(tmp_path / "state.sqlite") as st:
        statuses = [r[0] for r in st.query("SELECT status FROM push_batches ORDER BY seq")]
        assert statuses == ["done", "sent", "new"]           # one done, one in flight, one never sent
    assert len({sku for sku, _, _ in standin.applied}) == 100
    endpoint.switchboard.target = standin
    for k, v in standin.env.items():
        monkeypatch.setenv(k, v)
    res = cli("push", "--config", config, "--prices", table, "--json")
    assert res.exit_code == 0, res.stderr
    [pushed] = json.loads(res.stdout)["push"]
    assert (pushed["pushed"], pushed["resumed_batches"], pushed["failed"]) == (N - 100, 2, 0)
    assert shop_matches(standin, desired) and applied_once(standin)
    res = cli("push", "--config", config, "--prices", table, "--json")
    assert json.loads(res.stdout)["push"][0]["batches"] == 0            # nothing left to send
    assert Path(tmp_path / "state.sqlite.lock").exists()
