"""scrape stage: competitor product pages -> prices (``scrape_urls``, ``scrape_competitors``).

Zero-config extraction (JSON-LD, microdata, OpenGraph/meta, then the visible page),
CSS selectors for sites without structured data, polite fetching (robots.txt, per-host
delay, retries honouring Retry-After, conditional requests cached in the state).
Names resolve lazily so that importing the config models stays light.
"""
from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "scrape_urls": "pricesync.scrape.run",
    "scrape_competitors": "pricesync.scrape.run",
    "summarize": "pricesync.scrape.run",
    "RESULT_COLUMNS": "pricesync.scrape.run",
    "extract_product": "pricesync.scrape.extract",
    "ProductInfo": "pricesync.scrape.schema",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    # PEP 562: a name loads its module (the table above) on first use.
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
