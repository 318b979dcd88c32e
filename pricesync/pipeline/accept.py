"""``accept_held``: accept held price moves of a run. The run's matches are repriced with
those SKUs accepted, so the state remembers each at the price that run computed and the
next run (or push) sends it."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pricesync.errors import ExitCode, UsageError
from pricesync.report import NullReporter, Reporter
from pricesync.result import StageResult

if TYPE_CHECKING:
    from pricesync.config.models import Config
    from pricesync.state import State


def accept_held(config: "Config", skus: list[str], *, state: "State", run_id: int | None = None,
                reporter: Reporter | None = None) -> StageResult:
    """Reprice run ``run_id``'s matches (default: the last run that kept them) accepting
    ``skus``; ``tables["prices"]`` the prices (also written as accepted-prices.csv in the run
    folder), ``details["skus"]`` one verdict per SKU (accepted, price, why), exit 3 unless
    every SKU was accepted."""
    from pricesync.catalog import shop_catalog
    from pricesync.pricing.stage import reprice_stage
    from pricesync.tables import read_table, write_table

    wanted = [s.strip() for s in skus if s.strip()]
    folder, number = run_folder(state, run_id)
    if not config.shop.catalog:
        raise UsageError("no catalog: set [shop] catalog")
    competitors = folder / "competitors.parquet"
    priced = reprice_stage(read_table(folder / "matches.parquet"), shop_catalog(config).frame, config,
                           competitors=read_table(competitors) if competitors.exists() else None,
                           accept={s: None for s in wanted}, state=state, reporter=reporter or NullReporter())
    prices = priced.table
    out_path = folder / "accepted-prices.csv"
    write_table(prices, out_path)
    by_sku = prices.set_index("sku")
    verdicts = [_verdict(by_sku, sku) for sku in wanted]
    accepted = sum(v["accepted"] for v in verdicts)
    return StageResult(stage="accept", tables={"prices": prices}, rows_in=len(wanted),
                       counts={"accepted": accepted, "not_accepted": len(wanted) - accepted},
                       details={"run": number, "prices": str(out_path), "skus": verdicts},
                       exit_code=int(ExitCode.OK if accepted == len(wanted) else ExitCode.HELD))


def _verdict(by_sku, sku: str) -> dict:
    if sku not in by_sku.index:
        return {"sku": sku, "accepted": False, "why": "not in the catalog"}
    row = by_sku.loc[sku]
    accepted = row["status"] == "ok" and "accepted by the operator" in str(row["explanation"])
    why = ("" if accepted else
           f"still held: {row['explanation']}" if row["status"] == "held" else
           "nothing held: the move is within max_change" if row["status"] == "ok" else f"status {row['status']}")
    return {"sku": sku, "accepted": bool(accepted),
            "price": None if row["price"] is None else format(row["price"], "f"), "why": why}


def run_folder(state: "State", run_id: int | None) -> tuple[Path, int]:
    """The folder of run ``run_id`` (else the last run that kept a matches table)."""
    from pricesync.pipeline.history import kept_folder

    found = kept_folder(state, run_id, lambda folder: (folder / "matches.parquet").exists(), limit=1_000_000)
    if found is not None:
        return found
    if run_id is not None:
        raise UsageError(f"run #{run_id} kept no matches table (only runs that ingest and match can be accepted from)")
    raise UsageError("no run with a matches table yet: run `pricesync run --dry-run` first, or use "
                     "`pricesync reprice --matches M --accept SKU`")
