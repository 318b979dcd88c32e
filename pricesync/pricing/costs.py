"""Supplier cost in the shop currency: ``cost_shop = cost × fx (× (1 + VAT))``, to 2 places.

The rate and the VAT factor depend only on (supplier, currency), so they are worked out once
per pair (a handful) and applied to that pair's offers in one pass of exact Decimal
arithmetic; nothing goes through float.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from pricesync.errors import ExitCode, PricingError
from pricesync.ingest.config import SupplierConfig
from pricesync.pricing.explain import human, pct

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.config import Config

ONE = Decimal(1)
CENT = Decimal("0.01")


class MissingRateError(PricingError):
    """No exchange rate for a currency an offer (or a competitor) is priced in. A config
    problem: the run stops rather than treating USD as roubles 1:1."""

    exit_code = ExitCode.USAGE


@dataclass(frozen=True)
class CostBasis:
    """How one supplier's prices in one currency become shop-currency costs."""

    currency: str
    fx_rate: Decimal                # shop units per unit, after the supplier's "+N %"
    fx_base: Decimal | None = None  # the rate before fx_markup (None without a markup)
    fx_markup: Decimal | None = None
    vat_rate: Decimal | None = None  # gross-up applied to net prices (None: prices include VAT)

    @property
    def factor(self) -> Decimal:
        return self.fx_rate * (ONE + self.vat_rate) if self.vat_rate else self.fx_rate

    def describe(self, cost: Decimal, cost_shop: Decimal, shop_currency: str) -> str:
        """``cost 145.20 USD × 92.50 = 13 431.00 RUB`` (+ VAT, + the rate's markup)."""
        text = f"cost {human(cost)} {self.currency}"
        if self.fx_rate != ONE or self.currency != shop_currency:
            rate = human(self.fx_rate)
            if self.fx_base is not None:
                rate += f" ({human(self.fx_base)} + {pct(self.fx_markup)})"
            text += f" × {rate}"
        if self.vat_rate:
            text += f" + VAT {pct(self.vat_rate)}"
        if text.endswith(f" {self.currency}"):
            return text
        return f"{text} = {human(cost_shop)} {shop_currency}"


def cost_basis(config: "Config", supplier: str, currency: str) -> CostBasis:
    """The rate (and VAT) for ``supplier``'s prices in ``currency``; raises MissingRateError."""
    sup = config.suppliers.get(supplier) or SupplierConfig()
    shop = config.shop.currency
    vat = None
    if not sup.vat_included and config.shop.prices_include_vat:
        vat = sup.vat_rate if sup.vat_rate is not None else config.shop.vat_rate
        vat = vat or None
    if currency == shop:
        return CostBasis(currency, ONE, vat_rate=vat)
    own = sup.fx_rate is not None and (sup.currency is None or sup.currency.upper() == currency)
    if own:
        return CostBasis(currency, sup.fx_rate, vat_rate=vat)
    rate = config.fx_rate(currency)
    if rate is None:
        raise MissingRateError(
            f"no exchange rate for {currency} (shop currency {shop}): add fx.{currency} = \"...\" "
            f"or suppliers.{supplier}.fx_rate",
            supplier=supplier, key=f"fx.{currency}",
        )
    if sup.fx_markup:
        return CostBasis(currency, rate * (ONE + sup.fx_markup), rate, sup.fx_markup, vat)
    return CostBasis(currency, rate, vat_rate=vat)


def check_own_rates(offers: "pd.DataFrame", config: "Config") -> None:
    """A supplier's own ``fx_rate`` without its ``currency`` is only clear while all its
    foreign-currency offers share one currency (a list with USD and EUR columns is not)."""
    shop = config.shop.currency
    for name, sup in config.suppliers.items():
        if sup.fx_rate is None or sup.currency is not None:
            continue
        foreign = set(offers.loc[offers["supplier"] == name, "currency"]) - {shop}
        if len(foreign) > 1:
            raise MissingRateError(
                f"fx_rate is ambiguous: offers in {', '.join(sorted(foreign))}; set suppliers.{name}.currency",
                supplier=name, key=f"suppliers.{name}.fx_rate",
            )


def convert(amount: Decimal, factor: Decimal) -> Decimal:
    return (amount * factor).quantize(CENT, rounding=ROUND_HALF_UP)


def add_shop_costs(offers: "pd.DataFrame", config: "Config") -> tuple["pd.DataFrame", dict]:
    """``offers`` (supplier, currency, cost, msrp) with ``fx_rate``, ``cost_shop``,
    ``cents`` (cost_shop × 100 as int64, exact: the sort key for the best offer) and
    ``msrp_shop`` added; and the CostBasis of each (supplier, currency) pair."""
    import numpy as np
    import pandas as pd

    n = len(offers)
    fx = np.empty(n, dtype=object)
    cost_shop = np.empty(n, dtype=object)
    msrp_shop = np.full(n, None, dtype=object)
    cents = np.zeros(n, dtype=np.int64)
    costs = offers["cost"].to_numpy(dtype=object)
    msrps = offers["msrp"].to_numpy(dtype=object) if "msrp" in offers else np.full(n, None, dtype=object)
    bases: dict[tuple[str, str], CostBasis] = {}
    groups = offers.groupby(["supplier", "currency"], sort=True, observed=True).indices
    for (supplier, currency), idx in groups.items():
        basis = cost_basis(config, supplier, currency)
        bases[(supplier, currency)] = basis
        factor = basis.factor
        values = [convert(c, factor) for c in costs[idx]]
        cost_shop[idx] = values
        cents[idx] = [int(v.scaleb(2)) for v in values]
        fx[idx] = basis.fx_rate
        # An RRP is a retail price (VAT included): only the currency changes.
        msrp_shop[idx] = [convert(m, basis.fx_rate) if m is not None and m > 0 else None for m in msrps[idx]]
    out = offers.assign(
        fx_rate=pd.Series(fx, index=offers.index, dtype=object),
        cost_shop=pd.Series(cost_shop, index=offers.index, dtype=object),
        msrp_shop=pd.Series(msrp_shop, index=offers.index, dtype=object),
        cents=cents,
    )
    return out, bases
