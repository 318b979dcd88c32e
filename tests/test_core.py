"""Core pieces every stage stands on: money, tables, state, errors, the CLI shell."""
from __future__ import annotations

import subprocess
import sys
import time
from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pricesync.errors import ExitCode, InputError
from pricesync.money import format_human, format_money, to_decimal
from pricesync.state import State
from pricesync.tables import neutralize_formula, read_table, write_table


@pytest.mark.parametrize(
    "value, expected",
    [
        ("12", "12.00"), ("12.5", "12.50"), ("0.0125", "0.0125"), ("1.2300", "1.23"),
        ("14820.12", "14820.12"), ("-3", "-3.00"), ("1E+3", "1000.00"),
    ],
)
def test_format_money(value, expected):
    assert format_money(Decimal(value)) == expected


def test_to_decimal_numpy_float():
    import numpy as np

    assert to_decimal(np.float64(1.5)) == Decimal("1.5")


def test_format_human_groups_thousands():
    assert format_human(Decimal("14820.12")) == "14 820.12"
    assert format_human(Decimal("-1234567.5")) == "-1 234 567.50"
    assert format_human(None) == "—"


@pytest.mark.parametrize("value, expected", [(0.1, "0.1"), (2193312.0, "2193312.0"), ("7", "7"), (3, "3"),
                                             (float("nan"), None), ("abc", None), (True, None), (None, None)])
def test_to_decimal(value, expected):
    got = to_decimal(value)
    assert (got is None and expected is None) or got == Decimal(expected)


@given(st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), places=4, allow_nan=False))
def test_money_string_round_trip(d):
    assert Decimal(format_money(d)) == d


@pytest.mark.parametrize("text, neutral", [("=HYPERLINK(\"x\")", True), ("+7 495", True), ("@SUM(A1)", True),
                                           ("-5.00", False), ("Samsung", False), ("-", True)])
def test_formula_injection_neutralised(text, neutral):
    assert (neutralize_formula(text) != text) is neutral


@pytest.mark.parametrize("ext", [".csv", ".xlsx", ".parquet", ".json"])
def test_table_round_trip_keeps_codes_and_decimals(tmp_path, ext):
    df = pd.DataFrame({
        "supplier_sku": ["009712", "2193312"], "ean": ["4006381333931", ""],
        "name": ["Дрель Makita DF333DWYE", "=cmd|' /C calc'!A0"],
        "cost": [Decimal("12887.06"), Decimal("0.0125")], "stock": [5, 0],
    })
    path = write_table(df, tmp_path / f"t{ext}")
    back = read_table(path)
    assert list(back["supplier_sku"]) == ["009712", "2193312"]
    assert list(back["cost"]) == [Decimal("12887.06"), Decimal("0.0125")]
    assert list(back["stock"]) == [5, 0]
    assert back["name"][0] == "Дрель Makita DF333DWYE"
    if ext == ".csv":
        assert not str(back["name"][1]).startswith("=")
    if ext == ".xlsx":
        # A text cell is stored as a string, never as a formula Excel would run.
        import openpyxl

        cell = openpyxl.load_workbook(path).active["C3"]
        assert cell.data_type == "s" and cell.value.startswith("=cmd")


def test_write_table_leaves_no_partial_file(tmp_path):
    class Boom:
        def __str__(self):
            raise RuntimeError("boom")

    df = pd.DataFrame({"name": ["ok", Boom()]})
    with pytest.raises(Exception):
        write_table(df, tmp_path / "x.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_read_table_missing_file_is_input_error(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        read_table(tmp_path / "nope.csv")


def test_state_schema_versions_and_runs(tmp_path):
    path = tmp_path / "s.sqlite"
    with State(path) as s:
        s.ensure_schema("demo", ["CREATE TABLE a (x INTEGER);"])
        run = s.start_run("ingest")
        s.finish_run(run, status="ok", exit_code=0, summary={"offers": 3})
    with State(path) as s:  # reopened: migrations are not re-run
        s.ensure_schema("demo", ["CREATE TABLE a (x INTEGER);", "ALTER TABLE a ADD COLUMN y TEXT;"])
        s.execute("INSERT INTO a (x, y) VALUES (1, 'z')")
        assert s.runs()[0]["status"] == "ok"
        versions = {r["component"]: r["version"] for r in s.query("SELECT * FROM schema_versions")}
    assert versions["demo"] == 2


def test_state_from_newer_version_is_refused(tmp_path):
    from pricesync.errors import StateError

    with State(tmp_path / "s.sqlite") as s:
        s.ensure_schema("demo", ["CREATE TABLE a (x INTEGER);", "CREATE TABLE b (x INTEGER);"])
    with State(tmp_path / "s.sqlite") as s, pytest.raises(StateError, match="newer pricesync"):
        s.ensure_schema("demo", ["CREATE TABLE a (x INTEGER);"])


def test_failed_migration_rolls_back(tmp_path):
    with State(tmp_path / "s.sqlite") as s:
        with pytest.raises(Exception):
            s.ensure_schema("demo", ["CREATE TABLE a (x INTEGER);\nTHIS IS NOT SQL;"])
        assert not s.query("SELECT name FROM sqlite_master WHERE name = 'a'")


def test_help_is_fast_and_lists_every_spec_command():
    start = time.perf_counter()
    res = subprocess.run([sys.executable, "-m", "pricesync", "--help"], capture_output=True, text=True, timeout=60)
    elapsed = time.perf_counter() - start
    assert res.returncode == 0
    for command in ("inspect", "ingest", "match", "review", "scrape", "reprice", "plan", "push", "run", "validate"):
        assert f" {command} " in res.stdout
    # pandas alone takes ~0.5 s to import; help must not pay for it.
    assert elapsed < 1.5, elapsed
    heavy = subprocess.run(
        [sys.executable, "-c", "import sys; from pricesync.cli import commands; "
         "print(sorted(m for m in ('pandas','requests','openpyxl','rapidfuzz','bs4','lxml') if m in sys.modules))"],
        capture_output=True, text=True, timeout=60,
    )
    assert heavy.stdout.strip() == "[]"


def test_unknown_option_is_usage_error(cli):
    res = cli("validate", "--no-such-option")
    assert res.exit_code == ExitCode.USAGE


def test_debug_flag_anywhere_shows_traceback(cli, tmp_path):
    res = cli("validate", str(tmp_path / "missing.toml"), "--debug")
    assert res.exit_code == ExitCode.USAGE
