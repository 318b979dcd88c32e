"""``pricesync plan``, ``pricesync push`` and ``pricesync run``."""
from __future__ import annotations

from pathlib import Path

import typer

from pricesync.cli.app import ConfigOption, JsonOption, app
from pricesync.errors import PricesyncError


@app.command()
def plan(
    config: Path | None = ConfigOption,
    prices: Path | None = typer.Option(None, "--prices", help="a prices table instead of running the pipeline"),
    channel: list[str] = typer.Option(None, "--channel", help="only this channel (repeatable)"),
    out_path: Path | None = typer.Option(None, "--out", "-o", help="plan file (.json .xlsx .csv)"),
    as_json: bool = JsonOption,
) -> None:
    """What would change on each channel, and why. Changes nothing."""
    raise PricesyncError("plan is not available yet")


@app.command()
def push(
    config: Path | None = ConfigOption,
    prices: Path | None = typer.Option(None, "--prices", help="a prices table instead of running the pipeline"),
    channel: list[str] = typer.Option(None, "--channel", help="only this channel (repeatable)"),
    as_json: bool = JsonOption,
) -> None:
    """Apply the plan: only what differs is sent; held rows never are."""
    raise PricesyncError("push is not available yet")


@app.command()
def run(
    config: Path | None = ConfigOption,
    dry_run: bool = typer.Option(False, "--dry-run", help="stop before push and print the plan"),
    as_json: bool = JsonOption,
) -> None:
    """The whole pipeline: ingest -> match -> scrape -> reprice -> plan -> push."""
    raise PricesyncError("run is not available yet")
