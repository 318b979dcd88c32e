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


def kept_folder(state: "State", run_id: int | None, has: Callable[[Path], bool], *,
                default_root: Path | None = None, limit: int = 200) -> tuple[Path, int] | None:
    """(folder, run id) of run ``run_id`` (else of the newest of the last ``limit`` runs)
    whose folder - its summary's ``run_dir``, else ``default_root/<id>`` - ``has`` what is
    wanted; None when no run kept one."""
    import json

    rows = state.query("SELECT id, summary FROM runs" + (" WHERE id = ?" if run_id is not None else "")
                       + " ORDER BY id DESC LIMIT ?", ((run_id,) if run_id is not None else ()) + (limit,))
    for row in rows:
        summary = json.loads(row["summary"]) if row["summary"] else {}
        for candidate in (summary.get("run_dir"), default_root / str(row["id"]) if default_root else None):
            if candidate and has(Path(candidate)):
                return Path(candidate), int(row["id"])
    return None


def report_folder(config: "Config", run: str | None) -> Path:
    """The folder of run ``run`` (an id from the state, or a folder path) to write a report
    from; the newest run that kept one when None."""
    from pricesync.errors import UsageError
    from pricesync.state.store import State

    def has(folder: Path) -> bool:
        return (folder / "summary.json").exists() or (folder / "plan.json").exists()

    if run is not None and not run.isdigit():
        if not has(Path(run)):
            raise UsageError(f"'{run}' is neither a run id nor a run folder (no summary.json or plan.json in it)")
        return Path(run)
    path = config.resolve(config.state.path)
    if not path.exists():
        raise UsageError(f"no state file at {path}: no run to report on")
    with State(path) as state:
        if run is not None and not state.query("SELECT id FROM runs WHERE id = ?", (int(run),)):
            raise UsageError(f"no run #{run} in {path} (see `pricesync runs`)")
        found = kept_folder(state, int(run) if run is not None else None, has,
                            default_root=path.resolve().parent / "runs")
    if found is None:
        which = f"run #{run}" if run is not None else "any run"
        raise UsageError(f"no run folder found for {which} (runs keep theirs in runs/<id>/ next to the state file)")
    return found[0]
