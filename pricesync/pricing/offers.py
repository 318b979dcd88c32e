"""Which matched offers may move prices, and which one each catalog SKU is priced from.

Only ``match_status == "auto"`` rows of SKUs in the catalog, with a cost above zero, are
usable: a supplier row with an empty or zero price must not reset the storefront price.
The best offer per SKU is picked with one vectorised sort on exact integer keys (cost_shop
in cents), so the choice does not depend on the order of the rows.
"""
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from pricesync.money import to_decimal
from pricesync.pricing.explain import human, pct

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.config import Config

NO_PRIORITY = 1_000_000
# Ties on (stock tier, priority, cost) are broken by these, so the choice is the same
# whatever order the offers came in.
TIE_COLUMNS = ["supplier", "supplier_sku", "source_file", "source_sheet", "source_row"]


def usable_offers(matches: "pd.DataFrame", catalog_skus: "pd.Index", config: "Config") -> tuple["pd.DataFrame", dict]:
    """(auto offers of catalog SKUs with a cost > 0, {sku: why it has none}) — the reasons
    cover only SKUs that appear in ``matches`` at all."""
    import pandas as pd

    m = matches
    for col, default in (("supplier_sku", ""), ("msrp", None), ("source_file", ""), ("source_sheet", ""),
                         ("source_row", 0), ("brand", ""), ("category", ""), ("currency", ""), ("stock", 0)):
        if col not in m.columns:
            m = m.assign(**{col: default})
    sku = m["catalog_sku"].fillna("").astype(str)
    in_catalog = sku.isin(catalog_skus)
    auto = m["match_status"].astype(str).str.strip().str.lower().eq("auto") & in_catalog
    cost = m["cost"].map(_cost, na_action="ignore").astype(object)
    costed = cost.notna()
    good = auto & costed
    offers = m.loc[good].assign(catalog_sku=sku[good], cost=cost[good])
    offers["supplier"] = offers["supplier"].fillna("").astype(str)
    offers["currency"] = _currencies(offers, config)
    offers["stock"] = pd.to_numeric(offers["stock"], errors="coerce").fillna(0).astype("int64").clip(lower=0)
    for col in ("supplier_sku", "source_file", "source_sheet", "brand", "category"):
        offers[col] = offers[col].fillna("").astype(str)
    offers["source_row"] = pd.to_numeric(offers["source_row"], errors="coerce").fillna(0).astype("int64")
    offers["msrp"] = offers["msrp"].map(_cost, na_action="ignore").astype(object)
    offers = offers.reset_index(drop=True)

    reasons: dict[str, str] = {}
    rest = pd.DataFrame({"sku": sku, "auto": auto, "uncosted": auto & ~costed,
                         "review": in_catalog & m["match_status"].astype(str).str.strip().str.lower().eq("review")})
    rest = rest[in_catalog & ~good]
    if len(rest):
        counts = rest.groupby("sku")[["uncosted", "review"]].sum()
        for s, row in counts.iterrows():
            if row["uncosted"]:
                reasons[s] = f"{int(row['uncosted'])} auto-matched offer(s) without a cost"
            elif row["review"]:
                reasons[s] = f"{int(row['review'])} offer(s) wait for review"
    return offers, reasons


def _cost(value: object) -> Decimal | None:
    d = value if isinstance(value, Decimal) else to_decimal(value)
    return d if d is not None and d.is_finite() and d > 0 else None


def _currencies(offers: "pd.DataFrame", config: "Config") -> "pd.Series":
    """The offer's currency; when blank, the supplier's configured one, else the shop's."""
    cur = offers["currency"].fillna("").astype(str).str.strip().str.upper()
    blank = cur.eq("")
    if blank.any():
        fallback = {name: (s.currency or config.shop.currency).upper() for name, s in config.suppliers.items()}
        cur[blank] = offers.loc[blank, "supplier"].map(lambda s: fallback.get(s, config.shop.currency))
    return cur


def supplier_ranks(offers: "pd.DataFrame", config: "Config") -> "pd.Series":
    """Lower wins: position in ``[pricing] supplier_priority``, else ``[suppliers.X] priority``."""
    listed = {name: i for i, name in enumerate(config.pricing.supplier_priority)}
    ranks = {}
    for name in offers["supplier"].unique():
        if name in listed:
            ranks[name] = listed[name]
        elif name in config.suppliers and config.suppliers[name].priority is not None:
            ranks[name] = len(listed) + config.suppliers[name].priority
        else:
            ranks[name] = NO_PRIORITY
    return offers["supplier"].map(ranks).astype("int64")


def choose_best(offers: "pd.DataFrame", config: "Config") -> "pd.DataFrame":
    """One row per ``catalog_sku``: the offer prices come from, with ``offers`` (count),
    ``in_stock_offers`` and ``choice`` (why this one, for the explanation)."""
    import numpy as np

    mode = config.pricing.best_offer
    codes, _ = offers["catalog_sku"].factorize()
    out_of_stock = (offers["stock"].to_numpy() <= 0).astype(np.int8)
    prio = supplier_ranks(offers, config).to_numpy() if mode == "priority" else np.zeros(len(offers), np.int64)
    cents = offers["cents"].to_numpy()
    order = np.lexsort((cents, prio, out_of_stock, codes))
    first = np.ones(len(order), dtype=bool)
    first[1:] = codes[order][1:] != codes[order][:-1]
    winners = order[first]
    # Ties on the sort key: re-decide those SKUs by supplier, code and source position.
    key = np.stack([codes, out_of_stock, prio, cents], axis=1)
    tie = np.zeros(len(order), dtype=bool)
    tie[1:] = ~first[1:] & (key[order][1:] == key[order][:-1]).all(axis=1)
    if tie.any():
        tied_codes = np.unique(codes[order][tie])
        winners = _break_ties(offers, codes, key, winners, tied_codes)
    best = offers.iloc[np.sort(winners)].copy()
    counts = (offers["stock"] > 0).groupby(offers["catalog_sku"], sort=False).agg(["size", "sum"])
    best = best.join(counts.rename(columns={"size": "offers", "sum": "in_stock_offers"}), on="catalog_sku")
    best["choice"] = [_choice(mode, n, k) for n, k in zip(best["offers"], best["in_stock_offers"])]
    if mode == "preferred":
        best = _prefer(offers, best, config.pricing.preferred_supplier, config.pricing.preferred_within)
    return best.set_index("catalog_sku", drop=False)


def _break_ties(offers, codes, key, winners, tied_codes):
    import numpy as np

    tied = np.isin(codes, tied_codes)
    sub = offers.loc[tied, TIE_COLUMNS].assign(_code=codes[tied], _out=key[tied, 1], _prio=key[tied, 2],
                                               _cents=key[tied, 3], _pos=np.flatnonzero(tied))
    sub = sub.sort_values(["_code", "_out", "_prio", "_cents"] + TIE_COLUMNS, kind="stable")
    new = dict(zip(sub.drop_duplicates("_code")["_code"], sub.drop_duplicates("_code")["_pos"]))
    return np.array([new.get(codes[w], w) for w in winners], dtype=np.int64)


def _choice(mode: str, n: int, in_stock: int) -> str:
    if n <= 1:
        return "" if in_stock else "out of stock"
    if mode == "priority":
        return f"first by supplier priority of {n} offers" + ("" if in_stock else ", none in stock")
    if in_stock:
        return f"cheapest of {in_stock} in stock" if in_stock == n else f"cheapest of {in_stock} in stock, {n} offers"
    return f"cheapest of {n} offers, none in stock"


def _prefer(offers, best, preferred: str, within: Decimal):
    """The preferred supplier's offer replaces the cheapest when it is at most ``within``
    dearer and in the same stock tier (in stock when the cheapest is)."""
    import pandas as pd

    pref = offers[offers["supplier"] == preferred]
    if pref.empty:
        return best
    winner_out = best.set_index("catalog_sku")["in_stock_offers"].eq(0)
    same_tier = (pref["stock"] <= 0).to_numpy() == winner_out.reindex(pref["catalog_sku"]).to_numpy()
    pref = pref[same_tier].sort_values(["catalog_sku", "cents"] + TIE_COLUMNS[1:]).drop_duplicates("catalog_sku")
    won = best.set_index("catalog_sku", drop=False).loc[pref["catalog_sku"]]
    limit = Decimal(1) + within
    take = (won["supplier"].to_numpy() != preferred) & [
        p <= w * limit for p, w in zip(pref["cost_shop"], won["cost_shop"])]
    if not take.any():
        return best
    pref, won = pref[take], won[take]
    pref = pref.assign(
        offers=won["offers"].to_numpy(), in_stock_offers=won["in_stock_offers"].to_numpy(),
        choice=[f"preferred supplier, within {pct(within)} of the cheapest {human(c)} ({s})"
                for c, s in zip(won["cost_shop"], won["supplier"])],
    )
    keep = best[~best["catalog_sku"].isin(pref["catalog_sku"])]
    return pd.concat([keep, pref[best.columns]], ignore_index=True)
