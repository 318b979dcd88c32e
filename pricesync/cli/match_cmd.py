"""``pricesync match`` and ``pricesync review export|apply``."""
from __future__ import annotations

from pathlib import Path

import typer

from pricesync.cli.app import ConfigOption, JsonOption, RichReporter, StateOption, app, err, load, out, \
    print_json, review_app
from pricesync.errors import ExitCode, UsageError
from pricesync.files import check_output_extension

CatalogOption = typer.Option(None, "--catalog", help="the shop's catalog export (default: [shop] catalog of the config)")


@app.command()
def match(
    offers: list[Path] = typer.Argument(..., help="offers tables from `ingest`"),
    catalog: Path | None = CatalogOption,
    out_path: Path = typer.Option(..., "--out", "-o", help="matches table"),
    state: Path | None = StateOption,
    config: Path | None = ConfigOption,
    as_json: bool = JsonOption,
) -> None:
    """Match supplier offers to the shop's catalog."""
    import pandas as pd

    from pricesync.match.stage import match_stage
    from pricesync.pipeline.history import open_state, recorded_run, state_path
    from pricesync.tables import read_table, write_table

    _check_extension(out_path)
    cfg = load(config, required=False)
    catalog_df, rejects = _catalog(catalog, cfg, say=not as_json)
    frames = [read_table(p) for p in offers]
    for path, frame in zip(offers, frames):
        if "name" not in frame.columns:
            raise UsageError(f"not an offers table: no 'name' column (found: {', '.join(frame.columns)})",
                             file=str(path))
    offers_df = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    reporter = RichReporter(quiet=as_json)
    with open_state(state_path(cfg, state)) as db, recorded_run(db, "match") as record:
        result = match_stage(offers_df, catalog_df, config=cfg.matching if cfg else None, state=db,
                             reporter=reporter, catalog_rejects=rejects)
        write_table(result.table, out_path)
        summary = _match_summary(result, out_path)
        code = result.exit_code
        record.finish(exit_code=code, summary={k: v for k, v in summary.items() if k != "catalog_rejects"})
    if as_json:
        print_json(summary, result)
    else:
        _render_match(summary)
    raise typer.Exit(int(code))


@review_app.command("export")
def review_export(
    matches: Path = typer.Option(..., "--matches", help="matches table from `match`"),
    out_path: Path = typer.Option(..., "--out", "-o", help="review workbook (.xlsx) or .csv"),
    catalog: Path | None = CatalogOption,
    config: Path | None = ConfigOption,
    include_unmatched: bool = typer.Option(False, "--unmatched", help="also list offers with no candidate good enough"),
    as_json: bool = JsonOption,
) -> None:
    """The review queue as a sheet operators fill in."""
    from pricesync.match.review import review_frame, write_review_xlsx
    from pricesync.tables import read_table, write_table

    _check_extension(out_path)
    table = read_table(matches)
    missing = [c for c in ("supplier", "supplier_sku", "name", "catalog_sku", "match_status") if c not in table.columns]
    if missing:
        raise UsageError(f"not a matches table: lacks {', '.join(missing)}", file=str(matches))
    cfg = load(config, required=False)
    names = None
    if catalog is not None or (cfg and cfg.shop.catalog):
        catalog_df, _ = _catalog(catalog, cfg)
        names = dict(zip(catalog_df["sku"], catalog_df["name"]))
    queue = review_frame(table, catalog_names=names, include_unmatched=include_unmatched)
    if out_path.suffix.lower() == ".xlsx":
        from pricesync.files import atomic_write

        with atomic_write(out_path) as tmp:
            write_review_xlsx(queue, tmp)
    else:
        write_table(queue, out_path)
    summary = {"out": str(out_path), "rows": len(queue), "with_candidate_names": names is not None}
    if as_json:
        print_json(summary)
    else:
        err.print(f"{len(queue)} offer(s) to review -> {out_path}"
                  + ("" if names is not None else " (candidate names need --catalog or a config)"), markup=False)


@review_app.command("apply")
def review_apply(
    file: Path = typer.Argument(..., help="decisions: supplier, supplier_sku, catalog_sku"),
    state: Path | None = StateOption,
    catalog: Path | None = CatalogOption,
    config: Path | None = ConfigOption,
    as_json: bool = JsonOption,
) -> None:
    """Remember operators' decisions; they win on the next `match`."""
    from pricesync.match.remembered import apply_decisions, read_decisions
    from pricesync.pipeline.history import recorded_run, state_path
    from pricesync.state.store import State

    cfg = load(config, required=False)
    decisions = read_decisions(file)
    skus = None
    if catalog is not None or (cfg and cfg.shop.catalog):
        catalog_df, _ = _catalog(catalog, cfg)
        skus = set(catalog_df["sku"])
    path = state_path(cfg, state)
    if path is None:
        raise UsageError("give --state, or a config (--config) with [state] path: the decisions are kept there")
    with State(path) as db, recorded_run(db, "review apply") as record:
        report = apply_decisions(decisions, db, catalog_skus=skus, source=str(file))
        code = ExitCode.HELD if report.rejected else ExitCode.OK
        record.finish(exit_code=code, summary=report.as_dict())
    data = report.as_dict()
    data.update(file=str(file), state=str(path), not_in_catalog=report.not_in_catalog)
    if as_json:
        print_json(data)
    else:
        err.print(f"{file}: {report.new} new, {report.updated} updated, {report.unchanged} unchanged, "
                  f"{len(report.rejected)} rejected ({report.not_in_catalog} say 'not in the catalog'), "
                  f"{report.undecided} left empty (undecided) -> {path}",
                  markup=False, soft_wrap=True)
        for row, why in report.rejected[:20]:
            err.print(f"  row {row}: {why}", markup=False, style="yellow")
        if len(report.rejected) > 20:
            err.print(f"  ... and {len(report.rejected) - 20} more (see --json)", markup=False)
        if skus is None:
            err.print("catalog SKUs were not checked: give --catalog or a config with [shop] catalog", markup=False,
                      style="yellow")
        if decisions.shape[0] and report.not_in_catalog == decisions.shape[0] - len(report.rejected) \
                and report.not_in_catalog > 1:
            err.print("every decision says 'not in the catalog' (none): was the file filled in?",
                      markup=False, style="yellow")
    raise typer.Exit(int(code))


def _check_extension(path: Path) -> None:
    check_output_extension(path)


def _catalog(option: Path | None, cfg, *, say: bool = False):
    from pricesync.catalog import read_catalog, shop_catalog

    if option is None and (cfg is None or not cfg.shop.catalog):
        raise UsageError("give --catalog, or a config (--config) with [shop] catalog")
    # With a config: its catalog columns and [matching] name/code columns, as run reads it.
    shop = shop_catalog(cfg, option) if cfg is not None else read_catalog(option)
    catalog_df, rejects = shop.frame, shop.rejects
    if say:     # which export and columns: match says it, as validate and run do
        err.print(shop.describe(), markup=False, soft_wrap=True)
    for note in shop.notes:
        err.print(f"catalog {shop.path.name}: {note}", markup=False, style="yellow", soft_wrap=True)
    for rec in rejects.head(5).to_dict("records"):
        err.print(f"catalog {rec['source_file']} row {rec['source_row']}: {rec['reason']}", markup=False,
                  style="yellow")
    if len(rejects) > 5:
        err.print(f"catalog: {len(rejects) - 5} more row(s) rejected", markup=False, style="yellow")
    return catalog_df, rejects


def _match_summary(result, out_path: Path) -> dict:
    return {"out": str(out_path), "offers": result.rows_in, **result.counts, "by_method": result.details["by_method"],
            "name_decision": result.details["name_decision"],
            "catalog_rejects": 0 if result.rejects is None else len(result.rejects)}


def _render_match(summary: dict) -> None:
    from rich.table import Table

    table = Table(title="match", title_justify="left")
    for col, just in (("method", "left"), ("auto", "right"), ("review", "right"), ("unmatched", "right")):
        table.add_column(col, justify=just)
    order = ["alias", "ean", "sku", "mpn", "name"]
    for method in sorted(summary["by_method"], key=lambda m: order.index(m) if m in order else 99):
        c = summary["by_method"][method]
        table.add_row(method, str(c["auto"]), str(c["review"]), str(c["unmatched"]))
    table.add_row("total", str(summary["auto"]), str(summary["review"]), str(summary["unmatched"]), style="bold")
    out.print(table)
    line = f"{summary['offers']} offers -> {summary['out']}"
    if summary["review"]:
        line += f"; review them with: pricesync review export --matches {summary['out']} --out review.xlsx"
    if summary["catalog_rejects"]:
        line += f"; {summary['catalog_rejects']} catalog row(s) rejected"
    err.print(line, markup=False, soft_wrap=True)
