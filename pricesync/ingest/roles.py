"""The role of each column: header words weighed with what the values look like; purchase
vs retail price; columns fixed by a ``[suppliers.NAME] columns`` mapping."""
from __future__ import annotations

import re

from pricesync.ingest import vocab
from pricesync.ingest.config import SupplierConfig
from pricesync.ingest.layout import Layout, is_number, letter_index
from pricesync.ingest.readers import MappingError, Sheet
from pricesync.parse.currency import currency_from_text


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
        "number": sum(1 for v in vals if is_number(v) or re.fullmatch(r"[\d\s\u00a0.,]+\s?\S{1,4}", str(v))) / n,
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


def fixed_columns(sheet: Sheet, cfg: SupplierConfig, layout: Layout, upper: list[str], lower: list[str]
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


def assign_roles(layout: Layout, sample, upper: list[str], lower: list[str], fixed: dict[str, list[int]],
                 fixed_by: str = "the config") -> None:
    taken: set[int] = set()
    for role, cols in fixed.items():
        layout.roles[role] = cols
        for i in cols:
            c = layout.columns[i]
            c.role, c.confidence, c.why = role, 1.0, f"fixed by {fixed_by}"
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
