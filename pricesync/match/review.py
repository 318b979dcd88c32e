"""The review queue as a sheet operators work in.

One row per unsure offer: the offer, why it was not matched automatically, its best
candidates with their names and scores, and an empty ``catalog_sku`` to fill. The file goes
back through ``review apply`` as it is: a filled ``catalog_sku`` maps the offer, an empty
one says "not in the catalog", a deleted row stays undecided.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

CANDIDATES_SHOWN = 3
_CANDIDATE = re.compile(r"(.+?) \((\d+)\)$")

HOW_TO = [
    ("catalog_sku", "Type the shop SKU this offer is (copy one of candidate_N_sku), or leave it empty when "
                    "the product is not in the catalog."),
    ("rows", "Every row left in the file is applied: delete rows you have not decided yet."),
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


def how_to_frame() -> "pd.DataFrame":
    import pandas as pd

    return pd.DataFrame(HOW_TO, columns=["what", "how"])
