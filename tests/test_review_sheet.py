"""The review workbook round trip through the real CLI: export the queue, fill decisions the
ways operators do (a candidate from the drop-down, an empty cell, ``none``, ``-``, a SKU typed
by hand that the catalog has and one it lacks), apply, and check what the state remembers and
what the next match decides."""
from __future__ import annotations

import json
import shutil

import openpyxl
import pandas as pd
import pytest

from conftest import SAMPLES
from pricesync.state import State


@pytest.fixture
def shop(tmp_path):
    for name in ("catalog.csv", "offers.csv"):
        shutil.copy(SAMPLES / "matching" / name, tmp_path / name)
    return tmp_path


def _rows(ws):
    header = [c.value for c in ws[1]]
    return header, [dict(zip(header, (c.value for c in row))) for row in ws.iter_rows(min_row=2)]


def test_review_sheet_round_trip(cli, shop):
    state, catalog = shop / "state.sqlite", shop / "catalog.csv"
    assert cli("match", "--catalog", catalog, shop / "offers.csv", "--out", shop / "m.csv",
               "--state", state).exit_code == 0
    exported = cli("review", "export", "--matches", shop / "m.csv", "--out", shop / "review.xlsx",
                   "--catalog", catalog)
    assert exported.exit_code == 0, exported.stderr
    catalog_names = dict(pd.read_csv(catalog, dtype=str, keep_default_na=False)[["sku", "name"]].values)

    wb = openpyxl.load_workbook(shop / "review.xlsx")
    assert wb.sheetnames[0] == "review" and wb["choices"].sheet_state == "hidden"
    ws, choices = wb["review"], wb["choices"]
    header, rows = _rows(ws)
    assert len(rows) >= 6
    col = header.index("catalog_sku") + 1
    letter = openpyxl.utils.get_column_letter(col)
    # Every decision cell has a drop-down of its row's candidates ("SKU — name") and "none".
    validations = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    for r, row in enumerate(rows, start=2):
        assert row["catalog_sku"] in (None, "")
        assert row["candidate_1_name"] == catalog_names[row["candidate_1_sku"]]  # names, not only SKUs
        dv = validations[f"{letter}{r}"]
        assert dv.type == "list" and dv.formula1.startswith(f"choices!$A${r}:")
        listed = [c.value for c in choices[r] if c.value]
        skus = [row[f"candidate_{n}_sku"] for n in (1, 2, 3) if row[f"candidate_{n}_sku"]]
        assert listed == [f"{s} — {catalog_names[s]}" for s in skus] + ["none"]

    # The operator's decisions, one of each kind; every other row left empty.
    first_candidates = {r["candidate_1_sku"] for r in rows}
    typed = next(s for s in sorted(catalog_names) if s not in first_candidates)
    picked = [c.value for c in choices[2] if c.value][0]          # from the drop-down
    fills = {2: picked, 3: "", 4: "none", 5: "-", 6: typed, 7: "NOPE-404"}
    for r, value in fills.items():
        ws.cell(r, col).value = value or None
    wb.save(shop / "review.xlsx")
    offer = {r: (rows[r - 2]["supplier"], str(rows[r - 2]["supplier_sku"])) for r in fills}

    applied = cli("review", "apply", shop / "review.xlsx", "--state", state, "--catalog", catalog, "--json")
    assert applied.exit_code == 3, applied.stderr  # one row held back
    report = json.loads(applied.stdout)
    assert report["rejected"] == [{"row": 7, "reason": "catalog SKU 'NOPE-404' is not in the catalog"}]
    assert (report["new"], report["not_in_catalog"], report["undecided"]) == (4, 2, len(rows) - 5)
    # Without --json: one line naming the row.
    shutil.copy(shop / "review.xlsx", shop / "again.xlsx")
    text = cli("review", "apply", shop / "again.xlsx", "--state", shop / "other.sqlite", "--catalog", catalog)
    assert "row 7: catalog SKU 'NOPE-404' is not in the catalog" in text.stderr.splitlines()[1]

    with State(state) as db:
        remembered = {(r["supplier"], r["offer_key"]): r["catalog_sku"]
                      for r in db.query("SELECT supplier, offer_key, catalog_sku FROM match_decisions")}
    assert remembered == {offer[2]: picked.split(" — ")[0], offer[4]: None, offer[5]: None, offer[6]: typed}

    again = cli("match", "--catalog", catalog, shop / "offers.csv", "--out", shop / "m2.csv", "--state", state)
    assert again.exit_code == 0
    second = pd.read_csv(shop / "m2.csv", dtype=str, keep_default_na=False)
    verdict = {(r["supplier"], r["supplier_sku"]): (r["match_method"], r["match_status"], r["catalog_sku"])
               for r in second.to_dict("records")}
    assert verdict[offer[2]] == ("alias", "auto", picked.split(" — ")[0])
    assert verdict[offer[4]] == verdict[offer[5]] == ("alias", "unmatched", "")
    assert verdict[offer[6]] == ("alias", "auto", typed)
    for r in (3, 7):  # the empty cell and the unknown SKU decided nothing
        assert verdict[offer[r]][:2] == ("name", "review") or verdict[offer[r]][0] != "alias"
    first = pd.read_csv(shop / "m.csv", dtype=str, keep_default_na=False)
    assert (second["match_status"] == "review").sum() == (first["match_status"] == "review").sum() - 4
