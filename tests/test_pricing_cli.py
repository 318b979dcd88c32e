"""``pricesync reprice`` through the real entry point: files in, prices table out, exit codes."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest

from pricesync.tables import read_table, write_table
from test_pricing_data import catalog, competitor, competitors, matches, offer

CONFIG = """
[shop]
currency = "RUB"
catalog = "catalog.csv"

[fx]
USD = "92.50"

[suppliers.technoopt]
currency = "USD"

[state]
path = "state.sqlite"

[pricing]
min_margin = "0.10"
max_change = "0.30"
rounding = "99"
[pricing.competitor]
strategy = "beat"
percent = "1%"
[[pricing.rules]]
when = { category = "Смартфоны" }
markup = "0.15"
[[pricing.rules]]
markup = "0.25"
"""


@pytest.fixture
def project(tmp_path):
    (tmp_path / "pricesync.toml").write_text(CONFIG, encoding="utf-8")
    write_table(catalog(("A1", "15000", "Смартфоны", "X", 2), ("B2", "100", "Чехлы", "X", 2), ("C3", None, "Чехлы")),
                tmp_path / "catalog.csv")
    write_table(matches(offer("A1", "technoopt", "145.20", "USD", stock=5), offer("A1", "mobi", "14000", stock=3),
                        offer("B2", "mobi", "100", stock=0), offer("C3", "mobi", "100", status="review")),
                tmp_path / "matches.csv")
    write_table(competitors(competitor("A1", "15990.00")), tmp_path / "competitors.csv")
    return tmp_path


def reprice(cli, project, *extra):
    return cli("reprice", "--config", project / "pricesync.toml", "--matches", project / "matches.csv",
               "--competitors", project / "competitors.csv", *extra)


def test_reprice_writes_the_table_and_exits_3_when_held(cli, project):
    res = reprice(cli, project, "--out", project / "prices.csv")
    assert res.exit_code == 3, res.stderr
    assert "ok 1, held 1, no_offer 1" in res.stdout
    prices = read_table(project / "prices.csv").set_index("sku")
    assert prices.loc["A1", "price"] == Decimal("15899.00") and prices.loc["A1", "status"] == "ok"
    assert prices.loc["A1", "stock"] == 8 and prices.loc["A1", "source_file"] == "technoopt.xlsx"
    assert prices.loc["B2", "status"] == "held" and prices.loc["C3", "status"] == "no_offer"
    assert prices.loc["A1", "explanation"].startswith("cost 145.20 USD × 92.50 = 13 431.00 RUB (technoopt")


def test_accept_then_remembered(cli, project):
    out = project / "prices.json"
    assert reprice(cli, project, "--out", out, "--accept", "B2").exit_code == 0
    assert reprice(cli, project, "--out", out).exit_code == 0          # remembered in the state
    assert (project / "state.sqlite").exists()


def test_accept_file_with_the_held_rows_of_a_previous_run(cli, project):
    first = project / "prices.csv"
    assert reprice(cli, project, "--out", first).exit_code == 3
    held = read_table(first)
    write_table(held[held["status"] == "held"][["sku", "price", "explanation"]], project / "held.xlsx")
    res = reprice(cli, project, "--out", project / "again.csv", "--accept-file", project / "held.xlsx",
                  "--state", project / "other.sqlite")
    assert res.exit_code == 0, res.stdout + res.stderr


def test_json_summary(cli, project):
    res = reprice(cli, project, "--out", project / "p.parquet", "--json")
    assert res.exit_code == 3
    summary = json.loads(res.stdout)
    assert (summary["ok"], summary["held"], summary["no_offer"]) == (1, 1, 1)
    assert summary["top_changes"][0] == {
        "sku": "B2", "current_price": "100.00", "price": "199.00", "change": "0.9900", "status": "held",
        "explanation": summary["top_changes"][0]["explanation"]}
    assert read_table(project / "p.parquet")["price"].iloc[0] == Decimal("15899.00")
    stage = summary["result"]                 # the stage's own result, as the library returns it
    assert stage["stage"] == "reprice" and stage["counts"] == {"ok": 1, "held": 1, "no_offer": 1}
    assert stage["exit_code"] == res.exit_code and stage["tables"] == {"prices": 3}


def test_catalog_override(cli, project):
    write_table(catalog(("A1", "15800", "Смартфоны")), project / "other.csv")
    res = reprice(cli, project, "--out", project / "p.csv", "--catalog", project / "other.csv")
    assert res.exit_code == 0 and "1 SKUs" in res.stdout


def test_missing_rate_is_one_line_and_exit_2(cli, project):
    write_table(matches(offer("A1", "eurotrade", "100", "EUR")), project / "matches.csv")
    res = reprice(cli, project, "--out", project / "p.csv")
    assert res.exit_code == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "EUR" in lines[0] and "eurotrade" in lines[0]
    assert not (project / "p.csv").exists()


def test_missing_rate_of_a_declared_supplier_currency_is_a_config_error(cli, project):
    text = CONFIG.replace('USD = "92.50"', "")
    (project / "pricesync.toml").write_text(text, encoding="utf-8")
    res = reprice(cli, project, "--out", project / "p.csv")
    assert res.exit_code == 2 and "USD" in res.stderr and "technoopt" in res.stderr


def test_without_a_catalog_it_is_a_usage_error(cli, project):
    (project / "pricesync.toml").write_text(CONFIG.replace('catalog = "catalog.csv"\n', ""), encoding="utf-8")
    res = reprice(cli, project, "--out", project / "p.csv")
    assert res.exit_code == 2 and "--catalog" in res.stderr
