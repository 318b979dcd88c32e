"""The ingest stage: ``ingest_stage`` reads the given price lists (or every supplier's of
the config) and returns a ``StageResult`` (``table``: the offers; ``rejects``: rejected
rows and notes with reasons; ``details["files"]``: what each file gave; exit 3 when a file
was held or a row rejected)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from pricesync.errors import UsageError
from pricesync.result import StageResult

if TYPE_CHECKING:
    from pricesync.config.models import Config
    from pricesync.ingest.run import IngestResult


def ingest_stage(files: "list[str | Path] | None" = None, *, config: "Config | None" = None,
                 supplier: str | None = None, **kwargs: Any) -> StageResult:
    """``ingest_files(files, ...)``, or ``ingest_suppliers(config, ...)`` without files, as a
    ``StageResult``; ``kwargs``: state, reporter, accept_structure, force."""
    from pricesync.ingest.run import ingest_files, ingest_suppliers

    if files:
        return stage_result(ingest_files(files, config=config, supplier=supplier, **kwargs))
    if config is None:
        raise UsageError("give price list files, or a config (--config) whose [suppliers.NAME] list files")
    return stage_result(ingest_suppliers(config, **kwargs))


def stage_result(ingested: "IngestResult") -> StageResult:
    """An ``IngestResult`` in the shape every stage returns."""
    rejects = ingested.rejects
    kinds = list(rejects["kind"]) if len(rejects) and "kind" in rejects.columns else []
    return StageResult(
        stage="ingest", tables={"offers": ingested.offers}, rows_in=ingested.rows_in, rejects=rejects,
        counts={"files": len(ingested.files), "offers": len(ingested.offers), "rejected": kinds.count("rejected"),
                "notes": kinds.count("note"), "held": len(ingested.held)},
        warnings=[f"{f.file}: held, {f.held}" for f in ingested.files if f.held],
        details={"held": list(ingested.held), "held_suppliers": ingested.held_suppliers,
                 "files": [file_summary(f) for f in ingested.files]},
        exit_code=ingested.exit_code)


def file_summary(f) -> dict[str, Any]:
    """One file's line of the ingest summary (JSON-able)."""
    return {"file": f.file, "supplier": f.supplier, "format": f.format, "sheets": f.sheets, "currency": f.currency,
            "rows": f.data_rows, "offers": f.offers, "rejected": f.rejected, "notes": f.notes, "groups": f.groups,
            "held": f.held, "skipped_sheets": [{"sheet": n, "why": w} for n, w in f.skipped_sheets]}
