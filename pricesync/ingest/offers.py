"""One sheet + its layout -> offers (``OFFER_COLUMNS`` + unit, VAT) and rejects.

Every column is converted once for the whole sheet (vectorised); Python loops run only
over the rows that are not products (group rows, rejects), which are few.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from pricesync.ingest import rows as R
from pricesync.ingest.config import SupplierConfig
from pricesync.ingest.detect import Layout, vat_rate_of
from pricesync.ingest.readers import Sheet
from pricesync.ingest.values import cell_text, parse_prices, parse_stocks
from pricesync.parse.codes import normalize_codes, normalize_eans
from pricesync.parse.currency import currency_from_text
from pricesync.tables import OFFER_COLUMNS, REJECT_COLUMNS

if TYPE_CHECKING:
    import pandas as pd

EXTRA_OFFER_COLUMNS = ["unit", "vat_included", "vat_rate"]
# ``kind``: "rejected" = the row is not an offer; "note" = the offer was kept, something
# in it was dropped (an invalid EAN, an unknown stock word).
EXTRA_REJECT_COLUMNS = ["supplier", "kind"]


@dataclass
class SheetResult:
    sheet: str
    layout: Layout
    offers: "pd.DataFrame"
    rejects: "pd.DataFrame"
    products: int
    groups: int

    @property
    def data_rows(self) -> int:
        """Rows that looked like data: offers plus rows rejected outright."""
        return self.products + (int((self.rejects["kind"] == "rejected").sum()) if len(self.rejects) else 0)


def empty_offers() -> "pd.DataFrame":
    import pandas as pd

    return pd.DataFrame({c: pd.Series(dtype=object) for c in OFFER_COLUMNS + EXTRA_OFFER_COLUMNS})


def empty_rejects() -> "pd.DataFrame":
    import pandas as pd

    return pd.DataFrame({c: pd.Series(dtype=object) for c in REJECT_COLUMNS + EXTRA_REJECT_COLUMNS})


def build_offers(sheet: Sheet, layout: Layout, *, supplier: str, source_file: str,
                 cfg: SupplierConfig | None = None) -> SheetResult:
    import numpy as np
    import pandas as pd

    cfg = cfg or SupplierConfig()
    body = sheet.cells.iloc[layout.body_start:]
    positions = np.arange(layout.body_start, len(sheet.cells))
    if sheet.row_numbers is not None:
        row_no = sheet.row_numbers.to_numpy()[positions]
    else:
        row_no = sheet.first_row + positions
    if cfg.skip_rows:
        keep = ~np.isin(row_no, cfg.skip_rows)
        body, row_no = body[keep], row_no[keep]
    body = body.reset_index(drop=True)
    n = len(body)
    if n == 0:
        return SheetResult(sheet.name, layout, empty_offers(), empty_rejects(), 0, 0)

    texts: dict[int, pd.Series] = {}

    def text_of(col: int) -> "pd.Series":
        if col not in texts:
            texts[col] = cell_text(body[col])
        return texts[col]

    def role_text(role: str) -> "pd.Series":
        cols = layout.roles.get(role)
        if not cols:
            return pd.Series([""] * n, dtype="str")
        joined = text_of(cols[0])
        for c in cols[1:]:
            extra = text_of(c)
            joined = (joined + " " + extra).str.strip()
        return joined

    cost_col = layout.col("cost")
    amounts, cell_currency = parse_prices(body[cost_col], currency_hint=layout.currency,
                                          decimal_separator=cfg.decimal_separator)
    nonempty = (body != "").sum(axis=1).to_numpy()
    name_raw = _joined_raw(body, layout.roles.get("name"), n)
    indent = (name_raw.str.len() - name_raw.str.lstrip().str.len()).fillna(0).to_numpy(dtype=np.int64)
    name = name_raw.str.replace(r"\s+", " ", regex=True).str.strip()
    code_role = "sku" if "sku" in layout.roles else "mpn"
    code = _codes(body, layout.roles.get(code_role), n)
    attrs = np.zeros(n, dtype=bool)
    for role in ("msrp", "stock", "ean", "brand", "unit", "vat", "currency"):
        if role in layout.roles:
            attrs |= (role_text(role) != "").to_numpy(dtype=bool)
    kind, reasons, labels = R.classify(
        n=n, nonempty=nonempty, cost_text=text_of(cost_col), amounts=amounts, name=name, code=code,
        attrs=attrs, header_repeat=_header_repeats(layout, text_of, n, sheet),
        merged_rows=_merged_rows(sheet, row_no, body.shape[1]), indent=indent,
        first_text=lambda i: _first_text(body.iloc[i]))
    brand_text = role_text("brand")
    brands = {b.lower() for b in brand_text[kind == R.PRODUCT].unique() if b}
    category, group_brand = R.category_paths(kind, labels, indent, name, brands)

    product = kind == R.PRODUCT
    idx = np.flatnonzero(product)
    rejects = _rejects(body, layout, kind, reasons, row_no, amounts, text_of, sheet, supplier, source_file)
    offers = pd.DataFrame({"supplier": supplier}, index=range(len(idx)))
    offers["supplier_sku"] = code.to_numpy(dtype=object)[idx]
    offers["name"] = name.to_numpy(dtype=object)[idx]
    brand = brand_text.to_numpy(dtype=object)[idx]
    offers["brand"] = np.where(brand == "", group_brand[idx], brand)
    column_category = role_text("category").to_numpy(dtype=object)[idx]
    offers["category"] = np.where(column_category != "", column_category, category[idx])
    ean_notes = pd.DataFrame()
    if "ean" in layout.roles:
        eans, invalid = normalize_eans(body[layout.col("ean")])
        offers["ean"] = eans.to_numpy(dtype=object)[idx]
        bad = np.flatnonzero(product & invalid.to_numpy(dtype=bool))
        ean_notes = _notes(bad, "invalid EAN (wrong length or check digit); offer kept without it",
                           text_of(layout.col("ean")), layout.col("ean"), layout, row_no, sheet, supplier, source_file)
    else:
        offers["ean"] = ""
    offers["mpn"] = _codes(body, layout.roles.get("mpn"), n).to_numpy(dtype=object)[idx] if code_role == "sku" else ""
    offers["cost"] = pd.Series(amounts[idx], dtype=object)
    offers["currency"] = _currencies(cell_currency[idx], role_text("currency").to_numpy(dtype=object)[idx], cfg, layout)
    if "msrp" in layout.roles:
        msrp, _ = parse_prices(body[layout.col("msrp")], currency_hint=layout.currency,
                               decimal_separator=cfg.decimal_separator)
        offers["msrp"] = pd.Series([m if m is not None and m > 0 else None for m in msrp[idx]], dtype=object)
    else:
        offers["msrp"] = pd.Series([None] * len(idx), dtype=object)
    stock_notes = pd.DataFrame()
    if "stock" in layout.roles:
        stock_col = layout.col("stock")
        units, known = parse_stocks(body[stock_col], cfg.stock_vocabulary)
        offers["stock"] = units[idx]
        offers["stock_raw"] = text_of(stock_col).to_numpy(dtype=object)[idx]
        unknown = np.flatnonzero(product & ~known)
        stock_notes = _notes(unknown, "stock word not understood, read as 0 (add it to stock_vocabulary)",
                             text_of(stock_col), stock_col, layout, row_no, sheet, supplier, source_file)
    else:
        offers["stock"] = np.zeros(len(idx), dtype=np.int64)
        offers["stock_raw"] = ""
    offers["source_file"] = source_file
    offers["source_sheet"] = sheet.name
    offers["source_row"] = row_no[idx].astype(np.int64)
    offers["unit"] = role_text("unit").to_numpy(dtype=object)[idx]
    offers["vat_included"] = True if layout.vat_included is None else layout.vat_included
    offers["vat_rate"] = _vat_rates(role_text("vat"), idx, cfg)
    offers = offers[OFFER_COLUMNS + EXTRA_OFFER_COLUMNS]
    parts = [r for r in (rejects, ean_notes, stock_notes) if len(r)]
    all_rejects = pd.concat(parts, ignore_index=True) if parts else empty_rejects()
    if len(all_rejects):
        all_rejects = all_rejects.sort_values("source_row", kind="stable").reset_index(drop=True)
    return SheetResult(sheet.name, layout, offers.reset_index(drop=True), all_rejects,
                       int(product.sum()), int((kind == R.GROUP).sum()))


def _joined_raw(body, cols, n):
    import pandas as pd

    if not cols:
        return pd.Series([""] * n, dtype="str")
    out = cell_text(body[cols[0]], strip=False)
    for c in cols[1:]:
        out = out.str.rstrip() + " " + cell_text(body[c])
    return out


def _codes(body, cols, n):
    import pandas as pd

    if not cols:
        return pd.Series([""] * n, dtype="str")
    out = normalize_codes(body[cols[0]])
    for c in cols[1:]:
        out = (out + " " + normalize_codes(body[c])).str.strip()
    return out.reset_index(drop=True)


def _header_repeats(layout: Layout, text_of, n: int, sheet: Sheet):
    """Rows repeating the header (printed lists repeat it on every page)."""
    import numpy as np

    header_pos = layout.body_start - len(layout.header_rows)
    hits = np.zeros(n, dtype=np.int64)
    cols = [c for cols in layout.roles.values() for c in cols]
    for k in range(len(layout.header_rows)):
        row = sheet.cells.iloc[header_pos + k]
        count = np.zeros(n, dtype=np.int64)
        for c in cols:
            title = str(row[c]).strip().lower() if row[c] not in ("", None) else ""
            if title:
                count += (text_of(c).str.lower() == title).to_numpy(dtype=np.int64)
        hits = np.maximum(hits, count)
    return hits >= 2


def _merged_rows(sheet: Sheet, row_no, width: int):
    import numpy as np

    across = {m[0] for m in sheet.merged if m[0] == m[2] and m[3] - m[1] + 1 >= max(2, width // 2)}
    return np.isin(row_no, list(across)) if across else np.zeros(len(row_no), dtype=bool)


def _first_text(row) -> str:
    for v in row:
        if isinstance(v, str) and v.strip() and not v.strip().replace(".", "").isdigit():
            return " ".join(v.split())
    return ""


def _row_text(row) -> str:
    parts = []
    for v in row:
        if v in ("", None):
            continue
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        parts.append(" ".join(str(v).split()))
    return " | ".join(parts)[:500]


def _rejects(body, layout, kind, reasons, row_no, amounts, text_of, sheet, supplier, source_file):
    import numpy as np
    import pandas as pd

    idx = np.flatnonzero(kind == R.REJECT)
    if not len(idx):
        return pd.DataFrame(columns=REJECT_COLUMNS + EXTRA_REJECT_COLUMNS)
    cost_header = layout.columns[layout.col("cost")].header or layout.columns[layout.col("cost")].letter
    records = []
    for i in idx:
        raw = _row_text(body.iloc[i])
        reason = reasons[i]
        if reason == "zero price":
            note = R.replaced_note(raw)
            reason = f"zero price: discontinued ({note})" if note else "zero price (not an offer)"
        records.append({"stage": "ingest", "source_file": source_file, "source_sheet": sheet.name,
                        "source_row": int(row_no[i]), "column": cost_header, "reason": reason,
                        "raw": raw, "supplier": supplier, "kind": "rejected"})
    return pd.DataFrame.from_records(records, columns=REJECT_COLUMNS + EXTRA_REJECT_COLUMNS)


def _notes(rows, reason, values, col, layout, row_no, sheet, supplier, source_file):
    import pandas as pd

    if not len(rows):
        return pd.DataFrame(columns=REJECT_COLUMNS + EXTRA_REJECT_COLUMNS)
    header = layout.columns[col].header or layout.columns[col].letter
    return pd.DataFrame({
        "stage": "ingest", "source_file": source_file, "source_sheet": sheet.name,
        "source_row": row_no[rows].astype("int64"), "column": header, "reason": reason,
        "raw": values.to_numpy(dtype=object)[rows], "supplier": supplier, "kind": "note",
    }, columns=REJECT_COLUMNS + EXTRA_REJECT_COLUMNS)


def _currencies(cell_currency, column_text, cfg: SupplierConfig, layout: Layout):
    import numpy as np

    if cfg.currency:
        return np.full(len(cell_currency), cfg.currency, dtype=object)
    table = {t: currency_from_text(t) for t in set(column_text.tolist()) if t}
    out = np.empty(len(cell_currency), dtype=object)
    for i, (cell, col) in enumerate(zip(cell_currency, column_text)):
        out[i] = table.get(col) or cell or layout.currency or ""
    return out


def _vat_rates(vat_text, idx, cfg: SupplierConfig):
    import pandas as pd

    values = vat_text.to_numpy(dtype=object)[idx]
    table = {t: vat_rate_of(t) for t in set(values.tolist()) if t}
    default: Decimal | None = cfg.vat_rate
    return pd.Series([table.get(v) if table.get(v) is not None else default for v in values], dtype=object)
