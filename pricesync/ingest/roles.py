"""The role of each column: header words weighed with what the values look like; purchase
vs retail price; columns fixed by a ``[suppliers.NAME] columns`` mapping."""
from __future__ import annotations

import re

from pricesync.ingest import vocab
from pricesync.ingest.config import SupplierConfig
from pricesync.ingest.evidence import Evidence, column_evidence, roles_from_values, value_fit
from pricesync.ingest.layout import Layout, letter_index
from pricesync.ingest.readers import MappingError, Sheet


def fixed_columns(sheet: Sheet, cfg: SupplierConfig, layout: Layout, upper: list[str], lower: list[str]
                   ) -> dict[str, list[int]]:
    if sheet.fixed_roles is not None:
        return {role: [i] for role, i in sheet.fixed_roles.items()}
    fixed: dict[str, list[int]] = {}
    headers = [vocab.normalize_header(c.header) for c in layout.columns]
    for role, spec, key in cfg.column_specs():
        fixed[role] = [_resolve_column(str(s), sheet, layout, headers, upper, lower, key) for s in
                       (spec if isinstance(spec, list) else [spec])]
    return fixed


def _resolve_column(spec: str, sheet: Sheet, layout: Layout, headers: list[str], upper, lower, key: str) -> int:
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
    raise MappingError(f"column '{spec}' ({key}) is not in the header row {layout.header_rows[0] if layout.header_rows else '(none)'}; "
                       f"the header has: {found}", sheet=sheet.name or None)


def assign_roles(layout: Layout, sample, upper: list[str], lower: list[str], fixed: dict[str, list[int]],
                 fixed_by: str = "the config", voc: vocab.Vocabulary | None = None) -> None:
    voc = voc or vocab.Vocabulary.default()
    taken: set[int] = set()
    for role, cols in fixed.items():
        layout.roles[role] = cols
        for i in cols:
            c = layout.columns[i]
            c.role, c.confidence, c.why = role, 1.0, f"fixed by {fixed_by}"
            taken.add(i)
    candidates: list[tuple[float, int, str, str]] = []
    price_cols: list[tuple[int, float, str]] = []
    evidence: dict[int, Evidence] = {}
    named = _named_roles(layout, lower, taken, voc) | set(fixed)
    for c in layout.columns:
        if c.index in taken:
            continue
        # The lower row of a two-row header is the specific one ("Ед." under "Опт 1").
        text = lower[c.index] if lower[c.index] else c.header
        roles = voc.header_roles(text)
        if set(roles) == {"rownum"} and text != c.header:
            # ... unless it only counts ("Nr." under "Artikel"): then the joined header says it.
            roles = voc.header_roles(c.header) or roles
        if roles.get("price") or (not roles and voc.header_roles(c.header).get("price")):
            roles = {**roles, "price": roles.get("price") or voc.header_roles(c.header)["price"]}
        ev = column_evidence(sample[c.index].tolist(), voc.stock) if c.index in sample.columns else Evidence()
        c.values = ev.describe() if ev.filled else "empty"
        evidence[c.index] = ev
        if roles.get("ignore", 0) >= max(roles.values(), default=0) and roles:
            c.role, c.confidence, c.why = None, 0.0, f"'{c.header}' is not used (discount, sum, link...)"
            continue
        roles.pop("ignore", None)
        if roles.get("rownum"):
            c.why = "row numbers"
            continue
        if not roles:
            # No header word for this column: its values decide (headerless tables, headers
            # in a language no vocabulary has, the blank header over 1C's merged name cells).
            roles = roles_from_values(ev, named, blank_header=not c.header.strip())
            if "price" in roles and "price" in named:
                roles.pop("price")  # a column the header calls a price is there: no guessing
            if roles.pop("rownum", None) and not roles:
                c.why = "row numbers (values run 1, 2, 3...)"
                continue
            why = "values look like {}"
        else:
            why = f"header '{c.header}'"
        for role, score in roles.items():
            conf = 0.65 * score + 0.35 * value_fit(role, ev) if why.startswith("header") else 0.8 * score
            if role == "price":
                price_cols.append((c.index, conf, why.format(role)))
            else:
                candidates.append((conf, -c.index, role, why.format(role) if "{}" in why else why))
    _choose_prices(layout, price_cols, fixed, sample, fixed_by)
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
    if "name" not in layout.roles:
        _name_from_parts(layout, evidence, taken)
    if "sku" not in layout.roles and "mpn" in layout.roles:
        # "Артикул" alone is the supplier's own code as often as the maker's: call it the SKU.
        layout.roles["sku"] = layout.roles.pop("mpn")
        c = layout.columns[layout.roles["sku"][0]]
        c.role, c.why = "sku", c.why + "; the only code column"


def _named_roles(layout: Layout, lower: list[str], taken: set[int], voc: vocab.Vocabulary) -> set[str]:
    named: set[str] = set()
    for c in layout.columns:
        if c.index not in taken:
            roles = voc.header_roles(lower[c.index] if lower[c.index] else c.header) or voc.header_roles(c.header)
            named |= {r for r, w in roles.items() if r != "ignore" and w >= roles.get("ignore", 0)}
    return named


def _name_from_parts(layout: Layout, evidence: dict[int, "Evidence"], taken: set[int]) -> None:
    """No column is a name on its own: a model in one column and its variant in the next
    ("F208 L/R" | "зеркало") name the product together. The unlabelled text columns are
    joined, in sheet order."""
    parts = [c.index for c in layout.columns
             if c.index not in taken and c.role is None and not c.header.strip()
             and evidence.get(c.index) and evidence[c.index].filled >= 0.5 and evidence[c.index].text >= 0.8]
    if not parts:
        return
    layout.roles["name"] = parts
    for i in parts:
        c = layout.columns[i]
        c.role, c.confidence = "name", 0.5
        c.why = "text columns joined into the name (no single column names the product)" if len(parts) > 1 \
            else "the only text column"
        taken.add(i)


def _choose_prices(layout: Layout, price_cols: list[tuple[int, float, str]], fixed: dict[str, list[int]],
                   sample=None, fixed_by: str = "the config") -> None:
    """Cost (and retail) among the price columns: tier words first (regular wholesale over
    small, large, prepayment/sale and retail tiers), then the values (the cheaper of
    columns that move together, not a mostly empty one). ``layout.price_choice`` says
    which and why."""
    from pricesync.ingest import tiers

    cols, not_amounts = tiers.build(layout, price_cols, sample)
    if not cols and not_amounts:
        cols, not_amounts = tiers.build(layout, price_cols, None)
    for i in not_amounts:
        layout.columns[i].why = f"header '{layout.columns[i].header}' names a price, but the cells are not amounts"
    if "cost" not in fixed:
        pick, conf, why = tiers.choose(cols)
        if pick is not None:
            _set(layout, "cost", pick.index, conf, f"{pick.why}: {tiers.tier_text(pick)}" + (f"; {why}" if why else ""))
            if pick.tier.name == "retail":
                layout.notes.append(f"only a retail price column ('{pick.header}'); read as the cost")
        layout.price_choice = tiers.summary(layout, pick.index if pick else None, cols, why)
    else:
        layout.price_choice = tiers.summary(layout, layout.col("cost"), cols, "", fixed_by=fixed_by)
    cost_col = layout.col("cost")
    if "msrp" not in fixed:
        rest = [p for p in cols if p.index != cost_col]
        retail = [p for p in rest if p.tier.name == "retail"]
        by_words = cost_col is not None and tiers.classify(layout.columns[cost_col].header)[0].name != "plain"
        plain = [p for p in rest if p.tier.name == "plain"] if by_words else []
        if retail or plain:
            p = (retail or plain)[0]
            _set(layout, "msrp", p.index, p.conf * (0.9 if retail else 0.5), f"{p.why}: {tiers.tier_text(p)}")
    for p in cols:
        c = layout.columns[p.index]
        if c.role is None:
            c.why = f"{p.why}: {tiers.tier_text(p)} (another price column was chosen)"


def _set(layout: Layout, role: str, index: int, conf: float, why: str) -> None:
    layout.roles[role] = [index]
    c = layout.columns[index]
    c.role, c.confidence, c.why = role, round(min(conf, 0.99), 2), why


# -- currency and VAT ------------------------------------------------------------------------
