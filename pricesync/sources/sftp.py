"""sftp source (being written)."""
from __future__ import annotations

from pricesync.sources import Download, FetchContext, SourceError, register_source


@register_source("sftp")
def fetch_sftp(ctx: FetchContext) -> Download:
    raise SourceError("not implemented yet")
