"""``pricesync scrape``."""
from __future__ import annotations

from pathlib import Path

import typer

from pricesync.cli.app import ConfigOption, JsonOption, StateOption, app
from pricesync.errors import PricesyncError


@app.command()
def scrape(
    urls: list[str] = typer.Argument(None, help="product page URLs"),
    urls_file: Path | None = typer.Option(None, "--urls", help="file with one URL per line"),
    out_path: Path = typer.Option(..., "--out", "-o", help="competitor prices table"),
    delay: float = typer.Option(1.0, "--delay", help="seconds between requests to one host"),
    config: Path | None = ConfigOption,
    state: Path | None = StateOption,
    as_json: bool = JsonOption,
) -> None:
    """Competitor product pages to prices."""
    raise PricesyncError("scrape is not available yet")
