"""pricing stage: matched offers -> desired price and stock per catalog SKU, with the reason.

``reprice(matches, catalog, config, *, competitors=None, accept=(), state=None, reporter=None)``
and ``adjust_for_channel(prices, ...)``. Imported lazily: the config models import this
package, and ``pricesync --help`` must not pay for pandas.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from pricesync.lazy import lazy_exports

if TYPE_CHECKING:
    from pricesync.pricing.channel import adjust_for_channel
    from pricesync.pricing.costs import MissingRateError
    from pricesync.pricing.engine import OUTPUT_COLUMNS, reprice

_EXPORTS = {
    "reprice": "pricesync.pricing.engine",
    "OUTPUT_COLUMNS": "pricesync.pricing.engine",
    "adjust_for_channel": "pricesync.pricing.channel",
    "MissingRateError": "pricesync.pricing.costs",
}

__all__ = ["MissingRateError", "OUTPUT_COLUMNS", "adjust_for_channel", "reprice"]


__getattr__ = lazy_exports(__name__, _EXPORTS)
