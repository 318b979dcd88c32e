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
from dataclasses import dataclass, field
from decimal import Decimal

from pricesync.ingest import vocab
from pricesync.ingest.config import SupplierConfig
from pricesync.ingest.readers import MappingError, Sheet
from pricesync.parse.currency import currency_from_text

SCAN_ROWS = 60
SAMPLE_ROWS = 400
TABLE_ROLES = ("sku", "mpn", "name", "brand", "ean", "price", "stock", "unit", "vat", "currency", "category", "note")


@dataclass
class Column:
    index: int               # position in sheet.cells
    letter: str              # spreadsheet column letter
    header: str              # header text; two-row headers joined ("Опт 1 Цена")
    role: str | None = None
    confidence: float = 0.0
    why: str = ""


@dataclass
class Layout:
    sheet: str
    header_rows: list[int]                      # spreadsheet row numbers of the header
    body_start: int                             # position in sheet.cells of the first row below it
    columns: list[Column]
    roles: dict[str, list[int]] = field(default_factory=dict)  # role -> column positions (several = joined)
    currency: str | None = None
    currency_source: str = ""
    currency_confidence: float = 0.0
    vat_included: bool | None = None
    vat_source: str = ""
    notes: list[str] = field(default_factory=list)

    def col(self, role: str) -> int | None:
        cols = self.roles.get(role)
        return cols[0] if cols else None

    @property
    def confidence(self) -> float:
        key = [c.confidence for c in self.columns if c.role in ("name", "cost", "sku")]
        return round(min(key), 2) if key else 0.0

    def structure(self) -> list[str]:
        """The header as the structure guard compares it."""
        return [vocab.normalize_header(c.header) for c in self.columns]


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def letter_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def _texts(row) -> list[str]:
    out = []
    for v in row:
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        out.append("" if v is None else str(v).strip())
    return out


def _is_number(v) -> bool:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return True
    return bool(re.fullmatch(r"[-+]?[\d\s\u00a0.,]+", str(v).strip())) and any(ch.isdigit() for ch in str(v))


def _best_role(text: str) -> tuple[str | None, float]:
    roles = vocab.header_roles(text)
    roles.pop("ignore", None) if roles.get("ignore", 0) < max(roles.values(), default=0) else None
    if not roles:
        return None, 0.0
    role = max(roles, key=lambda r: (roles[r], r == "price"))
    return role, roles[role]


def _row_score(row) -> float:
    found: dict[str, float] = {}
    numbers = 0
    for v in row:
        if v is None or v == "":
            continue
        if _is_number(v):
            numbers += 1
            continue
        role, score = _best_role(str(v))
        if role and role in TABLE_ROLES and score > found.get(role, 0):
            found[role] = score
    if len(found) < 2 or not ({"name", "price", "sku", "mpn"} & set(found)):
        return 0.0
    return sum(found.values()) + (1.0 if "price" in found else 0) + (0.5 if "name" in found else 0) - 0.7 * numbers


def find_header(sheet: Sheet) -> int | None:
    """Position in ``sheet.cells`` of the best header row, or None."""
    best, best_score = None, 0.0
    for i, row in enumerate(sheet.cells.iloc[:SCAN_ROWS].itertuples(index=False)):
        score = _row_score(row)
        if score > best_score + 1e-9:
            best, best_score = i, score
    return best


def _merged_rows(sheet: Sheet) -> dict[int, list[tuple[int, int, int, int]]]:
    by_row: dict[int, list] = {}
    for m in sheet.merged:
        by_row.setdefault(m[0], []).append(m)
    return by_row


def _header_texts(sheet: Sheet, pos: int, rows: int) -> tuple[list[str], list[str], list[str]]:
    """(joined, upper, lower) header texts per column for a 1- or 2-row header."""
    width = sheet.cells.shape[1]
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


def _header_height(sheet: Sheet, pos: int) -> int:
    """1, or 2 when the next row completes the header (vertical merges, or it only fills
    columns under a merged group title and holds no numbers)."""
    if pos + 1 >= len(sheet.cells):
        return 1
    row_no = sheet.first_row + pos
    below = sheet.cells.iloc[pos + 1].tolist()
    texts = [t for t in _texts(below) if t]
    if not texts or any(_is_number(v) for v in below if v not in ("", None)):
        return 1
    if any(m[0] == row_no and m[2] >= row_no + 1 for m in sheet.merged):
        return 2
    upper = _texts(sheet.cells.iloc[pos].tolist())
    width = len(upper)
    group_spans = [m for m in sheet.merged if m[0] == row_no and m[2] == row_no and 0 < m[3] - m[1] < width - 1]
    lower_roles = sum(1 for t in texts if _best_role(t)[0])
    if group_spans and lower_roles:
        return 2
    # CSV: "Опт 1;;Розница;" over "Цена;Ед.;Цена;Ед." - lower cells sit where the upper is empty.
    lower = _texts(below)
    under_gaps = sum(1 for u, lo in zip(upper, lower) if lo and not u)
    if under_gaps and lower_roles >= 2 and all(_best_role(t)[0] for t in texts):
        return 2
    return 1


# -- column roles ---------------------------------------------------------------------------

def _value_stats(values: list) -> dict[str, float]:
    from pricesync.parse.codes import normalize_ean
    from pricesync.parse.stock import DEFAULT_STOCK_VOCABULARY

    vals = [v for v in values if v not in ("", None)]
    if not vals:
        return {"filled": 0.0}
    texts = [str(int(v)) if isinstance(v, float) and v.is_integer() else str(v).strip() for v in vals]
    n = len(texts)
    words = sum(1 for t in texts if t.lower() in DEFAULT_STOCK_VOCABULARY or re.fullmatch(r"[<>≥≤]=?\s*\d+|\d+\+", t))
    return {
        "filled": n / max(len(values), 1),
        "ean": sum(1 for t in texts if normalize_ean(t)[1]) / n,
        "number": sum(1 for v in vals if _is_number(v) or re.fullmatch(r"[\d\s\u00a0.,]+\s?\S{1,4}", str(v))) / n,
        "stockword": words / n,
        "length": sum(len(t) for t in texts) / n,
        "spaces": sum(1 for t in texts if " " in t) / n,
        "unique": len(set(texts)) / n,
        "unit": sum(1 for t in texts if t.lower() in vocab.UNIT_VALUES) / n,
        "vat": sum(1 for t in texts if re.fullmatch(r"\d{1,2}([.,]\d+)?\s?%|0[.,]\d+|без ндс|без пдв|zw", t.lower())) / n,
        "currency": sum(1 for t in texts if len(t) <= 5 and currency_from_text(t)) / n,
    }


def _value_fit(role: str, s: dict[str, float]) -> float:
    if not s.get("filled"):
        return 0.5  # an empty sample says nothing
    fits = {
        "ean": s["ean"],
        "price": s["number"],
        "stock": max(s["stockword"], s["number"]),
        "name": min(1.0, s["length"] / 18) * (0.4 + 0.6 * s["spaces"]),
        "sku": s["unique"] * (1.0 - 0.5 * s["spaces"]),
        "mpn": s["unique"] * (1.0 - 0.5 * s["spaces"]),
        "brand": 1.0 if s["length"] < 25 else 0.4,
        "unit": s["unit"],
        "vat": s["vat"],
        "currency": s["currency"],
    }
    return fits.get(role, 0.6)


def detect_layout(sheet: Sheet, cfg: SupplierConfig | None = None, *, shop_currency: str | None = None
                  ) -> tuple[Layout | None, str]:
    """(layout, "") or (None, why the sheet holds no price table)."""
    cfg = cfg or SupplierConfig()
    if sheet.cells.empty:
        return None, "empty sheet"
    if sheet.fixed_roles is not None:
        pos, height = 0, 1
    elif cfg.header_row:
        pos = cfg.header_row - sheet.first_row
        if not 0 <= pos < len(sheet.cells):
            raise MappingError(f"header_row {cfg.header_row} is outside the sheet (rows {sheet.first_row}-"
                               f"{sheet.first_row + len(sheet.cells) - 1})", sheet=sheet.name or None)
        height = cfg.header_rows or _header_height(sheet, pos)
    else:
        found = find_header(sheet)
        if found is None:
            return None, "no header row (no row names a price, a name or a code column)"
        pos = found
        height = cfg.header_rows or _header_height(sheet, pos)
    joined, upper, lower = _header_texts(sheet, pos, height)
    columns = [Column(i, column_letter(sheet.first_col + i), joined[i]) for i in range(len(joined))]
    sample = sheet.cells.iloc[pos + height: pos + height + SAMPLE_ROWS]
    layout = Layout(sheet=sheet.name, header_rows=[sheet.first_row + pos + k for k in range(height)],
                    body_start=pos + height, columns=columns)
    fixed = _fixed_columns(sheet, cfg, layout, upper, lower)
    _assign_roles(layout, sample, upper, lower, fixed)
    if "cost" not in layout.roles:
        return None, "no price column (headers: " + ", ".join(c.header for c in columns if c.header)[:200] + ")"
    _detect_currency(layout, sheet, sample, cfg, shop_currency)
    _detect_vat(layout, sheet, cfg)
    return layout, ""


def _fixed_columns(sheet: Sheet, cfg: SupplierConfig, layout: Layout, upper: list[str], lower: list[str]
                   ) -> dict[str, list[int]]:
    if sheet.fixed_roles is not None:
        return {role: [i] for role, i in sheet.fixed_roles.items()}
    fixed: dict[str, list[int]] = {}
    headers = [vocab.normalize_header(c.header) for c in layout.columns]
    for role, spec in cfg.columns.items():
        fixed[role] = [_resolve_column(str(s), sheet, layout, headers, upper, lower, role) for s in
                       (spec if isinstance(spec, list) else [spec])]
    return fixed


def _resolve_column(spec: str, sheet: Sheet, layout: Layout, headers: list[str], upper, lower, role: str) -> int:
    want = vocab.normalize_header(spec)
    for pool in (headers, [vocab.normalize_header(x) for x in lower], [vocab.normalize_header(x) for x in upper]):
        hits = [i for i, h in enumerate(pool) if h == want]
        if len(hits) == 1:
            return hits[0]
    if re.fullmatch(r"[A-Za-z]{1,3}", spec.strip()):
        i = letter_index(spec.strip()) - sheet.first_col
        if 0 <= i < len(layout.columns):
            return i
    hits = [i for i, h in enumerate(headers) if want and want in h]
    if len(hits) == 1:
        return hits[0]
    found = ", ".join(f"'{c.header}'" for c in layout.columns if c.header)
    raise MappingError(f"column '{spec}' (columns.{role}) is not in the header row {layout.header_rows[0]}; "
                       f"the header has: {found}", sheet=sheet.name or None)


def _assign_roles(layout: Layout, sample, upper: list[str], lower: list[str], fixed: dict[str, list[int]]) -> None:
    taken: set[int] = set()
    for role, cols in fixed.items():
        layout.roles[role] = cols
        for i in cols:
            c = layout.columns[i]
            c.role, c.confidence, c.why = role, 1.0, "fixed by the config" if not c.why else c.why
            taken.add(i)
    candidates: list[tuple[float, int, str, str]] = []
    price_cols: list[tuple[int, float, str]] = []
    for c in layout.columns:
        if c.index in taken:
            continue
        # The lower row of a two-row header is the specific one ("Ед." under "Опт 1").
        text = lower[c.index] if lower[c.index] else c.header
        roles = vocab.header_roles(text)
        if roles.get("price") or (not roles and vocab.header_roles(c.header).get("price")):
            roles = {**roles, "price": roles.get("price") or vocab.header_roles(c.header)["price"]}
        stats = _value_stats(sample[c.index].tolist()) if c.index in sample.columns else {"filled": 0.0}
        if roles.get("ignore", 0) >= max(roles.values(), default=0) and roles:
            c.role, c.confidence, c.why = None, 0.0, f"'{c.header}' is not used (discount, sum, link...)"
            continue
        roles.pop("ignore", None)
        if roles.get("rownum"):
            c.why = "row numbers"
            continue
        if not roles:
            roles = _roles_from_values(stats)
            why = "values look like {}"
        else:
            why = f"header '{c.header}'"
        for role, score in roles.items():
            fit = _value_fit(role, stats)
            conf = 0.65 * score + 0.35 * fit if why.startswith("header") else 0.5 * score * fit
            if role == "price":
                price_cols.append((c.index, conf, why))
            else:
                candidates.append((conf, -c.index, role, why.format(role) if "{}" in why else why))
    _choose_prices(layout, price_cols, fixed)
    for i in layout.roles.get("cost", []) + layout.roles.get("msrp", []):
        taken.add(i)
    for conf, neg_index, role, why in sorted(candidates, reverse=True):
        index = -neg_index
        if index in taken or role in layout.roles or conf < 0.3:
            continue
        layout.roles[role] = [index]
        c = layout.columns[index]
        c.role, c.confidence, c.why = role, round(min(conf, 0.99), 2), why
        taken.add(index)
    if "sku" not in layout.roles and "mpn" in layout.roles:
        # "Артикул" alone is the supplier's own code as often as the maker's: call it the SKU.
        layout.roles["sku"] = layout.roles.pop("mpn")
        c = layout.columns[layout.roles["sku"][0]]
        c.role, c.why = "sku", c.why + "; the only code column"


def _roles_from_values(s: dict[str, float]) -> dict[str, float]:
    if not s.get("filled"):
        return {}
    if s["ean"] > 0.8:
        return {"ean": 0.9}
    if s["stockword"] > 0.5:
        return {"stock": 0.8}
    if s["unit"] > 0.8:
        return {"unit": 0.9}
    if s["vat"] > 0.8:
        return {"vat": 0.8}
    if s["length"] > 20 and s["spaces"] > 0.7:
        return {"name": 0.6}
    return {}


def _choose_prices(layout: Layout, price_cols: list[tuple[int, float, str]], fixed: dict[str, list[int]]) -> None:
    kinds = []
    for index, conf, why in price_cols:
        kind, reason = vocab.price_kind(layout.columns[index].header)
        kinds.append((index, conf, kind, f"{why}: {reason}"))
    costs = [k for k in kinds if k[2] == "cost"]
    plain = [k for k in kinds if k[2] is None]
    retail = [k for k in kinds if k[2] == "msrp"]
    if "cost" not in fixed:
        if costs:
            pick, conf = costs[0], costs[0][1] * (0.95 if len(costs) == 1 else 0.8)
        elif plain:
            pick, conf = plain[0], plain[0][1] * (0.85 if len(plain) == 1 else 0.7)
        elif retail:
            pick, conf = retail[0], retail[0][1] * 0.5
            layout.notes.append(f"only a retail price column ('{layout.columns[pick[0]].header}'); read as the cost")
        else:
            pick = None
        if pick is not None:
            _set(layout, "cost", pick[0], conf, pick[3])
    if "msrp" not in fixed:
        cost_col = layout.col("cost")
        rest = [k for k in retail if k[0] != cost_col] or [k for k in plain if k[0] != cost_col and costs]
        if rest:
            _set(layout, "msrp", rest[0][0], rest[0][1] * (0.9 if rest[0][2] == "msrp" else 0.5), rest[0][3])
    for index, _conf, _kind, why in kinds:
        c = layout.columns[index]
        if c.role is None:
            c.why = why + " (another price column was chosen)"


def _set(layout: Layout, role: str, index: int, conf: float, why: str) -> None:
    layout.roles[role] = [index]
    c = layout.columns[index]
    c.role, c.confidence, c.why = role, round(min(conf, 0.99), 2), why


# -- currency and VAT ------------------------------------------------------------------------

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
    hint = vocab.vat_hint(layout.columns[layout.col("cost")].header)
    if hint is not None:
        layout.vat_included, layout.vat_source = hint, f"header '{layout.columns[layout.col('cost')].header}'"
        return
    for text in _title_texts(sheet, layout):
        hint = vocab.vat_hint(text)
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
