"""HTML tables, usually saved by a web shop or 1C as ``price.xls`` (Excel opens them,
so suppliers never notice). Each innermost ``<table>`` with at least two rows is a sheet;
``colspan``/``rowspan`` become merged ranges like in a workbook."""
from __future__ import annotations

import re
from pathlib import Path

from pricesync.errors import InputError
from pricesync.ingest.readers import Book, ReadOptions, Sheet, register_reader, select_sheets
from pricesync.ingest.sniff import guess_single_byte

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\n]+")


@register_reader("html")
def read_html(path: Path, options: ReadOptions) -> Book:
    import pandas as pd
    from lxml import html as lxml_html

    raw = path.read_bytes()
    encoding = options.encoding or _html_encoding(raw)
    text = raw.decode(encoding, errors="replace").lstrip("\ufeff")
    # lxml refuses str input that still declares an encoding.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    doc = lxml_html.document_fromstring(text)
    tables = [t for t in doc.iter("table") if not t.xpath(".//table")]
    # a tenth of what a workbook may have: every cell here is a Python string
    max_cells = ((options.limits.max_cells if options.limits else None) or _max_cells()) // 10
    grids = [g for g in (_grid(t, max_cells, path) for t in tables) if len(g[0]) >= 2]
    names = [f"table {i}" for i in range(1, len(grids) + 1)]
    book = Book(path=path, kind="html", sheets=[], encoding=encoding)
    for name in select_sheets(path, names, options.sheets) if grids else []:
        rows, merged = grids[names.index(name)]
        book.sheets.append(Sheet(name=name if len(grids) > 1 else "", cells=pd.DataFrame(rows, dtype=object),
                                 merged=merged))
    return book


def _html_encoding(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    m = _META_CHARSET.search(raw[:4096])
    if m:
        import codecs

        try:
            return codecs.lookup(m.group(1).decode("ascii")).name
        except LookupError:
            pass
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return guess_single_byte(raw)


def _cell_text(cell) -> str:
    # Regular whitespace is layout; no-break spaces at the start are the indentation 1C
    # uses for levels, so they survive as plain spaces.
    text = cell.text_content()
    text = _SPACES.sub(" ", text).strip(" ")
    stripped = text.lstrip("\u00a0 ")
    return " " * (len(text) - len(stripped)) + stripped.replace("\u00a0", " ").rstrip()


def _max_cells() -> int:
    from pricesync.ingest.boundary import Limits

    return Limits.max_cells // 10


def _grid(table, max_cells: int | None = None, path: Path | None = None) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """The table as rows of text with spans filled in; a table whose cells (spans counted)
    pass ``max_cells`` is refused before they are made."""
    max_cells = max_cells or _max_cells()
    cells = 0
    rows: list[list[str]] = []
    merged: list[tuple[int, int, int, int]] = []
    pending: dict[tuple[int, int], str] = {}  # cells covered by a rowspan from above
    for r, tr in enumerate(table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")):
        row: list[str] = []
        c = 0
        for cell in tr.xpath("./td|./th"):
            while (r, c) in pending:
                row.append(pending.pop((r, c)))
                c += 1
            span = _int(cell.get("colspan"))
            down = _int(cell.get("rowspan"))
            cells += span * down
            if cells > max_cells:
                raise InputError(f"an HTML table with over {max_cells:,} cells (colspan/rowspan counted) is over the "
                                 f"limit ([ingest] max_cells); held unread", file=str(path or ""))
            row.append(_cell_text(cell))
            row.extend([""] * (span - 1))
            if span > 1 or down > 1:
                merged.append((r + 1, c, r + down, c + span - 1))
            for dr in range(1, down):
                for dc in range(span):
                    pending[(r + dr, c + dc)] = ""
            c += span
        while (r, c) in pending:
            row.append(pending.pop((r, c)))
            c += 1
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    if width * len(rows) > max_cells:
        raise InputError(f"an HTML table of {len(rows):,} rows x {width:,} columns is over the limit of {max_cells:,} "
                         f"cells ([ingest] max_cells); held unread", file=str(path or ""))
    return [r + [""] * (width - len(r)) for r in rows], merged


def _int(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1
