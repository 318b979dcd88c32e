"""Competitor prices per SKU (from ``scrape``) and the position the shop takes against them.

The position itself (beat / match / average) is applied by ``quote.Pricer``.
Only rows with ``status == "ok"`` and a price count; prices in another currency are
converted with ``[fx]`` (a missing rate stops the run, as for suppliers); each competitor
counts once per SKU, at its lowest price, so a shop listed on three pages does not
weigh three times in the average.
"""
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from pricesync.money import to_decimal
from pricesync.pricing.costs import MissingRateError, whole_cents
from pricesync.pricing.frames import isin, positions, text

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.config import Config

SUMMARY_COLUMNS = ["competitor_min", "competitor_name", "competitor_count", "min_cents", "avg_cents"]


def _price(value: object) -> Decimal | None:
    d = value if value.__class__ is Decimal else to_decimal(value)
    return d if d is not None and d > 0 else None


def excluded_competitors(config: "Config") -> set[str]:
    names = {n.casefold() for n in config.pricing.competitor.exclude}
    names |= {name.casefold() for name, c in config.competitors.items() if c.exclude}
    return names


def competitor_summary(competitors: "pd.DataFrame | None", config: "Config", catalog: "pd.Series") -> "pd.DataFrame":
    """Per catalog position (index ``pos``, the SKU's row in ``catalog``): lowest price
    (shop currency, Decimal, and in cents), who has it, the average over competitors (in
    cents) and how many there are. SKUs without a usable price are absent."""
    import numpy as np
    import pandas as pd

    empty = pd.DataFrame(columns=SUMMARY_COLUMNS, index=pd.Index([], name="pos", dtype="int64"))
    if competitors is None or competitors.empty or "catalog_sku" not in competitors:
        return empty
    c = competitors
    names = text(c["competitor"]) if "competitor" in c else pd.Series("", index=c.index, dtype=object)
    blank = (names == "").to_numpy()
    if "url" in c and blank.any():
        names = names.copy()
        names[blank] = text(c.loc[blank, "url"]).map(lambda u: urlsplit(u).hostname or "").to_numpy()
    keep = np.array(text(c["status"]).str.lower().eq("ok"), dtype=bool) if "status" in c else np.ones(len(c), dtype=bool)
    pos = positions(text(c["catalog_sku"]), catalog)
    keep &= pos >= 0
    excluded = excluded_competitors(config)
    if excluded:
        keep &= ~isin(names.str.casefold(), excluded)
    if config.pricing.competitor.in_stock_only and "availability" in c:
        keep &= text(c["availability"]).str.lower().ne("out_of_stock").to_numpy()
    price = pd.Series([_price(v) for v in c["price"]], index=c.index, dtype=object)
    keep &= price.notna().to_numpy()
    if not keep.any():
        return empty
    shop = config.shop.currency
    cur = text(c.loc[keep, "currency"]).str.upper() if "currency" in c else pd.Series(shop, index=c.index[keep])
    cur = cur.where(cur != "", shop)
    cents = np.zeros(int(keep.sum()), dtype=np.int64)
    kept = price[keep].tolist()
    for code, idx in pd.Series(cur.to_numpy()).groupby(cur.to_numpy()).indices.items():
        rate = config.fx_rate(code)
        if rate is None:
            who = names[keep].iloc[idx[0]]
            raise MissingRateError(f"no exchange rate for {code} (shop currency {shop}) to compare the price of "
                                   f"competitor '{who}': add fx.{code} = \"...\"", key=f"fx.{code}")
        cents[idx] = whole_cents([kept[i] for i in idx.tolist()], rate)
    # Competitor names as codes in name order: a handful of shops, sorted as integers.
    code, shops = pd.factorize(names[keep], sort=True)
    rows = pd.DataFrame({"pos": pos[keep], "shop": code, "cents": cents})
    # One price per competitor (its lowest); ties between competitors go to the first name.
    rows = rows.sort_values(["pos", "cents", "shop"]).drop_duplicates(["pos", "shop"])
    grouped = rows.groupby("pos", sort=False)
    out = pd.DataFrame({
        "min_cents": grouped["cents"].first(), "shop": grouped["shop"].first(),
        "sum_cents": grouped["cents"].sum(), "competitor_count": grouped["cents"].size(),
    })
    out["competitor_name"] = pd.Series(np.asarray(shops, dtype=object)[out["shop"].to_numpy()], index=out.index,
                                       dtype=object)
    # The average to the cent, half up, in integers: (2·sum + n) // (2·n).
    out["avg_cents"] = (2 * out["sum_cents"] + out["competitor_count"]) // (2 * out["competitor_count"])
    out["competitor_min"] = [Decimal(v).scaleb(-2) for v in out["min_cents"].tolist()]
    out.index.name = "pos"
    return out[SUMMARY_COLUMNS]
