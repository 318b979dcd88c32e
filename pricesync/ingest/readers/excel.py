"""Workbooks (.xlsx .xlsm .xlsb .ods and legacy .xls) through python-calamine.

calamine reads cells about ten times faster than openpyxl and also reads BIFF8 .xls from
1C. It keeps each cell's type (number or text) and reports merged ranges, which is all
the two-row-header and group-row logic needs from the formatting. Large .xlsx files go
through ``xlsx.py`` (the same engine with Arrow output), which falls back to this reader
whenever it cannot vouch for a sheet.
"""
from __future__ import annotations

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
            book.sheets.append(Sheet(name=name, cells=cells, first_row=first_row, first_col=start_col, merged=merged))
        return book
    finally:
        wb.close()
