"""Several price tiers in one list (which is the cost, and inspect saying why; the
``price_column`` key), and lists without any stock column (``stock_when_absent``: unknown
stock prices offers but never sets a channel's stock)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from pricesync.config import load_config


def write_xlsx(path: Path, rows: list[list], title: str = "Прайс") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def write_csv(path: Path, rows: list[list], delimiter: str = ";") -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


def offers_of(cli, src: Path, tmp_path: Path, *extra) -> list[dict]:
    out = tmp_path / f"{src.stem}.offers.csv"
    res = cli("ingest", src, "--out", out, *extra)
    assert res.exit_code in (0, 3), res.stderr
    with open(out, encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def inspect_json(cli, src: Path, *extra) -> dict:
    res = cli("inspect", src, "--json", *extra)
    assert res.exit_code == 0, res.stderr
    return json.loads(res.stdout)


# Retail ~1.3x, large wholesale ~0.93x, small wholesale ~1.08x the regular wholesale price.
NAMES = ["Дрель Makita DF333DWYE", "Пила Bosch PKS 55", "Шуруповерт DeWalt DCD771", "Лобзик Metabo STEB 65",
         "Перфоратор Bosch GBH 2-26", "Болгарка Makita GA5030", "Фрезер Bosch POF 1400", "Рубанок Makita KP0800"]
BASE = [1000, 5200, 7300, 3650, 8900, 2480, 6100, 4300]


def tier_rows(header: list[str], factors: list[float]) -> list[list]:
    rows = [header]
    for i, (name, base) in enumerate(zip(NAMES, BASE)):
        rows.append([f"A-{i + 1:03d}", name] + [round(base * f, 2) for f in factors])
    return rows


# -- which tier is the cost ------------------------------------------------------------------

@pytest.mark.parametrize("header, factors, want", [
    # RU: retail next to small / regular / large wholesale (the regular one, whatever the order)
    (["Код", "Наименование", "Розница", "Мелкий опт", "Опт", "Крупный опт"], [1.3, 1.08, 1.0, 0.93], "Опт"),
    (["Код", "Наименование", "Крупный опт", "Опт", "Розничная цена"], [0.93, 1.0, 1.3], "Опт"),
    # only small and large wholesale: the small one needs no minimum order
    (["Код", "Наименование", "Крупный опт", "Мелкий опт", "Розница"], [0.93, 1.08, 1.3], "Мелкий опт"),
    # numbered tiers of one kind: the entry tier
    (["Код", "Наименование", "Опт 3", "Опт 2", "Опт 1"], [0.9, 0.95, 1.0], "Опт 1"),
    # a prepayment tier and a sale tier are not the regular cost even when cheaper
    (["Код", "Наименование", "Цена (Коммерческое 5 пред)", "Цена (Коммерческое 4)", "Цена (Основная (Розница))"],
     [0.97, 1.0, 1.3], "Цена (Коммерческое 4)"),
    (["Код", "Наименование", "Распродажа", "Опт", "МИЦ"], [0.8, 1.0, 1.25], "Опт"),
    # PL: two unqualified price levels that move together: the cheaper is the purchase price
    (["Kod", "Nazwa", "Cena bazowa", "Cena A"], [1.15, 1.0], "Cena A"),
    (["Kod", "Nazwa", "Cena detaliczna", "Cena hurtowa"], [1.3, 1.0], "Cena hurtowa"),
    # EN
    (["SKU", "Product name", "Retail price", "Bulk price", "Wholesale price"], [1.3, 0.9, 1.0], "Wholesale price"),
    (["SKU", "Product name", "Price A", "Price B"], [1.2, 1.0], "Price B"),
])
def test_the_regular_wholesale_tier_is_the_cost(cli, tmp_path, header, factors, want):
    src = write_xlsx(tmp_path / "tiers.xlsx", tier_rows(header, factors))
    offers = offers_of(cli, src, tmp_path)
    col = header.index(want) - 2
    assert [o["cost"] for o in offers] == [f"{round(b * factors[col], 2):.2f}" for b in BASE]
    sheet = inspect_json(cli, src)["sheets"][0]
    cost = next(c for c in sheet["columns"] if c["role"] == "cost")
    assert cost["header"] == want
    assert sheet["price_choice"].startswith(f"cost = column {cost['column']} '{want}'")


def test_a_mostly_empty_tier_is_a_poor_choice(cli, tmp_path):
    rows = tier_rows(["Код", "Наименование", "Цена 1", "Цена 2"], [0.9, 1.0])
    for r in rows[2:]:
        r[2] = None                     # 'Цена 1' priced on one row of eight
    src = write_xlsx(tmp_path / "sparse.xlsx", rows)
    assert [o["cost"] for o in offers_of(cli, src, tmp_path)] == [f"{b:.2f}" for b in BASE]
    assert "mostly empty" in inspect_json(cli, src)["sheets"][0]["price_choice"]


def test_inspect_names_the_tier_and_why(cli, tmp_path):
    src = write_xlsx(tmp_path / "opt.xlsx", tier_rows(
        ["Код", "Наименование", "Опт", "Крупный опт", "Розница"], [1.0, 0.93, 1.3]))
    res = cli("inspect", src)
    assert res.exit_code == 0, res.stderr
    text = " ".join(res.stdout.split())
    assert "cost = column C 'Опт' — wholesale tier ('опт')" in text
    assert "also seen: D 'Крупный опт' (large wholesale tier" in text and "E 'Розница' (retail" in text

    src = write_csv(tmp_path / "levels.csv", tier_rows(["Kod", "Nazwa", "Cena bazowa", "Cena A"], [1.15, 1.0]))
    choice = inspect_json(cli, src)["sheets"][0]["price_choice"]
    assert choice.startswith("cost = column D 'Cena A'")
    assert "the lowest of 2 price columns that move together" in choice
    assert "also seen: C 'Cena bazowa'" in choice


# -- price_column ----------------------------------------------------------------------------

def _config(tmp_path: Path, supplier: str, body: str) -> Path:
    path = tmp_path / "pricesync.toml"
    path.write_text(f'[shop]\ncurrency = "RUB"\n[suppliers.{supplier}]\nfiles = ["{supplier}.*"]\n{body}\n',
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("spec", ["крупный  ОПТ", "D", "d"])
def test_price_column_by_header_or_letter(cli, tmp_path, spec):
    src = write_xlsx(tmp_path / "opt.xlsx", tier_rows(
        ["Код", "Наименование", "Опт", "Крупный опт", "Розница"], [1.0, 0.93, 1.3]))
    assert [o["cost"] for o in offers_of(cli, src, tmp_path)][0] == "1000.00"      # detection: 'Опт'
    cfg = _config(tmp_path, "opt", f'price_column = "{spec}"')
    offers = offers_of(cli, src, tmp_path, "--config", cfg)
    assert [o["cost"] for o in offers] == [f"{round(b * 0.93, 2):.2f}" for b in BASE]
    choice = inspect_json(cli, src, "--config", cfg, "--supplier", "opt")["sheets"][0]["price_choice"]
    assert choice.startswith("cost = column D 'Крупный опт'") and "fixed by the config" in choice


def test_price_column_matches_a_partial_header_in_a_csv(cli, tmp_path):
    src = write_csv(tmp_path / "alfa.csv", tier_rows(["Код", "Наименование", "Розничная цена", "Оптовая цена"],
                                                     [1.3, 1.0]))
    cfg = _config(tmp_path, "alfa", 'price_column = "Розничная"')
    assert [o["cost"] for o in offers_of(cli, src, tmp_path, "--config", cfg)][0] == "1300.00"


def test_price_column_not_in_the_file_holds_the_supplier(cli, tmp_path):
    src = write_xlsx(tmp_path / "opt.xlsx", tier_rows(["Код", "Наименование", "Опт", "Розница"], [1.0, 1.3]),
                     title="Лист1")
    cfg = _config(tmp_path, "opt", 'price_column = "Оптовая"')
    out = tmp_path / "o.csv"
    res = cli("ingest", "--config", cfg, "--out", out, "--json")
    assert res.exit_code == 3, res.stderr
    summary = json.loads(res.stdout)
    held = summary["held"] if "held" in summary else summary
    line = next(h for h in held if "Оптовая" in h)
    assert "\n" not in line
    assert "opt.xlsx" in line and "sheet 'Лист1'" in line and "price_column" in line
    assert "'Код', 'Наименование', 'Опт', 'Розница'" in line


def test_price_column_and_columns_cost_together_is_a_config_error(cli, tmp_path):
    cfg = _config(tmp_path, "opt", 'price_column = "Опт"\ncolumns = { cost = "Розница" }')
    res = cli("validate", cfg)
    assert res.exit_code == 2
    assert "price_column and columns.cost" in res.stderr or "price_column and columns.cost" in res.stdout


# -- lists without stock ---------------------------------------------------------------------

def test_a_list_without_stock_gives_unknown_stock(cli, tmp_path):
    src = write_csv(tmp_path / "nostock.csv", tier_rows(["Код", "Наименование", "Опт", "Розница"], [1.0, 1.3]))
    offers = offers_of(cli, src, tmp_path)
    assert len(offers) == len(BASE)
    assert all(o["stock"] == "" and o["stock_raw"] == "" for o in offers)
    sheet = inspect_json(cli, src)["sheets"][0]
    assert sheet["stock"].startswith("the list states no stock")
    assert all(r["stock"] == "" for r in sheet["sample"])
    res = cli("inspect", src)
    assert "the list states no stock (no stock column): stock is unknown" in " ".join(res.stdout.split())
    # a list with a stock column still reads 0 for a blank cell
    rows = tier_rows(["Код", "Наименование", "Опт"], [1.0])
    rows[0].append("Остаток")
    for i, r in enumerate(rows[1:]):
        r.append(3 if i == 0 else None)
    offers = offers_of(cli, write_csv(tmp_path / "withstock.csv", rows), tmp_path)
    assert [o["stock"] for o in offers[:2]] == ["3", "0"]


@pytest.mark.parametrize("value, want", [('"available"', "5"), ("12", "12"), ('"out"', "0"), ('"unknown"', "")])
def test_stock_when_absent(cli, tmp_path, value, want):
    src = write_xlsx(tmp_path / "opt.xlsx", tier_rows(["Код", "Наименование", "Опт"], [1.0]))
    cfg = _config(tmp_path, "opt", f"stock_when_absent = {value}")
    offers = offers_of(cli, src, tmp_path, "--config", cfg)
    assert {o["stock"] for o in offers} == {want}
    stock = inspect_json(cli, src, "--config", cfg, "--supplier", "opt")["sheets"][0]["stock"]
    assert stock.startswith("the list states no stock")
    assert (f"every offer gets stock {want}" in stock) == (want != "")


@pytest.mark.parametrize("value", ['"maybe"', "-1", "2.5", '"lots"'])
def test_bad_stock_when_absent_is_a_one_line_config_error(cli, tmp_path, value):
    cfg = _config(tmp_path, "opt", f"stock_when_absent = {value}")
    res = cli("validate", cfg)
    assert res.exit_code == 2
    lines = [ln for ln in (res.stderr + res.stdout).splitlines() if "stock_when_absent" in ln]
    assert len(lines) == 1 and "suppliers.opt.stock_when_absent" in lines[0]
    assert "'unknown', 'available', 'out'" in lines[0] or "0 or more" in lines[0]


# -- the whole run: unknown stock prices, but never zeroes a channel's stock ------------------

def _ean(body12: str) -> str:
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


EAN_A, EAN_B, EAN_C = _ean("460123450001"), _ean("460123450002"), _ean("460123450003")


@pytest.fixture
def shop(tmp_path):
    """Three catalog SKUs, each in stock (7) on a pretend shop. Supplier 'bezostatkov' sends
    a list without a stock column (A, B); 'nol' sends one with a stock column: C at 0."""
    write_csv(tmp_path / "catalog.csv", [
        ["sku", "name", "brand", "category", "ean", "price", "stock"],
        ["A", "Дрель Makita DF333DWYE", "Makita", "Инструмент", EAN_A, "1299", "7"],
        ["B", "Пила Bosch PKS 55", "Bosch", "Инструмент", EAN_B, "6599", "7"],
        ["C", "Шуруповерт DeWalt DCD771", "DeWalt", "Инструмент", EAN_C, "9199", "7"],
    ], delimiter=",")
    (tmp_path / "shop.json").write_text(json.dumps({"A": ["1299.00", 7], "B": ["6599.00", 7], "C": ["9199.00", 7]}),
                                        encoding="utf-8")
    write_xlsx(tmp_path / "bezostatkov.xlsx", [
        ["Код", "Наименование", "Штрихкод", "Опт", "Розница"],
        ["M-1", "Дрель Makita DF333DWYE", EAN_A, 1000, 1300],
        ["B-2", "Пила Bosch PKS 55", EAN_B, 5200, 6600],
    ])
    write_xlsx(tmp_path / "nol.xlsx", [
        ["Код", "Наименование", "Штрихкод", "Цена", "Остаток"],
        ["D-3", "Шуруповерт DeWalt DCD771", EAN_C, 7300, 0],
    ])
    return tmp_path


def _shop_config(folder: Path, absent: str = "") -> Path:
    path = folder / "pricesync.toml"
    path.write_text(
        '[state]\npath = "state.sqlite"\n'
        '[shop]\ncurrency = "RUB"\ncatalog = "catalog.csv"\n'
        '[pricing]\nmax_change = "0.9"\nrounding = "none"\n[[pricing.rules]]\nmarkup = "0.30"\n'
        '[suppliers.bezostatkov]\nfiles = ["bezostatkov.xlsx"]\ncurrency = "RUB"\n' + absent +
        '[suppliers.nol]\nfiles = ["nol.xlsx"]\ncurrency = "RUB"\n'
        '[channels.shop]\ntype = "dummy"\npath = "shop.json"\n', encoding="utf-8")
    return path


def _plan(cli, config: Path) -> dict:
    out = config.parent / "plan.json"
    res = cli("plan", "--config", config, "--out", out)
    assert res.exit_code in (0, 3), res.stderr
    [plan] = json.loads(out.read_text(encoding="utf-8")) if out.read_text().lstrip().startswith("[") else \
        [json.loads(out.read_text(encoding="utf-8"))]
    return {c["sku"]: c for c in plan["changes"]}


def test_a_list_without_stock_never_pushes_stock_0(cli, shop):
    config = _shop_config(shop)
    changes = _plan(cli, config)
    # Priced from the list without stock (1000 × 1.30), stock left as the shop has it ...
    assert changes["A"]["new_price"] == "1300.00" and changes["B"]["new_price"] == "6760.00"
    assert changes["A"]["new_stock"] is None and changes["B"]["new_stock"] is None
    # ... while a list that says 0 does take the stock to 0.
    assert changes["C"]["new_stock"] == 0 and changes["C"]["old_stock"] == 7
    res = cli("run", "--config", config)
    assert res.exit_code in (0, 3), res.stderr
    pushed = json.loads((shop / "shop.json").read_text(encoding="utf-8"))
    assert pushed["A"] == ["1300.00", 7] and pushed["B"] == ["6760.00", 7] and pushed["C"][1] == 0


def test_unknown_stock_survives_the_tables_on_disk(cli, shop):
    """Through the tables on disk: ingest -> match -> reprice keeps the blank stock blank."""
    config = _shop_config(shop)
    cfg = load_config(config)
    assert cfg.suppliers["bezostatkov"].absent_stock() is None
    offers, matches, prices = shop / "offers.csv", shop / "matches.csv", shop / "prices.csv"
    assert cli("ingest", "--config", config, "--out", offers).exit_code in (0, 3)
    assert cli("match", "--catalog", shop / "catalog.csv", offers, "--out", matches).exit_code in (0, 3)
    res = cli("reprice", "--config", config, "--matches", matches, "--out", prices)
    assert res.exit_code in (0, 3), res.stderr
    with open(prices, encoding="utf-8-sig") as f:
        rows = {r["sku"]: r for r in csv.DictReader(f)}
    assert rows["A"]["stock"] == "" and "stock not stated in the price list" in rows["A"]["explanation"]
    assert rows["C"]["stock"] == "0"
    # the prices table as written plans no stock for A and B either
    res = cli("plan", "--config", config, "--prices", prices, "--out", shop / "p.json")
    assert res.exit_code in (0, 3), res.stderr
    plan = json.loads((shop / "p.json").read_text(encoding="utf-8"))
    plan = plan[0] if isinstance(plan, list) else plan
    stocks = {c["sku"]: c["new_stock"] for c in plan["changes"]}
    assert stocks["A"] is None and stocks["C"] == 0


@pytest.mark.parametrize("mode", ["sum", "max", "chosen"])
def test_unknown_stock_competes_on_price_and_known_stock_still_counts(tmp_path, mode):
    """A: the cheaper offer states no stock, another has 4 -> priced from the cheaper, stock
    4 (chosen mode: the chosen offer's, unknown). B: unknown next to a 0 -> unknown, not 0.
    C: only a 0 -> 0."""
    from decimal import Decimal

    import pandas as pd

    from pricesync.catalog import load_catalog
    from pricesync.pricing import reprice

    write_csv(tmp_path / "catalog.csv", [["sku", "name", "price", "stock"], ["A", "a", "1299", "7"],
                                         ["B", "b", "1299", "7"], ["C", "c", "1299", "7"]], delimiter=",")
    cfg_path = tmp_path / "pricesync.toml"
    cfg_path.write_text('[shop]\ncurrency = "RUB"\ncatalog = "catalog.csv"\n[pricing]\nmax_change = "off"\n'
                        f'rounding = "none"\n[[pricing.rules]]\nmarkup = "0.30"\n[stock]\nmode = "{mode}"\n',
                        encoding="utf-8")
    base = {"name": "", "brand": "", "category": "", "ean": "", "mpn": "", "currency": "RUB", "msrp": None,
            "stock_raw": "", "source_file": "f.csv", "source_sheet": "", "source_row": 2, "match_score": 100,
            "match_method": "sku", "match_status": "auto"}
    rows = [("bez", "A", "1000", None), ("sklad", "A", "1010", 4), ("bez", "B", "1000", None),
            ("sklad", "B", "990", 0), ("sklad", "C", "990", 0)]
    matches = pd.DataFrame([{**base, "supplier": s, "supplier_sku": f"{s}-{k}", "catalog_sku": k,
                             "cost": Decimal(c), "stock": st} for s, k, c, st in rows])
    catalog, _ = load_catalog(tmp_path / "catalog.csv")
    prices = reprice(matches, catalog, load_config(cfg_path)).set_index("sku")
    assert prices.loc["A", "supplier"] == "bez" and prices.loc["A", "price"] == Decimal("1300.00")
    assert prices.loc["A", "stock"] == (None if mode == "chosen" else 4)
    assert prices.loc["B", "supplier"] == "bez" and prices.loc["B", "stock"] is None
    assert "stock not stated in the price list" in prices.loc["B", "explanation"]
    assert "of 2 offers, 1 without stated stock" in prices.loc["B", "explanation"]
    assert prices.loc["C", "stock"] == 0


@pytest.mark.parametrize("absent, want", [('stock_when_absent = "available"\n', 5), ("stock_when_absent = 3\n", 3),
                                          ('stock_when_absent = "out"\n', 0)])
def test_stock_when_absent_sets_the_channel_stock(cli, shop, absent, want):
    changes = _plan(cli, _shop_config(shop, absent))
    assert changes["A"]["new_stock"] == want and changes["B"]["new_stock"] == want


def test_write_config_names_the_price_column_and_reads_back_the_same(cli, tmp_path):
    src = write_csv(tmp_path / "opt.csv", tier_rows(["Код", "Наименование", "Розница", "Опт", "Крупный опт"],
                                                    [1.3, 1.0, 0.93]))
    section = tmp_path / "opt.toml"
    assert cli("inspect", src, "--write-config", section, "--supplier", "opt").exit_code == 0
    text = section.read_text(encoding="utf-8")
    assert 'price_column = "Опт"' in text and "cost =" not in text
    assert '# stock_when_absent = "available"' in text
    main = tmp_path / "pricesync.toml"
    main.write_text('[shop]\ncurrency = "RUB"\n' + text, encoding="utf-8")
    offers = offers_of(cli, src, tmp_path, "--config", main)
    assert [o["cost"] for o in offers] == [f"{b:.2f}" for b in BASE]
