"""The review queue out to a sheet, operators' decisions back in, remembered in the state."""
from __future__ import annotations

import json
import shutil

import openpyxl
import pandas as pd
import pytest

from conftest import SAMPLES
from pricesync.errors import MatchError
from pricesync.match import apply_decisions, read_decisions, review_frame
from pricesync.match.review import parse_candidates
from pricesync.state import State

SAMPLE = SAMPLES / "matching"


@pytest.fixture
def shop(tmp_path):
    """The generated near-sibling catalog and its dealer offers, copied to a work folder."""
    for name in ("catalog.csv", "offers.csv"):
        shutil.copy(SAMPLE / name, tmp_path / name)
    return tmp_path


def _fill(path, decide):
    """Fill ``catalog_sku`` of the review sheet row by row: ``decide(row) -> sku | "" | None``
    (None deletes the row: not decided yet)."""
    wb = openpyxl.load_workbook(path)
    ws = wb["review"]
    header = [c.value for c in ws[1]]
    col = header.index("catalog_sku") + 1
    for r in range(ws.max_row, 1, -1):
        row = dict(zip(header, (c.value for c in ws[r])))
        sku = decide(row)
        if sku is None:
            ws.delete_rows(r)
        else:
            ws.cell(r, col).value = sku
    wb.save(path)


@pytest.mark.parametrize("text, parsed", [
    ("A12-64 (88), A12-128 (85)", [("A12-64", 88), ("A12-128", 85)]),
    ("", []),
    ("Дрель (1) (70)", [("Дрель (1)", 70)]),
])
def test_candidates_column_parses_back(text, parsed):
    assert parse_candidates(text) == parsed


def test_review_frame_lists_candidates_with_names():
    matches = pd.DataFrame([
        {"supplier": "opt", "supplier_sku": "1", "name": "Galaxy A55 8/256", "catalog_sku": "BK", "match_score": 90,
         "match_status": "review", "match_reason": "name 90; offer does not say which: colour", "candidates": "BL (90)"},
        {"supplier": "opt", "supplier_sku": "2", "name": "Galaxy A12", "catalog_sku": "A12", "match_score": 99,
         "match_status": "auto", "match_reason": "name 99", "candidates": ""},
    ])
    queue = review_frame(matches, catalog_names={"BK": "Galaxy A55 черный", "BL": "Galaxy A55 синий"})
    assert len(queue) == 1
    row = queue.iloc[0]
    assert (row["catalog_sku"], row["candidate_1_sku"], row["candidate_1_name"], row["candidate_2_sku"],
            row["candidate_2_score"]) == ("", "BK", "Galaxy A55 черный", "BL", 90)
    assert "colour" in row["reason"]


def test_export_fill_apply_and_match_again_remembers_decisions(cli, shop):
    state = shop / "state.sqlite"
    first = cli("match", "--catalog", shop / "catalog.csv", shop / "offers.csv", "--out", shop / "m.csv",
                "--state", state)
    assert first.exit_code == 0, first.stderr
    matches = pd.read_csv(shop / "m.csv", dtype=str, keep_default_na=False)
    to_review = matches[matches["match_status"] == "review"]
    assert len(to_review) > 10

    exported = cli("review", "export", "--matches", shop / "m.csv", "--out", shop / "review.xlsx",
                   "--catalog", shop / "catalog.csv")
    assert exported.exit_code == 0, exported.stderr
    decided = {}

    def decide(row):
        n = len(decided)
        if n % 3 == 0:
            sku = row["candidate_1_sku"]       # confirm the best candidate
        elif n % 3 == 1:
            sku = "none"                       # not in the catalog (an empty cell decides nothing)
        else:
            return None                        # not decided yet
        decided[(row["supplier"], str(row["supplier_sku"]))] = sku
        return sku

    _fill(shop / "review.xlsx", decide)
    applied = cli("review", "apply", shop / "review.xlsx", "--state", state, "--catalog", shop / "catalog.csv",
                  "--json")
    assert applied.exit_code == 0, applied.stderr
    report = json.loads(applied.stdout)
    assert (report["new"], report["rejected"]) == (len(decided), [])
    assert report["not_in_catalog"] == sum(1 for sku in decided.values() if sku == "none")

    again = cli("match", "--catalog", shop / "catalog.csv", shop / "offers.csv", "--out", shop / "m2.csv",
                "--state", state)
    assert again.exit_code == 0
    second = pd.read_csv(shop / "m2.csv", dtype=str, keep_default_na=False)
    for rec in second.to_dict("records"):
        key = (rec["supplier"], rec["supplier_sku"])
        if key in decided:
            assert rec["match_method"] == "alias"
            assert rec["catalog_sku"] == ("" if decided[key] == "none" else decided[key])
            assert rec["match_status"] == ("unmatched" if decided[key] == "none" else "auto")
    # Rows the operator left out are still in review.
    assert (second["match_status"] == "review").sum() == len(to_review) - len(decided)


def test_apply_counts_new_updated_unchanged_and_rejects_unknown_skus(tmp_path):
    catalog_skus = {"100001", "100002"}
    with State(tmp_path / "s.sqlite") as state:
        first = pd.DataFrame({"supplier": ["a", "a", "a", "a", "", "a"],
                              "supplier_sku": ["1", "2", "3", "1", "9", ""],
                              "catalog_sku": ["100001", "none", "999999", "100002", "100001", "100001"],
                              "name": ["", "", "", "", "", ""], "source_row": [2, 3, 4, 5, 6, 7]})
        report = apply_decisions(first, state, catalog_skus=catalog_skus)
        assert (report.new, report.updated, report.unchanged, report.not_in_catalog) == (2, 0, 0, 1)
        assert dict(report.rejected) == {
            4: "catalog SKU '999999' is not in the catalog",
            5: "repeats row 2 for the same offer (first kept)",
            6: "empty supplier",
            7: "neither supplier_sku nor name given",
        }
        second = pd.DataFrame({"supplier": ["a", "a"], "supplier_sku": ["1", "2"],
                               "catalog_sku": ["100002", "-"], "source_row": [2, 3]})
        report = apply_decisions(second, state, catalog_skus=catalog_skus)
        assert (report.new, report.updated, report.unchanged) == (0, 1, 1)
        rows = state.query("SELECT offer_key, catalog_sku FROM match_decisions ORDER BY offer_key")
        assert [(r["offer_key"], r["catalog_sku"]) for r in rows] == [("1", "100002"), ("2", None)]


def test_mapping_from_another_tool_with_its_own_headers(tmp_path):
    path = tmp_path / "elbuz.csv"
    path.write_text("Поставщик;Артикул поставщика;Наш артикул;Наименование\n"
                    "technoopt;009712;100001;Смартфон\n"
                    "technoopt;;100002;Чайник Philips HD9350/90\n", encoding="cp1251")
    decisions = read_decisions(path)
    assert list(decisions["supplier_sku"]) == ["009712", ""]
    with State(tmp_path / "s.sqlite") as state:
        report = apply_decisions(decisions, state, catalog_skus={"100001", "100002"})
        assert report.new == 2
        keys = {r["offer_key"] for r in state.query("SELECT offer_key FROM match_decisions")}
    # An offer without a supplier SKU is remembered by its name.
    assert keys == {"009712", "name:чайник philips hd9350/90"}


def test_decisions_file_without_the_columns_is_a_clear_error(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(MatchError, match="lacks column\\(s\\) supplier, supplier_sku, catalog_sku"):
        read_decisions(path)


def test_review_sheet_never_turns_offer_text_into_formulas(cli, tmp_path):
    matches = pd.DataFrame([{"supplier": "opt", "supplier_sku": "=1+1", "name": '=HYPERLINK("http://x","y")',
                             "catalog_sku": "", "match_score": 55, "match_status": "review",
                             "match_reason": "name 55", "candidates": ""}])
    matches.to_csv(tmp_path / "m.csv", index=False)
    result = cli("review", "export", "--matches", tmp_path / "m.csv", "--out", tmp_path / "r.xlsx")
    assert result.exit_code == 0, result.stderr
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx")["review"]
    assert ws["C2"].data_type == "s" and ws["C2"].value.startswith("=HYPERLINK")
    assert ws["B2"].data_type == "s"
