"""pricesync: keep an online shop's prices and stock true to its suppliers and its market.

The library API: ``parse_price`` and ``parse_stock``; each stage is a package
(``ingest``, ``match``, ``scrape``, ``pricing``; plan and push in ``pipeline``), its
``stage`` module returning a ``StageResult``, and ``pipeline`` runs them.
"""
from pricesync.lazy import lazy_exports
from pricesync.parse.price import ParsedPrice, parse_price
from pricesync.parse.stock import parse_stock

__version__ = "0.1.0"

_EXPORTS = {"StageResult": "pricesync.result"}

__all__ = ["ParsedPrice", "StageResult", "__version__", "parse_price", "parse_stock"]

__getattr__ = lazy_exports(__name__, _EXPORTS)
