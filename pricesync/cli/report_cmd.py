"""``pricesync report``: the operator's HTML page of a run, written again from its run folder."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from pricesync.cli.app import ConfigOption, JsonOption, RichReporter, StateOption, app, err, load, out, print_json
from pricesync.errors import UsageError


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
    from pricesync.report_html import write_report

    cfg = load(config, state=state)
    folder = run_folder(cfg, run)
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


def run_folder(cfg, run: str | None) -> Path:
    """The folder of run ``run`` (an id from the state, or a folder path); the newest run
    that kept one when None."""
    from pricesync.state import State

    if run is not None and not run.isdigit():
        folder = Path(run)
        if not (folder / "summary.json").exists() and not (folder / "plan.json").exists():
            raise UsageError(f"'{run}' is neither a run id nor a run folder (no summary.json or plan.json in it)")
        return folder
    state_path = cfg.resolve(cfg.state.path)
    default_root = state_path.resolve().parent / "runs"
    if not state_path.exists():
        raise UsageError(f"no state file at {state_path}: no run to report on")
    with State(state_path) as st:
        if run is not None:
            rows = st.query("SELECT * FROM runs WHERE id = ?", (int(run),))
            if not rows:
                raise UsageError(f"no run #{run} in {state_path} (see `pricesync runs`)")
        else:
            rows = st.query("SELECT * FROM runs ORDER BY id DESC LIMIT 200")
    for row in rows:
        summary = json.loads(row["summary"]) if row["summary"] else {}
        for candidate in (summary.get("run_dir"), default_root / str(row["id"])):
            if candidate and ((Path(candidate) / "summary.json").exists() or (Path(candidate) / "plan.json").exists()):
                return Path(candidate)
    which = f"run #{run}" if run is not None else "any run"
    err.print(f"no run folder kept for {which}", markup=False)
    raise UsageError(f"no run folder found for {which} (runs keep theirs in runs/<id>/ next to the state file)")
