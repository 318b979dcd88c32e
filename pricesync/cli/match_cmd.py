"""``pricesync match`` and ``pricesync review export|apply``."""
from __future__ import annotations

from pathlib import Path

import typer

from pricesync.cli.app import ConfigOption, JsonOption, StateOption, app, review_app
from pricesync.errors import PricesyncError


@app.command()
def match(
    offers: list[Path] = typer.Argument(..., help="offers tables from `ingest`"),
    catalog: Path | None = typer.Option(None, "--catalog", help="the shop's catalog export (default: [shop] catalog)"),
    out_path: Path = typer.Option(..., "--out", "-o", help="matches table"),
    state: Path | None = StateOption,
    config: Path | None = ConfigOption,
    as_json: bool = JsonOption,
) -> None:
    """Match supplier offers to the shop's catalog."""
    raise PricesyncError("match is not available yet")


@review_app.command("export")
def review_export(
    matches: Path = typer.Option(..., "--matches", help="matches table from `match`"),
    out_path: Path = typer.Option(..., "--out", "-o", help="review workbook (.xlsx) or .csv"),
) -> None:
    """The review queue as a sheet operators fill in."""
    raise PricesyncError("review export is not available yet")


@review_app.command("apply")
def review_apply(
    file: Path = typer.Argument(..., help="decisions: supplier, supplier_sku, catalog_sku"),
    state: Path | None = StateOption,
    config: Path | None = ConfigOption,
) -> None:
    """Remember operators' decisions; they win on the next `match`."""
    raise PricesyncError("review apply is not available yet")
