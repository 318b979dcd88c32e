"""``pricesync inspect`` and ``pricesync ingest``."""
from __future__ import annotations

from pathlib import Path

import typer

from pricesync.cli.app import ConfigOption, JsonOption, RichReporter, StateOption, app, err, load, out, print_json
from pricesync.errors import UsageError
from pricesync.files import check_output_extension



@app.command()
def inspect(
    file: Path = typer.Argument(..., help="a supplier price list"),
    sheet: str | None = typer.Option(None, "--sheet", help="only this sheet"),
    as_json: bool = JsonOption,
    write_config: Path | None = typer.Option(None, "--write-config", help="write a mapping config reproducing the detection"),
    supplier: str | None = typer.Option(None, "--supplier", help="supplier name for --write-config (and its "
                                                                  "[suppliers.NAME] section with --config)"),
    config: Path | None = typer.Option(None, "--config", "-c", help="read the file as this config's supplier section "
                                                                    "says (price_column, columns, stock_when_absent...)"),
) -> None:
    """Show what auto-detection finds: sheets, header row, column roles, currency, sample rows."""
    from pricesync.ingest.inspect import inspect_file, mapping_toml, report_dict
    from pricesync.ingest.run import _supplier_for, supplier_name_from_file

    if write_config is not None and write_config.suffix.lower() != ".toml":
        raise UsageError("--write-config needs a .toml path", file=str(write_config))
    name = supplier or supplier_name_from_file(file)
    if config is not None:
        cfg = load(config)
        name, section = _supplier_for(file, cfg, supplier)
        report = inspect_file(file, sheet=sheet, supplier=name, config=section, shop_currency=cfg.shop.currency)
    else:
        report = inspect_file(file, sheet=sheet, supplier=name)
    if write_config is not None:
        from pricesync.files import write_text_atomic

        write_text_atomic(write_config, mapping_toml(report, name, config_path=write_config))
    if as_json:
        data = report_dict(report)
        data["config_written"] = str(write_config) if write_config else None
        print_json(data)
    else:
        _render_inspect(report)
        if write_config is not None:
            err.print(f"mapping for supplier '{name}' written to {write_config}", markup=False)


def _render_inspect(report) -> None:
    from rich.markup import escape
    from rich.table import Table

    extra = []
    if report.encoding and report.format in ("text", "html"):
        extra.append(f"encoding {report.encoding}")
    if report.delimiter:
        extra.append("delimiter " + ("TAB" if report.delimiter == "\t" else repr(report.delimiter)))
    out.print(f"{report.file}: {report.format}" + (f" ({', '.join(extra)})" if extra else ""), markup=False)
    for s in report.sheets:
        label = f"sheet '{s.name}'" if s.name else "table"
        if s.layout is None:
            out.print(f"  {label}: skipped, {s.why}", markup=False)
            continue
        lay = s.layout
        where = ("offers" if lay.feed else "header row " + ", ".join(map(str, lay.header_rows))
                 if lay.header_rows else f"no header row: table from row {lay.data_row}, columns read from their values")
        out.print(f"  {label}: {where}; {s.products} product rows, {s.groups} group rows, "
                  f"{s.rejected} rejected, {s.notes} notes", markup=False)
        table = Table(show_edge=False, pad_edge=False)
        # Both kinds of evidence: what the header says (why) and what the values alone say.
        for col in ("col", "header", "values look like", "role", "confidence", "why"):
            table.add_column(col, overflow="fold")
        for c in lay.columns:
            table.add_row(c.letter, escape(c.header), escape(c.values), c.role or "—",
                          f"{c.confidence:.0%}" if c.role else "", escape(c.why))
        out.print(table)
        vat = {True: "prices include VAT", False: "prices are net of VAT", None: "VAT not stated"}[lay.vat_included]
        out.print(f"  currency {lay.currency or '—'} ({lay.currency_source}, {lay.currency_confidence:.0%}); {vat}"
                  + (f" ({lay.vat_source})" if lay.vat_source else ""), markup=False)
        if lay.price_choice:
            out.print(f"  {lay.price_choice}", markup=False)
        if s.stock:
            out.print(f"  {s.stock}", markup=False)
        for note in lay.notes:
            out.print(f"  note: {note}", markup=False)
        if s.sample:
            sample = Table(title="sample offers", title_justify="left", show_edge=False)
            cols = ["source_row", "supplier_sku", "name", "brand", "category", "ean", "cost", "currency", "msrp",
                    "stock", "stock_raw"]
            for col in cols:
                sample.add_column(col.replace("supplier_", "").replace("source_", ""), overflow="fold",
                                  max_width=40 if col == "name" else None)
            for r in s.sample:
                sample.add_row(*(escape(str(r[c])) for c in cols))
            out.print(sample)
        for r in s.reject_sample:
            out.print(f"  rejected row {r['source_row']}: {r['reason']} ({r['raw'][:80]})", markup=False)


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
    from pricesync.ingest.stage import ingest_stage
    from pricesync.pipeline.history import open_state, recorded_run, state_path
    from pricesync.tables import write_table

    for target in (out_path, rejects):
        if target is not None:
            check_output_extension(target)
    cfg = load(config, required=False)  # no config: every file is auto-detected
    reporter = RichReporter(quiet=as_json)
    with open_state(state_path(cfg, state)) as db, recorded_run(db, "ingest") as record:
        result = ingest_stage(files, config=cfg, supplier=supplier, state=db, reporter=reporter,
                              accept_structure=accept_structure, force=force)
        written = len(result.table) > 0 or not result.details["held"]
        if written:
            write_table(result.table, out_path)
        if rejects is not None:
            write_table(result.rejects, rejects)
        summary = _summary(result, out_path if written else None, rejects)
        record.finish(status="ok" if result.exit_code == 0 else "held", exit_code=result.exit_code,
                      summary={k: v for k, v in summary.items() if k != "files"})
    if as_json:
        print_json(summary, result)
    else:
        _render_ingest(summary)
    raise typer.Exit(result.exit_code)


def _summary(result, out_path: Path | None, rejects_path: Path | None) -> dict:
    return {"out": str(out_path) if out_path else None, "rejects_file": str(rejects_path) if rejects_path else None,
            **{k: result.counts[k] for k in ("offers", "rejected", "notes")}, "held": result.details["held"],
            "exit_code": result.exit_code, "files": result.details["files"]}


def _render_ingest(summary: dict) -> None:
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="ingest", title_justify="left")
    for col, just in (("file", "left"), ("supplier", "left"), ("format", "left"), ("cur", "left"),
                      ("rows", "right"), ("offers", "right"), ("rejected", "right"), ("notes", "right"),
                      ("held", "left")):
        table.add_column(col, justify=just, overflow="fold")
    for f in summary["files"]:
        table.add_row(escape(f["file"]), escape(f["supplier"]), f["format"], f["currency"], str(f["rows"]),
                      str(f["offers"]), str(f["rejected"]), str(f["notes"]), "held" if f["held"] else "")
    err.print(table)
    for message in summary["held"]:
        err.print(f"held: {message}", markup=False, soft_wrap=True, style="yellow")
    line = f"{summary['offers']} offers"
    line += f" -> {summary['out']}" if summary["out"] else " (nothing written: every file was held)"
    if summary["rejected"] or summary["notes"]:
        line += f"; {summary['rejected']} rows rejected, {summary['notes']} notes"
        line += f" -> {summary['rejects_file']}" if summary["rejects_file"] else " (see them with --rejects FILE)"
    err.print(line, markup=False, soft_wrap=True)
