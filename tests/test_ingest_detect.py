"""Zero-config detection: header row below title blocks, two-row headers, the role of each
column, purchase vs retail price, currency and VAT, sheets without products."""
from __future__ import annotations

import pytest

from pricesync.ingest.config import SupplierConfig
from pricesync.ingest.detect import MappingError, detect_layout
from pricesync.ingest.readers import read_book
from tests.test_ingest_support import write_csv, write_xlsx

TITLE = [["ООО «Ромашка-Опт»"], ["г. Москва, ул. Складская, 1"], ["Тел. +7 (000) 000-00-00"],
         ["Прайс-лист на 22.08.2026"], ["Цена прайса: Оптовая новая"], [None]]
ROW = ["2193312", "Смартфон Samsung Galaxy A12 4/64GB черный", "Samsung", "9 561,30", "много"]

# (name, header cells, expected role per header, expected currency)
HEADERS = [
    ("ru 1c", ["Код", "Наименование", "Производитель", "Цена опт, руб.", "Остаток"],
     ["sku", "name", "brand", "cost", "stock"], "RUB"),
    ("ru artikul only", ["Артикул", "Номенклатура", "Бренд", "Цена", "Наличие"],
     ["sku", "name", "brand", "cost", "stock"], "RUB"),
    ("ua", ["Код товару", "Назва", "Виробник", "Ціна, грн", "Наявність"], ["sku", "name", "brand", "cost", "stock"], "UAH"),
    ("pl", ["Indeks", "Nazwa towaru", "Producent", "Cena netto", "Stan"], ["sku", "name", "brand", "cost", "stock"], "RUB"),
    ("en", ["Item #", "Description", "Brand", "Dealer Price (USD)", "Qty Available"],
     ["sku", "name", "brand", "cost", "stock"], "USD"),
    ("eur without vat", ["Код", "Найменування", "Бренд", " € без ПДВ", "Залишок"],
     ["sku", "name", "brand", "cost", "stock"], "EUR"),
    ("kz", ["Код", "Наименование", "Марка", "Цена, тг", "Кол-во"], ["sku", "name", "brand", "cost", "stock"], "KZT"),
    ("prom export", ["Код_товара", "Название_позиции", "Производитель", "Цена", "Наличие"],
     ["sku", "name", "brand", "cost", "stock"], "RUB"),
]


@pytest.mark.parametrize("name, header, roles, currency", HEADERS, ids=[h[0] for h in HEADERS])
def test_header_below_title_block(tmp_path, name, header, roles, currency):
    path = write_xlsx(tmp_path / "p.xlsx", TITLE + [header, ROW, ROW])
    sheet = read_book(path).sheets[0]
    layout, why = detect_layout(sheet, shop_currency="RUB")
    assert why == ""
    assert layout.header_rows == [len(TITLE) + 1]
    assert [c.role for c in layout.columns] == roles
    assert all(c.confidence >= 0.5 for c in layout.columns)
    assert layout.currency == currency


@pytest.mark.parametrize("prices, cost, msrp", [
    (["Цена опт", "Цена розница"], 0, 1),
    (["РРЦ", "Цена дилера"], 1, 0),
    (["Розничная цена", "Закупочная цена"], 1, 0),
    (["Cena brutto", "Cena netto"], 1, 0),
    (["Retail price", "Wholesale price"], 1, 0),
    (["Цена", "РРЦ"], 0, 1),
    (["Цена 1", "Цена 2"], 0, None),          # no qualifier: the first is the purchase price
    (["Ціна роздріб", "Ціна опт"], 1, 0),
])
def test_purchase_versus_retail_price(tmp_path, prices, cost, msrp):
    header = ["Код", "Наименование"] + prices
    path = write_xlsx(tmp_path / "p.xlsx", [header, ["1", "Дрель Makita DF333DWYE", 100.5, 120]])
    layout, _ = detect_layout(read_book(path).sheets[0], shop_currency="RUB")
    assert layout.col("cost") == 2 + cost
    assert layout.col("msrp") == (None if msrp is None else 2 + msrp)


def test_two_row_merged_header(tmp_path):
    rows = TITLE + [
        ["Код", "Номенклатура", "Артикул", "Опт 1", None, "Розница", None, "Остаток"],
        [None, None, None, "Цена", "Ед.", "Цена", "Ед.", None],
        ["УТ000076964", "Дрель Makita DF333DWYE", "DF333DWYE", 8901.9, "шт", 10990, "шт", 12],
    ]
    top = len(TITLE)
    merges = [(top, 3, top, 4), (top, 5, top, 6), (top, 0, top + 1, 0), (top, 1, top + 1, 1),
              (top, 2, top + 1, 2), (top, 7, top + 1, 7)]
    path = write_xlsx(tmp_path / "p.xlsx", rows, merges=merges)
    layout, _ = detect_layout(read_book(path).sheets[0], shop_currency="RUB")
    assert layout.header_rows == [top + 1, top + 2]
    assert [c.header for c in layout.columns][3:7] == ["Опт 1 Цена", "Опт 1 Ед.", "Розница Цена", "Розница Ед."]
    assert layout.col("cost") == 3 and layout.col("msrp") == 5 and layout.col("unit") == 4
    assert layout.col("sku") == 0 and layout.col("mpn") == 2


def test_two_row_header_in_csv_without_merge_info(tmp_path):
    rows = [["Код", "Наименование", "Опт 1", "", "Розница", ""],
            ["", "", "Цена", "Ед.", "Цена", "Ед."],
            ["1", "Дрель Makita DF333DWYE", "8901,90", "шт", "10990", "шт"]]
    layout, _ = detect_layout(read_book(write_csv(tmp_path / "p.csv", rows)).sheets[0], shop_currency="RUB")
    assert layout.header_rows == [1, 2]
    assert layout.col("cost") == 2 and layout.col("msrp") == 4


@pytest.mark.parametrize("title, header, currency, source", [
    ([["Ceny netto w PLN"]], ["Indeks", "Nazwa", "Cena netto"], "PLN", "title"),
    ([["Валюта: руб."]], ["Код", "Номенклатура", "Цена"], "RUB", "title"),
    ([["All prices in USD"]], ["SKU", "Description", "Price"], "USD", "title"),
    ([], ["Код", "Наименование", "Цена, грн"], "UAH", "header"),
    ([], ["Код", "Наименование", "Цена"], "RUB", "not stated"),
])
def test_currency_source(tmp_path, title, header, currency, source):
    path = write_xlsx(tmp_path / "p.xlsx", title + [header, ["1", "Товар Bosch GSR 120-LI", 480.12]])
    layout, _ = detect_layout(read_book(path).sheets[0], shop_currency="RUB")
    assert layout.currency == currency
    assert layout.currency_source.startswith(source)


def test_currency_from_price_cells(tmp_path):
    rows = [["Indeks", "Nazwa", "Cena"], ["10.01.401", "Wiertarka Makita", "480,12 zł"]]
    layout, _ = detect_layout(read_book(write_xlsx(tmp_path / "p.xlsx", rows)).sheets[0], shop_currency="RUB")
    assert (layout.currency, layout.currency_source) == ("PLN", "price cells")


@pytest.mark.parametrize("header, vat", [("Cena netto", False), ("Цена без НДС", False), ("€ без ПДВ", False),
                                         ("Cena brutto", True), ("Цена с НДС", True), ("Цена", None)])
def test_vat_from_the_price_header(tmp_path, header, vat):
    rows = [["Код", "Наименование", header], ["1", "Товар Bosch GSR 120-LI", 480.12]]
    layout, _ = detect_layout(read_book(write_xlsx(tmp_path / "p.xlsx", rows)).sheets[0], shop_currency="RUB")
    assert layout.vat_included is vat


@pytest.mark.parametrize("rows, why", [
    ([["ТехноОпт — поставки электроники с 2009 года"], ["Работаем по всей России"]], "no header row"),
    ([["Знижкова група", "Назва групи", "Знижка, %"], ["PG1", "Смартфони", 3]], "no header row"),
    ([["Код", "Наименование", "Остаток"], ["1", "Дрель", 5]], "no price column"),
])
def test_sheets_without_products_are_skipped(tmp_path, rows, why):
    layout, reason = detect_layout(read_book(write_xlsx(tmp_path / "p.xlsx", rows)).sheets[0])
    assert layout is None and reason.startswith(why)


def test_value_evidence_names_unlabelled_columns(tmp_path):
    rows = [["Код", "Наименование", "", "Цена"],
            ["1", "Дрель Makita DF333DWYE", "4006381333931", 100],
            ["2", "Дрель Makita DF333DWAE", "8806105725488", 120]]
    layout, _ = detect_layout(read_book(write_xlsx(tmp_path / "p.xlsx", rows)).sheets[0])
    assert layout.columns[2].role == "ean" and "values" in layout.columns[2].why


@pytest.mark.parametrize("columns, expect", [
    ({"cost": "D"}, {"cost": 3}),                                   # a column letter
    ({"cost": "Цена опт, руб."}, {"cost": 3}),                       # header text
    ({"name": ["Наименование", "Бренд"]}, {"name": [1, 2]}),         # several columns joined
    ({"msrp": "Цена опт, руб.", "cost": "E"}, {"msrp": 3, "cost": 4}),
])
def test_mapped_columns(tmp_path, columns, expect):
    rows = [["Код", "Наименование", "Бренд", "Цена опт, руб.", "Остаток"], ["1", "Дрель", "Makita", 100, 5]]
    sheet = read_book(write_xlsx(tmp_path / "p.xlsx", rows)).sheets[0]
    layout, _ = detect_layout(sheet, SupplierConfig(columns=columns))
    for role, cols in expect.items():
        assert layout.roles[role] == (cols if isinstance(cols, list) else [cols])
        assert all(layout.columns[c].confidence == 1.0 for c in layout.roles[role])


def test_mapped_column_missing_is_a_mapping_error(tmp_path):
    rows = [["Код", "Наименование", "Цена"], ["1", "Дрель", 100]]
    sheet = read_book(write_xlsx(tmp_path / "p.xlsx", rows)).sheets[0]
    with pytest.raises(MappingError, match="Цена опт.*the header has: 'Код', 'Наименование', 'Цена'"):
        detect_layout(sheet, SupplierConfig(columns={"cost": "Цена опт"}))


def test_header_row_from_config_and_offset_sheet(tmp_path):
    rows = [["Код", "Наименование", "Цена"], ["1", "Дрель Makita", 100]]
    path = write_xlsx(tmp_path / "p.xlsx", TITLE + rows, start=(2, 1))   # table starts at B3
    sheet = read_book(path).sheets[0]
    layout, _ = detect_layout(sheet)
    assert layout.header_rows == [2 + len(TITLE) + 1]
    assert [c.letter for c in layout.columns][:3] == ["B", "C", "D"]
    fixed, _ = detect_layout(sheet, SupplierConfig(header_row=layout.header_rows[0], columns={"cost": "D"}))
    assert fixed.col("cost") == layout.col("cost")
    with pytest.raises(MappingError, match="header_row 99 is outside the sheet"):
        detect_layout(sheet, SupplierConfig(header_row=99))


def test_marketplace_export(tmp_path):
    header = ["Код_товара", "Название_позиции", "Описание", "Тип_товара", "Цена", "Валюта", "Единица_измерения",
              "Наличие", "Ссылка_изображения", "Идентификатор_группы", "Характеристика: Цвет"]
    row = ["SKU-1", "Смартфон Samsung Galaxy A12 4/64GB", "<p>Смартфон.</p>\n<ul><li>6.5\"</li></ul>", "r",
           "3712.18", "UAH", "шт.", "+", "https://img.example/1.jpg", "11", "черный"]
    layout, _ = detect_layout(read_book(write_xlsx(tmp_path / "export.xlsx", [header, row, row])).sheets[0])
    roles = {c.header: c.role for c in layout.columns}
    assert (roles["Код_товара"], roles["Название_позиции"], roles["Цена"], roles["Валюта"], roles["Наличие"],
            roles["Единица_измерения"]) == ("sku", "name", "cost", "currency", "stock", "unit")
    assert roles["Ссылка_изображения"] is None and roles["Описание"] != "name"
    assert (layout.currency, layout.currency_source) == ("UAH", "column 'Валюта'")
