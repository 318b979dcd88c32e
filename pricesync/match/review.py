"""The review queue as a sheet operators work in.

One row per unsure offer: the offer, why it was not matched automatically, its best
candidates with their names and scores, and an empty ``catalog_sku`` to fill. In the
workbook that cell has a drop-down of the candidates ("SKU — name") and ``none``; a SKU typed
by hand is taken too. The file goes back through ``review apply`` as it is: a candidate or a
SKU maps the offer, ``none`` (or ``-``) says "not in the catalog", and an empty cell (or a
deleted row) leaves the offer undecided.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

CANDIDATES_SHOWN = 3
_CANDIDATE = re.compile(r"(.+?) \((\d+)\)$")

HOW_TO = [
    ("catalog_sku", "Pick the catalog item this offer is from the cell's drop-down (its candidates, with their "
                    "names), or type a shop SKU by hand. Pick 'none' (or type -) when the product is not in the "
                    "catalog."),
    ("empty cells", "An empty catalog_sku decides nothing: the offer stays in review. Leave rows you have not "
                    "decided yet empty (or delete them)."),
    ("apply", "pricesync review apply FILE.xlsx --catalog CATALOG (or --config pricesync.toml) checks the SKUs "
              "against the catalog and remembers the decisions; the next `pricesync match` uses them."),
    ("mapping from another tool", "Any CSV/XLSX with columns supplier, supplier_sku, catalog_sku is applied the "
                                  "same way."),
]


def parse_candidates(text: str) -> list[tuple[str, int]]:
    """``"SKU1 (88), SKU2 (85)"`` -> ``[("SKU1", 88), ("SKU2", 85)]``."""
    out = []
    for part in str(text or "").split(", "):
        m = _CANDIDATE.match(part.strip())
        if m:
            out.append((m.group(1), int(m.group(2))))
    return out


def review_frame(matches: "pd.DataFrame", *, catalog_names: dict[str, str] | None = None,
                 include_unmatched: bool = False) -> "pd.DataFrame":
    """Review rows of a matches table in the layout of the review sheet. ``catalog_names``
    (SKU -> name) adds the candidates' names."""
    import pandas as pd

    statuses = {"review", "unmatched"} if include_unmatched else {"review"}
    rows = matches[matches["match_status"].isin(statuses)]
    names = catalog_names or {}
    records = []
    for rec in rows.to_dict("records"):
        candidates = []
        if rec.get("catalog_sku"):
            candidates.append((str(rec["catalog_sku"]), int(rec.get("match_score") or 0)))
        candidates += [c for c in parse_candidates(rec.get("candidates", "")) if c[0] != rec.get("catalog_sku")]
        out = {
            "supplier": rec.get("supplier", ""), "supplier_sku": rec.get("supplier_sku", ""),
            "name": rec.get("name", ""), "catalog_sku": "",
        }
        for n in range(CANDIDATES_SHOWN):
            sku, score = candidates[n] if n < len(candidates) else ("", None)
            out[f"candidate_{n + 1}_sku"] = sku
            out[f"candidate_{n + 1}_name"] = names.get(sku, rec.get("catalog_name", "") if n == 0 and sku else "")
            out[f"candidate_{n + 1}_score"] = score
        out["reason"] = rec.get("match_reason", "")
        for col in ("match_status", "brand", "ean", "mpn", "cost", "currency", "source_file", "source_sheet",
                    "source_row"):
            out[col] = rec.get(col, "")
        records.append(out)
    columns = ["supplier", "supplier_sku", "name", "catalog_sku"]
    for n in range(1, CANDIDATES_SHOWN + 1):
        columns += [f"candidate_{n}_sku", f"candidate_{n}_name", f"candidate_{n}_score"]
    columns += ["reason", "match_status", "brand", "ean", "mpn", "cost", "currency", "source_file", "source_sheet",
                "source_row"]
    frame = pd.DataFrame(records, columns=columns)
    for n in range(1, CANDIDATES_SHOWN + 1):
        frame[f"candidate_{n}_score"] = frame[f"candidate_{n}_score"].astype(object)
    return frame


def candidate_label(sku: str, name: object = "") -> str:
    """A drop-down entry: "SKU — name" (the SKU alone when the name is not known)."""
    from pricesync.match.remembered import LABEL_SEP

    name = " ".join(str(name or "").split())
    if len(name) > 80:
        name = name[:79] + "…"
    return f"{sku}{LABEL_SEP}{name}" if name else str(sku)


def write_review_xlsx(queue: "pd.DataFrame", path, *, how_to: "pd.DataFrame | None" = None) -> None:
    """The review workbook: the queue (text stays text, never a formula), a drop-down of the
    row's candidates and ``none`` in every ``catalog_sku`` cell (from a hidden ``choices``
    sheet, one row of choices per review row), and the "how to" sheet."""
    import xlsxwriter

    from pricesync.tables import write_cell

    how_to = how_to_frame() if how_to is None else how_to
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False,
                                         "strings_to_numbers": False})
    try:
        bold = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
        pick = wb.add_format({"bg_color": "#FFF2CC", "border": 1})
        ws = wb.add_worksheet("review")
        choices = wb.add_worksheet("choices")
        guide = wb.add_worksheet("how to")
        cols = list(queue.columns)
        widths = [min(max(len(str(c)), 8), 60) for c in cols]
        decision = cols.index("catalog_sku")
        for c, col in enumerate(cols):
            ws.write_string(0, c, str(col), bold)
        choices.write_string(0, 0, "choices of the review row below (the catalog_sku drop-down)")
        for r, rec in enumerate(queue.to_dict("records"), start=1):
            for c, col in enumerate(cols):
                value = rec[col]
                if value is None or (isinstance(value, float) and value != value) or value == "":
                    continue
                text = write_cell(ws, r, c, value)
                widths[c] = min(max(widths[c], len(text) + 1), 60)
            labels = [candidate_label(rec[f"candidate_{n}_sku"], rec.get(f"candidate_{n}_name", ""))
                      for n in range(1, CANDIDATES_SHOWN + 1) if str(rec.get(f"candidate_{n}_sku") or "").strip()]
            labels.append("none")
            for c, label in enumerate(labels):
                choices.write_string(r, c, label)
            ws.write_blank(r, decision, None, pick)
            last = xlsxwriter.utility.xl_rowcol_to_cell(r, len(labels) - 1, row_abs=True, col_abs=True)
            ws.data_validation(r, decision, r, decision, {
                "validate": "list", "source": f"=choices!$A${r + 1}:{last}",
                "input_title": "catalog SKU", "input_message": "A candidate, 'none' (not in the catalog), "
                                                               "or a SKU typed by hand; empty = undecided",
                "error_type": "information", "error_title": "Not one of the candidates",
                "error_message": "Kept as typed: review apply checks it against the catalog.",
            })
            widths[decision] = max(widths[decision], min(max(len(x) for x in labels) + 2, 60))
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)
        ws.freeze_panes(1, 0)
        if len(queue):
            ws.autofilter(0, 0, len(queue), len(cols) - 1)
        choices.hide()
        for c, col in enumerate(how_to.columns):
            guide.write_string(0, c, str(col), bold)
        for r, row in enumerate(how_to.itertuples(index=False), start=1):
            for c, value in enumerate(row):
                guide.write_string(r, c, str(value))
        guide.set_column(0, 0, 24)
        guide.set_column(1, 1, 110)
    finally:
        wb.close()


def how_to_frame() -> "pd.DataFrame":
    import pandas as pd

    return pd.DataFrame(HOW_TO, columns=["what", "how"])
