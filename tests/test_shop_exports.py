"""Real shop exports as the catalog: WooCommerce, Shopify, Prom.ua, Horoshop, OpenCart and 1C
exports found by their headers (``pricesync/data/shop_exports.toml``), ``[shop.catalog_columns]``
over detection, category paths in one form that pricing rules match by parent, and one catalog
loader for match, run, reprice and plan."""
from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from pricesync.catalog import normalize_category, read_catalog, shop_catalog
from pricesync.errors import ConfigError, InputError
from tests.pipeline_support import config_with, write_config


def ean13(head: str) -> str:
    """A valid EAN-13 from 12 digits."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(head))
    return head + str((10 - total % 10) % 10)


EAN_A12, EAN_A22, EAN_TSH = ean13("880609098711"), ean13("880609098722"), ean13("460123456789")


def php_csv(rows: list[list[str]], *, bom: bool = True) -> str:
    """CSV as PHP's fputcsv writes it (WooCommerce's exporter): a field with a space, comma,
    quote or line break is quoted, quotes doubled."""
    def cell(v: str) -> str:
        return '"' + v.replace('"', '""') + '"' if any(ch in v for ch in ' ,"\n\r\t') else v
    return ("\ufeff" if bom else "") + "".join(",".join(cell(str(v)) for v in row) + "\n" for row in rows)


def minimal_csv(rows: list[list[str]], *, delimiter: str = ",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return buf.getvalue()


# -- WooCommerce ---------------------------------------------------------------------------------
WC_HEADER = ["ID", "Type", "SKU", "GTIN, UPC, EAN, or ISBN", "Name", "Published", "Is featured?",
             "Visibility in catalog", "Short description", "Description", "Date sale price starts",
             "Date sale price ends", "Tax status", "Tax class", "In stock?", "Stock", "Low stock amount",
             "Backorders allowed?", "Sold individually?", "Weight (kg)", "Length (cm)", "Width (cm)", "Height (cm)",
             "Allow customer reviews?", "Purchase note", "Sale price", "Regular price", "Categories", "Tags",
             "Shipping class", "Images", "Download limit", "Download expiry days", "Parent", "Grouped products",
             "Upsells", "Cross-sells", "External URL", "Button text", "Position", "Brands", "Attribute 1 name",
             "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global", "Attribute 2 name",
             "Attribute 2 value(s)", "Attribute 2 visible", "Attribute 2 global"]


def wc_row(**kw) -> list[str]:
    base = {"Published": "1", "Is featured?": "0", "Visibility in catalog": "visible", "Tax status": "taxable",
            "In stock?": "1", "Backorders allowed?": "0", "Sold individually?": "0",
            "Allow customer reviews?": "1", "Position": "0"}
    base.update(kw)
    return [str(base.get(h, "")) for h in WC_HEADER]


def woocommerce_rows() -> list[list[str]]:
    return [WC_HEADER,
            wc_row(ID=100, Type="simple", SKU="SM-A12-64", **{"GTIN, UPC, EAN, or ISBN": EAN_A12},
                   Name="Смартфон Samsung Galaxy A12 4/64GB черный", Description="<p>6.5\", 5000 mAh,\nAndroid 10</p>",
                   Stock="7", **{"Sale price": "9990", "Regular price": "10990"},
                   Categories="Phones > Smartphones, Sale", Brands="Samsung", Images="https://shop.example/a12.jpg"),
            wc_row(ID=101, Type="simple", SKU="SM-A22-128", **{"GTIN, UPC, EAN, or ISBN": EAN_A22},
                   Name="Смартфон Samsung Galaxy A22 4/128GB синий", Stock="3", **{"Regular price": "15990"},
                   Categories="Phones > Smartphones", Brands="Samsung"),
            wc_row(ID=102, Type="simple", SKU="", Name="Чехол-книжка для Galaxy A12", Stock="12",
                   **{"Regular price": "590"}, Categories="Accessories > Cases"),
            wc_row(ID=103, Type="simple, virtual", SKU="000123", Name="Гарантия +1 год", Stock="",
                   **{"In stock?": "1", "Regular price": "990"}, Categories="Services\\, warranty"),
            wc_row(ID=200, Type="variable", SKU="TSH", Name="Футболка Nike Dri-FIT", Stock="",
                   Categories="Clothing, Clothing > T-shirts", Brands="Nike",
                   **{"Attribute 1 name": "Color", "Attribute 1 value(s)": "Red, Blue", "Attribute 2 name": "Size",
                      "Attribute 2 value(s)": "M, L"}),
            wc_row(ID=201, Type="variation", SKU="TSH-RED-M", Name="Футболка Nike Dri-FIT - Red, M", Stock="5",
                   **{"GTIN, UPC, EAN, or ISBN": EAN_TSH, "Regular price": "1290", "Parent": "id:200",
                      "Attribute 1 name": "Color", "Attribute 1 value(s)": "Red", "Attribute 2 name": "Size",
                      "Attribute 2 value(s)": "M"}),
            wc_row(ID=202, Type="variation", SKU="TSH-BLUE-L", Name="", Stock="parent",
                   **{"Regular price": "1390", "Parent": "TSH", "Attribute 1 name": "Color",
                      "Attribute 1 value(s)": "Blue", "Attribute 2 name": "Size", "Attribute 2 value(s)": "L"})]


@pytest.fixture
def woocommerce_csv(tmp_path) -> Path:
    path = tmp_path / "wc-product-export-6-12-2026-1733472000000.csv"
    path.write_text(php_csv(woocommerce_rows()), encoding="utf-8")
    return path


def by_sku(frame: pd.DataFrame) -> dict[str, dict]:
    return {r["sku"]: r for r in frame.to_dict("records")}


def test_woocommerce_export_takes_sku_regular_price_and_categories(woocommerce_csv):
    cat = read_catalog(woocommerce_csv)
    rows = by_sku(cat.frame)
    # SKUs, not IDs; the variable parent is no item, its variations are.
    assert sorted(rows) == ["000123", "SM-A12-64", "SM-A22-128", "TSH-BLUE-L", "TSH-RED-M"]
    a12 = rows["SM-A12-64"]
    assert (a12["name"], a12["price"], a12["stock"], a12["ean"], a12["brand"]) == (
        "Смартфон Samsung Galaxy A12 4/64GB черный", Decimal("10990"), 7, EAN_A12, "Samsung")
    assert a12["category"] == "Phones > Smartphones; Sale"
    assert rows["000123"]["category"] == "Services, warranty"          # "\," is a comma in a name
    red = rows["TSH-RED-M"]
    assert (red["name"], red["price"], red["stock"], red["category"], red["brand"], red["ean"]) == (
        "Футболка Nike Dri-FIT - Red, M", Decimal("1290"), 5, "Clothing > T-shirts", "Nike", EAN_TSH)
    blue = rows["TSH-BLUE-L"]          # parent by SKU, no name of its own, stock managed on the parent
    assert (blue["name"], blue["price"], blue["category"]) == (
        "Футболка Nike Dri-FIT - Blue, L", Decimal("1390"), "Clothing > T-shirts")
    # The row without a SKU is reported, not priced under its ID.
    [reject] = cat.rejects.to_dict("records")
    assert reject["source_row"] == 4 and "empty sku in 'SKU'" in reject["reason"] and "ID 102" in reject["reason"]
    assert any("without a SKU in 'SKU'" in n for n in cat.notes)
    assert cat.describe().startswith("catalog: WooCommerce export; sku = 'SKU', name = 'Name', "
                                     "price = 'Regular price', stock = 'Stock', category = 'Categories', "
                                     "brand = 'Brands', ean = 'GTIN, UPC, EAN, or ISBN'")


# -- Shopify ---------------------------------------------------------------------------------------
SHOPIFY_HEADER = ["Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
                  "Option1 Name", "Option1 Value", "Option1 Linked To", "Option2 Name", "Option2 Value",
                  "Option2 Linked To", "Option3 Name", "Option3 Value", "Option3 Linked To", "Variant SKU",
                  "Variant Grams", "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy",
                  "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price",
                  "Variant Requires Shipping", "Variant Taxable", "Variant Barcode", "Image Src", "Image Position",
                  "Image Alt Text", "Gift Card", "SEO Title", "SEO Description", "Variant Image",
                  "Variant Weight Unit", "Variant Tax Code", "Cost per item", "Status"]


def shopify_row(**kw) -> list[str]:
    return [str(kw.get(h.replace(" ", "_").replace("(", "").replace(")", ""), "")) for h in SHOPIFY_HEADER]


@pytest.fixture
def shopify_csv(tmp_path) -> Path:
    rows = [SHOPIFY_HEADER,
            shopify_row(Handle="nike-dri-fit-tee", Title="Nike Dri-FIT T-shirt",
                        Body_HTML="<p>Light, quick-drying.</p>\n<ul><li>100% polyester</li></ul>", Vendor="Nike",
                        Product_Category="Apparel & Accessories > Clothing > Shirts & Tops", Type="T-shirts",
                        Tags="sport, summer", Published="true", Option1_Name="Color", Option1_Value="Red",
                        Option2_Name="Size", Option2_Value="M", Variant_SKU="NK-TEE-RED-M", Variant_Grams="180",
                        Variant_Inventory_Tracker="shopify", Variant_Inventory_Qty="4",
                        Variant_Inventory_Policy="deny", Variant_Fulfillment_Service="manual",
                        Variant_Price="29.99", Variant_Compare_At_Price="39.99", Variant_Requires_Shipping="true",
                        Variant_Taxable="true", Variant_Barcode=EAN_TSH,
                        Image_Src="https://cdn.shopify.com/s/files/1/tee-red.jpg", Image_Position="1",
                        Gift_Card="false", Status="active"),
            shopify_row(Handle="nike-dri-fit-tee", Option1_Value="Red", Option2_Value="L", Variant_SKU="NK-TEE-RED-L",
                        Variant_Grams="190", Variant_Inventory_Tracker="shopify", Variant_Inventory_Qty="0",
                        Variant_Inventory_Policy="deny", Variant_Fulfillment_Service="manual", Variant_Price="29.99",
                        Variant_Requires_Shipping="true", Variant_Taxable="true"),
            shopify_row(Handle="nike-dri-fit-tee", Option1_Value="Blue", Option2_Value="M", Variant_SKU="",
                        Variant_Inventory_Qty="2", Variant_Price="31.50"),
            shopify_row(Handle="nike-dri-fit-tee", Image_Src="https://cdn.shopify.com/s/files/1/tee-blue.jpg",
                        Image_Position="2"),
            shopify_row(Handle="galaxy-a12", Title="Samsung Galaxy A12 4/64GB", Vendor="Samsung", Type="Smartphones",
                        Published="true", Option1_Name="Title", Option1_Value="Default Title",
                        Variant_SKU="00731", Variant_Inventory_Qty="7", Variant_Price="189.00",
                        Variant_Barcode=EAN_A12, Status="active")]
    path = tmp_path / "products_export_1.csv"
    path.write_text(minimal_csv(rows), encoding="utf-8")
    return path


def test_shopify_variants_inherit_title_vendor_type_and_name_their_options(shopify_csv):
    cat = read_catalog(shopify_csv)
    rows = by_sku(cat.frame)
    assert sorted(rows) == ["00731", "NK-TEE-RED-L", "NK-TEE-RED-M"]      # the image row is no item
    red_l = rows["NK-TEE-RED-L"]
    assert (red_l["name"], red_l["brand"], red_l["category"], red_l["price"], red_l["stock"]) == (
        "Nike Dri-FIT T-shirt - Red / L", "Nike", "T-shirts", Decimal("29.99"), 0)
    red_m = rows["NK-TEE-RED-M"]
    assert (red_m["name"], red_m["price"], red_m["stock"], red_m["ean"]) == (
        "Nike Dri-FIT T-shirt - Red / M", Decimal("29.99"), 4, EAN_TSH)     # not the compare-at 39.99
    a12 = rows["00731"]                                                      # leading zero kept
    assert (a12["name"], a12["brand"], a12["category"], a12["ean"], a12["stock"]) == (
        "Samsung Galaxy A12 4/64GB", "Samsung", "Smartphones", EAN_A12, 7)
    [reject] = cat.rejects.to_dict("records")                               # the blue variant has no SKU
    assert reject["source_row"] == 4 and reject["reason"].startswith("empty sku in 'Variant SKU'")
    assert cat.export == "Shopify export" and cat.columns["price"] == "Variant Price"


# -- Prom.ua (xlsx, UA and RU headers) -----------------------------------------------------------
PROM_UA = ["Код_товару", "Назва_позиції", "Назва_позиції_укр", "Пошукові_запити", "Опис", "Тип_товару", "Ціна",
           "Валюта", "Одиниця_виміру", "Оптова_ціна", "Посилання_зображення", "Наявність", "Кількість",
           "Номер_групи", "Назва_групи", "Унікальний_ідентифікатор", "Ідентифікатор_товару",
           "Ідентифікатор_групи", "Виробник", "Країна_виробник", "Штрихкод"]
PROM_RU = ["Код_товара", "Название_позиции", "Название_позиции_укр", "Поисковые_запросы", "Описание", "Тип_товара",
           "Цена", "Валюта", "Единица_измерения", "Оптовая_цена", "Ссылка_изображения", "Наличие", "Количество",
           "Номер_группы", "Название_группы", "Уникальный_идентификатор", "Идентификатор_товара",
           "Идентификатор_группы", "Производитель", "Страна_производитель", "Штрихкод"]


def write_xlsx(path: Path, header: list[str], rows: list[list[object]], *, sheet: str = "Sheet1",
               more_sheets: dict[str, list[list[object]]] | None = None) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(header)
    for row in rows:
        ws.append(row)
    for name, data in (more_sheets or {}).items():
        other = wb.create_sheet(name)
        for row in data:
            other.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize("header", [PROM_UA, PROM_RU], ids=["uk", "ru"])
def test_prom_xlsx_export(tmp_path, header):
    rows = [["HD9350/90", "Електрочайник Philips HD9350/90", "Електрочайник Philips HD9350/90", "чайник", "<p>1,7 л</p>",
             "r", 1899, "UAH", "шт.", "", "https://images.prom.ua/1.jpg", "+", "", 7, "Чайники", 1554823311,
             "ph-9350", 11, "Philips", "Нідерланди", EAN_A22],
            ["0457", "Дриль Makita DF333DWYE", "", "", "", "r", 5490.5, "UAH", "шт.", "", "", "+", 3, 8,
             "Інструмент", 1554823312, "", 12, "Makita", "Японія", ""],
            ["DF-12", "Дриль Bosch GSR 12V", "", "", "", "r", 3999, "UAH", "шт.", "", "", "-", "", 8,
             "Інструмент", 1554823313, "", 12, "Bosch", "", ""]]
    path = write_xlsx(tmp_path / "export-products-06-12-26_09-00-00.xlsx", header, rows,
                      sheet="Export Products Sheet",
                      more_sheets={"Export Groups Sheet": [["Номер_групи", "Назва_групи"], [7, "Чайники"]]})
    cat = read_catalog(path)
    rows_ = by_sku(cat.frame)
    assert sorted(rows_) == ["0457", "DF-12", "HD9350/90"]
    kettle = rows_["HD9350/90"]
    assert (kettle["name"], kettle["price"], kettle["category"], kettle["brand"], kettle["ean"]) == (
        "Електрочайник Philips HD9350/90", Decimal("1899"), "Чайники", "Philips", EAN_A22)
    assert kettle["stock"] > 0                      # "+" without a quantity: in stock
    assert (rows_["0457"]["stock"], rows_["0457"]["price"]) == (3, Decimal("5490.5"))
    assert rows_["DF-12"]["stock"] == 0             # "-"
    assert cat.export.startswith("Prom.ua export") and cat.columns["sku"] == header[0]


# -- Horoshop (xlsx) -------------------------------------------------------------------------------
def test_horoshop_xlsx_export(tmp_path):
    header = ["Артикул", "Родительский артикул", "Название (RU)", "Название (UA)", "Цена", "Старая цена", "Валюта",
              "Наличие", "Раздел", "Бренд", "Штрихкод", "Отображать"]
    rows = [["A-1001", "", "Смартфон Xiaomi Redmi Note 12 8/256GB", "Смартфон Xiaomi Redmi Note 12 8/256GB", 8999,
             9999, "UAH", "В наличии", "Телефоны / Смартфоны", "Xiaomi", EAN_A12, "Да"],
            ["A-1002", "", "", "Навушники Sony WH-1000XM5", 14999, "", "UAH", "Нет в наличии",
             "Аудио | Наушники", "Sony", "", "Да"],
            ["00017", "", "Кабель USB-C 1 м", "", "199.00", "", "UAH", "Под заказ", "Аксессуары", "", "", "Да"]]
    cat = read_catalog(write_xlsx(tmp_path / "horoshop_export.xlsx", header, rows))
    rows_ = by_sku(cat.frame)
    assert sorted(rows_) == ["00017", "A-1001", "A-1002"]
    assert (rows_["A-1001"]["price"], rows_["A-1001"]["category"], rows_["A-1001"]["stock"] > 0,
            rows_["A-1001"]["brand"], rows_["A-1001"]["ean"]) == (
        Decimal("8999"), "Телефоны > Смартфоны", True, "Xiaomi", EAN_A12)        # not the old price 9999
    assert rows_["A-1002"]["name"] == "Навушники Sony WH-1000XM5"             # the UA name when RU is empty
    assert (rows_["A-1002"]["category"], rows_["A-1002"]["stock"]) == ("Аудио > Наушники", 0)
    assert (rows_["00017"]["price"], rows_["00017"]["stock"]) == (Decimal("199.00"), 0)
    assert cat.export == "Horoshop export" and cat.columns["name"] == "Название (RU)"


# -- OpenCart and 1C (CSV) -------------------------------------------------------------------------
def test_opencart_export(tmp_path):
    rows = [["product_id", "name(ru-ru)", "categories", "sku", "upc", "ean", "jan", "isbn", "mpn", "location",
             "quantity", "model", "manufacturer", "image_name", "shipping", "price", "points", "date_added",
             "status"],
            ["42", "Перфоратор Bosch GBH 2-26", "Инструмент/Перфораторы", "", "", EAN_A22, "", "", "0611254768", "",
             "3", "GBH2-26", "Bosch", "catalog/gbh.jpg", "yes", "8990.0000", "0", "2024-03-01 10:00:00", "true"],
            ["43", "Шуруповёрт Makita DF333", "Инструмент/Дрели", "", "", "", "", "", "", "", "0", "DF333DWYE",
             "Makita", "", "yes", "5490.0000", "0", "2024-03-01 10:00:00", "true"]]
    path = tmp_path / "opencart_products.csv"
    path.write_text(minimal_csv(rows), encoding="utf-8")
    cat = read_catalog(path)
    rows_ = by_sku(cat.frame)
    assert sorted(rows_) == ["DF333DWYE", "GBH2-26"]                   # model: sku is empty in this shop
    g = rows_["GBH2-26"]
    assert (g["name"], g["price"], g["stock"], g["brand"], g["category"], g["ean"]) == (
        "Перфоратор Bosch GBH 2-26", Decimal("8990.0000"), 3, "Bosch", "Инструмент > Перфораторы", EAN_A22)
    assert cat.columns["sku"] == "model" and cat.export == "OpenCart export"


def test_opencart_workbook_products_sheet_and_category_ids(tmp_path):
    """The Export/Import tool's workbook starts with its Categories sheet; products carry
    category ids, named (as paths) by that sheet."""
    categories = [["category_id", "parent_id", "name(ru-ru)", "top", "columns", "sort_order"],
                  [20, 0, "Инструмент", "true", 1, 1], [26, 20, "Перфораторы", "false", 0, 2],
                  [27, 20, "Дрели", "false", 0, 3], [30, 0, "Распродажа", "false", 0, 9]]
    products = [["product_id", "name(ru-ru)", "categories", "sku", "upc", "ean", "quantity", "model", "manufacturer",
                 "price", "status"],
                [42, "Перфоратор Bosch GBH 2-26", "20,26,30", "", "", EAN_A22, 3, "GBH2-26", "Bosch", 8990, "true"],
                [43, "Шуруповёрт Makita DF333", "27", "", "", "", 0, "DF333DWYE", "Makita", 5490.5, "true"]]
    path = write_xlsx(tmp_path / "backup_products.xlsx", categories[0], categories[1:], sheet="Categories",
                      more_sheets={"CategoryFilters": [["category_id", "filter_group"]], "Products": products})
    cat = read_catalog(path)
    rows_ = by_sku(cat.frame)
    assert sorted(rows_) == ["DF333DWYE", "GBH2-26"]
    assert rows_["GBH2-26"]["category"] == "Инструмент > Перфораторы; Распродажа"
    assert (rows_["DF333DWYE"]["category"], rows_["DF333DWYE"]["price"]) == ("Инструмент > Дрели", Decimal("5490.5"))
    assert cat.export == "OpenCart export"


def test_prices_in_another_currency_than_the_shop_are_said(tmp_path):
    path = write_xlsx(tmp_path / "export-products.xlsx", PROM_UA,
                      [["HD9350/90", "Електрочайник Philips HD9350/90", "", "", "", "r", 1899, "UAH", "шт.", "", "", "+",
                        "", 7, "Чайники", 1, "", 11, "Philips", "", ""]])
    cat = shop_catalog(config_with(tmp_path, f'catalog = "{path.name}"\n'))      # [shop] currency = "RUB"
    assert any("'Валюта' are in UAH, [shop] currency is RUB" in n for n in cat.notes)
    cfg = load_uah(tmp_path, path)
    assert not shop_catalog(cfg).notes


def load_uah(folder: Path, catalog: Path):
    from pricesync.config import load_config

    path = folder / "uah.toml"
    path.write_text(f'[shop]\ncurrency = "UAH"\ncatalog = "{catalog.name}"\n', encoding="utf-8")
    return load_config(path)


def test_1c_export_cp1251_semicolons(tmp_path):
    rows = [["Код", "Артикул", "Наименование", "Цена", "Остаток", "Группа"],
            ["00-00001234", "HD9350/90", "Чайник Philips HD9350/90", "1 899,00", "12", "Бытовая техника/Чайники"],
            ["00-00001235", "007", "Дрель Makita DF333DWYE", "5 490,00", "0", "Инструмент"],
            ["00-00001236", "", "Набор бит Bosch 32 шт", "990,00", "4", "Инструмент"]]
    path = tmp_path / "1c_export.csv"
    path.write_bytes(minimal_csv(rows, delimiter=";").encode("cp1251"))
    cat = read_catalog(path)
    rows_ = by_sku(cat.frame)
    assert sorted(rows_) == ["007", "HD9350/90"]          # Артикул, not the 1C code
    k = rows_["HD9350/90"]
    assert (k["name"], k["price"], k["stock"], k["category"]) == (
        "Чайник Philips HD9350/90", Decimal("1899.00"), 12, "Бытовая техника > Чайники")
    [reject] = cat.rejects.to_dict("records")
    assert reject["source_row"] == 4 and "empty sku in 'Артикул'" in reject["reason"]
    assert cat.export == "1C export"


# -- config: [shop.catalog_columns], errors, validate ---------------------------------------------
def test_catalog_columns_in_the_config_win_over_detection(tmp_path, woocommerce_csv):
    cfg = config_with(tmp_path, f'catalog = "{woocommerce_csv.name}"\n'
                                '[shop.catalog_columns]\nprice = "Sale price"\nsku = "ID"\n')
    cat = shop_catalog(cfg)
    rows = by_sku(cat.frame)
    assert rows["100"]["price"] == Decimal("9990") and rows["100"]["name"].startswith("Смартфон Samsung Galaxy A12")
    assert "102" in rows                                # asked for: the ID is the SKU here
    assert cat.columns["sku"] == "ID" and cat.configured == {"sku", "price"}
    assert "sku = 'ID' [config]" in cat.describe() and "price = 'Sale price' [config]" in cat.describe()


def test_a_configured_column_that_is_not_there_names_key_file_and_headers(tmp_path, woocommerce_csv, cli):
    config = write_config(tmp_path, f'catalog = "{woocommerce_csv.name}"\n'
                                    '[shop.catalog_columns]\nsku = "Variant SKU"\n')
    with pytest.raises(ConfigError) as exc:
        shop_catalog(config_with(tmp_path, f'catalog = "{woocommerce_csv.name}"\n'
                                           '[shop.catalog_columns]\nsku = "Variant SKU"\n'))
    assert "shop.catalog_columns.sku" in str(exc.value) and "'Regular price'" in str(exc.value)
    res = cli("validate", config)
    assert res.exit_code == 2
    assert "key 'shop.catalog_columns.sku'" in res.stderr and woocommerce_csv.name in res.stderr


def test_unknown_export_without_a_sku_column_is_one_clear_error(tmp_path, cli):
    path = tmp_path / "export.csv"
    path.write_text("Товар;Стоимость;Склад\nЧайник Philips HD9350/90;1899;5\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_catalog(path)
    message = str(exc.value)
    assert "\n" not in message and str(path) in message
    assert "lacks column(s) sku" in message and "'Товар', 'Стоимость', 'Склад'" in message
    assert "[shop.catalog_columns] sku" in message
    config = write_config(tmp_path, 'catalog = "export.csv"\n')
    res = cli("validate", config)
    assert res.exit_code == 2 and "key 'shop.catalog'" in res.stderr and "'Товар'" in res.stderr


def test_validate_says_which_columns_were_taken(tmp_path, woocommerce_csv, cli):
    config = write_config(tmp_path, f'catalog = "{woocommerce_csv.name}"\n')
    res = cli("validate", config)
    assert res.exit_code == 0, res.stderr
    assert ("catalog: WooCommerce export; sku = 'SKU', name = 'Name', price = 'Regular price'" in res.stdout)
    assert "1 row(s) without a SKU in 'SKU'" in res.stderr


@pytest.mark.parametrize("text, expected", [
    ("Phones > Smartphones", "Phones > Smartphones"),
    ("Phones/Smartphones", "Phones > Smartphones"),
    ("Телефоны | Смартфоны", "Телефоны > Смартфоны"),
    ("  Телефоны  /  Смартфоны ", "Телефоны > Смартфоны"),
    ("Смартфоны", "Смартфоны"),
])
def test_category_paths_have_one_form(text, expected):
    assert normalize_category(text) == expected


# -- pricing rules by category ---------------------------------------------------------------------
def test_a_rule_on_a_parent_category_fires_for_a_child_category_item(tmp_path):
    from pricesync.pricing import reprice
    from tests.test_run import matches_frame

    catalog = tmp_path / "catalog.csv"
    catalog.write_text("sku,name,category,price,stock\n"
                       "P1,Samsung Galaxy A12,Phones/Smartphones,1000,1\n"
                       "P2,Xiaomi Redmi Buds,Audio | Headphones,1000,1\n"
                       "P3,Apple iPhone 15,Phones | Smartphones | iOS,1000,1\n"
                       "P4,Nokia 105,Phones,1000,1\n"
                       "P5,Nokia 3310,Phones > Feature phones,1000,1\n"
                       "P6,Google Pixel 8,,1000,1\n", encoding="utf-8")
    cfg = config_with(tmp_path, 'catalog = "catalog.csv"\n[pricing]\nrounding = "none"\nmin_margin = "0"\n'
                                '[[pricing.rules]]\nwhen = { category = "Phones > Smartphones" }\nmarkup = "0.30"\n'
                                '[[pricing.rules]]\nwhen = { category = "phones" }\nmarkup = "0.20"\n'
                                '[[pricing.rules]]\nmarkup = "0.10"\n')
    cat = shop_catalog(cfg)
    assert dict(zip(cat.frame["sku"], cat.frame["category"]))["P3"] == "Phones > Smartphones > iOS"
    matches = matches_frame([("alfa", s, "1000.00", 1) for s in ("P1", "P2", "P3", "P4", "P5", "P6")])
    # P6 has no catalog category: the supplier's, written its own way, is used.
    matches.loc[matches["catalog_sku"] == "P6", "category"] = "Phones/Smartphones/Android"
    prices = reprice(matches, cat.frame, cfg)
    got = {sku: (price, rule) for sku, price, rule in zip(prices["sku"], prices["price"], prices["rule"])}
    assert got == {"P1": (Decimal("1300.00"), "Phones > Smartphones"), "P3": (Decimal("1300.00"), "Phones > Smartphones"),
                   "P6": (Decimal("1300.00"), "Phones > Smartphones"),
                   "P4": (Decimal("1200.00"), "phones"), "P5": (Decimal("1200.00"), "phones"),
                   "P2": (Decimal("1100.00"), "default")}


# -- a whole run on a WooCommerce export, against a WooCommerce stand-in on 127.0.0.1 --------------
SUPPLIER = ("Артикул;Наименование;EAN;Цена;Остаток\n"
            f"A12-64;Смартфон Samsung Galaxy A12 4/64GB черный;{EAN_A12};8000;10\n"
            f"A22-128;Смартфон Samsung Galaxy A22 4/128GB синий;{EAN_A22};20000;4\n")


def test_run_on_a_woocommerce_export_plans_by_sku_and_guards_on_regular_price(tmp_path, woocommerce_csv, cli):
    from tests.standins.server import serve
    from tests.standins.woocommerce import Standin

    standin = Standin()
    standin.add_product("SM-A12-64", "10990.00", 7)
    standin.add_product("SM-A22-128", "15990.00", 3)
    standin.add_product("000123", "990.00", None)
    standin.add_variable("TSH", [("TSH-RED-M", "1290.00", 5), ("TSH-BLUE-L", "1390.00", None)])
    (tmp_path / "prices").mkdir()
    (tmp_path / "prices" / "alfa.csv").write_text(SUPPLIER, encoding="utf-8")
    with serve(standin.wsgi_app, https=True, tmp_path=tmp_path) as served:
        config = write_config(tmp_path, f'catalog = "{woocommerce_csv.name}"\n'
                                        '[suppliers.alfa]\nfiles = ["prices/alfa.csv"]\ncurrency = "RUB"\n'
                                        '[pricing]\nrounding = "none"\nmax_change = "0.30"\nmin_margin = "0.05"\n'
                                        '[[pricing.rules]]\nwhen = { category = "Phones" }\nmarkup = "0.20"\n'
                                        '[[pricing.rules]]\nmarkup = "0.50"\n'
                                        f'[channels.shop]\ntype = "woocommerce"\nurl = "{served.url}"\n'
                                        f'key_env = "WC_KEY"\nsecret_env = "WC_SECRET"\nverify = "{served.ca_bundle}"\n')
        res = cli("run", "--config", config, "--dry-run", "--json", env=standin.env)
    assert res.exit_code == 3, res.stderr                 # a catalog row rejected, a move held
    data = json.loads(res.stdout)
    said = data["summary"]["catalog"]
    assert said.startswith("catalog: WooCommerce export; sku = 'SKU'") and "price = 'Regular price'" in said
    assert "category = 'Categories'" in said and "1 variable/grouped parent row(s) skipped" in said
    assert "1 row(s) without a SKU in 'SKU'" in res.stderr
    plan = data["plan"]                                   # one channel: the plan object
    assert plan["channel"] == "shop"
    changes = {c["sku"]: c for c in plan["changes"]}
    assert set(changes) == {"SM-A12-64"}
    assert Decimal(str(changes["SM-A12-64"]["new_price"])) == Decimal("9600.00")   # rule "Phones" (Phones > Smartphones)
    held = {h["sku"]: h for h in plan["held"]}
    assert set(held) == {"SM-A22-128"}                    # 24 000 vs the Regular price 15 990: +50 %
    assert not {"100", "101", "102", "200", "201", "202"} & {*changes, *held, *plan["unknown"]}
    prices = pd.read_parquet(Path(data["summary"]["run_dir"]) / "prices.parquet")
    row = prices.set_index("sku").loc["SM-A22-128"]
    assert row["status"] == "held" and Decimal(str(row["current_price"])) == Decimal("15990")
    assert "no current price" not in row["explanation"]


# -- one loader for match, run, reprice and plan -----------------------------------------------------
ALT_CATALOG = ("sku,name,site,price,stock\n"
               "K1,Чайник Philips HD9350/90,Чайник Philips HD9350/90,1990,3\n"
               "K2,,Дрель Makita DF333DWYE,5490,2\n")
ALT_OFFERS = ("Артикул;Наименование;Цена;Остаток\n"
              "s-1;Чайник Philips HD9350/90;1500;5\n"
              "s-2;Дрель Makita DF333DWYE;4000;5\n")


def test_match_run_reprice_and_plan_see_the_same_catalog(tmp_path, cli, monkeypatch):
    import pricesync.catalog as catalog_module

    (tmp_path / "catalog.csv").write_text(ALT_CATALOG, encoding="utf-8")
    (tmp_path / "alfa.csv").write_text(ALT_OFFERS, encoding="utf-8")
    (tmp_path / "shop.json").write_text(json.dumps({"K1": ["1990.00", 3], "K2": ["5490.00", 2]}), encoding="utf-8")
    config = write_config(tmp_path, 'catalog = "catalog.csv"\n[matching]\nname_columns = ["site"]\n'
                                    '[suppliers.alfa]\nfiles = ["alfa.csv"]\ncurrency = "RUB"\n'
                                    '[pricing]\nrounding = "none"\n[[pricing.rules]]\nmarkup = "0.25"\n'
                                    '[channels.shop]\ntype = "dummy"\npath = "shop.json"\n')
    seen: dict[str, list[tuple[str, str]]] = {}
    real = catalog_module.read_catalog
    command = ["?"]

    def spy(*args, **kwargs):
        cat = real(*args, **kwargs)
        seen.setdefault(command[0], []).append(tuple(zip(cat.frame["sku"], cat.frame["name"])))
        return cat

    monkeypatch.setattr(catalog_module, "read_catalog", spy)
    command[0] = "ingest"
    assert cli("ingest", tmp_path / "alfa.csv", "--config", config, "--supplier", "alfa",
               "--out", tmp_path / "offers.csv").exit_code == 0
    command[0] = "match"
    res = cli("match", tmp_path / "offers.csv", "--config", config, "--out", tmp_path / "matches.csv")
    assert res.exit_code in (0, 3), res.stderr
    matched = pd.read_csv(tmp_path / "matches.csv", dtype=str)
    assert set(matched["catalog_sku"].dropna()) == {"K1", "K2"}
    command[0] = "reprice"
    res = cli("reprice", "--config", config, "--matches", tmp_path / "matches.csv", "--out", tmp_path / "p.csv")
    assert res.exit_code in (0, 3), res.stderr
    assert set(pd.read_csv(tmp_path / "p.csv", dtype=str)["sku"]) == {"K1", "K2"}
    command[0] = "plan"
    res = cli("plan", "--config", config, "--json")
    assert res.exit_code in (0, 3), res.stderr
    command[0] = "run"
    res = cli("run", "--config", config, "--dry-run", "--json")
    assert res.exit_code in (0, 3), res.stderr
    shop = json.loads(res.stdout)["plan"]
    assert {c["sku"] for c in shop["changes"]} == {"K1", "K2"}     # K2 named by its alternative name
    expected = (("K1", "Чайник Philips HD9350/90"), ("K2", "Дрель Makita DF333DWYE"))
    for name in ("match", "reprice", "plan", "run"):
        assert seen.get(name), f"{name} did not read the catalog through pricesync.catalog.read_catalog"
        assert set(seen[name]) == {expected}, name
