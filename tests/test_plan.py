"""plan: desired vs current per channel; what changes, what is held, what the channel lacks."""
from __future__ import annotations

import json
from decimal import Decimal

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pricesync.channels.base import Current
from pricesync.pipeline import open_channels, plan, plans_json, push
from pricesync.pipeline.outputs import write_plan
from pricesync.tables import read_table
from tests.pipeline_support import D, config_with, prices_frame, write_config

DUMMY = '[channels.shop]\ntype = "dummy"\n'


def shop_with(cfg, items: dict[str, tuple[str | None, int | None]]):
    [channel] = open_channels(cfg, ["shop"])
    channel.items = {sku: Current(sku, D(p), s, ref={"id": i}) for i, (sku, (p, s)) in enumerate(items.items())}
    return channel


# (current on the channel, desired row, expected section, expected change fields)
CASES = {
    "price up": (("100.00", 5), {"price": "120.00", "stock": 5}, "change", ("100.00", "120.00", 5, 5)),
    "stock down": (("100.00", 5), {"price": "100.00", "stock": 2}, "change", ("100.00", "100.00", 5, 2)),
    "both": (("100.00", 5), {"price": "99.00", "stock": 0}, "change", ("100.00", "99.00", 5, 0)),
    "same value other scale": (("100", 5), {"price": "100.00", "stock": 5}, "unchanged", None),
    "stock unmanaged on shop": (("100.00", None), {"price": "100.00", "stock": 4}, "change", ("100.00", "100.00", None, 4)),
    "held by pricing": (("100.00", 5), {"price": "190.00", "stock": 5, "status": "held",
                                        "explanation": "move +90% exceeds max_change 30%"}, "held", None),
    "no offer": (("100.00", 5), {"price": None, "stock": 0, "status": "no_offer"}, "left alone", None),
    "below floor": (("100.00", 5), {"price": "80.00", "floor": "85.00", "stock": 5}, "held", None),
    "zero price": (("100.00", 5), {"price": "0", "stock": 5}, "held", None),
    "at floor": (("100.00", 5), {"price": "85.00", "floor": "85.00", "stock": 5}, "change", ("100.00", "85.00", 5, 5)),
    "stock only, same stock": (("100.00", 5), {"price": None, "stock": 5}, "unchanged", None),
    "not on the channel": (None, {"price": "50.00", "stock": 1}, "unknown", None),
}


@pytest.mark.parametrize("name", list(CASES))
def test_plan_sorts_each_row(tmp_path, name):
    current, row, section, fields = CASES[name]
    cfg = config_with(tmp_path, DUMMY)
    shop = shop_with(cfg, {} if current is None else {"SKU-1": current})
    [p] = plan(cfg, prices_frame([{"sku": "SKU-1", **row}]), channels=[shop])
    got = {"change": p.changes, "held": p.held, "unknown": p.unknown}
    sections = [k for k, v in got.items() if v]
    if section == "unchanged":
        assert sections == [] and p.unchanged == 1
    elif section == "left alone":
        assert sections == [] and p.no_offer == 1
    else:
        assert sections == [section]
    if fields:
        c = p.to_dict()["changes"][0]
        assert (c["old_price"], c["new_price"], c["old_stock"], c["new_stock"]) == fields
        assert p.changes[0].ref == {"id": 0}          # the channel's ids travel with the change
    if name == "below floor":
        assert "below its floor 85.00" in p.held[0].reason
    if name == "held by pricing":
        assert p.to_dict()["held"][0]["reason"] == "move +90% exceeds max_change 30%"


def test_plan_json_shape_is_spec(tmp_path):
    cfg = config_with(tmp_path, DUMMY)
    shop = shop_with(cfg, {"A": ("14820.12", 3), "H": ("10.00", 1)})
    prices = prices_frame([
        {"sku": "A", "price": "14899.00", "stock": 7, "explanation": "cost 12 887.06 RUB ×1.15 = 14 820.12, rounded up to 14 899"},
        {"sku": "H", "price": "99.00", "stock": 1, "status": "held", "explanation": "move +890% held"},
        {"sku": "N", "price": "5.00", "stock": 2},
    ])
    data = plans_json(plan(cfg, prices, channels=[shop]))
    assert data["channel"] == "shop"                         # one channel: the object itself
    assert data["changes"] == [{
        "sku": "A", "old_price": "14820.12", "new_price": "14899.00", "old_stock": 3, "new_stock": 7,
        "explanation": "cost 12 887.06 RUB ×1.15 = 14 820.12, rounded up to 14 899", "change_pct": "0.5"}]
    assert [h["sku"] for h in data["held"]] == ["H"]
    assert [u["sku"] for u in data["unknown"]] == ["N"] and data["unknown"][0]["new_price"] == "5.00"
    json.dumps(data)                                         # money are strings: serialisable as is


def test_channel_adjustment_commission_and_stock_share(tmp_path):
    """A marketplace with 12 % commission and half the stock; the floor still holds."""
    cfg = config_with(tmp_path, DUMMY + 'price_multiplier = "1.12"\nstock_percent = "50%"\n')
    shop = shop_with(cfg, {"A": ("1000.00", 10)})
    prices = prices_frame([{"sku": "A", "price": "1099.00", "cost_shop": "900.00", "floor": "990.00", "stock": 9}])
    [p] = plan(cfg, prices, channels=[shop])
    [c] = p.changes
    assert c.new_price >= Decimal("1099.00") * Decimal("1.12")
    assert str(c.new_price).endswith("99.00")            # the shop's rounding applies on the channel too
    assert c.new_stock == 4                              # 50 % of 9, rounded down


def test_plan_without_channels_named_is_a_usage_error(tmp_path):
    from pricesync.errors import UsageError

    cfg = config_with(tmp_path, DUMMY)
    with pytest.raises(UsageError, match="no channel named 'nope'.*shop"):
        plan(cfg, prices_frame([{"sku": "A", "price": "1"}]), channels=["nope"])


def test_disabled_channel_is_skipped(tmp_path):
    cfg = config_with(tmp_path, DUMMY + '[channels.off]\ntype = "dummy"\nenabled = false\n')
    assert [p.channel for p in plan(cfg, prices_frame([{"sku": "A", "price": "1"}]))] == ["shop"]


@pytest.mark.parametrize("ext", [".json", ".xlsx", ".csv"])
def test_plan_files(tmp_path, ext):
    cfg = config_with(tmp_path, DUMMY + '[channels.feed]\ntype = "csv"\npath = "feed.csv"\n')
    shop = shop_with(cfg, {"A": ("100.00", 3), "B": ("10.00", 1)})
    prices = prices_frame([
        {"sku": "A", "price": "125.00", "stock": 3, "name": "=HYPERLINK(\"http://x\")"},
        {"sku": "B", "price": "11.00", "stock": 1, "status": "held", "explanation": "big move"},
        {"sku": "C", "price": "5.00", "stock": 2},
    ])
    plans = plan(cfg, prices, channels=[shop, "feed"])
    path = write_plan(plans, tmp_path / f"plan{ext}")
    if ext == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        assert [d["channel"] for d in data] == ["shop", "feed"]
        assert data[1]["changes"][0]["new_price"] == "125.00"
    elif ext == ".xlsx":
        wb = openpyxl.load_workbook(path)
        assert wb.sheetnames == ["changes", "held", "unknown"]
        changes = [[c.value for c in row] for row in wb["changes"].iter_rows()]
        assert changes[0] == ["channel", "sku", "name", "old_price", "new_price", "change_pct", "old_stock",
                              "new_stock", "explanation"]
        assert changes[1][:2] + changes[1][3:8] == ["shop", "A", 100, 125, 0.25, 3, 3]     # change: 25 %
        assert [r[1] for r in wb["unknown"].iter_rows(values_only=True)] == ["sku", "C"]
        assert [r[1] for r in wb["held"].iter_rows(values_only=True)] == ["sku", "B", "B"]
    else:
        df = read_table(path)
        assert set(df["section"]) == {"change", "held", "unknown"}
        row = df[(df["channel"] == "shop") & (df["sku"] == "A")].iloc[0]
        assert row["new_price"] == Decimal("125.00") and row["change_pct"] == "25.0"


def test_feed_plan_is_against_what_was_pushed(tmp_path):
    """A feed cannot be read back: its current state is the last push; a deleted file is
    written again whole."""
    cfg = config_with(tmp_path, '[channels.feed]\ntype = "yml"\npath = "out/feed.yml"\n')
    prices = prices_frame([{"sku": "A", "price": "100.00", "stock": 1}, {"sku": "B", "price": "7.00", "stock": 0}])
    [p] = plan(cfg, prices)
    assert [c.sku for c in p.changes] == ["A", "B"] and not p.unknown     # every SKU is new to a feed
    push(cfg, [p])
    [again] = plan(cfg, prices)
    assert again.changes == [] and again.unchanged == 2
    [moved] = plan(cfg, prices_frame([{"sku": "A", "price": "101.00", "stock": 1}, {"sku": "B", "price": "7.00", "stock": 0}]))
    assert [(c.sku, c.old_price, c.new_price) for c in moved.changes] == [("A", D("100.00"), D("101.00"))]
    (tmp_path / "out" / "feed.yml").unlink()
    [lost] = plan(cfg, prices)
    assert len(lost.changes) == 2


def test_duplicate_skus_use_the_first_row(tmp_path):
    from pricesync.report import NullReporter

    cfg = config_with(tmp_path, DUMMY)
    shop = shop_with(cfg, {"A": ("1.00", 1)})
    reporter = NullReporter()
    [p] = plan(cfg, prices_frame([{"sku": "A", "price": "2.00", "stock": 1}, {"sku": "A", "price": "3.00", "stock": 1}]),
               channels=[shop], reporter=reporter)
    assert p.changes[0].new_price == D("2.00")
    assert any("repeats 1 SKU" in w for w in reporter.warnings)


money = st.decimals(min_value=Decimal("1"), max_value=Decimal("99999"), places=2, allow_nan=False)
row = st.fixed_dictionaries({
    "price": money, "stock": st.integers(0, 50), "floor": st.one_of(st.none(), money),
    "status": st.sampled_from(["ok", "ok", "ok", "held", "no_offer"]),
    "current": st.one_of(st.none(), st.tuples(money, st.one_of(st.none(), st.integers(0, 50)))),
})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(row, min_size=1, max_size=12))
def test_plan_invariants(tmp_path_factory, rows):
    """Nothing held, offer-less or under its floor is ever a change; after pushing the plan,
    planning again finds nothing to change."""
    folder = tmp_path_factory.mktemp("prop")
    cfg = config_with(folder, DUMMY)
    skus = [f"S{i}" for i in range(len(rows))]
    shop = shop_with(cfg, {s: (str(r["current"][0]), r["current"][1]) for s, r in zip(skus, rows) if r["current"]})
    prices = prices_frame([{"sku": s, "price": str(r["price"]), "stock": r["stock"],
                            "floor": None if r["floor"] is None else str(r["floor"]), "status": r["status"]}
                           for s, r in zip(skus, rows)])
    [p] = plan(cfg, prices, channels=[shop])
    by_sku = dict(zip(skus, rows))
    for c in p.changes:
        r = by_sku[c.sku]
        assert r["status"] == "ok" and r["current"] is not None
        assert r["floor"] is None or c.new_price >= r["floor"]
    assert len(p.changes) + len(p.held) + len(p.unknown) + p.unchanged + p.no_offer == len(rows)
    push(cfg, [p], channels=[shop], state=None)
    [again] = plan(cfg, prices, channels=[shop])
    assert again.changes == []


def test_cli_plan_exit_codes_and_out(tmp_path, cli):
    channel_file = tmp_path / "shop.json"
    channel_file.write_text(json.dumps({"A": ["100.00", 3], "B": ["5.00", 1]}), encoding="utf-8")
    config = write_config(tmp_path, '[channels.shop]\ntype = "dummy"\npath = "shop.json"\n')
    clean = tmp_path / "clean.csv"
    pd.DataFrame({"sku": ["A", "B"], "price": ["110.00", "5.00"], "stock": ["3", "1"], "status": ["ok", "ok"],
                  "explanation": ["cost 88 ×1.25", ""]}).to_csv(clean, index=False)
    res = cli("plan", "--config", config, "--prices", clean, "--out", tmp_path / "p.json")
    assert res.exit_code == 0, res.stderr
    assert "100.00 → 110.00" in res.stdout and "+10.0" in res.stdout and "cost 88 ×1.25" in res.stdout
    assert json.loads((tmp_path / "p.json").read_text())["changes"][0]["new_price"] == "110.00"
    assert json.loads(channel_file.read_text())["A"] == ["100.00", 3]        # plan changed nothing
    held = tmp_path / "held.csv"
    pd.DataFrame({"sku": ["A", "Z"], "price": ["110.00", "1.00"], "stock": ["3", "1"]}).to_csv(held, index=False)
    res = cli("plan", "--config", config, "--prices", held, "--json")
    assert res.exit_code == 3                                                # Z is not on the channel
    assert json.loads(res.stdout)["unknown"][0]["sku"] == "Z"
    res = cli("plan", "--config", config, "--prices", tmp_path / "missing.csv")
    assert res.exit_code == 1 and "missing.csv" in res.stderr and "Traceback" not in res.stderr
