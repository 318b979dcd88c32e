"""Rows: products become offers, group rows become categories, everything else that looked
like data is rejected with a reason; codes stay text; row numbers as the spreadsheet shows."""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_ingest_support import ingest, records, write_csv, write_html, write_xls, write_xlsx, write_yml

D = Decimal
HEADER = ["Код", "Наименование", "Бренд", "Штрихкод", "Цена опт, руб.", "Остаток"]
TITLE = [["ООО «Ромашка-Опт»"], ["Прайс-лист на 22.08.2026"], [None]]


def offers_of(tmp_path, rows, **kw):
    return ingest(write_xlsx(tmp_path / "p.xlsx", rows, **kw))


def test_group_rows_several_levels_merged_across(tmp_path):
    rows = TITLE + [HEADER,
                    ["Смартфоны"], ["Samsung"],
                    [2193312, "Смартфон Samsung Galaxy A12 4/64GB", "Samsung", 8806105725488, 9561.3, "много"],
                    [2193313, "Смартфон Samsung Galaxy A12s 4/64GB", "Samsung", None, "9 306,90", 5],
                    ["Xiaomi"],
                    [2193314, "Смартфон Xiaomi Redmi Note 12 8/128GB", "Xiaomi", None, 15471.4, ">10"],
                    ["Телевизоры"], ["LG"],
                    [2193315, "Телевизор LG 55UQ75006LF 55\"", "LG", None, 39990, "нет"],
                    ["Итого позиций: 4"], ["* Цены указаны с НДС 20%"]]
    merges = [(i, 0, i, 5) for i, r in enumerate(rows) if len(r) == 1 and r[0] and i > len(TITLE)]
    result = offers_of(tmp_path, rows, merges=merges)
    got = [(r["supplier_sku"], r["category"], r["cost"], r["stock"], r["source_row"]) for r in records(result)]
    assert got == [("2193312", "Смартфоны / Samsung", "9561.3", 50, 7),
                   ("2193313", "Смартфоны / Samsung", "9306.90", 5, 8),
                   ("2193314", "Смартфоны / Xiaomi", "15471.4", 10, 10),
                   ("2193315", "Телевизоры / LG", "39990", 0, 13)]
    assert len(result.rejects) == 0


def test_hierarchy_by_indentation_only(tmp_path):
    rows = [["Код", "Номенклатура", "Цена", "Остаток"],
            [None, "    Товар", None, None],
            [None, "        *АВТОКРЕСЛА", None, None],
            [None, "            Chicco", None, None],
            ["УТ000076964", "                Автокресло Chicco Seat Up 012", 15990, 3],
            [None, "            Britax", None, None],
            ["УТ000076965", "                Автокресло Britax Römer King II", 21990, 1],
            [None, "        *КОЛЯСКИ", None, None],
            ["УТ000076966", "            Коляска Inglesina Quad", 45990, 2]]
    result = ingest(write_xls(tmp_path / "p.xls", rows))
    assert [(r["name"], r["category"]) for r in records(result)] == [
        ("Автокресло Chicco Seat Up 012", "Товар / *АВТОКРЕСЛА / Chicco"),
        ("Автокресло Britax Römer King II", "Товар / *АВТОКРЕСЛА / Britax"),
        ("Коляска Inglesina Quad", "Товар / *КОЛЯСКИ"),
    ]


def test_group_rows_that_carry_a_code(tmp_path):
    rows = [["Код товару", "Цінова група", "Назва", "Ціна, грн", "Наявність"],
            [None, "PG1", "Насоси малої циркуляції", None, None],
            ["0045123", "PG1", "Насос Star-ZD 15/4", "8 075,13 грн", "є"],
            ["0045124", "PG1", "Насос Star-ZD 20/6", "9 075,13 грн", "немає"],
            ["ГР-00012", None, "Насоси для басейнів", None, None],
            ["0045125", "PG2", "Насос Pool-M 12", "12 000,00 грн", "в наявності"]]
    result = offers_of(tmp_path, rows)
    got = [(r["supplier_sku"], r["category"], r["cost"], r["currency"], r["stock"]) for r in records(result)]
    assert got == [("0045123", "Насоси малої циркуляції", "8075.13", "UAH", 5),
                   ("0045124", "Насоси малої циркуляції", "9075.13", "UAH", 0),
                   ("0045125", "Насоси для басейнів", "12000.00", "UAH", 5)]


def test_run_of_group_rows_replaces_the_last_levels(tmp_path):
    rows = [["Код", "Наименование", "Цена"],
            [None, "1 Шины"], [None, "13"], [None, "155 70 13"], ["1001", "Шина Nokian Hakka 155/70 R13", 3500],
            [None, "155 80 13"], ["1002", "Шина Nokian Hakka 155/80 R13", 3700],
            [None, "14"], [None, "175 65 14"], ["1003", "Шина Nokian Hakka 175/65 R14", 4200]]
    result = offers_of(tmp_path, rows)
    assert [r["category"] for r in records(result)] == [
        "1 Шины / 13 / 155 70 13", "1 Шины / 13 / 155 80 13", "1 Шины / 14 / 175 65 14"]


def test_brand_group_fills_the_brand(tmp_path):
    rows = [["Код", "Наименование", "Цена"], [None, "Акб"], [None, "Huawei"],
            ["1", "Аккумулятор Huawei HB366481ECW", 990], ["2", "Аккумулятор Huawei HB396285ECW", 1090],
            [None, "Samsung"], ["3", "Аккумулятор Samsung EB-BA505ABU", 890],
            [None, "Чехлы"], ["4", "Чехол-книжка для Galaxy A12", 290]]
    got = [(r["category"], r["brand"]) for r in records(offers_of(tmp_path, rows))]
    assert got == [("Акб / Huawei", "Huawei"), ("Акб / Huawei", "Huawei"), ("Акб / Samsung", "Samsung"),
                   ("Чехлы", "")]


@pytest.mark.parametrize("row, reason", [
    (["3001", "Наушники Xiaomi Redmi Buds 4 Lite", "Xiaomi", None, 0, "много"], "zero price (not an offer)"),
    (["3002", "Смартфон Xiaomi Redmi 12C", "Xiaomi", None, None, "под заказ"], "no price"),
    (["3003", "Смартфон HUAWEI nova 11i", "HUAWEI", None, "звоните", 3], "price not readable: 'звоните'"),
    (["3004", "Смартфон realme C55", "realme", None, -5, 3], "negative price (-5)"),
    ([None, None, None, None, 1990, 3], "price without a name or a code"),
])
def test_rows_that_are_not_offers_are_rejected_with_a_reason(tmp_path, row, reason):
    good = ["3000", "Смартфон Samsung Galaxy A12", "Samsung", None, 9561.3, 5]
    result = offers_of(tmp_path, [HEADER, good, row])
    assert len(result.offers) == 1
    rejected = result.rejects.to_dict("records")
    assert [(r["source_row"], r["reason"], r["kind"], r["column"]) for r in rejected] == \
        [(3, reason, "rejected", "Цена опт, руб.")]
    assert result.exit_code == 3


def test_zero_price_replaced_by_another_item_is_discontinued(tmp_path):
    rows = [["Indeks", "Nazwa towaru", "Cena netto", "Stan", "Uwagi"],
            ["10.01.398", "Wiertarko-wkrętarka Makita DF331DWYE", "0,00 zł", "brak", "zastąpiona przez 10.01.429"],
            ["10.01.429", "Wiertarko-wkrętarka Makita DF333DWYE", "366,33 zł", "dostępny", ""]]
    result = offers_of(tmp_path, rows)
    assert [r["supplier_sku"] for r in records(result)] == ["10.01.429"]
    assert result.rejects["reason"].tolist() == ["zero price: discontinued (zastąpiona przez 10.01.429)"]


def test_invalid_ean_keeps_the_offer_without_it(tmp_path):
    rows = [HEADER, ["1", "Смартфон Samsung Galaxy A12s", "Samsung", "8807473827449", 9306.9, 5],
            ["2", "Смартфон Samsung Galaxy A12", "Samsung", 8806105725488, 9561.3, 5]]
    result = offers_of(tmp_path, rows)
    assert [r["ean"] for r in records(result)] == ["", "8806105725488"]
    notes = result.rejects.to_dict("records")
    assert [(n["source_row"], n["kind"], n["raw"]) for n in notes] == [(2, "note", "8807473827449")]


def test_unknown_stock_word_is_noted(tmp_path):
    rows = [HEADER, ["1", "Смартфон Samsung Galaxy A12", "Samsung", None, 9561.3, "спросить у Ивана"]]
    result = offers_of(tmp_path, rows)
    assert records(result)[0]["stock"] == 0 and records(result)[0]["stock_raw"] == "спросить у Ивана"
    assert result.rejects["reason"].tolist() == ["stock word not understood, read as 0 (add it to stock_vocabulary)"]


def test_repeated_header_rows_and_blank_rows_are_skipped(tmp_path):
    rows = [HEADER, ["1", "Смартфон Samsung Galaxy A12", "Samsung", None, 9561.3, 5], [None],
            HEADER, ["2", "Смартфон Samsung Galaxy A12s", "Samsung", None, 9306.9, 5]]
    result = offers_of(tmp_path, rows)
    assert [r["source_row"] for r in records(result)] == [2, 5] and len(result.rejects) == 0


@pytest.mark.parametrize("cell, code", [
    (2193312, "2193312"), (2193312.0, "2193312"), ("009712", "009712"), ("УТ000076964", "УТ000076964"),
    ("06019G8000", "06019G8000"), (4.6e12, "4600000000000"), ("1.628-101.0", "1.628-101.0"),
])
def test_codes_stay_text(tmp_path, cell, code):
    rows = [HEADER, [cell, "Дрель-шуруповерт Makita DF333DWYE", "Makita", None, 8901.9, 5]]
    assert records(offers_of(tmp_path, rows))[0]["supplier_sku"] == code


@pytest.mark.parametrize("cell, amount", [
    (9561.3, "9561.3"), (10990, "10990"), ("12 887,06", "12887.06"), ("12\u00a0887,06", "12887.06"),
    ("2,999.99", "2999.99"), ("850,85", "850.85"), ("8 075,13 грн", "8075.13"), ("0.0125", "0.0125"),
])
def test_prices_from_numbers_and_text(tmp_path, cell, amount):
    rows = [HEADER, ["1", "Дрель-шуруповерт Makita DF333DWYE", "Makita", None, cell, 5]]
    assert D(records(offers_of(tmp_path, rows))[0]["cost"]) == D(amount)


def _xlsx(tmp_path, rows):
    return write_xlsx(tmp_path / "p.xlsx", rows)


def _xls(tmp_path, rows):
    return write_xls(tmp_path / "p.xls", rows)


def _csv(tmp_path, rows):
    return write_csv(tmp_path / "p.csv", rows, encoding="cp1251")


def _html(tmp_path, rows):
    return write_html(tmp_path / "p.xls", rows)


@pytest.mark.parametrize("write, sheet", [(_xlsx, "Прайс"), (_xls, "TDSheet"), (_csv, ""), (_html, "")])
def test_source_row_is_the_row_the_spreadsheet_shows(tmp_path, write, sheet):
    rows = TITLE + [HEADER, ["1", "Смартфон Samsung Galaxy A12", "Samsung", "", "9561,30", "5"],
                    ["", "Телевизоры", "", "", "", ""],
                    ["2", "Телевизор LG 55UQ75006LF", "LG", "", "39990", "нет"]]
    result = ingest(write(tmp_path, rows))
    assert [(r["source_sheet"], r["source_row"]) for r in records(result)] == [(sheet, 5), (sheet, 7)]


def test_yml_feed_offers(tmp_path):
    offers = [
        {"id": "UG5001", "available": "true", "price": "3712.18", "currencyId": "UAH", "categoryId": "11",
         "vendor": "Samsung", "vendorCode": "SM-A125F", "barcode": "8806105725488",
         "name": "Samsung Galaxy A12 4/64GB Black", "quantity_in_stock": "4"},
        {"id": "UG5002", "available": "false", "price": "4662.93", "currencyId": "UAH", "categoryId": "11",
         "vendor": "Samsung", "vendorCode": "SM-A125F", "name": "Samsung Galaxy A12 4/128GB Blue"},
        {"id": "UG5003", "available": "true", "price": "0", "currencyId": "UAH", "categoryId": "1",
         "name": "realme C55 8/256GB"},
    ]
    path = write_yml(tmp_path / "feed.xml", offers, categories=[("1", None, "Смартфони"), ("11", "1", "Samsung")])
    result = ingest(path)
    got = [(r["supplier_sku"], r["mpn"], r["ean"], r["cost"], r["currency"], r["stock"], r["category"])
           for r in records(result)]
    assert got == [("UG5001", "SM-A125F", "8806105725488", "3712.18", "UAH", 4, "Смартфони / Samsung"),
                   ("UG5002", "SM-A125F", "", "4662.93", "UAH", 0, "Смартфони / Samsung")]
    assert result.rejects["reason"].tolist() == ["zero price (not an offer)"]
    assert all(r > 0 for r in result.offers["source_row"])


def test_columns_joined_by_the_config(tmp_path):
    from pricesync.ingest import ingest_files
    from pricesync.config.models import Config

    rows = [["Код", "Тип", "Модель", "Цена"], ["1", "Дрель-шуруповерт", "Makita DF333DWYE", 8901.9]]
    path = write_xlsx(tmp_path / "p.xlsx", rows)
    config = Config.model_validate({"suppliers": {"m": {"columns": {"name": ["Тип", "Модель"]}}}})
    result = ingest_files([path], config=config, supplier="m")
    assert records(result)[0]["name"] == "Дрель-шуруповерт Makita DF333DWYE"
    assert records(result)[0]["supplier"] == "m"


def _with_config(tmp_path, rows, **supplier):
    from pricesync.config.models import Config
    from pricesync.ingest import ingest_files

    path = write_xlsx(tmp_path / "p.xlsx", rows)
    config = Config.model_validate({"suppliers": {"m": supplier}})
    return ingest_files([path], config=config, supplier="m")


def test_skip_rows_from_the_config(tmp_path):
    rows = [HEADER, ["1", "Смартфон Samsung Galaxy A12", "Samsung", None, 9561.3, 5],
            ["2", "Образец: не продаётся", "Samsung", None, 1, 5],
            ["3", "Смартфон Samsung Galaxy A12s", "Samsung", None, 9306.9, 5]]
    result = _with_config(tmp_path, rows, skip_rows=[3])
    assert [r["source_row"] for r in records(result)] == [2, 4]


@pytest.mark.parametrize("separator, cell, amount", [
    (".", "1.234", "1.234"), (",", "1.234", "1234"), (None, "1.234", "1234"),
    (",", "1.234,5", "1234.5"), (".", "1,234.5", "1234.5"),
])
def test_decimal_separator_from_the_config(tmp_path, separator, cell, amount):
    rows = [HEADER, ["1", "Болт М8 DIN 933", "Bossard", None, cell, 5]]
    result = _with_config(tmp_path, rows, **({"decimal_separator": separator} if separator else {}))
    assert D(records(result)[0]["cost"]) == D(amount)


def test_stock_vocabulary_and_currency_from_the_config(tmp_path):
    rows = [HEADER, ["1", "Смартфон Samsung Galaxy A12", "Samsung", None, 9561.3, "много"],
            ["2", "Смартфон Samsung Galaxy A12s", "Samsung", None, 9306.9, "завоз в пятницу"]]
    result = _with_config(tmp_path, rows, stock_vocabulary={"много": 20, "завоз в пятницу": 0}, currency="USD",
                          vat_included=False, vat_rate="20%")
    got = [(r["stock"], r["currency"], r["vat_included"], r["vat_rate"]) for r in records(result)]
    assert got == [(20, "USD", False, D("0.2")), (0, "USD", False, D("0.2"))]
    assert len(result.rejects) == 0


def test_configured_sheet_missing_holds_the_file(tmp_path):
    rows = [HEADER, ["1", "Смартфон Samsung Galaxy A12", "Samsung", None, 9561.3, 5]]
    result = _with_config(tmp_path, rows, sheets=["Price"])
    assert len(result.offers) == 0
    assert result.held == [f"{tmp_path / 'p.xlsx'}: has no sheet 'Price' (sheets: Прайс)"]
