"""``pricesync reprice``."""
from __future__ import annotations

from pathlib import Path

import typer

from pricesync.cli.app import ConfigOption, JsonOption, app
from pricesync.errors import PricesyncError


@app.command()
def reprice(
    matches: Path = typer.Option(..., "--matches", help="matches table from `match`"),
    out_path: Path = typer.Option(..., "--out", "-o", help="prices table"),
    competitors: Path | None = typer.Option(None, "--competitors", help="competitor prices (from `scrape`)"),
    config: Path | None = ConfigOption,
    as_json: bool = JsonOption,
) -> None:
    """Desired price and stock per catalog SKU, with the explanation."""
    raise PricesyncError("reprice is not available yet")
