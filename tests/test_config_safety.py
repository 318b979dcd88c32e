"""Configs that cannot silently produce wrong prices: one rule for every percentage key,
`validate` failing where `run` would, include paths relative to their own file, and the
operator-facing details of run/push (hints that work as printed, --version, Ctrl-C, logs,
sheets)."""
from __future__ import annotations

import json
import tomllib
from decimal import Decimal

import openpyxl
import pandas as pd
import pytest
from pydantic import BaseModel

from pricesync.config import load_config
from pricesync.config.types import Dec, Fraction
from pricesync.errors import ConfigError
from tests.conftest import SAMPLES
from tests.pipeline_support import write_config
from tests.test_run import sample_shop  # noqa: F401  fixture

PRICES = SAMPLES / "prices"


def load_text(tmp_path, body: str, name: str = "pricesync.toml"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return load_config(path)


def problems_of(tmp_path, body: str) -> str:
    with pytest.raises(ConfigError) as exc:
        load_text(tmp_path, body)
    return "\n".join(exc.value.problems) if getattr(exc.value, "problems", None) else str(exc.value)


# -- 1. percentages ---------------------------------------------------------------------------

# Every key that is a share of 1 (a percentage), as a TOML snippet with {v} for the value.
PERCENT_KEYS = {
    "pricing.min_margin": "[pricing]\nmin_margin = {v}\n",
    "pricing.max_change": "[pricing]\nmax_change = {v}\n",
    "pricing.max_markup": "[pricing]\nmax_markup = {v}\n",
    "pricing.preferred_within": "[pricing]\npreferred_within = {v}\n",
    "pricing.rules.0.markup": "[[pricing.rules]]\nmarkup = {v}\n",
    "pricing.competitor.percent": "[pricing.competitor]\nstrategy = \"beat\"\npercent = {v}\n",
    "shop.vat_rate": "[shop]\nvat_rate = {v}\n",
    "suppliers.s.vat_rate": "[suppliers.s]\nvat_rate = {v}\n",
    "suppliers.s.fx_markup": "[suppliers.s]\nfx_markup = {v}\n",
    "suppliers.s.min_rows_ratio": "[suppliers.s]\nmin_rows_ratio = {v}\n",
    "channels.c.stock_percent": "[channels.c]\ntype = \"dummy\"\nstock_percent = {v}\n",
}


def _value(cfg, key: str):
    obj = cfg
    for part in key.split("."):
        if part == "c" and obj is cfg.channels:
            obj = cfg.channel("c")
        elif part.isdigit():
            obj = obj[int(part)]
        elif isinstance(obj, dict):
            obj = obj[part]
        else:
            obj = getattr(obj, part)
    return obj


@pytest.mark.parametrize("key", sorted(PERCENT_KEYS))
@pytest.mark.parametrize("given", ['"8%"', '"0.08"', "0.08", '" 8 % "'])
def test_every_percentage_key_takes_a_percent_or_a_share(tmp_path, key, given):
    cfg = load_text(tmp_path, PERCENT_KEYS[key].format(v=given))
    assert _value(cfg, key) == Decimal("0.08")


@pytest.mark.parametrize("key", sorted(PERCENT_KEYS))
@pytest.mark.parametrize("given", ['"8"', "8", "30", '"12.5"'])
def test_a_bare_number_above_one_is_an_error_that_suggests_the_fix(tmp_path, key, given):
    text = problems_of(tmp_path, PERCENT_KEYS[key].format(v=given))
    bare = given.strip('"')
    lines = [line for line in text.splitlines() if f"key '{key}'" in line]
    assert len(lines) == 1, text                       # one line, with the key path
    assert f'did you mean "{bare}%"?' in lines[0]
    assert "pricesync.toml: key" in lines[0] and "Value error" not in lines[0]


def test_the_issue_example_no_longer_reprices_at_800_percent(tmp_path, cli):
    path = tmp_path / "pricesync.toml"
    path.write_text('[shop]\ncurrency = "RUB"\n[pricing]\nmin_margin = "8"\nmax_change = "30"\n', encoding="utf-8")
    res = cli("validate", path)
    assert res.exit_code == 2
    assert "key 'pricing.min_margin': min_margin = \"8\": did you mean \"8%\"?" in res.stderr
    assert "key 'pricing.max_change': max_change = \"30\": did you mean \"30%\"?" in res.stderr


def test_percentages_up_to_one_and_above_100_percent_with_the_sign(tmp_path):
    cfg = load_text(tmp_path, '[[pricing.rules]]\nmarkup = "150%"\n[[pricing.rules]]\nmarkup = 1\n'
                              '[pricing]\nmax_change = "off"\nmin_margin = 0\n')
    assert [r.markup for r in cfg.pricing.rules] == [Decimal("1.5"), Decimal("1")]
    assert cfg.pricing.max_change is None and cfg.pricing.min_margin == 0


def test_stock_percent_above_100_percent_is_refused(tmp_path):
    assert "channels.c.stock_percent" in problems_of(
        tmp_path, '[channels.c]\ntype = "dummy"\nstock_percent = "150%"\n')


def test_money_amounts_and_rates_keep_their_own_type():
    class M(BaseModel):
        amount: Dec
        share: Fraction

    m = M(amount="92.50", share="2%")
    assert m.amount == Decimal("92.50") and m.share == Decimal("0.02")
    assert M(amount=1250, share=0.5).amount == Decimal("1250")        # big amounts are fine
    with pytest.raises(ValueError, match="percentage"):
        M(amount="10%", share="0.1")                                 # an amount is not a percent


def test_rates_and_amounts_above_one_are_not_percentages(tmp_path):
    cfg = load_text(tmp_path, '[fx]\nUSD = "92.50"\n[suppliers.s]\nfx_rate = 41\n'
                              '[[pricing.rules]]\nadd = "250"\nwhen = { cost_min = "5000" }\n'
                              '[channels.c]\ntype = "dummy"\nprice_multiplier = "1.12"\n')
    assert cfg.fx["USD"] == Decimal("92.50") and cfg.suppliers["s"].fx_rate == Decimal("41")
    assert cfg.pricing.rules[0].add == Decimal("250") and cfg.channel("c").price_multiplier == Decimal("1.12")


def test_shipped_configs_use_no_bare_percentages():
    from tests.conftest import CONFIGS

    for path in CONFIGS.rglob("*.toml"):
        load_config(path)          # raises on a bare 8 where a share is meant


# -- 2. validate fails where run would -----------------------------------------------------

def _shop(tmp_path):
    (tmp_path / "catalog.csv").write_text("sku,name,price,stock\nA1,Дрель,100,1\n", encoding="utf-8")
    (tmp_path / "prices").mkdir(exist_ok=True)
    (tmp_path / "prices" / "alfa_1.csv").write_text("sku,name,price,stock\nA1,Дрель,80,2\n", encoding="utf-8")


RUNNABLE = ('[shop]\ncurrency = "RUB"\ncatalog = "catalog.csv"\n'
            '[suppliers.alfa]\nfiles = ["prices/alfa_*.csv"]\n'
            '[channels.feed]\ntype = "csv"\npath = "out/feed.csv"\n')


def test_validate_passes_a_config_that_can_run(tmp_path, cli):
    _shop(tmp_path)
    (tmp_path / "pricesync.toml").write_text(RUNNABLE, encoding="utf-8")
    res = cli("validate", tmp_path / "pricesync.toml")
    assert res.exit_code == 0, res.stderr


@pytest.mark.parametrize("patch, expected", [
    (('catalog = "catalog.csv"\n', ""), "key 'shop.catalog': not set"),
    (('catalog = "catalog.csv"', 'catalog = "export.csv"'), "key 'shop.catalog': file not found"),
    (('prices/alfa_*.csv', 'prices/alpha_*.csv'), "key 'suppliers.alfa.files': 'prices/alpha_*.csv' matches no file"),
    (('[channels.feed]', '[pricing]\nrounding = "up"\n[channels.feed]'), "key 'pricing.rounding': 'up' is not one of"),
    (('path = "out/feed.csv"', 'path = "out/feed.csv"\nrounding = "ceil"'), "key 'channels.feed.rounding'"),
])
def test_validate_fails_where_run_would(tmp_path, cli, patch, expected):
    _shop(tmp_path)
    (tmp_path / "pricesync.toml").write_text(RUNNABLE.replace(*patch), encoding="utf-8")
    res = cli("validate", tmp_path / "pricesync.toml")
    assert res.exit_code == 2
    line = next(x for x in res.stderr.splitlines() if expected in x)
    assert line.startswith(str(tmp_path / "pricesync.toml"))


def test_missing_files_can_be_warnings_for_ci_without_the_data(tmp_path, cli):
    (tmp_path / "pricesync.toml").write_text(RUNNABLE, encoding="utf-8")
    res = cli("validate", tmp_path / "pricesync.toml", "--ignore-missing-files")
    assert res.exit_code == 0
    assert "warning: " in res.stderr and "matches no file" in res.stderr


def test_unset_channel_credentials_are_a_warning(tmp_path, cli, monkeypatch):
    _shop(tmp_path)
    monkeypatch.delenv("WC_KEY_X", raising=False)
    monkeypatch.setenv("WC_SECRET_X", "cs_1")
    body = RUNNABLE + ('[channels.shop]\ntype = "woocommerce"\nurl = "https://shop.example"\n'
                       'key_env = "WC_KEY_X"\nsecret_env = "WC_SECRET_X"\n')
    (tmp_path / "pricesync.toml").write_text(body, encoding="utf-8")
    res = cli("validate", tmp_path / "pricesync.toml", "--json")
    data = json.loads(res.stdout)
    assert res.exit_code == 0 and data["ok"]
    assert len(data["warnings"]) == 1
    assert "channels.shop.key_env" in data["warnings"][0] and "WC_KEY_X is not set" in data["warnings"][0]


def test_run_fails_on_what_validate_reports(tmp_path, cli):
    """The same config: validate says exit 2 and run says exit 2 (no catalog)."""
    config = write_config(tmp_path, '[channels.shop]\ntype = "dummy"\n')
    assert cli("validate", config).exit_code == 2
    assert cli("run", "--config", config, "--dry-run").exit_code == 2


def test_errors_in_an_included_file_name_that_file(tmp_path, cli):
    _shop(tmp_path)
    (tmp_path / "suppliers").mkdir()
    (tmp_path / "suppliers" / "beta.toml").write_text('[suppliers.beta]\nvat_rate = "20"\n', encoding="utf-8")
    (tmp_path / "pricesync.toml").write_text('include = ["suppliers/*.toml"]\n' + RUNNABLE, encoding="utf-8")
    res = cli("validate", tmp_path / "pricesync.toml")
    assert res.exit_code == 2
    assert f"{tmp_path / 'suppliers' / 'beta.toml'}: key 'suppliers.beta.vat_rate'" in res.stderr


# -- 3. include paths are relative to the file that declares them ------------------------------

def test_write_config_round_trip_through_an_include(tmp_path, cli):
    """inspect --write-config suppliers/x.toml, include it from the main config, ingest: the
    offers come through (they were held as 'matched no file')."""
    (tmp_path / "lists").mkdir()
    src = tmp_path / "lists" / "technoopt_2026-11-20.xlsx"
    src.write_bytes((PRICES / "technoopt_2026-11-20.xlsx").read_bytes())
    mapping = tmp_path / "suppliers" / "technoopt.toml"
    res = cli("inspect", src, "--write-config", mapping, "--supplier", "technoopt")
    assert res.exit_code == 0, res.stderr
    written = tomllib.loads(mapping.read_text(encoding="utf-8"))["suppliers"]["technoopt"]["files"][0]
    assert written == "../lists/technoopt_2026-11-20.xlsx"          # relative to the new file
    main = tmp_path / "pricesync.toml"
    main.write_text('include = ["suppliers/*.toml"]\n[shop]\ncurrency = "RUB"\ncatalog = "catalog.csv"\n',
                    encoding="utf-8")
    (tmp_path / "catalog.csv").write_text("sku,name,price,stock\nA1,x,1,1\n", encoding="utf-8")
    assert cli("validate", main).exit_code == 0
    out = tmp_path / "offers.csv"
    res = cli("ingest", "--config", main, "--out", out, "--state", tmp_path / "s.sqlite")
    assert res.exit_code in (0, 3), res.stderr
    assert "matched no file" not in res.stderr
    offers = pd.read_csv(out, dtype=str)
    assert len(offers) > 10 and set(offers["supplier"]) == {"technoopt"}


def test_other_paths_of_an_included_file_are_its_own_too(tmp_path):
    (tmp_path / "shops").mkdir()
    (tmp_path / "shops" / "feed.toml").write_text('[channels.feed]\ntype = "csv"\npath = "out/feed.csv"\n',
                                                  encoding="utf-8")
    cfg = load_text(tmp_path, 'include = ["shops/*.toml"]\n')
    assert cfg.resolve(cfg.channel("feed").path).resolve() == tmp_path / "shops" / "out" / "feed.csv"


def test_old_main_relative_paths_in_includes_still_work_with_a_warning(tmp_path):
    _shop(tmp_path)
    (tmp_path / "suppliers").mkdir()
    (tmp_path / "suppliers" / "alfa.toml").write_text('[suppliers.alfa]\nfiles = ["prices/alfa_*.csv"]\n',
                                                      encoding="utf-8")
    cfg = load_text(tmp_path, 'include = ["suppliers/*.toml"]\n[shop]\ncatalog = "catalog.csv"\n')
    [pattern] = cfg.suppliers["alfa"].files
    assert (tmp_path / "prices" / "alfa_1.csv") in [p for p in (tmp_path / "prices").glob("alfa_*.csv")]
    assert cfg.resolve(pattern) == tmp_path / "prices" / "alfa_*.csv"
    assert len(cfg.warnings) == 1 and "write '../prices/alfa_*.csv'" in cfg.warnings[0]


# -- 4. run folder and hints that work as printed ------------------------------------------

@pytest.fixture
def pushed_shop(tmp_path):
    (tmp_path / "catalog.csv").write_text("sku,name,brand,category,ean,price,stock\n"
                                          "X1,Телевизор LG 55,LG,ТВ,,104990,8\n", encoding="utf-8")
    (tmp_path / "shop.json").write_text(json.dumps({"X1": ["104990.00", 8]}), encoding="utf-8")
    config = write_config(tmp_path, 'catalog = "catalog.csv"\n[channels.shop]\ntype = "dummy"\npath = "shop.json"\n')
    prices = tmp_path / "prices.csv"
    rows = [{"sku": "X1", "price": "93699.00", "stock": "8"}]
    rows += [{"sku": f"NEW-{i:02}", "price": "10.00", "stock": "1"} for i in range(12)]
    pd.DataFrame(rows).to_csv(prices, index=False)
    return tmp_path, config, prices


def test_plan_xlsx_is_in_the_run_folder_with_names_and_percents(pushed_shop, cli):
    folder, config, prices = pushed_shop
    res = cli("push", "--config", config, "--prices", prices, "--json")
    run_dir = folder / "runs" / "1"
    assert json.loads(res.stdout)["summary"]["run_dir"] == str(run_dir)
    wb = openpyxl.load_workbook(run_dir / "plan.xlsx")
    rows = list(wb["changes"].iter_rows(values_only=True))
    assert rows[0][:6] == ("channel", "sku", "name", "old_price", "new_price", "change_pct")
    assert rows[1][:3] == ("shop", "X1", "Телевизор LG 55")
    cell = wb["changes"].cell(row=2, column=6)
    assert cell.value == pytest.approx(-0.108) and cell.number_format == "0.0%"    # -10.8 %     # a real percent


def test_prices_xlsx_change_is_the_same_percent_format(tmp_path):
    from pricesync.tables import write_table

    df = pd.DataFrame({"sku": ["A"], "name": ["Дрель"], "price": [Decimal("93699.00")],
                       "change": [Decimal("-0.1075")]})
    write_table(df, tmp_path / "prices.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "prices.xlsx").active
    assert ws.cell(row=2, column=4).value == pytest.approx(-0.1075)
    assert ws.cell(row=2, column=4).number_format == "0.0%"


def test_reprice_output_names_the_products():
    from pricesync.pricing import reprice
    from tests.test_pricing_data import catalog, make_config, matches, offer

    prices = reprice(matches(offer("A", "s", "100", "RUB", stock=1)), catalog(("A", "150", "Cat", "Brand", 1)),
                     make_config())
    assert list(prices.columns[:2]) == ["sku", "name"] and prices["name"].iloc[0] != ""


def test_unknown_skus_are_named_and_all_written(pushed_shop, cli):
    folder, config, prices = pushed_shop
    res = cli("push", "--config", config, "--prices", prices)
    assert res.exit_code == 3
    line = next(x for x in res.stdout.splitlines() if "not on shop:" in x)
    assert "NEW-00, NEW-01" in line and "NEW-09" in line and "NEW-10" not in line and "2 more" in line
    assert "unknown.csv" in line
    unknown = pd.read_csv(folder / "runs" / "1" / "unknown.csv", dtype=str)
    assert len(unknown) == 12 and list(unknown.columns[:3]) == ["channel", "sku", "name"]


def test_each_channel_status_is_printed_once(pushed_shop, cli):
    folder, config, prices = pushed_shop
    res = cli("push", "--config", config, "--prices", prices)
    text = res.stdout + res.stderr
    assert sum(1 for line in text.splitlines() if "shop" in line and "pushed" in line) == 1


def test_log_lines_are_stamped_when_not_a_terminal(pushed_shop, cli):
    import re

    folder, config, prices = pushed_shop
    res = cli("push", "--config", config, "--prices", prices)
    summary = [line for line in res.stdout.splitlines() if "run #1" in line]
    assert summary and re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d run #1", summary[0])
    # Machine-readable output stays bare.
    assert json.loads(cli("push", "--config", config, "--prices", prices, "--json").stdout)


@pytest.fixture
def strict_shop(sample_shop):
    """The samples with max_change 1 %: most moves are held."""
    text = sample_shop.read_text(encoding="utf-8").replace("[[pricing.rules]]", '[pricing]\nmax_change = "1%"\n'
                                                                               "[[pricing.rules]]", 1)
    sample_shop.write_text(text, encoding="utf-8")
    return sample_shop


def test_dry_run_hint_points_to_the_plan_xlsx_in_the_run_folder(sample_shop, cli):
    res = cli("run", "--config", sample_shop, "--dry-run", "--rows", "2")
    assert res.exit_code == 3, res.stderr
    assert "--out plan.xlsx" not in res.stdout
    hint = next(line for line in res.stdout.splitlines() if "… and" in line and "more" in line)
    path = hint.split("all of them in ", 1)[1].rstrip(")")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["changes", "held", "unknown"] and wb["changes"].max_row > 3


def test_held_hint_works_as_printed(strict_shop, cli):
    import shlex

    res = cli("run", "--config", strict_shop, "--dry-run", "--rows", "0")
    held = [line for line in res.stdout.splitlines() if line.startswith("  held ") and "accept with: " in line]
    assert held, res.stdout
    command = held[0].split("accept with: ", 1)[1].split(")", 1)[0]
    args = shlex.split(command)
    assert args[:2] == ["pricesync", "accept"] and "--config" in args
    sku = args[-1]
    res = cli(*args[1:])
    assert res.exit_code == 0, res.stdout + res.stderr
    assert f"{sku}: accepted at" in res.stdout
    res = cli("run", "--config", strict_shop, "--dry-run", "--json")
    assert sku not in {h["sku"] for p in json.loads(res.stdout)["plan"] for h in p["held"]}


def test_accept_says_what_was_not_held(strict_shop, cli):
    cli("run", "--config", strict_shop, "--dry-run")
    res = cli("accept", "NOPE-1", "--config", strict_shop)
    assert res.exit_code == 3 and "NOPE-1: not accepted: not in the catalog" in res.stdout


def test_held_hint_is_a_command_that_works(tmp_path):
    from pricesync.pricing.change_guard import ChangeGuard

    guard = ChangeGuard(Decimal("0.3"), accept_hint="pricesync accept --config shop.toml")
    status, note = guard._verdict("TV-007", Decimal("820800.00"), Decimal("104990.00"), Decimal("6.8179"))
    assert status == "held" and "(accept with: pricesync accept --config shop.toml TV-007)" in note


# -- 5. small things ------------------------------------------------------------------------

def test_version(cli):
    from pricesync import __version__

    res = cli("--version")
    assert res.exit_code == 0 and res.stdout.strip() == f"pricesync {__version__}"


def test_ctrl_c_says_interrupted_and_records_the_run(pushed_shop, cli, monkeypatch):
    from pricesync.channels.dummy import DummyChannel
    from pricesync.state import State

    folder, config, prices = pushed_shop

    def interrupted(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(DummyChannel, "send_batch", interrupted)
    res = cli("push", "--config", config, "--prices", prices)
    assert res.exit_code == 130 and "interrupted" in res.stderr
    with State(folder / "state.sqlite") as st:
        [row] = st.runs()
    assert (row["status"], row["exit_code"]) == ("interrupted", 130)
    monkeypatch.undo()
    # The lock is released and the next push goes through.
    assert cli("push", "--config", config, "--prices", prices).exit_code == 3


def test_files_whose_names_differ_by_a_digit_are_distinct_suppliers(tmp_path, cli):
    from pricesync.ingest.run import supplier_name_from_file

    assert supplier_name_from_file("opt1.csv") == "opt1" and supplier_name_from_file("opt2.csv") == "opt2"
    assert supplier_name_from_file("technoopt_2026-11-20.xlsx") == "technoopt"
    assert supplier_name_from_file("price20261120.xlsx") == "price"
    for name in ("opt1.csv", "opt2.csv"):
        (tmp_path / name).write_text("sku,name,price,stock\nA1,Дрель Makita DF333,100,5\n", encoding="utf-8")
    out = tmp_path / "o.csv"
    assert cli("ingest", tmp_path / "opt1.csv", tmp_path / "opt2.csv", "--out", out).exit_code == 0
    assert sorted(pd.read_csv(out, dtype=str)["supplier"]) == ["opt1", "opt2"]


def test_two_files_named_into_one_supplier_with_the_same_skus_warn(tmp_path, cli):
    for name in ("opt_2026-11-20.csv", "opt_2026-11-21.csv"):
        (tmp_path / name).write_text("sku,name,price,stock\nA1,Дрель Makita DF333,100,5\n", encoding="utf-8")
    res = cli("ingest", tmp_path / "opt_2026-11-20.csv", tmp_path / "opt_2026-11-21.csv", "--out", tmp_path / "o.csv")
    assert "read as supplier 'opt'" in res.stderr and "share 1 SKU(s), e.g. A1" in res.stderr


def test_numbers_are_not_broken_at_the_thousands_space():
    from io import StringIO

    from rich.console import Console
    from rich.table import Table

    import pricesync.cli.app  # noqa: F401  installs the word rule

    for width in range(24, 60):
        buf = StringIO()
        table = Table()
        table.add_column("why")
        table.add_row("cost 3 663.33 UAH × 2.24 = 8 205.86 RUB; floor 19 062.00; rounded up to 104 990")
        Console(file=buf, width=width).print(table)
        text = buf.getvalue()
        for number in ("3 663.33", "8 205.86", "19 062.00", "104 990"):
            assert number in text, (width, text)
