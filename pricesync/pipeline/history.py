"""Run history: which state file a command uses, and its row in the state's ``runs`` table.

One rule for the state file of every command (``state_path``): ``--state`` when given, else
the config's ``[state] path`` when a config is given, else none (the command runs without a
state: nothing remembered is read, no run is recorded). ``recorded_run`` records one command:
started, then finished with the status, exit code and summary its body sets, or ``failed``
(``interrupted`` on Ctrl-C) with the error when the body raises.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pricesync.errors import ExitCode, PricesyncError

if TYPE_CHECKING:
    from pricesync.config.models import Config
    from pricesync.state.store import State


def state_path(config: "Config | None", state: str | Path | None = None) -> Path | None:
    """The state file: ``state`` when given, else the config's ``[state] path`` (relative to
    the config file), else ``None``."""
    if state is not None:
        return Path(state)
    if config is not None:
        return config.resolve(config.state.path)
    return None


def open_state(path: str | Path | None):
    """``with open_state(path) as state``: the state at ``path``, or ``None`` when there is
    no state file (see ``state_path``)."""
    from contextlib import nullcontext

    from pricesync.state.store import State

    return State(path) if path is not None else nullcontext(None)


@dataclass
class RunRecord:
    """What a command sets to finish its row: ``status``, ``exit_code``, ``summary``."""

    run_id: int | None = None
    status: str = "ok"
    exit_code: int = 0
    summary: dict[str, Any] = field(default_factory=dict)

    def finish(self, *, status: str | None = None, exit_code: int | None = None,
               summary: dict[str, Any] | None = None) -> None:
        if status is not None:
            self.status = status
        if exit_code is not None:
            self.exit_code = int(exit_code)
        if summary is not None:
            self.summary = summary


def failure(exc: BaseException) -> tuple[int, str]:
    """The exit code and status of a command that raised ``exc``."""
    if isinstance(exc, KeyboardInterrupt):  # Ctrl-C or SIGINT: not a failure of the shop's data
        return 130, "interrupted"
    code = exc.exit_code if isinstance(exc, PricesyncError) else getattr(exc, "exit_code", ExitCode.FAILED)
    return int(code), "failed"


@contextmanager
def recorded_run(state: "State | None", command: str, *,
                 error_summary: Callable[[BaseException, int, str], dict[str, Any]] | None = None,
                 ) -> Iterator[RunRecord]:
    """Record ``command`` in ``state``'s run history (nothing when ``state`` is None).

    The body sets the outcome on the yielded record; when it raises, the row is finished as
    failed with ``error_summary(exc, code, status)`` (default: ``{"error": str(exc)}``)."""
    record = RunRecord()
    if state is None:
        yield record
        return
    record.run_id = state.start_run(command)
    try:
        yield record
    except BaseException as exc:
        code, status = failure(exc)
        summary = error_summary(exc, code, status) if error_summary else {"error": str(exc)}
        state.finish_run(record.run_id, status=status, exit_code=code, summary=summary)
        raise
    state.finish_run(record.run_id, status=record.status, exit_code=record.exit_code, summary=record.summary)


def recent_runs(state_file: str | Path, limit: int = 20) -> list[dict[str, Any]]:
    """The last ``limit`` runs of the state (newest first), each with its summary read and
    what it fetched (``fetched``); a run killed without finishing is closed first (it is not
    "running" when no run holds the lock)."""
    import json

    from pricesync.pipeline.lock import close_stale_runs_if_free
    from pricesync.pipeline.nightly import fetched_by_run
    from pricesync.state.store import State

    with State(state_file) as state:
        close_stale_runs_if_free(Path(state_file), state)
        rows = [dict(r) for r in state.runs(limit)]
        for r in rows:
            r["summary"] = json.loads(r["summary"]) if r.get("summary") else {}
        fetched = fetched_by_run(state, rows)
    for r in rows:
        r["fetched"] = fetched.get(int(r["id"]), [])
    return rows
