"""Column roles from values first, headers as evidence: tables without a header row, headers
in words no vocabulary knows, 1C exports whose name column has no header, German and Polish
abbreviations, legacy .xls without a code page; the vocabulary files and their extension
from the config."""
from __future__ import annotations

import datetime
import tomllib
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from pricesync.ingest.config import SupplierConfig
from pricesync.ingest.detect import detect_layout
from pricesync.ingest.readers import read_book
from pricesync.ingest.vocab import DATA_DIR, Vocabulary, VocabularyError, header_roles, price_kind
from tests.test_ingest_support import ingest, write_csv, write_xlsx

MODELS = [("F208 L/R", "мдф", "254 880"), ("F208 L/R", "зеркало", 288338), ("F210.60", "мдф", 125964),
          ("F210.60", "зеркало", "160\u00a0502"), ("F211.60", "мдф", 124271), ("F218 L/R", "мдф", 108331)]


def records(result) -> list[dict]:
    return result.offers.to_dict("records")


def test_headerless_table_reads_from_values(tmp_path):
    # Converted from a PDF: model | variant | price, no header, prices partly text.
    path = write_xlsx(tmp_path / "p.xlsx", [list(r) for r in MODELS])
    layout, why = detect_layout(read_book(path).sheets[0])
    assert why == "" and layout.header_rows == [] and layout.data_row == 1
    assert layout.roles["name"] == [0, 1] and layout.col("cost") == 2
    offers = records(ingest(path))
    assert [(o["name"], o["cost"]) for o in offers[:2]] == [("F208 L/R мдф", Decimal("254880")),
                                                            ("F208 L/R зеркало", Decimal("288338"))]
    assert len(offers) == len(MODELS)


def test_header_in_unknown_language_reads_from_values(tmp_path):
    # Finnish headers: no vocabulary has them. The header row holds no numbers and is skipped.
    rows = [["Tuotekoodi", "Nimike", "Hinta", "Saldo"]]
    rows += [[f"FI-{1000 + i}", f"Porakone malli {i} sininen", 19.5 + i, "+"] for i in range(12)]
    path = write_xlsx(tmp_path / "fi.xlsx", rows)
    layout, why = detect_layout(read_book(path).sheets[0])
    assert why == ""
    assert layout.data_row == 2
    assert {r: layout.col(r) for r in ("sku", "name", "cost", "stock")} == {"sku": 0, "name": 1, "cost": 2, "stock": 3}
    offers = records(ingest(path))
    assert len(offers) == 12 and offers[0]["supplier_sku"] == "FI-1000" and offers[0]["cost"] == Decimal("19.5")


def test_config_header_words_name_columns(tmp_path):
    rows = [["Tuotekoodi", "Nimike", "Hinta", "Varastossa"]]
    rows += [[f"FI-{1000 + i}", f"Porakone malli {i}", 19.5 + i, i] for i in range(5)]
    path = write_xlsx(tmp_path / "fi.xlsx", rows)
    cfg = SupplierConfig(header_words={"tuotekoodi": "sku", "nimike": "name", "hinta": "cost", "varastossa": "stock"})
    layout, _ = detect_layout(read_book(path).sheets[0], cfg)
    assert layout.header_rows == [1]
    assert [c.role for c in layout.columns] == ["sku", "name", "cost", "stock"]
    stems = SupplierConfig(header_words={"tuote*": "sku", "nimi*": "name", "hin*": "cost", "varasto*": "stock"})
    layout, _ = detect_layout(read_book(path).sheets[0], stems)
    assert [c.role for c in layout.columns] == ["sku", "name", "cost", "stock"]
    with pytest.raises(ValueError, match="not one of"):
        SupplierConfig(header_words={"hinta": "prize"})


def test_1c_export_name_column_without_header(tmp_path):
    # 1C stock report: the name sits in A (merged A:D) under an empty header; group rows
    # carry quantity and sum totals but no price.
    rows = [[None, None, None, None, "Количество Остаток", "Цена", "Сумма"],
            ["Прайс", None, None, None, 300, None, 84000],
            ["НАПИТКИ", None, None, None, 192, None, 53760]]
    merges = [(0, 0, 0, 3), (1, 0, 1, 3), (2, 0, 2, 3)]
    for i, name in enumerate(['Напиток "Дюшес" ПЭТ 1,5л.', 'Напиток "Мохито" ПЭТ 1,5л.', "Лимонад Тархун 0,5 л",
                              "Квас хлебный 2 л", "Морс клюквенный 1 л"]):
        rows.append([name, None, None, None, 10 + i, 280 + i, (10 + i) * (280 + i)])
        merges.append((3 + i, 0, 3 + i, 3))
    path = write_xlsx(tmp_path / "1c.xlsx", rows, merges=merges)
    offers = records(ingest(path))
    assert [o["source_row"] for o in offers] == [4, 5, 6, 7, 8]
    assert offers[0]["name"] == 'Напиток "Дюшес" ПЭТ 1,5л.' and offers[0]["cost"] == Decimal("280")


def test_1c_path_and_level_headers(tmp_path):
    rows = [["Номенклатура.Код", "Ценовая группа/ Номенклатура/ Характеристика номенклатуры", "Дилерская",
             "Номенклатура.Комментарий"]]
    rows += [[24 + i, f"            Конектор F типа {i} (для ТВ кабеля)", 0.25 + i, None] for i in range(6)]
    path = write_xlsx(tmp_path / "tv.xlsx", rows)
    layout, why = detect_layout(read_book(path).sheets[0])
    assert why == ""
    assert [c.role for c in layout.columns] == ["sku", "name", "cost", "note"]
    assert len(records(ingest(path))) == 6


@pytest.mark.parametrize("header, roles", [
    (["Artikel-Nr.", "Bezeichnung", "Hersteller", "EK-Preis", "VK-Preis", "Bestand"],
     ["sku", "name", "brand", "cost", "msrp", "stock"]),
    (["Lp.", "Symbol", "Nazwa towaru", "J.m.", "Stan mag.", "Cena net."],
     [None, "sku", "name", "unit", "stock", "cost"]),
    (["Kód", "Název zboží", "Výrobce", "Cena bez DPH", "Skladem"], ["sku", "name", "brand", "cost", "stock"]),
    (["Kodas", "Pavadinimas", "Gamintojas", "Kaina", "Likutis"], ["sku", "name", "brand", "cost", "stock"]),
    (["Kods", "Nosaukums", "Ražotājs", "Cena", "Atlikums"], ["sku", "name", "brand", "cost", "stock"]),
], ids=["de", "pl-abbreviations", "cs", "lt", "lv"])
def test_headers_in_more_languages(tmp_path, header, roles):
    values = {"sku": "AB-1234", "name": "Akkuschrauber 18 V Koffer Set", "brand": "Makita", "cost": 99.5,
              "msrp": 149.0, "stock": 12, "unit": "szt", None: 1}
    rows = [[None] * len(header), header]
    rows += [[values[r] if r != "sku" else f"AB-{1234 + i}" for r in roles] for i in range(6)]
    for i, row in enumerate(rows[2:]):
        row[0] = i + 1 if roles[0] is None else row[0]
    path = write_xlsx(tmp_path / "p.xlsx", rows)
    layout, why = detect_layout(read_book(path).sheets[0])
    assert why == ""
    assert [c.role for c in layout.columns] == roles


def test_unlabelled_integer_column_is_not_stock(tmp_path):
    # "Заказ" (an order quantity, zeros) must not become stock = 0 for every offer.
    rows = [["Код", "Наименование", "Цена", "Заказ"]]
    rows += [[1000 + i, f"Фильтр масляный модель {i}", 150.5 + i, 0] for i in range(10)]
    path = write_xlsx(tmp_path / "p.xlsx", rows)
    layout, _ = detect_layout(read_book(path).sheets[0])
    assert layout.col("stock") is None
    assert all(o["stock"] is None for o in records(ingest(path)))


def test_value_price_does_not_beat_a_named_price(tmp_path):
    # "Применяемость" holds car models ("1118, 2108") that look like amounts.
    rows = [["Код", "Наименование", "Применяемость", "Цена"]]
    rows += [[2000 + i, f"Колодки тормозные передние {i}", f"{1118 + i}, 2108", 420.0 + i] for i in range(10)]
    path = write_xlsx(tmp_path / "p.xlsx", rows)
    layout, _ = detect_layout(read_book(path).sheets[0])
    assert layout.col("cost") == 3


def test_inspect_shows_value_evidence(tmp_path):
    import subprocess
    import sys

    path = write_xlsx(tmp_path / "p.xlsx", [list(r) for r in MODELS])
    out = subprocess.run([sys.executable, "-m", "pricesync", "inspect", str(path)], capture_output=True, text=True,
                         env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert "no header row" in out.stdout and "values look like" in out.stdout and "price 100%" in out.stdout


def test_vertically_merged_name_covers_pack_size_rows(tmp_path):
    rows = [["№ п/п", "Наименование", "объем", "кол-во в упак", "Цена с НДС"],
            [1, 'BELINKA "BASE" грунтовка для древесины', "1л", 6, 28400],
            [None, None, "2,5л", 4, 69184], [None, None, "5л", 2, 132176],
            [2, 'BELINKA "IMPREGNANT" антисептик', "0,75л", 6, 18229]]
    path = write_xlsx(tmp_path / "p.xlsx", rows, merges=[(1, 1, 3, 1)])
    offers = records(ingest(path))
    assert [(o["name"][:14], o["cost"]) for o in offers] == [
        ('BELINKA "BASE"', Decimal("28400")), ('BELINKA "BASE"', Decimal("69184")),
        ('BELINKA "BASE"', Decimal("132176")), ('BELINKA "IMPRE', Decimal("18229"))]
    assert all(o["stock"] is None for o in offers)  # pack quantity is not stock


def test_legacy_xls_without_codepage_is_decoded(tmp_path):
    import xlwt

    # BIFF8 8-bit strings are latin-1 to every reader: cp1251 bytes stored so read as mojibake.
    def moji(s):
        return s.encode("cp1251").decode("latin-1")

    wb = xlwt.Workbook()
    ws = wb.add_sheet("Sheet1")
    ws.write(0, 0, moji("Наименование товаров"))
    ws.write(0, 1, moji("Цена"))
    for i in range(5):
        ws.write(1 + i, 0, moji(f"Разъём DB25 модель {i}"))
        ws.write(1 + i, 1, 25.0 + i)
    wb.save(str(tmp_path / "old.xls"))
    offers = records(ingest(tmp_path / "old.xls"))
    assert offers[0]["name"] == "Разъём DB25 модель 0" and offers[0]["cost"] == Decimal("25")


def test_serial_numbers_shown_as_dates_are_numbers():
    from pricesync.ingest.readers.excel import _serial_dates_to_numbers

    cells = pd.DataFrame({0: ["a", "b", "c", "d", "e"],
                          1: [datetime.date(1900, 1, 5), datetime.date(1900, 3, 1), datetime.time(12, 0),
                              datetime.date(1911, 7, 1), datetime.date(1900, 2, 28)],
                          2: [datetime.date(2024, 5, 1)] * 5})
    out = _serial_dates_to_numbers(cells)
    assert out[1].tolist()[:4] == [5, 61, 0.5, 4200]
    assert isinstance(out[1][4], str)  # 59 or 60: rejected, not guessed
    assert out[2].tolist() == [datetime.date(2024, 5, 1)] * 5  # real dates stay dates


# -- the vocabulary files --------------------------------------------------------------------

def test_every_vocabulary_file_loads_and_entries_do_not_conflict():
    files = sorted(DATA_DIR.glob("*.toml"))
    assert {f.stem for f in files} >= {"ru", "uk", "pl", "de", "cs", "en", "kk", "lt", "lv", "common"}
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    conflicts = []
    for f in files:
        data = tomllib.loads(f.read_text(encoding="utf-8"))
        Vocabulary().add_tables(data, str(f))  # raises on unknown roles, weights, tables
        for table in ("header", "header_words", "price_words", "stock"):
            for key, value in data.get(table, {}).items():
                meaning = str(sorted(value) if isinstance(value, list) else value).split()[0]
                k = (table, key.strip().lower())
                if k in seen and seen[k][0] != meaning:
                    conflicts.append(f"{table} '{key}': {seen[k][1]} says {seen[k][0]}, {f.name} says {meaning}")
                seen.setdefault(k, (meaning, f.name))
    assert not conflicts, conflicts


def test_vocabulary_rejects_bad_entries(tmp_path):
    with pytest.raises(VocabularyError, match="not one of"):
        Vocabulary().add_tables({"header": {"x": "colour"}}, "t")
    with pytest.raises(VocabularyError, match="whole number"):
        Vocabulary().add_tables({"stock": {"lots": "many"}}, "t")
    with pytest.raises(VocabularyError, match="unknown table"):
        Vocabulary().add_tables({"headers": {}}, "t")


def test_shop_vocabulary_file_from_config(tmp_path):
    from pricesync.config import load_config
    from pricesync.ingest.run import ingest_files

    (tmp_path / "words.toml").write_text('[header]\n"tuotekoodi" = "sku"\n"nimike" = "name"\n'
                                         '[price_words]\n"hinta" = "price 1.0"\n[stock]\n"runsaasti" = 40\n',
                                         encoding="utf-8")
    (tmp_path / "shop.toml").write_text('vocabulary = ["words.toml"]\n[shop]\ncurrency = "EUR"\n', encoding="utf-8")
    rows = [["Tuotekoodi", "Nimike", "Hinta", "Saldo"]] + [[f"F{i}", f"Pora {i}", 10 + i, "runsaasti"] for i in range(3)]
    path = write_csv(tmp_path / "fi.csv", rows)
    result = ingest_files([path], config=load_config(tmp_path / "shop.toml"), supplier="fi")
    offers = result.offers.to_dict("records")
    assert [o["supplier_sku"] for o in offers] == ["F0", "F1", "F2"]
    assert [int(o["stock"]) for o in offers] == [40, 40, 40]  # a stock word from the shop's file
    (tmp_path / "bad.toml").write_text('vocabulary = ["missing.toml"]\n', encoding="utf-8")
    with pytest.raises(Exception, match="vocabulary"):
        load_config(tmp_path / "bad.toml")


@pytest.mark.parametrize("header, role", [("Номенклатура.Артикул", "mpn"), ("Ед.изм.", "unit"),
                                          ("Stan magazynowy", "stock"), ("Lagerbestand", "stock"),
                                          ("Штрихкод", "ean"), ("Сумма, руб.", "ignore")])
def test_header_words(header, role):
    roles = header_roles(header)
    assert max(roles, key=roles.get) == role


def test_price_kind_from_data():
    assert price_kind("EK netto")[0] == "cost"
    assert price_kind("VK brutto")[0] == "msrp"
    assert price_kind("Цена опт. (РРЦ -10%)")[0] == "cost"
    assert price_kind("Cena")[0] is None


def test_vocabulary_data_dir_ships_with_the_package():
    assert Path(DATA_DIR).is_dir() and (DATA_DIR / "README.md").exists()


def test_german_two_row_header_with_leading_empty_columns(tmp_path):
    # "Artikel" and "Preis" merged over their sub-headers; the table starts in column C.
    rows = [["Preisliste Werkzeug 2026", None, None, None, None],
            [None, None, None, None, None],
            ["Artikel", None, "Preis", None, "Bestand"],
            ["Nr.", "Bezeichnung", "EK", "VK", None]]
    rows += [[f"W-{4711 + 13 * i}", f"Akku-Bohrschrauber 18 V Modell {i}", 89.9 + i, 129.0 + i, 3 + i] for i in range(8)]
    path = write_xlsx(tmp_path / "de.xlsx", rows, merges=[(2, 0, 2, 1), (2, 2, 2, 3), (2, 4, 3, 4)], start=(0, 2))
    layout, why = detect_layout(read_book(path).sheets[0])
    assert why == ""
    assert layout.header_rows == [3, 4]
    assert {r: layout.columns[layout.col(r)].letter for r in ("sku", "name", "cost", "msrp", "stock")} == \
        {"sku": "C", "name": "D", "cost": "E", "msrp": "F", "stock": "G"}
    offers = records(ingest(path))
    assert offers[0]["supplier_sku"] == "W-4711" and offers[0]["cost"] == Decimal("89.9") and offers[0]["stock"] == 3
