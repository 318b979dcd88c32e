"""``pricesync inspect`` and ``pricesync ingest``."""
from __future__ import annotations

from pathlib import Path

import typer

from pricesync.cli.app import ConfigOption, JsonOption, StateOption, app
from pricesync.errors import PricesyncError


@app.command()
def inspect(
    file: Path = typer.Argument(..., help="a supplier price list"),
    sheet: str | None = typer.Option(None, "--sheet", help="only this sheet"),
    as_json: bool = JsonOption,
    write_config: Path | None = typer.Option(None, "--write-config", help="write a mapping config reproducing the detection"),
    supplier: str | None = typer.Option(None, "--supplier", help="supplier name for --write-config"),
) -> None:
    """Show what auto-detection finds: sheets, header row, column roles, currency, sample rows."""
    raise PricesyncError("inspect is not available yet")


@app.command()
def ingest(
    files: list[Path] = typer.Argument(None, help="price lists (default: every supplier's files from the config)"),
    out_path: Path = typer.Option(..., "--out", "-o", help="offers table (.csv .xlsx .parquet .json)"),
    config: Path | None = ConfigOption,
    supplier: str | None = typer.Option(None, "--supplier", help="supplier name for the given files"),
    rejects: Path | None = typer.Option(None, "--rejects", help="write rejected rows with reasons here"),
    state: Path | None = StateOption,
    accept_structure: bool = typer.Option(False, "--accept-structure", help="accept a changed file structure"),
    force: bool = typer.Option(False, "--force", help="ingest even when a guard would stop the file"),
    as_json: bool = JsonOption,
) -> None:
    """Read supplier price lists into normalized offers."""
    raise PricesyncError("ingest is not available yet")
