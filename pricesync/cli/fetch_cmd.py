"""``pricesync fetch [SUPPLIER...]``: fetch the suppliers' lists from their sources, alone."""
from __future__ import annotations

from pathlib import Path

import typer

from pricesync.cli.app import ConfigOption, JsonOption, RichReporter, StateOption, app, load, out, print_json, stamp_logs


@app.command()
def fetch(
    suppliers: list[str] = typer.Argument(None, help="suppliers to fetch (default: every one with a source)"),
    config: Path | None = ConfigOption,
    as_json: bool = JsonOption,
    state: Path | None = StateOption,
) -> None:
    """Fetch supplier price lists from their [suppliers.NAME.source] (URL, Google Sheets,
    FTP/FTPS, SFTP) into the state folder, as `run` does first.

    Exit 0 when every list came (changed or not), 3 when a supplier is held (its source
    failed, or its list is older than max_age), 1 when every source failed.
    """
    from pricesync.pipeline.stage import fetch_stage

    stamp_logs(not as_json)
    cfg = load(config, state=state)
    result = fetch_stage(cfg, suppliers, reporter=RichReporter(quiet=as_json))
    if as_json:
        print_json({"sources": result.details["sources"]}, result)
    else:
        _render(result.table)
    raise typer.Exit(result.exit_code)


def _render(rows) -> None:
    from rich.markup import escape
    from rich.table import Table

    view = Table(title="supplier lists fetched", title_justify="left")
    for col in ("supplier", "url", "status", "size", "sha256", "files"):
        view.add_column(col, justify="right" if col == "size" else "left")
    for r in rows:
        if r.held:
            status = f"held: {r.held}"
        else:
            status = "changed" if r.changed else ("not modified (304/same file)" if r.from_cache else "unchanged")
        view.add_row(escape(r.supplier), escape(r.url), escape(status), f"{r.size:,}".replace(",", " "),
                     r.sha256[:12], escape(", ".join(str(f) for f in r.files)))
    out.print(view)
