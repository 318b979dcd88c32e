"""Feed channels: csv / xlsx (plain, WooCommerce, PrestaShop columns), YML, Google Merchant.
Real files written through the real push, read back with the libraries importers use."""
from __future__ import annotations

import csv
import os
import re
from pathlib import Path

import openpyxl
import pytest
from lxml import etree

from pricesync.channels.base import Change
from pricesync.channels.feeds.base import FeedChannel
from pricesync.config import load_config
from pricesync.errors import ChannelError, ConfigError
from pricesync.pipeline import plan, push
from tests.pipeline_support import D, config_with, prices_frame, write_config

G = "{http://base.google.com/ns/1.0}"

PRICES = [
    {"sku": "100104", "price": "32999.00", "stock": 8, "name": "Смартфон Samsung Galaxy A54 5G 8/128GB графит",
     "brand": "Samsung", "category": "Смартфоны", "ean": "8806175949548"},
    {"sku": "DF333", "price": "15899.00", "stock": 0, "name": "Дрель Makita DF333DWYE & кейс <12V>",
     "brand": "Makita", "category": "Электроинструмент"},
    {"sku": "INJ-1", "price": "10.50", "stock": 3, "name": "=HYPERLINK(\"http://evil\",\"x\")", "category": "Смартфоны"},
    {"sku": "CTRL", "price": "1.00", "stock": 1, "name": "bad\x0bname\x01"},
]


def pushed_feed(tmp_path, body: str, rows=PRICES) -> Path:
    cfg = config_with(tmp_path, body)
    [r] = push(cfg, plan(cfg, prices_frame(rows))).channels
    assert r.failures == [] and r.pushed == len(rows)
    return tmp_path


@pytest.mark.parametrize("fmt, delimiter, header", [
    ("plain", ",", ["sku", "name", "brand", "category", "ean", "price", "currency", "stock", "available"]),
    ("woocommerce", ",", ["SKU", "Name", "Regular price", "Stock", "In stock?"]),
    ("prestashop", ";", ["Reference #", "Name", "Price tax included", "Quantity", "EAN13"]),
])
def test_csv_formats(tmp_path, fmt, delimiter, header):
    pushed_feed(tmp_path, f'[channels.f]\ntype = "csv"\nformat = "{fmt}"\npath = "out/feed.csv"\n')
    with open(tmp_path / "out" / "feed.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=delimiter))
    assert rows[0] == header
    by_sku = {r[0]: dict(zip(header, r)) for r in rows[1:]}
    price_col = header[header.index("Regular price")] if fmt == "woocommerce" else \
        ("Price tax included" if fmt == "prestashop" else "price")
    assert by_sku["DF333"][price_col] == "15899.00"
    assert by_sku["INJ-1"][header[1]].startswith("'=")                 # never a formula in Excel
    if fmt == "woocommerce":
        assert (by_sku["DF333"]["Stock"], by_sku["DF333"]["In stock?"]) == ("0", "0")
        assert by_sku["100104"]["In stock?"] == "1"
    if fmt == "prestashop":
        assert by_sku["100104"]["EAN13"] == "8806175949548"


def test_csv_columns_and_headers_options(tmp_path):
    pushed_feed(tmp_path, '[channels.f]\ntype = "csv"\npath = "f.csv"\ncolumns = ["sku", "price", "stock"]\n'
                          'headers = { sku = "Артикул", price = "Цена" }\ndelimiter = ";"\nencoding = "cp1251"\n')
    text = (tmp_path / "f.csv").read_bytes().decode("cp1251")
    assert text.splitlines()[0] == "Артикул;Цена;stock"


def test_unknown_column_is_a_config_error(tmp_path):
    path = write_config(tmp_path, '[channels.f]\ntype = "csv"\npath = "f.csv"\ncolumns = ["sku", "colour"]\n')
    with pytest.raises(ConfigError, match="channels.f.*unknown field.*colour"):
        load_config(path)


def test_xlsx_feed_cells_are_text_and_numbers(tmp_path):
    pushed_feed(tmp_path, '[channels.f]\ntype = "xlsx"\nformat = "woocommerce"\npath = "feed.xlsx"\n')
    ws = openpyxl.load_workbook(tmp_path / "feed.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("SKU", "Name", "Regular price", "Stock", "In stock?")
    inj = next(r for r in ws.iter_rows() if r[0].value == "INJ-1")
    assert inj[1].data_type == "s" and inj[1].value.startswith("=HYPERLINK")   # stored as text, not run
    assert next(r for r in rows if r[0] == "DF333")[2:] == (15899, 0, 0)
    assert next(r for r in rows if r[0] == "100104")[0] == "100104"           # codes stay text


@pytest.mark.parametrize("stock_element", ["stock_quantity", "quantity_in_stock", "count"])
def test_yml_feed(tmp_path, stock_element):
    pushed_feed(tmp_path, '[channels.f]\ntype = "yml"\npath = "feed.yml"\nshop_name = "Техно & Co"\n'
                          f'url_template = "https://shop.example/p/{{sku}}"\nstock_element = "{stock_element}"\n')
    root = etree.parse(str(tmp_path / "feed.yml")).getroot()
    assert root.tag == "yml_catalog"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d[+-]\d\d:\d\d", root.get("date"))
    assert root.findtext("shop/name") == "Техно & Co"
    assert [c.get("id") for c in root.findall("shop/currencies/currency")] == ["RUB"]
    categories = {c.text: c.get("id") for c in root.findall("shop/categories/category")}
    assert set(categories) == {"Смартфоны", "Электроинструмент"}
    offers = {o.get("id"): o for o in root.findall("shop/offers/offer")}
    phone, drill = offers["100104"], offers["DF333"]
    assert (phone.get("available"), drill.get("available")) == ("true", "false")
    assert phone.findtext("price") == "32999.00" and phone.findtext("currencyId") == "RUB"
    assert phone.findtext(stock_element) == "8" and drill.findtext(stock_element) == "0"
    assert phone.findtext("categoryId") == categories["Смартфоны"]
    assert phone.findtext("vendor") == "Samsung" and phone.findtext("vendorCode") == "100104"
    assert phone.findtext("barcode") == "8806175949548"
    assert drill.findtext("name") == "Дрель Makita DF333DWYE & кейс <12V>"   # escaped by lxml, read back intact
    assert drill.findtext("url") == "https://shop.example/p/DF333"
    assert offers["CTRL"].findtext("name") == "badname"                     # control characters dropped


def test_yml_category_ids_stable_across_pushes(tmp_path):
    from pricesync.channels.feeds.xml import category_id

    assert category_id("Смартфоны") == category_id("Смартфоны") != category_id("Смартфоны ")
    pushed_feed(tmp_path, '[channels.f]\ntype = "yml"\npath = "feed.yml"\ndate_format = "legacy"\n')
    root = etree.parse(str(tmp_path / "feed.yml")).getroot()
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", root.get("date"))
    assert root.find("shop/categories/category[.='Смартфоны']").get("id") == category_id("Смартфоны")


def test_google_merchant_feed(tmp_path):
    pushed_feed(tmp_path, '[channels.g]\ntype = "google_merchant"\npath = "g.xml"\nlink = "https://shop.example"\n'
                          'url_template = "https://shop.example/p/{sku}"\n')
    root = etree.parse(str(tmp_path / "g.xml")).getroot()
    assert root.tag == "rss" and root.get("version") == "2.0"
    items = {i.findtext(f"{G}id"): i for i in root.findall("channel/item")}
    drill = items["DF333"]
    assert drill.findtext(f"{G}price") == "15899.00 RUB"
    assert drill.findtext(f"{G}availability") == "out_of_stock"
    assert items["100104"].findtext(f"{G}availability") == "in_stock"
    assert items["100104"].findtext(f"{G}gtin") == "8806175949548"
    assert drill.findtext(f"{G}link") == "https://shop.example/p/DF333"
    assert drill.findtext(f"{G}title") == "Дрель Makita DF333DWYE & кейс <12V>"


class HalfWriter(FeedChannel):
    """A format that dies half-way through writing (disk full, a bug)."""

    type_name = "half_writer_test"

    def write(self, items, path):
        path.write_text("sku,price\nA,1", encoding="utf-8")
        raise OSError(28, "No space left on device")

    def read(self, path):
        return {}


def test_a_failed_write_leaves_the_old_feed_whole(tmp_path):
    from pricesync.channels.feeds.base import FeedConfig

    target = tmp_path / "feed.csv"
    target.write_text("sku,price\nA,100.00\nB,200.00\n", encoding="utf-8")
    channel = HalfWriter("f", FeedConfig(type="half_writer_test", path="feed.csv"))
    channel.base_dir = tmp_path
    with pytest.raises(ChannelError, match="No space left on device"):
        channel.send_batch([Change("A", None, D("1.00"), None, 1)], idempotency_key="k")
    assert target.read_text(encoding="utf-8") == "sku,price\nA,100.00\nB,200.00\n"
    assert os.listdir(tmp_path) == ["feed.csv"]                        # no temporary file left behind


def test_feed_path_is_relative_to_the_config(tmp_path, monkeypatch):
    (tmp_path / "conf").mkdir()
    monkeypatch.chdir(tmp_path)
    path = write_config(tmp_path / "conf", '[channels.f]\ntype = "yml"\npath = "../public/feed.yml"\n')
    cfg = load_config(path)
    push(cfg, plan(cfg, prices_frame(PRICES[:1])))
    assert (tmp_path / "public" / "feed.yml").exists()
