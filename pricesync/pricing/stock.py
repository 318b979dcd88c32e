"""``[stock]``: units each catalog SKU should show.

Total over the SKU's usable offers (sum, max, or the chosen supplier's), minus a safety
buffer, zero below a threshold, capped at a maximum. A SKU no supplier offers keeps the
catalog's stock — except within the explicit scope of ``zero_missing``: SKUs a listed
supplier offered before (remembered in the state) and offers no longer. A listed supplier
with no offers at all in a run is never zeroed: an empty or failed price list must not
empty the shop ("if the feed file is detected empty, nothing is updated").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from pricesync.pricing import memory
from pricesync.pricing.config import StockConfig
from pricesync.report import Reporter

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.state.store import State

_MODE_WORDS = {"sum": "sum", "max": "largest", "chosen": "chosen supplier's"}


def stock_per_sku(offers: "pd.DataFrame", best: "pd.DataFrame", cfg: StockConfig) -> "pd.DataFrame":
    """Index catalog_sku; ``stock`` (int) and ``stock_text`` for the explanation."""
    import numpy as np
    import pandas as pd

    if best.empty:
        return pd.DataFrame({"stock": pd.Series(dtype="int64"), "stock_text": pd.Series(dtype=object)})
    grouped = offers.groupby("catalog_sku", sort=False)["stock"]
    if cfg.mode == "sum":
        raw = grouped.sum()
    elif cfg.mode == "max":
        raw = grouped.max()
    else:
        raw = best.set_index("catalog_sku")["stock"]
    raw = raw.reindex(best["catalog_sku"]).fillna(0).astype("int64")
    counts = best.set_index("catalog_sku")["offers"].reindex(raw.index).to_numpy()
    values = raw.to_numpy()
    after_buffer = np.maximum(values - cfg.buffer, 0)
    final = np.where(after_buffer < cfg.threshold, 0, after_buffer)
    if cfg.max_quantity is not None:
        final = np.minimum(final, cfg.max_quantity)
    texts = [_text(cfg, int(r), int(n), int(f)) for r, n, f in zip(values, counts, final)]
    return pd.DataFrame({"stock": final.astype("int64"), "stock_text": texts}, index=raw.index)


def _text(cfg: StockConfig, raw: int, offers: int, final: int) -> str:
    notes = []
    if offers > 1:
        notes.append(f"{_MODE_WORDS[cfg.mode]} of {offers} offers" + ("" if raw == final else f" {raw}"))
    if cfg.buffer and raw:
        notes.append(f"buffer −{cfg.buffer}")
    if cfg.threshold and 0 < raw - cfg.buffer < cfg.threshold:
        notes.append(f"under {cfg.threshold} shows 0")
    if cfg.max_quantity is not None and max(raw - cfg.buffer, 0) > cfg.max_quantity:
        notes.append(f"at most {cfg.max_quantity}")
    return f"stock {final}" + (f" ({', '.join(notes)})" if notes else "")


def zero_missing(cfg: StockConfig, matches: "pd.DataFrame", offers: "pd.DataFrame", no_offer: set[str],
                 state: "State | None", reporter: Reporter) -> dict[str, str]:
    """{sku: why its stock becomes 0} for SKUs without a usable offer that a supplier in
    ``zero_missing`` supplied before and no longer lists; remembers what each listed
    supplier offers now."""
    if not cfg.zero_missing:
        return {}
    if state is None:
        reporter.warn("[stock] zero_missing needs the state (--state) to know what was supplied before; "
                      "no SKU is zeroed")
        return {}
    zeroed: dict[str, str] = {}
    listed = matches.assign(_sku=matches["catalog_sku"].fillna("").astype(str))
    for supplier in cfg.zero_missing:
        rows = listed[listed["supplier"].astype(str) == supplier]
        if rows.empty:
            reporter.warn(f"supplier '{supplier}' has no offers in this run (empty or failed price list?): "
                          f"none of its SKUs is zeroed")
            continue
        # A SKU still listed (in review, or without a price) is not "no longer offered".
        listed_now = set(rows["_sku"]) - {""}
        for sku in memory.supplied_before(state, supplier) - listed_now:
            if sku in no_offer and sku not in zeroed:
                zeroed[sku] = f"stock 0: {supplier} supplied it before and no longer offers it"
        memory.remember_supplied(state, supplier, offers.loc[offers["supplier"] == supplier, "catalog_sku"].unique())
    return zeroed
