"""The plan and push stages as ``StageResult`` (the shape every stage returns):
``plan_stage`` (a prices table, or the pipeline up to reprice, planned on the channels),
``plan_result(plans)`` and ``push_result(pushed)``."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from pricesync.errors import ExitCode
from pricesync.result import StageResult

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.channels.base import Channel
    from pricesync.config.models import Config
    from pricesync.pipeline.model import ChannelPlan, PushResult
    from pricesync.report import Reporter
    from pricesync.state import State


def plan_stage(config: "Config", prices: "pd.DataFrame | None" = None, *, state: "State",
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
