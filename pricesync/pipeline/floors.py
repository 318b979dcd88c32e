"""Floors for a prices table from outside (``push --prices TABLE``).

A table edited by an operator, or written by another tool, may lack the ``floor`` column or
carry floors that no longer hold (a supplier raised its cost since). Such a table pushed
as is once sent 1.00 for items costing about 500. So before planning, every SKU's floor is
computed again from the current supplier offers, matches and costs (the pipeline's own
ingest -> match -> reprice, nothing pushed), and the stricter of the table's floor and the
computed one applies; the planner and the push then refuse any price under it.
"""
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from pricesync.money import to_decimal
from pricesync.report import NullReporter, Reporter

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.config import Config


def recheck_floors(config: "Config", table: "pd.DataFrame", *, reporter: Reporter | None = None,
                   computed: "dict[str, Decimal] | None" = None) -> "pd.DataFrame":
    """``table`` with ``floor`` = max(its own floor, the floor computed now) per SKU.

    ``computed``: SKU -> floor, when the caller has them (tests); otherwise computed by
    ``current_floors``. A config without supplier costs (no ``[shop] catalog`` or no
    supplier files) has nothing to compute from: the table's floors stand, with a warning when
    it has none."""
    reporter = reporter or NullReporter()
    has_floor_column = "floor" in table.columns
    if computed is None:
        if not config.shop.catalog or not any(sc.files or sc.source is not None for sc in config.suppliers.values()):
            if not has_floor_column:
                reporter.warn("the prices table has no floor column and this config has no supplier costs to "
                              "compute floors from (no [shop] catalog or no supplier files): prices are not checked "
                              "against a cost")
            return table
        computed = current_floors(config, reporter=reporter)
    table = table.copy()
    own = table["floor"].tolist() if has_floor_column else [None] * len(table)
    floors, raised, unknown = [], 0, 0
    for sku, mine in zip(table["sku"].tolist(), own):
        mine = _money(mine)
        now = computed.get(str(sku).strip())
        if now is not None and (mine is None or now > mine):
            raised += mine is not None
            mine = now
        unknown += mine is None
        floors.append(mine)
    table["floor"] = floors
    if not has_floor_column:
        reporter.warn(f"prices table has no floor column: floors computed from the current supplier costs "
                      f"for {len(table) - unknown} of {len(table)} SKU(s)")
    if raised:
        reporter.warn(f"{raised} floor(s) of the prices table were below the floor computed from the current "
                      "supplier costs: the computed floor applies")
    if unknown:
        reporter.warn(f"{unknown} SKU(s) of the prices table have no floor (no current supplier offer matched, "
                      "and none in the table): their prices are not checked against a cost")
    return table


def current_floors(config: "Config", *, reporter: Reporter | None = None) -> dict[str, Decimal]:
    """SKU -> floor from the current supplier files, matches and costs (nothing is pushed)."""
    from pricesync.pipeline.lock import run_lock
    from pricesync.pipeline.runner import prepare
    from pricesync.state import State

    state_path = config.resolve(config.state.path)
    quiet = NullReporter()   # the pipeline's progress lines would repeat in every push
    with run_lock(state_path, "push"), State(state_path) as state:
        prepared = prepare(config, state=state, reporter=quiet)
    for warning in dict.fromkeys(quiet.warnings):
        (reporter or quiet).warn(f"computing floors: {warning}")
    prices = prepared.prices
    if prices is None or "floor" not in prices.columns:
        return {}
    out: dict[str, Decimal] = {}
    for sku, floor in zip(prices["sku"].tolist(), prices["floor"].tolist()):
        value = _money(floor)
        if value is not None:
            key = str(sku).strip()
            out[key] = max(value, out.get(key, value))
    return out


def _money(value: object) -> Decimal | None:
    # A floor column written by hand may use a decimal comma.
    return to_decimal(value.replace(",", ".") if isinstance(value, str) else value)
