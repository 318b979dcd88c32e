"""The match stage as a ``StageResult``: ``match_stage`` runs ``match_offers`` and counts
its outcomes (auto / review / unmatched, per method) for the CLI, the run and the report."""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from pricesync.result import StageResult

if TYPE_CHECKING:
    import pandas as pd

STATUSES = ("auto", "review", "unmatched")


def match_stage(offers: "pd.DataFrame", catalog: "pd.DataFrame", *, config: Any = None, state: Any = None,
                reporter: Any = None, catalog_rejects: "pd.DataFrame | None" = None) -> StageResult:
    """``match_offers`` -> ``StageResult`` (``table``: the matches; ``rejects``: the catalog's
    rejected rows, which make the exit code 3)."""
    from pricesync.match.engine import match_with_info

    start = time.perf_counter()
    matches, info = match_with_info(offers, catalog, config=config, state=state, reporter=reporter)
    return stage_result(matches, catalog_rejects=catalog_rejects, timings={"match": time.perf_counter() - start},
                        name_decision=info["decision"])


def stage_result(matches: "pd.DataFrame", *, catalog_rejects: "pd.DataFrame | None" = None,
                 timings: dict[str, float] | None = None, name_decision: dict | None = None) -> StageResult:
    """The counts of a matches table: per status, and per method and status;
    ``details["name_decision"]``: how name matches were decided (``match_with_info``)."""
    from pricesync.errors import ExitCode

    by_method: dict[str, dict[str, int]] = {}
    for method, status in zip(matches["match_method"], matches["match_status"]):
        by_method.setdefault(method, dict.fromkeys(STATUSES, 0))[status] += 1
    totals = {s: sum(c[s] for c in by_method.values()) for s in STATUSES}
    rejected = 0 if catalog_rejects is None else len(catalog_rejects)
    return StageResult(stage="match", tables={"matches": matches}, rows_in=len(matches), counts=totals,
                       rejects=catalog_rejects, timings=dict(timings or {}),
                       details={"by_method": by_method, "name_decision": name_decision or {}},
                       exit_code=int(ExitCode.HELD if rejected else ExitCode.OK))
