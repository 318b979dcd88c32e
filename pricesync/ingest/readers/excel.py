"""Workbooks (.xlsx .xlsm .xlsb .ods and legacy .xls) through python-calamine.

calamine reads cells about ten times faster than openpyxl and also reads BIFF8 .xls from
1C. It keeps each cell's type (number or text) and reports merged ranges, which is all
the two-row-header and group-row logic needs from the formatting. Large .xlsx files go
through ``xlsx.py`` (the same engine with Arrow output), which falls back to this reader
whenever it cannot vouch for a sheet.
"""
from __future__ import annotations

import datetime
import re
from pathlib import Path

from pricesync.errors import InputError
from pricesync.ingest.readers import Book, ReadOptions, Sheet, register_reader, select_sheets


@register_reader("xlsb", "ods", "xls")
def read_workbook(path: Path, options: ReadOptions) -> Book:
    import pandas as pd
    from python_calamine import CalamineWorkbook, PasswordError

    try:
        wb = CalamineWorkbook.from_path(str(path))
    except PasswordError:
        raise InputError("workbook is password-protected; save an unprotected copy", file=str(path)) from None
    try:
        names = list(wb.sheet_names)
        hidden = {m.name for m in wb.sheets_metadata if str(m.visible).lower().endswith(("hidden", "veryhidden"))}
        if not names:
            raise InputError("workbook has no sheets", file=str(path))
        wanted = select_sheets(path, names, options.sheets)
        book = Book(path=path, kind="", sheets=[])
        kind_is_xls = path.suffix.lower() == ".xls" or _is_biff(path)
        for name in wanted:
            if name in hidden and not options.sheets:
                book.skipped_sheets.append((name, "hidden sheet"))
                continue
            sheet = wb.get_sheet_by_name(name)
            rows = list(sheet.iter_rows())
            if not rows or sheet.start is None:
                book.skipped_sheets.append((name, "empty sheet"))
                continue
            start_row, start_col = sheet.start
            # calamine pads the rows above the used range (row 0 is spreadsheet row 1) but
            # not the columns to its left; tell the two apart by the count.
            first_row = 1 if len(rows) == sheet.end[0] + 1 else start_row + 1
            merged = []
            for (r1, c1), (r2, c2) in sheet.merged_cell_ranges or []:
                merged.append((r1 + 1, c1 - start_col, r2 + 1, c2 - start_col))
            cells = pd.DataFrame(rows, dtype=object)
            if kind_is_xls:
                cells = _serial_dates_to_numbers(cells)
            book.sheets.append(Sheet(name=name, cells=cells, first_row=first_row, first_col=start_col, merged=merged))
        if kind_is_xls:
            _repair_codepage(book)
        return book
    finally:
        wb.close()


def _is_biff(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(8) == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


# A legacy .xls without a CODEPAGE record is read as latin-1: Cyrillic or Polish text comes
# out as "Ïðàéñ-ëèñò". The workbook is then all text in U+0080..U+00FF and nothing above;
# its bytes are recovered and decoded with the code page the same guesser picks for CSV.
_ABOVE_LATIN1 = re.compile(r"[^\x00-\xff]")
_HIGH_LATIN1 = re.compile(r"[\xc0-\xff]")


def _repair_codepage(book: Book) -> None:
    from pricesync.ingest.sniff import guess_single_byte

    texts = [v for sheet in book.sheets for col in sheet.cells.columns
             for v in sheet.cells[col].tolist() if isinstance(v, str) and v]
    if not texts:
        return
    joined = "\n".join(texts[:20000])
    letters = sum(ch.isalpha() for ch in joined)
    high = len(_HIGH_LATIN1.findall(joined))
    # Western-European text has accented letters now and then, never most of its letters.
    if _ABOVE_LATIN1.search(joined) or not letters or high < 0.3 * letters:
        return
    encoding = guess_single_byte(joined.encode("latin-1"))

    def fix(v):
        return v.encode("latin-1").decode(encoding, errors="replace") if isinstance(v, str) else v

    for sheet in book.sheets:
        sheet.cells = sheet.cells.map(fix)
        sheet.name = fix(sheet.name)


# Number formats such as '0.00" руб."' make calamine return dates (5.0 -> 1900-01-05). A
# column whose dates mostly fall before 1950 holds serial numbers (prices up to 18 000),
# not dates: nothing a price list dates happened then. Its date cells become the numbers
# they store. calamine maps both 59 and 60 to 1900-02-28: that cell is rejected, not guessed.
_CUTOFF = datetime.date(1950, 1, 1)


def _serial(v) -> float | str:
    if isinstance(v, datetime.time):  # serials below 1 come back as a time of day
        return round((v.hour * 3600 + v.minute * 60 + v.second + v.microsecond / 1e6) / 86400, 9)
    moment = v if isinstance(v, datetime.datetime) else datetime.datetime(v.year, v.month, v.day)
    if moment.date() == datetime.date(1900, 2, 28):
        return "ambiguous: shown as a date that stands for either of two numbers"  # rejected, not guessed
    # Excel's 1900 leap-year bug: from 1900-03-01 on, serials are one day ahead of the calendar.
    base = datetime.datetime(1899, 12, 30) if moment >= datetime.datetime(1900, 3, 1) else datetime.datetime(1899, 12, 31)
    return round((moment - base).total_seconds() / 86400, 9)


def _serial_dates_to_numbers(cells):
    for c in cells.columns:
        values = cells[c].tolist()
        dates = [v for v in values if isinstance(v, datetime.date)]
        if not dates:
            continue
        early = sum(1 for v in dates if (v.date() if isinstance(v, datetime.datetime) else v) < _CUTOFF)
        if early * 2 > len(dates):
            cells[c] = [_serial(v) if isinstance(v, (datetime.date, datetime.time)) else v for v in values]
    return cells
