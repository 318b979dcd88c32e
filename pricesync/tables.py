"""Column contracts of SPEC and reading/writing tables by file extension.

In memory, money columns hold ``Decimal`` (or None) and integer columns hold ints; on disk
money is a decimal string (``"12887.06"``), so nothing passes through float.
"""
from __future__ import annotations

import json
import os
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from pricesync.errors import InputError, UsageError
from pricesync.money import format_money, to_decimal

if TYPE_CHECKING:
    import pandas as pd

OFFER_COLUMNS = [
    "supplier", "supplier_sku", "name", "brand", "category", "ean", "mpn", "cost", "currency",
    "msrp", "stock", "stock_raw", "source_file", "source_sheet", "source_row",
]
MATCH_COLUMNS = OFFER_COLUMNS + ["catalog_sku", "match_score", "match_method", "match_status"]
COMPETITOR_COLUMNS = [
    "url", "name", "price", "currency", "availability", "sku", "gtin", "brand", "fetched_at", "status",
]
PRICE_COLUMNS = [
    "sku", "supplier", "cost", "currency", "fx_rate", "cost_shop", "rule", "price", "floor",
    "ceiling", "competitor_min", "current_price", "change", "stock", "status", "explanation",
]
CATALOG_COLUMNS = ["sku", "name", "brand", "category", "ean", "price", "stock"]
REJECT_COLUMNS = ["stage", "source_file", "source_sheet", "source_row", "column", "reason", "raw"]
PLAN_CHANGE_FIELDS = ["sku", "old_price", "new_price", "old_stock", "new_stock", "explanation"]

# Columns holding money (Decimal in memory, decimal strings on disk).
MONEY_COLUMNS = frozenset({
    "cost", "msrp", "price", "fx_rate", "cost_shop", "floor", "ceiling", "competitor_min",
    "current_price", "old_price", "new_price", "competitor_price",
})
INT_COLUMNS = frozenset({"stock", "source_row", "match_score", "old_stock", "new_stock"})
# Columns that are codes: always text, never numbers.
TEXT_COLUMNS = frozenset({
    "supplier_sku", "ean", "mpn", "sku", "catalog_sku", "gtin", "source_sheet", "stock_raw",
})

# Spreadsheet programs run cells starting with these as formulas.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize_formula(value: object) -> object:
    """Prefix text that a spreadsheet would run as a formula with ``'`` (CSV injection).
    Plain numbers such as ``-5.00`` are left alone."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        if to_decimal(value) is not None:
            return value
        return "'" + value
    return value


def _cell_to_text(value: object, column: str) -> object:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_money(value) if column in MONEY_COLUMNS else format(value, "f")
    if isinstance(value, float) and value != value:
        return ""
    return value


def to_text_frame(df: "pd.DataFrame", *, for_people: bool = False) -> "pd.DataFrame":
    """A copy where Decimals are decimal strings and missing values are empty strings."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or str(out[col].dtype).startswith(("string", "str")):
            out[col] = [_cell_to_text(v, col) for v in out[col]]
            if for_people:
                out[col] = [neutralize_formula(v) for v in out[col]]
    return out


def atomic_path(path: Path):
    """A temporary sibling to write into; ``os.replace`` it onto ``path`` when complete,
    so a reader never sees half a file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent or "."))
    os.close(fd)
    # mkstemp creates 0600; a report or feed must get the permissions any new file gets.
    os.chmod(tmp, 0o666 & ~_umask())
    return Path(tmp)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_table(df: "pd.DataFrame", path: str | Path, *, sheet_name: str = "data") -> Path:
    """Write by extension (.csv .xlsx .parquet .json), atomically."""
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in {".csv", ".xlsx", ".parquet", ".json"}:
        raise UsageError(f"unsupported output extension '{ext}' (use .csv, .xlsx, .parquet or .json)", file=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = atomic_path(path)
    try:
        if ext == ".csv":
            to_text_frame(df, for_people=True).to_csv(tmp, index=False, encoding="utf-8")
        elif ext == ".xlsx":
            write_xlsx({sheet_name: df}, tmp)
        elif ext == ".parquet":
            to_text_frame(df).to_parquet(tmp, index=False)
        else:
            records = to_text_frame(df).to_dict(orient="records")
            tmp.write_text(json.dumps(records, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def write_xlsx(sheets: dict[str, "pd.DataFrame"], path: str | Path) -> None:
    """A workbook for people: text never becomes a formula, header bold and frozen,
    column widths fitted to the content."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False,
                                         "strings_to_numbers": False})
    bold = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    money_fmt = wb.add_format({"num_format": "#,##0.00"})
    try:
        for name, df in sheets.items():
            ws = wb.add_worksheet(name[:31])
            cols = list(df.columns)
            for c, col in enumerate(cols):
                ws.write_string(0, c, str(col), bold)
            widths = [min(max(len(str(col)), 8), 60) for col in cols]
            for r, row in enumerate(df.itertuples(index=False), start=1):
                for c, value in enumerate(row):
                    col = cols[c]
                    if value is None or (isinstance(value, float) and value != value):
                        continue
                    if isinstance(value, Decimal):
                        # Shown as a number people can sum; the exact value is what Excel stores
                        # for cents-sized amounts.
                        ws.write_number(r, c, float(value), money_fmt if col in MONEY_COLUMNS else None)
                        text = format_money(value)
                    elif isinstance(value, (int, float)) and not isinstance(value, bool) and col not in TEXT_COLUMNS:
                        ws.write_number(r, c, value)
                        text = str(value)
                    else:
                        text = str(value)
                        ws.write_string(r, c, text)
                    widths[c] = min(max(widths[c], len(text) + 1), 60)
            for c, w in enumerate(widths):
                ws.set_column(c, c, w)
            ws.freeze_panes(1, 0)
            if cols:
                ws.autofilter(0, 0, max(len(df), 1), len(cols) - 1)
    finally:
        wb.close()


def read_table(path: str | Path, *, sheet: str | None = None) -> "pd.DataFrame":
    """Read a table this tool wrote (or one in the same shape) back: codes stay text,
    money becomes Decimal, integer columns become ints."""
    import pandas as pd

    path = Path(path)
    if not path.exists():
        raise InputError("file not found", file=str(path))
    ext = path.suffix.lower()
    try:
        if ext in (".csv", ".tsv", ".txt"):
            df = pd.read_csv(path, dtype=str, keep_default_na=False, sep=None if ext != ".csv" else ",",
                             engine="python" if ext != ".csv" else "c", encoding="utf-8-sig")
        elif ext in (".xlsx", ".xlsm", ".xls", ".ods"):
            df = pd.read_excel(path, dtype=str, sheet_name=sheet or 0, engine="calamine", keep_default_na=False)
        elif ext == ".parquet":
            df = pd.read_parquet(path).astype(str)
        elif ext == ".json":
            df = pd.DataFrame(json.loads(path.read_text(encoding="utf-8")), dtype=str)
        else:
            raise UsageError(f"unsupported table extension '{ext}'", file=str(path))
    except (UsageError, InputError):
        raise
    except Exception as exc:  # pandas raises many kinds; the user needs the file and the reason
        raise InputError(f"cannot read table: {exc}", file=str(path)) from exc
    df = df.fillna("")
    df.columns = [str(c).strip() for c in df.columns]
    return typed_frame(df)


def typed_frame(df: "pd.DataFrame") -> "pd.DataFrame":
    """Text frame -> money columns as Decimal/None, integer columns as int (0 when blank)."""
    for col in df.columns:
        if col in MONEY_COLUMNS:
            df[col] = _object_series([to_decimal(v) if v != "" else None for v in df[col].astype(str)], df.index)
        elif col in INT_COLUMNS:
            df[col] = [_int_or_zero(v) for v in df[col]]
        elif col in TEXT_COLUMNS:
            from pricesync.parse.codes import normalize_code

            df[col] = [normalize_code(v) for v in df[col]]
    return df


def _object_series(values: list, index) -> "pd.Series":
    import pandas as pd

    return pd.Series(values, index=index, dtype=object)


def _int_or_zero(value: object) -> int:
    d = to_decimal(value)
    return int(d) if d is not None else 0


def require_columns(df: "pd.DataFrame", columns: list[str], *, file: str, what: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise InputError(f"{what} lacks column(s) {', '.join(missing)}; found: {', '.join(map(str, df.columns))}",
                         file=file)
