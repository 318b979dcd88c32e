"""The push journal and the pushed state, in the SQLite state file.

Every batch is written here with its items and desired values *before* it is sent, and
marked after: a push killed half-way leaves batches in ``new`` (never sent), ``sent`` (in
flight: outcome unknown) or ``pending`` (the API was unreachable); the next push finds
them and sends what is still wanted under the same idempotency key. ``pushed`` keeps the
last value each channel confirmed per SKU: feeds cannot be read back, so it is their
current state.
"""
from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from pricesync.channels.base import Change, Current, ItemResult
from pricesync.money import format_money, to_decimal
from pricesync.state import State

MIGRATIONS = [
    """
    CREATE TABLE push_batches (
        key TEXT PRIMARY KEY,
        channel TEXT NOT NULL,
        run_id INTEGER,
        seq INTEGER NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        retry_of TEXT,
        message TEXT NOT NULL DEFAULT '',
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    );
    CREATE INDEX push_batches_open ON push_batches(channel, status);
    CREATE TABLE push_items (
        batch_key TEXT NOT NULL REFERENCES push_batches(key),
        pos INTEGER NOT NULL,
        sku TEXT NOT NULL,
        old_price TEXT, new_price TEXT, old_stock INTEGER, new_stock INTEGER,
        floor TEXT,
        explanation TEXT NOT NULL DEFAULT '',
        ref TEXT NOT NULL DEFAULT '{}',
        extra TEXT NOT NULL DEFAULT '{}',
        status TEXT NOT NULL DEFAULT 'new',
        message TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (batch_key, sku)
    );
    CREATE TABLE pushed (
        channel TEXT NOT NULL,
        sku TEXT NOT NULL,
        price TEXT,
        stock INTEGER,
        extra TEXT NOT NULL DEFAULT '{}',
        pushed_at REAL NOT NULL,
        PRIMARY KEY (channel, sku)
    );
    """,
]

#: batch states that a later push must finish
UNFINISHED = ("new", "sent", "pending")


@dataclass
class JournalBatch:
    key: str
    channel: str
    status: str
    run_id: int | None
    items: list[Change] = field(default_factory=list)


def _money(value: Decimal | None) -> str | None:
    return None if value is None else format_money(value)


def _json(value: Any) -> str:
    return json.dumps(dict(value or {}), ensure_ascii=False, sort_keys=True, default=str)


class Journal:
    def __init__(self, state: State) -> None:
        self.state = state
        state.ensure_schema("push", MIGRATIONS)

    # -- writing ------------------------------------------------------------------------
    def record(self, channel: str, batches: Sequence[Sequence[Change]], *, run_id: int | None = None,
               retry_of: str | None = None) -> list[str]:
        """Store batches (status ``new``) before anything is sent; returns their keys."""
        now = time.time()
        keys = [str(uuid.uuid4()) for _ in batches]
        with self.state.transaction() as conn:
            row = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM push_batches WHERE channel = ?", (channel,)).fetchone()
            seq = int(row[0])
            for key, batch in zip(keys, batches):
                seq += 1
                conn.execute(
                    "INSERT INTO push_batches(key, channel, run_id, seq, status, retry_of, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, 'new', ?, ?, ?)", (key, channel, run_id, seq, retry_of, now, now))
                conn.executemany(
                    "INSERT INTO push_items(batch_key, pos, sku, old_price, new_price, old_stock, new_stock, floor, "
                    "explanation, ref, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(key, pos, c.sku, _money(c.old_price), _money(c.new_price), c.old_stock, c.new_stock,
                      _money(c.floor), c.explanation, _json(c.ref), _json(c.extra)) for pos, c in enumerate(batch)])
        return keys

    def set_status(self, key: str, status: str, message: str = "", *, attempt: bool = False) -> None:
        self.state.execute(
            "UPDATE push_batches SET status = ?, message = ?, updated_at = ?, attempts = attempts + ? WHERE key = ?",
            (status, message, time.time(), 1 if attempt else 0, key))

    def drop_items(self, key: str, skus: Iterable[str], status: str, message: str) -> None:
        """Items of an unfinished batch that will not be sent under it (superseded by a newer
        plan, or refused by the floor check)."""
        self.state.conn.executemany(
            "UPDATE push_items SET status = ?, message = ? WHERE batch_key = ? AND sku = ?",
            [(status, message, key, sku) for sku in skus])

    def finish(self, channel: str, key: str, sent: Sequence[Change], results: dict[str, ItemResult],
               *, snapshot: bool = False) -> None:
        """Record the channel's answer for every item of a sent batch and, for confirmed
        items, the pushed state: one transaction, so the journal and ``pushed`` agree."""
        now = time.time()
        with self.state.transaction() as conn:
            for c in sent:
                r = results[c.sku]
                status = "done" if r.ok else ("pending" if r.transient else "failed")
                conn.execute("UPDATE push_items SET status = ?, message = ? WHERE batch_key = ? AND sku = ?",
                             (status, r.message, key, c.sku))
            done = [c for c in sent if results[c.sku].ok]
            if snapshot:
                # A feed file now holds exactly these items.
                conn.execute("DELETE FROM pushed WHERE channel = ?", (channel,))
            conn.executemany(
                "INSERT INTO pushed(channel, sku, price, stock, extra, pushed_at) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(channel, sku) DO UPDATE SET price = COALESCE(excluded.price, pushed.price), "
                "stock = COALESCE(excluded.stock, pushed.stock), extra = excluded.extra, pushed_at = excluded.pushed_at",
                [(channel, c.sku, _money(c.new_price), c.new_stock, _json(c.extra), now) for c in done])
            conn.execute("UPDATE push_batches SET status = 'done', updated_at = ? WHERE key = ?", (now, key))

    def reconcile(self, channel: str, key: str, applied: Sequence[Change]) -> None:
        """Items of an unfinished batch that a fresh read of the channel shows applied (the
        push was killed, or lost the connection, after the channel took them): done, and
        in ``pushed``, as if their answer had arrived."""
        if not applied:
            return
        now = time.time()
        with self.state.transaction() as conn:
            conn.executemany("UPDATE push_items SET status = 'done', message = ? WHERE batch_key = ? AND sku = ?",
                             [("applied before an interruption (found by reading the channel)", key, c.sku)
                              for c in applied])
            conn.executemany(
                "INSERT INTO pushed(channel, sku, price, stock, extra, pushed_at) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(channel, sku) DO UPDATE SET price = COALESCE(excluded.price, pushed.price), "
                "stock = COALESCE(excluded.stock, pushed.stock), extra = excluded.extra, pushed_at = excluded.pushed_at",
                [(channel, c.sku, _money(c.new_price), c.new_stock, _json(c.extra), now) for c in applied])

    def fail_batch(self, key: str, message: str) -> None:
        """The channel refused the whole batch for good (e.g. 401, 413): every open item failed."""
        with self.state.transaction() as conn:
            conn.execute("UPDATE push_items SET status = 'failed', message = ? WHERE batch_key = ? AND status = 'new'",
                         (message, key))
            conn.execute("UPDATE push_batches SET status = 'failed', message = ?, updated_at = ? WHERE key = ?",
                         (message, time.time(), key))

    # -- reading ------------------------------------------------------------------------
    def unfinished(self, channel: str) -> list[JournalBatch]:
        batches = []
        for b in self.state.query(
                f"SELECT key, channel, status, run_id FROM push_batches WHERE channel = ? AND status IN "
                f"({','.join('?' * len(UNFINISHED))}) ORDER BY seq", (channel, *UNFINISHED)):
            items = [_change(r) for r in self.state.query(
                "SELECT * FROM push_items WHERE batch_key = ? AND status = 'new' ORDER BY pos", (b["key"],))]
            batches.append(JournalBatch(b["key"], b["channel"], b["status"], b["run_id"], items))
        return batches

    def pushed(self, channel: str) -> dict[str, tuple[Current, dict]]:
        """SKU -> (last pushed price/stock, the feed fields pushed with it)."""
        return {r["sku"]: (Current(r["sku"], to_decimal(r["price"]), r["stock"]), json.loads(r["extra"]))
                for r in self.state.query("SELECT sku, price, stock, extra FROM pushed WHERE channel = ?", (channel,))}

    def batches(self, channel: str | None = None, limit: int = 50) -> list[dict]:
        sql = ("SELECT b.key, b.channel, b.run_id, b.status, b.attempts, b.message, b.created_at, "
               "(SELECT COUNT(*) FROM push_items i WHERE i.batch_key = b.key) AS items FROM push_batches b")
        params: tuple = ()
        if channel:
            sql += " WHERE b.channel = ?"
            params = (channel,)
        return [dict(r) for r in self.state.query(sql + " ORDER BY b.created_at DESC, b.seq DESC LIMIT ?",
                                                   (*params, limit))]


def _change(row) -> Change:
    return Change(
        sku=row["sku"],
        old_price=to_decimal(row["old_price"]), new_price=to_decimal(row["new_price"]),
        old_stock=row["old_stock"], new_stock=row["new_stock"],
        explanation=row["explanation"], floor=to_decimal(row["floor"]),
        ref=json.loads(row["ref"]), extra=json.loads(row["extra"]),
    )
