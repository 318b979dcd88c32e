"""What pricing remembers between runs, in the SQLite state (component ``pricing``):

- ``pricing_acceptances``: an operator accepted a held price move for a SKU *at this price*;
  a later, different move is held again.
- ``pricing_supplied``: which catalog SKUs each supplier in ``[stock] zero_missing`` has
  offered, so a SKU it stops offering can be zeroed — and only such a SKU.
"""
from __future__ import annotations

import time
from collections.abc import Iterable
from decimal import Decimal

from pricesync.money import format_money, to_decimal
from pricesync.state.store import State

MIGRATIONS = [
    """
    CREATE TABLE pricing_acceptances (
        sku TEXT PRIMARY KEY,
        price TEXT NOT NULL,
        accepted_at REAL NOT NULL
    );
    CREATE TABLE pricing_supplied (
        supplier TEXT NOT NULL,
        sku TEXT NOT NULL,
        first_seen REAL NOT NULL,
        last_seen REAL NOT NULL,
        PRIMARY KEY (supplier, sku)
    );
    """,
]


def _ready(state: State) -> State:
    state.ensure_schema("pricing", MIGRATIONS)
    return state


def accepted_prices(state: State) -> dict[str, Decimal]:
    rows = _ready(state).query("SELECT sku, price FROM pricing_acceptances")
    return {r["sku"]: to_decimal(r["price"]) for r in rows}


def remember_acceptances(state: State, accepted: dict[str, Decimal]) -> None:
    if not accepted:
        return
    now = time.time()
    with _ready(state).transaction() as conn:
        conn.executemany(
            "INSERT INTO pricing_acceptances(sku, price, accepted_at) VALUES (?, ?, ?) "
            "ON CONFLICT(sku) DO UPDATE SET price = excluded.price, accepted_at = excluded.accepted_at",
            [(sku, format_money(price), now) for sku, price in accepted.items()],
        )


def supplied_before(state: State, supplier: str) -> set[str]:
    rows = _ready(state).query("SELECT sku FROM pricing_supplied WHERE supplier = ?", (supplier,))
    return {r["sku"] for r in rows}


def remember_supplied(state: State, supplier: str, skus: Iterable[str]) -> None:
    now = time.time()
    with _ready(state).transaction() as conn:
        conn.executemany(
            "INSERT INTO pricing_supplied(supplier, sku, first_seen, last_seen) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(supplier, sku) DO UPDATE SET last_seen = excluded.last_seen",
            [(supplier, sku, now, now) for sku in skus],
        )
