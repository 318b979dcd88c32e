"""scrape stage: competitor product pages -> prices (``scrape_urls``, ``scrape_competitors``).

Zero-config extraction (JSON-LD, microdata, OpenGraph/meta, then the visible page),
CSS selectors for sites without structured data, polite fetching (robots.txt, per-host
delay, retries honouring Retry-After, conditional requests cached in the state).
Names resolve lazily so that importing the config models stays light.
"""
from __future__ import annotations

from pricesync.lazy import lazy_exports

_EXPORTS = {
    "scrape_urls": "pricesync.scrape.run",
    "scrape_competitors": "pricesync.scrape.run",
    "summarize": "pricesync.scrape.stage",
    "scrape_stage": "pricesync.scrape.stage",
    "urls_stage": "pricesync.scrape.stage",
    "RESULT_COLUMNS": "pricesync.scrape.run",
    "extract_product": "pricesync.scrape.extract",
    "ProductInfo": "pricesync.scrape.schema",
}

__all__ = sorted(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
