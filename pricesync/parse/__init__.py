"""Parsers shared by every stage: prices, stock words, product codes, currencies."""
from pricesync.parse.codes import normalize_code, normalize_ean
from pricesync.parse.currency import currency_from_text
from pricesync.parse.price import ParsedPrice, parse_price
from pricesync.parse.stock import DEFAULT_STOCK_VOCABULARY, parse_stock

__all__ = [
    "DEFAULT_STOCK_VOCABULARY",
    "ParsedPrice",
    "currency_from_text",
    "normalize_code",
    "normalize_ean",
    "parse_price",
    "parse_stock",
]
