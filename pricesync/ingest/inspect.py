"""``inspect``: what detection decides for a file, and a mapping config that fixes it.

The report is data (``report_dict`` for ``--json``); ``mapping_toml`` writes one
``[suppliers.NAME]`` section that, read back, gives the same offers as the detection did
(sheets, header row(s), every column's role, currency, VAT, text encoding and delimiter).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pricesync.errors import InputError
from pricesync.ingest.config import SupplierConfig
from pricesync.ingest.vocab import normalize_header
from pricesync.money import format_money

if TYPE_CHECKING:
    from pricesync.ingest.detect import Layout


@dataclass
class SheetReport:
    name: str
    layout: "Layout | None"
    why: str = ""
    products: int = 0
    groups: int = 0
    rejected: int = 0
    notes: int = 0
    sample: list[dict] = field(default_factory=list)
    reject_sample: list[dict] = field(default_factory=list)
    stock: str = ""          # what the list says about stock ("no stock column: ...")


@dataclass
class InspectReport:
    file: str
    format: str
    encoding: str | None
    delimiter: str | None
    sheets: list[SheetReport]


def inspect_file(path: str | Path, *, sheet: str | None = None, config: SupplierConfig | None = None,
                 supplier: str | None = None, shop_currency: str = "RUB", sample: int = 5) -> InspectReport:
    from pricesync.ingest.detect import detect_layout
    from pricesync.ingest.offers import build_offers
    from pricesync.ingest.readers import ReadOptions, read_book
    from pricesync.ingest.run import display_path, supplier_name_from_file

    path = Path(path)
    cfg = config or SupplierConfig()
    sheets = [sheet] if sheet is not None else cfg.sheets
    book = read_book(path, ReadOptions(sheets=sheets, encoding=cfg.encoding, delimiter=cfg.delimiter))
    shown = display_path(path)
    name = supplier or supplier_name_from_file(path)
    reports = [SheetReport(n, None, why) for n, why in book.skipped_sheets]
    for sh in book.sheets:
        layout, why = detect_layout(sh, cfg, shop_currency=shop_currency)
        if layout is None:
            reports.append(SheetReport(sh.name, None, why))
            continue
        res = build_offers(sh, layout, supplier=name, source_file=shown, cfg=cfg)
        rejected = int((res.rejects["kind"] == "rejected").sum()) if len(res.rejects) else 0
        reports.append(SheetReport(
            sh.name, layout, "", res.products, res.groups, rejected, len(res.rejects) - rejected,
            sample=[_offer_row(r) for r in res.offers.head(sample).to_dict("records")],
            reject_sample=[{k: r[k] for k in ("source_row", "column", "reason", "raw")}
                           for r in res.rejects.head(sample).to_dict("records")],
            stock=stock_statement(layout, cfg)))
    if not any(r.layout for r in reports):
        reasons = "; ".join(f"sheet '{r.name}': {r.why}" if r.name else r.why for r in reports) or "no sheets"
        raise InputError(f"no price table found ({reasons})", file=shown)
    return InspectReport(shown, book.kind, book.encoding, book.delimiter, reports)


def stock_statement(layout: "Layout", cfg: SupplierConfig) -> str:
    """What the offers' stock is read from: a column, or, when the list states no stock,
    what ``stock_when_absent`` makes of that."""
    col = layout.col("stock")
    if col is not None:
        c = layout.columns[col]
        return f"stock from column {c.letter} '{c.header}'"
    units = cfg.absent_stock()
    if units is None:
        return ("the list states no stock (no stock column): stock is unknown - offers are priced, channel stock "
                "is left alone (set [suppliers.X] stock_when_absent = \"available\", \"out\" or a number)")
    return (f"the list states no stock (no stock column): every offer gets stock {units} "
            f"(stock_when_absent = {json.dumps(cfg.stock_when_absent)})")


def _offer_row(row: dict) -> dict:
    out = {}
    for k in ("supplier_sku", "name", "brand", "category", "ean", "mpn", "cost", "currency", "msrp", "stock",
              "stock_raw", "source_sheet", "source_row"):
        v = row.get(k)
        out[k] = format_money(v) if k in ("cost", "msrp") else ("" if v is None else v)
    stock = row.get("stock")
    out["stock"] = "" if stock is None or stock != stock or stock == "" else int(stock)  # "": unknown
    out["source_row"] = int(out["source_row"])
    return out


def report_dict(report: InspectReport) -> dict:
    sheets = []
    for s in report.sheets:
        item: dict = {"name": s.name, "table": s.layout is not None}
        if s.layout is None:
            item["skipped"] = s.why
        else:
            lay = s.layout
            item.update({
                "header_rows": lay.header_rows,
                "columns": [{"column": c.letter, "header": c.header, "role": c.role, "confidence": c.confidence,
                             "why": c.why, "values": c.values} for c in lay.columns],
                "currency": lay.currency, "currency_source": lay.currency_source,
                "currency_confidence": lay.currency_confidence,
                "vat_included": lay.vat_included, "vat_source": lay.vat_source,
                "confidence": lay.confidence, "notes": lay.notes,
                "product_rows": s.products, "group_rows": s.groups, "rejected_rows": s.rejected, "notes_rows": s.notes,
                "sample": s.sample, "rejects_sample": s.reject_sample,
                "price_choice": lay.price_choice, "stock": s.stock,
            })
        sheets.append(item)
    return {"file": report.file, "format": report.format, "encoding": report.encoding,
            "delimiter": report.delimiter, "sheets": sheets}


def _toml_str(value: str) -> str:
    # JSON string escapes are valid TOML basic-string escapes.
    return json.dumps(value, ensure_ascii=False)


def _toml_key(key: str) -> str:
    return key if key and all(ch.isalnum() or ch in "_-" for ch in key) and key.isascii() else _toml_str(key)


def mapping_toml(report: InspectReport, supplier: str, *, config_path: str | Path) -> str:
    """One ``[suppliers.NAME]`` section reproducing the detection; ``files`` relative to
    the folder of ``config_path`` (where the config will live)."""
    tables = [s for s in report.sheets if s.layout is not None]
    lay = tables[0].layout
    base = Path(config_path).resolve().parent
    rel = os.path.relpath(Path(report.file).resolve(), base).replace(os.sep, "/")
    lines = [f"# Mapping for {Path(report.file).name} (from `pricesync inspect --write-config`): the roles",
             "# detection chose. Edit a column's header text (or use a letter: \"C\") when the supplier",
             "# renames it; list several columns to join them, e.g. name = [\"Наименование\", \"Модель\"].",
             f"[suppliers.{_toml_key(supplier)}]",
             f"files = [{_toml_str(rel)}]"]
    feed = all(s.layout.feed for s in tables)
    if report.format != "text" and not feed and any(s.name for s in tables):
        lines.append("sheets = [" + ", ".join(_toml_str(s.name) for s in tables) + "]")
    if report.format == "text":
        lines.append(f"encoding = {_toml_str(report.encoding or 'utf-8')}")
        lines.append(f"delimiter = {_toml_str(report.delimiter or ',')}")
    if not feed and len({tuple(s.layout.header_rows) for s in tables}) == 1:
        lines.append(f"header_row = {lay.header_rows[0] if lay.header_rows else lay.data_row}")
        lines.append(f"header_rows = {len(lay.header_rows)}")
    if lay.currency:
        lines.append(f"currency = {_toml_str(lay.currency)}")
    if lay.vat_included is not None:
        lines.append(f"vat_included = {'true' if lay.vat_included else 'false'}")
    if not feed:
        counts: dict[str, int] = {}
        for c in lay.columns:
            key = normalize_header(c.header)
            counts[key] = counts.get(key, 0) + 1
        cols = []
        # Several price columns (tiers): the cost is named by its own key, easy to change.
        tiers = "; also seen: " in lay.price_choice
        for role in ("sku", "mpn", "name", "brand", "category", "ean", "cost", "msrp", "currency", "stock", "unit",
                     "vat", "note"):
            for i in lay.roles.get(role, [])[:1]:
                c = lay.columns[i]
                key = normalize_header(c.header)
                spec = c.header if key and counts.get(key) == 1 else c.letter
                if role == "cost" and tiers:
                    lines.append(f"price_column = {_toml_str(spec)}    # the cost among the list's price tiers")
                else:
                    cols.append(f"{role} = {_toml_str(spec)}")
        lines.append("columns = { " + ", ".join(cols) + " }")
        if "stock" not in lay.roles:
            lines.append('# stock_when_absent = "available"    # the list has no stock column: stock is unknown '
                         '(channel stock left alone) unless set')
    return "\n".join(lines) + "\n"
