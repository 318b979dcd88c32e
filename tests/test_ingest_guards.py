"""Guards with a real state file: a changed header or a shrunken file is held (or warned
about), knowingly overridden, and never taken as 'everything is out of stock'."""
from __future__ import annotations

import pytest

from pricesync.config.models import Config
from pricesync.ingest import ingest_files
from pricesync.ingest.guards import file_key, structure_diff
from pricesync.state.store import State
from tests.test_ingest_support import write_xlsx

HEADER = ["Код", "Наименование", "Бренд", "Цена опт, руб.", "Остаток"]


def price_list(path, n=10, header=HEADER):
    rows = [["ООО «Ромашка»"], header]
    rows += [[f"{1000 + i}", f"Дрель-шуруповерт Makita DF{300 + i}DWYE", "Makita", 8900 + i, 5] for i in range(n)]
    return write_xlsx(path, rows)


@pytest.fixture
def state(tmp_path):
    with State(tmp_path / "state.sqlite") as db:
        yield db


def config(**supplier):
    return Config.model_validate({"suppliers": {"romashka": supplier}})


def run(path, state, cfg=None, **kw):
    return ingest_files([path], config=cfg or config(), supplier="romashka", state=state, **kw)


def test_first_run_is_accepted_and_remembered(tmp_path, state):
    result = run(price_list(tmp_path / "romashka_2026-11-20.xlsx"), state)
    assert (len(result.offers), result.held, result.exit_code) == (10, [], 0)
    row = state.query("SELECT supplier, file_key, product_rows FROM ingest_files")[0]
    assert tuple(row) == ("romashka", "romashka_#-#-#.xlsx", 10)


def test_changed_header_is_held_with_a_diff(tmp_path, state):
    run(price_list(tmp_path / "romashka_2026-11-20.xlsx"), state)
    changed = ["Код", "Наименование", "Производитель", "Цена", "Остаток", "Примечание"]
    newer = price_list(tmp_path / "romashka_2026-11-27.xlsx", header=changed)
    result = run(newer, state)
    assert len(result.offers) == 0 and result.exit_code == 3
    (message,) = result.held
    assert "header changed" in message
    assert "removed 'бренд', 'цена опт, руб.'" in message and "added 'производитель', 'цена', 'примечание'" in message
    assert result.rejects["kind"].tolist() == ["held"]
    assert result.held_suppliers == {"romashka": message.split(": ", 1)[1]}

    accepted = run(newer, state, accept_structure=True)
    assert (len(accepted.offers), accepted.held) == (10, [])
    assert run(newer, state).held == []  # the new header is now the accepted one


def test_structure_guard_warn_and_off(tmp_path, state):
    from pricesync.report import NullReporter

    run(price_list(tmp_path / "a_1.xlsx"), state, config(structure_guard="warn"))
    reporter = NullReporter()
    result = ingest_files([price_list(tmp_path / "a_2.xlsx", header=["Код", "Наименование", "Бренд", "Цена", "Остаток"])],
                          config=config(structure_guard="warn"), supplier="romashka", state=state, reporter=reporter)
    assert len(result.offers) == 10 and result.held == []
    assert any("header changed" in w for w in reporter.warnings)
    off = run(price_list(tmp_path / "a_3.xlsx", header=["Код", "Наименование", "Бренд", "Цена, руб.", "Наличие"]),
              state, config(structure_guard="off"))
    assert len(off.offers) == 10 and off.held == []


def test_far_fewer_rows_is_held_until_forced(tmp_path, state):
    run(price_list(tmp_path / "romashka_1.xlsx", n=40), state)
    truncated = price_list(tmp_path / "romashka_2.xlsx", n=12)
    result = run(truncated, state)
    assert result.held and "only 12 product rows, the last accepted file had 40 (-70 %, limit -50 %)" in result.held[0]
    forced = run(truncated, state, force=True)
    assert len(forced.offers) == 12 and forced.held == []
    assert run(price_list(tmp_path / "romashka_3.xlsx", n=7), state).held == []   # 12 -> 7 is within -50 %


def test_min_rows_ratio_from_config(tmp_path, state):
    cfg = config(min_rows_ratio="0.9")
    run(price_list(tmp_path / "r_1.xlsx", n=20), state, cfg)
    assert run(price_list(tmp_path / "r_2.xlsx", n=17), state, cfg).held


def test_no_product_rows_is_held_even_without_state(tmp_path):
    header_only = write_xlsx(tmp_path / "r.xlsx", [["ООО «Ромашка»"], HEADER])
    result = ingest_files([header_only])
    assert result.held and "no product rows" in result.held[0]
    forced = ingest_files([header_only], force=True)
    assert forced.held == [] and len(forced.offers) == 0


def test_a_held_file_does_not_stop_the_others(tmp_path, state):
    empty = write_xlsx(tmp_path / "empty.xlsx", [["ООО «Ромашка»"], HEADER])
    other = price_list(tmp_path / "other.xlsx", n=3)
    result = ingest_files([empty, other], state=state)
    assert result.held == [f"{empty}: no product rows; not read as 'everything out of stock' (--force to take it)"]
    assert len(result.offers) == 3 and set(result.offers["supplier"]) == {"other"}
    assert result.held_suppliers == {"empty": result.held[0].split(": ", 1)[1]} and result.exit_code == 3


@pytest.mark.parametrize("name, key", [("technoopt_2026-11-20.xlsx", "technoopt_#-#-#.xlsx"),
                                       ("Price 15.11.xls", "price #.#.xls"), ("feed.xml", "feed.xml")])
def test_file_key_ignores_dates(name, key):
    assert file_key(name) == key


def test_structure_diff_reports_moves():
    assert structure_diff({"": ["a", "b"]}, {"": ["b", "a"]}) == "columns reordered: was a | b; now b | a"
    assert structure_diff({"Прайс": ["a"]}, {"Лист1": ["a"]}) == "sheet 'Лист1': new; sheet 'Прайс': gone"
