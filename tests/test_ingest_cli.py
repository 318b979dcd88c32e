"""`pricesync ingest` and `pricesync inspect` through the real entry point: exit codes,
one-line errors, nothing written on failure, mappings that reproduce the detection."""
from __future__ import annotations

import json
import tomllib

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pricesync.tables import OFFER_COLUMNS, REJECT_COLUMNS, read_table
from tests.conftest import CONFIGS, SAMPLES
from tests.test_ingest_support import HEADER, write_csv, write_xlsx

PRICES = SAMPLES / "prices"
GOOD = [HEADER, ["2193312", "Смартфон Samsung Galaxy A12 4/64GB", "Samsung", "9 561,30", "много"],
        ["009712", "Дрель-шуруповерт Makita DF333DWYE", "Makita", 8901.9, "нет"]]


def test_ingest_clean_file_exits_0(cli, tmp_path):
    src = write_xlsx(tmp_path / "romashka.xlsx", GOOD)
    out = tmp_path / "offers.csv"
    res = cli("ingest", src, "--out", out)
    assert res.exit_code == 0, res.stderr
    table = read_table(out)
    assert list(table.columns[: len(OFFER_COLUMNS)]) == OFFER_COLUMNS
    assert table["supplier_sku"].tolist() == ["2193312", "009712"]
    assert [str(c) for c in table["cost"]] == ["9561.30", "8901.90"]   # money as 2-place decimal strings
    assert "2 offers ->" in res.stderr


def test_ingest_samples_with_rejects_exits_3(cli, tmp_path):
    out, rejects = tmp_path / "offers.parquet", tmp_path / "rejects.csv"
    res = cli("ingest", *sorted(PRICES.iterdir()), "--out", out, "--rejects", rejects)
    assert res.exit_code == 3, res.stderr
    offers = read_table(out)
    assert len(offers) > 150 and set(offers["currency"]) == {"RUB", "UAH", "PLN", "USD", "KZT"}
    rej = pd.read_csv(rejects, dtype=str, keep_default_na=False)
    assert list(rej.columns[: len(REJECT_COLUMNS)]) == REJECT_COLUMNS
    assert "zero price: discontinued (zastąpiona przez 10.01.429)" in set(rej["reason"])
    assert {"rejected", "note"} <= set(rej["kind"])


def test_ingest_json_summary(cli, tmp_path):
    src = write_csv(tmp_path / "mobi.csv", GOOD, encoding="cp1251")
    res = cli("ingest", src, "--out", tmp_path / "o.json", "--json")
    data = json.loads(res.stdout)
    assert res.exit_code == 0 and data["offers"] == 2 and data["held"] == []
    assert data["files"][0]["format"] == "text" and data["files"][0]["currency"] == "RUB"


@pytest.mark.parametrize("content, message", [
    (b"\x00\x01garbage" * 100, "is binary data"),
    (b"%PDF-1.4\n", "is a PDF document"),
    (b"", "file is empty"),
])
def test_bad_file_is_held_with_one_line_and_the_others_go_through(cli, tmp_path, content, message):
    bad = tmp_path / "price.xlsx"
    bad.write_bytes(content)
    out = tmp_path / "offers.csv"
    res = cli("ingest", bad, write_xlsx(tmp_path / "ok.xlsx", GOOD), "--out", out)
    assert res.exit_code == 3
    held = [line for line in res.stderr.splitlines() if line.startswith("held: ")]
    assert len(held) == 1 and "price.xlsx" in held[0] and message in held[0]
    assert read_table(out)["source_file"].str.endswith("ok.xlsx").all()
    assert "Traceback" not in res.stderr


def test_every_file_unreadable_writes_nothing(cli, tmp_path):
    bad = tmp_path / "price.xlsx"
    bad.write_bytes(b"%PDF-1.4\n")
    out = tmp_path / "offers.csv"
    res = cli("ingest", bad, "--out", out)
    assert res.exit_code == 3 and not out.exists() and "nothing written" in res.stderr
    assert "held: " in res.stderr and "is a PDF document" in res.stderr


def test_missing_file_exits_1(cli, tmp_path):
    res = cli("ingest", tmp_path / "nope.csv", "--out", tmp_path / "o.csv")
    assert res.exit_code == 1 and "nope.csv: file not found" in res.stderr and not (tmp_path / "o.csv").exists()


@pytest.mark.parametrize("args, message", [
    (["--out", "offers.txt"], "unsupported output extension"),
    (["--out", "offers.csv", "--rejects", "r.doc"], "unsupported output extension"),
])
def test_usage_errors_exit_2(cli, tmp_path, args, message):
    src = write_xlsx(tmp_path / "r.xlsx", GOOD)
    res = cli("ingest", src, *[str(tmp_path / a) if a.endswith((".txt", ".csv", ".doc")) else a for a in args])
    assert res.exit_code == 2 and message in res.stderr


def test_no_files_and_no_config_exits_2(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = cli("ingest", "--out", tmp_path / "o.csv")
    assert res.exit_code == 2 and "give price list files" in res.stderr


def test_every_file_held_writes_no_offers(cli, tmp_path):
    header_only = write_csv(tmp_path / "r.csv", [HEADER])
    out = tmp_path / "o.csv"
    res = cli("ingest", header_only, "--out", out)
    assert res.exit_code == 3 and not out.exists()
    assert "held: " in res.stderr and "no product rows" in res.stderr and "nothing written" in res.stderr


def test_demo_config_ingests_every_supplier(cli, tmp_path):
    out = tmp_path / "offers.csv"
    res = cli("ingest", "--config", CONFIGS / "demo.toml", "--out", out, "--state", tmp_path / "s.sqlite", "--json")
    data = json.loads(res.stdout)
    assert res.exit_code == 3 and data["held"] == []
    assert {f["supplier"] for f in data["files"]} == {"technoopt", "elektrosnab", "mobiopt", "ukrtech", "wiertex",
                                                      "globaltrade", "kaztech", "ukrgadget"}
    assert all(f["offers"] > 10 for f in data["files"])
    offers = read_table(out)
    wiertex = offers[offers["supplier"] == "wiertex"]
    assert set(wiertex["vat_included"]) == {"False"} and set(wiertex["vat_rate"]) == {"0.23"}


def test_validate_accepts_the_supplier_mappings(cli):
    res = cli("validate", CONFIGS / "suppliers")
    assert res.exit_code == 0, res.stderr


def test_inspect_shows_the_detection(cli):
    res = cli("inspect", PRICES / "elektrosnab.xls")
    assert res.exit_code == 0
    assert "header row 7, 8" in res.stdout and "Опт 1 Цена" in res.stdout and "cost" in res.stdout
    assert "currency RUB (title 'Валюта: руб.'" in res.stdout


def test_inspect_json_and_skipped_sheets(cli):
    res = cli("inspect", PRICES / "technoopt_2026-11-20.xlsx", "--json")
    data = json.loads(res.stdout)
    skipped, table = data["sheets"]
    assert skipped["table"] is False and skipped["skipped"].startswith("no header row")
    roles = {c["header"]: c["role"] for c in table["columns"]}
    assert roles["Цена опт, руб."] == "cost" and roles["РРЦ, руб."] == "msrp" and roles["Штрихкод"] == "ean"
    assert table["product_rows"] == 35 and len(table["sample"]) == 5


def test_inspect_bad_file_is_one_line(cli, tmp_path):
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"PK\x03\x04broken")
    res = cli("inspect", bad)
    assert res.exit_code == 1 and res.stderr.count("\n") == 1 and "x.xlsx" in res.stderr


@pytest.mark.parametrize("sample", sorted(p.name for p in PRICES.iterdir()))
def test_write_config_reproduces_the_detection(cli, tmp_path, sample):
    mapping = tmp_path / "suppliers" / "s.toml"
    res = cli("inspect", PRICES / sample, "--write-config", mapping, "--supplier", "s")
    assert res.exit_code == 0, res.stderr
    section = tomllib.loads(mapping.read_text(encoding="utf-8"))["suppliers"]["s"]
    assert (mapping.parent / section["files"][0]).resolve() == (PRICES / sample).resolve()
    assert cli("validate", mapping).exit_code == 0
    main = tmp_path / "pricesync.toml"
    main.write_text('include = ["suppliers/*.toml"]\n', encoding="utf-8")
    auto, mapped = tmp_path / "auto.csv", tmp_path / "mapped.csv"
    cli("ingest", PRICES / sample, "--out", auto, "--supplier", "s")
    res = cli("ingest", PRICES / sample, "--out", mapped, "--config", main, "--supplier", "s",
              "--state", tmp_path / "s.sqlite")
    assert res.exit_code in (0, 3), res.stderr
    assert pd.read_csv(auto, dtype=str).equals(pd.read_csv(mapped, dtype=str))


_rows = st.lists(st.tuples(st.from_regex(r"[0-9]{1,8}", fullmatch=True),
                           st.sampled_from(["Дрель Makita", "Смартфон Samsung Galaxy A12", "Телевизор LG 55"]),
                           st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False),
                           st.sampled_from(["много", "нет", ">10", "5", "", "под заказ"])), min_size=1, max_size=25)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_rows)
def test_re_running_ingest_gives_the_same_rows(cli, tmp_path_factory, rows):
    tmp = tmp_path_factory.mktemp("rerun")
    src = write_csv(tmp / "p.csv", [["Код", "Наименование", "Цена", "Остаток"]]
                    + [[code, name, f"{price:.2f}".replace(".", ","), stock] for code, name, price, stock in rows])
    first, second = tmp / "a.csv", tmp / "b.csv"
    r1 = cli("ingest", src, "--out", first)
    r2 = cli("ingest", src, "--out", second)
    assert r1.exit_code == r2.exit_code
    if r1.exit_code == 3 and not first.exists():   # every price was 0: the file is held, nothing written
        assert all(price == 0 for _, _, price, _ in rows) and not second.exists()
        return
    assert first.read_bytes() == second.read_bytes()
    got = pd.read_csv(first, dtype=str, keep_default_na=False)
    assert len(got) == sum(1 for _, _, price, _ in rows if price > 0)


def test_suppliers_whose_files_are_missing_are_held(cli, tmp_path):
    (tmp_path / "prices").mkdir()
    write_xlsx(tmp_path / "prices" / "romashka_1.xlsx", GOOD)
    cfg = tmp_path / "pricesync.toml"
    cfg.write_text('[suppliers.romashka]\nfiles = ["prices/romashka_*.xlsx"]\n'
                   '[suppliers.lost]\nfiles = ["prices/lost_*.csv"]\n', encoding="utf-8")
    res = cli("ingest", "--config", cfg, "--out", tmp_path / "o.csv", "--json")
    data = json.loads(res.stdout)
    assert res.exit_code == 3 and data["offers"] == 2
    assert data["held"] == ["lost: files prices/lost_*.csv matched no file"]


def test_accept_structure_and_force_from_the_command_line(cli, tmp_path):
    state = tmp_path / "s.sqlite"
    first = write_xlsx(tmp_path / "romashka_1.xlsx", GOOD)
    assert cli("ingest", first, "--out", tmp_path / "a.csv", "--state", state).exit_code == 0
    more = [[f"55{i}", f"Перфоратор Bosch GBH 2-26 DRE вариант {i}", "Bosch", 14990, 3] for i in range(4)]
    renamed = [["Код", "Наименование", "Производитель", "Цена, руб.", "Остаток"]] + GOOD[1:] + more
    second = write_xlsx(tmp_path / "romashka_2.xlsx", renamed)
    held = cli("ingest", second, "--out", tmp_path / "b.csv", "--state", state)
    assert held.exit_code == 3 and "header changed" in held.stderr and not (tmp_path / "b.csv").exists()
    accepted = cli("ingest", second, "--out", tmp_path / "b.csv", "--state", state, "--accept-structure")
    assert accepted.exit_code == 0 and (tmp_path / "b.csv").exists()
    short = write_xlsx(tmp_path / "romashka_3.xlsx", renamed[:2])
    assert cli("ingest", short, "--out", tmp_path / "c.csv", "--state", state).exit_code == 3
    assert cli("ingest", short, "--out", tmp_path / "c.csv", "--state", state, "--force").exit_code == 0


def test_inspect_one_sheet(cli):
    res = cli("inspect", PRICES / "ukrtech_uah.xlsx", "--sheet", "Знижки", "--json")
    assert res.exit_code == 1 and "no price table found" in res.stderr
    res = cli("inspect", PRICES / "ukrtech_uah.xlsx", "--sheet", "Прайс", "--json")
    assert res.exit_code == 0 and [s["name"] for s in json.loads(res.stdout)["sheets"]] == ["Прайс"]
