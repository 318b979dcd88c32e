"""``pricesync plan``, ``pricesync push``, ``pricesync run`` and ``pricesync runs``."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer

from pricesync.cli.app import (ConfigOption, JsonOption, RichReporter, StateOption, app, err, load, out, print_json,
                               stamp_logs, stamped)

ChannelOption = typer.Option(None, "--channel", metavar="NAME", help="only this channel (repeatable)")
PricesOption = typer.Option(None, "--prices", help="a prices table (e.g. edited by an operator) instead of running "
                                                   "the pipeline")
RowsOption = typer.Option(50, "--rows", help="rows shown per channel in the terminal (0 = all)")


def _start(config: Path | None, state: Path | None, as_json: bool):
    """The config and reporter of plan, push and run (their log lines stamped unless --json)."""
    stamp_logs(not as_json)
    return load(config, state=state), RichReporter(quiet=as_json)


def _prices(path: Path):
    from pricesync.pipeline.planning import read_prices

    return read_prices(path)


@app.command()
def plan(
    config: Path | None = ConfigOption,
    prices: Path | None = PricesOption,
    channel: list[str] = ChannelOption,
    out_path: Path | None = typer.Option(None, "--out", "-o", help="plan file (.json .xlsx .csv)"),
    as_json: bool = JsonOption,
    rows: int = RowsOption,
    state: Path | None = StateOption,
) -> None:
    """What would change on each channel, and why. Changes nothing."""
    from pricesync.pipeline import plans_json
    from pricesync.pipeline.outputs import product_names, write_plan
    from pricesync.pipeline.stage import plan_stage
    from pricesync.state import State

    cfg, reporter = _start(config, state, as_json)
    with State(cfg.resolve(cfg.state.path)) as st:
        result = plan_stage(cfg, _prices(prices) if prices is not None else None, channels=channel or None,
                            state=st, reporter=reporter)
    plans = result.table
    if out_path:
        write_plan(plans, out_path, names=product_names(result.tables["prices"]))
    if as_json:
        print_json(plans_json(plans))
    else:
        render_plans(plans, rows)
        if out_path:
            err.print(f"plan written to {out_path}", markup=False)
    raise typer.Exit(result.exit_code)


@app.command()
def push(
    config: Path | None = ConfigOption,
    prices: Path | None = PricesOption,
    channel: list[str] = ChannelOption,
    as_json: bool = JsonOption,
    out_dir: Path | None = typer.Option(None, "--out-dir", help="keep this push's tables here (default: "
                                                                 "runs/<id>/ next to the state file)"),
    state: Path | None = StateOption,
) -> None:
    """Apply the plan: only what differs is sent; held rows never are."""
    from pricesync.pipeline.runner import push_run

    cfg, reporter = _start(config, state, as_json)
    result = push_run(cfg, _prices(prices) if prices is not None else None, channels=channel or None,
                      reporter=reporter, out_dir=out_dir)
    _finish(result, as_json, rows=20)


@app.command()
def run(
    config: Path | None = ConfigOption,
    dry_run: bool = typer.Option(False, "--dry-run", help="stop before push and print the plan"),
    channel: list[str] = ChannelOption,
    as_json: bool = JsonOption,
    out_dir: Path | None = typer.Option(None, "--out-dir", help="keep the run's tables here (default: runs/<id>/ "
                                                                 "next to the state file)"),
    accept_structure: bool = typer.Option(False, "--accept-structure", help="accept changed supplier file layouts"),
    rows: int = RowsOption,
    state: Path | None = StateOption,
) -> None:
    """The whole pipeline: ingest -> match -> scrape -> reprice -> plan -> push."""
    from pricesync.pipeline.runner import run as run_pipeline

    cfg, reporter = _start(config, state, as_json)
    result = run_pipeline(cfg, dry_run=dry_run, channels=channel or None, reporter=reporter, out_dir=out_dir,
                          accept_structure=accept_structure)
    _finish(result, as_json, rows=rows)


@app.command()
def runs(
    config: Path | None = ConfigOption,
    limit: int = typer.Option(20, "--limit", help="how many recent runs"),
    as_json: bool = JsonOption,
    state: Path | None = StateOption,
) -> None:
    """Recent runs recorded in the state: when, what, exit code and counts."""
    from rich.table import Table

    from pricesync.pipeline.history import recent_runs
    from pricesync.pipeline.nightly import fetched_text

    cfg = load(config, state=state)
    rows = recent_runs(cfg.resolve(cfg.state.path), limit)
    if as_json:
        print_json(rows)
        return
    table = Table(title="recent runs")
    for col in ("id", "command", "started", "seconds", "status", "exit", "pushed", "failed", "held", "fetched"):
        table.add_column(col, justify="right" if col in ("id", "seconds", "exit", "pushed", "failed", "held") else "left")
    import time

    for r in rows:
        s = r["summary"]
        chans = s.get("channels", {}).values()
        seconds = f"{r['finished_at'] - r['started_at']:.1f}" if r.get("finished_at") else "—"
        table.add_row(str(r["id"]), r["command"], time.strftime("%Y-%m-%d %H:%M", time.localtime(r["started_at"])),
                      seconds, r["status"], "" if r["exit_code"] is None else str(r["exit_code"]),
                      str(sum(c.get("pushed", 0) for c in chans)), str(sum(c.get("failed", 0) for c in chans)),
                      str(sum(c.get("held", 0) for c in chans)), fetched_text(r["fetched"]))
    out.print(table)


# -- rendering -------------------------------------------------------------------------------
def _finish(result, as_json: bool, *, rows: int) -> None:
    if as_json:
        data: dict[str, Any] = {"summary": result.summary(),
                                "stages": {name: r.as_dict() for name, r in result.stages.items()}}
        if result.dry_run:
            from pricesync.pipeline import plans_json

            data["plan"] = plans_json(result.plans)
        if result.pushed is not None:
            data["push"] = result.pushed.to_dict()
        print_json(data)
    else:
        if result.dry_run or result.pushed is None:
            render_plans(result.plans, rows, run_dir=result.run_dir)
        if result.pushed is not None:
            render_push(result.pushed)
        render_summary(result.summary(), plans=result.plans)
    raise typer.Exit(result.exit_code)


def _arrow(old, new, money: bool = True) -> str:
    from pricesync.money import format_human

    def fmt(v):
        return "—" if v is None else (format_human(v) if money else str(v))

    return fmt(new) if old == new else f"{fmt(old)} → {fmt(new)}"


def render_plans(plans, rows: int = 50, *, run_dir: Path | None = None) -> None:
    """Per channel: a title, the changes (``rows`` of them), held and unknown SKUs. Where the
    rest is: ``run_dir``'s plan.xlsx for run/push, else ``plan --out``."""
    from rich.table import Table

    from pricesync.pipeline.model import change_percent

    for p in plans:
        title = (f"{p.channel} ({p.type}): {len(p.changes)} to change, {len(p.held)} held, "
                 f"{len(p.unknown)} not on the channel, {p.unchanged} unchanged")
        out.print(stamped(title, sys.stdout), markup=False, style="bold")
        if p.changes:
            table = Table()
            for col, just in (("SKU", "left"), ("price", "right"), ("change %", "right"), ("stock", "right"),
                              ("why", "left")):
                table.add_column(col, justify=just, overflow="fold")
            shown = p.changes if rows <= 0 else p.changes[:rows]
            for c in shown:
                pct = change_percent(c.old_price, c.new_price)
                table.add_row(c.sku, _arrow(c.old_price, c.new_price), "" if pct is None or pct == 0 else f"{pct:+}",
                              _arrow(c.old_stock, c.new_stock, money=False), c.explanation)
            out.print(table)
            if len(shown) < len(p.changes):
                where = (f"all of them in {run_dir / 'plan.xlsx'}" if run_dir is not None
                         else "write them all with --out plan.xlsx")
                out.print(f"  … and {len(p.changes) - len(shown)} more ({where})", markup=False)
        for h in p.held[: rows if rows > 0 else None]:
            # One line however long: its accept command must copy whole.
            out.print(f"  held {h.sku}: {_arrow(h.old_price, h.new_price)} — {h.reason}", markup=False,
                      soft_wrap=True)
        if rows > 0 and len(p.held) > rows:
            out.print(f"  … and {len(p.held) - rows} more held", markup=False)
        if p.unknown:
            sample = ", ".join(u.sku for u in p.unknown[:10])
            out.print(f"  not on the channel ({len(p.unknown)}): {sample}{' …' if len(p.unknown) > 10 else ''}",
                      markup=False)


def render_push(pushed) -> None:
    # The counts are in the run summary (one line per channel); here only what went wrong.
    for r in pushed.channels:
        if r.error:
            err.print(f"  {r.channel}: {r.error}", markup=False, soft_wrap=True)
        for f in r.failures[:50]:
            err.print(f"  {f.kind} {f.sku}: {f.message}", markup=False, soft_wrap=True)
        if len(r.failures) > 50:
            err.print(f"  … and {len(r.failures) - 50} more (see push.json in the run folder)", markup=False)


def render_summary(s: dict[str, Any], plans=()) -> None:
    lines = [f"run #{s.get('run_id')}{' (dry run)' if s.get('dry_run') else ''}: exit {s.get('exit_code')}"]
    if "offers" in s:
        lines.append(f"  rows in {s['rows_in']}, offers {s['offers']}, rejects {s['rejects']}"
                     + (f", notes {s['notes']}" if s.get("notes") else "")
                     + (f", files held {len(s['held_files'])}" if s.get("held_files") else ""))
        m = s["matched"]
        lines.append(f"  matched: auto {m['auto']}, review {m['review']}, unmatched {m['unmatched']}")
    if "prices" in s:
        pr = s["prices"]
        lines.append(f"  prices: {pr['ok']} ok ({pr['changed']} changed), {pr['held']} held, {pr['no_offer']} no offer")
    for f in s.get("held_files", []):
        lines.append(f"  file held: {f}")
    for name, c in s.get("channels", {}).items():
        parts = [f"{c.get('changes', 0)} changes", f"{c.get('held', 0)} held", f"{c.get('unknown', 0)} unknown"]
        if "pushed" in c:
            parts += [f"pushed {c['pushed']} in {c.get('batches', 0)} batch(es)"
                      + (f" ({c['resumed_batches']} resumed)" if c.get("resumed_batches") else ""),
                      f"failed {c['failed']}"]
            if c.get("refused"):
                parts.append(f"refused {c['refused']}")
            if c.get("pending"):
                parts.append(f"pending {c['pending']} (left for the next push)")
        if c.get("error"):
            parts.append(f"error: {c['error']}")
        lines.append(f"  channel {name}: " + ", ".join(parts))
        unknown = [u.sku for p in plans if p.channel == name for u in p.unknown]
        if unknown:
            where = f"; all in {Path(s['run_dir']) / 'unknown.csv'}" if s.get("run_dir") else ""
            lines.append(f"    not on {name}: {', '.join(unknown[:10])}"
                         + (f" … and {len(unknown) - 10} more" if len(unknown) > 10 else "") + where)
    if s.get("seconds"):
        lines.append("  time: " + ", ".join(f"{k} {v:.1f} s" for k, v in s["seconds"].items()))
    if s.get("run_dir"):
        lines.append(f"  run folder: {s['run_dir']}")
        if (Path(s["run_dir"]) / "report.html").exists():
            lines.append(f"  report: {Path(s['run_dir']) / 'report.html'}")
    for line in lines:
        out.print(stamped(line, sys.stdout), markup=False, soft_wrap=True)
