"""What each recorded run fetched, for ``pricesync runs``.

A run that fetched keeps its sources' results in its summary (``sources``); for a run
recorded without them, the sources' own records in the state (``source_fetches``, one row
per fetch) between the run's start and end are read instead.
"""
from __future__ import annotations

from typing import Any


def fetched_by_run(state: Any, rows: list[dict]) -> dict[int, list[dict]]:
    """run id -> one item per supplier fetched: supplier, url, status (changed | unchanged |
    not_modified | failed | stale), size, error/held."""
    out: dict[int, list[dict]] = {}
    records = None
    for r in rows:
        summary = r.get("summary") or {}
        items = [from_result(s) for s in summary.get("sources") or [] if isinstance(s, dict)]
        if not items:
            if records is None:
                records = _records(state)
            end = r.get("finished_at") or float("inf")
            items = [rec for rec in records if r["started_at"] <= rec["fetched_at"] <= end]
        if items:
            out[int(r["id"])] = items
    return out


def from_result(s: dict) -> dict:
    if s.get("error"):
        status = "failed"
    elif s.get("held"):
        status = "stale"
    elif s.get("changed"):
        status = "changed"
    else:
        status = "not_modified" if s.get("from_cache") else "unchanged"
    item = {"supplier": s.get("supplier", "?"), "url": s.get("url", ""), "status": status, "size": s.get("size") or 0}
    if s.get("held"):
        item["why"] = s["held"]
    if s.get("remote_name"):
        item["file"] = s["remote_name"]
    return item


def _records(state: Any) -> list[dict]:
    try:
        rows = state.query("SELECT supplier, url, fetched_at, status, size, changed, remote_name, error "
                           "FROM source_fetches ORDER BY id")
    except Exception:    # no sources table yet: nothing was ever fetched
        return []
    out = []
    for row in rows:
        r = dict(row)
        status = {"downloaded": "changed" if r["changed"] else "unchanged", "failed": "failed"}.get(
            r["status"], r["status"])
        item = {"supplier": r["supplier"], "url": r["url"], "status": status, "size": r["size"] or 0,
                "fetched_at": r["fetched_at"]}
        if r["error"]:
            item["why"] = r["error"]
        if r["remote_name"]:
            item["file"] = r["remote_name"]
        out.append(item)
    return out


def fetched_text(items: list[dict]) -> str:
    """One cell: ``alfa changed, beta FAILED, gamma stale``."""
    words = {"changed": "new list", "unchanged": "unchanged", "not_modified": "unchanged", "failed": "FAILED",
             "stale": "STALE"}
    return ", ".join(f"{i['supplier']} {words.get(i['status'], i['status'])}" for i in items)
