"""Plan files for people and machines, and the run folder an operator can look into."""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pricesync.errors import UsageError
from pricesync.pipeline.model import ChannelPlan, change_percent, plans_json
from pricesync.files import atomic_write, write_text_atomic
from pricesync.tables import write_table, write_xlsx

if TYPE_CHECKING:
    import pandas as pd

CHANGE_COLUMNS = ["channel", "sku", "name", "old_price", "new_price", "change_pct", "old_stock", "new_stock",
                  "explanation"]
HELD_COLUMNS = ["channel", "sku", "name", "old_price", "new_price", "change_pct", "old_stock", "new_stock", "reason"]
UNKNOWN_COLUMNS = ["channel", "sku", "name", "new_price", "new_stock", "explanation"]


def product_names(prices: "pd.DataFrame | None") -> dict[str, str]:
    """SKU -> product name from a prices table (the catalog's name), for the sheets people read."""
    if prices is None or "name" not in getattr(prices, "columns", ()) or "sku" not in prices.columns:
        return {}
    return {str(s): "" if n is None or n != n else str(n) for s, n in zip(prices["sku"], prices["name"])}


def plan_frames(plans: Sequence[ChannelPlan], names: Mapping[str, str] | None = None) -> dict[str, "pd.DataFrame"]:
    """Sheets ``changes``, ``held``, ``unknown`` (one row per channel and SKU), with the
    product's ``name`` from ``names`` (SKU -> name)."""
    import pandas as pd

    name = (names or {}).get
    changes = [(p.channel, c.sku, name(c.sku, ""), c.old_price, c.new_price, change_percent(c.old_price, c.new_price),
                c.old_stock, c.new_stock, c.explanation) for p in plans for c in p.changes]
    held = [(p.channel, h.sku, name(h.sku, ""), h.old_price, h.new_price, change_percent(h.old_price, h.new_price),
             h.old_stock, h.new_stock, h.reason) for p in plans for h in p.held]
    unknown = [(p.channel, u.sku, name(u.sku, ""), u.new_price, u.new_stock, u.explanation)
               for p in plans for u in p.unknown]

    def frame(rows, columns):
        df = pd.DataFrame(rows, columns=columns, dtype=object)
        for col in ("old_stock", "new_stock"):
            if col in df.columns:   # stays int (or empty) instead of becoming float with NaN
                df[col] = df[col].astype(object)
        return df

    return {"changes": frame(changes, CHANGE_COLUMNS), "held": frame(held, HELD_COLUMNS),
            "unknown": frame(unknown, UNKNOWN_COLUMNS)}


def write_plan(plans: Sequence[ChannelPlan], path: str | Path, *, names: Mapping[str, str] | None = None) -> Path:
    """``.json`` (the plan's JSON shape), ``.xlsx`` (a sheet each for changes, held, unknown) or
    ``.csv`` (every row with its channel and section); written atomically. ``names`` (SKU ->
    product name) fills the sheets' ``name`` column."""
    import pandas as pd

    path = Path(path)
    ext = path.suffix.lower()
    if ext not in (".json", ".xlsx", ".csv"):
        raise UsageError(f"unsupported plan extension '{ext}' (use .json, .xlsx or .csv)", file=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    if ext == ".json":
        write_json(plans_json(list(plans)), path)
        return path
    sheets = plan_frames(plans, names)
    if ext == ".xlsx":
        with atomic_write(path) as tmp:
            write_xlsx(sheets, tmp)
        return path
    parts = []
    for section, df in sheets.items():
        df = df.copy()
        df.insert(1, "section", section.rstrip("s") if section == "changes" else section)
        parts.append(df)
    columns = ["channel", "section", "sku", "name", "old_price", "new_price", "change_pct", "old_stock", "new_stock",
               "explanation", "reason"]
    rows = pd.concat([p for p in parts if len(p)] or [pd.DataFrame(columns=columns)], ignore_index=True)
    return write_table(rows.reindex(columns=columns), path)


def write_json(data: Any, path: Path) -> None:
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n")


def write_run_table(df: "pd.DataFrame | None", path: Path) -> Path | None:
    """A stage's table in the run folder; list/dict cells (match candidates) become JSON."""
    if df is None:
        return None
    df = df.copy()
    for col in df.columns:
        if df[col].dtype == object and any(isinstance(v, (list, dict, tuple)) for v in df[col].head(1000)):
            df[col] = [json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, (list, dict, tuple)) else v
                       for v in df[col]]
    return write_table(df, path)
