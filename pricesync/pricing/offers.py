"""Which matched offers may move prices, and which one each catalog SKU is priced from.

Only ``match_status == "auto"`` rows of SKUs in the catalog, with a cost above zero, are
usable: a supplier row with an empty or zero price must not reset the storefront price.
Offers carry ``pos``, the row of their SKU in the catalog, so grouping and aligning use
integers, not strings. The best offer per SKU is picked by one sort on exact integer keys
(cost_shop in cents), with ties broken by supplier and source, then by the exact cost,
MSRP and stock (a list may repeat a row), so the choice does not depend on the order of
the rows.

An offer's stock may be unknown (blank: the price list states no stock). Such an offer is
not "out of stock": it competes with the offers in stock, and ``stock_known`` tells the
stock stage not to count it.
"""
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from pricesync.money import to_decimal
from pricesync.pricing.explain import cents_text, pct
from pricesync.pricing.frames import positions, text

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.config import Config

NO_PRIORITY = 1_000_000
TIE_COLUMNS = ["supplier", "supplier_sku", "source_file", "source_sheet", "source_row"]
LAST_KEYS = ["_cost", "_no_msrp", "_msrp", "_stock"]
OFFER_FIELDS = ["supplier", "supplier_sku", "cost", "currency", "msrp", "stock", "brand", "category",
                "source_file", "source_sheet", "source_row"]


def usable_offers(matches: "pd.DataFrame", catalog: "pd.Series", config: "Config") -> tuple["pd.DataFrame", dict]:
    """(usable offers with ``pos``, {catalog position: why it has none}) — the reasons cover
    only SKUs that appear in ``matches`` with an unusable row."""
    import numpy as np
    import pandas as pd

    m = matches
    sku = text(m["catalog_sku"])
    pos = positions(sku, catalog)
    status = text(m["match_status"]).str.lower()
    auto = np.flatnonzero(np.asarray(status.eq("auto"), dtype=bool) & (pos >= 0))
    review = np.asarray(status.eq("review"), dtype=bool)
    raw = m["cost"].to_numpy(dtype=object)[auto].tolist()
    cost = np.array([c if c.__class__ is Decimal and c.is_finite() and c > 0 else positive_decimal(c)
                     for c in raw], dtype=object)
    costed = ~pd.isna(cost)
    take = auto[costed]

    def field(name, default):
        # take() keeps pandas' arrow strings as they are; going through object arrays
        # would convert 1 000 000 strings twice.
        if name in m:
            return m[name].take(take).reset_index(drop=True)
        return pd.Series(default, index=range(len(take)), dtype=object)

    stock = pd.to_numeric(field("stock", 0), errors="coerce")  # blank = unknown
    offers = pd.DataFrame({
        "pos": pos[take], "catalog_sku": sku.take(take).reset_index(drop=True),
        "supplier": text(field("supplier", "")), "supplier_sku": text(field("supplier_sku", "")),
        "cost": pd.Series(cost[costed], dtype=object),
        "currency": text(field("currency", "")).str.upper(),
        "msrp": field("msrp", None).astype(object),   # made Decimal for the chosen offers only
        "stock": stock.fillna(0).astype("int64").clip(lower=0),
        "stock_known": stock.notna().to_numpy(dtype=bool),
        "brand": text(field("brand", "")), "category": text(field("category", "")),
        "source_file": text(field("source_file", "")), "source_sheet": text(field("source_sheet", "")),
        "source_row": pd.to_numeric(field("source_row", 0), errors="coerce").fillna(0).astype("int64"),
    })
    offers["currency"] = _currencies(offers, config)

    reasons: dict[int, str] = {}
    for p, n in _counts(pos[auto[~costed]]):
        reasons[p] = f"{n} auto-matched offer(s) without a cost"
    for p, n in _counts(pos[review & (pos >= 0)]):
        reasons.setdefault(p, f"{n} offer(s) wait for review")
    return offers, reasons


def _counts(positions):
    import numpy as np

    values, counts = np.unique(positions, return_counts=True)
    return zip(values.tolist(), counts.tolist())


def positive_decimal(value: object) -> Decimal | None:
    d = value if value.__class__ is Decimal else to_decimal(value)
    return d if d is not None and d.is_finite() and d > 0 else None


def _currencies(offers: "pd.DataFrame", config: "Config") -> "pd.Series":
    """The offer's currency; when blank, the supplier's configured one, else the shop's."""
    cur = offers["currency"].astype(object)
    blank = (cur == "").to_numpy()
    if blank.any():
        fallback = {name: (s.currency or config.shop.currency).upper() for name, s in config.suppliers.items()}
        cur[blank] = offers.loc[blank, "supplier"].map(lambda s: fallback.get(s, config.shop.currency)).to_numpy()
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
    """One row per ``pos`` (ascending): the offer prices come from, with ``offers`` (count),
    ``in_stock_offers`` and ``choice`` (why this one, for the explanation)."""
    import numpy as np
    import pandas as pd

    mode = config.pricing.best_offer
    pos = offers["pos"].to_numpy()
    out_of_stock = out_of_stock_mask(offers).astype(np.int64)
    prio = supplier_ranks(offers, config).to_numpy() if mode == "priority" else np.zeros(len(offers), np.int64)
    cents = offers["cents"].to_numpy()
    order, same_key = _sort(pos, out_of_stock, prio, cents)
    sorted_pos = pos[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = sorted_pos[1:] != sorted_pos[:-1]
    winners = order[first]
    # Ties on the sort key: re-decide those SKUs by supplier, code and source position.
    tie = ~first & same_key
    if tie.any():
        winners = _break_ties(offers, prio, np.unique(sorted_pos[tie]), winners)
    best = offers.iloc[winners].reset_index(drop=True)
    n_offers = np.bincount(pos)
    n_in_stock = np.bincount(pos, weights=1 - out_of_stock).astype(np.int64)
    best["offers"] = n_offers[best["pos"].to_numpy()]
    best["in_stock_offers"] = n_in_stock[best["pos"].to_numpy()]
    best["choice"] = pd.Series([_choice(mode, n, k) for n, k in zip(best["offers"].tolist(),
                                                                    best["in_stock_offers"].tolist())], dtype=object)
    if "stock_known" in offers and not offers["stock_known"].all():
        # "in stock" above counts offers whose list states no stock: say how many those are.
        n_unknown = np.bincount(pos, weights=~offers["stock_known"].to_numpy(dtype=bool)).astype(np.int64)
        k = n_unknown[best["pos"].to_numpy()]
        best["choice"] = pd.Series([c + (f", {u} without stated stock" if u and n > 1 else "")
                                    for c, u, n in zip(best["choice"].tolist(), k.tolist(), best["offers"].tolist())],
                                   dtype=object)
    if mode == "preferred":
        best = _prefer(offers, best, config.pricing.preferred_supplier, config.pricing.preferred_within)
    return best


def out_of_stock_mask(offers: "pd.DataFrame") -> "np.ndarray":
    """Offers known to have no stock (an unknown stock is not out of stock)."""
    import numpy as np

    out = offers["stock"].to_numpy() <= 0
    if "stock_known" in offers:
        out &= offers["stock_known"].to_numpy(dtype=bool)
    return np.asarray(out, dtype=bool)


def _sort(pos, out_of_stock, prio, cents):
    """(order by (pos, out_of_stock, prio, cents), whether each sorted row has the same key
    as the one before). The four fields packed into one int64 sort three times faster than
    ``lexsort`` on four arrays; when they do not fit in 63 bits, ``lexsort`` it is."""
    import numpy as np

    widths = [int(a.max(initial=0)).bit_length() for a in (out_of_stock, prio, cents)]
    same = np.zeros(len(pos), dtype=bool)
    if int(pos.max(initial=0)).bit_length() + sum(widths) <= 63 and cents.min(initial=0) >= 0 \
            and prio.min(initial=0) >= 0:
        key = pos.astype(np.int64)
        for values, width in zip((out_of_stock, prio, cents), widths):
            key = (key << width) | values.astype(np.int64)
        order = np.argsort(key, kind="stable")
        ordered = key[order]
        same[1:] = ordered[1:] == ordered[:-1]
        return order, same
    order = np.lexsort((cents, prio, out_of_stock, pos))
    key = np.stack([pos, out_of_stock, prio, cents], axis=1)[order]
    same[1:] = (key[1:] == key[:-1]).all(axis=1)
    return order, same


def _break_ties(offers, prio, tied_positions, winners):
    import numpy as np

    tied = np.isin(offers["pos"].to_numpy(), tied_positions)
    sub = _with_last_keys(offers.loc[tied, ["pos", "cents", "cost", "msrp", "stock"] + TIE_COLUMNS]).assign(
        _out=out_of_stock_mask(offers)[tied], _prio=prio[tied], _row=np.flatnonzero(tied))
    sub = sub.sort_values(["pos", "_out", "_prio", "cents"] + TIE_COLUMNS + LAST_KEYS,
                          kind="stable").drop_duplicates("pos")
    better = dict(zip(sub["pos"].tolist(), sub["_row"].tolist()))
    pos = offers["pos"].to_numpy()
    return np.array([better.get(pos[w], w) for w in winners], dtype=np.int64)


def _with_last_keys(frame: "pd.DataFrame") -> "pd.DataFrame":
    """``frame`` with the keys that decide between offers equal in every other key (a list
    that repeats a row with another MSRP or stock, or costs equal to the cent): the exact
    cost, the MSRP (none last), the stock - so the choice never depends on row order."""
    msrp = frame["msrp"].tolist()
    return frame.assign(_cost=frame["cost"].map(lambda v: v if v is not None else Decimal(0)),
                        _no_msrp=[m is None or m != m for m in msrp],
                        _msrp=[Decimal(0) if m is None or m != m else m for m in msrp],
                        _stock=frame["stock"])


def _choice(mode: str, n: int, in_stock: int) -> str:
    if n <= 1:
        return "" if in_stock else "out of stock"
    if mode == "priority":
        return f"first by supplier priority of {n} offers" + ("" if in_stock else ", none in stock")
    if in_stock == 1:
        return f"the only one in stock of {n} offers"
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
    by_pos = best.set_index("pos")
    same_tier = out_of_stock_mask(pref) == by_pos["in_stock_offers"].eq(0).reindex(pref["pos"]).to_numpy()
    pref = _with_last_keys(pref[same_tier]).sort_values(["pos", "cents"] + TIE_COLUMNS[1:] + LAST_KEYS,
                                                        kind="stable").drop_duplicates("pos")
    pref = pref.drop(columns=LAST_KEYS)
    won = by_pos.loc[pref["pos"]]
    # pref <= won × (1 + within), exactly, in integer cents: pref · den <= won · (den + num).
    num, den = within.as_integer_ratio()
    take = (won["supplier"].to_numpy() != preferred) & (
        pref["cents"].to_numpy().astype(object) * den <= won["cents"].to_numpy().astype(object) * (den + num))
    if not take.any():
        return best
    pref, won = pref[take], won[take]
    pref = pref.assign(
        offers=won["offers"].to_numpy(), in_stock_offers=won["in_stock_offers"].to_numpy(),
        choice=pd.Series([f"preferred supplier, within {pct(within)} of the cheapest {cents_text(c)} ({s})"
                          for c, s in zip(won["cents"].tolist(), won["supplier"].tolist())],
                         index=pref.index, dtype=object),
    )
    keep = best[~best["pos"].isin(pref["pos"])]
    return pd.concat([keep, pref[best.columns]], ignore_index=True).sort_values("pos", ignore_index=True)
