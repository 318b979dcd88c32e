"""The stage tables' columns and reading/writing tables by file extension.

In memory, money columns hold ``Decimal`` (or None) and integer columns hold ints; on disk
money is a decimal string (``"12887.06"``), so nothing passes through float.
"""
from __future__ import annotations

import functools
import json
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from pricesync.arrow_memory import arrow_allocator
from pricesync.errors import InputError, UsageError
from pricesync.files import (OUTPUT_EXTENSIONS, atomic_path, atomic_write,  # noqa: F401 (also importable from here)
                             check_output_extension)
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
# Integer columns where a blank cell is "unknown" (None), not 0: an offers table's stock when
# the price list states none.
NULLABLE_INT_COLUMNS = frozenset({"stock"})
# Percentages, shown in sheets as Excel percent numbers (-10.7 %): how many units of the column
# make 100 % (prices' ``change`` is a share, a plan's ``change_pct`` is in percent points).
PERCENT_COLUMNS = {"change": 1, "change_pct": 100}
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
    """A copy where Decimals are decimal strings and missing values are empty strings
    (``_cell_to_text``), and with ``for_people`` text cells through ``neutralize_formula``.

    Whole columns at a time: a 200,000-row offers table has millions of cells, and a
    Python call per cell cost several times the reading of the price list. Text columns
    and Decimal strings go through Arrow kernels; only the cells a kernel cannot vouch for
    (formula-like text that is not a plain number, Decimals in exponent notation, unusual
    types) take the scalar functions above, which stay the reference
    (tests/test_tables_text.py compares the two on generated values)."""
    import pandas as pd
    import pyarrow as pa

    out = df.copy(deep=False)  # every converted column is replaced, never changed in place
    for col in out.columns:
        dtype = out[col].dtype
        if not (dtype == object or str(dtype).startswith(("string", "str"))):
            continue
        try:
            if dtype == object and len(out):
                out[col] = _object_column_text(out[col].to_numpy(), col, for_people, out.index)
                continue
            if isinstance(dtype, pd.StringDtype) and dtype.na_value is not pd.NA and len(out):
                out[col] = _string_column_text(out[col], for_people)
                continue
        except (pa.ArrowException, UnicodeError):  # text Arrow cannot hold (lone surrogates)
            pass
        # No rows, pd.NA strings, odd text: the per-cell lists, typed by pandas.
        out[col] = [_cell_to_text(v, col) for v in out[col]]
        if for_people:
            out[col] = [neutralize_formula(v) for v in out[col]]
    return out


# Text starting with a formula character that is surely a number ``to_decimal`` reads (so
# ``neutralize_formula`` leaves it); other such text is decided by ``neutralize_formula``.
_PLAIN_NUMBER_RE = "^[+-]?[0-9]+(?:[.][0-9]+)?$"
# ``str(Decimal)`` in plain notation, short enough that ``format_money`` needs no rounding
# (the context keeps 28 digits): the cents can be fixed on the text.
_PLAIN_DECIMAL_RE = "^-?[0-9]{1,15}(?:[.][0-9]{1,12})?$"


def _string_column_text(col: "pd.Series", for_people: bool) -> "pd.Series":
    """A ``str`` column (missing = NaN): missing -> ``""``, formulas neutralised."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = pc.fill_null(pa.array(col.array, type=pa.large_string(), from_pandas=True), "")
    if for_people:
        arr = _neutralize_arrow(arr)
    return pd.Series(arr, index=col.index, dtype="str")


def _neutralize_arrow(arr):
    """``neutralize_formula`` over an Arrow string array without nulls. The formula
    characters are ASCII, so the first byte of each value says which can be formulas."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    idx = np.flatnonzero(np.isin(_first_bytes(arr), np.frombuffer("".join(_FORMULA_START).encode(), np.uint8)))
    if not len(idx):
        return arr
    candidates = arr.take(pa.array(idx))
    unsure = ~pc.match_substring_regex(candidates, _PLAIN_NUMBER_RE).to_numpy(zero_copy_only=False)
    if not unsure.any():
        return arr
    idx, texts = idx[unsure], candidates.filter(pa.array(unsure)).to_pylist()
    fixed = pa.array([neutralize_formula(t) for t in texts], type=arr.type)
    where = np.arange(len(arr), dtype=np.int64)
    where[idx] = len(arr) + np.arange(len(idx))
    return pa.concat_arrays([arr, fixed]).take(pa.array(where))


def _first_bytes(arr) -> "np.ndarray":
    """The first UTF-8 byte of each value of a string Array (0 for empty and null values)."""
    import numpy as np
    import pyarrow as pa

    n = len(arr)
    first = np.zeros(n, dtype=np.uint8)
    _, offsets_buf, data_buf = arr.buffers()[:3]
    if not n or data_buf is None:
        return first
    wide = pa.types.is_large_string(arr.type) or pa.types.is_large_binary(arr.type)
    offsets = np.frombuffer(offsets_buf, dtype=np.int64 if wide else np.int32)[arr.offset:arr.offset + n + 1]
    filled = offsets[1:] > offsets[:-1]
    if arr.null_count:
        filled &= arr.is_valid().to_numpy(zero_copy_only=False)
    first[filled] = np.frombuffer(data_buf, dtype=np.uint8)[offsets[:-1][filled]]
    return first


def _plain_decimals(texts) -> "np.ndarray":
    """Which ``str(Decimal)`` texts match ``_PLAIN_DECIMAL_RE``, or are as safe: when every
    byte is one of ``-.0123456789`` and no text is longer than 26, all are plain notation
    with at most 26 digits (one look at the bytes instead of a regex per value)."""
    import numpy as np
    import pyarrow.compute as pc

    data = np.frombuffer(_string_bytes(texts), dtype=np.uint8)
    if len(texts) and _number_bytes()[data].all() and pc.max(pc.binary_length(texts)).as_py() <= 26:
        return np.ones(len(texts), dtype=bool)
    return pc.match_substring_regex(texts, _PLAIN_DECIMAL_RE).to_numpy(zero_copy_only=False)


@functools.lru_cache(maxsize=1)
def _number_bytes() -> "np.ndarray":
    import numpy as np

    table = np.zeros(256, dtype=bool)
    table[list(b"-.0123456789")] = True
    return table


def _money_places(texts):
    """``format_money`` on ``str(Decimal)`` texts in plain notation: at least two decimal
    places, more only when they are not trailing zeros ("12" -> "12.00", "1.2300" -> "1.23",
    "0.0125" stays)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    def places(arr):
        dot = pc.find_substring(arr, ".").to_numpy(zero_copy_only=False)
        size = pc.binary_length(arr).to_numpy(zero_copy_only=False)
        return np.where(dot >= 0, size - dot - 1, -1)   # -1: no decimal point

    decimals = places(texts)
    if (decimals > 2).any():
        texts = pc.if_else(pa.array(decimals > 2), pc.ascii_rtrim(texts, "0"), texts)
        decimals = places(texts)
    if (decimals == 2).all():
        return texts
    pad = pa.array(["", "0", "00", ".00"], type=pa.large_string()).take(
        pa.array(np.select([decimals < 0, decimals == 0, decimals == 1], [3, 2, 1], 0)))
    return pc.binary_join_element_wise(texts, pad, pa.scalar("", type=pa.large_string()))


def _object_column_text(values: "np.ndarray", column: object, for_people: bool, index=None):
    """``_cell_to_text`` (then ``neutralize_formula``) over an object column: a ``str``
    Series when every result is text, else the list the per-cell version built (assigning
    it lets pandas infer the column type the same way)."""
    import numpy as np
    import pandas as pd
    import pyarrow as pa

    n = len(values)
    kinds, types = pd.factorize(np.fromiter(map(type, values), dtype=object, count=n))
    # Text results are gathered as Arrow pieces: (rows, texts); the others stay objects.
    pieces: list[tuple] = []
    kept = np.zeros(n, dtype=bool)       # results that are the cell itself, not text
    scalar = np.zeros(n, dtype=bool)     # cells the kernels cannot vouch for
    for k, typ in enumerate(types):
        rows = np.flatnonzero(kinds == k)
        if typ is type(None):
            pieces.append((rows, None))
        elif typ is Decimal:
            texts = pa.array(list(map(str, values[rows])), type=pa.large_string())
            plain = _plain_decimals(texts)
            texts = texts.filter(pa.array(plain))
            if column in MONEY_COLUMNS:
                texts = _money_places(texts)
            pieces.append((rows[plain], texts))
            scalar[rows[~plain]] = True
        elif typ is float or typ is np.float64:
            nan = np.isnan(values[rows].astype(float))
            pieces.append((rows[nan], None))
            kept[rows[~nan]] = True
        elif typ is str:
            texts = pa.array(values[rows].tolist(), type=pa.large_string())
            pieces.append((rows, _neutralize_arrow(texts) if for_people else texts))
        elif issubclass(typ, (Decimal, float, str)):
            scalar[rows] = True
        else:
            kept[rows] = True
    fixed = {}
    for i in np.flatnonzero(scalar).tolist():
        value = _cell_to_text(values[i], column)
        fixed[i] = neutralize_formula(value) if for_people else value
    if not kept.any() and all(type(v) is str for v in fixed.values()):
        # Every result is text: one Arrow array, no Python object per cell.
        pool = [pa.array([""], type=pa.large_string())]
        where = np.zeros(n, dtype=np.int64)
        size = 1
        for rows, texts in pieces:
            if texts is not None:
                pool.append(texts)
                where[rows] = size + np.arange(len(texts))
                size += len(texts)
        if fixed:
            pool.append(pa.array(list(fixed.values()), type=pa.large_string()))
            where[list(fixed)] = size + np.arange(len(fixed))
        column_text = pa.concat_arrays(pool).take(pa.array(where))
        return pd.Series(column_text, index=index, dtype="str")
    out = np.array(values, dtype=object, copy=True)
    for rows, texts in pieces:
        out[rows] = "" if texts is None else np.asarray(texts.to_numpy(zero_copy_only=False), dtype=object)
    for i, value in fixed.items():
        out[i] = value
    return out.tolist()


def write_table(df: "pd.DataFrame", path: str | Path, *, sheet_name: str = "data") -> Path:
    """Write by extension (.csv .xlsx .parquet .json), atomically."""
    path = Path(path)
    ext = path.suffix.lower()
    check_output_extension(path)
    with atomic_write(path) as tmp:
        if ext == ".csv":
            with arrow_allocator():
                text = to_text_frame(df, for_people=True)
                if not _write_csv_columns(text, tmp):
                    text.to_csv(tmp, index=False, encoding="utf-8")
        elif ext == ".xlsx":
            write_xlsx({sheet_name: df}, tmp)
        elif ext == ".parquet":
            with arrow_allocator():
                to_text_frame(df).to_parquet(tmp, index=False)
        else:
            records = to_text_frame(df).to_dict(orient="records")
            tmp.write_text(json.dumps(records, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return path


@functools.lru_cache(maxsize=1)
def _csv_specials() -> str:
    """The characters that make Python's csv writer (which ``DataFrame.to_csv`` uses)
    quote a field, asked of the csv module itself."""
    import csv
    import io

    found = ""
    for ch in ',"\n\r\t\0 ;':
        buf = io.StringIO()
        try:
            csv.writer(buf, lineterminator="\n").writerow([f"a{ch}b", "x"])
        except csv.Error:
            return ""
        if buf.getvalue().startswith('"'):
            found += ch
    return found


def _write_csv_columns(df: "pd.DataFrame", path: Path) -> bool:
    """``df.to_csv(path, index=False, encoding="utf-8")`` byte for byte, built a column at
    a time in Arrow instead of a csv-module call per row. Only for frames of text (no
    missing values), integer and bool columns and at least two columns (a one-column row
    of ``""`` is quoted by the csv module); False when it did not write, and pandas does."""
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    specials = _csv_specials()
    if df.shape[1] < 2 or not specials.startswith(',"\n') or not all(isinstance(c, str) for c in df.columns):
        return False
    pattern = "[" + "".join(f"\\x{{{ord(c):x}}}" for c in specials) + "]"

    def text(value: str):
        return pa.scalar(value, type=pa.large_string())

    def quoted(arr):
        # Most columns have no special character anywhere: one scan of the bytes says so.
        data = _string_bytes(arr).tobytes()
        if not any(ch.encode() in data for ch in specials):
            return arr
        need = pc.match_substring_regex(arr, pattern)
        if not pc.any(need).as_py():
            return arr
        return pc.if_else(need, pc.binary_join_element_wise(text('"'), pc.replace_substring(arr, '"', '""'), text('"'),
                                                            text("")), arr)

    columns = []
    for i in range(df.shape[1]):
        col = df.iloc[:, i]
        dtype = col.dtype
        if isinstance(dtype, pd.StringDtype) and dtype.na_value is not pd.NA:
            if col.hasnans:
                return False
            try:
                arr = pa.array(col.array, type=pa.large_string())
            except (pa.ArrowException, UnicodeError):  # text Arrow cannot hold (lone surrogates)
                return False
            if isinstance(arr, pa.ChunkedArray):
                arr = arr.combine_chunks()
        elif dtype.kind in "iu" and isinstance(dtype, np.dtype):
            arr = pc.cast(pa.array(col.to_numpy()), pa.large_string())
        elif dtype == np.bool_:
            arr = pc.if_else(pa.array(col.to_numpy()), "True", "False").cast(pa.large_string())
        elif dtype == object and set(map(type, col.to_numpy())) <= {str, int, bool}:
            # Text mixed with whole numbers (a stock column with blanks): str() of each,
            # as the csv module does.
            try:
                arr = pa.array(list(map(str, col.to_numpy())), type=pa.large_string())
            except (pa.ArrowException, UnicodeError):
                return False
        else:
            return False
        columns.append(quoted(arr))
    import csv
    import io

    header = io.StringIO()
    csv.writer(header, lineterminator="\n").writerow(list(df.columns))
    with open(path, "wb") as fh:
        fh.write(header.getvalue().encode("utf-8"))
        # A slice of rows at a time: the joined lines of a million rows would be one more
        # copy of the whole table in memory.
        for start in range(0, len(df), _CSV_ROWS_PER_WRITE):
            part = [c.slice(start, _CSV_ROWS_PER_WRITE) for c in columns]
            lines = pc.binary_join_element_wise(*part, text(","))
            lines = pc.binary_join_element_wise(lines, text(""), text("\n"))
            if isinstance(lines, pa.ChunkedArray):
                lines = lines.combine_chunks()
            fh.write(_string_bytes(lines))
    return True


_CSV_ROWS_PER_WRITE = 100_000


def _string_bytes(arr) -> memoryview:
    """The UTF-8 bytes of a large_string Arrow array's values, end to end (no nulls)."""
    import numpy as np

    if not len(arr):
        return memoryview(b"")
    offsets = np.frombuffer(arr.buffers()[1], dtype=np.int64)[arr.offset:arr.offset + len(arr) + 1]
    return memoryview(arr.buffers()[2])[offsets[0]:offsets[-1]]


def write_cell(ws, r: int, c: int, value, *, as_text: bool = False) -> str:
    """A number cell for a number (unless ``as_text``: codes stay text), else a string cell
    (never a formula: the workbooks are opened with strings_to_formulas off). Returns the
    text shown, which the caller fits the column width to."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and not as_text:
        ws.write_number(r, c, value)
        return str(value)
    text = str(value)
    ws.write_string(r, c, text)
    return text


def write_xlsx(sheets: dict[str, "pd.DataFrame"], path: str | Path) -> None:
    """A workbook for people: text never becomes a formula, header bold and frozen,
    column widths fitted to the content."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False,
                                         "strings_to_numbers": False})
    bold = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    money_fmt = wb.add_format({"num_format": "#,##0.00"})
    percent_fmt = wb.add_format({"num_format": "0.0%"})
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
                    if col in PERCENT_COLUMNS and isinstance(value, (Decimal, int, float)) \
                            and not isinstance(value, bool):
                        share = float(value) / PERCENT_COLUMNS[col]
                        ws.write_number(r, c, share, percent_fmt)
                        text = f"{share:.1%}"
                    elif isinstance(value, Decimal):
                        # Shown as a number people can sum; the exact value is what Excel stores
                        # for cents-sized amounts.
                        ws.write_number(r, c, float(value), money_fmt if col in MONEY_COLUMNS else None)
                        text = format_money(value)
                    else:
                        text = write_cell(ws, r, c, value, as_text=col in TEXT_COLUMNS)
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
            df = _cells_as_text(pd.read_parquet(path))
        elif ext == ".json":
            df = _cells_as_text(pd.DataFrame(json.loads(path.read_text(encoding="utf-8")), dtype=object))
        else:
            raise UsageError(f"unsupported table extension '{ext}'", file=str(path))
    except (UsageError, InputError):
        raise
    except Exception as exc:  # pandas raises many kinds; the user needs the file and the reason
        raise InputError(f"cannot read table: {exc}", file=str(path)) from exc
    df = df.fillna("")
    df.columns = [str(c).strip() for c in df.columns]
    return typed_frame(df)


def _cells_as_text(df: "pd.DataFrame") -> "pd.DataFrame":
    """Every cell of a typed table (parquet, JSON) as text, the way a CSV would hold it:
    missing -> ``""``, text as it is, numbers through ``normalize_code`` (``2193312.0`` ->
    ``2193312``, never an exponent), so codes read the same from every format."""
    import pandas as pd

    columns = []
    for i in range(df.shape[1]):
        col = df.iloc[:, i]
        if str(col.dtype).startswith(("str", "string")):
            columns.append(col.astype(object).where(col.notna(), "").astype(str).tolist())
        else:
            columns.append([_text_of(v) for v in col.tolist()])
    out = pd.DataFrame(dict(enumerate(columns)), index=df.index, dtype=object)
    out.columns = df.columns
    return out


def _text_of(value: object) -> str:
    import pandas as pd

    from pricesync.parse.codes import normalize_code

    if isinstance(value, str):
        return value
    if value is None or pd.isna(value) is True:
        return ""
    if isinstance(value, (int, float)):
        return normalize_code(value)
    return str(value)


def typed_frame(df: "pd.DataFrame") -> "pd.DataFrame":
    """Text frame -> money columns as Decimal/None, integer columns as int (0 when blank;
    None for a blank stock: unknown)."""
    for col in df.columns:
        if col in MONEY_COLUMNS:
            df[col] = _object_series([to_decimal(v) if v != "" else None for v in df[col].astype(str)], df.index)
        elif col in NULLABLE_INT_COLUMNS:
            df[col] = _object_series([_int_or_none(v) for v in df[col]], df.index)
        elif col in INT_COLUMNS:
            df[col] = [_int_or_zero(v) for v in df[col]]
        elif col in TEXT_COLUMNS:
            from pricesync.parse.codes import normalize_code

            df[col] = [normalize_code(v) for v in df[col]]
    return df


def _object_series(values: list, index) -> "pd.Series":
    import pandas as pd

    return pd.Series(values, index=index, dtype=object)


def _int_or_none(value: object) -> int | None:
    d = to_decimal(value) if str(value).strip() != "" else None
    return int(d) if d is not None else None


def _int_or_zero(value: object) -> int:
    d = to_decimal(value)
    return int(d) if d is not None else 0


def require_columns(df: "pd.DataFrame", columns: list[str], *, file: str, what: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise InputError(f"{what} lacks column(s) {', '.join(missing)}; found: {', '.join(map(str, df.columns))}",
                         file=file)
