"""The pipeline's own stages as ``StageResult`` (the shape every stage returns):
``fetch_stage`` (the suppliers' lists from their sources, as ``run`` does first),
``plan_stage`` (a prices table, or the pipeline up to reprice, planned on the channels),
``push_stage`` (plans sent), ``run_stage`` (the whole run), and ``plan_result(plans)`` and
``push_result(pushed)`` for the plans and pushes made by ``plan`` and ``push``."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pricesync.errors import ExitCode
from pricesync.result import StageResult

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.channels.base import Channel
    from pricesync.config.models import Config
    from pricesync.pipeline.model import ChannelPlan, PushResult
    from pricesync.report import Reporter
    from pricesync.state import State


def fetch_stage(config: "Config", suppliers: "Iterable[str] | None" = None, *,
                reporter: "Reporter | None" = None) -> StageResult:
    """Fetch the lists of ``suppliers`` (default: every one with a source) into the state
    folder, one run at a time (the run lock). ``tables["sources"]``: one ``FetchResult`` per
    supplier; exit 3 when a supplier is held (its source failed, or its list is older than
    max_age), 1 when every source failed."""
    from pricesync.errors import UsageError
    from pricesync.pipeline.lock import run_lock
    from pricesync.sources.fetch import fetch_suppliers, sourced_suppliers
    from pricesync.state import State

    names = sourced_suppliers(config, list(suppliers) if suppliers else None)
    if not names:
        raise UsageError("no supplier has a [suppliers.NAME.source] to fetch", file=str(config.source or ""))
    path = config.resolve(config.state.path)
    with run_lock(path, "fetch"), State(path) as state:
        rows = fetch_suppliers(config, state=state, names=names, reporter=reporter).results
    failed, held = sum(bool(r.error) for r in rows), sum(bool(r.held) for r in rows)
    code = ExitCode.FAILED if rows and failed == len(rows) else ExitCode.HELD if held else ExitCode.OK
    return StageResult(stage="fetch", tables={"sources": rows}, rows_in=len(names),
                       counts={"changed": sum(bool(r.changed) for r in rows), "held": held, "failed": failed},
                       warnings=[f"{r.supplier}: held, {r.held}" for r in rows if r.held],
                       details={"sources": [r.to_dict() for r in rows]}, exit_code=int(code))


def plan_stage(config: "Config", prices: "pd.DataFrame | None" = None, *, state: "State | None" = None,
               channels: "Iterable[str | Channel] | None" = None, reporter: "Reporter | None" = None) -> StageResult:
    """What would change on each channel. Without ``prices`` the pipeline runs up to reprice
    first (``prepare``: nothing is pushed), and what it held back on the way (files,
    suppliers, rejected rows) makes the exit code 3 as a held plan does.
    ``tables``: ``plans`` (``ChannelPlan`` list) and ``prices``."""
    from pricesync.pipeline.planning import plan
    from pricesync.pipeline.runner import prepare

    catalog, upstream_held = None, False
    if prices is None:
        prepared = prepare(config, state=state, reporter=reporter)
        prices, catalog, upstream_held = prepared.prices, prepared.catalog, prepared.held_back
    plans = plan(config, prices, channels=channels, state=state, reporter=reporter, catalog=catalog)
    result = plan_result(plans)
    result.tables["prices"] = prices
    if upstream_held and not result.exit_code:
        result.exit_code = int(ExitCode.HELD)
    return result


def push_stage(config: "Config", plans: "list[ChannelPlan]", *, state: "State | None" = None,
               reporter: "Reporter | None" = None, channels: "Iterable[str | Channel] | None" = None,
               run_id: int | None = None) -> StageResult:
    """``push(config, plans, ...)`` as a ``StageResult`` (``push_result``); the
    ``PushResult`` itself in ``tables["pushed"]``."""
    from pricesync.pipeline.pushing import push

    pushed = push(config, plans, state=state, reporter=reporter, channels=channels, run_id=run_id)
    result = push_result(pushed)
    result.tables["pushed"] = pushed
    return result


def run_stage(config: "Config", **kwargs: Any) -> StageResult:
    """``run(config, **kwargs)`` as one ``StageResult`` (``RunResult.result``: the prices and
    plans, each stage's counts, the run's summary in ``details``, its exit code)."""
    from pricesync.pipeline.runner import run

    return run(config, **kwargs).result


def plan_result(plans: "list[ChannelPlan]", *, errors: dict[str, str] | None = None) -> StageResult:
    """Counts of changes, held, unknown, unchanged and no_offer over the channels; per
    channel in ``details["channels"]``; exit 3 when a plan holds something back."""
    keys = ("changes", "held", "unknown", "unchanged", "no_offer")
    per = {p.channel: p.to_dict()["summary"] for p in plans}
    counts = {k: sum(s[k] for s in per.values()) for k in keys}
    held = any(p.held_back for p in plans)
    code = ExitCode.FAILED if errors else ExitCode.HELD if held else ExitCode.OK
    return StageResult(stage="plan", tables={"plans": plans}, counts=counts,
                       warnings=[f"channel {k}: {v}" for k, v in (errors or {}).items()],
                       details={"channels": per}, exit_code=int(code))


def push_result(pushed: "PushResult") -> StageResult:
    """Counts of pushed, failed, refused and pending items over the channels; exit 4 when
    some items did not reach a channel, 3 when some were refused by the floor check."""
    keys = ("pushed", "failed", "refused", "pending", "batches")
    per = {c.channel: c.to_dict() for c in pushed.channels}
    counts = {k: sum(int(d[k]) for d in per.values()) for k in keys}
    code = ExitCode.PUSH_PARTIAL if pushed.partly_failed else ExitCode.HELD if pushed.refused else ExitCode.OK
    return StageResult(stage="push", tables={"channels": pushed.channels}, counts=counts,
                       warnings=[f"channel {c.channel}: {c.error}" for c in pushed.channels if c.error],
                       details={"channels": per}, exit_code=int(code))
