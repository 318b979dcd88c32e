"""schema.org items (from JSON-LD or microdata, same vocabulary) -> the page's product.

Items are plain dicts as JSON-LD gives them (``{"@type": "Product", "offers": {...}}``);
microdata is turned into the same shape first, so one walker serves both.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from pricesync.parse.currency import normalize_currency
from pricesync.parse.price import parse_price

PRODUCT_TYPES = {"product", "productgroup", "productmodel", "individualproduct", "somproduct", "vehicle",
                 "car", "book", "offer-catalog"}
OFFER_TYPES = {"offer", "aggregateoffer"}
# A product reached through these keys is another product (accessories, "similar items").
RELATED_KEYS = {"isrelatedto", "issimilarto", "isaccessoryorsparepartfor", "isconsumablefor", "itemlistelement",
                "mentions", "subjectof", "review", "isvariantof", "workexample", "hasvariant_parent"}
# priceSpecification types that are not what the buyer pays now.
NOT_CURRENT = re.compile(r"(?i)list|strikethrough|msrp|srp|invoice|original|regular|was")

AVAILABILITY = {
    "instock": "in_stock", "limitedavailability": "in_stock", "onlineonly": "in_stock",
    "instoreonly": "in_stock", "presale": "out_of_stock", "preorder": "out_of_stock",
    "backorder": "out_of_stock", "outofstock": "out_of_stock", "soldout": "out_of_stock",
    "discontinued": "out_of_stock", "madetoorder": "in_stock",
}


@dataclass
class ProductInfo:
    """What one page says about its product; any field may be unknown."""

    price: Decimal | None = None
    currency: str | None = None
    availability: str = "unknown"
    name: str | None = None
    sku: str | None = None
    gtin: str | None = None
    brand: str | None = None
    method: str = ""                      # where the price came from: jsonld, microdata, meta, ...
    extras: dict[str, Any] = field(default_factory=dict)

    def fill_from(self, other: "ProductInfo") -> "ProductInfo":
        """Our values, with gaps filled from ``other``."""
        updates = {k: getattr(other, k) for k in ("name", "sku", "gtin", "brand", "currency")
                   if not getattr(self, k) and getattr(other, k)}
        if self.availability == "unknown" and other.availability != "unknown":
            updates["availability"] = other.availability
        return replace(self, **updates) if updates else self


def types_of(node: dict) -> set[str]:
    raw = node.get("@type") or node.get("type") or ()
    if isinstance(raw, str):
        raw = [raw]
    out = set()
    for t in raw if isinstance(raw, (list, tuple)) else ():
        if isinstance(t, str):
            out.add(t.rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower())
    return out


def text_of(value: Any) -> str | None:
    """A readable string from a schema value: "x", {"name": "x"}, ["x", ...], 123."""
    if isinstance(value, list):
        value = next((v for v in value if text_of(v)), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("value")
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = html.unescape(str(value)).strip()
    return re.sub(r"\s+", " ", text) or None


def amount_of(value: Any) -> tuple[Decimal | None, str | None]:
    """A price value: Decimal/int from JSON, or text ("1,299.00", "24,99 €")."""
    if isinstance(value, list):
        amounts = [a for a in (amount_of(v) for v in value) if a[0] is not None]
        return min(amounts, key=lambda a: a[0]) if amounts else (None, None)
    if isinstance(value, bool) or value is None:
        return None, None
    if isinstance(value, (int, Decimal)):
        d = Decimal(value)
        return (d, None) if d.is_finite() else (None, None)
    if isinstance(value, float):
        return Decimal(repr(value)), None
    text = html.unescape(str(value)).strip()
    # Schema.org says a point is the decimal mark: "23.450" is 23.45, not 23 450.
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return Decimal(text), None
    parsed = parse_price(text)
    return parsed.amount, parsed.currency


def availability_of(value: Any) -> str:
    text = (text_of(value) or "").rsplit("/", 1)[-1].replace(" ", "").replace("_", "").lower()
    return AVAILABILITY.get(text, "unknown")


def walk(node: Any, *, related: bool = False, depth: int = 0):
    """(dict, related) for every dict under ``node``; ``related`` once inside a key that
    leads to other products."""
    if depth > 30:
        return
    if isinstance(node, list):
        for item in node:
            yield from walk(item, related=related, depth=depth + 1)
    elif isinstance(node, dict):
        yield node, related
        for key, value in node.items():
            if isinstance(value, (dict, list)):
                inner = related or key.lower() in RELATED_KEYS or key.lower().lstrip("@") == "itemlistelement"
                yield from walk(value, related=inner, depth=depth + 1)


def offers_of(node: dict, depth: int = 0) -> list[ProductInfo]:
    """Priced offers of a product (or of an offer itself), flattened."""
    if depth > 5:
        return []
    raw = node.get("offers")
    if raw is None and types_of(node) & OFFER_TYPES:
        raw = node
    if raw is None:
        return []
    out: list[ProductInfo] = []
    for offer in raw if isinstance(raw, list) else [raw]:
        if not isinstance(offer, dict):
            continue
        if offer is not node and offer.get("offers") is not None:
            out.extend(offers_of(offer, depth + 1))
        out.extend(_offer_prices(offer))
    return out


def _offer_prices(offer: dict) -> list[ProductInfo]:
    currency = normalize_currency(text_of(offer.get("priceCurrency") or offer.get("pricecurrency")))
    availability = availability_of(offer.get("availability"))
    values = []
    for key in ("price", "lowPrice", "lowprice"):
        if offer.get(key) not in (None, ""):
            values.append(offer[key])
            break
    specs = offer.get("priceSpecification") or offer.get("pricespecification")
    if not values and specs is not None:
        for spec in specs if isinstance(specs, list) else [specs]:
            if isinstance(spec, dict) and not NOT_CURRENT.search(text_of(spec.get("priceType")) or ""):
                if spec.get("price") not in (None, ""):
                    values.append(spec["price"])
                    currency = currency or normalize_currency(text_of(spec.get("priceCurrency")))
    out = []
    for value in values:
        amount, cur = amount_of(value)
        if amount is not None and amount > 0:
            out.append(ProductInfo(price=amount, currency=currency or cur, availability=availability))
    return out


def gtin_of(node: dict) -> str | None:
    for key in ("gtin13", "gtin", "gtin12", "gtin14", "gtin8", "ean", "isbn"):
        text = text_of(node.get(key))
        if text:
            digits = re.sub(r"\D", "", text)
            if len(digits) in (8, 12, 13, 14):
                return digits
    return None


def _same_page(node: dict, page_url: str | None) -> bool:
    if not page_url:
        return False
    here = urlsplit(page_url)
    for key in ("url", "@id", "mainEntityOfPage"):
        value = text_of(node.get(key))
        if value:
            there = urlsplit(value)
            if there.path.rstrip("/") == here.path.rstrip("/") and there.path not in ("", "/") \
                    and (not there.netloc or there.netloc == here.netloc):
                return True
    return False


def _names_page(node: dict, page_title: str | None) -> bool:
    """The product's name and the page's title (its <h1>) share most of their words."""
    name = text_of(node.get("name"))
    if not name or not page_title:
        return False
    a = set(re.findall(r"\w+", name.casefold()))
    b = set(re.findall(r"\w+", page_title.casefold()))
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= 0.6


def product_from_items(items: list[Any], *, page_url: str | None = None, page_title: str | None = None,
                       method: str) -> ProductInfo | None:
    """The page's main product in a list of schema.org items.

    Several products on a page are usually the product plus "related" or "bought together"
    items: the one whose url is the page wins, then one outside related lists, then the
    one named like the page's title, then the first with a price. Several offers of one product: the lowest in-stock price (the
    cheapest seller or variant a buyer can get), else the lowest.
    """
    products, offers_only = [], []
    for node, related in walk(items):
        kinds = types_of(node)
        if kinds & PRODUCT_TYPES or ("offers" in node and not kinds & OFFER_TYPES):
            products.append((node, related))
        elif kinds & OFFER_TYPES and not related:
            offers_only.append(node)
    if not products and not offers_only:
        return None
    ranked = sorted(
        enumerate(products),
        key=lambda p: (not _same_page(p[1][0], page_url), p[1][1], not _names_page(p[1][0], page_title),
                       not offers_of(p[1][0]), p[0]),
    )
    if ranked:
        node = ranked[0][1][0]
        offers = offers_of(node) or _variant_offers(node)
        # Variants listed as separate products with the same name (one per size, each
        # with its own offer and availability) are offers of this product.
        name = (text_of(node.get("name")) or "").casefold()
        for other, related in products:
            if other is not node and not related and name and (text_of(other.get("name")) or "").casefold() == name:
                offers += offers_of(other)
        if not offers and not ranked[0][1][1] and offers_only:
            offers = [o for n in offers_only for o in offers_of(n)]
    else:
        node, offers = {}, [o for n in offers_only for o in offers_of(n)]
    info = ProductInfo(
        name=text_of(node.get("name")),
        sku=text_of(node.get("sku")) or text_of(node.get("productID")) or text_of(node.get("mpn")),
        gtin=gtin_of(node) or next((g for o in _raw_offers(node) if (g := gtin_of(o))), None),
        brand=text_of(node.get("brand")) or text_of(node.get("manufacturer")),
        method=method,
    )
    if offers:
        in_stock = [o for o in offers if o.availability == "in_stock"]
        best = min(in_stock or offers, key=lambda o: o.price)
        info.price, info.currency, info.availability = best.price, best.currency, best.availability
        if not info.currency:
            info.currency = next((o.currency for o in offers if o.currency), None)
    return info


def _variant_offers(node: dict) -> list[ProductInfo]:
    variants = node.get("hasVariant") or []
    out = []
    for v in variants if isinstance(variants, list) else [variants]:
        if isinstance(v, dict):
            out.extend(offers_of(v))
    return out


def _raw_offers(node: dict) -> list[dict]:
    raw = node.get("offers") or []
    return [o for o in (raw if isinstance(raw, list) else [raw]) if isinstance(o, dict)]
