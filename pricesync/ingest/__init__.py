"""ingest stage: supplier price lists (xlsx/xls/ods, CSV/TSV, HTML tables, YML feeds) ->
normalized offers (``OFFER_COLUMNS``), a rejects table and guard holds.

    result = ingest_files(["prices/technoopt.xlsx"], config=config, state=state)
    result.offers, result.rejects, result.held, result.exit_code
"""
# The config package composes every stage's model (ours included); initialise it first so
# that importing ``pricesync.ingest.config`` on its own does not meet a half-built package.
import pricesync.config  # noqa: F401  isort: skip

__all__ = ["IngestResult", "ingest_files", "ingest_suppliers", "inspect_file"]


def __getattr__(name: str):
    # Lazy: the config models import this package, and must not pull pandas in with it.
    if name in ("IngestResult", "ingest_files", "ingest_suppliers"):
        from pricesync.ingest import run

        return getattr(run, name)
    if name == "inspect_file":
        from pricesync.ingest.inspect import inspect_file

        return inspect_file
    raise AttributeError(name)
