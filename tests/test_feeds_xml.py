"""XML price feeds other than YML (pricesync/ingest/readers/feeds.py): one small feed per
format, written here, through the whole ingest stage."""
from __future__ import annotations

import csv
import re
import time
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from pricesync.errors import InputError
from pricesync.ingest.readers import read_book
from pricesync.ingest.readers.feeds import feed_words, word
from pricesync.ingest.sniff import sniff


def ingest(path: Path):
    from pricesync.ingest import ingest_files

    return ingest_files([path])


def records(result) -> list[dict]:
    """Offers as dicts, money as strings."""
    rows = [dict(r) for r in result.offers.to_dict("records")]
    for row in rows:
        for key in ("cost", "msrp"):
            row[key] = None if row[key] is None else str(row[key])
    return rows

G = 'xmlns:g="http://base.google.com/ns/1.0"'


def _write(tmp_path: Path, name: str, xml: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(xml.encode(encoding))
    return path


def _offers(path: Path) -> list[dict]:
    return records(ingest(path))


def _held(path: Path) -> str:
    """A file ingest refuses: held (exit 3, no offers) with one line naming it."""
    result = ingest(path)
    assert len(result.offers) == 0 and result.exit_code == 3
    (text,) = result.held
    assert path.name in text and "\n" not in text
    return text


def _pick(rows: list[dict], *keys: str) -> list[tuple]:
    """The named columns per offer; ``stock`` is None where the feed states no stock for the
    offer (unknown: what ingest makes of a blank stock cell is not the reader's business)."""
    return [tuple((r[k] if r["stock_raw"] else None) if k == "stock" else r[k] for k in keys) for r in rows]


HOTLINE = """<?xml version="1.0" encoding="windows-1251"?>
<price>
  <date>2026-11-20 10:00</date>
  <firm>Тест</firm>
  <categories>
    <category><id>1</id><name>Електроінструмент</name></category>
    <category><id>2</id><parentId>1</parentId><name>Дрилі</name></category>
  </categories>
  <items>
    <item>
      <id>007</id><categoryId>2</categoryId><code>12E45</code><vendor>Makita</vendor>
      <name>Дриль Makita DF333DWYE</name><description>Опис</description>
      <priceRUAH>8901.90</priceRUAH><stock>В наявності</stock>
    </item>
    <item>
      <id>12E45</id><categoryId>1</categoryId><code>0099</code><vendor>Bosch</vendor>
      <name>Перфоратор Bosch GBH 2-26</name><priceRUAH>4 599,00</priceRUAH><stock>Нет</stock>
    </item>
  </items>
</price>"""


def test_hotline_price_xml(tmp_path):
    path = _write(tmp_path, "hotline.xml", HOTLINE, "cp1251")
    assert sniff(path) == "price_xml"
    rows = _offers(path)
    assert _pick(rows, "supplier_sku", "mpn", "name", "brand", "category", "cost", "currency", "stock") == [
        ("007", "12E45", "Дриль Makita DF333DWYE", "Makita", "Електроінструмент / Дрилі", "8901.90", "UAH", 5),
        ("12E45", "0099", "Перфоратор Bosch GBH 2-26", "Bosch", "Електроінструмент", "4599.00", "UAH", 0)]
    assert [r["source_row"] for r in rows] == [10, 15]  # the line each offer starts on


PROM = """<?xml version="1.0" encoding="UTF-8"?>
<price date="2026-11-20 10:00">
  <name>Shop</name>
  <currency code="UAH" rate="1"/>
  <catalog>
    <category id="10">Смартфони</category>
    <category id="11" parentId="10">Apple</category>
  </catalog>
  <items>
    <item id="A-1" available="true">
      <name>Apple iPhone 15 128GB Black</name><categoryId>11</categoryId>
      <price>33999</price><priceRRP>35999</priceRRP><vendor>Apple</vendor>
      <article>MTP03</article><barcode>4006381333931</barcode>
    </item>
    <item id="A-2" available="false">
      <name>Apple iPhone 15 256GB Blue</name><categoryId>11</categoryId>
      <price>38999</price><vendor>Apple</vendor>
    </item>
    <item id="A-3">
      <name>Apple iPhone 15 512GB Pink</name><categoryId>99</categoryId><price>45999</price>
    </item>
  </items>
</price>"""


def test_rozetka_prom_price_xml(tmp_path):
    rows = _offers(_write(tmp_path, "price.xml", PROM))
    assert _pick(rows, "supplier_sku", "mpn", "ean", "category", "cost", "msrp", "currency", "stock", "stock_raw") == [
        ("A-1", "MTP03", "4006381333931", "Смартфони / Apple", "33999", "35999", "UAH", 5, "in stock"),
        ("A-2", "", "", "Смартфони / Apple", "38999", None, "UAH", 0, "out of stock"),
        # no stock field at all: unknown (empty), not "out"; an unknown category id as written
        ("A-3", "", "", "99", "45999", None, "UAH", None, "")]


def _kaspi(namespace: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<kaspi_catalog date="string" {namespace} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <company>Shop</company><merchantid>123</merchantid>
  <offers>
    <offer sku="007">
      <model>Смартфон Samsung Galaxy A15 128GB</model><brand>Samsung</brand>
      <availabilities>
        <availability available="yes" storeId="PP1" stockCount="3"/>
        <availability available="no" storeId="PP2" stockCount="9"/>
        <availability available="yes" storeId="PP3" stockCount="2"/>
      </availabilities>
      <cityprices>
        <cityprice cityId="750000000">89990</cityprice>
        <cityprice cityId="710000000">87990</cityprice>
        <cityprice cityId="591010000">91990</cityprice>
      </cityprices>
    </offer>
    <offer sku="12E45">
      <model>Чехол для Galaxy A15</model><brand>Samsung</brand>
      <availabilities><availability available="no" storeId="PP1"/></availabilities>
      <price>2990</price>
    </offer>
    <offer sku="0100">
      <model>Зарядка 25W</model>
      <availabilities><availability available="yes" storeId="PP1"/></availabilities>
      <price>5490</price>
    </offer>
  </offers>
</kaspi_catalog>"""


@pytest.mark.parametrize("namespace", ['xmlns="kaspiShopping"', ""])
def test_kaspi_catalog_with_and_without_namespace(tmp_path, namespace):
    path = _write(tmp_path, "kaspi.xml", _kaspi(namespace))
    assert sniff(path) == "kaspi"
    rows = _offers(path)
    # per-city prices: the lowest; per-store stock: counts of the stores that have it
    assert _pick(rows, "supplier_sku", "name", "brand", "cost", "stock") == [
        ("007", "Смартфон Samsung Galaxy A15 128GB", "Samsung", "87990", 5),
        ("12E45", "Чехол для Galaxy A15", "Samsung", "2990", 0),
        ("0100", "Зарядка 25W", "", "5490", 5)]
    # the feed states no currency: the reader leaves it empty (ingest then assumes the shop's)
    assert "currency" not in read_book(path).sheets[0].fixed_roles
    assert [r["stock_raw"] for r in rows] == ["5", "out of stock", "in stock"]


HEUREKA = """<?xml version="1.0" encoding="utf-8"?>
<SHOP>
  <SHOPITEM>
    <ITEM_ID>007</ITEM_ID>
    <PRODUCTNAME>Nabíječka Movano 19V 4.74A</PRODUCTNAME>
    <PRODUCT>Nabíječka Movano 19V 4.74A (5.5x1.7) - Acer</PRODUCT>
    <DESCRIPTION><![CDATA[<p>Popis <b>výrobku</b></p>]]></DESCRIPTION>
    <PRICE_VAT>589</PRICE_VAT>
    <MANUFACTURER>Movano</MANUFACTURER>
    <EAN>5905669132978</EAN>
    <PRODUCTNO>12E45</PRODUCTNO>
    <CATEGORYTEXT>Elektronika | Počítače | Nabíječky</CATEGORYTEXT>
    <DELIVERY_DATE>0</DELIVERY_DATE>
    <DELIVERY><DELIVERY_ID>PPL</DELIVERY_ID><DELIVERY_PRICE>79</DELIVERY_PRICE></DELIVERY>
    <PARAM><PARAM_NAME>Barva</PARAM_NAME><VAL>černá</VAL></PARAM>
  </SHOPITEM>
  <SHOPITEM>
    <ITEM_ID>A2</ITEM_ID>
    <PRODUCT>Baterie Dell Latitude 3500</PRODUCT>
    <PRICE_VAT>1 299,50</PRICE_VAT>
    <DELIVERY_DATE>3</DELIVERY_DATE>
  </SHOPITEM>
  <SHOPITEM>
    <ITEM_ID>A3</ITEM_ID>
    <PRODUCT>Myš Logitech M185</PRODUCT>
    <PRICE_VAT>299</PRICE_VAT>
  </SHOPITEM>
</SHOP>"""


def test_heureka_shopitem(tmp_path):
    path = _write(tmp_path, "heureka.xml", HEUREKA)
    assert sniff(path) == "heureka"
    rows = _offers(path)
    assert _pick(rows, "supplier_sku", "mpn", "name", "brand", "ean", "category", "cost", "stock", "stock_raw") == [
        ("007", "12E45", "Nabíječka Movano 19V 4.74A", "Movano", "5905669132978", "Elektronika | Počítače | Nabíječky",
         "589", 5, "in stock"),
        ("A2", "", "Baterie Dell Latitude 3500", "", "", "", "1299.50", 0, "on order"),
        ("A3", "", "Myš Logitech M185", "", "", "", "299", None, "")]


GOOGLE_RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" {G}><channel><title>Shop</title><link>https://shop.example</link>
<item><g:id>007</g:id><title>Nabíječka (RSS title)</title><g:title>Nabíječka Movano 19.5V</g:title>
<g:price>599 CZK</g:price><g:availability>in_stock</g:availability><g:brand>Movano</g:brand>
<g:gtin>5902687180165</g:gtin><g:mpn>12E45</g:mpn><g:product_type>Elektronika &gt; Nabíječky</g:product_type>
<g:google_product_category>276</g:google_product_category>
<g:shipping><g:country>CZ</g:country><g:price>79 CZK</g:price></g:shipping></item>
<item><g:id>A2</g:id><g:title>Disk SSD 512GB</g:title><g:shipping><g:price>79 CZK</g:price></g:shipping>
<g:price>1 299.00 CZK</g:price><g:sale_price>999.00 CZK</g:sale_price><g:availability>out_of_stock</g:availability></item>
<item><g:id>A3</g:id><g:title>Monitor Dell 24</g:title><g:price>2490 CZK</g:price>
<g:sale_price>1990 CZK</g:sale_price>
<g:sale_price_effective_date>2020-01-01T00:00+01:00/2020-02-01T00:00+01:00</g:sale_price_effective_date>
<g:availability>preorder</g:availability></item>
</channel></rss>"""

GOOGLE_ATOM = f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" {G}>
<title>Shop</title><id>tag:shop.example,2026:feed</id>
<entry><id>tag:shop.example,2026:1</id><title>Mouse Logitech M185</title><g:id>12E45</g:id>
<g:price>12.00 USD</g:price><g:availability>in stock</g:availability><g:brand>Logitech</g:brand></entry>
<entry><id>tag:shop.example,2026:2</id><title>Keyboard Logitech K120</title><g:id>007</g:id>
<g:price>15.50 USD</g:price><g:availability>out of stock</g:availability></entry>
</feed>"""


def test_google_merchant_rss(tmp_path):
    path = _write(tmp_path, "google.xml", GOOGLE_RSS)
    assert sniff(path) == "google_merchant"
    rows = _offers(path)
    # the nested g:shipping/g:price is a shipping fee, never the price; a sale price is the
    # cost while it is on (the regular price becomes the msrp), an expired one is ignored
    assert _pick(rows, "supplier_sku", "mpn", "name", "brand", "ean", "category", "cost", "msrp", "currency",
                 "stock") == [
        ("007", "12E45", "Nabíječka Movano 19.5V", "Movano", "5902687180165", "Elektronika > Nabíječky", "599",
         None, "CZK", 5),
        ("A2", "", "Disk SSD 512GB", "", "", "", "999.00", "1299.00", "CZK", 0),
        ("A3", "", "Monitor Dell 24", "", "", "", "2490", None, "CZK", 0)]


def test_google_merchant_atom_prefers_g_fields(tmp_path):
    path = _write(tmp_path, "atom.xml", GOOGLE_ATOM)
    assert sniff(path) == "google_merchant"
    rows = _offers(path)
    assert _pick(rows, "supplier_sku", "name", "brand", "cost", "currency", "stock") == [
        ("12E45", "Mouse Logitech M185", "Logitech", "12.00", "USD", 5),
        ("007", "Keyboard Logitech K120", "", "15.50", "USD", 0)]


CENEO = """<?xml version="1.0" encoding="utf-8"?>
<offers xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="1">
<group name="other">
  <o id="007" url="https://shop.example/p/7" price="129.50" avail="1" stock="2" basket="1">
    <cat><![CDATA[Zasilacze do laptopów]]></cat>
    <name><![CDATA[Zasilacz Lenovo USB-C 65W & kabel]]></name>
    <imgs><main url="https://shop.example/7.jpg"/></imgs>
    <attrs>
      <a name="Producent"><![CDATA[LENOVO]]></a>
      <a name="EAN">5902687180165</a>
      <a name="Kod_producenta">12E45</a>
      <a name="SKU">5678</a>
    </attrs>
  </o>
  <o id="12E45" url="https://shop.example/p/8" price="3299" avail="14">
    <cat>Komputery</cat><name>Komputer Do Gier i5</name>
    <attrs><a name="Producent">Niezdefiniowany</a></attrs>
  </o>
  <o id="0100" price="49" avail="1"><cat>Kable</cat><name>Kabel HDMI 2m</name></o>
</group>
</offers>"""


def test_ceneo_offers(tmp_path):
    path = _write(tmp_path, "ceneo.xml", CENEO)
    assert sniff(path) == "ceneo"
    rows = _offers(path)
    assert _pick(rows, "supplier_sku", "mpn", "name", "brand", "ean", "category", "cost", "stock", "stock_raw") == [
        ("007", "12E45", "Zasilacz Lenovo USB-C 65W & kabel", "LENOVO", "5902687180165", "Zasilacze do laptopów",
         "129.50", 2, "2"),
        # avail 14 = ships within two weeks: nothing to ship today; "Niezdefiniowany" is no brand
        ("12E45", "", "Komputer Do Gier i5", "", "", "Komputery", "3299", 0, "on order"),
        ("0100", "", "Kabel HDMI 2m", "", "", "Kable", "49", 5, "in stock")]


SALIDZINI = """<?xml version="1.0" encoding="UTF-8"?>
<root>
  <item>
    <name>Daudzfunkciju trenažieris BH FITNESS G119B</name><link>https://shop.example/1</link>
    <price>895</price><category_full>Spēka trenažieri / Daudzfunkciju</category_full>
    <manufacturer/><model>G119B</model>
  </item>
  <item>
    <name>Treniņu paklājiņš 180cm</name><price/><manufacturer>Sveltus</manufacturer><model/>
  </item>
  <item>
    <name>Smita mašīna K130</name><price>3990.00</price><manufacturer>Sport Systems</manufacturer>
    <in_stock>3</in_stock>
  </item>
</root>"""

KAINA24 = """<?xml version="1.0" encoding="utf-8"?>
<products>
<product id="007">
<title><![CDATA[АЛИСА ЛАЙТ 2 <белая>]]></title>
<item_price><![CDATA[199.00]]></item_price>
<manufacturer><![CDATA[Yango Group]]></manufacturer>
<product_url><![CDATA[https://shop.example/alisa]]></product_url>
<category><![CDATA[Elektronika/Išmaniosios kolonėlės]]></category>
<ean_code><![CDATA[4006381333931]]></ean_code>
</product>
<product id="12E45">
<title><![CDATA[ЦИФРОВАЯ ФОТОРАМКА]]></title>
<item_price><![CDATA[105.00]]></item_price>
<quantity>0</quantity>
</product>
</products>"""


def test_generic_root_item_feed_without_codes(tmp_path):
    path = _write(tmp_path, "salidzini.xml", SALIDZINI)
    assert sniff(path) == "xml_feed"
    result = ingest(path)
    rows = records(result)
    # no id field: no code (model is only a fallback name); the empty price is rejected
    assert _pick(rows, "supplier_sku", "name", "brand", "category", "cost", "stock_raw") == [
        ("", "Daudzfunkciju trenažieris BH FITNESS G119B", "", "Spēka trenažieri / Daudzfunkciju", "895", ""),
        ("", "Smita mašīna K130", "Sport Systems", "", "3990.00", "3")]
    assert [r["source_row"] for r in result.rejects.to_dict("records") if r["kind"] == "rejected"] == [8]


def test_generic_products_feed_with_cdata(tmp_path):
    path = _write(tmp_path, "kaina24.xml", KAINA24)
    assert sniff(path) == "xml_feed"
    rows = _offers(path)
    assert _pick(rows, "supplier_sku", "name", "brand", "ean", "category", "cost", "stock", "stock_raw") == [
        ("007", "АЛИСА ЛАЙТ 2 <белая>", "Yango Group", "4006381333931", "Elektronika/Išmaniosios kolonėlės",
         "199.00", None, ""),
        ("12E45", "ЦИФРОВАЯ ФОТОРАМКА", "", "", "", "105.00", 0, "0")]


def test_generic_feed_deeper_wrappers_and_no_declaration(tmp_path):
    xml = ("<export><shop><offers><group>"
           + "".join(f'<offer><sku>{c}</sku><nazwa>Produkt {c}</nazwa><cena>{p}</cena><waluta>PLN</waluta>'
                     f'<ilosc>{q}</ilosc></offer>' for c, p, q in (("007", "10,50", 4), ("12E45", "99", 0)))
           + "</group></offers></shop></export>")
    path = _write(tmp_path, "export.xml", xml)
    assert sniff(path) == "xml_feed"
    assert _pick(_offers(path), "supplier_sku", "name", "cost", "currency", "stock") == [
        ("007", "Produkt 007", "10.50", "PLN", 4), ("12E45", "Produkt 12E45", "99", "PLN", 0)]


def test_feed_without_encoding_declaration_in_cp1251(tmp_path):
    xml = ('<?xml version="1.0"?>\n<products>' + "".join(
        f"<product><code>{c}</code><name>{n}</name><price currency=\"UAH\">{p}</price>"
        "<categories><category>Інструмент</category><category>Акції</category></categories></product>"
        for c, n, p in (("007", "Дриль Makita", "10"), ("0100", "Перфоратор Bosch", "20"))) + "</products>")
    path = _write(tmp_path, "cp1251.xml", xml, "cp1251")
    assert _pick(_offers(path), "supplier_sku", "name", "category", "cost", "currency") == [
        ("007", "Дриль Makita", "Інструмент", "10", "UAH"), ("0100", "Перфоратор Bosch", "Інструмент", "20", "UAH")]


def test_utf16_feed(tmp_path):
    path = _write(tmp_path, "utf16.xml", "\ufeff" + KAINA24.replace('encoding="utf-8"', 'encoding="utf-16"'),
                  "utf-16-le")
    assert sniff(path) == "xml_feed"
    assert _pick(_offers(path), "supplier_sku", "cost") == [("007", "199.00"), ("12E45", "105.00")]


def test_price_as_an_attribute_of_its_element(tmp_path):
    xml = ('<?xml version="1.0"?><catalog><products>'
           '<product sku="007"><title>Lampa LED 10W</title><price value="12.50" currency="EUR"/></product>'
           '<product sku="12E45"><title>Lampa LED 20W</title><price value="19.90" currency="EUR"/></product>'
           '</products></catalog>')
    assert _pick(_offers(_write(tmp_path, "catalog.xml", xml)), "supplier_sku", "cost", "currency") == [
        ("007", "12.50", "EUR"), ("12E45", "19.90", "EUR")]


def test_codes_stay_text(tmp_path):
    book = read_book(_write(tmp_path, "kaina24.xml", KAINA24))
    cells = book.sheets[0].cells
    sku = book.sheets[0].fixed_roles["sku"]
    assert cells[sku].tolist() == ["@id", "007", "12E45"]
    assert all(isinstance(v, str) for v in cells.to_numpy().ravel())


BOMB = ('<?xml version="1.0"?><!DOCTYPE products [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                  for i in range(1, 10))
        + ']><products><product id="1"><title>&lol9;</title><price>1</price></product>'
          '<product id="2"><title>x</title><price>2</price></product></products>')
XXE = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
       f'<rss {G}><channel><item><g:id>1</g:id><g:title>&xxe;</g:title><g:price>1 USD</g:price></item>'
       '</channel></rss>')


@pytest.mark.parametrize("name, xml, encoding", [
    ("bomb.xml", BOMB, "utf-8"), ("xxe.xml", XXE, "utf-8"), ("bomb16.xml", "\ufeff" + BOMB, "utf-16-le")])
def test_entity_declarations_are_refused(tmp_path, name, xml, encoding):
    path = _write(tmp_path, name, xml, encoding)
    start = time.perf_counter()
    assert "declares entities" in _held(path)
    assert time.perf_counter() - start < 5
    with pytest.raises(InputError, match="declares entities"):
        read_book(path)


@pytest.mark.parametrize("xml, root", [
    ('<?xml version="1.0"?><urlset><url><loc>https://a</loc></url><url><loc>https://b</loc></url></urlset>',
     "urlset"),
    ('<?xml version="1.0"?><rss><channel/></rss>', "rss"),
    (f'<?xml version="1.0"?><rss {G}><channel><title>t</title></channel></rss>', "rss"),
])
def test_other_xml_is_one_line_naming_the_root(tmp_path, xml, root):
    path = _write(tmp_path, "other.xml", xml)
    assert f"<{root}>" in _held(path) and "not a YML catalog" in _held(path)


def test_malformed_feed_names_the_line(tmp_path):
    path = _write(tmp_path, "broken.xml", CENEO[: CENEO.index("<o id=\"0100\"")] + "<o id='x' price='1'><name>")
    assert re.search(r"not well-formed XML.*line \d+", _held(path))


def test_xhtml_is_still_html(tmp_path):
    path = _write(tmp_path, "p.xls", '<?xml version="1.0"?><html><body><table><tr><td>Код</td></tr></table>'
                                     '</body></html>')
    assert sniff(path) == "html"


def test_yml_is_still_read_by_the_yml_reader(tmp_path):
    path = _write(tmp_path, "y.xml", '<?xml version="1.0"?><yml_catalog><shop><offers><offer id="1">'
                                     '<name>X</name><price>5</price></offer></offers></shop></yml_catalog>')
    assert sniff(path) == "yml"


def test_big_feed_reads_fast(tmp_path):
    items = "".join(f'<item id="{i:06d}"><name>Товар номер {i}</name><price>{i % 997 + 1}.50</price>'
                    f'<description>{"опис " * 40}</description><stock>{i % 7}</stock></item>' for i in range(30000))
    path = _write(tmp_path, "big.xml", f'<?xml version="1.0"?><price><items>{items}</items></price>')
    start = time.perf_counter()
    rows = _offers(path)
    assert time.perf_counter() - start < 20
    assert len(rows) == 30000 and rows[-1]["supplier_sku"] == "029999" and rows[-1]["cost"] == "90.50"


def test_tag_words_are_data_and_unambiguous():
    from importlib import resources

    data = tomllib.loads(resources.files("pricesync.ingest").joinpath("data/feed_fields.toml")
                         .read_text(encoding="utf-8"))
    seen: dict[str, str] = {}
    for role, words in data["roles"].items():
        for w in words:
            assert word(w) not in seen, f"{w!r} is both {seen.get(word(w))} and {role}"
            seen[word(w)] = role
    assert feed_words().role_of["pricevat"] == ("cost", data["roles"]["cost"].index("pricevat"))
    assert {"kaspi", "heureka", "google_merchant", "ceneo", "price_xml"} <= {f[0] for f in feed_words().formats}


def test_tag_words_extend_from_a_file(tmp_path, monkeypatch):
    from pricesync.ingest.readers.feeds import FORMAT_KINDS

    xml = ('<?xml version="1.0"?><katalog>' + "".join(
        f"<towar><indeks>{c}</indeks><nazwa>Wiertarka {c}</nazwa><cena>{p}</cena><cena_hurtowa>{h}</cena_hurtowa>"
        "</towar>" for c, p, h in (("007", "120", "99.90"), ("12E45", "80", "64"))) + "</katalog>")
    path = _write(tmp_path, "katalog.xml", xml)
    extra = tmp_path / "words.toml"
    extra.write_text('[roles]\nsku = ["indeks"]\ncost = ["cena_hurtowa"]\n\n'
                     '[formats.hurtownia]\nroots = ["katalog"]\nrecords = ["towar"]\n', encoding="utf-8")
    assert {f[0] for f in feed_words().formats} == set(FORMAT_KINDS)
    assert _pick(_offers(path), "supplier_sku", "cost") == [("", "120"), ("", "80")]  # shipped words
    monkeypatch.setenv("PRICESYNC_FEED_FIELDS", str(extra))
    feed_words.cache_clear()
    try:
        assert sniff(path) == "hurtownia"
        assert _pick(_offers(path), "supplier_sku", "cost") == [("007", "99.90"), ("12E45", "64")]
    finally:
        monkeypatch.delenv("PRICESYNC_FEED_FIELDS")
        feed_words.cache_clear()


# -- the development corpus, when it is there (never copied into the project) -------------

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "lists"
FEEDS = ["ApinisMikelis__trenazieri__salidzini.xml", "asselluxe1-cloud__Assel-Decor__kaspi.xml",
         "electronicslatvia__feed__kainos_final.xml", "marekkomp__ceneo__ceneo.xml",
         "petrfilo-arch__importpc-feed__google_feed.xml"]


@pytest.mark.parametrize("name", FEEDS)
def test_corpus_feeds_match_their_keys(name):
    src, key = CORPUS / name, CORPUS / "truth" / (name + ".csv")
    if not src.exists() or not key.exists():
        pytest.skip("development corpus not present")
    truth = list(csv.DictReader(key.open(encoding="utf-8")))
    rows = _offers(src)
    assert len(rows) == len(truth)
    for got, want in zip(rows, truth):  # the key lists the offers in file order
        assert got["supplier_sku"] == want["code"]
        assert Decimal(got["cost"]) == Decimal(want["cost"])
