"""Operators' decisions, remembered in the state: (supplier, supplier_sku) -> catalog SKU or
"not in the catalog". They win over every other step on the next ``match``.

The same file format imports a mapping table kept in another tool (Elbuz, a spreadsheet):
``supplier, supplier_sku, catalog_sku``. A ``catalog_sku`` of ``none`` or ``-`` says "not in
the catalog"; an empty one decides nothing (the offer stays as matching finds it), so a row
an operator skipped is never taken for "not ours".
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pricesync.errors import InputError, MatchError
from pricesync.parse.codes import normalize_code

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.state import State

MIGRATIONS = [
    """
    CREATE TABLE match_decisions (
        supplier TEXT NOT NULL,
        offer_key TEXT NOT NULL,          -- supplier_sku, or 'name:<name>' for offers without one
        catalog_sku TEXT,                 -- NULL: the product is not in the catalog
        offer_name TEXT NOT NULL DEFAULT '',
        decided_at REAL NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (supplier, offer_key)
    );
    """,
]

NOT_IN_CATALOG = None
# What a decision cell says for "not in the catalog" (compared lower-cased; Excel turns a
# typed "-" into a dash sometimes).
NOT_IN_CATALOG_WORDS = frozenset({"none", "-", "–", "—"})
# A review sheet's drop-down offers "SKU — name": the SKU is what comes before the separator.
LABEL_SEP = " — "
_SPACES = re.compile(r"\s+")
# Headers a decisions file may use for our three columns (our export, Elbuz-style exports).
_HEADERS = {
    "supplier": "supplier", "поставщик": "supplier", "постачальник": "supplier", "vendor": "supplier",
    "supplier_sku": "supplier_sku", "артикул поставщика": "supplier_sku", "supplier sku": "supplier_sku",
    "catalog_sku": "catalog_sku", "sku": "catalog_sku", "артикул": "catalog_sku", "catalog sku": "catalog_sku",
    "наш артикул": "catalog_sku", "name": "name", "название": "name", "наименование": "name",
}


def offer_key(supplier_sku: object, name: object) -> str:
    """The remembered identity of an offer: its SKU at the supplier, or its name when the
    supplier gives no SKU."""
    sku = normalize_code(supplier_sku)
    if sku:
        return sku
    return "name:" + _SPACES.sub(" ", str(name or "")).strip().lower()


def load_decisions(state: "State") -> dict[tuple[str, str], tuple[str | None, float]]:
    state.ensure_schema("match", MIGRATIONS)
    rows = state.query("SELECT supplier, offer_key, catalog_sku, decided_at FROM match_decisions")
    return {(r["supplier"], r["offer_key"]): (r["catalog_sku"], r["decided_at"]) for r in rows}


def parse_decision(value: object) -> tuple[str, str | None]:
    """What a decision cell says: ``("sku", SKU)``, ``("none", None)`` for "not in the
    catalog" (``none``, ``-``), or ``("blank", None)`` when it is empty (not decided). A
    drop-down label "SKU — name" is its SKU."""
    text = "" if value is None or (isinstance(value, float) and value != value) else str(value)
    if LABEL_SEP in text:
        text = text.split(LABEL_SEP, 1)[0]
    text = text.strip()
    if not text:
        return "blank", None
    if text.lower() in NOT_IN_CATALOG_WORDS:
        return "none", NOT_IN_CATALOG
    sku = normalize_code(text)
    return ("sku", sku) if sku else ("blank", None)


@dataclass
class ApplyReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (row, reason)
    not_in_catalog: int = 0          # accepted decisions saying "not in the catalog"
    undecided: int = 0               # rows with an empty decision: left as they were
    checked_against_catalog: bool = False

    def as_dict(self) -> dict:
        return {"new": self.new, "updated": self.updated, "unchanged": self.unchanged,
                "not_in_catalog": self.not_in_catalog, "undecided": self.undecided,
                "rejected": [{"row": r, "reason": why} for r, why in self.rejected],
                "checked_against_catalog": self.checked_against_catalog}


def read_decisions(path: str | Path) -> "pd.DataFrame":
    """A decisions file (CSV/XLSX; our review export filled in, or another tool's mapping)
    as ``supplier, supplier_sku, catalog_sku, name, source_row``."""
    from pricesync.catalog import read_raw_table

    path = Path(path)
    if not path.exists():
        raise MatchError("decisions file not found", file=str(path))
    try:
        df = read_raw_table(path).fillna("")
    except InputError:
        raise
    except Exception as exc:  # a corrupt workbook, an unreadable CSV: one line naming the file
        raise MatchError(f"cannot read decisions: {exc}", file=str(path)) from None
    renamed = {}
    for col in df.columns:
        target = _HEADERS.get(str(col).strip().lower())
        if target and target not in renamed.values():
            renamed[col] = target
    df = df.rename(columns=renamed)
    missing = [c for c in ("supplier", "supplier_sku", "catalog_sku") if c not in df.columns]
    if missing:
        raise MatchError(f"decisions file lacks column(s) {', '.join(missing)}; found: {', '.join(map(str, df.columns))}",
                         file=str(path))
    if "name" not in df.columns:
        df["name"] = ""
    df["source_row"] = range(2, len(df) + 2)
    return df


def apply_decisions(decisions: "pd.DataFrame", state: "State", *, catalog_skus: set[str] | None = None,
                    source: str = "") -> ApplyReport:
    """Store decisions; rows naming a catalog SKU that the catalog lacks are rejected (when
    ``catalog_skus`` is given), and so are rows without a supplier or an offer identity.
    An empty decision is no decision (counted in ``undecided``); ``none`` or ``-`` says
    "not in the catalog"."""
    state.ensure_schema("match", MIGRATIONS)
    report = ApplyReport(checked_against_catalog=catalog_skus is not None)
    existing = load_decisions(state)
    now = time.time()
    seen: dict[tuple[str, str], int] = {}
    rows = []
    for rec in decisions.to_dict("records"):
        row = int(rec.get("source_row", 0))
        supplier = str(rec.get("supplier", "")).strip()
        said, sku = parse_decision(rec.get("catalog_sku", ""))
        if said == "blank":
            report.undecided += 1
            continue
        key = offer_key(rec.get("supplier_sku", ""), rec.get("name", ""))
        if not supplier:
            report.rejected.append((row, "empty supplier"))
            continue
        if key == "name:":
            report.rejected.append((row, "neither supplier_sku nor name given"))
            continue
        if sku is not None and catalog_skus is not None and sku not in catalog_skus:
            report.rejected.append((row, f"catalog SKU '{sku}' is not in the catalog"))
            continue
        if (supplier, key) in seen:
            report.rejected.append((row, f"repeats row {seen[(supplier, key)]} for the same offer (first kept)"))
            continue
        seen[(supplier, key)] = row
        report.not_in_catalog += sku is None
        before = existing.get((supplier, key))
        if before is None:
            report.new += 1
        elif before[0] == sku:
            report.unchanged += 1
            continue
        else:
            report.updated += 1
        rows.append((supplier, key, sku, str(rec.get("name", "")), now, source))
    with state.transaction() as conn:
        conn.executemany(
            "INSERT INTO match_decisions(supplier, offer_key, catalog_sku, offer_name, decided_at, source) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(supplier, offer_key) DO UPDATE SET "
            "catalog_sku = excluded.catalog_sku, offer_name = excluded.offer_name, "
            "decided_at = excluded.decided_at, source = excluded.source",
            rows,
        )
    return report
