"""``run``: ingest -> match -> scrape -> reprice -> plan -> push, the nightly cron job.

One run at a time (an OS lock next to the state), recorded in the state's run history
with its summary, its intermediate tables kept in a run folder for the operator, and an
exit code that says what happened: 0 done, 1 failed, 2 config, 3 something held
back, 4 push partly failed.
"""
from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pricesync.channels.base import Channel
from pricesync.errors import ConfigError, ExitCode, PricesyncError
from pricesync.pipeline import supplier_hold
from pricesync.pipeline.history import recorded_run
from pricesync.pipeline.lock import close_stale_runs, run_lock
from pricesync.pipeline.model import ChannelPlan, PushResult
from pricesync.pipeline.outputs import plan_frames, product_names, write_json, write_plan, write_run_table
from pricesync.pipeline.planning import open_channels, plan
from pricesync.pipeline.pushing import push
from pricesync.pipeline.stage import plan_result, push_result
from pricesync.redact import RedactingReporter, channel_secrets, redact
from pricesync.report import NullReporter, Reporter
from pricesync.result import StageResult

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.config.models import Config
    from pricesync.state import State


@dataclass
class Prepared:
    """Everything up to reprice: each stage's ``StageResult`` (``stages``: ingest, match,
    scrape when configured, reprice), their tables and what was held back on the way."""

    prices: "pd.DataFrame"
    catalog: "pd.DataFrame | None" = None
    offers: "pd.DataFrame | None" = None
    matches: "pd.DataFrame | None" = None
    competitors: "pd.DataFrame | None" = None
    rejects: "pd.DataFrame | None" = None
    held_files: list[str] = field(default_factory=list)
    held_suppliers: dict[str, str] = field(default_factory=dict)
    rows_in: int = 0
    catalog_source: str = ""     # which export and columns the catalog was read from (one line)
    sources: list[dict] = field(default_factory=list)   # one fetch result per supplier with a source
    stages: dict[str, StageResult] = field(default_factory=dict)

    @property
    def held_back(self) -> bool:
        """Files or suppliers held, or rows rejected, on the way to the prices."""
        return bool(self.held_files) or bool(self.held_suppliers) or rejected_count(self.rejects) > 0


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = round(timings.get(stage, 0.0) + time.perf_counter() - start, 3)


def prepare(config: "Config", *, state: "State", reporter: Reporter | None = None,
            timings: dict[str, float] | None = None, accept_structure: bool = False,
            force: bool = False) -> Prepared:
    """Ingest every supplier, match to the catalog, scrape competitors (when configured) and
    reprice, each stage handing its ``StageResult`` to the next; SKUs of suppliers whose
    files were held back are held."""
    if not config.shop.catalog:
        raise ConfigError("[shop] catalog is not set: the pipeline matches offers to the shop's catalog",
                          key="shop.catalog", file=str(config.source or ""))
    import pandas as pd

    from pricesync.catalog import shop_catalog
    from pricesync.ingest import ingest_suppliers
    from pricesync.match.stage import match_stage
    from pricesync.pricing.stage import reprice_stage
    from pricesync.pricing.stage import stage_result as reprice_result

    reporter = reporter or NullReporter()
    timings = {} if timings is None else timings
    stages: dict[str, StageResult] = {}
    fetched = None
    if any(sc.source is not None for sc in config.suppliers.values()):
        from pricesync.sources import fetch_suppliers

        with _timed(timings, "fetch"):   # suppliers with a source: their fetched files replace `files`
            fetched = fetch_suppliers(config, state=state, reporter=reporter)
    with _timed(timings, "ingest"):
        ingested = ingest_suppliers(config, state=state, reporter=reporter, accept_structure=accept_structure,
                                    force=force, fetched=fetched.files if fetched else None,
                                    held=fetched.held if fetched else None)
    stages["ingest"] = ingested.result
    with _timed(timings, "catalog"):
        shop = shop_catalog(config, reporter=reporter)
    with _timed(timings, "match"):
        stages["match"] = match_stage(stages["ingest"].table, shop.frame, config=config.matching, state=state,
                                      reporter=reporter, catalog_rejects=shop.rejects)
    competitors = None
    if config.competitors:
        from pricesync.scrape.stage import scrape_stage

        with _timed(timings, "scrape"):
            stages["scrape"] = scrape_stage(config, catalog=shop.frame, state=state, reporter=reporter)
        competitors = stages["scrape"].table
    with _timed(timings, "reprice"):
        stages["reprice"] = reprice_stage(stages["match"].table, shop.frame, config, competitors=competitors,
                                          state=state, reporter=reporter)
    offers = stages["ingest"].table
    held = supplier_hold.held_suppliers(config, ingested, offers)
    held.update({k: v for k, v in supplier_hold.silent_suppliers(state, offers, config).items() if k not in held})
    prices = supplier_hold.protect_stock(stages["reprice"].table, held, state, reporter)
    # held suppliers' SKUs are now held: the stage's counts and exit code say so
    stages["reprice"] = reprice_result(prices, rows_in=stages["reprice"].rows_in, timings=stages["reprice"].timings)
    rejects = pd.concat([df for df in (ingested.rejects, shop.rejects) if df is not None and len(df)]
                        or [ingested.rejects], ignore_index=True)
    rows_in = stages["ingest"].rows_in
    return Prepared(prices=prices, catalog=shop.frame, offers=offers, matches=stages["match"].table,
                    competitors=competitors, rejects=rejects, held_files=[str(h) for h in ingested.held],
                    held_suppliers=held,
                    rows_in=int(rows_in) if rows_in is not None else len(offers) + len(ingested.rejects),
                    catalog_source=shop.describe(),
                    sources=[r.to_dict() for r in fetched.results] if fetched else [], stages=stages)


@dataclass
class RunResult:
    run_id: int | None = None
    dry_run: bool = False
    prepared: Prepared | None = None
    plans: list[ChannelPlan] = field(default_factory=list)
    pushed: PushResult | None = None
    channel_errors: dict[str, str] = field(default_factory=dict)
    config_errors: bool = False
    timings: dict[str, float] = field(default_factory=dict)
    run_dir: Path | None = None
    warnings: list[str] = field(default_factory=list)
    stages: dict[str, StageResult] = field(default_factory=dict)   # each stage's result, in run order

    @property
    def result(self) -> StageResult:
        """This run as a ``StageResult``: the stages' tables (prices, plans), counts per
        stage, the summary in ``details``, and the run's exit code."""
        tables = {out: self.stages[name].table for name, out in (("reprice", "prices"), ("plan", "plans"))
                  if name in self.stages}
        return StageResult(stage="run", tables=tables,
                           rows_in=self.prepared.rows_in if self.prepared is not None else None,
                           counts={f"{name}.{k}": v for name, r in self.stages.items() for k, v in r.counts.items()},
                           rejects=self.prepared.rejects if self.prepared is not None else None,
                           warnings=[w for r in self.stages.values() for w in r.warnings] + list(self.warnings),
                           timings=dict(self.timings), details={"summary": self.summary()},
                           exit_code=int(self.exit_code))

    @property
    def held_back(self) -> bool:
        upstream = self.prepared is not None and self.prepared.held_back
        return (upstream or any(pl.held_back for pl in self.plans)
                or (self.pushed is not None and self.pushed.refused))

    @property
    def exit_code(self) -> ExitCode:
        if self.config_errors:          # e.g. a channel's credentials variable is not set
            return ExitCode.USAGE
        if self.channel_errors and self.dry_run:
            return ExitCode.FAILED
        if self.channel_errors or (self.pushed is not None and self.pushed.partly_failed):
            return ExitCode.PUSH_PARTIAL
        return ExitCode.HELD if self.held_back else ExitCode.OK

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {"run_id": self.run_id, "dry_run": self.dry_run}
        p = self.prepared
        if p is not None:
            out.update(rows_in=p.rows_in, offers=_len(p.offers), rejects=rejected_count(p.rejects),
                       notes=_len(p.rejects) - rejected_count(p.rejects),
                       held_files=p.held_files, held_suppliers=p.held_suppliers,
                       matched=_counts(p.matches, "match_status", ("auto", "review", "unmatched")))
            if p.catalog_source:
                out["catalog"] = p.catalog_source
            if p.sources:
                out["sources"] = p.sources
        if p is not None or self.plans:
            prices = p.prices if p is not None else None
            if prices is not None:
                out["prices"] = {**_counts(prices, "status", ("ok", "held", "no_offer")),
                                 "changed": _changed(prices)}
        channels: dict[str, Any] = {}
        for pl in self.plans:
            channels[pl.channel] = {"changes": len(pl.changes), "held": len(pl.held), "unknown": len(pl.unknown),
                                    "unchanged": pl.unchanged}
        for name, message in self.channel_errors.items():
            channels.setdefault(name, {})["error"] = message
        if self.pushed is not None:
            for r in self.pushed.channels:
                channels.setdefault(r.channel, {}).update(
                    pushed=r.pushed, failed=r.failed, refused=r.refused, pending=r.pending, batches=r.batches,
                    resumed_batches=r.resumed_batches, **({"error": r.error} if r.error else {}))
        out["channels"] = channels
        out["seconds"] = dict(self.timings)
        out["run_dir"] = str(self.run_dir) if self.run_dir else None
        out["exit_code"] = int(self.exit_code)
        return out


def _len(df) -> int:
    return 0 if df is None else len(df)


def rejected_count(rejects) -> int:
    """Rows turned away; ingest also lists notes on offers it kept (kind = note)."""
    if rejects is None:
        return 0
    if "kind" in rejects.columns:
        return int((rejects["kind"].astype(str) != "note").sum())
    return len(rejects)


def _counts(df, column: str, keys: Iterable[str]) -> dict[str, int]:
    if df is None or column not in df.columns:
        return {k: 0 for k in keys}
    vc = df[column].astype(str).value_counts()
    return {k: int(vc.get(k, 0)) for k in keys}


def _changed(prices) -> int:
    if "current_price" not in prices.columns or "price" not in prices.columns:
        return 0
    ok = prices["status"] == "ok" if "status" in prices.columns else [True] * len(prices)
    return sum(1 for good, new, old in zip(ok, prices["price"], prices["current_price"])
               if good and new is not None and old is not None and new == new and old == old and new != old)


def run(config: "Config", *, dry_run: bool = False, reporter: Reporter | None = None,
        prices: "pd.DataFrame | None" = None, channels: Iterable[str | Channel] | None = None,
        out_dir: str | Path | None = None, command: str = "run", accept_structure: bool = False,
        force: bool = False) -> RunResult:
    """The whole pipeline (or, with ``prices``, plan and push of a ready prices table)."""
    from pricesync.state import State

    state_path = config.resolve(config.state.path)
    opened = open_channels(config, channels)
    reporter = RedactingReporter(reporter or NullReporter(), channel_secrets(opened))
    from pricesync.notify import notifying

    # [notify]: each event of this run once, after the lock is released; never changes the exit code
    with notifying(config, reporter, command=command) as told, run_lock(state_path, command), \
            State(state_path) as state:
        for stale in close_stale_runs(state):
            reporter.warn(f"run {stale} ended without finishing (killed?): marked interrupted; its unfinished "
                          "push batches are checked against the channel and finished by this one")
        result = told.result = RunResult(dry_run=dry_run)

        def failed(exc: BaseException, code: int, status: str) -> dict[str, Any]:
            # failed, or interrupted (Ctrl-C, exit 130): what the run got to, and the error without secrets
            return {**result.summary(), "exit_code": code, "error": redact(str(exc), reporter.secrets) or status}

        with recorded_run(state, command + (" --dry-run" if dry_run else ""), error_summary=failed) as record:
            result.run_id = record.run_id
            _run(config, result, state=state, reporter=reporter, prices=prices, channels=opened,
                 out_dir=out_dir, accept_structure=accept_structure, force=force, report=command == "run")
            record.finish(status="dry-run" if dry_run else "done", exit_code=int(result.exit_code),
                          summary=result.summary())
    return result


def push_run(config: "Config", prices: "pd.DataFrame | None" = None, *, reporter: Reporter | None = None,
             channels: Iterable[str | Channel] | None = None, out_dir: str | Path | None = None) -> RunResult:
    """``push``: the pipeline, or a prices table from outside (e.g. edited by an operator),
    planned and pushed. Such a table's floors are checked again against the current supplier
    costs first (``floors.recheck_floors``): a price under the cost is refused."""
    if prices is not None:
        from pricesync.pipeline.floors import recheck_floors

        prices = recheck_floors(config, prices, reporter=reporter)
    return run(config, prices=prices, channels=channels, reporter=reporter, out_dir=out_dir, command="push")


def _run(config: "Config", result: RunResult, *, state: "State", reporter: RedactingReporter,
         prices: "pd.DataFrame | None", channels: list[Channel], out_dir: str | Path | None,
         accept_structure: bool, force: bool, report: bool = False) -> None:
    start = time.perf_counter()
    result.run_dir = (Path(out_dir) if out_dir
                      else config.resolve(config.state.path).resolve().parent / "runs" / str(result.run_id))
    catalog = None
    if prices is None:
        result.prepared = prepare(config, state=state, reporter=reporter, timings=result.timings,
                                  accept_structure=accept_structure, force=force)
        prices, catalog = result.prepared.prices, result.prepared.catalog
        result.stages.update(result.prepared.stages)
        _keep(result, reporter)
    with _timed(result.timings, "plan"):
        for channel in channels:
            try:
                result.plans += plan(config, prices, channels=[channel], state=state, reporter=reporter,
                                     catalog=catalog)
            except PricesyncError as exc:   # one unreachable or misconfigured shop must not stop the others
                result.channel_errors[channel.name] = redact(str(exc), reporter.secrets)
                result.config_errors |= isinstance(exc, ConfigError)
                reporter.warn(f"{channel.name}: not planned: {result.channel_errors[channel.name]}")
    result.stages["plan"] = plan_result(result.plans, errors=result.channel_errors)
    _save(reporter, lambda: write_plan(result.plans, result.run_dir / "plan.json"))
    # The same plan for people (the hint under a cut-off table points here) and every SKU a
    # channel does not have, which the terminal only samples.
    names = product_names(prices) or _catalog_names(config, catalog)
    _save(reporter, lambda: write_plan(result.plans, result.run_dir / "plan.xlsx", names=names))
    if any(p.unknown for p in result.plans):
        _save(reporter, lambda: write_run_table(plan_frames(result.plans, names)["unknown"],
                                                result.run_dir / "unknown.csv"))
    if not result.dry_run:
        with _timed(result.timings, "push"):
            planned = {p.channel for p in result.plans}
            result.pushed = push(config, result.plans, state=state, reporter=reporter, run_id=result.run_id,
                                 channels=[c for c in channels if c.name in planned])
        result.stages["push"] = push_result(result.pushed)
        _save(reporter, lambda: write_json(result.pushed.to_dict(), result.run_dir / "push.json"))
    if result.prepared is not None and result.prepared.matches is not None:
        supplier_hold.remember_supplier_skus(state, result.prepared.matches, skip=result.prepared.held_suppliers)
    result.timings["total"] = round(time.perf_counter() - start, 3)
    _save(reporter, lambda: write_json(result.summary(), result.run_dir / "summary.json"))
    if report:      # the operator's page (pricesync.report_html); a failure there is only a warning
        from pricesync.report_html import write_report_safely

        write_report_safely(result.run_dir, reporter, config=config, catalog=catalog)


def _catalog_names(config: "Config", catalog: "pd.DataFrame | None") -> dict[str, str]:
    """SKU -> name from the catalog (a prices table given to push may have no names)."""
    if catalog is None and config.shop.catalog and config.resolve(config.shop.catalog).exists():
        try:
            from pricesync.catalog import shop_catalog

            catalog = shop_catalog(config).frame
        except Exception:   # names are a courtesy: a broken catalog must not stop a push
            return {}
    return product_names(catalog)


def _keep(result: RunResult, reporter: Reporter) -> None:
    """The intermediate tables, for the operator to open."""
    p, folder = result.prepared, result.run_dir
    assert p is not None and folder is not None
    for name, df in (("offers", p.offers), ("matches", p.matches), ("competitors", p.competitors),
                     ("prices", p.prices)):
        if df is not None:
            _save(reporter, lambda df=df, name=name: write_run_table(df, folder / f"{name}.parquet"))
    if p.rejects is not None:
        _save(reporter, lambda: write_run_table(p.rejects, folder / "rejects.csv"))


def _save(reporter: Reporter, write) -> None:
    # A full disk must not turn a good push into a failed run: the tables are for reading.
    try:
        write()
    except (OSError, ValueError, TypeError, PricesyncError) as exc:
        reporter.warn(f"could not keep a run file: {exc}")
    except Exception as exc:  # pyarrow raises its own kinds on odd columns
        reporter.warn(f"could not keep a run file: {type(exc).__name__}: {exc}")
