"""The shop's catalog export: ``sku, name, brand, category, ean, price, stock`` (+ any
extra columns, e.g. alternative names or manufacturer codes)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pricesync.errors import InputError
from pricesync.money import to_decimal
from pricesync.parse.codes import normalize_code, normalize_ean, undo_float_column
from pricesync.parse.price import parse_price
from pricesync.parse.stock import parse_stock

if TYPE_CHECKING:
    import pandas as pd

REQUIRED = ("sku", "name")
OPTIONAL = ("brand", "category", "ean", "price", "stock")
# Header spellings seen in shop exports, mapped to our names.
_ALIASES = {
    "артикул": "sku", "article": "sku", "код": "sku", "id": "sku", "sku": "sku", "код_товара": "sku",
    "название": "name", "наименование": "name", "назва": "name", "title": "name", "name": "name",
    "name_1c": "name", "название_позиции": "name", "nazwa": "name",
    "бренд": "brand", "производитель": "brand", "виробник": "brand", "brand": "brand", "vendor": "brand",
    "manufacturer": "brand", "producent": "brand",
    "категория": "category", "категорія": "category", "category": "category", "kategoria": "category",
    "штрихкод": "ean", "ean": "ean", "ean_13": "ean", "barcode": "ean", "gtin": "ean", "штрих-код": "ean",
    "цена": "price", "ціна": "price", "price": "price", "cena": "price", "recommended_price": "price",
    "остаток": "stock", "залишок": "stock", "stock": "stock", "qty": "stock", "quantity": "stock",
    "наличие": "stock", "stan": "stock",
}


# Extra columns that hold more names or more codes of the same item (marketplace names,
# manufacturer articles). Matching uses them; see ``name_columns`` / ``code_columns``.
_NAME_HINTS = ("name", "название", "наименование", "назва", "title", "nazwa")
_CODE_HINTS = ("article", "артикул", "mpn", "part", "model", "модель", "code", "код", "vendor", "art",
               "oem", "sku", "pn")
_NOT_CODES = ("ean", "barcode", "штрих", "gtin", "price", "цена", "stock", "остаток", "category", "id")


def _names_a_code(col: object) -> bool:
    key = str(col).lower()
    return any(h in key for h in _CODE_HINTS + ("ean", "gtin", "barcode", "штрих")) or key == "id" or key.endswith("_id")


def column_codes(values) -> list[str]:
    """A catalog column as codes: each cell through ``normalize_code`` (text stays as
    written), then ``undo_float_column`` (a column exported from floats, every code
    ``189522705.0``, gives the integers)."""
    import pandas as pd

    codes = pd.Series([normalize_code(v) for v in values], dtype=object)
    return undo_float_column(codes).tolist()


def name_columns(df: "pd.DataFrame", configured: list[str] | None = None) -> list[str]:
    """Alternative-name columns: the configured ones, else headers like ``name_1c``,
    ``ozon_name``, ``wb_name`` whose cells read as names."""
    if configured:
        return [c for c in configured if c in df.columns and c != "name"]
    out = []
    for col in df.columns:
        key = str(col).lower()
        if col == "name" or not any(h in key for h in _NAME_HINTS):
            continue
        values = [str(v) for v in df[col] if str(v).strip()]
        if values and sum(any(ch.isalpha() for ch in v) and " " in v.strip() for v in values) >= 0.8 * len(values):
            out.append(col)
    return out


def code_columns(df: "pd.DataFrame", configured: list[str] | None = None) -> list[str]:
    """Code columns: the configured ones, else headers like ``article``, ``mpn``,
    ``ym_article`` whose cells look like product codes. Columns of long pure numbers
    (``ozon_article`` = 189522705: marketplace ids, barcodes) are left out: they are
    another system's ids, and a dealer's own numeric id could collide with them."""
    if configured:
        return [c for c in configured if c in df.columns]
    out = []
    for col in df.columns:
        key = str(col).lower()
        if col in ("sku", "name") or not any(h in key for h in _CODE_HINTS):
            continue
        if any(key == n or key.startswith(n + "_") or key.endswith("_" + n) for n in _NOT_CODES) and "article" not in key:
            continue
        values = [v for v in column_codes(df[col]) if v]
        if not values:
            continue
        long_numbers = sum(v.isdigit() and len(v) >= 7 for v in values)
        too_long = sum(len(v) > 40 for v in values)
        if long_numbers < 0.8 * len(values) and too_long < 0.2 * len(values):
            out.append(col)
    return out


def read_raw_table(path: Path) -> "pd.DataFrame":
    """A CSV (any of , ; TAB |, UTF-8/UTF-16/cp1251) or a workbook's first sheet, every cell
    as text, headers as written: shop exports and mapping tables from other tools."""
    import pandas as pd

    ext = path.suffix.lower()
    if ext in (".xlsx", ".xlsm", ".xls", ".ods"):
        return pd.read_excel(path, dtype=str, engine="calamine", keep_default_na=False)
    raw = path.read_bytes()
    if not raw.strip():
        raise InputError("file is empty", file=str(path))
    from pricesync.ingest.readers.text import detect_delimiter
    from pricesync.ingest.sniff import guess_single_byte, text_encoding

    # The encoding and the delimiter as price lists find them: UTF-8 whenever it decodes.
    encoding = text_encoding(raw[:65536])
    if encoding is None:
        raise InputError("is binary data (NUL or control bytes), not a table", file=str(path))
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        text = raw.decode(guess_single_byte(raw) if encoding.startswith("utf-8") else encoding, errors="replace")
    text = text.lstrip("\ufeff")
    import csv
    import io

    sep = detect_delimiter(text[:65536].splitlines()[:80])
    return pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, quoting=csv.QUOTE_MINIMAL)


def load_catalog(path: str | Path, *, name_cols: list[str] | None = None,
                 code_cols: list[str] | None = None) -> tuple["pd.DataFrame", "pd.DataFrame"]:
    """(catalog, rejects). Codes stay text, ``price`` is Decimal (None when blank), ``stock`` int.
    Extra columns are kept; code columns (``code_columns``) are read as codes too
    (``column_codes``: a column written from floats, ``189522705.0``, gives ``189522705``).
    A row with an empty ``name`` takes its first alternative name (``name_columns``). Rows
    without a SKU or any name, and repeated SKUs (first one kept), are rejected with a reason."""
    import pandas as pd

    path = Path(path)
    if not path.exists():
        raise InputError("catalog file not found", file=str(path))
    try:
        df = read_raw_table(path)
    except InputError:
        raise
    except Exception as exc:
        raise InputError(f"cannot read catalog: {exc}", file=str(path)) from None
    renamed = {}
    for col in df.columns:
        key = str(col).strip().lower()
        target = _ALIASES.get(key, key)
        if target in REQUIRED + OPTIONAL and target not in renamed.values():
            renamed[col] = target
        else:
            renamed[col] = str(col).strip()
    df = df.rename(columns=renamed)
    missing = [c for c in REQUIRED if c not in df.columns]
    if missing:
        raise InputError(
            f"catalog lacks column(s) {', '.join(missing)}; found: {', '.join(map(str, df.columns))}",
            file=str(path),
        )
    for col in OPTIONAL:
        if col not in df.columns:
            df[col] = ""
    df = df.fillna("")
    df["sku"] = column_codes(df["sku"])
    df["name"] = [str(v).strip() for v in df["name"]]
    # Any column named like a code or an id is text (a float export's "189522705.0" -> "189522705").
    for col in set(code_columns(df, code_cols)) | {c for c in df.columns if _names_a_code(c)}:
        if col not in REQUIRED + OPTIONAL:
            df[col] = column_codes(df[col])
    alt_names = name_columns(df, name_cols)
    if alt_names:
        # A shop export with the 1C name filled and the site name blank is still a named item.
        for i in df.index[df["name"] == ""]:
            df.at[i, "name"] = next((str(df.at[i, c]).strip() for c in alt_names if str(df.at[i, c]).strip()), "")
    eans = [normalize_ean(v) for v in column_codes(df["ean"])]
    df["ean"] = [digits if valid else "" for digits, valid in eans]
    df["price"] = pd.Series([_price(v) for v in df["price"]], index=df.index, dtype=object)
    df["stock"] = [parse_stock(v) for v in df["stock"]]
    df["source_row"] = range(2, len(df) + 2)

    reasons = pd.Series("", index=df.index, dtype=object)
    reasons[df["name"] == ""] = "empty name"
    reasons[df["sku"] == ""] = "empty sku"
    dup = df["sku"].duplicated(keep="first") & (df["sku"] != "")
    reasons[dup & (reasons == "")] = "duplicate sku (first row kept)"
    bad = reasons != ""
    rejects = pd.DataFrame({
        "stage": "catalog", "source_file": str(path), "source_sheet": "", "source_row": df.loc[bad, "source_row"],
        "column": ["name" if r == "empty name" else "sku" for r in reasons[bad]], "reason": reasons[bad],
        "raw": df.loc[bad, "sku"] + " " + df.loc[bad, "name"],
    })
    return df.loc[~bad].reset_index(drop=True), rejects.reset_index(drop=True)


def _price(value: object):
    if value is None or value == "":
        return None
    d = to_decimal(value)
    return d if d is not None else parse_price(value).amount
