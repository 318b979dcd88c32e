"""XML feeds: ``type = "yml"`` (Yandex Market Language, also read by Prom.ua and Rozetka)
and ``type = "google_merchant"`` (RSS 2.0 with the ``g:`` namespace).

Written with lxml, which escapes ``& < > "`` in names; control characters XML forbids are
dropped first (a supplier's name with ``\\x0b`` must not make the whole feed unreadable).
"""
from __future__ import annotations

import zlib
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import Field

from pricesync.channels.base import Current
from pricesync.channels.feeds.base import FeedChannel, FeedConfig, FeedItem
from pricesync.channels.registry import register_channel
from pricesync.money import format_money, to_decimal

G_NS = "http://base.google.com/ns/1.0"


def _parser():
    from lxml import etree

    # Our own files, but never resolve entities or fetch anything while reading a feed.
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


class YmlConfig(FeedConfig):
    shop_name: str = Field("Shop", description="<shop><name>")
    company: str = Field("", description="<shop><company> (default: shop_name)")
    shop_url: str = Field("", description="<shop><url>")
    stock_element: Literal["stock_quantity", "quantity_in_stock", "quantity", "count"] = Field(
        "stock_quantity",
        description="element holding units in stock: Rozetka stock_quantity, Prom quantity_in_stock, Yandex count")
    date_format: Literal["rfc3339", "legacy"] = Field(
        "rfc3339", description="yml_catalog date: '2025-06-01T10:00+03:00' (Yandex) or '2025-06-01 10:00' (older importers)")


def category_id(name: str) -> str:
    """A category's id, stable across runs whatever other categories come and go."""
    return str(zlib.crc32(name.encode("utf-8")) % 1_000_000_000 + 1)


@register_channel
class YmlFeed(FeedChannel):
    type_name = "yml"
    config_model = YmlConfig

    def write(self, items: list[FeedItem], path: Path) -> None:
        from lxml import etree

        cfg: YmlConfig = self.config  # type: ignore[assignment]
        now = datetime.now().astimezone()
        date = now.isoformat(timespec="minutes") if cfg.date_format == "rfc3339" else now.strftime("%Y-%m-%d %H:%M")
        root = etree.Element("yml_catalog", date=date)
        shop = etree.SubElement(root, "shop")
        etree.SubElement(shop, "name").text = cfg.shop_name
        etree.SubElement(shop, "company").text = cfg.company or cfg.shop_name
        if cfg.shop_url:
            etree.SubElement(shop, "url").text = cfg.shop_url
        currencies = etree.SubElement(shop, "currencies")
        for code in sorted({i.currency for i in items}) or ["RUB"]:
            etree.SubElement(currencies, "currency", id=code, rate="1")
        categories = etree.SubElement(shop, "categories")
        for name in sorted({i.category for i in items if i.category}):
            etree.SubElement(categories, "category", id=category_id(name)).text = name
        offers = etree.SubElement(shop, "offers")
        for i in items:
            offer = etree.SubElement(offers, "offer", id=i.sku, available="true" if i.available else "false")
            etree.SubElement(offer, "name").text = i.name
            if i.url:
                etree.SubElement(offer, "url").text = i.url
            etree.SubElement(offer, "price").text = format_money(i.price)
            etree.SubElement(offer, "currencyId").text = i.currency
            if i.category:
                etree.SubElement(offer, "categoryId").text = category_id(i.category)
            if i.image:
                etree.SubElement(offer, "picture").text = i.image
            if i.brand:
                etree.SubElement(offer, "vendor").text = i.brand
            etree.SubElement(offer, "vendorCode").text = i.sku
            if i.ean:
                etree.SubElement(offer, "barcode").text = i.ean
            if i.stock is not None:
                etree.SubElement(offer, cfg.stock_element).text = str(max(i.stock, 0))
        etree.ElementTree(root).write(str(path), encoding="UTF-8", xml_declaration=True, pretty_print=True)

    def read(self, path: Path) -> dict[str, Current]:
        from lxml import etree

        cfg: YmlConfig = self.config  # type: ignore[assignment]
        tree = etree.parse(str(path), _parser())
        out = {}
        for offer in tree.iterfind(".//offers/offer"):
            sku = offer.get("id", "")
            stock_text = offer.findtext(cfg.stock_element)
            out[sku] = Current(sku, to_decimal(offer.findtext("price")),
                               int(stock_text) if stock_text and stock_text.strip().isdigit() else None)
        return out


class GoogleMerchantConfig(FeedConfig):
    title: str = Field("Products", description="<channel><title>")
    link: str = Field("", description="<channel><link>: the shop's address")
    description: str = Field("", description="<channel><description>")
    condition: Literal["new", "refurbished", "used"] = "new"


@register_channel
class GoogleMerchantFeed(FeedChannel):
    type_name = "google_merchant"
    config_model = GoogleMerchantConfig

    def write(self, items: list[FeedItem], path: Path) -> None:
        from lxml import etree

        cfg: GoogleMerchantConfig = self.config  # type: ignore[assignment]

        def g(parent, tag: str, text: str) -> None:
            etree.SubElement(parent, f"{{{G_NS}}}{tag}").text = text

        rss = etree.Element("rss", version="2.0", nsmap={"g": G_NS})
        channel = etree.SubElement(rss, "channel")
        etree.SubElement(channel, "title").text = cfg.title
        etree.SubElement(channel, "link").text = cfg.link
        etree.SubElement(channel, "description").text = cfg.description or cfg.title
        for i in items:
            item = etree.SubElement(channel, "item")
            g(item, "id", i.sku)
            g(item, "title", i.name)
            if i.url:
                g(item, "link", i.url)
            if i.image:
                g(item, "image_link", i.image)
            g(item, "price", f"{format_money(i.price)} {i.currency}")
            g(item, "availability", "in_stock" if i.available else "out_of_stock")
            g(item, "condition", cfg.condition)
            if i.brand:
                g(item, "brand", i.brand)
            if i.ean:
                g(item, "gtin", i.ean)
        etree.ElementTree(rss).write(str(path), encoding="UTF-8", xml_declaration=True, pretty_print=True)

    def read(self, path: Path) -> dict[str, Current]:
        """Price and availability (a Merchant feed carries no unit count: stock is None
        when in stock, 0 when out of stock)."""
        from lxml import etree

        tree = etree.parse(str(path), _parser())
        ns = {"g": G_NS}
        out = {}
        for item in tree.iterfind(".//channel/item"):
            sku = item.findtext("g:id", namespaces=ns) or ""
            price = (item.findtext("g:price", namespaces=ns) or "").split()
            availability = item.findtext("g:availability", namespaces=ns)
            out[sku] = Current(sku, to_decimal(price[0]) if price else None,
                               0 if availability == "out_of_stock" else None)
        return out
