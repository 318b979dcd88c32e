"""Kill and resume: a real ``pricesync push`` subprocess against the WooCommerce (batch
API) and Shopify (aliased bulk price writes, stock sets) stand-ins over HTTPS, SIGKILLed
between batches or while a batch is in flight (applied by the shop, the answer never
delivered), sometimes after a connection that dropped once a batch was applied; then
the next push. Every scenario ends with: no SKU written twice (the stand-in's own log),
the shop equal to the plan, the ``pushed`` table equal to the shop, no batch unfinished
and no run left "running"."""
from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import threading
from decimal import Decimal

import pandas as pd
import pytest

from pricesync.state import State
from tests.standins import shopify, woocommerce
from tests.standins.common import serving

N = 120


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("resume")) as served:
        yield served


class Gate:
    """In front of a stand-in: numbers its write requests and, per number, ``before``
    (hold the request unapplied until the test killed the pusher), ``after`` (apply it,
    then hold the answer until the kill) or ``drop`` (apply it, then close the connection
    unanswered; the pusher lives on)."""

    def __init__(self, standin, is_write, actions: dict[int, str]) -> None:
        self.standin, self.is_write, self.actions = standin, is_write, dict(actions)
        self.writes = 0
        self.lock = threading.Lock()
        self.reached, self.killed = threading.Event(), threading.Event()

    def wsgi_app(self, environ, start_response):
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        environ["wsgi.input"] = io.BytesIO(body)
        action = None
        if environ["REQUEST_METHOD"] == "POST" and self.is_write(environ["PATH_INFO"], body):
            with self.lock:
                self.writes += 1
                action = self.actions.pop(self.writes, None)
        if action == "before":
            self.reached.set()
            self.killed.wait(30)
            start_response("503 Service Unavailable", [("Content-Type", "application/json")])
            return [b'{"message": "gone"}']
        if action in ("after", "drop"):
            answer = b"".join(self.standin.wsgi_app(environ, lambda *a, **k: None))   # applied
            if action == "after":
                self.reached.set()
                self.killed.wait(30)
                start_response("503 Service Unavailable", [("Content-Type", "application/json")])
                return [b'{"message": "gone"}']
            sock = environ.get("werkzeug.socket")
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
            del answer
            return []
        return self.standin.wsgi_app(environ, start_response)


# -- the two shops ---------------------------------------------------------------------
def wc_shop():
    s = woocommerce.Standin()
    s.seed(N)
    return s


def wc_now(s, sku):
    item = s.by_sku(sku)
    return Decimal(item.regular_price), item.stock_quantity


def wc_write(path: str, body: bytes) -> bool:
    return path.endswith("/batch")


def shopify_shop():
    s = shopify.Standin()
    s.seed(N)
    return s


def shopify_now(s, sku):
    v = s.by_sku(sku)
    return v.price, v.levels.get(7001)


def shopify_write(path: str, body: bytes) -> bool:
    return b"mutation" in body


SHOPS = {
    # 30 SKUs per batch: 4 batches of one /products/batch call each
    "woocommerce": (wc_shop, wc_now, wc_write, {"batch_size": 30}),
    # 30 SKUs per batch: per batch two price calls (15 products each), then one stock call
    "shopify": (shopify_shop, shopify_now, shopify_write, {"batch_size": 30, "products_per_call": 15}),
}

#: (shop, gate actions by write number, what the scenario is)
SCENARIOS = [
    ("woocommerce", {3: "before"}, "killed between batches (two done, the third never applied)"),
    ("woocommerce", {2: "after"}, "killed with a batch applied by the shop, its answer in flight"),
    ("woocommerce", {1: "drop", 3: "after"}, "a batch applied then the connection dropped; later killed in flight"),
    ("shopify", {3: "before"}, "killed before a batch's stock call: its prices applied, stock not"),
    ("shopify", {5: "after"}, "killed with a price call applied, its answer in flight"),
    ("shopify", {1: "drop", 6: "after"}, "prices applied then the connection dropped; later killed in flight"),
]


def desired_table(standin, now) -> pd.DataFrame:
    skus = [f"SKU-{i:05d}" for i in range(1, N + 1)]
    return pd.DataFrame({"sku": skus, "price": [now(standin, s)[0] + Decimal("3.07") for s in skus],
                         "stock": [(now(standin, s)[1] or 0) + 11 for s in skus],
                         "floor": [now(standin, s)[0] / 2 for s in skus],
                         "status": "ok", "explanation": "supplier moved"})


def repeated_writes(standin) -> int:
    return sum(n - 1 for n in standin.applied_counts().values() if n > 1)


def killed_push(config, table, gate: Gate, env: dict[str, str]) -> None:
    """``pricesync push`` in a subprocess, SIGKILLed when the gate holds its request."""
    proc = subprocess.Popen([sys.executable, "-m", "pricesync", "push", "--config", str(config), "--prices", str(table),
                             "--json"], cwd=config.parent, env={**os.environ, **env},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for _ in range(600):            # at most 60 s; a push that ends on its own fails at once
            if gate.reached.wait(0.1) or proc.poll() is not None:
                break
        assert gate.reached.is_set(), proc.communicate(timeout=10)
        proc.kill()                     # SIGKILL: nothing of the push runs after this
        proc.wait(30)
    finally:
        gate.killed.set()
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)


def write_config(tmp_path, standin, endpoint, extra):
    raw = {**standin.channel_config(endpoint.url, endpoint.ca_bundle), **extra}
    config = tmp_path / "pricesync.toml"
    config.write_text('[shop]\ncurrency = "RUB"\n[state]\npath = "state.sqlite"\n[channels.shop]\n'
                      + "".join(f"{k} = {json.dumps(v)}\n" for k, v in raw.items()), encoding="utf-8")
    return config


@pytest.mark.parametrize("shop,actions,what", SCENARIOS, ids=[f"{s[0]}-{'-'.join(f'{k}{v}' for k, v in s[1].items())}"
                                                              for s in SCENARIOS])
def test_killed_push_resumes_without_writing_twice(endpoint, tmp_path, cli, monkeypatch, shop, actions, what):
    make, now, is_write, extra = SHOPS[shop]
    standin = make()
    gate = Gate(standin, is_write, actions)
    endpoint.plug(gate)
    config = write_config(tmp_path, standin, endpoint, extra)
    desired = desired_table(standin, now)
    table = tmp_path / "prices.csv"
    desired.to_csv(table, index=False)
    killed_push(config, table, gate, standin.env)
    assert not gate.actions, f"{what}: the gate's actions were not all reached"
    with State(tmp_path / "state.sqlite") as st:
        assert [r["status"] for r in st.query("SELECT status FROM runs")] == ["running"]
        assert st.query("SELECT COUNT(*) FROM push_batches WHERE status IN ('new', 'sent')")[0][0] > 0

    endpoint.plug(standin)
    for k, v in standin.env.items():
        monkeypatch.setenv(k, v)
    res = cli("push", "--config", config, "--prices", table, "--json")
    assert res.exit_code == 0, res.stderr
    pushed_now = json.loads(res.stdout)["push"][0]

    repeats = repeated_writes(standin)
    assert repeats == 0, (f"{what}: {repeats} repeated write(s): "
                          f"{sorted(k for k, n in standin.applied_counts().items() if n > 1)[:10]}")
    for sku, price, stock in zip(desired["sku"], desired["price"], desired["stock"]):
        assert now(standin, sku) == (price, stock), f"{what}: {sku} is {now(standin, sku)}, not {(price, stock)}"
    with State(tmp_path / "state.sqlite") as st:
        pushed = {r["sku"]: (Decimal(r["price"]), r["stock"])
                  for r in st.query("SELECT sku, price, stock FROM pushed WHERE channel = 'shop'")}
        assert pushed == {s: now(standin, s) for s in desired["sku"]}, f"{what}: pushed differs from the shop"
        open_batches = st.query("SELECT status FROM push_batches WHERE status IN ('new', 'sent', 'pending')")
        assert not open_batches
        runs = [(r["status"], r["exit_code"]) for r in st.query("SELECT status, exit_code FROM runs ORDER BY id")]
        assert runs == [("interrupted", None), ("done", 0)]
    assert pushed_now["failed"] == 0 and pushed_now["pending"] == 0
    # Nothing left: a third push sends nothing.
    res = cli("push", "--config", config, "--prices", table, "--json")
    assert json.loads(res.stdout)["push"][0]["batches"] == 0 and repeated_writes(standin) == 0


@pytest.mark.parametrize("shop", ["woocommerce", "shopify"])
def test_killed_again_while_resuming(endpoint, tmp_path, cli, monkeypatch, shop):
    """Three pushes, the first two SIGKILLed with a write applied and unanswered (and a
    connection dropped after an applied write before that): the resumed batches of the
    second push are themselves interrupted and resumed by the third."""
    make, now, is_write, extra = SHOPS[shop]
    standin = make()
    config = write_config(tmp_path, standin, endpoint, extra)
    desired = desired_table(standin, now)
    table = tmp_path / "prices.csv"
    desired.to_csv(table, index=False)
    for actions in ({1: "drop", 2: "after"}, {1: "drop", 2: "after"}):
        gate = Gate(standin, is_write, actions)
        endpoint.plug(gate)
        killed_push(config, table, gate, standin.env)
        assert not gate.actions
    endpoint.plug(standin)
    for k, v in standin.env.items():
        monkeypatch.setenv(k, v)
    res = cli("push", "--config", config, "--prices", table, "--json")
    assert res.exit_code == 0, res.stderr
    assert repeated_writes(standin) == 0, sorted(k for k, n in standin.applied_counts().items() if n > 1)[:10]
    assert all(now(standin, s) == (p, k) for s, p, k in zip(desired["sku"], desired["price"], desired["stock"]))
    with State(tmp_path / "state.sqlite") as st:
        pushed = {r["sku"]: (Decimal(r["price"]), r["stock"]) for r in st.query("SELECT sku, price, stock FROM pushed")}
        assert pushed == {s: now(standin, s) for s in desired["sku"]}
        assert not st.query("SELECT status FROM push_batches WHERE status IN ('new', 'sent', 'pending')")
        assert [r["status"] for r in st.query("SELECT status FROM runs ORDER BY id")] == [
            "interrupted", "interrupted", "done"]


def test_runs_marks_a_killed_run_interrupted(tmp_path, cli):
    """``pricesync runs`` after a kill, before any new run: the run whose process is gone
    (the OS dropped its lock) is shown interrupted, not running; a run whose lock is still
    held is left alone."""
    from pricesync.pipeline.lock import run_lock

    config = tmp_path / "pricesync.toml"
    config.write_text('[shop]\ncurrency = "RUB"\n[state]\npath = "state.sqlite"\n', encoding="utf-8")
    state_path = tmp_path / "state.sqlite"
    with State(state_path) as st:
        killed = st.start_run("push")
        ingest = st.start_run("ingest")          # not a locked command: its process may be alive
    with run_lock(state_path, "run"):
        with State(state_path) as st:
            live = st.start_run("run")
        res = cli("runs", "--config", config, "--json")
        assert {r["id"]: r["status"] for r in json.loads(res.stdout)} == {
            killed: "running", ingest: "running", live: "running"}     # someone holds the lock: unknown
    res = cli("runs", "--config", config, "--json")
    rows = {r["id"]: r for r in json.loads(res.stdout)}
    assert {i: r["status"] for i, r in rows.items()} == {killed: "interrupted", ingest: "running", live: "interrupted"}
    assert "without finishing" in rows[killed]["summary"]["error"]
    res = cli("runs", "--config", config)
    assert "interrupted" in res.stdout
