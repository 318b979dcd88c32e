"""http source (being written)."""
from __future__ import annotations

from pricesync.sources import Download, FetchContext, SourceError, register_source


@register_source("https", "http")
def fetch_http(ctx: FetchContext) -> Download:
    raise SourceError("not implemented yet")
