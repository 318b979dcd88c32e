"""Supplier YML feeds (``yml_catalog``: the Yandex Market format RU/UA wholesalers and
dropshippers publish): offers with price, currencyId, available, vendorCode, barcode and
a category tree.

Parsed safely: a document that declares entities (the "billion laughs" bomb, or an
external entity reading local files) is refused before parsing, and the parser itself
neither expands entities nor loads DTDs or anything from the network.
"""
from __future__ import annotations

import re
from pathlib import Path

from pricesync.errors import InputError
from pricesync.ingest.readers import Book, ReadOptions, Sheet, register_reader

# Column order of the sheet a feed becomes; roles are fixed, not detected.
FIELDS = ["id", "vendorCode", "name", "vendor", "barcode", "price", "currencyId", "stock", "category"]
ROLES = {"sku": 0, "mpn": 1, "name": 2, "brand": 3, "ean": 4, "cost": 5, "currency": 6, "stock": 7, "category": 8}
_STOCK_TAGS = ("quantity_in_stock", "stock_quantity", "quantity", "count", "stock", "amount")
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


@register_reader("yml")
def read_yml(path: Path, options: ReadOptions) -> Book:
    import pandas as pd
    from lxml import etree

    with path.open("rb") as fh:
        head = fh.read(1 << 20)
    root_at = head.lower().find(b"<yml_catalog")
    prolog = head[: root_at if root_at >= 0 else len(head)]
    if _ENTITY_DECL.search(prolog):
        raise InputError("XML declares entities (an entity-expansion bomb or external references); refused",
                         file=str(path))
    parser_opts = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                       remove_comments=True)
    categories: dict[str, tuple[str, str | None]] = {}
    rows: list[list[str]] = [FIELDS[:]]
    lines: list[int] = [0]
    try:
        for _event, el in etree.iterparse(str(path), events=("end",), tag=("category", "offer"), **parser_opts):
            if el.tag == "category":
                categories[el.get("id", "")] = ((el.text or "").strip(), el.get("parentId"))
                continue
            rows.append(_offer_row(el))
            lines.append(el.sourceline or 0)
            el.clear(keep_tail=False)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"is not well-formed XML: {exc.msg} (line {exc.lineno})", file=str(path)) from None
    paths = category_paths(categories, options, path)
    for row in rows[1:]:
        row[8] = paths.get(row[8], row[8])
    cells = pd.DataFrame(rows, dtype=object)
    sheet = Sheet(name="", cells=cells, fixed_roles=dict(ROLES),
                  row_numbers=pd.Series(lines, dtype="int64"))
    return Book(path=path, kind="yml", sheets=[sheet], encoding="xml")


def _text(el, tag: str) -> str:
    child = el.find(tag)
    return (child.text or "").strip() if child is not None and child.text else ""


def _offer_row(el) -> list[str]:
    name = _text(el, "name")
    if not name:  # type="vendor.model": the name is built from parts
        name = " ".join(x for x in (_text(el, "typePrefix"), _text(el, "vendor"), _text(el, "model")) if x)
    stock = next((_text(el, t) for t in _STOCK_TAGS if _text(el, t)), "")
    if not stock:
        outlets = el.findall("outlets/outlet")
        counts = [o.get("instock") for o in outlets if o.get("instock")]
        if counts:
            stock = str(sum(int(c) for c in counts if c.strip().lstrip("-").isdigit()))
    if not stock:
        stock = el.get("available", "")
    return [el.get("id", ""), _text(el, "vendorCode"), name, _text(el, "vendor"), _text(el, "barcode"),
            _text(el, "price"), _text(el, "currencyId"), stock, _text(el, "categoryId")]


def category_paths(categories: dict[str, tuple[str, str | None]], options: ReadOptions, path: Path) -> dict[str, str]:
    """Category id -> "Top / Sub / Leaf"; a chain deeper than ``max_depth`` levels (a
    20,000-deep chain took 21 s and 1.9 GB) holds the file."""
    from pricesync.ingest.boundary import Limits

    max_depth = (options.limits or Limits()).max_depth
    try:
        return {cid: _category_path(cid, categories, max_depth) for cid in categories}
    except _TooDeep as exc:
        raise InputError(f"category {exc.args[0]} sits in a chain over {max_depth} levels deep ([ingest] max_depth); "
                         f"a damaged or hostile feed, held", file=str(path)) from None


class _TooDeep(Exception):
    pass


def _category_path(cid: str, categories: dict[str, tuple[str, str | None]], max_depth: int | None = None) -> str:
    parts, seen = [], set()
    start = cid
    while cid in categories and cid not in seen:  # a parentId loop must not hang the run
        if max_depth is not None and len(parts) >= max_depth:
            raise _TooDeep(start)
        seen.add(cid)
        title, parent = categories[cid]
        parts.append(title)
        cid = parent or ""
    return " / ".join(reversed(parts))
