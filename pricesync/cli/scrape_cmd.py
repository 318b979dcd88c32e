"""``pricesync scrape``."""
from __future__ import annotations

from pathlib import Path

import typer

from pricesync.cli.app import ConfigOption, JsonOption, RichReporter, StateOption, app, load, out, print_json
from pricesync.errors import UsageError


@app.command()
def scrape(
    urls: list[str] = typer.Argument(None, help="product page URLs (or saved .html pages)"),
    urls_file: Path | None = typer.Option(None, "--urls", help="file with one URL per line"),
    out_path: Path = typer.Option(..., "--out", "-o", help="competitor prices table"),
    delay: float = typer.Option(1.0, "--delay", min=0, help="seconds between requests to one host"),
    user_agent: str | None = typer.Option(None, "--user-agent", help="User-Agent sent and matched in robots.txt"),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1, help="seconds for one request"),
    config: Path | None = ConfigOption,
    state: Path | None = StateOption,
    as_json: bool = JsonOption,
) -> None:
    """Competitor product pages to prices.

    With URLs (or --urls FILE) reads those pages; with only --config reads every
    [competitors.NAME] section and ties the pages to catalog SKUs. Exit 3 when some pages
    gave no price, 1 when none did.
    """
    from pricesync.pipeline.history import open_state, state_path
    from pricesync.scrape.stage import scrape_stage, urls_stage
    from pricesync.scrape.sources import read_url_list
    from pricesync.tables import write_table

    given = [u for u in (urls or []) if u.strip()]
    if urls_file is not None:
        given += read_url_list(urls_file, base=urls_file.resolve().parent)
    reporter = RichReporter(quiet=as_json)
    if given:
        cfg = load(config) if config is not None else None
        with open_state(state_path(cfg, state)) as db:
            result = urls_stage(given, delay=delay, state=db, reporter=reporter, user_agent=user_agent,
                                timeout=timeout)
    elif config is not None or Path("pricesync.toml").exists():
        cfg = load(config)
        if not cfg.competitors:
            raise UsageError("the config has no [competitors.NAME] section; give URLs or --urls FILE",
                             file=str(cfg.source))
        catalog = None
        if cfg.shop.catalog:
            from pricesync.catalog import shop_catalog

            catalog = shop_catalog(cfg).frame
        with open_state(state_path(cfg, state)) as db:
            result = scrape_stage(cfg, catalog=catalog, state=db, reporter=reporter)
    else:
        raise UsageError("nothing to scrape: give URLs, --urls FILE, or --config with [competitors.NAME]")
    write_table(result.table, out_path)
    if as_json:
        print_json(_summary(result, out_path), result)
    else:
        _render(result, out_path)
    raise typer.Exit(result.exit_code)


def _summary(result, out_path: Path) -> dict:
    by = result.details["by"]
    return {"out": str(out_path), **{k: result.counts[k] for k in ("pages", "ok", "no_price", "failed")},
            "statuses": result.details["statuses"],
            by: result.tables[f"by_{by}"].to_dict(orient="records"), "flagged": result.details.get("flagged", [])}


def _render(result, out_path: Path) -> None:
    from rich.markup import escape
    from rich.table import Table

    df, by = result.table, result.details["by"]
    table, flagged = result.tables[f"by_{by}"], result.details.get("flagged", [])

    view = Table(title=f"{len(df)} page(s) -> {out_path}", title_justify="left")
    for col in (by, "pages", "ok", "no_price", "failed", "why"):
        view.add_column(col, justify="right" if col in ("pages", "ok", "no_price", "failed") else "left")
    keys = df[by] if by in df.columns else None
    for row in table.itertuples(index=False):
        key = getattr(row, by)
        if keys is not None:
            mine = df[keys == key]
        else:
            from pricesync.scrape.fetch import host_of

            mine = df[[(host_of(u) or "(saved pages)") == key for u in df["url"]]]
        reasons = mine.loc[mine["status"] != "ok", "status"].value_counts().head(3)
        why = ", ".join(f"{k} ×{v}" for k, v in reasons.items())
        view.add_row(escape(str(key)), str(row.pages), str(row.ok), str(row.no_price), str(row.failed), escape(why))
    out.print(view)
    for name in flagged:
        out.print(f"competitor '{name}' is flagged: its pages suddenly give no price (see warnings above)",
                  markup=False, style="yellow")
