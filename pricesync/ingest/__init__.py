"""ingest stage: supplier price lists (xlsx/xls/ods, CSV/TSV, HTML tables, YML feeds) ->
normalized offers (``OFFER_COLUMNS``), a rejects table and guard holds.

    result = ingest_files(["prices/technoopt.xlsx"], config=config, state=state)
    result.offers, result.rejects, result.held, result.exit_code
"""
from __future__ import annotations

from pricesync.lazy import lazy_exports

# Lazy: the config models import ``pricesync.ingest.config``, which must not pull pandas in.
_EXPORTS = {
    "IngestResult": "pricesync.ingest.run",
    "ingest_files": "pricesync.ingest.run",
    "ingest_suppliers": "pricesync.ingest.run",
    "inspect_file": "pricesync.ingest.inspect",
}

__all__ = sorted(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
