"""What the run report shows, read from the run folder the pipeline wrote.

Everything comes from the library's own outputs: ``summary.json`` (the counts the run
printed), ``plan.json`` (per channel changes / held / unknown), ``prices.parquet`` (the
pricing stage's price, status and explanation per SKU), ``matches.parquet``,
``rejects.csv`` and ``push.json``. Aggregation is done with pandas on whole columns; only
the few rows a table shows become Python objects.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

#: the pricing guard's own hint on a held move (pricesync.pricing.change_guard)
MAX_CHANGE_MARKERS = ("accept with:", "over max change")


@dataclass
class RunData:
    run_dir: Path
    summary: dict[str, Any]
    plans: list[dict[str, Any]] = field(default_factory=list)
    prices: "pd.DataFrame | None" = None
    matches: "pd.DataFrame | None" = None
    rejects: "pd.DataFrame | None" = None
    push: list[dict[str, Any]] | None = None
    #: SKU -> name / category (the shop catalog's, else what matching recorded)
    names: "pd.Series | None" = None
    categories: "pd.Series | None" = None
    has_competitors: bool = False
    problems: list[str] = field(default_factory=list)
    _priced: "pd.DataFrame | None" = field(default=None, repr=False)

    def priced(self) -> "pd.DataFrame":
        """The prices table with numeric columns (see ``priced``), computed once."""
        if self._priced is None:
            assert self.prices is not None
            self._priced = priced(self.prices)
        return self._priced


def load_run(run_dir: str | Path, *, catalog: "pd.DataFrame | None" = None) -> RunData:
    """The run folder's files; a missing or unreadable one leaves its section empty (noted)."""
    import pandas as pd

    folder = Path(run_dir)
    problems: list[str] = []
    data = RunData(run_dir=folder, summary=_json(folder / "summary.json", {}, problems), problems=problems)
    plan = _json(folder / "plan.json", [], data.problems)
    data.plans = [plan] if isinstance(plan, dict) else list(plan or [])
    push = _json(folder / "push.json", None, data.problems)
    data.push = push if isinstance(push, list) else None
    data.prices = _parquet(folder / "prices.parquet", data.problems)
    data.matches = _parquet(folder / "matches.parquet", data.problems)
    data.has_competitors = (folder / "competitors.parquet").exists()
    if (folder / "rejects.csv").exists():
        try:
            data.rejects = pd.read_csv(folder / "rejects.csv", dtype=str, keep_default_na=False,
                                       encoding="utf-8-sig")
        except Exception as exc:  # noqa: BLE001 - a report never fails over one file
            data.problems.append(f"rejects.csv: {type(exc).__name__}: {exc}")
    names = categories = None
    if catalog is not None and "sku" in catalog.columns:
        cat = catalog.drop_duplicates("sku")
        cat.index = cat["sku"].astype(str).to_numpy()
        if "name" in cat.columns:
            names = cat["name"].astype(str)
        if "category" in cat.columns:
            categories = cat["category"].fillna("").astype(str)
    m = data.matches
    if names is None and m is not None and {"catalog_sku", "catalog_name"} <= set(m.columns):
        known = m[m["catalog_sku"].fillna("").astype(str) != ""].drop_duplicates("catalog_sku")
        names = pd.Series(known["catalog_name"].astype(str).to_numpy(), index=known["catalog_sku"].astype(str))
    data.names, data.categories = names, categories
    return data


def _json(path: Path, default: Any, problems: list[str]) -> Any:
    if not path.exists():
        return default
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        problems.append(f"{path.name}: {exc}")
        return default


def _parquet(path: Path, problems: list[str]) -> "pd.DataFrame | None":
    import pandas as pd

    if not path.exists():
        return None
    try:
        return pd.read_parquet(path)
    except Exception as exc:  # noqa: BLE001
        problems.append(f"{path.name}: {type(exc).__name__}: {exc}")
        return None


# -- numbers ------------------------------------------------------------------------------
def numeric(df: "pd.DataFrame", column: str) -> "pd.Series":
    """A money/ratio column (decimal strings or Decimals) as floats, NaN where empty."""
    import pandas as pd

    if column not in df.columns:
        return pd.Series(float("nan"), index=df.index)
    try:
        return pd.to_numeric(df[column], errors="coerce").astype(float)
    except (TypeError, ValueError):  # odd cells (a list, a dict): as text first
        return pd.to_numeric(df[column].astype(str), errors="coerce").astype(float)


def text(df: "pd.DataFrame", column: str) -> "pd.Series":
    import pandas as pd

    if column not in df.columns:
        return pd.Series("", index=df.index, dtype=object)
    return df[column].fillna("").astype(str)


def channel_frames(plan: dict[str, Any]) -> dict[str, "pd.DataFrame"]:
    """One channel's plan.json sections as frames, with change_pct and stocks numeric."""
    import pandas as pd

    frames = {}
    for section in ("changes", "held", "unknown"):
        df = pd.DataFrame.from_records(plan.get(section) or [])
        for col in ("sku", "old_price", "new_price", "explanation", "reason", "change_pct",
                    "old_stock", "new_stock"):
            if col not in df.columns:
                df[col] = None
        df["pct"] = numeric(df, "change_pct")
        if section == "held":
            old, new = numeric(df, "old_price"), numeric(df, "new_price")
            df["pct"] = ((new - old) / old.where(old != 0) * 100).round(1)
        df["old_s"] = pd.to_numeric(df["old_stock"], errors="coerce")
        df["new_s"] = pd.to_numeric(df["new_stock"], errors="coerce")
        frames[section] = df
    return frames


def channel_counts(plan: dict[str, Any], frames: dict[str, "pd.DataFrame"]) -> dict[str, int]:
    ch = frames["changes"]
    old, new = numeric(ch, "old_price"), numeric(ch, "new_price")
    moved = new.notna() & (old != new)
    return {
        "changes": len(ch), "held": len(frames["held"]), "unknown": len(frames["unknown"]),
        "unchanged": int((plan.get("summary") or {}).get("unchanged", 0)),
        "no_offer": int((plan.get("summary") or {}).get("no_offer", 0)),
        "up": int((moved & (new > old)).sum()), "down": int((moved & (new < old)).sum()),
        "new_price": int((moved & old.isna()).sum()),
        "stock_only": int((~moved).sum()),
        "stock_out": int(((ch["new_s"] == 0) & (ch["old_s"] > 0)).sum()),
    }


def priced(prices: "pd.DataFrame") -> "pd.DataFrame":
    """Prices rows with numeric price, current, change (%), cost and margin (%) columns
    (``RunData.priced`` keeps it for the run's table)."""
    df = prices.assign(_price=numeric(prices, "price"), _current=numeric(prices, "current_price"),
                       _change=numeric(prices, "change") * 100, _cost=numeric(prices, "cost_shop"),
                       _status=text(prices, "status"))
    df["_margin"] = (df["_price"] / df["_cost"].where(df["_cost"] > 0) - 1) * 100
    return df


def is_guard_hold(explanations: "pd.Series") -> "pd.Series":
    lower = explanations.str.lower()
    hit = lower.str.contains(MAX_CHANGE_MARKERS[0], regex=False)
    for marker in MAX_CHANGE_MARKERS[1:]:
        hit |= lower.str.contains(marker, regex=False)
    return hit


def coverage(matches: "pd.DataFrame | None", rejects: "pd.DataFrame | None") -> "pd.DataFrame":
    """Per supplier: offers, auto / review / unmatched, rejected rows and notes."""
    import pandas as pd

    cols = ["offers", "auto", "review", "unmatched", "rejected", "notes"]
    parts = []
    if matches is not None and "supplier" in matches.columns and len(matches):
        status = text(matches, "match_status")
        counts = pd.crosstab(text(matches, "supplier"), status)
        counts = counts.reindex(columns=["auto", "review", "unmatched"], fill_value=0)
        counts["offers"] = text(matches, "supplier").value_counts()
        parts.append(counts)
    if rejects is not None and "supplier" in rejects.columns and len(rejects):
        kind = text(rejects, "kind") if "kind" in rejects.columns else pd.Series("rejected", index=rejects.index)
        supplier = text(rejects, "supplier").replace("", "(catalog)")
        parts.append(pd.DataFrame({"rejected": (kind != "note").groupby(supplier).sum(),
                                   "notes": (kind == "note").groupby(supplier).sum()}))
    if not parts:
        return pd.DataFrame(columns=cols)
    table = pd.concat(parts, axis=1).reindex(columns=cols).fillna(0).astype(int)
    total = table["offers"] + table["rejected"]
    table["coverage"] = (table["auto"] / table["offers"].where(table["offers"] > 0) * 100).round(1)
    table["rows"] = total
    return table.sort_index()
