"""``ingest_files`` and ``ingest_suppliers``: files -> offers, rejects and held files.

Per file: read (by content), find each sheet's table, build offers, then let the guards
decide whether the file goes through. A file that cannot be read (damaged, not a table,
no price table in it, or anything in it that trips the code) is held with a one-line
reason, like a file stopped by a guard: it is listed in ``held``, nothing of it is used,
and the other files' offers still go through. Only a path that does not exist stops the run.
"""
from __future__ import annotations

import fnmatch
import glob
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pricesync.arrow_memory import arrow_allocator
from pricesync.errors import InputError, PricesyncError, UsageError, single_line
from pricesync.ingest import guards
from pricesync.ingest.config import SupplierConfig
from pricesync.report import NullReporter, Reporter

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.config import Config
    from pricesync.ingest.offers import SheetResult
    from pricesync.result import StageResult
    from pricesync.state.store import State

DEFAULT_SHOP_CURRENCY = "RUB"


@dataclass
class FileSummary:
    file: str
    supplier: str
    format: str = ""
    sheets: list[str] = field(default_factory=list)
    data_rows: int = 0         # product rows + rows rejected outright
    offers: int = 0
    rejected: int = 0
    notes: int = 0
    groups: int = 0
    currency: str = ""
    held: str = ""
    skipped_sheets: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class IngestResult:
    offers: "pd.DataFrame"
    rejects: "pd.DataFrame"
    held: list[str] = field(default_factory=list)
    files: list[FileSummary] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 3 if self.held or len(self.rejects) else 0

    @property
    def held_suppliers(self) -> dict[str, str]:
        """Supplier -> why (some of) its files were held."""
        return {f.supplier: f.held for f in self.files if f.held}

    @property
    def rows_in(self) -> int:
        """Rows that looked like data in the files that went through."""
        return sum(f.data_rows for f in self.files if not f.held)

    @property
    def result(self) -> "StageResult":
        """This ingest in the shape every stage returns (``pricesync.result.StageResult``)."""
        from pricesync.ingest.stage import stage_result

        return stage_result(self)


def supplier_name_from_file(path: str | Path) -> str:
    """``technoopt_2026-11-20.xlsx`` -> ``technoopt``: the name without a date or number
    after a separator (or a date-long one, ``price20261120``). Digits glued to a short name
    are part of it: ``opt1.csv`` and ``opt2.csv`` are two suppliers."""
    stem = Path(path).stem
    name = re.sub(r"(?:[\W_]+\d[\d\W_]*|\d{4,}[\d\W_]*)$", "", stem).strip(" _-.")
    return (name or stem).lower()


def _warn_shared_names(jobs, result: IngestResult, reporter: Reporter) -> None:
    """Files named into one supplier by their file names (no config, no --supplier) that
    offer the same SKUs: two suppliers merged, or two days of one list. Either way the
    operator decides; nothing is dropped silently."""
    files: dict[str, list[str]] = {}
    for path, name, sc in jobs:
        if sc is None:
            files.setdefault(name, []).append(display_path(path))
    offers = result.offers
    for name, paths in files.items():
        if len(paths) < 2 or not len(offers):
            continue
        mine = offers[offers["supplier"] == name]
        per_sku = mine.groupby("supplier_sku")["source_file"].nunique()
        shared = per_sku[per_sku > 1].index.tolist()
        if shared:
            reporter.warn(f"{', '.join(paths)} are all read as supplier '{name}' (from the file names) and share "
                          f"{len(shared)} SKU(s), e.g. {', '.join(map(str, shared[:3]))}: different suppliers need "
                          f"--supplier NAME or a [suppliers.NAME] files pattern each; two days of one list, "
                          f"only the newest file")


def display_path(path: Path) -> str:
    """Paths under the working folder are shown relative to it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return rel if not rel.startswith("..") else str(path)


def ingest_files(files, *, config: "Config | None" = None, supplier: str | None = None,
                 state: "State | None" = None, reporter: Reporter | None = None,
                 accept_structure: bool = False, force: bool = False) -> IngestResult:
    """Read the given price lists. Without ``supplier``, each file takes the supplier whose
    ``files`` globs match it, else a name made from the file name and auto-detection."""
    jobs = [(Path(f), *_supplier_for(Path(f), config, supplier)) for f in files]
    if not jobs:
        raise UsageError("no files to read")
    with arrow_allocator():
        result = _run(jobs, config=config, state=state, reporter=reporter, accept_structure=accept_structure,
                      force=force, missing=[])
    if supplier is None:
        _warn_shared_names(jobs, result, reporter or NullReporter())
    return result


def ingest_suppliers(config: "Config", *, state: "State | None" = None, reporter: Reporter | None = None,
                     accept_structure: bool = False, force: bool = False,
                     fetched: "dict[str, list[Path]] | None" = None,
                     held: "dict[str, str] | None" = None) -> IngestResult:
    """Read every ``[suppliers.NAME] files`` glob of the config. A supplier whose globs
    match no file is held (a missing download must not read as an empty list).
    ``fetched``: supplier -> the files its source fetched (read instead of its globs);
    ``held``: supplier -> why it is held before reading (its source failed or is stale)."""
    jobs, missing = [], []
    fetched, held = fetched or {}, held or {}
    for name, sc in config.suppliers.items():
        if name in held:
            continue
        if name in fetched:
            jobs.extend((Path(p), name, sc) for p in fetched[name])
            continue
        if not sc.files:
            continue
        matched = sorted({Path(p) for pattern in sc.files for p in glob.glob(str(config.resolve(pattern)))})
        if not matched:
            missing.append((name, sc.files))
        jobs.extend((p, name, sc) for p in matched)
    if not jobs and not missing and not held:
        raise UsageError("the config has no [suppliers.NAME] files to read", file=str(config.source or ""))
    with arrow_allocator():
        return _run(jobs, config=config, state=state, reporter=reporter, accept_structure=accept_structure,
                    force=force, missing=missing, holds=held)


def _supplier_for(path: Path, config: "Config | None", supplier: str | None) -> tuple[str, SupplierConfig | None]:
    name, sc = _supplier_section(path, config, supplier)
    if config is not None and config.vocabulary:
        # The shop's own vocabulary files count for every supplier, configured or not.
        sc = (sc or SupplierConfig()).model_copy()
        sc._vocabulary_files = [str(config.resolve(f)) for f in config.vocabulary]
    return name, sc


def _supplier_section(path: Path, config: "Config | None", supplier: str | None) -> tuple[str, SupplierConfig | None]:
    if supplier:
        return supplier, config.suppliers.get(supplier) if config else None
    if config:
        full = str(path.resolve())
        for name, sc in config.suppliers.items():
            if any(fnmatch.fnmatch(full, str(config.resolve(p).resolve())) for p in sc.files):
                return name, sc
    return supplier_name_from_file(path), None


def _run(jobs, *, config, state, reporter, accept_structure, force, missing, holds=None) -> IngestResult:
    from pricesync.ingest.boundary import limits_of
    from pricesync.ingest.offers import empty_offers, empty_rejects

    reporter = reporter or NullReporter()
    shop_currency = config.shop.currency if config else DEFAULT_SHOP_CURRENCY
    limits = limits_of(config)
    offers, rejects, summaries, held = [], [], [], []
    for name, patterns in missing:
        msg = f"files {', '.join(patterns)} matched no file"
        summaries.append(FileSummary(file=", ".join(patterns), supplier=name, held=msg))
        held.append(f"{name}: {msg}")
        rejects.append(_held_row("", name, msg))
    for name, why in (holds or {}).items():   # held before reading: its source failed or is stale
        summaries.append(FileSummary(file=f"[suppliers.{name}.source]", supplier=name, held=why))
        held.append(f"supplier '{name}': {why}")
        rejects.append(_held_row("", name, why))
    # Three steps per file (read, find the tables, build offers): a long file moves the bar too.
    with reporter.progress("reading price lists", total=3 * len(jobs)) as advance:
        for path, name, sc in jobs:
            summary, file_offers, file_rejects = _ingest_one(
                path, name, sc or SupplierConfig(), shop_currency, state, accept_structure, force, advance,
                limits=limits)
            summaries.append(summary)
            for w in summary.warnings:
                reporter.warn(f"{summary.file}: {w}")
            if summary.held:
                held.append(f"{summary.file}: {summary.held}")
                rejects.append(_held_row(summary.file, name, summary.held))
            else:
                offers.append(file_offers)
                rejects.append(file_rejects)
    return IngestResult(offers=_stack([o for o in offers if len(o)], empty_offers),
                        rejects=_stack([r for r in rejects if len(r)], empty_rejects), held=held, files=summaries)


def _stack(frames: list, empty) -> "pd.DataFrame":
    """One table from several; a single one is returned as it is (a million-row concat
    is a full copy)."""
    import pandas as pd

    if not frames:
        return empty()
    return frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)


def _ingest_one(path: Path, supplier: str, cfg: SupplierConfig, shop_currency: str,
                state, accept_structure: bool, force: bool, advance=lambda n=1: None, limits=None):
    from pricesync.ingest.detect import MappingError, detect_layout
    from pricesync.ingest.offers import build_offers, empty_offers, empty_rejects
    from pricesync.ingest.readers import ReadOptions, read_book

    shown = display_path(path)
    summary = FileSummary(file=shown, supplier=supplier)
    try:
        book = read_book(path, ReadOptions(sheets=cfg.sheets, encoding=cfg.encoding, delimiter=cfg.delimiter,
                                           limits=limits))
    except MappingError as exc:  # a configured sheet is gone: the layout changed
        summary.held = exc.message
        advance(3)
        return summary, empty_offers(), empty_rejects()
    except InputError as exc:
        if not path.exists():  # a wrong path on the command line, not a supplier's file
            exc.file = exc.file or shown
            raise
        return _unreadable(summary, exc, advance, 3)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # whatever a supplier sends (a reader's panic too) holds that file, never the run
        return _unreadable(summary, exc, advance, 3)
    advance(1)
    summary.format = book.kind
    summary.skipped_sheets = list(book.skipped_sheets)
    tables = []
    sheet = None
    try:
        for sheet in book.sheets:
            layout, why = detect_layout(sheet, cfg, shop_currency=shop_currency)
            if layout is None:
                summary.skipped_sheets.append((sheet.name, why))
            else:
                summary.warnings.extend(f"sheet '{sheet.name}': {n}" if sheet.name else n for n in layout.notes)
                tables.append((sheet, layout))
    except MappingError as exc:
        where = f"sheet '{exc.sheet}': " if exc.sheet else ""
        summary.held = f"{where}{exc.message}"
        advance(2)
        return summary, empty_offers(), empty_rejects()
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:
        return _unreadable(summary, exc, advance, 2, sheet)
    advance(1)
    results: list[SheetResult] = []
    for sheet, layout in tables:
        try:
            results.append(build_offers(sheet, layout, supplier=supplier, source_file=shown, cfg=cfg))
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:
            return _unreadable(summary, exc, advance, 1, sheet)
    advance(1)
    if not results:
        reasons = "; ".join(f"sheet '{n}': {w}" if n else w for n, w in summary.skipped_sheets) or "no sheets"
        return _unreadable(summary, InputError(f"no price table found ({reasons})"), advance, 0)
    summary.sheets = [r.sheet for r in results]
    summary.currency = ", ".join(sorted({r.layout.currency or "" for r in results} - {""}))
    summary.groups = sum(r.groups for r in results)
    structure = {r.sheet: r.layout.structure() for r in results}
    products = sum(r.products for r in results)
    verdict = guards.check(state, supplier=supplier, path=path, structure=structure, product_rows=products,
                           mode=cfg.structure_guard, min_rows_ratio=cfg.min_rows_ratio,
                           accept_structure=accept_structure, force=force)
    summary.warnings.extend(verdict.warnings)
    file_offers = _stack([r.offers for r in results], empty_offers)
    file_rejects = _stack([r.rejects for r in results if len(r.rejects)], empty_rejects)
    summary.data_rows = sum(r.data_rows for r in results)
    if verdict.held:
        summary.held = verdict.held
        return summary, empty_offers(), empty_rejects()
    guards.accept(state, supplier=supplier, path=path, structure=structure, product_rows=products)
    summary.offers = len(file_offers)
    summary.rejected = int((file_rejects["kind"] == "rejected").sum()) if len(file_rejects) else 0
    summary.notes = len(file_rejects) - summary.rejected
    return summary, file_offers, file_rejects


def _unreadable(summary: FileSummary, exc: BaseException, advance, steps_left: int, sheet=None):
    """The file is held: a one-line reason (where in the file, what went wrong), no offers."""
    from pricesync.ingest.offers import empty_offers, empty_rejects

    summary.held = held_reason(exc, getattr(sheet, "name", None))
    advance(steps_left)
    return summary, empty_offers(), empty_rejects()


def held_reason(exc: BaseException, sheet: str | None = None) -> str:
    """One line saying why a file cannot be used: the sheet, row and column where they are
    known, then the problem (an error of ours by its message, anything else by its type)."""
    if isinstance(exc, PricesyncError):
        text, sheet = exc.message, exc.sheet or sheet
        row, column = exc.row, exc.column
    else:
        text, row, column = f"unexpected {type(exc).__name__}: {str(exc)[:1000]}", None, None
    where = [f"sheet '{sheet}'"] if sheet else []
    where += [f"row {row}"] if row is not None else []
    where += [f"column '{column}'"] if column else []
    line = single_line(str(text)[:2000]) or type(exc).__name__
    return ", ".join(where) + (": " if where else "") + line


def _held_row(file: str, supplier: str, reason: str) -> "pd.DataFrame":
    import pandas as pd

    from pricesync.ingest.offers import EXTRA_REJECT_COLUMNS
    from pricesync.tables import REJECT_COLUMNS

    return pd.DataFrame([{"stage": "ingest", "source_file": file, "source_sheet": "", "source_row": 0,
                          "column": "", "reason": f"file held: {reason}", "raw": "", "supplier": supplier,
                          "kind": "held"}], columns=REJECT_COLUMNS + EXTRA_REJECT_COLUMNS)
