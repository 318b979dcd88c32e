"""Builders of small supplier files for the ingest tests (this module holds no tests).

Rows are lists of cell values as a supplier writes them: numbers stay numbers (an .xlsx
cell 2193312 is a number, "009712" is text), ``None`` is an empty cell. Every builder
writes into a temporary folder and returns the path.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

HEADER = ["Код", "Наименование", "Бренд", "Цена опт, руб.", "Остаток"]


def write_xlsx(path: Path, rows: list[list], *, sheet: str = "Прайс", merges: list[tuple] = (),
               extra_sheets: dict[str, list[list]] | None = None, start: tuple[int, int] = (0, 0)) -> Path:
    """``merges``: (first_row, first_col, last_row, last_col), 0-based, value from the rows."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    for name, data in (extra_sheets or {}).items():
        ws = wb.add_worksheet(name)
        _fill(ws, data, (0, 0))
    ws = wb.add_worksheet(sheet)
    _fill(ws, rows, start, merges)
    wb.close()
    return path


def _fill(ws, rows, start, merges=()):
    r0, c0 = start
    merged = {(m[0], m[1]): m for m in merges}
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if (r, c) in merged:
                m = merged[(r, c)]
                ws.merge_range(m[0] + r0, m[1] + c0, m[2] + r0, m[3] + c0, value)
            elif value is None or any(m[0] <= r <= m[2] and m[1] <= c <= m[3] for m in merges):
                continue
            elif isinstance(value, bool):
                ws.write_boolean(r + r0, c + c0, value)
            elif isinstance(value, (int, float)):
                ws.write_number(r + r0, c + c0, value)
            else:
                ws.write_string(r + r0, c + c0, str(value))


def write_xls(path: Path, rows: list[list], *, sheet: str = "TDSheet", merges: list[tuple] = ()) -> Path:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sheet)
    merged = {(m[0], m[1]): m for m in merges}
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if (r, c) in merged:
                m = merged[(r, c)]
                ws.write_merge(m[0], m[2], m[1], m[3], value)
            elif value is not None and not any(m[0] <= r <= m[2] and m[1] <= c <= m[3] for m in merges):
                ws.write(r, c, value)
    wb.save(str(path))
    return path


def write_csv(path: Path, rows: list[list], *, encoding: str = "utf-8", delimiter: str = ";") -> Path:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(
        [["" if v is None else v for v in row] for row in rows])
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def write_html(path: Path, rows: list[list], *, encoding: str = "windows-1251") -> Path:
    body = "".join("<tr>" + "".join(f"<td>{'' if v is None else v}</td>" for v in row) + "</tr>" for row in rows)
    html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={encoding}"></head>'
            f'<body><table border="1">{body}</table></body></html>')
    path.write_bytes(html.encode(encoding))
    return path


def write_yml(path: Path, offers: list[dict], categories: list[tuple] = (("1", None, "Смартфони"),)) -> Path:
    from xml.sax.saxutils import escape

    cats = "".join(f'<category id="{c}"{f" parentId={chr(34)}{p}{chr(34)}" if p else ""}>{escape(t)}</category>'
                   for c, p, t in categories)
    items = []
    for o in offers:
        attrs = f' id="{o["id"]}"' + (f' available="{o["available"]}"' if "available" in o else "")
        inner = "".join(f"<{k}>{escape(str(v))}</{k}>" for k, v in o.items() if k not in ("id", "available"))
        items.append(f"<offer{attrs}>{inner}</offer>")
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE yml_catalog SYSTEM "shops.dtd">\n'
           f'<yml_catalog date="2026-11-20 08:00"><shop><name>T</name><categories>{cats}</categories>'
           f'<offers>{"".join(items)}</offers></shop></yml_catalog>')
    path.write_text(xml, encoding="utf-8")
    return path


def ingest(path: Path, **kwargs):
    from pricesync.ingest import ingest_files

    return ingest_files([path], **kwargs)


def records(result) -> list[dict]:
    """Offers as plain dicts with money as strings, for compact assertions."""
    out = []
    for row in result.offers.to_dict("records"):
        row = dict(row)
        for key in ("cost", "msrp"):
            row[key] = None if row[key] is None else str(row[key])
        out.append(row)
    return out
