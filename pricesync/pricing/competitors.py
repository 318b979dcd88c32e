"""Competitor prices per SKU (from ``scrape``) and the position the shop takes against them.

Only rows with ``status == "ok"`` and a price count; prices in another currency are
converted with ``[fx]`` (a missing rate stops the run, as for suppliers); each competitor
counts once per SKU, at its lowest price, so a shop listed on three pages does not
weigh three times in the average.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from pricesync.money import to_decimal
from pricesync.pricing.config import CompetitorPricing
from pricesync.pricing.costs import MissingRateError, convert
from pricesync.pricing.explain import human, pct

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.config import Config

ONE = Decimal(1)
CENT = Decimal("0.01")
SUMMARY_COLUMNS = ["competitor_min", "competitor_name", "competitor_avg", "competitor_count"]


def excluded_competitors(config: "Config") -> set[str]:
    names = {n.casefold() for n in config.pricing.competitor.exclude}
    names |= {name.casefold() for name, c in config.competitors.items() if c.exclude}
    return names


def competitor_summary(competitors: "pd.DataFrame | None", config: "Config", skus: "pd.Index") -> "pd.DataFrame":
    """Per catalog SKU: lowest price (shop currency, Decimal), who has it, the average
    over competitors and how many there are. SKUs without a usable price are absent."""
    import pandas as pd

    empty = pd.DataFrame(columns=SUMMARY_COLUMNS, index=pd.Index([], name="catalog_sku"))
    if competitors is None or competitors.empty or "catalog_sku" not in competitors:
        return empty
    c = competitors
    names = c["competitor"].fillna("").astype(str) if "competitor" in c else pd.Series("", index=c.index)
    if "url" in c:
        hosts = c["url"].fillna("").astype(str).map(lambda u: urlsplit(u).hostname or "")
        names = names.where(names.str.strip() != "", hosts)
    status = c["status"].fillna("").astype(str).str.strip().str.lower() if "status" in c else pd.Series("ok", index=c.index)
    keep = status.eq("ok") & c["catalog_sku"].fillna("").astype(str).isin(skus)
    keep &= ~names.str.casefold().isin(excluded_competitors(config))
    if config.pricing.competitor.in_stock_only and "availability" in c:
        keep &= c["availability"].fillna("").astype(str).str.strip().str.lower().ne("out_of_stock")
    price = c["price"].map(lambda v: v if isinstance(v, Decimal) else to_decimal(v), na_action="ignore")
    keep &= price.map(lambda v: v is not None and v > 0, na_action="ignore").fillna(False).astype(bool)
    if not keep.any():
        return empty
    shop = config.shop.currency
    cur = (c.loc[keep, "currency"].fillna("").astype(str).str.strip().str.upper()
           if "currency" in c else pd.Series(shop, index=c.index[keep]))
    cur = cur.where(cur != "", shop)
    rates = {}
    for code in cur.unique():
        rate = config.fx_rate(code)
        if rate is None:
            who = names[keep][cur == code].iloc[0]
            raise MissingRateError(f"no exchange rate for {code} (shop currency {shop}) to compare the price of "
                                   f"competitor '{who}': add fx.{code} = \"...\"", key=f"fx.{code}")
        rates[code] = rate
    cents = [int(convert(p, rates[k]).scaleb(2)) for p, k in zip(price[keep], cur)]
    rows = pd.DataFrame({"sku": c.loc[keep, "catalog_sku"].astype(str).to_numpy(),
                         "name": names[keep].to_numpy(), "cents": cents})
    # One price per competitor (its lowest); ties between competitors go to the first name.
    rows = rows.sort_values(["sku", "cents", "name"]).drop_duplicates(["sku", "name"])
    grouped = rows.groupby("sku", sort=False)
    out = pd.DataFrame({
        "min_cents": grouped["cents"].first(), "competitor_name": grouped["name"].first(),
        "sum_cents": grouped["cents"].sum(), "competitor_count": grouped["cents"].size(),
    })
    out["competitor_min"] = [Decimal(v).scaleb(-2) for v in out["min_cents"]]
    out["competitor_avg"] = [(Decimal(s) / n).scaleb(-2).quantize(CENT, rounding=ROUND_HALF_UP)
                             for s, n in zip(out["sum_cents"], out["competitor_count"])]
    out.index.name = "catalog_sku"
    return out[SUMMARY_COLUMNS]


def position(cfg: CompetitorPricing, rule_price: Decimal, low: Decimal | None, low_name: str,
             avg: Decimal | None, count: int) -> tuple[Decimal, Decimal | None, str]:
    """(price after the competitor strategy, the highest the rounded price may go, text).

    The cap keeps rounding honest: "beat" must end strictly below the lowest competitor,
    "match" at or below it, "average" within the band."""
    if cfg.strategy == "off":
        return rule_price, None, ""
    if low is None:
        return rule_price, None, "no competitor price, rule price kept"
    who = f" ({low_name})" if low_name else ""
    if cfg.strategy == "beat":
        if cfg.percent is not None:
            target = (low * (ONE - cfg.percent)).quantize(CENT, rounding=ROUND_HALF_UP)
            text = f"lowest competitor {human(low)}{who} − {pct(cfg.percent)} = {human(target)}"
        else:
            target = low - cfg.amount
            text = f"lowest competitor {human(low)}{who} − {human(cfg.amount)} = {human(target)}"
        return target, low - CENT, text
    if cfg.strategy == "match":
        return low, low, f"matching lowest competitor {human(low)}{who}"
    lo = (avg * (ONE - cfg.percent)).quantize(CENT, rounding=ROUND_HALF_UP)
    hi = (avg * (ONE + cfg.percent)).quantize(CENT, rounding=ROUND_HALF_UP)
    band = f"average of {count} competitor(s) {human(avg)} ± {pct(cfg.percent)}"
    if rule_price < lo:
        return lo, hi, f"{band}: raised to {human(lo)}"
    if rule_price > hi:
        return hi, hi, f"{band}: lowered to {human(hi)}"
    return rule_price, hi, f"{band}: rule price kept"
