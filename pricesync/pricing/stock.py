"""``[stock]``: units each catalog SKU should show.

Total over the SKU's usable offers (sum, max, or the chosen supplier's), minus a safety
buffer, zero below a threshold, capped at a maximum. A SKU no supplier offers keeps the
catalog's stock — except within the explicit scope of ``zero_missing``: SKUs a listed
supplier offered before (remembered in the state) and offers no longer. A listed supplier
with no offers at all in a run is never zeroed: an empty or failed price list must not
empty the shop ("if the feed file is detected empty, nothing is updated").

Offers whose list states no stock (``stock_known`` False) count for nothing: a SKU whose
known stock is 0 while such an offer exists (or whose chosen offer is such) has unknown
stock, and every channel keeps the stock it shows.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from pricesync.pricing import memory
from pricesync.pricing.config import StockConfig
from pricesync.report import Reporter

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd
    import pyarrow as pa

    from pricesync.state.store import State

# "stock 8 (sum of 3 offers)", "(largest of 3 offers)", "(chosen offer's, of 3 offers)"
_MODE_WORDS = {"sum": "sum of ", "max": "largest of ", "chosen": "chosen offer's, of "}


def stock_per_sku(offers: "pd.DataFrame", best: "pd.DataFrame", cfg: StockConfig
                  ) -> tuple["np.ndarray", "pa.Array", "np.ndarray"]:
    """(units, explanation, unknown) for each row of ``best`` (one per catalog position
    ``pos``); ``unknown`` marks SKUs whose stock no list states (units are 0 there and
    must not be sent)."""
    import numpy as np
    import pandas as pd

    if best.empty:
        none = np.zeros(0, dtype=np.int64)
        return none, _texts(cfg, none, none, none), np.zeros(0, dtype=bool)
    known = (offers["stock_known"].to_numpy(dtype=bool) if "stock_known" in offers
             else np.ones(len(offers), dtype=bool))
    if cfg.mode == "chosen":
        values = best["stock"].to_numpy()
        unknown = ~(best["stock_known"].to_numpy(dtype=bool) if "stock_known" in best else np.ones(len(best), bool))
    else:
        pos = offers["pos"].to_numpy()
        grouped = pd.Series(np.where(known, offers["stock"].to_numpy(), 0)).groupby(pos)
        totals = grouped.sum() if cfg.mode == "sum" else grouped.max()
        values = totals.reindex(best["pos"].to_numpy()).to_numpy()
        some_unknown = pd.Series(~known).groupby(pos).any().reindex(best["pos"].to_numpy()).to_numpy(dtype=bool)
        unknown = some_unknown & (values <= 0)
    values = values.astype(np.int64)
    after_buffer = np.maximum(values - cfg.buffer, 0)
    final = np.where(after_buffer < cfg.threshold, 0, after_buffer)
    if cfg.max_quantity is not None:
        final = np.minimum(final, cfg.max_quantity)
    texts = _texts(cfg, values, best["offers"].to_numpy(), final)
    if unknown.any():
        import pyarrow as pa
        import pyarrow.compute as pc

        texts = pc.if_else(pa.array(unknown), "stock not stated in the price list: each channel keeps its own", texts)
    return final, texts, unknown


def _texts(cfg: StockConfig, raw, offers, final) -> "pa.Array":
    """``stock 27 (sum of 2 offers 28, buffer −1)`` for every row at once."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from pricesync.pricing.explain import cat, join_parts, when

    def num(values):
        return pc.cast(pa.array(values), pa.string())

    notes = [when(offers > 1, cat(_MODE_WORDS[cfg.mode], num(offers), " offers",
                                  when(raw != final, cat(" ", num(raw)), "")))]
    if cfg.buffer:
        notes.append(when(raw > 0, f"buffer −{cfg.buffer}"))
    if cfg.threshold:
        notes.append(when((raw - cfg.buffer > 0) & (raw - cfg.buffer < cfg.threshold), f"under {cfg.threshold} shows 0"))
    if cfg.max_quantity is not None:
        notes.append(when(np.maximum(raw - cfg.buffer, 0) > cfg.max_quantity, f"at most {cfg.max_quantity}"))
    detail = join_parts(notes, ", ")
    return cat("stock ", num(final), when(pc.equal(detail, ""), "", cat(" (", detail, ")")))


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
