""".xlsx/.xlsm through fastexcel: the Rust calamine engine that python-calamine wraps, but
handing over Arrow columns instead of a Python object per cell.

Converting 200,000 rows x 8 cells to Python objects and back to columns costs more than
the rest of ingestion; fastexcel's Arrow output makes ingesting a big list take little
more than reading it. Three things fastexcel does not give are recovered here and
checked, and any doubt sends the sheet to python-calamine (``excel.read_workbook``):

- where the used range starts (row numbers must match the spreadsheet): from the first
  rows of the sheet XML, verified against fastexcel's first rows cell by cell;
- merged ranges (group rows, two-row headers): ``<mergeCell>`` elements at the end of the
  sheet XML, scanned in a thread while fastexcel parses (both release the GIL);
- number vs text: fastexcel renders numbers as text when a column also holds text (every
  column does: the header is in it). ``459.186`` would then read as text, and a text
  ``459.186`` is 459 186 to ``parse_price``; such values send the sheet to python-calamine,
  which keeps cell types. Every other number reads the same either way.
"""
from __future__ import annotations

import logging
import re
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path, PurePosixPath

from pricesync.ingest.readers import Book, ReadOptions, Sheet, register_reader, select_sheets
from pricesync.ingest.readers.excel import read_workbook

HEAD_BYTES = 256 * 1024
HEAD_ROWS = 20
_CELL = re.compile(rb'<c\b([^>]*?)(/>|>(.*?)</c>)', re.S)
_REF = re.compile(rb'\br="([A-Z]{1,3})([0-9]+)"')
_ROW = re.compile(rb'<row\b[^>]*?\br="([0-9]+)"')
_MERGE = re.compile(rb'<mergeCell\b[^>]*?\bref="([A-Z]{1,3})([0-9]+)(?::([A-Z]{1,3})([0-9]+))?"')
_SHEET = re.compile(rb'<sheet\b[^>]*?>', re.S)
_ATTR = re.compile(rb'([\w:]+)="([^"]*)"')
# A number fastexcel may have rendered as text that parse_price would read as thousands.
AMBIGUOUS_NUMBER = r"^-?[1-9][0-9]*\.[0-9]{3}$"


class _Doubt(Exception):
    """The fast path cannot vouch for this sheet: read it with python-calamine."""


@register_reader("xlsx", "xlsm")
def read_xlsx(path: Path, options: ReadOptions) -> Book:
    try:
        import fastexcel
    except ImportError:  # the exact reader is always there
        return read_workbook(path, options)
    # fastexcel logs "Could not determine dtype for column N" for every empty column: noise
    # on an operator's terminal, and the type is checked here anyway.
    logging.getLogger("fastexcel").setLevel(logging.ERROR)
    try:
        parts, hidden = _sheet_parts(path)
        reader = fastexcel.read_excel(str(path))
        names = list(reader.sheet_names)
        book = Book(path=path, kind="", sheets=[])
        with ThreadPoolExecutor(max_workers=1) as pool:
            for name in select_sheets(path, names, options.sheets):
                if name in hidden and not options.sheets:
                    book.skipped_sheets.append((name, "hidden sheet"))
                    continue
                part = parts.get(name)
                if part is None:
                    raise _Doubt(f"no XML part for sheet {name}")
                merges = pool.submit(_merged_ranges, path, part)
                sheet = _read_sheet(reader, name, path, part, merges)
                if sheet is None:
                    book.skipped_sheets.append((name, "empty sheet"))
                else:
                    book.sheets.append(sheet)
        return book
    except _Doubt:
        return read_workbook(path, options)


def _read_sheet(reader, name: str, path: Path, part: str, merges) -> Sheet | None:
    import pandas as pd
    import pyarrow as pa

    from pricesync.parse.codes import arrow_match

    batch = reader.load_sheet(name, header_row=None, schema_sample_rows=None, dtype_coercion="coerce", eager=True)
    if batch.num_rows == 0 or batch.num_columns == 0:
        return None
    columns = {}
    for i in range(batch.num_columns):
        col = batch.column(i)
        if not pa.types.is_string(col.type) and not pa.types.is_large_string(col.type):
            raise _Doubt("a column without text: its cells keep types only in python-calamine")
        col, has_dot = _blank_nulls(col)
        series = pd.Series(col, dtype="str")
        if has_dot and arrow_match(series, AMBIGUOUS_NUMBER).any():
            raise _Doubt("numbers with three decimals rendered as text")
        columns[i] = series
    cells = pd.DataFrame(columns)
    first_row, first_col = _origin(path, part, cells)
    ranges = [(r1, c1 - first_col, r2, c2 - first_col) for r1, c1, r2, c2 in merges.result()]
    return Sheet(name=name, cells=cells, first_row=first_row, first_col=first_col, merged=ranges)


def _blank_nulls(col):
    """(the column as large_string with empty cells as ``""``, whether any value has a
    ".") without copying the text: empty cells are zero-length slots, so dropping the
    validity bitmap is filling them with ``""``."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    col = col.cast(pa.large_string())
    offsets_buf, data = col.buffers()[1:3]
    offsets = np.frombuffer(offsets_buf, dtype=np.int64)[col.offset:col.offset + len(col) + 1]
    has_dot = data is not None and b"." in memoryview(data)[offsets[0]:offsets[-1]].tobytes()
    if col.null_count:
        nulls = ~col.is_valid().to_numpy(zero_copy_only=False)
        if (offsets[1:][nulls] == offsets[:-1][nulls]).all():
            col = pa.Array.from_buffers(pa.large_string(), len(col), [None, offsets_buf, data], 0, col.offset)
        else:
            col = pc.fill_null(col, "")
    return col, has_dot


def _sheet_parts(path: Path) -> tuple[dict[str, str], set[str]]:
    """Sheet name -> its XML part in the zip, and the hidden sheets (workbook.xml + rels)."""
    with zipfile.ZipFile(path) as zf:
        workbook = zf.read("xl/workbook.xml")
        rels = zf.read("xl/_rels/workbook.xml.rels")
    targets = {}
    for rel in re.finditer(rb"<Relationship\b[^>]*>", rels):
        attrs = dict(_ATTR.findall(rel.group(0)))
        if b"Id" in attrs and b"Target" in attrs:
            target = attrs[b"Target"].decode()
            full = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
            targets[attrs[b"Id"]] = full
    parts, hidden = {}, set()
    for tag in _SHEET.findall(workbook):
        attrs = dict(_ATTR.findall(tag))
        name = _xml_text(attrs.get(b"name", b""))
        rid = next((v for k, v in attrs.items() if k.endswith(b":id")), None)
        if rid in targets:
            parts[name] = targets[rid]
        if attrs.get(b"state", b"visible") != b"visible":
            hidden.add(name)
    return parts, hidden


def _xml_text(raw: bytes) -> str:
    import html

    return html.unescape(raw.decode("utf-8"))


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


def _origin(path: Path, part: str, cells) -> tuple[int, int]:
    """(spreadsheet row of cells row 0, 0-based column of cells column 0), read from the
    first cells of the sheet XML and checked against what fastexcel returned."""
    with zipfile.ZipFile(path) as zf, zf.open(part) as fh:
        head = fh.read(HEAD_BYTES)
        complete = len(head) < HEAD_BYTES
    filled: dict[int, set[int]] = {}
    last_row = 0
    for m in _ROW.finditer(head):
        last_row = int(m.group(1))
    for m in _CELL.finditer(head):
        ref = _REF.search(m.group(1))
        if ref is None:
            raise _Doubt("cells without references")
        inner = m.group(3) or b""
        if re.search(rb"<v>[^<]|<t[^>]*>[^<]", inner):
            filled.setdefault(int(ref.group(2)), set()).add(_col_index(ref.group(1)))
    rows = sorted(r for r in filled if complete or r < last_row)
    if not rows:
        raise _Doubt("no filled cell in the head of the sheet")
    first_row = rows[0]
    window = [r for r in rows if r < first_row + HEAD_ROWS]
    xml_cells = {(r - first_row, c) for r in window for c in filled[r]}
    top = cells.iloc[: HEAD_ROWS if complete else (max(window) - first_row + 1)]
    fast_cells = {(i, j) for j in top.columns for i in (top[j] != "").to_numpy().nonzero()[0].tolist()}
    if not fast_cells:
        raise _Doubt("fastexcel returned no cell in the first rows")
    first_col = min(c for _, c in xml_cells) - min(j for _, j in fast_cells)
    if {(i, c - first_col) for i, c in xml_cells} != fast_cells:
        raise _Doubt("the XML head and fastexcel disagree about where cells are")
    return first_row, first_col


def _merged_ranges(path: Path, part: str) -> list[tuple[int, int, int, int]]:
    """``<mergeCell ref="A9:H9"/>`` elements, streamed from the end of the sheet XML."""
    found: list[tuple[int, int, int, int]] = []
    with zipfile.ZipFile(path) as zf, zf.open(part) as fh:
        carry = b""
        while True:
            chunk = fh.read(1 << 20)
            if not chunk:
                break
            data = carry + chunk
            start = data.find(b"<mergeCell")
            if start < 0:
                carry = data[-64:]
                continue
            tail = data[start:] + fh.read()
            for m in _MERGE.finditer(tail):
                c1, r1 = _col_index(m.group(1)), int(m.group(2))
                c2, r2 = (_col_index(m.group(3)), int(m.group(4))) if m.group(3) else (c1, r1)
                found.append((r1, c1, r2, c2))
            break
    return found
