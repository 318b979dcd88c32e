"""Markup rules: ordered, first match wins; every condition of one ``when`` must hold.

Conditions are evaluated column-wise over all SKUs at once (one boolean mask per rule);
only the arithmetic of the winning rule runs per SKU, in Decimal.
"""
from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from pricesync.parse.codes import normalize_code
from pricesync.pricing.config import PricingRule
from pricesync.pricing.explain import human, pct, signed_amount

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

ONE = Decimal(1)
CENT = Decimal("0.01")
# Shop and supplier categories are often paths: "Телефоны/Смартфоны", "Phones > Smartphones".
_PATH_SEPARATORS = re.compile(r"\s*(?:/|\\|>|»|\|)\s*")


def _values(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _folded(values: list[str]) -> set[str]:
    return {v.strip().casefold() for v in values if v.strip()}


def _category_mask(categories: "pd.Series", wanted: set[str]) -> "np.ndarray":
    """A category matches when the whole text, or one level of its path, is wanted."""
    hits = {}
    for cat in categories.unique():
        text = str(cat).strip().casefold()
        levels = {text, *(p for p in _PATH_SEPARATORS.split(text) if p)}
        hits[cat] = bool(levels & wanted)
    return categories.map(hits).to_numpy(dtype=bool)


def rule_masks(frame: "pd.DataFrame", rules: list[PricingRule]) -> "np.ndarray":
    """Index of the first rule whose conditions hold for each row of ``frame`` (-1: none).

    ``frame`` has ``sku, category, brand, supplier, cents`` (cost_shop × 100, int) and
    ``msrp_shop`` (Decimal or None)."""
    import numpy as np

    chosen = np.full(len(frame), -1, dtype=np.int64)
    has_msrp = frame["msrp_shop"].notna().to_numpy()
    brand = frame["brand"].astype(str).str.strip().str.casefold()
    supplier = frame["supplier"].astype(str).str.strip().str.casefold()
    cents = frame["cents"].to_numpy()
    for i, rule in enumerate(rules):
        open_rows = chosen < 0
        if not open_rows.any():
            break
        w = rule.when
        mask = open_rows.copy()
        if w.category is not None:
            mask &= _category_mask(frame["category"], _folded(_values(w.category)))
        if w.brand is not None:
            mask &= brand.isin(_folded(_values(w.brand))).to_numpy()
        if w.supplier is not None:
            mask &= supplier.isin(_folded(_values(w.supplier))).to_numpy()
        if w.sku is not None:
            mask &= frame["sku"].isin({normalize_code(s) for s in _values(w.sku)}).to_numpy()
        # cost_shop >= cost_min  <=>  cents >= ceil(cost_min × 100), exactly, as cents are whole.
        if w.cost_min is not None:
            mask &= cents >= int((w.cost_min * 100).to_integral_value(rounding=ROUND_CEILING))
        if w.cost_max is not None:
            mask &= cents <= int((w.cost_max * 100).to_integral_value(rounding=ROUND_FLOOR))
        if rule.use_msrp:
            mask &= has_msrp
        chosen[mask] = i
    return chosen


def rule_price(rule: PricingRule, label: str, cost_shop: Decimal, msrp_shop: Decimal | None) -> tuple[Decimal, str]:
    """(price by the rule, to cents; ``rule 'Смартфоны' +15 % = 15 445.65``)."""
    if rule.use_msrp:
        base, text = msrp_shop, f"rule '{label}' RRP {human(msrp_shop)}"
    else:
        base, text = cost_shop, f"rule '{label}'"
    price = base
    if rule.markup:
        price = price * (ONE + rule.markup)
        text += f" {pct(rule.markup, signed=True)}"
    if rule.add:
        price = price + rule.add
        text += f" {signed_amount(rule.add)}"
    price = price.quantize(CENT, rounding=ROUND_HALF_UP)
    if price != base:
        text += f" = {human(price)}"
    return price, text
