"""Markup rules: ordered, first match wins; every condition of one ``when`` must hold.

Conditions are evaluated column-wise over all SKUs at once (one boolean mask per rule);
the winning rule's arithmetic is done by ``quote.Pricer``.
"""
from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR
from typing import TYPE_CHECKING

from pricesync.parse.codes import normalize_code
from pricesync.pricing.config import PricingRule
from pricesync.pricing.frames import isin

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

# Shop and supplier categories are often paths: "Телефоны/Смартфоны", "Phones > Smartphones".
_PATH_SEPARATORS = re.compile(r"\s*(?:/|\\|>|»|\|)\s*")


def _values(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _folded(values: list[str]) -> set[str]:
    return {v.strip().casefold() for v in values if v.strip()}


def _matching(values: "pd.Series", wanted: set[str], *, path: bool = False) -> "np.ndarray":
    """Rows whose text (case-folded; with ``path``, also one level of a category path) is
    wanted. Decided once per distinct value, so 300 000 rows cost a few dozen checks."""
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(values)
    hits = []
    if path:
        # One path form on both sides (pricesync.catalog): a rule on "Phones" or on
        # "Phones/Smartphones" fires for "Phones > Smartphones", and for "A; Phones > X".
        from pricesync.catalog import category_keys, category_rule_key

        wanted = wanted | {category_rule_key(w) for w in wanted}
    for value in uniques:
        folded = str(value).strip().casefold()
        levels = {folded, *category_keys(folded)} if path else {folded}
        hits.append(bool(levels & wanted))
    return np.append(np.array(hits, dtype=bool), False)[codes]   # code -1 (missing) -> False


def rule_masks(frame: "pd.DataFrame", rules: list[PricingRule]) -> "np.ndarray":
    """Index of the first rule whose conditions hold for each row of ``frame`` (-1: none).

    ``frame`` has ``sku, category, brand, supplier, cents`` (cost_shop × 100, int) and
    ``has_msrp``."""
    import numpy as np

    chosen = np.full(len(frame), -1, dtype=np.int64)
    has_msrp = frame["has_msrp"].to_numpy(dtype=bool)
    cents = frame["cents"].to_numpy()
    for i, rule in enumerate(rules):
        open_rows = chosen < 0
        if not open_rows.any():
            break
        w = rule.when
        mask = open_rows.copy()
        if w.category is not None:
            mask &= _matching(frame["category"], _folded(_values(w.category)), path=True)
        if w.brand is not None:
            mask &= _matching(frame["brand"], _folded(_values(w.brand)))
        if w.supplier is not None:
            mask &= _matching(frame["supplier"], _folded(_values(w.supplier)))
        if w.sku is not None:
            mask &= isin(frame["sku"], {normalize_code(s) for s in _values(w.sku)})
        # cost_shop >= cost_min  <=>  cents >= ceil(cost_min × 100), exactly, as cents are whole.
        if w.cost_min is not None:
            mask &= cents >= int((w.cost_min * 100).to_integral_value(rounding=ROUND_CEILING))
        if w.cost_max is not None:
            mask &= cents <= int((w.cost_max * 100).to_integral_value(rounding=ROUND_FLOOR))
        if rule.use_msrp:
            mask &= has_msrp
        chosen[mask] = i
    return chosen
