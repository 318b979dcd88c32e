"""Where a sheet's table starts and what each column holds.

1. The header row is the row (among the first ``SCAN_ROWS``) whose cells name the most
   distinct roles: title blocks ("Прайс-лист на 22.08.2026", "Цена прайса: Оптовая")
   name at most one, so they lose.
2. A second header row is joined when cells are merged across the two rows or the row
   below only fills columns under a merged group ("Опт 1" over "Цена" | "Ед.").
3. Each column gets a role from its header words (``vocab``) weighed with what its values
   look like (barcodes with valid checksums, numbers, stock words, long text...).
4. The currency comes from the config, a currency column, the purchase-price header
   ("Цена, руб."), the price cells ("480,12 zł"), the title block ("Ceny netto w PLN"),
   in that order; the shop's currency is only an assumption, flagged as such.

A ``[suppliers.NAME]`` section can fix any of these; the rest is still detected.
"""
from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from pricesync.ingest import vocab
from pricesync.ingest.config import SupplierConfig
from pricesync.ingest.layout import Column, Layout, column_letter, is_number
from pricesync.ingest.readers import MappingError, Sheet
from pricesync.ingest.roles import assign_roles, fixed_columns
from pricesync.parse.currency import currency_from_text

__all__ = ["Column", "Layout", "MappingError", "detect_layout", "find_header", "vat_rate_of"]

SCAN_ROWS = 60
# Headers are a few words; longer cells are not looked up (a 10 MB cell must not cost minutes).
MAX_HEADER_CHARS = 200
SAMPLE_ROWS = 400
TABLE_ROLES = ("sku", "mpn", "name", "brand", "ean", "price", "stock", "unit", "vat", "currency", "category", "note")


def _texts(row) -> list[str]:
    out = []
    for v in row:
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        out.append("" if v is None else str(v).strip())
    return out


def _row_score(row, voc: vocab.Vocabulary) -> float:
    found: dict[str, float] = {}
    numbers = 0
    for v in row:
        if v is None or v == "":
            continue
        if is_number(v):
            numbers += 1
            continue
        if len(str(v)) > MAX_HEADER_CHARS:  # a description or a damaged cell, never a header
            continue
        role, score = voc.best_role(str(v))
        if role and role in TABLE_ROLES and score > found.get(role, 0):
            found[role] = score
    if len(found) < 2 or not ({"name", "price", "sku", "mpn"} & set(found)):
        return 0.0
    return sum(found.values()) + (1.0 if "price" in found else 0) + (0.5 if "name" in found else 0) - 0.7 * numbers


def find_header(sheet: Sheet, voc: vocab.Vocabulary | None = None) -> int | None:
    """Position in ``sheet.cells`` of the best header row, or None."""
    voc = voc or vocab.Vocabulary.default()
    best, best_score = None, 0.0
    for i, row in enumerate(sheet.cells.iloc[:SCAN_ROWS].itertuples(index=False)):
        score = _row_score(row, voc)
        if score > best_score + 1e-9:
            best, best_score = i, score
    return best


def _positive(v) -> bool:
    if not is_number(v):
        return False
    try:
        return float(str(v).replace(" ", "").replace("\u00a0", "").replace(",", ".")) > 0
    except ValueError:
        return False


def find_data_start(sheet: Sheet) -> int | None:
    """Position of the first row of a headerless table: the first of three rows in a row
    that each hold text and a positive number in the same columns."""
    shapes = []
    for row in sheet.cells.iloc[:SCAN_ROWS + 3].itertuples(index=False):
        numbers = frozenset(i for i, v in enumerate(row) if _positive(v))
        texts = frozenset(i for i, v in enumerate(row) if isinstance(v, str) and v.strip() and not is_number(v))
        shapes.append((numbers, texts) if numbers and texts else None)
    for i in range(len(shapes) - 2):
        first = shapes[i]
        if first and all(s and s[0] & first[0] and s[1] & first[1] for s in shapes[i + 1: i + 3]):
            return i
    return None


def _header_texts(sheet: Sheet, pos: int, rows: int) -> tuple[list[str], list[str], list[str]]:
    """(joined, upper, lower) header texts per column for a 0-, 1- or 2-row header."""
    width = sheet.cells.shape[1]
    if rows == 0:
        return [""] * width, [""] * width, [""] * width
    upper = _texts(sheet.cells.iloc[pos].tolist())
    if rows == 1:
        return upper, upper, [""] * width
    lower = _texts(sheet.cells.iloc[pos + rows - 1].tolist())
    filled = upper[:]
    row_no = sheet.first_row + pos
    spans = [m for m in sheet.merged if m[0] == row_no and m[3] > m[1]]
    for r1, c1, r2, c2 in spans:
        for c in range(max(c1, 0), min(c2 + 1, width)):
            filled[c] = upper[max(c1, 0)]
    if not spans:  # CSV has no merge info: a group title covers the empty cells to its right
        for c in range(1, width):
            if not filled[c] and lower[c] and filled[c - 1] and lower[c - 1]:
                filled[c] = filled[c - 1]
    joined = [(u + " " + lo).strip() if lo and lo != u else u for u, lo in zip(filled, lower)]
    return joined, filled, lower


def _header_height(sheet: Sheet, pos: int, voc: vocab.Vocabulary) -> int:
    """1, or 2 when the next row completes the header (vertical merges, or it only fills
    columns under a merged group title and holds no numbers)."""
    if pos + 1 >= len(sheet.cells):
        return 1
    row_no = sheet.first_row + pos
    below = sheet.cells.iloc[pos + 1].tolist()
    texts = [t for t in _texts(below) if t]
    if not texts or any(is_number(v) for v in below if v not in ("", None)):
        return 1
    if any(m[0] == row_no and m[2] >= row_no + 1 for m in sheet.merged):
        return 2
    upper = _texts(sheet.cells.iloc[pos].tolist())
    width = len(upper)
    group_spans = [m for m in sheet.merged if m[0] == row_no and m[2] == row_no and 0 < m[3] - m[1] < width - 1]
    lower_roles = sum(1 for t in texts if voc.best_role(t)[0])
    if group_spans and lower_roles:
        return 2
    # CSV: "Опт 1;;Розница;" over "Цена;Ед.;Цена;Ед." - lower cells sit where the upper is empty.
    lower = _texts(below)
    under_gaps = sum(1 for u, lo in zip(upper, lower) if lo and not u)
    if under_gaps and lower_roles >= 2 and all(voc.best_role(t)[0] for t in texts):
        return 2
    return 1


# -- column roles ---------------------------------------------------------------------------

def detect_layout(sheet: Sheet, cfg: SupplierConfig | None = None, *, shop_currency: str | None = None
                  ) -> tuple[Layout | None, str]:
    """(layout, "") or (None, why the sheet holds no price table)."""
    cfg = cfg or SupplierConfig()
    voc = cfg.vocabulary()
    if sheet.cells.empty:
        return None, "empty sheet"
    if sheet.fixed_roles is not None:
        pos, height = 0, 1
    elif cfg.header_row:
        pos = cfg.header_row - sheet.first_row
        if not 0 <= pos < len(sheet.cells):
            raise MappingError(f"header_row {cfg.header_row} is outside the sheet (rows {sheet.first_row}-"
                               f"{sheet.first_row + len(sheet.cells) - 1})", sheet=sheet.name or None)
        height = cfg.header_rows if cfg.header_rows is not None else _header_height(sheet, pos, voc)
    else:
        found = find_header(sheet, voc)
        if found is not None:
            pos = found
            height = cfg.header_rows or _header_height(sheet, pos, voc)
        else:
            # No row names the columns: the table may start with data (exports, lists
            # converted from PDF). Its columns are then read from their values alone.
            start = find_data_start(sheet)
            if start is None:
                return None, "no header row and no rows that look like a price table"
            pos, height = start, 0
    joined, upper, lower = _header_texts(sheet, pos, height)
    columns = [Column(i, column_letter(sheet.first_col + i), joined[i]) for i in range(len(joined))]
    sample = sheet.cells.iloc[pos + height: pos + height + SAMPLE_ROWS]
    layout = Layout(sheet=sheet.name, header_rows=[sheet.first_row + pos + k for k in range(height)],
                    body_start=pos + height, columns=columns, data_row=sheet.first_row + pos + height)
    fixed = fixed_columns(sheet, cfg, layout, upper, lower)
    layout.feed = sheet.fixed_roles is not None
    assign_roles(layout, sample, upper, lower, fixed, voc=voc,
                 fixed_by="the feed's field names" if layout.feed else "the config")
    if "cost" not in layout.roles:
        return None, "no price column (headers: " + ", ".join(c.header for c in columns if c.header)[:200] + ")"
    _detect_currency(layout, sheet, sample, cfg, shop_currency)
    _detect_vat(layout, sheet, cfg)
    return layout, ""


def _title_texts(sheet: Sheet, layout: Layout) -> list[str]:
    top = sheet.cells.iloc[: layout.body_start - len(layout.header_rows)]
    texts = list(sheet.preamble)
    for row in top.itertuples(index=False):
        texts.extend(t for t in _texts(row) if t)
    return texts


def _detect_currency(layout: Layout, sheet: Sheet, sample, cfg: SupplierConfig, shop_currency: str | None) -> None:
    from pricesync.ingest.values import parse_prices

    cost_col = layout.col("cost")
    if cfg.currency:
        layout.currency, layout.currency_source, layout.currency_confidence = cfg.currency, "config", 1.0
        return
    header_currency = currency_from_text(layout.columns[cost_col].header)
    cur_col = layout.col("currency")
    if cur_col is not None and cur_col in sample.columns:
        found = Counter(c for c in (currency_from_text(str(v)) for v in sample[cur_col]) if c)
        if found:
            code = found.most_common(1)[0][0]
            layout.currency, layout.currency_source = code, f"column '{layout.columns[cur_col].header}'"
            layout.currency_confidence = 0.95
            return
    if header_currency:
        layout.currency, layout.currency_source = header_currency, f"header '{layout.columns[cost_col].header}'"
        layout.currency_confidence = 0.95
        return
    if cost_col in sample.columns and len(sample):
        currencies = parse_prices(sample[cost_col]).currencies
        found = Counter(c for c in currencies if c)
        if found:
            code, n = found.most_common(1)[0]
            layout.currency, layout.currency_source = code, "price cells"
            layout.currency_confidence = round(0.6 + 0.3 * n / max(len(sample), 1), 2)
            return
    for text in _title_texts(sheet, layout):
        code = currency_from_text(text)
        if code:
            layout.currency, layout.currency_source, layout.currency_confidence = code, f"title '{text[:60]}'", 0.8
            return
    for c in layout.columns:
        code = currency_from_text(c.header) if c.role in ("msrp", None) and c.header else None
        if code:
            layout.currency, layout.currency_source, layout.currency_confidence = code, f"header '{c.header}'", 0.6
            return
    layout.currency = shop_currency
    layout.currency_source = "not stated; assumed the shop currency" if shop_currency else "not stated"
    layout.currency_confidence = 0.3
    if shop_currency:
        layout.notes.append(f"the file does not state its currency; assumed {shop_currency} (set [suppliers.X] currency)")


def _detect_vat(layout: Layout, sheet: Sheet, cfg: SupplierConfig) -> None:
    if cfg.vat_explicit():
        layout.vat_included, layout.vat_source = cfg.vat_included, "config"
        return
    voc = cfg.vocabulary()
    hint = voc.vat_hint(layout.columns[layout.col("cost")].header)
    if hint is not None:
        layout.vat_included, layout.vat_source = hint, f"header '{layout.columns[layout.col('cost')].header}'"
        return
    for text in _title_texts(sheet, layout):
        hint = voc.vat_hint(text)
        if hint is not None:
            layout.vat_included, layout.vat_source = hint, f"title '{text[:60]}'"
            return
    layout.vat_included, layout.vat_source = None, ""


def vat_rate_of(text: str) -> Decimal | None:
    """'23%' -> 0.23, '0.2' -> 0.2, 'без НДС' -> 0."""
    t = text.strip().lower().replace(",", ".")
    if t in ("без ндс", "без пдв", "zw", "np", "0%"):
        return Decimal(0)
    m = re.fullmatch(r"(\d{1,2}(?:\.\d+)?)\s?%", t)
    if m:
        return Decimal(m.group(1)) / 100
    m = re.fullmatch(r"0\.\d+", t)
    return Decimal(t) if m else None
