"""``pricesync reprice`` and ``pricesync accept``."""
from __future__ import annotations

from pathlib import Path

import typer

from pricesync.cli.app import ConfigOption, JsonOption, RichReporter, StateOption, app, load, out, print_json
from pricesync.errors import ExitCode, UsageError


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
    from pricesync.pricing import reprice as run_reprice
    from pricesync.state.store import State
    from pricesync.tables import read_table, write_table

    cfg = load(config)
    catalog_path = catalog or (cfg.resolve(cfg.shop.catalog) if cfg.shop.catalog else None)
    if catalog_path is None:
        raise UsageError("no catalog: give --catalog or set [shop] catalog")
    reporter = RichReporter(quiet=as_json)
    catalog_df = shop_catalog(cfg, catalog_path).frame
    matches_df = read_table(matches)
    competitors_df = read_table(competitors) if competitors else None
    accepted = _accepted(accept, accept_file)
    with State(state or cfg.resolve(cfg.state.path)) as db:
        prices = run_reprice(matches_df, catalog_df, cfg, competitors=competitors_df, accept=accepted,
                             state=db, reporter=reporter)
    write_table(prices, out_path)
    summary = _summary(prices, out_path)
    if as_json:
        print_json(summary)
    else:
        _render(summary)
    raise typer.Exit(ExitCode.HELD if summary["held"] else ExitCode.OK)


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


def _summary(prices, out_path: Path) -> dict:
    from pricesync.money import format_money

    counts = prices["status"].value_counts()
    moved = prices[prices["change"].notna() & (prices["change"].map(lambda c: c is not None and c != 0))]
    moved = moved.assign(_abs=moved["change"].map(abs)).sort_values("_abs", ascending=False).head(10)
    return {
        "out": str(out_path),
        "skus": len(prices),
        "ok": int(counts.get("ok", 0)), "held": int(counts.get("held", 0)), "no_offer": int(counts.get("no_offer", 0)),
        "top_changes": [
            {"sku": r.sku, "current_price": format_money(r.current_price), "price": format_money(r.price),
             "change": None if r.change is None else format(r.change, "f"),
             "status": r.status, "explanation": r.explanation}
            for r in moved.itertuples(index=False)
        ],
    }


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
    from pricesync.catalog import shop_catalog
    from pricesync.pricing import reprice as run_reprice
    from pricesync.state.store import State
    from pricesync.tables import read_table, write_table

    cfg = load(config)
    wanted = [s.strip() for s in skus if s.strip()]
    with State(state or cfg.resolve(cfg.state.path)) as db:
        folder, number = _run_folder(db, run_id)
        if not cfg.shop.catalog:
            raise UsageError("no catalog: set [shop] catalog")
        catalog_df = shop_catalog(cfg).frame
        competitors = folder / "competitors.parquet"
        reporter = RichReporter(quiet=True)
        prices = run_reprice(read_table(folder / "matches.parquet"), catalog_df, cfg,
                             competitors=read_table(competitors) if competitors.exists() else None,
                             accept={s: None for s in wanted}, state=db, reporter=reporter)
    out_path = folder / "accepted-prices.csv"
    write_table(prices, out_path)
    by_sku = prices.set_index("sku")
    result = []
    for sku in wanted:
        if sku not in by_sku.index:
            result.append({"sku": sku, "accepted": False, "why": "not in the catalog"})
            continue
        row = by_sku.loc[sku]
        accepted = row["status"] == "ok" and "accepted by the operator" in str(row["explanation"])
        why = ("" if accepted else
               f"still held: {row['explanation']}" if row["status"] == "held" else
               "nothing held: the move is within max_change" if row["status"] == "ok" else f"status {row['status']}")
        result.append({"sku": sku, "accepted": bool(accepted), "price": None if row["price"] is None
                       else format(row["price"], "f"), "why": why})
    if as_json:
        print_json({"run": number, "prices": str(out_path), "skus": result})
    else:
        from pricesync.money import format_human

        for r in result:
            if r["accepted"]:
                out.print(f"{r['sku']}: accepted at {format_human(_dec(r['price']))} (run #{number})", markup=False)
            else:
                out.print(f"{r['sku']}: not accepted: {r['why']}", markup=False)
        if any(r["accepted"] for r in result):
            out.print(f"the next run pushes them; prices of run #{number} with them: {out_path}", markup=False)
    raise typer.Exit(ExitCode.OK if all(r["accepted"] for r in result) else ExitCode.HELD)


def _run_folder(db, run_id: int | None) -> tuple[Path, int]:
    """The folder of run ``run_id`` (else the last run that kept a matches table)."""
    import json

    rows = db.query("SELECT id, summary FROM runs" + (" WHERE id = ?" if run_id is not None else "")
                    + " ORDER BY id DESC", (run_id,) if run_id is not None else ())
    for row in rows:
        summary = json.loads(row["summary"]) if row["summary"] else {}
        folder = Path(summary["run_dir"]) if summary.get("run_dir") else None
        if folder is not None and (folder / "matches.parquet").exists():
            return folder, int(row["id"])
    if run_id is not None:
        raise UsageError(f"run #{run_id} kept no matches table (only runs that ingest and match can be accepted from)")
    raise UsageError("no run with a matches table yet: run `pricesync run --dry-run` first, or use "
                     "`pricesync reprice --matches M --accept SKU`")
