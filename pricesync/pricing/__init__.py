"""pricing stage: matched offers -> desired price and stock per catalog SKU, with the reason.

``reprice(matches, catalog, config, *, competitors=None, accept=(), state=None, reporter=None)``
and ``adjust_for_channel(prices, ...)``. Imported lazily: the config models import this
package, and ``pricesync --help`` must not pay for pandas.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

# The config models import this package's config module, which needs pricesync.config's
# field types: load pricesync.config first so either import order works.
import pricesync.config  # noqa: F401  isort: skip

if TYPE_CHECKING:
    from pricesync.pricing.channel import adjust_for_channel
    from pricesync.pricing.costs import MissingRateError
    from pricesync.pricing.engine import OUTPUT_COLUMNS, reprice

_LAZY = {
    "reprice": "pricesync.pricing.engine",
    "OUTPUT_COLUMNS": "pricesync.pricing.engine",
    "adjust_for_channel": "pricesync.pricing.channel",
    "MissingRateError": "pricesync.pricing.costs",
}

__all__ = ["MissingRateError", "OUTPUT_COLUMNS", "adjust_for_channel", "reprice"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'pricesync.pricing' has no attribute {name!r}")
