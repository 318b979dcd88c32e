"""The shop's catalog export: ``sku, name, brand, category, ean, price, stock`` (+ any
extra columns, e.g. alternative names or manufacturer codes)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pricesync.errors import InputError
from pricesync.money import to_decimal
from pricesync.parse.codes import normalize_code, normalize_ean, undo_float_column
from pricesync.parse.price import parse_price
from pricesync.parse.stock import parse_stock

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.config.models import Config

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
    "категории": "category", "categories": "category", "группа": "category", "раздел": "category",
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


def read_raw_table(path: Path, sheet: str | int = 0) -> "pd.DataFrame":
    """A CSV (any of , ; TAB |, UTF-8/UTF-16/cp1251) or a workbook's sheet (the first unless
    named), every cell as text, headers as written: shop exports and mapping tables from other tools."""
    import pandas as pd

    ext = path.suffix.lower()
    if ext in (".xlsx", ".xlsm", ".xls", ".ods"):
        return pd.read_excel(path, sheet_name=sheet, dtype=str, engine="calamine", keep_default_na=False)
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


# -- shop exports: which column is which -------------------------------------------------------
FIELDS = REQUIRED + OPTIONAL
# Shop and supplier categories are often paths: "Phones > Smartphones", "Телефоны/Смартфоны",
# "Телефоны | Смартфоны". The catalog keeps one form: levels joined by " > "; several
# categories of one item (WooCommerce "A > B, C") joined by "; ".
PATH_SEPARATORS = re.compile(r"\s*(?:/|\\|>|»|\|)\s*")
PATH_JOIN, LIST_JOIN = " > ", "; "


def _hkey(header: object) -> str:
    """A header as compared: BOM and spaces trimmed, runs of spaces one, case-folded."""
    return " ".join(str(header).replace("\ufeff", "").split()).casefold()


@lru_cache(maxsize=1)
def shop_exports() -> dict[str, dict]:
    """The known shop exports (``pricesync/data/shop_exports.toml``): header signatures as data."""
    import tomllib
    from importlib.resources import files

    return tomllib.loads(files("pricesync").joinpath("data", "shop_exports.toml").read_text(encoding="utf-8"))


def detect_export(headers: list[object]) -> tuple[str, dict] | None:
    """(key, spec) of the known export whose identifying headers are all present (the one
    with the most of them), else None."""
    have = {_hkey(h) for h in headers}
    best: tuple[int, str, dict] | None = None
    for key, spec in shop_exports().items():
        wanted = [_hkey(h) for h in spec.get("identify", [])]
        if wanted and all(w in have for w in wanted) and (best is None or len(wanted) > best[0]):
            best = (len(wanted), key, spec)
    return None if best is None else (best[1], best[2])


def category_path(text: object, *, separator: str | None = None) -> str:
    """One category path in the catalog's form: levels trimmed, joined by " > "."""
    raw = str(text or "").replace("\\,", ",")
    parts = raw.split(separator) if separator else PATH_SEPARATORS.split(raw)
    return PATH_JOIN.join(" ".join(p.split()) for p in parts if p.strip())


def normalize_category(text: object, *, list_separator: str | None = None, separator: str | None = None) -> str:
    """A catalog category cell in one form: ``Phones/Smartphones``, ``Phones > Smartphones``,
    ``Phones | Smartphones`` all give ``Phones > Smartphones``. With ``list_separator`` (a
    WooCommerce cell ``Phones > Smartphones, Sale``; ``\\,`` is a comma in a name) several
    categories are joined by "; ", ancestors of another listed path left out."""
    raw = str(text or "").strip()
    if not raw:
        return ""
    pieces = re.split(r"(?<!\\)" + re.escape(list_separator), raw) if list_separator else [raw]
    pieces = [x for piece in pieces for x in piece.split(";")]      # "; " joins several in the catalog's form
    paths = list(dict.fromkeys(p for p in (category_path(x, separator=separator) for x in pieces) if p))
    folded = [p.casefold() for p in paths]
    kept = [p for p, f in zip(paths, folded)
            if not any(o != f and o.startswith(f + PATH_JOIN.casefold()) for o in folded)]
    return LIST_JOIN.join(kept)


def category_keys(value: object) -> set[str]:
    """What a rule's ``category`` may name for this cell (case-folded): every level, the full
    path and every ancestor path, of each listed category."""
    keys: set[str] = set()
    for path in str(value or "").casefold().split(";"):
        levels = [" ".join(p.split()) for p in PATH_SEPARATORS.split(path) if p.strip()]
        keys.update(levels)
        keys.update(PATH_JOIN.join(levels[:i]) for i in range(1, len(levels) + 1))
    return keys


def category_rule_key(value: str) -> str:
    """A rule's ``category`` value in the same form (``Phones/Smartphones`` = ``Phones > Smartphones``)."""
    return category_path(value).casefold()


@dataclass
class Catalog:
    """The shop's catalog as every command sees it: ``frame`` (``sku, name, brand, category,
    ean, price, stock`` + the export's other columns + ``source_row``), ``rejects``, and
    which export and columns it was read from."""

    frame: "pd.DataFrame"
    rejects: "pd.DataFrame"
    path: Path
    export: str = "plain table"
    columns: dict[str, str] = field(default_factory=dict)      # field -> header taken
    fills: dict[str, list[str]] = field(default_factory=dict)  # field -> headers filling empty cells
    configured: set[str] = field(default_factory=set)          # fields named in [shop.catalog_columns]
    notes: list[str] = field(default_factory=list)             # worth a look (rows without SKU...)
    skipped: str = ""                                           # rows that are no items, said in describe()

    def describe(self) -> str:
        """``catalog: WooCommerce export; sku = 'SKU', name = 'Name', price = 'Regular price' …``"""
        parts = []
        for f in ("sku", "name", "price", "stock", "category", "brand", "ean"):
            if f in self.columns:
                more = "".join(f" (else {c!r})" for c in self.fills.get(f, []))
                parts.append(f"{f} = {self.columns[f]!r}{more}" + (" [config]" if f in self.configured else ""))
        missing = [f for f in FIELDS if f not in self.columns]
        line = f"catalog: {self.export}; " + ", ".join(parts)
        if missing:
            line += f"; none for {', '.join(missing)}"
        return line + f"; {len(self.frame)} item(s) from {self.path.name}" + (f" ({self.skipped})" if self.skipped else "")


def _pick(df: "pd.DataFrame", header: str) -> str | None:
    """The file's column for ``header`` (exact, else compared as ``_hkey``)."""
    if header in df.columns:
        return header
    want = _hkey(header)
    return next((c for c in df.columns if _hkey(c) == want), None)


def _filled_share(values) -> float:
    cells = [str(v).strip() for v in values]
    return sum(bool(c) for c in cells) / len(cells) if cells else 0.0


def _choose_columns(df: "pd.DataFrame", spec: dict | None, configured: dict[str, str], path: Path,
                    rows: "pd.Series | None" = None) -> tuple[dict[str, str], dict[str, list[str]]]:
    """(field -> header taken, field -> headers filling empty cells). ``configured`` wins;
    then the export's listed headers; a table that is no known export goes by header names."""
    taken: dict[str, str] = {}
    fills: dict[str, list[str]] = {}
    for f, header in configured.items():
        col = _pick(df, header)
        if col is None:
            from pricesync.errors import ConfigError

            raise ConfigError(f"[shop.catalog_columns] {f} = {header!r}: no such column in the catalog; headers: "
                              + ", ".join(repr(str(c)) for c in df.columns),
                              file=str(path), key=f"shop.catalog_columns.{f}")
        taken[f] = col
    if spec is not None:
        for f, headers in spec.get("columns", {}).items():
            if f in taken or f not in FIELDS:
                continue
            present = [c for c in dict.fromkeys(_pick(df, h) for h in headers) if c is not None and c not in taken.values()]
            if not present:
                continue
            if f == "sku":
                product = df if rows is None else df.loc[rows]
                col = next((c for c in present if _filled_share(product[c]) >= 0.5), present[0])
                taken[f] = col
            else:
                taken[f] = present[0]
                if f in ("name", "brand", "category", "ean", "stock"):
                    fills[f] = present[1:]
        return taken, fills
    # No known export: headers by their usual names; "sku" itself beats an "id" column.
    by_field: dict[str, list[str]] = {}
    for col in df.columns:
        key = str(col).strip().lower()
        target = _ALIASES.get(key, key)
        if target in FIELDS:
            by_field.setdefault(target, []).append(col)
    for f, cols in by_field.items():
        if f in taken:
            continue
        cols = [c for c in cols if c not in taken.values()]
        if cols:
            exact = [c for c in cols if str(c).strip().lower() == f]
            taken[f] = exact[0] if f == "sku" and exact else cols[0]
    return taken, fills


def _is_workbook(path: Path) -> bool:
    return path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods")


def _sheet_names(path: Path) -> list[str]:
    try:
        from python_calamine import CalamineWorkbook

        return list(CalamineWorkbook.from_path(str(path)).sheet_names)
    except Exception:    # noqa: BLE001 - the first sheet is read as before
        return []


def _export_sheet(path: Path, first: "pd.DataFrame") -> tuple["pd.DataFrame", str]:
    """A workbook whose first sheet is no known export (OpenCart's Export/Import tool starts
    with Categories): the first sheet whose header row is one, else the first sheet."""
    if not _is_workbook(path) or detect_export(list(first.columns)) is not None:
        return first, ""
    import pandas as pd

    for name in _sheet_names(path)[1:]:
        try:
            head = pd.read_excel(path, sheet_name=name, dtype=str, engine="calamine", keep_default_na=False, nrows=0)
        except Exception:    # noqa: BLE001
            continue
        if detect_export([str(c).strip() for c in head.columns]) is not None:
            return read_raw_table(path, name), name
    return first, ""


def _opencart_category_names(path: Path, values: list[str], notes: list[str]) -> list[str]:
    """OpenCart's Export/Import tool writes category ids (``20,26``) on the Products sheet and
    the names on its Categories sheet (``category_id, parent_id, name(..)``): ids become paths."""
    if not _is_workbook(path) or not any(values) or not all(re.fullmatch(r"[\d,\s]*", v) for v in values):
        return values
    sheet = next((s for s in _sheet_names(path) if s.strip().lower() == "categories"), None)
    if sheet is None:
        notes.append("categories are OpenCart category ids and the workbook has no Categories sheet to name them")
        return values
    cats = read_raw_table(path, sheet).fillna("")
    id_col, parent_col = _pick(cats, "category_id"), _pick(cats, "parent_id")
    name_col = next((c for c in cats.columns if _hkey(c).startswith("name")), None)
    if id_col is None or name_col is None:
        return values
    names = {str(i).strip(): str(n).strip() for i, n in zip(cats[id_col], cats[name_col])}
    parents = dict(zip(cats[id_col].astype(str).str.strip(), cats[parent_col].astype(str).str.strip())) \
        if parent_col else {}

    def path_of(cid: str) -> str:
        levels, seen = [], set()
        while cid and cid != "0" and cid not in seen and cid in names:
            seen.add(cid)
            levels.append(names[cid])
            cid = parents.get(cid, "")
        return PATH_JOIN.join(reversed(levels))

    return [LIST_JOIN.join(p for p in (path_of(c.strip()) for c in v.split(",")) if p) for v in values]


def _field_values(df: "pd.DataFrame", taken: dict[str, str], fills: dict[str, list[str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in FIELDS:
        if f not in taken:
            out[f] = [""] * len(df)
            continue
        values = [str(v).strip() for v in df[taken[f]].tolist()]
        for other in fills.get(f, []):
            more = [str(v).strip() for v in df[other].tolist()]
            values = [v or m for v, m in zip(values, more)]
        out[f] = values
    return out


def _woocommerce_rows(df: "pd.DataFrame", values: dict[str, list[str]], taken: dict[str, str],
                      notes: list[str]) -> list[bool]:
    """Variable products: the parent row (Type ``variable``) is no item, its ``variation`` rows
    are, inheriting the parent's category and brand (and name when they have none)."""
    type_col = next((c for c in (_pick(df, h) for h in ("Type", "Тип")) if c), None)
    parent_col = next((c for c in (_pick(df, h) for h in ("Parent", "Родительский", "Батьківський")) if c), None)
    id_col = _pick(df, "ID")
    keep = [True] * len(df)
    if type_col is None:
        return keep
    types = [{t.strip().lower() for t in str(v).split(",")} for v in df[type_col]]
    by_id = {str(v).strip(): i for i, v in enumerate(df[id_col])} if id_col else {}
    by_sku = {v: i for i, v in enumerate(values["sku"]) if v}
    attrs = [c for c in df.columns if re.fullmatch(r"(?i)attribute \d+ value\(s\)", str(c).strip())]
    parents = 0
    for i, t in enumerate(types):
        if t & {"variable", "grouped"}:
            keep[i] = False
            parents += 1
        elif "variation" in t and parent_col is not None:
            ref = str(df[parent_col].iat[i]).strip()
            p = by_id.get(ref[3:]) if ref.lower().startswith("id:") else by_sku.get(ref, by_id.get(ref))
            if p is None:
                continue
            for f in ("category", "brand"):
                if not values[f][i]:
                    values[f][i] = values[f][p]
            if not values["name"][i]:
                opts = [str(df[c].iat[i]).strip() for c in attrs if str(df[c].iat[i]).strip()]
                values["name"][i] = values["name"][p] + (" - " + ", ".join(opts) if opts else "")
            if values["stock"][i].lower() == "parent":
                values["stock"][i] = values["stock"][p]
    if parents:
        notes.append(f"{parents} variable/grouped parent row(s) skipped: their variations are the items")
    return keep


def _shopify_rows(df: "pd.DataFrame", values: dict[str, list[str]], taken: dict[str, str],
                  notes: list[str]) -> list[bool]:
    """Variants: rows after a product's first carry only its Handle; they take its Title,
    Vendor and Type, and the name gets the option values (``T-shirt - Red / M``). Rows with
    no variant at all (extra images) are no items."""
    handle_col = _pick(df, "Handle")
    option_cols = [c for c in (_pick(df, f"Option{n} Value") for n in (1, 2, 3)) if c]
    price_col = taken.get("price")
    keep = [True] * len(df)
    if handle_col is None:
        return keep
    first: dict[str, dict[str, str]] = {}
    titles = list(values["name"])
    for i, h in enumerate(str(v).strip() for v in df[handle_col]):
        head = first.setdefault(h, {})
        for f in ("name", "brand", "category"):
            if f == "name":
                if titles[i] and "name" not in head:
                    head["name"] = titles[i]
            elif values[f][i] and f not in head:
                head[f] = values[f][i]
        opts = [str(df[c].iat[i]).strip() for c in option_cols]
        opts = [o for o in opts if o and o.lower() != "default title"]
        if not values["sku"][i] and not (price_col and str(df[price_col].iat[i]).strip()) and not opts:
            keep[i] = False        # an image row
            continue
        title = titles[i] or head.get("name", "")
        values["name"][i] = f"{title} - {' / '.join(opts)}" if opts and title else (title or " / ".join(opts))
        for f in ("brand", "category"):
            if not values[f][i]:
                values[f][i] = head.get(f, "")
    return keep


def read_catalog(path: str | Path, *, name_cols: list[str] | None = None, code_cols: list[str] | None = None,
                 columns: dict[str, str] | None = None) -> Catalog:
    """The catalog file as a ``Catalog``. Known shop exports (WooCommerce, Shopify, Prom.ua,
    Horoshop, OpenCart, 1C: ``pricesync/data/shop_exports.toml``) are found by their headers;
    ``columns`` (``[shop.catalog_columns]``) wins. Codes stay text, ``price`` is Decimal (None
    when blank), ``stock`` int, ``category`` one path form (``normalize_category``). Extra
    columns are kept; code columns (``code_columns``) are read as codes too. A row with an
    empty ``name`` takes its first alternative name (``name_columns``). Rows without a SKU or
    any name, and repeated SKUs (first one kept), are rejected with a reason."""
    import pandas as pd

    path = Path(path)
    if not path.exists():
        raise InputError("catalog file not found", file=str(path))
    try:
        raw = read_raw_table(path)
    except InputError:
        raise
    except Exception as exc:
        raise InputError(f"cannot read catalog: {exc}", file=str(path)) from None
    raw.columns = [str(c).replace("\ufeff", "").strip() for c in raw.columns]
    raw, sheet = _export_sheet(path, raw)
    raw = raw.fillna("")
    raw.columns = [str(c).replace("\ufeff", "").strip() for c in raw.columns]
    found = detect_export(list(raw.columns))
    spec = found[1] if found else None
    configured = {k: v for k, v in (columns or {}).items() if v}
    taken, fills = _choose_columns(raw, spec, configured, path)
    notes: list[str] = []
    values = _field_values(raw, taken, fills)
    keep = [True] * len(raw)
    kind = (spec or {}).get("rows")
    if kind == "woocommerce":
        keep = _woocommerce_rows(raw, values, taken, notes)
    elif kind == "shopify":
        keep = _shopify_rows(raw, values, taken, notes)
    if found and found[0] == "opencart":
        values["category"] = _opencart_category_names(path, values["category"], notes)
    missing = [c for c in REQUIRED if c not in taken]
    if missing:
        headers = ", ".join(repr(str(c)) for c in raw.columns)
        what = (f"a {spec['label']} without its {', '.join(missing)} column" if spec else
                "not a known shop export (WooCommerce, Shopify, Prom.ua, Horoshop, OpenCart, 1C) and no "
                + " or ".join("SKU-like" if m == "sku" else "name-like" for m in missing) + " column")
        raise InputError(
            f"catalog lacks column(s) {', '.join(missing)}: {what}; headers: {headers}; name it in the config: "
            + ", ".join(f'[shop.catalog_columns] {m} = "..."' for m in missing),
            file=str(path),
        )
    df = pd.DataFrame({f: values[f] for f in FIELDS}, index=raw.index)
    for col in raw.columns:
        if col in taken.values():
            continue
        name = col if col not in df.columns else f"{col} (export)"
        df[name] = raw[col].to_numpy()
    df["source_row"] = range(2, len(df) + 2)
    df = df.loc[keep].copy()
    df["sku"] = column_codes(df["sku"])
    df["name"] = [str(v).strip() for v in df["name"]]
    # Any column named like a code or an id is text (a float export's "189522705.0" -> "189522705").
    for col in set(code_columns(df, code_cols)) | {c for c in df.columns if _names_a_code(c)}:
        if col not in FIELDS and col != "source_row":
            df[col] = column_codes(df[col])
    alt_names = name_columns(df, name_cols)
    if alt_names:
        # A shop export with the 1C name filled and the site name blank is still a named item.
        for i in df.index[df["name"] == ""]:
            df.at[i, "name"] = next((str(df.at[i, c]).strip() for c in alt_names if str(df.at[i, c]).strip()), "")
    eans = [normalize_ean(v) for v in column_codes(df["ean"])]
    df["ean"] = [digits if valid else "" for digits, valid in eans]
    # Each distinct cell read once: a catalog repeats its categories, prices and stock words.
    df["price"] = pd.Series(_each_distinct(df["price"], _price), index=df.index, dtype=object)
    df["stock"] = _each_distinct(df["stock"], parse_stock)
    df["category"] = _each_distinct(df["category"], lambda v: normalize_category(
        v, list_separator=(spec or {}).get("category_list"), separator=(spec or {}).get("category_separator")))

    reasons = pd.Series("", index=df.index, dtype=object)
    reasons[df["name"] == ""] = "empty name"
    no_sku = df["sku"] == ""
    id_col = _pick(raw, "ID") if spec else None
    sku_filled = (~no_sku).mean() if len(df) else 0.0
    if spec and no_sku.any():
        # An export's own id (WooCommerce ID, Prom's identifier) is not the shop's SKU: say so.
        ids = [str(raw.at[i, id_col]).strip() if id_col else "" for i in df.index[no_sku]]
        reasons[no_sku] = [f"empty sku in {taken['sku']!r}" + (f" (ID {x} is not used as the SKU)" if x else "")
                           for x in ids]
        rows = [str(r) for r in df.loc[no_sku, "source_row"]]
        notes.append(f"{int(no_sku.sum())} row(s) without a SKU in {taken['sku']!r} left out (rows "
                     f"{', '.join(rows[:10])}{' ...' if len(rows) > 10 else ''})"
                     + ("" if sku_filled >= 0.5 else
                        f"; most rows have none: is {taken['sku']!r} the shop's SKU? "
                        f"set [shop.catalog_columns] sku"))
    else:
        reasons[no_sku] = "empty sku"
    dup = df["sku"].duplicated(keep="first") & ~no_sku
    reasons[dup & (reasons == "")] = "duplicate sku (first row kept)"
    bad = reasons != ""
    rejects = pd.DataFrame({
        "stage": "catalog", "source_file": str(path), "source_sheet": sheet, "source_row": df.loc[bad, "source_row"],
        "column": ["name" if r == "empty name" else "sku" for r in reasons[bad]], "reason": reasons[bad],
        "raw": df.loc[bad, "sku"] + " " + df.loc[bad, "name"],
    })
    skipped = "; ".join(n for n in notes if " skipped: " in n)
    return Catalog(frame=df.loc[~bad].reset_index(drop=True), rejects=rejects.reset_index(drop=True), path=path,
                   export=spec["label"] if spec else "plain table", columns=taken, fills=fills,
                   configured=set(configured), notes=[n for n in notes if " skipped: " not in n], skipped=skipped)


def load_catalog(path: str | Path, *, name_cols: list[str] | None = None, code_cols: list[str] | None = None,
                 columns: dict[str, str] | None = None) -> tuple["pd.DataFrame", "pd.DataFrame"]:
    """(catalog, rejects) of ``read_catalog``."""
    cat = read_catalog(path, name_cols=name_cols, code_cols=code_cols, columns=columns)
    return cat.frame, cat.rejects


def shop_catalog(config: "Config", path: str | Path | None = None, *, reporter=None) -> Catalog:
    """THE way to read the shop's catalog for a config: ``[shop] catalog`` (or ``path``), its
    ``[shop.catalog_columns]`` and the ``[matching]`` name and code columns, so ``match``,
    ``run``, ``reprice``, ``scrape`` and ``plan`` see the same rows. With a reporter, the
    columns taken are said in one line (and what was left out)."""
    if path is None:
        if not config.shop.catalog:
            from pricesync.errors import ConfigError

            raise ConfigError("[shop] catalog is not set", key="shop.catalog", file=str(config.source or ""))
        path = config.resolve(config.shop.catalog)
    matching = config.matching
    cat = read_catalog(path, name_cols=matching.name_columns or None, code_cols=matching.code_columns or None,
                       columns=config.shop.catalog_columns.given())
    # An export that states its prices' currency (Prom.ua's Валюта): another than the shop's is
    # said, as the prices would be compared with the shop currency's.
    for header in ("Валюта", "Currency"):
        col = _pick(cat.frame, header)
        if col is None:
            continue
        other = sorted({c for c in (str(v).strip().upper() for v in cat.frame[col])
                        if re.fullmatch(r"[A-Z]{3}", c) and c != config.shop.currency})
        if other:
            cat.notes.append(f"prices in {col!r} are in {', '.join(other)}, [shop] currency is {config.shop.currency}: "
                             f"the max_change guard compares them as {config.shop.currency}")
        break
    if reporter is not None:
        reporter.info(cat.describe())
        for note in cat.notes:
            reporter.warn(f"catalog {cat.path.name}: {note}")
    return cat


def _each_distinct(values: "pd.Series", fn) -> list:
    done: dict = {}
    out = []
    for v in values.tolist():
        if v not in done:
            done[v] = fn(v)
        out.append(done[v])
    return out


def _price(value: object):
    if value is None or value == "":
        return None
    d = to_decimal(value)
    return d if d is not None else parse_price(value).amount
