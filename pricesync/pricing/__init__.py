"""pricing stage: matched offers -> desired price and stock per catalog SKU, with the reason.

``reprice(matches, catalog, config, *, competitors=None, accept=(), state=None, reporter=None)``
and ``adjust_for_channel(prices, ...)``. Imported lazily: the config models import this
package, and ``pricesync --help`` must not pay for pandas.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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


def __getattr__(name: str) -> Any:
    # PEP 562: a name loads its module (the table above) on first use.
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
