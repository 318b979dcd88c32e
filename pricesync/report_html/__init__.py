"""The operator's report of a run: ``runs/<id>/report.html``, one self-contained page.

``run`` writes it into the run folder (also with ``--dry-run``); ``pricesync report [RUN]``
writes it again from a run folder. A report that cannot be written is a warning, never a
failed run.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pricesync.report import Reporter

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.config.models import Config

REPORT_NAME = "report.html"


def accept_cli() -> bool:
    """Whether the ``accept`` command can run here: the CLI's own library (typer) is there.
    (The library does not ask the CLI: it sits above the library.)"""
    from importlib.util import find_spec

    return find_spec("typer") is not None


def context_for(config: "Config | None", *, catalog_note: str = ""):
    from pricesync.report_html.render import Context

    if config is None:
        return Context(catalog_note=catalog_note, accept_cli=accept_cli())
    pricing = config.pricing
    source = config.source
    return Context(
        config_path=Path(source).resolve() if source else None,
        state_path=config.resolve(config.state.path).resolve(),
        min_margin=None if pricing.min_margin is None else float(pricing.min_margin),
        max_change=None if pricing.max_change is None else float(pricing.max_change),
        catalog_note=catalog_note, accept_cli=accept_cli())


def write_report(run_dir: str | Path, out: str | Path | None = None, *, config: "Config | None" = None,
                 catalog: "pd.DataFrame | None" = None, catalog_note: str = "") -> Path:
    """Render the report of the run folder ``run_dir`` to ``out`` (default
    ``run_dir/report.html``), atomically. ``catalog`` gives names and categories;
    ``config`` the pricing limits and the paths the accept command needs."""
    from pricesync.report_html.data import load_run
    from pricesync.report_html.render import page
    from pricesync.files import write_text_atomic

    run_dir = Path(run_dir)
    out = Path(out) if out is not None else run_dir / REPORT_NAME
    ctx = context_for(config, catalog_note=catalog_note)
    ctx.out_dir = out.resolve().parent
    html = page(load_run(run_dir, catalog=catalog), ctx)
    return write_text_atomic(out, html)


def write_report_safely(run_dir: str | Path, reporter: Reporter, **kwargs) -> Path | None:
    """``write_report`` for the nightly run: any failure is one warning."""
    try:
        return write_report(run_dir, **kwargs)
    except Exception as exc:  # noqa: BLE001 - the report is for reading; the run's outcome stands
        reporter.warn(f"could not write the run report: {type(exc).__name__}: {exc}")
        return None


__all__ = ["REPORT_NAME", "write_report", "write_report_safely"]
