"""scrape stage: competitor product pages -> prices (``scrape_urls``, ``scrape_competitors``).

Zero-config extraction (JSON-LD, microdata, OpenGraph/meta, then the visible page),
CSS selectors for sites without structured data, polite fetching (robots.txt, per-host
delay, retries honouring Retry-After, conditional requests cached in the state).
Names resolve lazily so that importing the config models stays light.
"""
from __future__ import annotations

import importlib
from typing import Any

# The config models import this package's config module, which needs pricesync.config's
# field types: load pricesync.config first so either import order works.
import pricesync.config  # noqa: F401  isort: skip

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
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'pricesync.scrape' has no attribute {name!r}")
