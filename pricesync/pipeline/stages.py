"""``plan`` and ``push`` results as ``StageResult`` (the shape every stage returns):
``plan_result(plans)`` and ``push_result(pushed)``."""
from __future__ import annotations

from typing import TYPE_CHECKING

from pricesync.errors import ExitCode
from pricesync.result import StageResult

if TYPE_CHECKING:
    from pricesync.pipeline.model import ChannelPlan, PushResult


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
