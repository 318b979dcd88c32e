"""The reprice stage as a ``StageResult``: ``reprice_stage`` runs ``reprice`` and counts its
rows by status (ok, no_offer, held...)."""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from pricesync.result import StageResult

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.config.models import Config


def reprice_stage(matches: "pd.DataFrame", catalog: "pd.DataFrame", config: "Config", **kwargs: Any) -> StageResult:
    """``reprice(matches, catalog, config, **kwargs)`` -> ``StageResult`` (``table``: the
    prices, one row per catalog SKU; ``counts``: rows by status)."""
    from pricesync.pricing import reprice

    start = time.perf_counter()
    prices = reprice(matches, catalog, config, **kwargs)
    return stage_result(prices, rows_in=len(matches), timings={"reprice": time.perf_counter() - start})


def stage_result(prices: "pd.DataFrame", *, rows_in: int | None = None,
                 timings: dict[str, float] | None = None) -> StageResult:
    counts: dict[str, int] = {}
    for status in prices["status"] if "status" in prices.columns else []:
        counts[str(status)] = counts.get(str(status), 0) + 1
    return StageResult(stage="reprice", tables={"prices": prices}, rows_in=rows_in, counts=counts,
                       timings=dict(timings or {}))
