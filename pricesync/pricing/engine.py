"""``reprice``: matched offers + catalog (+ competitor prices) -> the SPEC prices table.

Speed: everything per offer (filtering, fx, best offer, stock totals) is vectorised; the
money arithmetic stays Decimal. cost_shop is computed once per offer in one comprehension
per (supplier, currency) pair and carried as exact integer cents for sorting; the per-SKU
rule/competitor/floor/rounding chain is a dozen Decimal operations in a plain loop, and
exact scaled-integer vectorisation of it would save ~1 s on 300 000 SKUs at the price of
overflow checks on every step — not worth the risk to money.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from pricesync.pricing import memory
from pricesync.pricing.competitors import SUMMARY_COLUMNS, competitor_summary
from pricesync.pricing.costs import add_shop_costs, check_own_rates
from pricesync.pricing.explain import human, join
from pricesync.pricing.guards import ChangeGuard, accept_map
from pricesync.pricing.offers import choose_best, usable_offers
from pricesync.pricing.quote import Pricer
from pricesync.pricing.rules import rule_masks
from pricesync.pricing.stock import stock_per_sku, zero_missing
from pricesync.report import NullReporter, Reporter
from pricesync.tables import PRICE_COLUMNS

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.config import Config
    from pricesync.state.store import State

SOURCE_COLUMNS = ["source_file", "source_sheet", "source_row"]
EXTRA_COLUMNS = ["supplier_sku", "offers", "msrp_shop", "competitor", "current_stock"]
OUTPUT_COLUMNS = PRICE_COLUMNS + SOURCE_COLUMNS + EXTRA_COLUMNS


def reprice(matches: "pd.DataFrame", catalog: "pd.DataFrame", config: "Config", *,
            competitors: "pd.DataFrame | None" = None, accept: Iterable[str] | Mapping[str, object] = (),
            state: "State | None" = None, reporter: Reporter | None = None) -> "pd.DataFrame":
    """One row per catalog SKU (catalog order): PRICE_COLUMNS, then the source of the offer
    used, then ``supplier_sku, offers, msrp_shop, competitor, current_stock``."""
    import pandas as pd

    reporter = reporter or NullReporter()
    cat = _catalog(catalog, reporter)
    offers, reasons = usable_offers(matches, pd.Index(cat["sku"]), config)
    check_own_rates(offers, config)
    offers, bases = add_shop_costs(offers, config)
    best = choose_best(offers, config) if len(offers) else offers.assign(offers=0, in_stock_offers=0, choice="")
    stock = stock_per_sku(offers, best, config.stock)
    comp = competitor_summary(competitors, config, pd.Index(cat["sku"]))

    rows = best.set_index("catalog_sku", drop=False).reindex(cat["sku"])
    rows = rows.join(stock.rename(columns={"stock": "stock_total"}), how="left").join(comp, how="left")
    priced = rows["cost_shop"].notna().to_numpy()
    rule_index = _rules(rows, cat, priced, config)

    pricer = Pricer(config.pricing)
    remembered = memory.accepted_prices(state) if state is not None else {}
    guard = ChangeGuard(config.pricing.max_change, accept_map(accept), remembered)
    shop = config.shop.currency
    n = len(cat)
    out = {c: [None] * n for c in ("price", "floor", "ceiling", "change")}
    out["rule"], out["status"], texts = [""] * n, ["no_offer"] * n, [""] * n
    current = cat["price"].tolist()
    skus = cat["sku"].tolist()
    rec = rows[["supplier", "currency", "cost", "cost_shop", "msrp_shop", "choice", "competitor_min",
                "competitor_name", "competitor_avg", "competitor_count", "stock_text"]].to_numpy(dtype=object)
    for i in range(n):
        if not priced[i]:
            continue
        supplier, currency, cost, cost_shop, msrp_shop, choice, low, low_name, avg, count, stock_text = rec[i]
        has_low = low is not None and low == low
        price, floor, ceiling, label, parts = pricer.quote(
            cost_shop, msrp_shop, int(rule_index[i]), low if has_low else None,
            low_name if has_low else "", avg if has_low else None, int(count) if has_low else 0)
        verdict = guard.check(skus[i], price, current[i])
        cost_text = bases[(supplier, currency)].describe(cost, cost_shop, shop)
        who = f" ({supplier}{', ' + choice if choice else ''})"
        texts[i] = join([cost_text + who, *parts, verdict.note, stock_text])
        out["price"][i], out["floor"][i], out["ceiling"][i], out["change"][i] = price, floor, ceiling, verdict.change
        out["rule"][i], out["status"][i] = label, verdict.status
    if state is not None:
        memory.remember_acceptances(state, guard.newly_accepted)
    _report_accepts(guard, reporter)

    no_offer = {s for s, p in zip(skus, priced) if not p}
    zeroed = zero_missing(config.stock, matches, offers, no_offer, state, reporter)
    stock_values = rows["stock_total"].to_numpy(dtype=object)
    current_stock = cat["stock"].tolist()
    for i in range(n):
        if priced[i]:
            continue
        sku = skus[i]
        why = reasons.get(sku, "no supplier offers it (no auto-matched offer)")
        kept = f"price left at {human(current[i])}" if current[i] is not None else "no current price to keep"
        if sku in zeroed:
            # Pushed like any ok row, with no price: the channel's price is left alone and
            # only the stock goes to 0.
            stock_values[i], out["status"][i] = 0, "ok"
            texts[i] = f"no usable offer: {zeroed[sku]}; price left alone"
            continue
        stock_values[i] = current_stock[i]
        out["price"][i] = current[i]
        texts[i] = f"no usable offer: {why}; {kept}; stock left at {current_stock[i]}"

    result = pd.DataFrame({
        "sku": skus,
        "supplier": rows["supplier"].fillna("").to_numpy(dtype=object),
        "cost": _obj(rows["cost"]), "currency": rows["currency"].fillna("").to_numpy(dtype=object),
        "fx_rate": _obj(rows["fx_rate"]), "cost_shop": _obj(rows["cost_shop"]),
        "rule": out["rule"], "price": _obj(out["price"]), "floor": _obj(out["floor"]),
        "ceiling": _obj(out["ceiling"]), "competitor_min": _obj(rows["competitor_min"]),
        "current_price": _obj(current), "change": _obj(out["change"]),
        "stock": stock_values.astype("int64"), "status": out["status"], "explanation": texts,
        "source_file": rows["source_file"].fillna("").to_numpy(dtype=object),
        "source_sheet": rows["source_sheet"].fillna("").to_numpy(dtype=object),
        "source_row": rows["source_row"].fillna(0).astype("int64").to_numpy(),
        "supplier_sku": rows["supplier_sku"].fillna("").to_numpy(dtype=object),
        "offers": rows["offers"].fillna(0).astype("int64").to_numpy(),
        "msrp_shop": _obj(rows["msrp_shop"]),
        "competitor": rows["competitor_name"].fillna("").to_numpy(dtype=object),
        "current_stock": current_stock,
    })
    _summarise(result, reporter)
    return result[OUTPUT_COLUMNS]


def _obj(values) -> "pd.Series":
    """A money column: Decimal or None, never NaN or float."""
    import pandas as pd

    return pd.Series([v if isinstance(v, Decimal) else None for v in values], dtype=object)


def _catalog(catalog: "pd.DataFrame", reporter: Reporter) -> "pd.DataFrame":
    from pricesync.money import to_decimal
    from pricesync.parse.codes import normalize_code

    cat = catalog.copy()
    for col in ("brand", "category"):
        cat[col] = cat[col].fillna("").astype(str) if col in cat else ""
    cat["sku"] = [normalize_code(s) for s in cat["sku"]]
    cat = cat[cat["sku"] != ""]
    if cat["sku"].duplicated().any():
        reporter.warn(f"catalog repeats {int(cat['sku'].duplicated().sum())} SKU(s): the first row of each is used")
        cat = cat.drop_duplicates("sku")
    price = cat["price"] if "price" in cat else [None] * len(cat)
    cat["price"] = [p if isinstance(p, Decimal) else to_decimal(p) for p in price]
    stock = cat["stock"] if "stock" in cat else [0] * len(cat)
    cat["stock"] = [int(s) if s == s and s not in (None, "") else 0 for s in stock]
    return cat.reset_index(drop=True)


def _rules(rows: "pd.DataFrame", cat: "pd.DataFrame", priced, config: "Config"):
    """First matching rule per SKU; category and brand are the catalog's, the supplier's
    only when the catalog has none."""
    import numpy as np

    result = np.full(len(rows), -1, dtype=np.int64)
    if not priced.any() or not config.pricing.rules:
        return result
    sub = rows[priced]
    frame = sub[["supplier", "cents", "msrp_shop"]].assign(
        sku=cat["sku"].to_numpy()[priced],
        category=_prefer_catalog(cat["category"].to_numpy()[priced], sub["category"].to_numpy()),
        brand=_prefer_catalog(cat["brand"].to_numpy()[priced], sub["brand"].to_numpy()),
    )
    result[priced] = rule_masks(frame.reset_index(drop=True), config.pricing.rules)
    return result


def _prefer_catalog(catalog_values, offer_values):
    import numpy as np

    cat = np.array([str(v).strip() for v in catalog_values], dtype=object)
    offer = np.array(["" if v is None or v != v else str(v) for v in offer_values], dtype=object)
    return np.where(cat != "", cat, offer)


def _report_accepts(guard: ChangeGuard, reporter: Reporter) -> None:
    unused = sorted(set(guard.accept) - guard.considered)
    if unused:
        reporter.info(f"{len(unused)} accepted SKU(s) needed no acceptance or are not held: "
                      f"{', '.join(unused[:10])}{' ...' if len(unused) > 10 else ''}")


def _summarise(result: "pd.DataFrame", reporter: Reporter) -> None:
    counts = result["status"].value_counts()
    reporter.info(", ".join(f"{k}: {int(counts.get(k, 0))}" for k in ("ok", "held", "no_offer")))


__all__ = ["OUTPUT_COLUMNS", "SUMMARY_COLUMNS", "reprice"]
