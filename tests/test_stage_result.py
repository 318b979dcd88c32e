"""One result shape for the stages (``pricesync.result.StageResult``)."""
from __future__ import annotations

import json

from pricesync.result import StageResult
from tests.test_ingest_support import HEADER, write_xlsx

GOOD = [HEADER, ["2193312", "Смартфон Samsung Galaxy A12 4/64GB", "Samsung", "9 561,30", "много"],
        ["009712", "Дрель-шуруповерт Makita DF333DWYE", "Makita", 8901.9, "нет"]]


def test_stage_result_shape():
    r = StageResult(stage="x", tables={"main": [1, 2, 3], "other": []}, rows_in=4, counts={"ok": 3})
    assert r.table == [1, 2, 3]
    data = r.as_dict()
    assert data["tables"] == {"main": 3, "other": 0} and data["rejects"] == 0 and data["exit_code"] == 0
    json.dumps(data)
    assert StageResult(stage="empty").table is None


def test_stage_result_is_exported_lazily():
    import subprocess
    import sys

    import pricesync

    assert pricesync.StageResult is StageResult and "StageResult" in pricesync.__all__
    code = "import sys, pricesync; assert 'pricesync.result' not in sys.modules; pricesync.StageResult"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0


def test_ingest_result_as_stage_result(tmp_path):
    from pricesync.ingest import ingest_files

    got = ingest_files([write_xlsx(tmp_path / "romashka.xlsx", GOOD)])
    result = got.result
    assert result.stage == "ingest" and result.table is got.offers
    assert result.counts["offers"] == 2 and result.counts["held"] == 0 and result.exit_code == got.exit_code


def test_match_stage_counts_its_outcomes():
    import pandas as pd

    from pricesync.match.stage import match_stage
    from pricesync.tables import read_table
    from tests.conftest import SAMPLES

    offers = read_table(SAMPLES / "matching" / "offers.csv")
    catalog = read_table(SAMPLES / "matching" / "catalog.csv")
    result = match_stage(offers, catalog)
    assert result.stage == "match" and result.rows_in == len(offers) == len(result.table)
    assert sum(result.counts.values()) == len(offers)
    assert sum(sum(c.values()) for c in result.details["by_method"].values()) == len(offers)
    assert result.exit_code == 0
    held = match_stage(offers, catalog, catalog_rejects=pd.DataFrame({"reason": ["no sku"]}))
    assert held.exit_code == 3 and held.as_dict()["rejects"] == 1


def test_reprice_stage_counts_rows_by_status():
    from test_pricing_data import catalog, make_config, matches, offer

    from pricesync.pricing.stage import reprice_stage

    result = reprice_stage(matches(offer("A", "beta", "100")), catalog(("A", None), ("B", None)), make_config())
    assert result.stage == "reprice" and len(result.table) == 2 and result.rows_in == 1
    assert sum(result.counts.values()) == 2 and result.counts.get("no_offer") == 1
    assert result.counts["held"] == 0 and result.exit_code == 0


def test_reprice_stage_lists_the_largest_moves_and_holds():
    from test_pricing_data import catalog, make_config, matches, offer

    from pricesync.pricing.stage import reprice_stage

    result = reprice_stage(matches(offer("A", "beta", "100"), offer("B", "beta", "100")),
                           catalog(("A", "50"), ("B", "119")), make_config(pricing={"min_margin": "0.10", "max_change": "0.30", "rounding": "none",
                                                   "rules": [{"markup": "0.25"}]}))
    assert result.counts["held"] == 1 and result.exit_code == 3            # A would more than double
    moves = result.details["top_changes"]
    assert [m["sku"] for m in moves][0] == "A" and all(isinstance(m["price"], str) for m in moves)


def test_plan_and_push_results():
    from pricesync.pipeline.model import ChannelPlan, ChannelPushResult, ItemFailure, PushResult
    from pricesync.pipeline.stage import plan_result, push_result

    plans = [ChannelPlan(channel="shop", type="dummy", unchanged=3, no_offer=1)]
    planned = plan_result(plans)
    assert planned.stage == "plan" and planned.counts["unchanged"] == 3 and planned.exit_code == 0
    assert planned.details["channels"]["shop"]["no_offer"] == 1
    pushed = push_result(PushResult([ChannelPushResult("shop", pushed=2, batches=1,
                                                       failures=[ItemFailure("A", "boom")])]))
    assert pushed.counts["pushed"] == 2 and pushed.counts["failed"] == 1 and pushed.exit_code == 4
    json.dumps(pushed.as_dict()) and json.dumps(planned.as_dict())


def test_push_stage_sends_the_plans(tmp_path):
    import json as _json

    from pricesync.pipeline.stage import plan_stage, push_stage
    from tests.pipeline_support import config_with, prices_frame

    store = tmp_path / "shop.json"
    store.write_text(_json.dumps({"A": ["10.00", 1]}), encoding="utf-8")
    cfg = config_with(tmp_path, '[channels.shop]\ntype = "dummy"\npath = "shop.json"\n')
    planned = plan_stage(cfg, prices_frame([{"sku": "A", "price": "12.00", "stock": 1}]))
    assert planned.counts["changes"] == 1 and planned.exit_code == 0
    pushed = push_stage(cfg, planned.table)
    assert pushed.stage == "push" and pushed.counts["pushed"] == 1 and pushed.exit_code == 0
    assert _json.loads(store.read_text())["A"] == ["12.00", 1]
