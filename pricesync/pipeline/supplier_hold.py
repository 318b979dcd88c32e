"""A broken supplier feed must never empty the shop.

When ingestion stops a supplier's file (a structure guard, an empty or truncated file) or a
supplier that had offers before brings none, its offers are missing from this run. Pricing
sums stock over the offers present, so a SKU that supplier shares with another would drop
to the other's stock (0 when the other has none). The SKUs each supplier supplied on its
last good run are kept in the state; this run holds them (price and stock stay as they
are on every channel). Without that history, no stock is lowered anywhere this run.
"""
from __future__ import annotations

import re
import time
from collections.abc import Iterable
from glob import glob
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pricesync.report import Reporter

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.config.models import Config
    from pricesync.state import State

#: prices column: True = plan leaves this SKU's stock as the channel has it
STOCK_LOCKED = "stock_locked"

MIGRATIONS = [
    """
    CREATE TABLE supplier_skus (
        supplier TEXT NOT NULL,
        sku TEXT NOT NULL,
        seen_at REAL NOT NULL,
        PRIMARY KEY (supplier, sku)
    );
    """,
]


def held_suppliers(config: "Config", ingest_result: Any, offers: "pd.DataFrame") -> dict[str, str]:
    """Supplier -> why its offers are missing from this run."""
    held: dict[str, str] = {}
    named = getattr(ingest_result, "held_suppliers", None)
    if isinstance(named, dict):
        held.update({str(k): str(v) for k, v in named.items()})
    elif isinstance(named, (list, tuple, set)):
        held.update({str(k): "held by ingestion" for k in named})
    messages = [str(m) for m in (getattr(ingest_result, "held", None) or [])]
    for name, supplier in config.suppliers.items():
        if name in held:
            continue
        for message in messages:
            if _mentions_supplier(message, name, _supplier_files(config, supplier.files)):
                held[name] = message
                break
    return held


def _supplier_files(config: "Config", patterns: Iterable[str] | None) -> list[str]:
    names: list[str] = []
    for pattern in patterns or []:
        names.append(str(pattern))
        for f in glob(str(config.resolve(pattern))):
            names += [f, Path(f).name]
    return names


def _mentions_supplier(message: str, supplier: str, files: list[str]) -> bool:
    # "prices/technoopt_2024.xlsx: columns changed" names the file; a bare file name must
    # match whole ("a.xlsx" is not in "data.xlsx").
    edge_l, edge_r = r"(?:^|[\s/\\'\"(\[])", r"(?:$|[\s:'\",)\]])"
    candidates = [*files, f"supplier '{supplier}'", f"supplier {supplier}"]
    return any(re.search(edge_l + re.escape(c) + edge_r, message) for c in candidates if c)


def silent_suppliers(state: "State", offers: "pd.DataFrame", config: "Config") -> dict[str, str]:
    """Suppliers that brought offers on an earlier run but none now (file missing, empty)."""
    state.ensure_schema("supplier_skus", MIGRATIONS)
    present = set(offers["supplier"]) if "supplier" in offers.columns else set()
    known = {r["supplier"] for r in state.query("SELECT DISTINCT supplier FROM supplier_skus")}
    return {s: "no offers from this supplier in this run (file missing or empty?)"
            for s in sorted(known - present) if s in config.suppliers}


def remember_supplier_skus(state: "State", matches: "pd.DataFrame", skip: Iterable[str] = ()) -> None:
    """Which catalog SKUs each supplier with offers in this run supplies."""
    state.ensure_schema("supplier_skus", MIGRATIONS)
    if matches is None or "catalog_sku" not in matches.columns or "supplier" not in matches.columns:
        return
    skip = set(skip)
    status = matches["match_status"] if "match_status" in matches.columns else None
    pairs: dict[str, set[str]] = {}
    for i, (supplier, sku) in enumerate(zip(matches["supplier"], matches["catalog_sku"])):
        if not sku or not isinstance(sku, str) or supplier in skip:
            continue
        if status is not None and status.iloc[i] == "unmatched":
            continue
        pairs.setdefault(str(supplier), set()).add(sku)
    now = time.time()
    with state.transaction() as conn:
        for supplier, skus in pairs.items():
            conn.execute("DELETE FROM supplier_skus WHERE supplier = ?", (supplier,))
            conn.executemany("INSERT INTO supplier_skus(supplier, sku, seen_at) VALUES (?, ?, ?)",
                             [(supplier, s, now) for s in sorted(skus)])


def protect_stock(prices: "pd.DataFrame", held: dict[str, str], state: "State", reporter: Reporter) -> "pd.DataFrame":
    """Hold the SKUs of suppliers missing from this run (or, without history, keep every
    channel's stock from going down by leaving stock out of the plan)."""
    if not held:
        return prices
    state.ensure_schema("supplier_skus", MIGRATIONS)
    prices = prices.copy()
    unknown_history = []
    reasons: dict[str, str] = {}
    for supplier, why in held.items():
        rows = state.query("SELECT sku FROM supplier_skus WHERE supplier = ?", (supplier,))
        if not rows:
            unknown_history.append(supplier)
        for r in rows:
            reasons.setdefault(r["sku"], f"supplier '{supplier}' held back ({why}): price and stock kept as they are")
    if reasons:
        hit = prices["sku"].isin(list(reasons)) & (prices["status"] == "ok")
        prices.loc[hit, "status"] = "held"
        prices.loc[hit, "explanation"] = [reasons[s] for s in prices.loc[hit, "sku"]]
        reporter.warn(f"{int(hit.sum())} SKU(s) held because their supplier's file was held back: "
                      f"{', '.join(sorted(held))}")
    if unknown_history:
        # We cannot tell which SKUs they supply: stock is left out of this run's plan.
        prices[STOCK_LOCKED] = True
        reporter.warn(f"no earlier run shows which SKUs {', '.join(unknown_history)} supplies; "
                      "stock is not changed on any channel this run (prices still are)")
    return prices
