"""Structured data in the page: JSON-LD, microdata, OpenGraph/product meta tags."""
from __future__ import annotations

import re
from typing import Any

from pricesync.parse.currency import normalize_currency
from pricesync.scrape.jsonld import parse_jsonld
from pricesync.scrape.schema import ProductInfo, amount_of, availability_of, product_from_items

_URL_TAGS = {"a", "link", "area"}
_SRC_TAGS = {"img", "audio", "embed", "iframe", "source", "track", "video"}


def jsonld_product(doc, page_url: str | None, page_title: str | None = None) -> ProductInfo | None:
    items: list[Any] = []
    for script in doc.iter("script"):
        kind = (script.get("type") or "").strip().lower()
        if kind.startswith("application/ld+json") and script.text:
            items.extend(parse_jsonld(script.text))
    return product_from_items(items, page_url=page_url, page_title=page_title, method="jsonld") if items else None


def microdata_items(doc) -> list[dict]:
    """Microdata as JSON-LD-shaped dicts. ``itemprop``s outside any ``itemscope`` (common
    in hand-made templates: a lone ``<span itemprop="price">``) form one more item."""
    items: dict[Any, dict] = {}
    top: list[dict] = []
    orphans: dict[str, Any] = {}
    for el in doc.xpath("//*[@itemscope]"):
        itemtype = (el.get("itemtype") or "").split()
        items[el] = {"@type": [t.rstrip("/").rsplit("/", 1)[-1] for t in itemtype] or ["Thing"]}
    for el in doc.xpath("//*[@itemprop]"):
        owner = _owner(el)
        value = items.get(el) if el in items else _value(el)
        if value is None or value == "":
            continue
        target = items[owner] if owner is not None else orphans
        for name in el.get("itemprop", "").split():
            _add(target, name, value)
    for el, item in items.items():
        if el.get("itemprop") is None or _owner(el) is None:
            top.append(item)
    if orphans:
        offer = {k: orphans[k] for k in ("price", "lowPrice", "priceCurrency", "availability") if k in orphans}
        product = {k: v for k, v in orphans.items() if k not in offer}
        product["@type"] = ["Product"]
        if offer:
            product["offers"] = {"@type": ["Offer"], **offer}
        top.append(product)
    return top


def _owner(el):
    parent = el.getparent()
    while parent is not None:
        if parent.get("itemscope") is not None:
            return parent
        parent = parent.getparent()
    return None


def _add(target: dict, name: str, value: Any) -> None:
    if name not in target:
        target[name] = value
    elif isinstance(target[name], list):
        target[name].append(value)
    else:
        target[name] = [target[name], value]


def _value(el) -> str | None:
    # Shops put the machine value in ``content`` on any element
    # (<span itemprop="price" content="229.99">$229<sup>99</sup></span>), not only on <meta>.
    if el.get("content") is not None:
        return el.get("content").strip()
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in ("data", "meter") and el.get("value") is not None:
        return el.get("value").strip()
    if tag in _URL_TAGS and el.get("href"):
        return el.get("href")
    if tag in _SRC_TAGS and el.get("src"):
        return el.get("src")
    if tag == "time" and el.get("datetime"):
        return el.get("datetime")
    return re.sub(r"\s+", " ", el.text_content()).strip()


def microdata_product(doc, page_url: str | None, page_title: str | None = None) -> ProductInfo | None:
    items = microdata_items(doc)
    return product_from_items(items, page_url=page_url, page_title=page_title,
                              method="microdata") if items else None


_PRICE_KEYS = ("product:sale_price:amount", "product:price:amount", "og:price:amount", "product:price",
               "og:price", "price")
_CURRENCY_KEYS = ("product:sale_price:currency", "product:price:currency", "og:price:currency",
                  "product:currency", "currency", "pricecurrency")


def meta_tags(doc) -> dict[str, str]:
    """<meta property|name=... content=...> by lower-case key (first one wins)."""
    out: dict[str, str] = {}
    for el in doc.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        content = el.get("content")
        if key and content is not None and key not in out:
            out[key] = content.strip()
    return out


def meta_product(meta: dict[str, str]) -> ProductInfo | None:
    """OpenGraph / Facebook product tags (``product:price:amount``), and Twitter cards
    whose label says price."""
    price = currency = None
    for key in _PRICE_KEYS:
        amount, cur = amount_of(meta.get(key)) if meta.get(key) else (None, None)
        if amount is not None and amount > 0:
            price, currency = amount, cur
            break
    if price is None:
        for n in ("1", "2"):
            label = meta.get(f"twitter:label{n}", "")
            if re.search(r"(?i)price|цена|ціна|cena|preis|prix|prezzo|precio", label):
                amount, cur = amount_of(meta.get(f"twitter:data{n}"))
                if amount is not None and amount > 0:
                    price, currency = amount, cur
                    break
    for key in _CURRENCY_KEYS:
        if meta.get(key):
            currency = normalize_currency(meta[key]) or currency
            break
    availability = availability_of(meta.get("product:availability") or meta.get("og:availability"))
    if availability == "unknown":
        raw = (meta.get("product:availability") or meta.get("og:availability") or "").lower()
        if raw in ("oos", "out of stock", "pending"):
            availability = "out_of_stock"
        elif raw in ("in stock", "available for order", "instock"):
            availability = "in_stock"
    if price is None and availability == "unknown":
        return None
    return ProductInfo(
        price=price, currency=currency, availability=availability, method="meta",
        name=meta.get("og:title") or None, brand=meta.get("product:brand") or meta.get("og:brand") or None,
        sku=meta.get("product:retailer_item_id") or meta.get("product:sku") or None,
        gtin=meta.get("product:ean") or meta.get("product:gtin") or None,
    )
