"""The embedded state store (stdlib sqlite3).

Each stage owns its tables and declares them as an ordered list of migrations under a
component name (``state.ensure_schema("match", MIGRATIONS)``); the store records how far
each component has been migrated, so stages evolve their tables independently and a file
from an older version is upgraded in place.
"""
from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pricesync.errors import StateError

CORE_MIGRATIONS = [
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        command TEXT NOT NULL,
        started_at REAL NOT NULL,
        finished_at REAL,
        status TEXT NOT NULL DEFAULT 'running',
        exit_code INTEGER,
        summary TEXT
    );
    """,
]


_OPENED: list[str] = []        # state files this process opened, newest last
_NEW_STATE_ALLOWED = False


def allow_new_state(allowed: bool = True) -> None:
    """``--new-state`` / ``[state] create = true``: an empty (0-byte) state file may be
    started afresh. Without it, an empty file is an error: its guard history is gone."""
    global _NEW_STATE_ALLOWED
    _NEW_STATE_ALLOWED = allowed


def last_state_file() -> str | None:
    """The state file opened last (errors from SQLite name it)."""
    return _OPENED[-1] if _OPENED else None


class State:
    def __init__(self, path: str | Path, *, create: bool = False) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
            _OPENED.append(str(path))
            try:
                empty = self.path.exists() and self.path.stat().st_size == 0
            except OSError as exc:
                raise StateError(f"cannot read the state file: {exc.strerror or exc}", file=str(path)) from None
            if empty and not (create or _NEW_STATE_ALLOWED):
                raise StateError(
                    "the state file is empty (0 bytes): its history (guards, remembered matches, push journal) "
                    "is lost, and starting afresh would take the next short list as a first run; restore it "
                    "from a backup, or start a new state knowingly with --new-state (or [state] create = true)",
                    file=str(path))
        try:
            self.conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_versions (component TEXT PRIMARY KEY, version INTEGER NOT NULL)"
            )
        except sqlite3.DatabaseError as exc:
            raise StateError(f"cannot open state database: {exc}", file=str(path)) from None
        self.ensure_schema("core", CORE_MIGRATIONS)

    # -- schema ---------------------------------------------------------------------------
    def ensure_schema(self, component: str, migrations: Sequence[str]) -> None:
        row = self.conn.execute("SELECT version FROM schema_versions WHERE component = ?", (component,)).fetchone()
        current = row["version"] if row else 0
        if current > len(migrations):
            raise StateError(
                f"state was written by a newer pricesync ({component} schema v{current}, this one knows "
                f"v{len(migrations)})",
                file=str(self.path),
            )
        if current == len(migrations):
            return
        with self.transaction():
            for version in range(current, len(migrations)):
                for statement in _split_sql(migrations[version]):
                    self.conn.execute(statement)
            self.conn.execute(
                "INSERT INTO schema_versions(component, version) VALUES (?, ?) "
                "ON CONFLICT(component) DO UPDATE SET version = excluded.version",
                (component, len(migrations)),
            )

    # -- transactions and queries ---------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def execute(self, sql: str, params: Sequence[Any] | dict = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: Sequence[Any] | dict = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    # -- run history ----------------------------------------------------------------------
    def start_run(self, command: str) -> int:
        cur = self.conn.execute("INSERT INTO runs(command, started_at) VALUES (?, ?)", (command, time.time()))
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, *, status: str, exit_code: int, summary: dict | None = None) -> None:
        self.conn.execute(
            "UPDATE runs SET finished_at = ?, status = ?, exit_code = ?, summary = ? WHERE id = ?",
            (time.time(), status, exit_code, json.dumps(summary or {}, ensure_ascii=False, default=str), run_id),
        )

    def runs(self, limit: int = 20) -> list[sqlite3.Row]:
        return self.query("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "State":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _split_sql(script: str) -> list[str]:
    """Statements of a migration (sqlite3.execute runs one at a time; executescript would
    commit our transaction behind our back)."""
    parts, buf = [], []
    for line in script.splitlines():
        buf.append(line)
        joined = "\n".join(buf)
        if line.rstrip().endswith(";") and sqlite3.complete_statement(joined):
            parts.append(joined.strip())
            buf = []
    rest = "\n".join(buf).strip()
    if rest:
        parts.append(rest)
    return [p for p in parts if p.strip().rstrip(";").strip()]


def open_state(path: str | Path) -> State:
    return State(path)
