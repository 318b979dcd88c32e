"""One run at a time per state file: an OS lock on ``<state>.lock``.

The operating system drops the lock when the process ends, however it ends (kill -9,
power loss), so a crashed run never blocks the next night's cron; the pid and start time
written inside only make the message useful.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from pricesync.errors import PricesyncError

if TYPE_CHECKING:
    from pricesync.state import State

#: commands that run under the lock (``runs.command`` starts with one of them)
LOCKED_COMMANDS = ("run", "push")


class RunLockedError(PricesyncError):
    """Another pricesync run or push is working on the same state."""


def _try_lock(fd: int) -> bool:
    try:
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False


@contextmanager
def run_lock(state_path: str | Path, what: str = "run") -> Iterator[Path]:
    lock_path = Path(f"{state_path}.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if not _try_lock(fd):
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() if hasattr(os, "pread") else ""
            raise RunLockedError(f"another pricesync run is in progress ({holder or 'unknown process'}); "
                                 "not starting a second one", file=str(lock_path))
        os.ftruncate(fd, 0)
        os.write(fd, f"{what}, pid {os.getpid()}, since {time.strftime('%Y-%m-%d %H:%M:%S')}".encode())
        yield lock_path
    finally:
        os.close(fd)          # closing releases the lock


def close_stale_runs(state: "State") -> list[int]:
    """Runs of locked commands still marked ``running`` while the caller holds the lock: the
    process that started them is gone (killed, power loss), since the OS dropped its lock.
    They become ``interrupted``; returns their ids."""
    stale = [int(r["id"]) for r in state.query(
        "SELECT id, command FROM runs WHERE status = 'running' ORDER BY id")
        if str(r["command"]).split(" ")[0] in LOCKED_COMMANDS]
    if stale:
        import json

        note = json.dumps({"error": "the process ended without finishing the run (killed or lost power); "
                                    "its unfinished push batches are resumed by the next push"})
        state.conn.executemany(
            "UPDATE runs SET status = 'interrupted', summary = COALESCE(summary, ?) "
            "WHERE id = ? AND status = 'running'", [(note, run_id) for run_id in stale])
    return stale


def close_stale_runs_if_free(state_path: str | Path, state: "State") -> list[int]:
    """``close_stale_runs`` when no run holds the lock now (for read-only commands such as
    ``pricesync runs``); nothing is changed while a run is working."""
    lock_path = Path(f"{state_path}.lock")
    if not lock_path.exists():
        return close_stale_runs(state)
    try:
        fd = os.open(lock_path, os.O_RDWR)
    except OSError:
        return []
    try:
        if not _try_lock(fd):
            return []
        return close_stale_runs(state)
    finally:
        os.close(fd)
