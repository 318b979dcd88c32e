"""``push --prices TABLE``: a table from outside is re-checked against floors computed from
the current supplier offers, matches and costs. A table without a floor column (or with
stale floors) once pushed 1.00 for items costing about 500, exit 0."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pandas as pd

from pricesync.config import load_config
from pricesync.pipeline.floors import current_floors, recheck_floors
from tests.conftest import SAMPLES

CONFIG = """
[state]
path = "state/state.sqlite"
[shop]
currency = "RUB"
catalog = "{samples}/catalog.csv"
[fx]
USD = "92.50"
[suppliers.technoopt]
files = ["{samples}/prices/technoopt*.xlsx"]
[suppliers.mobiopt]
files = ["{samples}/prices/mobiopt.csv"]
[[pricing.rules]]
markup = "0.25"
[channels.shop]
type = "dummy"
initial = "{samples}/catalog.csv"
path = "out/shop.json"
"""


def _setup(tmp_path):
    config = tmp_path / "pricesync.toml"
    config.write_text(CONFIG.format(samples=SAMPLES.as_posix()), encoding="utf-8")
    floors = current_floors(load_config(config))
    sku, floor = max(floors.items(), key=lambda kv: kv[1])
    assert floor > 100
    return config, sku, floor


def _shop_price(tmp_path, sku):
    path = tmp_path / "out" / "shop.json"
    return json.loads(path.read_text())[sku][0] if path.exists() else None


def _plan_text(res) -> str:
    run_dir = res.stdout.split("run folder: ")[1].split()[0]
    return (Path(run_dir) / "plan.json").read_text(encoding="utf-8")


def test_a_table_without_floors_cannot_push_under_the_cost(tmp_path, cli):
    config, sku, floor = _setup(tmp_path)
    table = tmp_path / "prices.csv"
    pd.DataFrame({"sku": [sku], "price": ["1.00"], "stock": ["5"]}).to_csv(table, index=False)
    res = cli("push", "--config", config, "--prices", table)
    assert res.exit_code != 0, res.stdout + res.stderr
    assert _shop_price(tmp_path, sku) != "1.00"
    assert "1 held" in res.stdout and "no floor column" in res.stderr
    assert "below its floor" in _plan_text(res)


def test_stale_floors_in_the_table_are_raised_to_the_current_ones(tmp_path, cli):
    config, sku, floor = _setup(tmp_path)
    table = tmp_path / "prices.csv"
    pd.DataFrame({"sku": [sku], "price": ["2.00"], "stock": ["5"], "floor": ["0.50"]}).to_csv(table, index=False)
    res = cli("push", "--config", config, "--prices", table)
    assert res.exit_code != 0
    assert _shop_price(tmp_path, sku) != "2.00"
    assert "below the floor computed" in res.stderr and "below its floor" in _plan_text(res)


def test_a_price_above_the_current_floor_goes_out(tmp_path, cli):
    config, sku, floor = _setup(tmp_path)
    price = (floor + 10).quantize(Decimal("0.01"))
    table = tmp_path / "prices.csv"
    pd.DataFrame({"sku": [sku], "price": [str(price)], "stock": ["5"]}).to_csv(table, index=False)
    res = cli("push", "--config", config, "--prices", table)
    assert res.exit_code == 0, res.stdout + res.stderr
    assert Decimal(_shop_price(tmp_path, sku)) == price


def test_recheck_takes_the_stricter_floor(tmp_path):
    config = tmp_path / "pricesync.toml"
    config.write_text(CONFIG.format(samples=SAMPLES.as_posix()), encoding="utf-8")
    cfg = load_config(config)
    table = pd.DataFrame({"sku": ["A", "B", "C"], "price": ["1", "1", "1"], "floor": ["10", "90", None]})
    out = recheck_floors(cfg, table, computed={"A": Decimal("50"), "B": Decimal("60")})
    assert out["floor"].tolist() == [Decimal("50"), Decimal("90"), None]
    bare = recheck_floors(cfg, table.drop(columns="floor"), computed={"A": Decimal("50")})
    assert bare["floor"].tolist() == [Decimal("50"), None, None]
