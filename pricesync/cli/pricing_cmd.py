"""``pricesync reprice`` and ``pricesync accept``."""
from __future__ import annotations

from pathlib import Path

import typer

from pricesync.cli.app import ConfigOption, JsonOption, RichReporter, StateOption, app, load, out, print_json
from pricesync.errors import UsageError


@app.command()
def reprice(
    matches: Path = typer.Option(..., "--matches", help="matches table from `match`"),
    out_path: Path = typer.Option(..., "--out", "-o", help="prices table (.csv, .xlsx, .parquet, .json)"),
    competitors: Path | None = typer.Option(None, "--competitors", help="competitor prices (from `scrape`)"),
    catalog: Path | None = typer.Option(None, "--catalog", help="the shop's catalog export (default: [shop] catalog)"),
    accept: list[str] = typer.Option([], "--accept", metavar="SKU", help="accept the held price move of this SKU (repeatable)"),
    accept_file: Path | None = typer.Option(
        None, "--accept-file", help="accept the SKUs of a table with a column sku (e.g. the held rows of a "
                                    "previous output; with a price column, only at that price)"),
    state: Path | None = StateOption,
    config: Path | None = ConfigOption,
    as_json: bool = JsonOption,
) -> None:
    """Desired price and stock per catalog SKU, with the explanation."""
    from pricesync.catalog import shop_catalog
    from pricesync.pipeline.history import open_state, state_path
    from pricesync.pricing.stage import reprice_stage
    from pricesync.tables import read_table, write_table

    cfg = load(config)
    if catalog is None and not cfg.shop.catalog:
        raise UsageError("no catalog: give --catalog or set [shop] catalog")
    reporter = RichReporter(quiet=as_json)
    catalog_df = shop_catalog(cfg, catalog).frame
    competitors_df = read_table(competitors) if competitors else None
    with open_state(state_path(cfg, state)) as db:
        result = reprice_stage(read_table(matches), catalog_df, cfg, competitors=competitors_df,
                               accept=_accepted(accept, accept_file), state=db, reporter=reporter)
    write_table(result.table, out_path)
    summary = _summary(result, out_path)
    if as_json:
        print_json(summary, result)
    else:
        _render(summary)
    raise typer.Exit(result.exit_code)


def _accepted(skus: list[str], path: Path | None) -> dict[str, object]:
    """{sku: price or None}: --accept takes whatever this run computes; a file's price
    column ties the acceptance to the price the operator saw."""
    result: dict[str, object] = {s.strip(): None for s in skus if s.strip()}
    if path is None:
        return result
    from pricesync.tables import read_table, require_columns

    table = read_table(path)
    require_columns(table, ["sku"], file=str(path), what="accept file")
    prices = table["price"] if "price" in table else [None] * len(table)
    for sku, price in zip(table["sku"], prices):
        if sku:
            result.setdefault(sku, price)
    return result


def _summary(result, out_path: Path) -> dict:
    return {"out": str(out_path), "skus": len(result.table), **{k: result.counts[k] for k in ("ok", "held", "no_offer")},
            "top_changes": result.details["top_changes"]}


def _dec(text: str | None):
    from pricesync.money import to_decimal

    return to_decimal(text) if text else None


def _render(summary: dict) -> None:
    from decimal import Decimal

    from rich.markup import escape
    from rich.table import Table

    from pricesync.pricing.explain import human, pct

    out.print(f"{summary['skus']} SKUs -> {summary['out']}: ok {summary['ok']}, held {summary['held']}, "
              f"no_offer {summary['no_offer']}", markup=False)
    if summary["top_changes"]:
        table = Table(title="largest price moves", title_justify="left")
        for col in ("sku", "current", "new", "change", "status"):
            table.add_column(col, justify="right" if col in ("current", "new", "change") else "left")
        for r in summary["top_changes"]:
            table.add_row(escape(r["sku"]), human(_dec(r["current_price"])), human(_dec(r["price"])),
                          pct(Decimal(r["change"]), signed=True) if r["change"] else "",
                          r["status"])
        out.print(table)
    if summary["held"]:
        out.print(f"{summary['held']} price move(s) held over max_change: see status 'held' in the output; "
                  f"accept with --accept SKU or --accept-file (or `pricesync accept SKU` after a run)", markup=False)


@app.command()
def accept(
    skus: list[str] = typer.Argument(..., metavar="SKU...", help="catalog SKUs whose held price move to accept"),
    run_id: int | None = typer.Option(None, "--run", help="the run whose prices to accept (default: the last run "
                                                          "that priced, e.g. last night's or a --dry-run)"),
    config: Path | None = ConfigOption,
    state: Path | None = StateOption,
    as_json: bool = JsonOption,
) -> None:
    """Accept held price moves of a run: the state remembers each SKU at the price that run
    computed, so the next run (or push) sends it. Same as `reprice --accept` on that run's
    matches."""
    from pricesync.pipeline.accept import accept_held
    from pricesync.pipeline.history import open_state, state_path

    cfg = load(config)
    with open_state(state_path(cfg, state)) as db:
        result = accept_held(cfg, skus, state=db, run_id=run_id, reporter=RichReporter(quiet=True))
    verdicts, number, out_path = result.details["skus"], result.details["run"], result.details["prices"]
    if as_json:
        print_json({"run": number, "prices": out_path, "skus": verdicts}, result)
    else:
        from pricesync.money import format_human

        for r in verdicts:
            if r["accepted"]:
                out.print(f"{r['sku']}: accepted at {format_human(_dec(r['price']))} (run #{number})", markup=False)
            else:
                out.print(f"{r['sku']}: not accepted: {r['why']}", markup=False)
        if result.counts["accepted"]:
            out.print(f"the next run pushes them; prices of run #{number} with them: {out_path}", markup=False)
    raise typer.Exit(result.exit_code)
