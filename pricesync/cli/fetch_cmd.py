"""``pricesync fetch [SUPPLIER...]``: fetch the suppliers' lists from their sources, alone."""
from __future__ import annotations

from pathlib import Path

import typer

from pricesync.cli.app import ConfigOption, JsonOption, RichReporter, StateOption, app, load, out, print_json, stamp_logs
from pricesync.errors import ExitCode, UsageError


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
    from pricesync.pipeline.lock import run_lock
    from pricesync.sources.fetch import fetch_suppliers, sourced_suppliers
    from pricesync.state import State

    stamp_logs(not as_json)
    cfg = load(config)
    if state is not None:
        cfg.state.path = str(state.resolve())
    names = sourced_suppliers(cfg, suppliers or None)
    if not names:
        raise UsageError("no supplier has a [suppliers.NAME.source] to fetch", file=str(cfg.source or ""))
    reporter = RichReporter(quiet=as_json)
    state_path = cfg.resolve(cfg.state.path)
    with run_lock(state_path, "fetch"), State(state_path) as db:
        result = fetch_suppliers(cfg, state=db, names=names, reporter=reporter)
    rows = result.results
    if as_json:
        print_json({"sources": [r.to_dict() for r in rows]})
    else:
        _render(rows)
    if rows and all(r.error for r in rows):
        raise typer.Exit(ExitCode.FAILED)
    raise typer.Exit(ExitCode.HELD if any(r.held for r in rows) else ExitCode.OK)


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
