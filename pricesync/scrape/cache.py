"""What the scraper keeps in the state between runs.

- ``scrape_pages``: each page's ETag / Last-Modified and the last result read from it, so
  a ``304 Not Modified`` still yields the price without downloading the page again;
- ``scrape_health``: pages / ok / no_price / failed per competitor and run, so a
  competitor that worked last night and fails tonight is noticed.

SQLite connections stay in the thread that opened them: the run reads what it needs
before fetching and writes after.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pricesync.state import State

MIGRATIONS = [
    """
    CREATE TABLE scrape_pages (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        result TEXT NOT NULL,
        fetched_at TEXT NOT NULL
    );
    CREATE TABLE scrape_health (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        competitor TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        pages INTEGER NOT NULL,
        ok INTEGER NOT NULL,
        no_price INTEGER NOT NULL,
        failed INTEGER NOT NULL
    );
    CREATE INDEX scrape_health_by_competitor ON scrape_health(competitor, id);
    """,
]

RESULT_FIELDS = ("name", "price", "currency", "availability", "sku", "gtin", "brand", "method", "status")


@dataclass
class Cached:
    etag: str | None
    last_modified: str | None
    result: dict[str, Any]


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class ScrapeCache:
    def __init__(self, state: "State") -> None:
        self.state = state
        state.ensure_schema("scrape", MIGRATIONS)

    def lookup(self, urls: list[str]) -> dict[str, Cached]:
        out: dict[str, Cached] = {}
        unique = list(dict.fromkeys(urls))
        for start in range(0, len(unique), 500):
            chunk = unique[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.state.query(
                    f"SELECT url, etag, last_modified, result FROM scrape_pages WHERE url IN ({marks})", chunk):
                result = json.loads(row["result"])
                if result.get("price") is not None:
                    result["price"] = Decimal(result["price"])
                out[row["url"]] = Cached(row["etag"], row["last_modified"], result)
        return out

    def remember(self, pages: list[tuple[str, str | None, str | None, dict[str, Any]]]) -> None:
        """(url, etag, last_modified, result) of pages that answered with validators."""
        if not pages:
            return
        stamp = now_iso()
        with self.state.transaction() as conn:
            for url, etag, last_modified, result in pages:
                payload = {k: (str(result[k]) if isinstance(result.get(k), Decimal) else result.get(k))
                           for k in RESULT_FIELDS}
                conn.execute(
                    "INSERT INTO scrape_pages(url, etag, last_modified, result, fetched_at) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, "
                    "result = excluded.result, fetched_at = excluded.fetched_at",
                    (url, etag, last_modified, json.dumps(payload, ensure_ascii=False), stamp),
                )

    def last_health(self, competitor: str) -> dict[str, int] | None:
        rows = self.state.query(
            "SELECT pages, ok, no_price, failed FROM scrape_health WHERE competitor = ? ORDER BY id DESC LIMIT 1",
            (competitor,))
        return dict(rows[0]) if rows else None

    def record_health(self, competitor: str, counts: dict[str, int]) -> None:
        self.state.execute(
            "INSERT INTO scrape_health(competitor, finished_at, pages, ok, no_price, failed) VALUES (?, ?, ?, ?, ?, ?)",
            (competitor, now_iso(), counts["pages"], counts["ok"], counts["no_price"], counts["failed"]),
        )
