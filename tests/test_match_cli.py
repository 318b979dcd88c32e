"""``pricesync match`` through the real entry point."""
from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

from conftest import SAMPLES

SAMPLE = SAMPLES / "matching"


@pytest.fixture
def shop(tmp_path):
    for name in ("catalog.csv", "offers.csv", "truth.csv"):
        shutil.copy(SAMPLE / name, tmp_path / name)
    return tmp_path


def test_match_writes_the_table_and_prints_a_summary(cli, shop):
    result = cli("match", "--catalog", shop / "catalog.csv", shop / "offers.csv", "--out", shop / "m.xlsx",
                 "--state", shop / "s.sqlite")
    assert result.exit_code == 0, result.stderr
    assert "auto" in result.stdout and "review" in result.stdout and "total" in result.stdout
    table = pd.read_excel(shop / "m.xlsx", dtype=str, keep_default_na=False, engine="calamine")
    assert {"catalog_sku", "match_score", "match_method", "match_status", "match_reason", "candidates"} <= set(table)
    assert len(table) == len(pd.read_csv(shop / "offers.csv"))


def test_match_json_counts_by_method_and_the_sample_is_precise(cli, shop):
    result = cli("match", "--catalog", shop / "catalog.csv", shop / "offers.csv", "--out", shop / "m.csv",
                 "--state", shop / "s.sqlite", "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["offers"] == summary["auto"] + summary["review"] + summary["unmatched"]
    assert sum(c["auto"] for c in summary["by_method"].values()) == summary["auto"]
    matches = pd.read_csv(shop / "m.csv", dtype=str, keep_default_na=False)
    truth = pd.read_csv(shop / "truth.csv", dtype=str, keep_default_na=False)
    auto = matches["match_status"] == "auto"
    right = (matches["catalog_sku"] == truth["catalog_sku"]) & auto
    assert right.sum() / auto.sum() >= 0.99                        # precision of auto
    assert right.sum() / (truth["catalog_sku"] != "").sum() >= 0.8  # coverage


def test_catalog_and_state_come_from_the_config(cli, shop):
    (shop / "pricesync.toml").write_text(
        '[shop]\ncatalog = "catalog.csv"\n[state]\npath = "data/state.sqlite"\n[matching]\nauto_threshold = 95\n',
        encoding="utf-8")
    result = cli("match", shop / "offers.csv", "--out", shop / "m.csv", "--config", shop / "pricesync.toml", "--json")
    assert result.exit_code == 0, result.stderr
    assert (shop / "data" / "state.sqlite").exists()
    strict = json.loads(result.stdout)["auto"]
    loose = json.loads(cli("match", "--catalog", shop / "catalog.csv", shop / "offers.csv", "--out", shop / "m2.csv",
                           "--state", shop / "s.sqlite", "--json").stdout)["auto"]
    assert strict < loose


def test_catalog_rows_rejected_give_exit_code_3(cli, shop):
    catalog = pd.read_csv(shop / "catalog.csv", dtype=str, keep_default_na=False)
    pd.concat([catalog, catalog.head(1)]).to_csv(shop / "dup.csv", index=False)
    result = cli("match", "--catalog", shop / "dup.csv", shop / "offers.csv", "--out", shop / "m.csv",
                 "--state", shop / "s.sqlite")
    assert result.exit_code == 3
    assert "duplicate sku" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["--out", "m.csv"], "give --catalog"),
    (["--catalog", "missing.csv", "--out", "m.csv"], "catalog file not found"),
    (["--catalog", "catalog.csv", "--out", "m.txt"], "unsupported output extension"),
])
def test_usage_errors_are_one_line(cli, shop, monkeypatch, args, message):
    monkeypatch.chdir(shop)
    result = cli("match", "offers.csv", *args)
    assert result.exit_code in (1, 2)
    assert message in result.stderr and "Traceback" not in result.stderr


def test_offers_file_that_is_not_an_offers_table(cli, shop):
    (shop / "junk.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    result = cli("match", "--catalog", shop / "catalog.csv", shop / "junk.csv", "--out", shop / "m.csv",
                 "--state", shop / "s.sqlite")
    assert result.exit_code == 2 and "no 'name' column" in result.stderr


def test_apply_without_a_catalog_says_skus_were_not_checked(cli, shop):
    (shop / "d.csv").write_text("supplier,supplier_sku,catalog_sku\nmobiopt,MO1,100001\n", encoding="utf-8")
    result = cli("review", "apply", shop / "d.csv", "--state", shop / "s.sqlite")
    assert result.exit_code == 0
    assert "not checked" in result.stderr


def test_apply_rejecting_unknown_skus_exits_3(cli, shop):
    (shop / "d.csv").write_text("supplier,supplier_sku,catalog_sku\nmobiopt,MO1,NOPE\n", encoding="utf-8")
    result = cli("review", "apply", shop / "d.csv", "--state", shop / "s.sqlite", "--catalog", shop / "catalog.csv")
    assert result.exit_code == 3
    assert "row 2: catalog SKU 'NOPE' is not in the catalog" in result.stderr
