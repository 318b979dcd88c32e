"""One sheet + its layout -> offers (``OFFER_COLUMNS`` + unit, VAT) and rejects.

Every column is converted once for the whole sheet (vectorised); Python loops run only
over the rows that are not products (group rows, rejects), which are few.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pricesync.ingest import rows as R
from pricesync.ingest.config import SupplierConfig
from pricesync.ingest.detect import Layout, vat_rate_of
from pricesync.ingest.readers import Sheet
from pricesync.ingest.values import cell_text, parse_prices, parse_stocks, too_long
from pricesync.parse.codes import (arrow_match, arrow_replace, column_text, normalize_codes, normalize_eans,
                                   undo_float_column)
from pricesync.parse.currency import currency_from_text
from pricesync.tables import OFFER_COLUMNS, REJECT_COLUMNS

if TYPE_CHECKING:
    import pandas as pd

EXTRA_OFFER_COLUMNS = ["unit", "vat_included", "vat_rate"]
# ``kind``: "rejected" = the row is not an offer; "note" = the offer was kept, something
# in it was dropped (an invalid EAN, an unknown stock word).
EXTRA_REJECT_COLUMNS = ["supplier", "kind"]
# Longer than this, a "code" cell holds a description or junk, not a product code (a float
# cell of 1e308 written out is 309 digits, still kept).
MAX_CODE_CHARS = 500


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


class _Texts:
    """Each column of the body converted to text once; codes, barcodes, prices and names
    reuse it."""

    def __init__(self, body: "pd.DataFrame", layout: Layout) -> None:
        self.body, self.layout = body, layout
        self.raw: dict[int, pd.Series] = {}
        self.stripped: dict[int, pd.Series] = {}

    def raw_of(self, col: int) -> "pd.Series":
        if col not in self.raw:
            self.raw[col] = cell_text(self.body[col], strip=False)
        return self.raw[col]

    def of(self, col: int) -> "pd.Series":
        if col not in self.stripped:
            self.stripped[col] = column_text(self.raw_of(col))
        return self.stripped[col]

    def role(self, role: str) -> "pd.Series":
        import pandas as pd

        cols = self.layout.roles.get(role)
        if not cols:
            return pd.Series("", index=self.body.index, dtype="str")
        joined = self.of(cols[0])
        for c in cols[1:]:
            joined = (joined + " " + self.of(c)).str.strip()
        return joined


def _convert(body, layout: Layout, cfg: SupplierConfig, texts: _Texts) -> dict:
    """Every role column to values, each column once."""
    for cols in layout.roles.values():
        for c in cols:
            texts.of(c)
    code_role = "sku" if "sku" in layout.roles else "mpn"

    def names():
        raw = _joined_raw(layout.roles.get("name"), texts.raw_of, body)
        indent = (raw.str.len() - raw.str.lstrip().str.len()).fillna(0).to_numpy(dtype="int64")
        return _collapse_spaces(column_text(raw)), indent

    def prices(role):
        return parse_prices(body[layout.col(role)], currency_hint=layout.currency,
                            decimal_separator=cfg.decimal_separator, text=texts.of(layout.col(role)))

    tasks = {
        "cost": lambda: prices("cost"),
        "names": names,
        "code": lambda: _codes(body, layout.roles.get(code_role), texts.of),
        "nonempty": lambda: _nonempty(body, layout, texts.of),
    }
    if "msrp" in layout.roles:
        tasks["msrp"] = lambda: prices("msrp")
    if "ean" in layout.roles:
        tasks["ean"] = lambda: normalize_eans(body[layout.col("ean")], undo_float_column(texts.of(layout.col("ean"))))
    if code_role == "sku" and "mpn" in layout.roles:
        tasks["mpn"] = lambda: _codes(body, layout.roles.get("mpn"), texts.of)
    if "stock" in layout.roles:
        tasks["stock"] = lambda: parse_stocks(body[layout.col("stock")], cfg.stock_words())
    return {name: task() for name, task in tasks.items()}


def build_offers(sheet: Sheet, layout: Layout, *, supplier: str, source_file: str,
                 cfg: SupplierConfig | None = None) -> SheetResult:
    import numpy as np
    import pandas as pd

    cfg = cfg or SupplierConfig()
    body = _carry_merged_down(sheet, layout).iloc[layout.body_start:]
    positions = np.arange(layout.body_start, len(sheet.cells))
    row_no = sheet.row_numbers.to_numpy()[positions] if sheet.row_numbers is not None else sheet.first_row + positions
    if cfg.skip_rows:
        keep = ~np.isin(row_no, cfg.skip_rows)
        body, row_no = body[keep], row_no[keep]
    body = body.reset_index(drop=True)
    n = len(body)
    if n == 0:
        return SheetResult(sheet.name, layout, empty_offers(), empty_rejects(), 0, 0)

    texts = _Texts(body, layout)
    values = _convert(body, layout, cfg, texts)
    cost_col = layout.col("cost")
    amounts, cell_currency, positive = values["cost"]
    name, indent = values["names"]
    code = values["code"]
    long_code = too_long(code, MAX_CODE_CHARS)
    if long_code.any():   # a description or junk in the code column: not a code
        long_code_text = code[long_code].tolist()
        code = code.mask(long_code, "")
    attrs = np.zeros(n, dtype=bool)
    for role in ("msrp", "stock", "ean", "brand", "unit", "vat", "currency"):
        if role in layout.roles:
            attrs |= (texts.role(role) != "").to_numpy(dtype=bool)
    kind, reasons, labels = R.classify(
        n=n, nonempty=values["nonempty"], cost_text=texts.of(cost_col), amounts=amounts, positive=positive,
        name=name, code=code, attrs=attrs, header_repeat=_header_repeats(layout, texts.of, amounts, sheet),
        merged_rows=_merged_rows(sheet, row_no, body.shape[1]), indent=indent,
        first_texts=lambda rows: [_first_text(r) for r in body.iloc[rows].to_numpy(dtype=object)])
    product = kind == R.PRODUCT
    brand_text = texts.role("brand")
    brands = {b.lower() for b in brand_text[product].unique().tolist() if b}
    category, group_brand = R.category_paths(kind, labels, indent, name, brands)

    idx = np.flatnonzero(product)
    every_row = len(idx) == n

    def pick(series: "pd.Series") -> "pd.Series":
        if every_row:
            return series.reset_index(drop=True)
        if _arrow_text(series):  # Arrow's filter, without pandas' boolean indexing around it
            return pd.Series(series.array.__arrow_array__().filter(product), dtype="str")
        return series[product].reset_index(drop=True)

    def pick_array(array: "np.ndarray") -> "np.ndarray":
        return array if every_row else array[idx]

    def note(rows, reason, role):
        col = layout.col(role)
        return _notes(rows, reason, texts.of(col), col, layout, row_no, sheet, supplier, source_file)

    notes = [_rejects(body, layout, kind, reasons, row_no, sheet, supplier, source_file)]
    if long_code.any():
        rows = np.flatnonzero(long_code)
        notes.append(_notes(rows, f"code longer than {MAX_CODE_CHARS} characters, not a code; row read without it",
                            pd.Series([f"{t[:60]}… ({len(t)} characters)" for t in long_code_text], index=rows)
                            .reindex(range(n), fill_value=""),
                            layout.col("sku" if "sku" in layout.roles else "mpn"), layout, row_no, sheet, supplier, source_file))
    offers = pd.DataFrame({"supplier": pd.Series(supplier, index=range(len(idx)), dtype="str")})
    offers["supplier_sku"] = pick(code)
    offers["name"] = pick(name)
    brand = pick(brand_text)
    offers["brand"] = _or_else(brand, lambda: pick(group_brand))
    offers["category"] = _or_else(pick(texts.role("category")), lambda: pick(category))
    offers["ean"] = ""
    if "ean" in values:
        eans, invalid = values["ean"]
        offers["ean"] = pick(eans)
        notes.append(note(np.flatnonzero(product & invalid.to_numpy(dtype=bool)),
                          "invalid EAN (wrong length or check digit); offer kept without it", "ean"))
    offers["mpn"] = pick(values["mpn"]) if "mpn" in values else ""
    offers["cost"] = pd.Series(pick_array(amounts), dtype=object)
    currencies = _currencies(cell_currency, texts.role("currency"), cfg, layout)
    offers["currency"] = pd.Series(pick_array(currencies), dtype="str")
    msrp = values.get("msrp")
    offers["msrp"] = pd.Series(pick_array(np.where(msrp.positive, msrp.amounts, None)) if msrp else [None] * len(idx),
                               dtype=object)
    if "stock" in values:
        units, known = values["stock"]
        offers["stock"] = pick_array(units)
        offers["stock_raw"] = pick(texts.role("stock"))
        notes.append(note(np.flatnonzero(product & ~known),
                          "stock word not understood, read as 0 (add it to stock_vocabulary)", "stock"))
    else:
        # The list states no stock: unknown (empty; prices only, channel stock left alone)
        # unless [suppliers.X] stock_when_absent says what it means.
        units = cfg.absent_stock()
        offers["stock"] = (pd.Series([None] * len(idx), dtype=object) if units is None
                           else np.full(len(idx), units, dtype=np.int64))
        offers["stock_raw"] = ""
    offers["source_file"] = source_file
    offers["source_sheet"] = sheet.name
    offers["source_row"] = pick_array(row_no).astype(np.int64)
    offers["unit"] = pick(texts.role("unit"))
    offers["vat_included"] = True if layout.vat_included is None else layout.vat_included
    offers["vat_rate"] = pd.Series(pick_array(_vat_rates(texts.role("vat"), cfg)), dtype=object)
    parts = [r for r in notes if len(r)]
    rejects = pd.concat(parts, ignore_index=True) if parts else empty_rejects()
    if len(rejects):
        rejects = rejects.sort_values("source_row", kind="stable").reset_index(drop=True)
    return SheetResult(sheet.name, layout, offers[OFFER_COLUMNS + EXTRA_OFFER_COLUMNS], rejects,
                       int(product.sum()), int((kind == R.GROUP).sum()))


def _arrow_text(series: "pd.Series") -> bool:
    import pandas as pd

    return isinstance(series.dtype, pd.StringDtype) and series.dtype.storage == "pyarrow"


def _or_else(text: "pd.Series", other) -> "pd.Series":
    """``text.where(text != "", other())``: the empty values taken from ``other`` (same
    positions), computed only when some value is empty."""
    import pandas as pd
    import pyarrow.compute as pc

    from pricesync.parse.codes import arrow_of

    if not _arrow_text(text):
        return text.where(text != "", other())
    values = arrow_of(text)
    empty = pc.equal(values, "")
    if not pc.any(empty).as_py():
        return text
    fill = other()
    if not _arrow_text(fill):
        return text.where(text != "", fill)
    return pd.Series(pc.if_else(empty, arrow_of(fill), values), index=text.index, dtype="str")


def _collapse_spaces(text: "pd.Series") -> "pd.Series":
    """Runs of spaces, tabs, line breaks, no-break spaces inside names -> one space (only
    the few names that have them go through the regex)."""
    import numpy as np
    import pandas as pd

    odd = np.flatnonzero(arrow_match(text, r"[\t\r\n\x{00a0}\x{202f}]|  "))
    if not len(odd):
        return text
    fixed = text.to_numpy(dtype=object)
    fixed[odd] = arrow_replace(text.iloc[odd], r"[\s\x{00a0}\x{202f}]+", " ").to_numpy(dtype=object)
    return pd.Series(fixed, index=text.index, dtype="str")


def _nonempty(body, layout: Layout, text_of):
    """Non-empty cells per row: role columns from their Arrow text, the others directly."""
    import numpy as np

    roles = {c for cols in layout.roles.values() for c in cols}
    count = np.zeros(len(body), dtype=np.int64)
    for c in body.columns:
        filled = text_of(c) != "" if c in roles else body[c] != ""
        count += filled.to_numpy(dtype=bool)
    return count


def _joined_raw(cols, raw_text_of, body):
    """The name as written (leading spaces kept: they are the indentation level)."""
    import pandas as pd

    if not cols:
        return pd.Series("", index=body.index, dtype="str")
    out = raw_text_of(cols[0])
    for c in cols[1:]:
        out = out.str.rstrip() + " " + raw_text_of(c).str.strip()
    return out


def _codes(body, cols, text_of):
    import pandas as pd

    if not cols:
        return pd.Series("", index=body.index, dtype="str")
    # Codes stay as written; only a column exported from floats (every code "123.0") is undone.
    out = undo_float_column(normalize_codes(body[cols[0]], text_of(cols[0])))
    for c in cols[1:]:
        out = (out + " " + undo_float_column(normalize_codes(body[c], text_of(c)))).str.strip()
    return out


def _header_repeats(layout: Layout, text_of, amounts, sheet: Sheet):
    """Rows repeating the header (printed lists repeat it on every page). Only rows
    without a price can be one, so only those are compared."""
    import numpy as np
    import pandas as pd

    n = len(amounts)
    candidates = np.flatnonzero(pd.isna(amounts))
    repeats = np.zeros(n, dtype=bool)
    if not len(candidates):
        return repeats
    header_pos = layout.body_start - len(layout.header_rows)
    cols = [c for cols in layout.roles.values() for c in cols]
    best = np.zeros(len(candidates), dtype=np.int64)
    for k in range(len(layout.header_rows)):
        row = sheet.cells.iloc[header_pos + k]
        count = np.zeros(len(candidates), dtype=np.int64)
        for c in cols:
            title = str(row[c]).strip().lower() if row[c] not in ("", None) else ""
            if title:
                count += (text_of(c).iloc[candidates].str.lower() == title).to_numpy(dtype=np.int64)
        best = np.maximum(best, count)
    repeats[candidates] = best >= 2
    return repeats


# Roles whose value a vertically merged cell gives every row it spans (an item's name over
# its pack-size rows). Prices and stock are never copied: a merged amount is a total.
_CARRIED_ROLES = ("name", "sku", "mpn", "brand", "category", "ean", "unit", "currency", "vat")


def _carry_merged_down(sheet: Sheet, layout: Layout) -> "pd.DataFrame":
    cols = {i for role in _CARRIED_ROLES for i in layout.roles.get(role, [])}
    spans = [m for m in sheet.merged if m[2] > m[0] and any(m[1] <= c <= m[3] for c in cols)]
    if not spans or sheet.row_numbers is not None:
        return sheet.cells
    cells = sheet.cells.copy()
    for r1, c1, r2, c2 in spans:
        top = r1 - sheet.first_row
        if top < layout.body_start or top >= len(cells):
            continue
        for c in cols:
            if c1 <= c <= c2 and c in cells.columns:
                cells.iloc[top + 1: r2 - sheet.first_row + 1, c] = cells.iat[top, c]
    return cells


def _merged_rows(sheet: Sheet, row_no, width: int):
    import numpy as np

    across = {m[0] for m in sheet.merged if m[0] == m[2] and m[3] - m[1] + 1 >= max(2, width // 2)}
    return np.isin(row_no, list(across)) if across else np.zeros(len(row_no), dtype=bool)


def _first_text(row) -> str:
    # The label of a group row whose name cell is empty: "Смартфоны" merged from column A.
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


def _rejects(body, layout, kind, reasons, row_no, sheet, supplier, source_file):
    import numpy as np
    import pandas as pd

    idx = np.flatnonzero(kind == R.REJECT)
    if not len(idx):
        return empty_rejects()
    cost_header = layout.columns[layout.col("cost")].header or layout.columns[layout.col("cost")].letter
    records = []
    for i in idx:
        raw = _row_text(body.iloc[i].tolist())
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


def _currencies(cell_currency, column_text_, cfg: SupplierConfig, layout: Layout):
    """Per row: the config's currency, else a currency column, else the cell's own token
    ("480,12 zł"), else what the header or title said."""
    import numpy as np
    import pandas as pd

    n = len(cell_currency)
    if cfg.currency:
        return np.full(n, cfg.currency, dtype=object)
    out = cell_currency.copy()
    out[pd.isna(out)] = layout.currency or ""
    if (column_text_ != "").any():
        codes, uniques = pd.factorize(column_text_)
        table = np.array([currency_from_text(t) or "" for t in uniques.tolist()], dtype=object)
        from_column = table[codes]
        out = np.where(from_column != "", from_column, out)
    return out


def _vat_rates(vat_text, cfg: SupplierConfig):
    import numpy as np
    import pandas as pd

    if not (vat_text != "").any():
        return np.full(len(vat_text), cfg.vat_rate, dtype=object)
    codes, uniques = pd.factorize(vat_text)
    table = np.array([(vat_rate_of(t) if t else None) for t in uniques.tolist()] + [None], dtype=object)
    rates = table[codes]
    if cfg.vat_rate is not None:
        rates = np.where(pd.isna(rates), cfg.vat_rate, rates)
    return rates
