"""The reprice stage: ``reprice_stage`` runs ``reprice`` and returns a ``StageResult``
(``table``: the prices; ``counts``: rows by status; ``details``: the largest moves; exit 3
when a move is held)."""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from pricesync.errors import ExitCode
from pricesync.result import StageResult

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.config.models import Config

STATUSES = ("ok", "held", "no_offer")
TOP_CHANGES = 10


def reprice_stage(matches: "pd.DataFrame", catalog: "pd.DataFrame", config: "Config", **kwargs: Any) -> StageResult:
    """``reprice(matches, catalog, config, **kwargs)`` -> ``StageResult``."""
    from pricesync.pricing import reprice

    start = time.perf_counter()
    prices = reprice(matches, catalog, config, **kwargs)
    return stage_result(prices, rows_in=len(matches), timings={"reprice": time.perf_counter() - start})


def stage_result(prices: "pd.DataFrame", *, rows_in: int | None = None,
                 timings: dict[str, float] | None = None) -> StageResult:
    """A prices table as the reprice stage's result: rows by status (ok, held and no_offer
    always), ``details["top_changes"]`` the largest price moves."""
    counts = dict.fromkeys(STATUSES, 0)
    for status in prices["status"] if "status" in prices.columns else []:
        counts[str(status)] = counts.get(str(status), 0) + 1
    return StageResult(stage="reprice", tables={"prices": prices}, rows_in=rows_in, counts=counts,
                       timings=dict(timings or {}), details={"top_changes": top_changes(prices)},
                       exit_code=int(ExitCode.HELD if counts["held"] else ExitCode.OK))


def top_changes(prices: "pd.DataFrame", n: int = TOP_CHANGES) -> list[dict[str, Any]]:
    """The ``n`` largest moves (by |change|): sku, current and new price, change, status and
    explanation, money as text."""
    from pricesync.money import format_money

    if "change" not in prices.columns:
        return []
    moved = prices[prices["change"].notna() & prices["change"].map(lambda c: c is not None and c != 0)]
    moved = moved.assign(_abs=moved["change"].map(abs)).sort_values("_abs", ascending=False).head(n)
    return [{"sku": r.sku, "current_price": format_money(r.current_price), "price": format_money(r.price),
             "change": None if r.change is None else format(r.change, "f"), "status": r.status,
             "explanation": r.explanation}
            for r in moved.itertuples(index=False)]
