"""``pricesync report``: the operator's HTML page of a run, written again from its run folder."""
from __future__ import annotations

from pathlib import Path

import typer

from pricesync.cli.app import ConfigOption, JsonOption, RichReporter, StateOption, app, load, out, print_json


@app.command()
def report(
    run: str | None = typer.Argument(None, metavar="[RUN]", help="run id (as `pricesync runs` lists) or a run "
                                                                 "folder; default: the last run with a folder"),
    config: Path | None = ConfigOption,
    out_path: Path | None = typer.Option(None, "--out", "-o", help="HTML file (default: report.html in the run "
                                                                   "folder)"),
    state: Path | None = StateOption,
    as_json: bool = JsonOption,
) -> None:
    """Write a run's report (changes per channel, held prices with their accept command,
    biggest moves, margins, supplier coverage, stock-outs, guards) as one offline HTML page."""
    from pricesync.pipeline.history import report_folder
    from pricesync.report_html import write_report

    cfg = load(config, state=state)
    folder = report_folder(cfg, run)
    catalog, note = None, ""
    if cfg.shop.catalog:
        try:
            from pricesync.catalog import shop_catalog

            catalog = shop_catalog(cfg).frame
        except Exception as exc:  # noqa: BLE001 - names and categories are a nicety
            note = f" (catalog not readable: {exc})"
            RichReporter().warn(f"no names or categories in the report: {exc}")
    path = write_report(folder, out_path, config=cfg, catalog=catalog, catalog_note=note)
    if as_json:
        print_json({"run_dir": str(folder), "report": str(path)})
    else:
        out.print(f"report written to {path}", markup=False, soft_wrap=True)
