"""``StageResult``: what every stage hands back, one shape for all of them.

A stage (ingest, match, scrape, reprice, plan, push) returns its output table(s) with what
the CLI, the run summary and the report need to say about it: how many rows came in, the
counts of its outcomes, the rows it rejected, notes and warnings, the time it took, and any
stage-specific detail (``details``; e.g. scrape's per-competitor health). The CLI renders it
(``as_dict`` for ``--json``); nothing is tucked into ``DataFrame.attrs``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class StageResult:
    stage: str                                              # "ingest", "match", "scrape", ...
    tables: dict[str, Any] = field(default_factory=dict)    # name -> output table; the first is the main one
    rows_in: int | None = None                              # rows / offers / pages the stage was given
    counts: dict[str, int] = field(default_factory=dict)    # outcome -> rows (ok, held, failed...)
    rejects: Any = None                                     # rejected rows with reasons (a DataFrame) or None
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # step -> seconds
    details: dict[str, Any] = field(default_factory=dict)   # stage-specific, JSON-able
    exit_code: int = 0

    @property
    def table(self) -> Any:
        """The stage's main output table (the first of ``tables``)."""
        return next(iter(self.tables.values())) if self.tables else None

    def as_dict(self) -> dict[str, Any]:
        """JSON-able summary (table sizes, not their rows)."""
        return {
            "stage": self.stage, "rows_in": self.rows_in,
            "tables": {name: (len(t) if t is not None else 0) for name, t in self.tables.items()},
            "counts": dict(self.counts),
            "rejects": 0 if self.rejects is None else len(self.rejects),
            "notes": list(self.notes), "warnings": list(self.warnings),
            "timings": dict(self.timings), "details": self.details, "exit_code": int(self.exit_code),
        }
