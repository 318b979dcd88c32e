"""``reprice``: matched offers + catalog (+ competitor prices) -> the prices table.

Speed without giving up exact money: everything per offer (filtering, best offer, stock
totals, competitor minima) is vectorised over integer keys — the catalog row of the SKU
and cost_shop in cents, which are exact; Decimal arithmetic runs once per offer for
cost_shop and once per SKU for the rule/competitor/floor/rounding chain (a dozen
operations, in C). Doing that chain in scaled int64 as well would save about a second on
300 000 SKUs but needs an overflow argument at every step; not worth the risk to money.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from pricesync.pricing import memory
from pricesync.pricing.competitors import competitor_summary
from pricesync.pricing.costs import add_cost_cents, add_shop_amounts, check_own_rates
from pricesync.pricing.explain import cat, decimal_money, human, join_parts, money, pick, when
from pricesync.pricing.frames import codes, text
from pricesync.pricing.change_guard import ChangeGuard, accept_map
from pricesync.pricing.offers import choose_best, usable_offers
from pricesync.pricing.quote import Pricer
from pricesync.pricing.rules import rule_masks
from pricesync.pricing.stock import stock_per_sku, zero_missing
from pricesync.report import NullReporter, Reporter
from pricesync.tables import PRICE_COLUMNS, require_columns

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd
    import pyarrow as pa

    from pricesync.config import Config
    from pricesync.state.store import State

SOURCE_COLUMNS = ["source_file", "source_sheet", "source_row"]
EXTRA_COLUMNS = ["supplier_sku", "offers", "msrp_shop", "competitor", "current_stock"]
# The catalog's product name beside the SKU: the sheets are read by people.
OUTPUT_COLUMNS = PRICE_COLUMNS[:1] + ["name"] + PRICE_COLUMNS[1:] + SOURCE_COLUMNS + EXTRA_COLUMNS
# Columns of the chosen offer copied to its SKU's row; text ones are "" where there is none.
_OFFER_COLUMNS = ["supplier", "cost", "currency", "fx_rate", "cost_shop", "source_file", "source_sheet",
                  "source_row", "supplier_sku", "offers", "msrp_shop"]
_TEXT = {"supplier", "currency", "source_file", "source_sheet", "supplier_sku", "rule"}


def reprice(matches: "pd.DataFrame", catalog: "pd.DataFrame", config: "Config", *,
            competitors: "pd.DataFrame | None" = None, accept: Iterable[str] | Mapping[str, object] = (),
            state: "State | None" = None, reporter: Reporter | None = None) -> "pd.DataFrame":
    """One row per catalog SKU (catalog order): PRICE_COLUMNS (with the catalog's ``name``
    after ``sku``), then the source of the offer used, then ``supplier_sku, offers, msrp_shop, competitor, current_stock``."""
    reporter = reporter or NullReporter()
    _check_inputs(matches, catalog, competitors, reporter)
    cat = _catalog(catalog, reporter)
    offers, reasons = usable_offers(matches, cat["sku"], config)
    check_own_rates(offers, config)
    offers, bases = add_cost_cents(offers, config)
    best = add_shop_amounts(choose_best(offers, config), bases)
    comp = competitor_summary(competitors, config, cat["sku"])
    table = _start_table(cat, comp)
    _price_offered(table, best, offers, cat, comp, bases, config, accept, state, reporter)
    unpriced = table["status"] == "no_offer"
    zeroed = zero_missing(config.stock, matches, offers, set(table["sku"][unpriced].tolist()), state, reporter)
    _leave_alone(table, unpriced, reasons, zeroed)
    return _frame(table)


def _check_inputs(matches, catalog, competitors, reporter: Reporter) -> None:
    require_columns(matches, ["catalog_sku", "match_status", "supplier", "cost"], file="matches", what="matches table")
    require_columns(catalog, ["sku"], file="catalog", what="catalog")
    if competitors is not None and len(competitors) and "catalog_sku" not in competitors:
        reporter.warn("competitor prices have no catalog_sku column (tie pages to SKUs with [competitors.NAME] "
                      "mapping): not used")


def _start_table(cat: "pd.DataFrame", comp: "pd.DataFrame") -> dict:
    """The output columns as arrays, every row ``no_offer`` until priced."""
    import numpy as np

    n = len(cat)
    table = {name: np.full(n, "" if name in _TEXT else None, dtype=object)
             for name in _OFFER_COLUMNS + ["rule", "price", "floor", "ceiling", "change", "explanation"]}
    table["sku"] = cat["sku"].to_numpy(dtype=object)
    table["name"] = cat["name"].to_numpy(dtype=object)
    table["status"] = np.full(n, "no_offer", dtype=object)
    table["current_price"] = cat["price"].to_numpy(dtype=object)
    table["current_stock"] = cat["stock"].to_numpy(dtype=np.int64)
    table["stock"] = table["current_stock"].astype(object)  # None: unknown, channels keep theirs
    table["competitor_min"] = _aligned(comp["competitor_min"], comp.index, n, None)
    table["competitor"] = _aligned(comp["competitor_name"], comp.index, n, "")
    return table


def _price_offered(table: dict, best, offers, cat, comp, bases, config: "Config", accept, state, reporter) -> None:
    """Price, stock, guard verdict and explanation of every SKU with a usable offer."""
    import pyarrow as pa

    rows = best["pos"].to_numpy()
    for name in _OFFER_COLUMNS:
        table[name][rows] = best[name].to_numpy(dtype=object)
    stock, stock_texts, unknown = stock_per_sku(offers, best, config.stock)
    stock = stock.astype(object)
    stock[unknown] = None
    table["stock"][rows] = stock
    quotes = _quote(Pricer(config.pricing), best, _rules(best, cat, config), comp)
    guard = ChangeGuard(config.pricing.max_change, accept_map(accept),
                        memory.accepted_prices(state) if state is not None else {},
                        accept_hint=_accept_hint(config))
    verdicts = guard.check_all(table["sku"][rows].tolist(), quotes.price, table["current_price"][rows].tolist())
    table["price"][rows] = [Decimal(c).scaleb(-2) for c in quotes.price.tolist()]
    table["floor"][rows] = [Decimal(c).scaleb(-2) for c in quotes.floor.tolist()]
    table["ceiling"][rows] = [Decimal(c).scaleb(-2) if has else None
                              for c, has in zip(quotes.ceiling.tolist(), quotes.has_ceiling.tolist())]
    table["change"][rows] = verdicts.change
    table["status"][rows] = verdicts.status
    table["rule"][rows] = quotes.labels
    explanation = join_parts([_cost_texts(best, bases), quotes.texts, pa.array(verdicts.notes, pa.string()),
                              stock_texts])
    table["explanation"][rows] = explanation.to_numpy(zero_copy_only=False)
    if state is not None:
        memory.remember_acceptances(state, guard.newly_accepted)
    _report_accepts(guard, reporter)


def _accept_hint(config: "Config") -> str:
    """``pricesync accept`` as the operator types it: with ``--config`` unless the config is
    the default ``./pricesync.toml``."""
    import shlex

    source = config.source
    if source is None or Path(source) == Path("pricesync.toml"):
        return "pricesync accept"
    return f"pricesync accept --config {shlex.quote(str(source))}"


def _leave_alone(table: dict, unpriced, reasons: dict[int, str], zeroed: dict[str, str]) -> None:
    """SKUs without a usable offer keep their price and stock, except stock zeroed within
    the ``zero_missing`` scope."""
    import numpy as np

    for i in np.flatnonzero(unpriced).tolist():
        sku, current, stock = table["sku"][i], table["current_price"][i], table["current_stock"][i]
        if sku in zeroed:
            # Pushed like any ok row, with no price: the channel's price is left alone and
            # only the stock goes to 0.
            table["stock"][i], table["status"][i] = 0, "ok"
            table["explanation"][i] = f"no usable offer: {zeroed[sku]}; price left alone"
            continue
        why = reasons.get(i, "no supplier offers it (no auto-matched offer)")
        kept = f"price left at {human(current)}" if current is not None else "no current price to keep"
        table["price"][i] = current
        table["explanation"][i] = f"no usable offer: {why}; {kept}; stock left at {stock}"


def _frame(table: dict) -> "pd.DataFrame":
    import numpy as np
    import pandas as pd

    for name in ("source_row", "offers"):
        table[name] = np.array([0 if v is None else int(v) for v in table[name]], dtype=np.int64)
    # Object columns stay object: letting pandas turn 300 000 explanations into arrow
    # strings costs more than computing them.
    return pd.DataFrame({name: pd.Series(table[name], dtype=table[name].dtype) for name in OUTPUT_COLUMNS})


def _cost_texts(best: "pd.DataFrame", bases: list) -> "pa.Array":
    """``cost 145.20 USD × 92.50 = 13 431.00 RUB (technoopt, cheapest of 2 in stock)``."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    basis = best["basis"].to_numpy()
    converted = np.array([b.words[1] for b in bases] + [False], dtype=bool)[basis]
    shop = bases[0].shop_currency if bases else ""
    choice = pa.array(best["choice"].tolist(), pa.string())
    supplier = pa.array(best["supplier"].tolist(), pa.string())
    return cat("cost ", decimal_money(best["cost"].tolist()), pick([b.words[0] for b in bases], basis),
               when(converted, cat(" = ", money(best["cents"].to_numpy()), f" {shop}"), ""),
               " (", supplier, when(pc.equal(choice, ""), "", cat(", ", choice)), ")")


def _quote(pricer: Pricer, best: "pd.DataFrame", rule_index, comp: "pd.DataFrame"):
    """Integer-cent inputs for the vectorised pricer, one entry per row of ``best``."""
    import numpy as np

    pos = best["pos"].to_numpy()
    has_low = np.isin(pos, comp.index.to_numpy())
    by_pos = comp.reindex(pos)
    msrp = best["msrp_shop"].tolist()
    return pricer.quote(
        best["cents"].to_numpy(),
        np.array([0 if m is None else int(m.scaleb(2)) for m in msrp], dtype=np.int64),
        np.array([m is not None for m in msrp], dtype=bool),
        np.asarray(rule_index, dtype=np.int64),
        by_pos["min_cents"].fillna(0).to_numpy(dtype=np.int64), has_low,
        by_pos["avg_cents"].fillna(0).to_numpy(dtype=np.int64),
        by_pos["competitor_count"].fillna(0).to_numpy(dtype=np.int64),
        by_pos["competitor_name"].fillna("").tolist(),
    )


def _aligned(values: "pd.Series", positions: "pd.Index", n: int, fill) -> "np.ndarray":
    """Values keyed by catalog position as an object array of length ``n``."""
    import numpy as np

    out = np.full(n, fill, dtype=object)
    out[positions.to_numpy(dtype=np.int64)] = values.to_numpy(dtype=object)
    return out


def _catalog(catalog: "pd.DataFrame", reporter: Reporter) -> "pd.DataFrame":
    import numpy as np
    import pandas as pd

    from pricesync.money import to_decimal

    cat = pd.DataFrame({"sku": codes(catalog["sku"]).to_numpy()}, index=catalog.index)
    for col in ("name", "brand", "category"):
        cat[col] = text(catalog[col]) if col in catalog else ""
    price = catalog["price"] if "price" in catalog else [None] * len(catalog)
    cat["price"] = pd.Series([p if p.__class__ is Decimal else to_decimal(p) for p in price],
                             index=catalog.index, dtype=object)
    stock = pd.to_numeric(catalog["stock"], errors="coerce") if "stock" in catalog else pd.Series(0, index=catalog.index)
    cat["stock"] = stock.fillna(0).astype(np.int64).clip(lower=0)
    cat = cat[cat["sku"] != ""]
    if cat["sku"].duplicated().any():
        reporter.warn(f"catalog repeats {int(cat['sku'].duplicated().sum())} SKU(s): the first row of each is used")
        cat = cat.drop_duplicates("sku")
    return cat.reset_index(drop=True)


def _rules(best: "pd.DataFrame", cat: "pd.DataFrame", config: "Config") -> list[int]:
    """First matching rule per row of ``best``; category and brand are the catalog's, the
    supplier's only when the catalog has none."""
    import pandas as pd

    if best.empty or not config.pricing.rules:
        return [-1] * len(best)
    pos = best["pos"].to_numpy()

    def catalog_first(col):
        mine = cat[col].take(pos).reset_index(drop=True)
        return mine.where(mine != "", best[col].reset_index(drop=True))

    frame = pd.DataFrame({
        "supplier": best["supplier"].reset_index(drop=True), "cents": best["cents"].to_numpy(),
        "has_msrp": best["msrp_shop"].notna().to_numpy(), "sku": cat["sku"].take(pos).reset_index(drop=True),
        "category": catalog_first("category"), "brand": catalog_first("brand"),
    })
    return rule_masks(frame, config.pricing.rules).tolist()


def _report_accepts(guard: ChangeGuard, reporter: Reporter) -> None:
    unused = sorted(set(guard.accept) - guard.considered)
    if unused:
        reporter.info(f"{len(unused)} accepted SKU(s) are not held in this run: "
                      f"{', '.join(unused[:10])}{' ...' if len(unused) > 10 else ''}")


__all__ = ["OUTPUT_COLUMNS", "reprice"]
