"""pricesync: keep an online shop's prices and stock true to its suppliers and its market.

The library API: ``parse_price`` and ``parse_stock``; each stage is a package
(``ingest``, ``match``, ``pricing``, ``scrape``, ``channels``) and ``pipeline`` runs them.
"""
from pricesync.parse.price import ParsedPrice, parse_price
from pricesync.parse.stock import parse_stock

__version__ = "0.1.0"

__all__ = ["ParsedPrice", "__version__", "parse_price", "parse_stock"]
