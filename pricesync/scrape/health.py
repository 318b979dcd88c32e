"""Noticing a competitor that stopped working.

A shop that changes its layout, blocks our user agent or goes down does not raise an
error: its pages load and give no price, or fail one by one. Pricing would then quietly
run without that competitor. Each run's counts are kept in the state; a competitor is
flagged when most of its pages fail now although they worked last time, or when none of
its pages gives a price.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pricesync.scrape.cache import ScrapeCache

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.report import Reporter
    from pricesync.state import State

FAILING_SHARE = 0.8      # this share of pages without a price is "failing"
WORKED_SHARE = 0.5       # ...when at least this share had one last run


def counts_of(statuses) -> dict[str, int]:
    counts = {"pages": 0, "ok": 0, "no_price": 0, "failed": 0}
    for status in statuses:
        counts["pages"] += 1
        counts["ok" if status == "ok" else "no_price" if status == "no_price" else "failed"] += 1
    return counts


def check_health(df: "pd.DataFrame", competitors: list[str], *, state: "State | None",
                 reporter: "Reporter") -> dict[str, Any]:
    """{"competitors": {name: counts + flagged + reason + reasons}, "flagged": [names]};
    records this run's counts in the state."""
    cache = ScrapeCache(state) if state is not None else None
    summary: dict[str, Any] = {"competitors": {}, "flagged": []}
    for name in competitors:
        rows = df[df["competitor"] == name] if len(df) else df
        counts = counts_of(rows["status"]) if len(rows) else counts_of([])
        reasons: dict[str, int] = {}
        for status in rows["status"] if len(rows) else []:
            if status != "ok":
                reasons[status] = reasons.get(status, 0) + 1
        before = cache.last_health(name) if cache else None
        reason = _flag_reason(counts, before)
        if reason:
            top = ", ".join(f"{k} ×{v}" for k, v in sorted(reasons.items(), key=lambda kv: -kv[1])[:3])
            reporter.warn(f"competitor '{name}': {reason} ({top}); its prices are missing from this run")
            summary["flagged"].append(name)
        summary["competitors"][name] = {**counts, "flagged": bool(reason), "reason": reason, "statuses": reasons}
        if cache and counts["pages"]:
            cache.record_health(name, counts)
    return summary


def _flag_reason(now: dict[str, int], before: dict[str, int] | None) -> str | None:
    if not now["pages"]:
        return None
    failing = (now["pages"] - now["ok"]) / now["pages"]
    worked = before is not None and before["pages"] > 0 and before["ok"] / before["pages"] >= WORKED_SHARE
    if failing >= FAILING_SHARE and worked:
        return (f"{now['pages'] - now['ok']} of {now['pages']} pages gave no price, "
                f"last run {before['ok']} of {before['pages']} did")  # type: ignore[index]
    if now["ok"] == 0:
        return f"none of {now['pages']} pages gave a price"
    return None
