"""A damaged state is an error naming the file, never a silent reset: an empty (0-byte)
state file would lose the guard history (the next short list taken as a first run), so it
is refused unless --new-state / [state] create = true says to start afresh; a damaged page
gives one line naming the state file; a feed's XML syntax error one line with file and line."""
from __future__ import annotations

import sqlite3

import pytest

from pricesync.errors import StateError
from pricesync.state import State
from tests.pipeline_support import write_config

SHOP = '[channels.shop]\ntype = "dummy"\n'


def _prices(tmp_path):
    path = tmp_path / "prices.csv"
    path.write_text("sku,price,stock,floor\nA,10.00,1,5.00\n", encoding="utf-8")
    return path


def _one_error_line(res) -> str:
    lines = [ln for ln in res.stderr.splitlines() if "error" in ln]
    assert len(lines) == 1, res.stderr
    assert "Traceback" not in res.stderr and "unexpected" not in res.stderr, res.stderr
    return lines[0]


def test_an_empty_state_file_is_refused_not_recreated(tmp_path):
    path = tmp_path / "state.sqlite"
    path.write_bytes(b"")
    with pytest.raises(StateError, match="empty") as info:
        State(path)
    assert str(path) in str(info.value)
    assert path.stat().st_size == 0            # left as it was, for the operator to restore
    with State(path, create=True) as st:       # knowingly
        assert st.runs() == []


@pytest.mark.parametrize("command", [["runs"], ["push", "--prices", "PRICES"]])
def test_cli_names_the_empty_state_and_the_way_out(tmp_path, cli, command):
    config = write_config(tmp_path, SHOP)
    state = tmp_path / "state.sqlite"
    state.write_bytes(b"")
    args = [str(_prices(tmp_path)) if a == "PRICES" else a for a in command]
    res = cli(*args, "--config", config)
    assert res.exit_code != 0
    line = _one_error_line(res)
    assert str(state) in line and "empty" in line and "--new-state" in line
    assert state.stat().st_size == 0
    res = cli(*args, "--config", config, "--new-state")
    assert res.exit_code in (0, 3), res.stderr      # 3: the dummy shop does not have SKU A
    assert state.stat().st_size > 0


def test_state_create_in_the_config_starts_afresh(tmp_path, cli):
    config = write_config(tmp_path, SHOP)
    config.write_text(config.read_text().replace('[state]\n', '[state]\ncreate = true\n', 1))
    state = tmp_path / "state.sqlite"
    state.write_bytes(b"")
    res = cli("runs", "--config", config)
    assert res.exit_code == 0, res.stderr
    assert state.stat().st_size > 0


def test_a_damaged_page_is_one_line_naming_the_state_file(tmp_path, cli):
    config = write_config(tmp_path, SHOP)
    prices = _prices(tmp_path)
    assert cli("push", "--config", config, "--prices", prices).exit_code in (0, 3)
    state = tmp_path / "state.sqlite"
    with sqlite3.connect(state) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(state.read_bytes())
    for page in range(4096, len(data), 4096):      # every page but the header's: damaged
        data[page + 8:page + 208] = b"\xff" * 200
    state.write_bytes(bytes(data))
    for args in (["runs"], ["push", "--prices", str(prices)]):
        res = cli(*args, "--config", config)
        assert res.exit_code == 1, res.stderr
        line = _one_error_line(res)
        assert str(state) in line, line


def test_a_state_that_is_not_a_database_names_the_file(tmp_path, cli):
    config = write_config(tmp_path, SHOP)
    state = tmp_path / "state.sqlite"
    state.write_bytes(b"this is not sqlite at all\n" * 100)
    res = cli("runs", "--config", config)
    assert res.exit_code != 0
    assert str(state) in _one_error_line(res)


def test_yml_syntax_error_is_one_line_with_file_and_line(tmp_path, cli):
    feed = tmp_path / "bad.yml"
    feed.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<yml_catalog date="2026-01-01">\n<shop>\n'
                    '<offers>\n<offer id="1"><name>Дрель</name><price>100</price></offer>\n'
                    '<offer id="2"><name>Bad & worse</name><price>200</price></offer>\n'
                    '</offers></shop></yml_catalog>\n', encoding="utf-8")
    res = cli("ingest", feed, "--out", tmp_path / "o.csv")
    shown = res.stdout + res.stderr
    lines = [ln for ln in shown.splitlines() if "bad.yml" in ln and "XML" in ln]
    assert len(lines) == 1, shown
    assert "line 6" in lines[0]
    assert "<offer" not in shown and "Дрель" not in shown     # no raw file text
