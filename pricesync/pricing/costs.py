"""Supplier cost in the shop currency: ``cost_shop = cost × fx (× (1 + VAT))``, to 2 places.

The rate and the VAT factor depend only on (supplier, currency), so they are worked out once
per pair (a handful) and applied to that pair's offers in one pass of exact Decimal
arithmetic; nothing goes through float.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from functools import cached_property
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
    shop_currency: str
    fx_rate: Decimal                # shop units per unit, after the supplier's "+N %"
    fx_base: Decimal | None = None  # the rate before fx_markup (None without a markup)
    fx_markup: Decimal | None = None
    vat_rate: Decimal | None = None  # gross-up applied to net prices (None: prices include VAT)

    @property
    def factor(self) -> Decimal:
        return self.fx_rate * (ONE + self.vat_rate) if self.vat_rate else self.fx_rate

    @cached_property
    def words(self) -> tuple[str, bool]:
        """(`` USD × 92.50 + VAT 20 %``, whether the amount changes) for ``cost 145.20 USD × ...``."""
        text = f" {self.currency}"
        if self.fx_rate != ONE or self.currency != self.shop_currency:
            rate = human(self.fx_rate)
            if self.fx_base is not None:
                rate += f" ({human(self.fx_base)} + {pct(self.fx_markup)})"
            text += f" × {rate}"
        if self.vat_rate:
            text += f" + VAT {pct(self.vat_rate)}"
        return text, text != f" {self.currency}"


def cost_basis(config: "Config", supplier: str, currency: str) -> CostBasis:
    """The rate (and VAT) for ``supplier``'s prices in ``currency``; raises MissingRateError."""
    sup = config.suppliers.get(supplier) or SupplierConfig()
    shop = config.shop.currency
    vat = None
    if not sup.vat_included and config.shop.prices_include_vat:
        vat = sup.vat_rate if sup.vat_rate is not None else config.shop.vat_rate
        vat = vat or None
    if currency == shop:
        return CostBasis(currency, shop, ONE, vat_rate=vat)
    own = sup.fx_rate is not None and (sup.currency is None or sup.currency.upper() == currency)
    if own:
        return CostBasis(currency, shop, sup.fx_rate, vat_rate=vat)
    rate = config.fx_rate(currency)
    if rate is None:
        raise MissingRateError(
            f"no exchange rate for {currency} (shop currency {shop}): add fx.{currency} = \"...\" "
            f"or suppliers.{supplier}.fx_rate",
            supplier=supplier, key=f"fx.{currency}",
        )
    if sup.fx_markup:
        return CostBasis(currency, shop, rate * (ONE + sup.fx_markup), rate, sup.fx_markup, vat)
    return CostBasis(currency, shop, rate, vat_rate=vat)


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


def whole_cents(amounts: list[Decimal], factor: Decimal) -> list[int]:
    """amount × factor rounded half-up to the cent, as whole cents, for a long list: with
    the rounding in a local context (and precision to spare, so the product is exact)
    ``to_integral_value`` runs twice as fast as ``quantize(..., rounding=...)``."""
    scaled = factor * 100
    with localcontext() as ctx:
        ctx.prec, ctx.rounding = 60, ROUND_HALF_UP
        return list(map(int, map(Decimal.to_integral_value, map(scaled.__mul__, amounts))))


def add_cost_cents(offers: "pd.DataFrame", config: "Config") -> tuple["pd.DataFrame", list[CostBasis]]:
    """``offers`` with ``cents`` (cost_shop × 100, an exact int64: the sort key for the best
    offer) and ``basis`` (index into the returned list of CostBasis, one per (supplier,
    currency)). The Decimal amounts are made later, for the chosen offers only."""
    import numpy as np

    n = len(offers)
    cents = np.zeros(n, dtype=np.int64)
    basis_index = np.zeros(n, dtype=np.int64)
    costs = offers["cost"].to_numpy(dtype=object)
    bases: list[CostBasis] = []
    groups = offers.groupby(["supplier", "currency"], sort=True, observed=True).indices
    for (supplier, currency), idx in groups.items():
        basis = cost_basis(config, supplier, currency)
        cents[idx] = whole_cents(costs[idx].tolist(), basis.factor)
        basis_index[idx] = len(bases)
        bases.append(basis)
    return offers.assign(cents=cents, basis=basis_index), bases


def add_shop_amounts(best: "pd.DataFrame", bases: list[CostBasis]) -> "pd.DataFrame":
    """The chosen offers with ``fx_rate``, ``cost_shop`` and ``msrp_shop`` (the supplier's
    RRP in shop currency: a retail price includes VAT, so only the currency changes)."""
    import pandas as pd

    from pricesync.pricing.offers import positive_decimal

    rates = [bases[b].fx_rate for b in best["basis"].tolist()]
    msrp = [positive_decimal(m) for m in best["msrp"].tolist()]
    return best.assign(
        fx_rate=pd.Series(rates, index=best.index, dtype=object),
        cost_shop=pd.Series([Decimal(c).scaleb(-2) for c in best["cents"].tolist()], index=best.index, dtype=object),
        msrp=pd.Series(msrp, index=best.index, dtype=object),
        msrp_shop=pd.Series([None if m is None else convert(m, r) for m, r in zip(msrp, rates)],
                            index=best.index, dtype=object),
    )
