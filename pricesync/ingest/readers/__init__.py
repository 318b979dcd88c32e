"""Readers turn a file into sheets of raw cells; one reader per kind of content.

A reader registers itself for the kinds ``sniff`` reports (``@register_reader("xlsx")``)
and returns a ``Book``: sheets whose ``cells`` are a DataFrame of the raw values (numbers
stay numbers, text stays text, empty cells are ``""``), plus where the sheet starts so
that row numbers match what the spreadsheet shows. Everything after reading (header
detection, roles, parsing) is shared by all formats.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pricesync.errors import InputError, PricesyncError
from pricesync.ingest.sniff import sniff

if TYPE_CHECKING:
    import pandas as pd


class MappingError(InputError):
    """A configured sheet, column or header row is not in the file: the layout changed.
    The file is held (like a structure change), not treated as unreadable."""


@dataclass
class ReadOptions:
    sheets: list[str | int] | None = None   # names or 0-based indexes; None = all visible sheets
    encoding: str | None = None             # text files: forced encoding
    delimiter: str | None = None            # text files: forced delimiter
    limits: Any = None                      # boundary.Limits (None: the defaults)


@dataclass
class Sheet:
    name: str
    cells: "pd.DataFrame"                   # raw cell values, columns numbered 0..n-1
    first_row: int = 1                      # spreadsheet row number (1-based) of cells row 0
    first_col: int = 0                      # 0-based spreadsheet column of cells column 0
    # merged ranges as (first row, first col, last row, last col): rows as the spreadsheet
    # numbers them, columns as positions in ``cells``.
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)  # title text that is not in ``cells``
    # Formats that name their fields (YML feeds) fix the layout: role -> column position.
    fixed_roles: dict[str, int] | None = None
    row_numbers: Any = None                 # explicit row numbers per cells row (CSV with multi-line fields, XML lines)


@dataclass
class Book:
    path: Path
    kind: str                               # what sniff() found: xlsx, xls, text, html, yml...
    sheets: list[Sheet]
    encoding: str | None = None
    delimiter: str | None = None
    skipped_sheets: list[tuple[str, str]] = field(default_factory=list)  # (name, why)


Reader = Callable[[Path, ReadOptions], Book]
_READERS: dict[str, Reader] = {}


def register_reader(*kinds: str) -> Callable[[Reader], Reader]:
    def deco(fn: Reader) -> Reader:
        for kind in kinds:
            _READERS[kind] = fn
        return fn

    return deco


def reader_kinds() -> list[str]:
    _load_builtin()
    return sorted(_READERS)


def read_book(path: Path, options: ReadOptions | None = None) -> Book:
    """Read any supported file by what it contains; ``InputError`` names the file and the
    problem for anything unreadable."""
    _load_builtin()
    kind = sniff(path)
    reader = _READERS.get(kind)
    if reader is None:
        raise InputError(f"no reader for {kind} files", file=str(path))
    from pricesync.ingest import boundary

    options = options or ReadOptions()
    limits = options.limits or boundary.Limits()
    try:
        boundary.precheck(path, kind, limits)  # sizes, ranges, counts, checksums: before any reader allocates
        if kind in boundary.ISOLATED_KINDS:
            book = boundary.read_isolated(path, options, kind, limits)
        elif kind in boundary.FORKED_KINDS:
            book = boundary.read_forked(path, options, kind, reader, limits)
        else:
            book = reader(path, options)
    except PricesyncError:
        raise
    except MemoryError:
        raise InputError("file too large to read into memory", file=str(path)) from None
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # a library's own error or a Rust panic (PanicException): one line
        raise InputError(f"cannot read as {kind}: {_one_line(exc)}", file=str(path)) from None
    book.kind = kind
    return book


def select_sheets(path: Path, names: list[str], wanted: list[str | int] | None) -> list[str]:
    """The sheet names to read: all of them, or the configured ones (by name or 0-based
    index), with a clear error listing what the workbook has."""
    if not wanted:
        return names
    chosen = []
    for w in wanted:
        if isinstance(w, int) or (isinstance(w, str) and w.isdigit() and w not in names):
            i = int(w)
            if not 0 <= i < len(names):
                raise MappingError(f"has no sheet number {i} (sheets: {', '.join(names)})", file=str(path))
            chosen.append(names[i])
        elif w in names:
            chosen.append(w)
        else:
            lowered = {n.strip().lower(): n for n in names}
            if str(w).strip().lower() in lowered:
                chosen.append(lowered[str(w).strip().lower()])
            else:
                raise MappingError(f"has no sheet '{w}' (sheets: {', '.join(names)})", file=str(path))
    return chosen


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    line = (text[0] if text else type(exc).__name__)[:300]
    # python-calamine's PanicException (a BaseException): a Rust assertion about a damaged file
    return f"the reader panicked ({line})" if type(exc).__name__ == "PanicException" else line


def _load_builtin() -> None:
    # Importing the modules registers them (idempotent: Python imports each module once).
    from pricesync.ingest.readers import excel, feeds, html, text, xlsx, yml  # noqa: F401
