"""One product page -> ``ProductInfo``, zero-config first.

Order: the competitor's CSS selectors when configured, then JSON-LD, microdata,
OpenGraph/product meta tags, and last a conservative reading of the visible page.
The first source with a price gives the price; the others fill name, SKU, GTIN, brand,
currency and availability it lacks.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pricesync.parse.currency import normalize_currency
from pricesync.scrape.schema import ProductInfo, amount_of, availability_of

if TYPE_CHECKING:
    from pricesync.scrape.config import Selectors


def parse_html(text: str):
    """An lxml tree, or None for an empty/unparseable page."""
    import lxml.html
    from lxml import etree

    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str input with a declaration
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None


def extract_product(html_text: str, *, url: str | None = None, selectors: "Selectors | None" = None) -> ProductInfo:
    """What the page says about its product; ``price`` None when it names none."""
    from pricesync.scrape.structured import jsonld_product, meta_product, meta_tags, microdata_product
    from pricesync.scrape.visible import visible_product

    doc = parse_html(html_text)
    if doc is None:
        return ProductInfo()
    meta = meta_tags(doc)
    found: list[ProductInfo] = []
    if selectors is not None and selectors.any():
        found.append(selector_product(doc, selectors))
    title = _title(doc, meta)
    for source in (lambda: jsonld_product(doc, url, title), lambda: microdata_product(doc, url, title),
                   lambda: meta_product(meta)):
        info = source()
        if info is not None:
            found.append(info)
    priced = [f for f in found if f.price is not None]
    if priced:
        result = priced[0]
        if result.method != "selectors":
            result = _unless_shown_as_old(doc, result)
    else:
        result = visible_product(doc, meta=meta) or ProductInfo()
    for other in found:
        if other is not result:
            result = result.fill_from(other)
    if not result.name:
        result.name = title
    if result.availability == "unknown":
        from pricesync.scrape.availability import page_availability

        result.availability = page_availability(doc, near=result.extras.get("element"))
    return result


def _unless_shown_as_old(doc, info: ProductInfo) -> ProductInfo:
    """Structured data that kept the regular price after a sale started: the page shows
    that amount only crossed out / labelled "original", next to a lower current price
    (``<span class="original-price">EUR219.99</span> <span class="price">EUR110.00</span>``
    with ``itemprop=price content=219.99``). The lower visible price is what buyers pay."""
    from pricesync.scrape.cues import shown_crossed_out
    from pricesync.scrape.visible import MIN_SCORE, analyse

    if not shown_crossed_out(doc, info.price):
        return info
    cands = analyse(doc)
    same = [c for c in cands if c.amount == info.price]
    if not same or any(not c.old for c in same):
        return info
    current = [c for c in cands if not c.old and not c.side and c.score >= MIN_SCORE and c.amount < info.price]
    if not current:
        return info
    best = max(current, key=lambda c: (c.score, -c.position))
    return replace(info, price=best.amount, currency=info.currency or best.currency, method=info.method + "+visible")


def _title(doc, meta: dict[str, str]) -> str | None:
    h1 = doc.find(".//h1")
    if h1 is not None:
        text = re.sub(r"\s+", " ", h1.text_content()).strip()
        if text:
            return text
    if meta.get("og:title"):
        return meta["og:title"]
    title = doc.find(".//title")
    return re.sub(r"\s+", " ", title.text_content()).strip() or None if title is not None else None


def _select_text(doc, selector: str | None) -> str | None:
    if not selector:
        return None
    for el in doc.cssselect(selector):
        for attr in ("content", "data-price", "value"):
            if el.get(attr):
                return el.get(attr).strip()
        text = re.sub(r"\s+", " ", el.text_content()).strip()
        if text:
            return text
    return None


def selector_product(doc, selectors: "Selectors") -> ProductInfo:
    """A competitor without structured data, read with its configured CSS selectors.

    ``old_price`` names the crossed-out price so that a price selector matching both
    (``.price`` around ``.price--old``) still gives the current one."""
    price = currency = None
    if selectors.price:
        # A set of elements keeps their lxml proxies alive, so membership is by node.
        old = set(doc.cssselect(selectors.old_price)) if selectors.old_price else set()
        for el in doc.cssselect(selectors.price):
            if el in old or any(a in old for a in el.iterancestors()):
                continue
            shown = _text_without(el, old)
            amount, cur = amount_of(el.get("content") or el.get("data-price") or shown)
            if amount is not None and amount > 0:
                # data-price="4990" holds the number; the text "4 990 руб." the currency.
                price, currency = amount, cur or amount_of(shown)[1]
                break
    availability_text = _select_text(doc, selectors.availability)
    availability = availability_of(availability_text) if availability_text else "unknown"
    if availability == "unknown" and availability_text:
        from pricesync.scrape.availability import availability_from_text

        availability = availability_from_text(availability_text)
    return ProductInfo(
        price=price, currency=normalize_currency(currency) if currency else None, availability=availability,
        name=_select_text(doc, selectors.name), sku=_select_text(doc, selectors.sku), method="selectors",
    )


def _text_without(el, skip: set) -> str:
    """Text of ``el`` leaving out descendants that are old prices."""
    parts = []

    def visit(node):
        if node in skip:
            return
        if node.text:
            parts.append(node.text)
        for child in node:
            visit(child)
            if child.tail:
                parts.append(child.tail)

    visit(el)
    return re.sub(r"\s+", " ", "".join(parts)).strip()
