"""push: batches, only what differs, per-item failures, whole-batch failures, resuming an
interrupted push through the journal, the floor re-check, held rows, feed snapshots."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from decimal import Decimal

import pandas as pd
import pytest

from pricesync.channels.base import Change, Current
from pricesync.pipeline import open_channels, plan, push
from pricesync.pipeline.model import ChannelPlan
from pricesync.state import State
from tests.pipeline_support import D, Killed, config_with, prices_frame, write_config

FLAKY = '[channels.shop]\ntype = "test_flaky"\n'


def setup_shop(tmp_path, extra: str = "", n: int = 7):
    """A shop of n SKUs at 100.00 / 5 and a prices table moving every one of them."""
    cfg = config_with(tmp_path, FLAKY + extra)
    [shop] = open_channels(cfg, ["shop"])
    shop.items = {f"S{i}": Current(f"S{i}", D("100.00"), 5, ref={"id": i}) for i in range(n)}
    prices = prices_frame([{"sku": f"S{i}", "price": f"{110 + i}.00", "stock": 5 if i % 2 else 3} for i in range(n)])
    return cfg, shop, prices


def desired_of(prices: pd.DataFrame) -> dict[str, tuple[Decimal, int]]:
    return {s: (p, int(k)) for s, p, k in zip(prices["sku"], prices["price"], prices["stock"])}


def shop_state(shop) -> dict[str, tuple[Decimal, int]]:
    return {s: (c.price, c.stock) for s, c in shop.items.items()}


def journal_rows(cfg) -> list[dict]:
    with State(cfg.resolve(cfg.state.path)) as st:
        return [dict(r) for r in st.query("SELECT key, status, seq FROM push_batches ORDER BY seq")]


def test_batches_only_changed_fields_and_nothing_twice(tmp_path):
    cfg, shop, prices = setup_shop(tmp_path)
    result = push(cfg, plan(cfg, prices, channels=[shop]), channels=[shop])
    [r] = result.channels
    assert (r.pushed, r.batches, r.failures) == (7, 3, [])
    assert [len(b) for b in shop.sent] == [3, 3, 1]                     # batch_size 3
    assert len(set(shop.keys)) == 3
    # Odd SKUs keep stock 5: only their price went. Even ones: both.
    fields = Counter(what for _, what, _ in shop.applied)
    assert fields == {"price": 7, "stock": 4}
    assert shop_state(shop) == desired_of(prices)
    assert [row["status"] for row in journal_rows(cfg)] == ["done"] * 3
    calls = shop.calls
    again = push(cfg, plan(cfg, prices, channels=[shop]), channels=[shop])
    assert shop.calls == calls and again.channels[0].pushed == 0        # a second push sends nothing


def test_per_item_failures_reported_rest_goes(tmp_path):
    cfg, shop, prices = setup_shop(tmp_path, 'fail_skus = ["S1", "S4"]\ntransient_skus = ["S6"]\n')
    [r] = push(cfg, plan(cfg, prices, channels=[shop]), channels=[shop]).channels
    assert r.pushed == 4
    assert {(f.sku, f.kind, f.message) for f in r.failures} == {
        ("S1", "failed", "simulated failure"), ("S4", "failed", "simulated failure"),
        ("S6", "pending", "simulated rate limit")}
    assert shop.items["S0"].price == D("110.00") and shop.items["S1"].price == D("100.00")
    # The next push retries exactly the ones that did not go.
    shop.config = shop.config.model_copy(update={"fail_skus": [], "transient_skus": []})
    [r2] = push(cfg, plan(cfg, prices, channels=[shop]), channels=[shop]).channels
    assert r2.pushed == 3 and shop_state(shop) == desired_of(prices)


def test_transient_batch_failure_left_pending_and_resumed_with_same_key(tmp_path):
    cfg, shop, prices = setup_shop(tmp_path, "transient_batches = [2]\n")
    [r] = push(cfg, plan(cfg, prices, channels=[shop]), channels=[shop]).channels
    assert r.pushed == 3 and r.pending == 4 and "503 Service Unavailable" in r.error
    assert shop.calls == 2                                               # the third batch was not tried
    rows = journal_rows(cfg)
    assert [row["status"] for row in rows] == ["done", "pending", "new"]
    [r2] = push(cfg, plan(cfg, prices, channels=[shop]), channels=[shop]).channels
    assert r2.resumed_batches == 2 and r2.pushed == 4
    assert shop.keys[2:] == [rows[1]["key"], rows[2]["key"]]             # same idempotency keys
    assert shop_state(shop) == desired_of(prices)
    assert max(Counter((s, w) for s, w, _ in shop.applied).values()) == 1


def test_whole_batch_refused_for_good_others_still_go(tmp_path):
    cfg, shop, prices = setup_shop(tmp_path, "refuse_batches = [1]\n")
    [r] = push(cfg, plan(cfg, prices, channels=[shop]), channels=[shop]).channels
    assert r.pushed == 4 and r.failed == 3
    assert all("401 Unauthorized" in f.message for f in r.failures)
    assert [row["status"] for row in journal_rows(cfg)] == ["failed", "done", "done"]


def test_killed_between_batches_resumes_without_applying_twice(tmp_path):
    cfg, shop, prices = setup_shop(tmp_path, "kill_at_batch = 2\n")
    with pytest.raises(Killed):
        push(cfg, plan(cfg, prices, channels=[shop]), channels=[shop])
    rows = journal_rows(cfg)
    assert [row["status"] for row in rows] == ["done", "sent", "new"]    # in flight when killed, then unsent
    from pricesync.report import NullReporter

    reporter = NullReporter()
    with State(cfg.resolve(cfg.state.path)) as st:
        plan(cfg, prices, channels=[shop], state=st, reporter=reporter)
    assert any("2 batch(es) of an interrupted push are waiting" in w for w in reporter.warnings)
    [r] = push(cfg, plan(cfg, prices, channels=[shop]), channels=[shop]).channels
    assert r.resumed_batches == 2 and r.pushed == 4
    assert shop.keys == [rows[0]["key"], rows[1]["key"], rows[1]["key"], rows[2]["key"]]
    assert shop_state(shop) == desired_of(prices)
    assert max(Counter((s, w) for s, w, _ in shop.applied).values()) == 1
    assert [row["status"] for row in journal_rows(cfg)] == ["done", "done", "done"]


def test_resume_sends_todays_values_not_the_interrupted_ones(tmp_path):
    """Prices moved between the killed push and the next: the old batch must not apply
    yesterday's values; what is still wanted as recorded keeps its batch."""
    cfg, shop, prices = setup_shop(tmp_path, "kill_at_batch = 1\n")
    with pytest.raises(Killed):
        push(cfg, plan(cfg, prices, channels=[shop]), channels=[shop])
    first = journal_rows(cfg)
    prices.loc[prices["sku"] == "S1", "price"] = D("150.00")            # S1 was in the first batch
    shop.config = shop.config.model_copy(update={"kill_at_batch": None})
    [r] = push(cfg, plan(cfg, prices, channels=[shop]), channels=[shop]).channels
    assert r.pushed == 7 and shop_state(shop) == desired_of(prices)
    assert ("S1", "price", D("111.00")) not in shop.applied
    assert first[1]["key"] in shop.keys and first[2]["key"] in shop.keys     # untouched batches keep their keys
    assert first[0]["key"] not in shop.keys[1:]                           # the changed one got a new key
    with State(cfg.resolve(cfg.state.path)) as st:
        assert st.query("SELECT status FROM push_batches WHERE key = ?", (first[0]["key"],))[0][0] == "superseded"


def test_floor_rechecked_and_held_never_sent_whatever_the_plan_says(tmp_path):
    cfg = config_with(tmp_path, FLAKY)
    [shop] = open_channels(cfg, ["shop"])
    shop.items = {s: Current(s, D("100.00"), 1) for s in ("LOW", "HELD", "OK")}
    forged = ChannelPlan("shop", "test_flaky", changes=[
        Change("LOW", D("100.00"), D("10.00"), 1, 1, floor=D("90.00")),
        Change("HELD", D("100.00"), D("120.00"), 1, 1),
        Change("OK", D("100.00"), D("101.00"), 1, 1, floor=D("90.00")),
    ])
    [held_plan] = plan(cfg, prices_frame([{"sku": "HELD", "price": "120.00", "stock": 1, "status": "held"}]),
                       channels=[shop])
    forged.held = held_plan.held
    [r] = push(cfg, [forged], channels=[shop]).channels
    assert shop_state(shop) == {"LOW": (D("100.00"), 1), "HELD": (D("100.00"), 1), "OK": (D("101.00"), 1)}
    assert {(f.sku, f.kind) for f in r.failures} == {("LOW", "refused"), ("HELD", "refused")}
    assert "below its floor 90.00" in next(f.message for f in r.failures if f.sku == "LOW")


def test_feed_snapshot_keeps_held_and_offerless_items(tmp_path):
    cfg = config_with(tmp_path, '[channels.feed]\ntype = "csv"\npath = "feed.csv"\n')
    first = prices_frame([{"sku": s, "price": p, "stock": 2, "name": f"Item {s}"}
                          for s, p in (("A", "10.00"), ("B", "20.00"), ("C", "30.00"))])
    push(cfg, plan(cfg, first))
    second = prices_frame([
        {"sku": "A", "price": "11.00", "stock": 2, "name": "Item A"},
        {"sku": "B", "price": "99.00", "stock": 2, "status": "held"},
        {"sku": "C", "price": None, "stock": 0, "status": "no_offer"},
    ])
    [r] = push(cfg, plan(cfg, second)).channels
    assert r.pushed == 1 and r.batches == 1
    feed = pd.read_csv(tmp_path / "feed.csv", dtype=str)
    assert feed.set_index("sku")["price"].to_dict() == {"A": "11.00", "B": "20.00", "C": "30.00"}
    assert feed.set_index("sku")["name"].to_dict()["C"] == "Item C"     # names kept from the last push


def test_cli_push_exit_codes(tmp_path, cli):
    (tmp_path / "shop.json").write_text(json.dumps({"A": ["100.00", 3], "B": ["5.00", 1]}), encoding="utf-8")
    config = write_config(tmp_path, '[channels.shop]\ntype = "dummy"\npath = "shop.json"\nfail_skus = ["B"]\n')
    table = tmp_path / "prices.csv"
    pd.DataFrame({"sku": ["A", "B"], "price": ["110.00", "6.00"], "stock": ["3", "1"]}).to_csv(table, index=False)
    res = cli("push", "--config", config, "--prices", table)
    assert res.exit_code == 4, res.stdout + res.stderr
    assert "failed B: simulated failure" in res.stderr
    assert json.loads((tmp_path / "shop.json").read_text())["A"] == ["110.00", 3]
    pd.DataFrame({"sku": ["A", "Z"], "price": ["110.00", "1.00"], "stock": ["3", "1"]}).to_csv(table, index=False)
    res = cli("push", "--config", config, "--prices", table, "--json")
    assert res.exit_code == 3                                           # Z unknown; nothing failed
    data = json.loads(res.stdout)
    assert data["push"][0]["pushed"] == 0 and data["summary"]["channels"]["shop"]["unknown"] == 1
    pd.DataFrame({"sku": ["A"], "price": ["120.00"], "stock": ["3"]}).to_csv(table, index=False)
    assert cli("push", "--config", config, "--prices", table).exit_code == 0


def test_sendable_drops_unchanged_fields():
    from pricesync.pipeline.pushing import sendable

    c = Change("A", D("10.00"), D("10.0"), 1, 2)
    s = sendable(c)
    assert (s.new_price, s.new_stock) == (None, 2)
    assert sendable(replace(c, new_stock=1)).new_stock is None


@pytest.mark.parametrize("ext", [".csv", ".xlsx"])
def test_blank_stock_in_an_edited_prices_table_leaves_stock_alone(tmp_path, cli, ext):
    """An operator clears the stock cells of an edited prices table: prices go, stock stays."""
    (tmp_path / "shop.json").write_text(json.dumps({"A": ["100.00", 3], "B": ["5.00", 1]}), encoding="utf-8")
    config = write_config(tmp_path, '[channels.shop]\ntype = "dummy"\npath = "shop.json"\n')
    table = tmp_path / f"prices{ext}"
    frame = pd.DataFrame({"sku": ["A", "B"], "price": ["110.00", "6.00"], "stock": ["", "4"], "status": ["", "ok"]})
    frame.to_csv(table, index=False) if ext == ".csv" else frame.to_excel(table, index=False)
    assert cli("push", "--config", config, "--prices", table).exit_code == 0
    assert json.loads((tmp_path / "shop.json").read_text()) == {"A": ["110.00", 3], "B": ["6.00", 4]}
