"""The run report's HTML: one self-contained page (inline CSS, inline SVG, one tiny inline
script allowed by its hash in the page's Content-Security-Policy; nothing is fetched).

Every string that can come from a supplier file, the catalog or a channel (SKUs, names,
reasons, explanations, supplier names, file names, messages) goes through ``e()``.
"""
from __future__ import annotations

import base64
import hashlib
import shlex
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from pricesync.report_html import svg
from pricesync.report_html.data import (RunData, channel_counts, channel_frames, coverage, is_guard_hold, text)

if TYPE_CHECKING:
    import pandas as pd

#: rows shown per table (the run folder has them all)
ROWS = 15
LONG_ROWS = 200
ACCEPT_ALL_MAX = 500

EXIT_MEANING = {0: "done", 1: "failed", 2: "configuration problem", 3: "done, something held back",
                4: "push partly failed"}

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2733;background:#f6f7f9}
main{max-width:1200px;margin:0 auto;padding:16px 24px 48px}
h1{font-size:22px;margin:8px 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d5dae1;padding-bottom:4px}
h3{font-size:15px;margin:18px 0 6px}
section{background:#fff;border:1px solid #e1e5ea;border-radius:6px;padding:4px 16px 14px;margin:14px 0}
table{border-collapse:collapse;margin:6px 0;font-size:13px}th,td{border-bottom:1px solid #e6e9ee;padding:3px 8px;
text-align:left;vertical-align:top}th{background:#f0f2f5;font-weight:600}td.n,th.n{text-align:right;white-space:nowrap}
td.why{max-width:620px;color:#3b4754}code,pre{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre.cmd{background:#1f2630;color:#e8edf3;padding:8px 10px;border-radius:4px;white-space:pre-wrap;word-break:break-all}
td code{background:#f0f2f5;padding:1px 4px;border-radius:3px;word-break:break-all}
.tiles{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0}.tile{background:#fff;border:1px solid #e1e5ea;
border-radius:6px;padding:8px 14px;min-width:120px}.tile b{display:block;font-size:20px}.tile span{color:#5b6775;font-size:12px}
.up{color:#c0392b}.down{color:#2e7d32}.muted{color:#6b7785}.warn{color:#a15c00}.bad{color:#b00020;font-weight:600}
.ok{color:#2e7d32}ul.guards li{margin:3px 0}svg.chart{max-width:100%;height:auto;display:block;margin:8px 0}
svg .ax{font-size:11px;fill:#55606d}svg .val{font-size:11px;fill:#1d2733}svg .lbl{font-size:12px;fill:#1d2733}
svg .in{font-size:11px;fill:#fff}details{margin:6px 0}summary{cursor:pointer;font-weight:600}
.grid{display:flex;flex-wrap:wrap;gap:24px}.grid>div{flex:1 1 480px;min-width:0}nav a{margin-right:12px}
"""

#: runs only if the page's scripts run at all; the tests look for data-ok="1"
SCRIPT = "document.body.dataset.ok='1';"


@dataclass
class Context:
    """What the report needs besides the run folder: how to reach the state and config
    again (for the accept command) and the pricing limits to mark on charts."""

    config_path: Path | None = None
    state_path: Path | None = None
    min_margin: float | None = None
    max_change: float | None = None
    catalog_note: str = ""
    #: the CLI has ``pricesync accept`` (else the report prints the equivalent ``reprice``)
    accept_cli: bool = False
    #: the folder the page is written to (links to the run folder's files are relative there)
    out_dir: Path | None = None


def e(value: object) -> str:
    """Escaped text; None / NaN as a dash."""
    if value is None or (isinstance(value, float) and value != value):
        return "—"
    return escape(str(value), quote=True)


def money(value: object) -> str:
    from pricesync.money import format_human, to_decimal

    if value is None or value == "" or (isinstance(value, float) and value != value):
        return "—"
    d = to_decimal(value)
    return e(value) if d is None else e(format_human(d))


def pct(value: float | None, signed: bool = True) -> str:
    if value is None or value != value:
        return "—"
    cls = "up" if value > 0 else "down" if value < 0 else ""
    return f'<span class="{cls}">{value:+.1f} %</span>' if signed else f"{value:.1f} %"


def num(key: str, value: object) -> str:
    """A number the tests (and people) can find: <b data-k="key">value</b>."""
    return f'<b data-k="{e(key)}">{e(value)}</b>'


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], *, numeric_cols: Iterable[int] = (),
          total: int | None = None, shown: int | None = None, more: str = "") -> str:
    """Rows of already escaped cell HTML."""
    nums = set(numeric_cols)
    head = "".join(f'<th{" class=n" if i in nums else ""}>{e(h)}</th>' for i, h in enumerate(headers))
    body = []
    for row in rows:
        body.append("<tr>" + "".join(
            f'<td class="{"n" if i in nums else ("why" if headers[i] in ("why", "reason") else "")}">{cell}</td>'
            for i, cell in enumerate(row)) + "</tr>")
    if not body:
        return '<p class="muted">none</p>'
    note = ""
    if total is not None and shown is not None and total > shown:
        note = f'<p class="muted">… and {total - shown} more{e(more)}</p>'
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{note}"


def _name(data: RunData, sku: str) -> str:
    if data.names is None:
        return ""
    value = data.names.get(sku)
    return "" if value is None or value != value else str(value)


def _arrow(old: str, new: str) -> str:
    return new if old == new else f"{old} → {new}"


def _stock(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value) or value == "":
        return "—"
    try:
        return e(int(float(value)))   # type: ignore[arg-type]
    except (TypeError, ValueError):
        return e(value)


# -- sections -------------------------------------------------------------------------------
def header(data: RunData) -> str:
    s = data.summary
    code = s.get("exit_code")
    meaning = EXIT_MEANING.get(code, "") if isinstance(code, int) else ""
    title = f"pricesync run #{s.get('run_id', '?')}{' (dry run)' if s.get('dry_run') else ''}"
    cls = "ok" if code == 0 else "warn" if code == 3 else "bad"
    tiles = []

    def tile(key: str, label: str, value: object) -> None:
        tiles.append(f'<div class="tile">{num(key, value)}<span>{e(label)}</span></div>')

    if "offers" in s:
        tile("rows_in", "rows in", s.get("rows_in", 0))
        tile("offers", "offers", s.get("offers", 0))
        tile("rejects", "rows rejected", s.get("rejects", 0))
        m = s.get("matched") or {}
        for k in ("auto", "review", "unmatched"):
            tile(f"matched.{k}", f"matched {k}", m.get(k, 0))
    pr = s.get("prices") or {}
    if pr:
        tile("prices.ok", "prices ok", pr.get("ok", 0))
        tile("prices.changed", "prices changed", pr.get("changed", 0))
        tile("prices.held", "prices held", pr.get("held", 0))
        tile("prices.no_offer", "no offer", pr.get("no_offer", 0))
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (f"<header><h1>{e(title)}</h1><p>exit <b class=\"{cls}\" data-k=\"exit_code\">{e(code)}</b> "
            f"<span class=\"{cls}\">{e(meaning)}</span> · report written {e(when)} · run folder "
            f"<code>{e(s.get('run_dir') or data.run_dir)}</code></p>"
            f'<div class="tiles">{"".join(tiles)}</div></header>')


NAV = [("channels", "Channels"), ("guards", "Guards"), ("held", "Held prices"), ("moves", "Biggest moves"),
       ("margins", "Margins"), ("coverage", "Suppliers"), ("unknown", "Unknown & unmatched"),
       ("stockouts", "Stock-outs"), ("details", "All changes")]


def nav() -> str:
    return "<nav>" + "".join(f'<a href="#{k}">{e(v)}</a>' for k, v in NAV) + "</nav>"


def channels(data: RunData, frames: dict[str, dict[str, "pd.DataFrame"]]) -> str:
    summary_channels = data.summary.get("channels") or {}
    pushed = data.push is not None or any("pushed" in c for c in summary_channels.values())
    headers = ["channel", "type", "changes", "price ↑", "price ↓", "new price", "stock only", "to stock 0",
               "held", "unknown", "unchanged", "no offer"]
    if pushed:
        headers += ["pushed", "failed", "refused", "pending"]
    headers.append("error")
    rows = []
    names = [p.get("channel", "?") for p in data.plans]
    names += [n for n in summary_channels if n not in names]
    types = {p.get("channel"): p.get("type", "") for p in data.plans}
    for name in names:
        sc = summary_channels.get(name, {})
        counts = channel_counts(next(p for p in data.plans if p.get("channel") == name), frames[name]) \
            if name in frames else {}
        key = f"channel.{name}."
        row = [e(name), e(types.get(name, ""))]
        for k in ("changes", "up", "down", "new_price", "stock_only", "stock_out", "held", "unknown", "unchanged",
                  "no_offer"):
            row.append(num(key + k, counts.get(k, sc.get(k, 0))))
        if pushed:
            row += [num(key + k, sc.get(k, 0)) for k in ("pushed", "failed", "refused", "pending")]
        row.append(f'<span class="bad">{e(sc["error"])}</span>' if sc.get("error") else "")
        rows.append(row)
    return ('<section id="channels"><h2>What changes per channel</h2>'
            + table(headers, rows, numeric_cols=range(2, len(headers) - 1)) + "</section>")


def guards(data: RunData, frames: dict[str, dict[str, "pd.DataFrame"]], ctx: Context) -> str:
    s = data.summary
    items: list[str] = []
    for f in s.get("held_files") or []:
        items.append(f'<li class="bad">supplier file held by ingestion: {e(f)}</li>')
    for supplier, why in (s.get("held_suppliers") or {}).items():
        items.append(f'<li class="bad">supplier <b>{e(supplier)}</b> held back: {e(why)} — the SKUs it supplied '
                     "keep their price and stock on every channel</li>")
    if data.prices is not None and len(data.prices):
        status = text(data.prices, "status")
        expl = text(data.prices, "explanation")
        guard = (status == "held") & is_guard_hold(expl)
        if guard.any():
            limit = f" of {ctx.max_change * 100:g} %" if ctx.max_change is not None else ""
            items.append(f'<li class="warn">{num("guards.max_change", int(guard.sum()))} price move(s) over the '
                         f'max change{e(limit)} held until accepted (see <a href="#held">Held prices</a>)</li>')
        if "stock_locked" in data.prices.columns and len(data.prices) and \
                data.prices["stock_locked"].fillna(False).astype(bool).all():
            items.append('<li class="warn">stock is not changed on any channel this run: a supplier was held back '
                         "and no earlier run shows which SKUs it supplies</li>")
    for name, fr in frames.items():
        held = fr["held"]
        if not len(held):
            continue
        reason = text(held, "reason")
        refused = reason.str.contains(": refused", regex=False)
        if refused.any():
            sample = ", ".join(held.loc[refused, "sku"].astype(str).head(10))
            items.append(f'<li class="bad">{e(name)}: {num(f"guards.floor.{name}", int(refused.sum()))} price(s) '
                         f"at or below zero or under their floor refused ({e(sample)})</li>")
    for c in data.push or []:
        refused = [f for f in c.get("failures") or [] if f.get("kind") == "refused"]
        if refused:
            items.append(f'<li class="bad">{e(c.get("channel"))}: {len(refused)} item(s) refused by the floor check '
                         "before sending</li>")
    for name, c in (s.get("channels") or {}).items():
        if c.get("error"):
            items.append(f'<li class="bad">{e(name)}: {e(c["error"])}</li>')
    if s.get("rejects"):
        items.append(f'<li class="warn">{num("guards.rejects", s["rejects"])} supplier row(s) rejected '
                     '(see <a href="#coverage">Suppliers</a>)</li>')
    for problem in data.problems:
        items.append(f'<li class="warn">run file not readable: {e(problem)}</li>')
    body = f'<ul class="guards">{"".join(items)}</ul>' if items else '<p class="ok">No guard tripped.</p>'
    return f'<section id="guards"><h2>Guards tripped</h2>{body}</section>'


def accept_command(ctx: Context, data: RunData, skus: Sequence[str]) -> str:
    """The command that accepts these held moves, quoted for a POSIX shell: ``pricesync
    accept`` of this run where the CLI has it, else the ``reprice`` call it stands for. Both
    reprice this run's matches (and competitor prices) against the same state, which then
    remembers each SKU at its price, so the next run pushes it."""
    run_id = data.summary.get("run_id")
    if ctx.accept_cli:
        parts = ["pricesync", "accept", "--config", str(ctx.config_path or "pricesync.toml")]
        if ctx.state_path is not None:
            parts += ["--state", str(ctx.state_path)]
        if isinstance(run_id, int):
            parts += ["--run", str(run_id)]
        return " ".join(shlex.quote(p) for p in [*parts, "--", *skus])     # '--': a SKU may start with '-'
    parts = ["pricesync", "reprice", "--config", str(ctx.config_path or "pricesync.toml")]
    if ctx.state_path is not None:
        parts += ["--state", str(ctx.state_path)]
    folder = Path(data.summary.get("run_dir") or data.run_dir)
    parts += ["--matches", str(folder / "matches.parquet")]
    if data.has_competitors:
        parts += ["--competitors", str(folder / "competitors.parquet")]
    parts += ["--out", str(folder / "accepted-prices.csv")]
    for sku in skus:
        parts += ["--accept", sku]
    return " ".join(shlex.quote(p) for p in parts)


def held(data: RunData, ctx: Context) -> str:
    head = '<section id="held"><h2>Held prices</h2>'
    if data.prices is None or not len(data.prices):
        return head + '<p class="muted">no prices table in this run</p></section>'
    df = data.priced()
    rows_held = df[df["_status"] == "held"]
    if not len(rows_held):
        return head + '<p class="ok">No price held.</p></section>'
    expl = text(rows_held, "explanation")
    acceptable = is_guard_hold(expl)
    order = rows_held.assign(_abs=rows_held["_change"].abs()).sort_values("_abs", ascending=False)
    shown = order.head(LONG_ROWS)
    rows = []
    for sku, current, price, change, why, ok in zip(
            shown["sku"].astype(str), shown["current_price"] if "current_price" in shown else [None] * len(shown),
            shown["price"], shown["_change"], text(shown, "explanation"), acceptable.loc[shown.index]):
        cmd = f'<code class="accept">{e(accept_command(ctx, data, [sku]))}</code>' if ok else \
            '<span class="muted">not a price-move hold: fix its cause</span>'
        rows.append([e(sku), e(_name(data, sku)), _arrow(money(current), money(price)), pct(change), e(why), cmd])
    out = [head, f'<p>{num("held.count", len(rows_held))} SKU(s) held by pricing; they are not pushed until '
                 "accepted. Accepting reprices this run's matches against the same state, which remembers each "
                 "accepted SKU at its price: the next run pushes it (a different price later is held again).</p>"]
    skus = list(rows_held.loc[acceptable, "sku"].astype(str))
    if skus:
        first = skus[:ACCEPT_ALL_MAX]
        out.append(f"<h3>Accept all {len(first)} held move(s)</h3>"
                   f'<pre class="cmd" id="accept-all">{e(accept_command(ctx, data, first))}</pre>')
        if len(skus) > len(first):
            out.append(f'<p class="muted">… the first {len(first)} of {len(skus)}; run it again for the rest.</p>')
    out.append(table(["SKU", "name", "price", "change", "why", "accept with"], rows, numeric_cols=(2, 3),
                     total=len(rows_held), shown=len(shown), more=" (prices.parquet in the run folder)"))
    return "".join(out) + "</section>"


def _move_rows(data: RunData, df: "pd.DataFrame") -> list[list[str]]:
    return [[e(sku), e(_name(data, sku)), _arrow(money(cur), money(new)), pct(ch), e(sup), e(why)]
            for sku, cur, new, ch, sup, why in zip(
                df["sku"].astype(str), df["current_price"], df["price"], df["_change"], text(df, "supplier"),
                text(df, "explanation"))]


def change_bins(changes: "pd.Series", step: int = 5, edge: int = 50) -> list[tuple[str, int, str]]:
    import numpy as np

    values = changes.dropna().clip(-edge - step / 2, edge + step / 2).to_numpy()
    edges = list(range(-edge, edge + step, step))
    counts = np.histogram(values, bins=[-np.inf, *edges, np.inf])[0]
    labels = [f"<{-edge}"] + [f"{a:+d}" if a else "0" for a in edges[:-1]] + [f"≥{edge:+d}"]
    colours = [svg.DOWN if i <= len(edges) // 2 else svg.UP for i in range(len(labels))]
    # values exactly 0 are no change; the bin starting at 0 holds small rises
    return [(f"{lab} %", int(c), col) for lab, c, col in zip(labels, counts, colours)]


def moves(data: RunData) -> str:
    head = '<section id="moves"><h2>Biggest price moves</h2>'
    if data.prices is None or not len(data.prices):
        return head + '<p class="muted">no prices table in this run</p></section>'
    df = data.priced()
    ok = df[(df["_status"] == "ok") & df["_change"].notna()]
    moved = ok[ok["_change"] != 0]
    up = moved[moved["_change"] > 0].nlargest(ROWS, "_change")
    down = moved[moved["_change"] < 0].nsmallest(ROWS, "_change")
    headers = ["SKU", "name", "price", "change", "supplier", "why"]
    chart = svg.histogram(change_bins(moved["_change"]), title="price change vs the current price, % (SKUs)",
                          x_label="change vs current price, % (bins of 5 %)")
    return (head + f'<p>{num("moves.up", int((moved["_change"] > 0).sum()))} up, '
            f'{num("moves.down", int((moved["_change"] < 0).sum()))} down (pricing, before channel adjustments).</p>'
            + chart
            + f"<h3>Up</h3>{table(headers, _move_rows(data, up), numeric_cols=(2, 3))}"
            + f"<h3>Down</h3>{table(headers, _move_rows(data, down), numeric_cols=(2, 3))}</section>")


def margins(data: RunData, ctx: Context) -> str:
    import numpy as np

    head = '<section id="margins"><h2>Margins</h2>'
    if data.prices is None or not len(data.prices):
        return head + '<p class="muted">no prices table in this run</p></section>'
    df = data.priced()
    ok = df[(df["_status"] == "ok") & df["_margin"].notna()]
    if not len(ok):
        return head + '<p class="muted">no priced SKU with a cost</p></section>'
    m = ok["_margin"]
    step, top = 5, 100
    edges = list(range(0, top + step, step))
    counts = np.histogram(m.clip(-1, top + 1).to_numpy(), bins=[-np.inf, *edges, np.inf])[0]
    labels = ["<0"] + [str(a) for a in edges[:-1]] + [f"≥{top}"]
    floor = ctx.min_margin * 100 if ctx.min_margin is not None else None
    colours = [svg.AMBER if floor is not None and (i == 0 or edges[i - 1] < floor) else svg.NEUTRAL
               for i in range(len(labels))]
    marker = None if floor is None else 1 + int(floor // step)
    hist = svg.histogram([(f"{lab} %", int(c), col) for lab, c, col in zip(labels, counts, colours)],
                         title="margin over cost, % (SKUs)", x_label="(price − cost) / cost, % (bins of 5 %)",
                         marker=marker, marker_label=f"min margin {floor:g} %" if floor is not None else "")
    q = m.quantile([0.1, 0.5, 0.9])
    stats = (f'<p>{num("margin.count", len(m))} priced SKU(s): median {num("margin.median", f"{q[0.5]:.1f} %")}, '
             f"10th percentile {q[0.1]:.1f} %, 90th {q[0.9]:.1f} %"
             + (f", under the minimum margin: {num('margin.below_min', int((m < floor - 0.005).sum()))}"
                if floor is not None else "") + ".</p>")
    by_cat = '<p class="muted">no categories (the shop catalog is not available)</p>'
    if data.categories is not None:
        cats = ok["sku"].astype(str).map(data.categories).fillna("").replace("", "(no category)")
        g = m.groupby(cats.to_numpy()).agg(["median", "size"]).sort_values("size", ascending=False).head(20)
        rows = [(str(cat), float(max(med, 0)), f"{med:.1f} % (n={int(n)})", svg.NEUTRAL)
                for cat, med, n in zip(g.index, g["median"], g["size"])]
        by_cat = svg.hbars(rows, title="median margin by category, %", marker=floor,
                           marker_label="min margin" if floor is not None else "")
    return (head + stats + '<div class="grid"><div><h3>Distribution</h3>' + hist + "</div><div>"
            "<h3>Median margin by category</h3>" + by_cat + e(ctx.catalog_note) + "</div></div></section>")


def suppliers(data: RunData) -> str:
    head = '<section id="coverage"><h2>Match coverage and rejects per supplier</h2>'
    cov = coverage(data.matches, data.rejects)
    if not len(cov):
        return head + '<p class="muted">no supplier data in this run</p></section>'
    chart = svg.stacked([(str(name), [("auto", int(r.auto), svg.DOWN), ("review", int(r.review), svg.AMBER),
                                      ("unmatched", int(r.unmatched), svg.MUTED),
                                      ("rejected", int(r.rejected), svg.UP)])
                         for name, r in cov.iterrows()], title="offers per supplier by match outcome")
    held = data.summary.get("held_suppliers") or {}
    rows = []
    for name, r in cov.iterrows():
        key = f"supplier.{name}."
        rows.append([e(name) + (' <span class="bad">held</span>' if name in held else ""),
                     num(key + "offers", int(r.offers)), num(key + "auto", int(r.auto)),
                     num(key + "review", int(r.review)), num(key + "unmatched", int(r.unmatched)),
                     num(key + "coverage", "—" if r.coverage != r.coverage else f"{r.coverage:.1f} %"),
                     num(key + "rejected", int(r.rejected)), num(key + "notes", int(r.notes))])
    out = [head, chart, table(["supplier", "offers", "auto", "review", "unmatched", "coverage (auto)", "rejected",
                               "notes"], rows, numeric_cols=range(1, 8))]
    rj = data.rejects
    if rj is not None and len(rj):
        kind = text(rj, "kind") if "kind" in rj.columns else None
        rejected = rj if kind is None else rj[kind != "note"]
        shown = rejected.head(LONG_ROWS)
        rows = [[e(sup), e(f), e(row), e(col), e(reason), f"<code>{e(raw)}</code>"]
                for sup, f, row, col, reason, raw in zip(
                    text(shown, "supplier"), text(shown, "source_file"), text(shown, "source_row"),
                    text(shown, "column"), text(shown, "reason"), text(shown, "raw"))]
        out.append("<h3>Rejected rows</h3>" + table(["supplier", "file", "row", "column", "reason", "raw"], rows,
                                                    total=len(rejected), shown=len(shown),
                                                    more=" (rejects.csv in the run folder)"))
    return "".join(out) + "</section>"


def unknown_unmatched(data: RunData, frames: dict[str, dict[str, "pd.DataFrame"]]) -> str:
    out = ['<section id="unknown"><h2>Unknown and unmatched SKUs</h2>',
           "<h3>Not on the channel (nothing is created)</h3>"]
    any_unknown = False
    for name, fr in frames.items():
        unk = fr["unknown"]
        if not len(unk):
            continue
        any_unknown = True
        shown = unk.head(LONG_ROWS)
        rows = [[e(sku), e(_name(data, str(sku))), money(price), _stock(stock), e(why)]
                for sku, price, stock, why in zip(shown["sku"], shown["new_price"], shown["new_stock"],
                                                  text(shown, "explanation"))]
        out.append(f"<details><summary>{e(name)}: {num(f'unknown.{name}', len(unk))} SKU(s)</summary>"
                   + table(["SKU", "name", "price", "stock", "why"], rows, numeric_cols=(2, 3), total=len(unk),
                           shown=len(shown)) + "</details>")
    if not any_unknown:
        out.append('<p class="ok">Every priced SKU is on its channels.</p>')
    out.append("<h3>Supplier offers not matched to the catalog</h3>")
    m = data.matches
    if m is None or "match_status" not in m.columns:
        out.append('<p class="muted">no matches table in this run</p>')
    else:
        status = text(m, "match_status")
        un = m[status == "unmatched"]
        review = int((status == "review").sum())
        shown = un.head(LONG_ROWS)
        rows = [[e(sup), e(ssku), e(name), e(why)]
                for sup, ssku, name, why in zip(text(shown, "supplier"), text(shown, "supplier_sku"),
                                                text(shown, "name"), text(shown, "match_reason"))]
        out.append(f'<p>{num("unmatched.count", len(un))} unmatched, {num("review.count", review)} waiting for '
                   "review (<code>pricesync review export</code>); neither moves a price.</p>"
                   + table(["supplier", "supplier SKU", "name", "why"], rows, total=len(un), shown=len(shown)))
    return "".join(out) + "</section>"


def stockouts(data: RunData) -> str:
    head = '<section id="stockouts"><h2>Stock-outs</h2>'
    if data.prices is None or "stock" not in data.prices.columns or "current_stock" not in data.prices.columns:
        return head + '<p class="muted">no stock in this run\'s prices table</p></section>'
    import pandas as pd

    p = data.prices
    stock = pd.to_numeric(p["stock"], errors="coerce")
    current = pd.to_numeric(p["current_stock"], errors="coerce")
    locked = p["stock_locked"].fillna(False).astype(bool) if "stock_locked" in p.columns else False
    out_rows = p[(text(p, "status") == "ok") & (stock == 0) & (current > 0) & ~locked]
    shown = out_rows.head(LONG_ROWS)
    rows = [[e(sku), e(_name(data, str(sku))), f"{_stock(cur)} → 0", e(sup), e(why)]
            for sku, cur, sup, why in zip(shown["sku"].astype(str), shown["current_stock"], text(shown, "supplier"),
                                          text(shown, "explanation"))]
    return (head + f'<p>{num("stockouts.count", len(out_rows))} SKU(s) in stock at the shop go to 0 '
            "(the suppliers' stock).</p>"
            + table(["SKU", "name", "stock", "supplier", "why"], rows, numeric_cols=(2,), total=len(out_rows),
                    shown=len(shown)) + "</section>")


def details(data: RunData, frames: dict[str, dict[str, "pd.DataFrame"]]) -> str:
    out = ['<section id="details"><h2>Changes per channel</h2>'
           '<p class="muted">The largest moves first; plan.json in the run folder has every row.</p>']
    for name, fr in frames.items():
        ch = fr["changes"]
        if not len(ch):
            out.append(f"<p>{e(name)}: no change</p>")
            continue
        order = ch.assign(_abs=ch["pct"].abs().fillna(-1)).sort_values("_abs", ascending=False).head(LONG_ROWS)
        rows = [[e(sku), e(_name(data, str(sku))), _arrow(money(old), money(new)), pct(p),
                 _arrow(_stock(os_), _stock(ns)), e(why)]
                for sku, old, new, p, os_, ns, why in zip(order["sku"], order["old_price"], order["new_price"],
                                                          order["pct"], order["old_stock"], order["new_stock"],
                                                          text(order, "explanation"))]
        out.append(f"<details><summary>{e(name)}: {len(ch)} change(s)</summary>"
                   + table(["SKU", "name", "price", "change", "stock", "why"], rows, numeric_cols=(2, 3, 4),
                           total=len(ch), shown=len(order)) + "</details>")
    return "".join(out) + "</section>"


def footer(data: RunData, ctx: Context) -> str:
    """Timings, and the run folder's files (plan, tables) as links beside the page."""
    secs = data.summary.get("seconds") or {}
    timing = ", ".join(f"{e(k)} {float(v):.1f} s" for k, v in secs.items())
    links = []
    folder = data.run_dir.resolve()
    for f in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")):
        if f.suffix == ".html":
            continue
        href = f.name if ctx.out_dir is not None and ctx.out_dir == folder else f.as_uri()
        links.append(f'<a href="{e(href)}">{e(f.name)}</a>')
    files = f"<p>run folder files: {' · '.join(links)}</p>" if links else ""
    return f'<footer class="muted"><p>time: {timing or "—"}</p>{files}</footer>'


def _csp_hash(text_: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text_.encode("utf-8")).digest()).decode() + "'"


def page(data: RunData, ctx: Context) -> str:
    frames = {str(p.get("channel", "?")): channel_frames(p) for p in data.plans}
    body = "".join([header(data), nav(), channels(data, frames), guards(data, frames, ctx), held(data, ctx),
                    moves(data), margins(data, ctx), suppliers(data), unknown_unmatched(data, frames),
                    stockouts(data), details(data, frames), footer(data, ctx)])
    title = f"pricesync run #{data.summary.get('run_id', '?')}"
    csp = (f"default-src 'none'; img-src data:; style-src {_csp_hash(CSS)}; script-src {_csp_hash(SCRIPT)}; "
           "base-uri 'none'; form-action 'none'")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{e(title)}</title><style>{CSS}</style></head>"
            f"<body><main>{body}</main><script>{SCRIPT}</script></body></html>\n")
