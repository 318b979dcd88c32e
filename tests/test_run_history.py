"""The run-history bookkeeping the commands share (``pricesync.pipeline.history``): one
rule for the state file, one record of each command in the state's runs."""
from __future__ import annotations

import json

import pytest

from pricesync.errors import ExitCode, UsageError
from pricesync.pipeline.history import recorded_run, state_path
from pricesync.state.store import State


def test_state_path_rule(tmp_path):
    from pricesync.config import load_config

    (tmp_path / "pricesync.toml").write_text('[state]\npath = "st/db.sqlite"\n', encoding="utf-8")
    cfg = load_config(tmp_path / "pricesync.toml")
    assert state_path(None) is None
    assert state_path(None, tmp_path / "given.sqlite") == tmp_path / "given.sqlite"
    assert state_path(cfg).resolve() == (tmp_path / "st" / "db.sqlite").resolve()
    assert state_path(cfg, "other.sqlite") == type(state_path(cfg))("other.sqlite")


def test_recorded_run_finishes_the_row(tmp_path):
    with State(tmp_path / "s.sqlite") as db:
        with recorded_run(db, "match") as record:
            record.finish(exit_code=ExitCode.HELD, summary={"offers": 2})
        with pytest.raises(UsageError), recorded_run(db, "ingest"):
            raise UsageError("no files")
        failed, ok = db.runs(2)
    assert (ok["command"], ok["status"], ok["exit_code"], json.loads(ok["summary"])) == ("match", "ok", 3, {"offers": 2})
    assert (failed["command"], failed["status"], failed["exit_code"]) == ("ingest", "failed", 2)
    assert json.loads(failed["summary"]) == {"error": "no files"}
    with recorded_run(None, "match") as record:   # no state: nothing recorded
        record.finish(exit_code=0)


def test_match_without_config_or_state_keeps_no_state(cli, tmp_path, monkeypatch):
    import shutil

    from tests.conftest import SAMPLES

    for name in ("catalog.csv", "offers.csv"):
        shutil.copy(SAMPLES / "matching" / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PRICESYNC_CONFIG", raising=False)
    res = cli("match", "--catalog", "catalog.csv", "offers.csv", "--out", "m.csv", "--json")
    assert res.exit_code == 0, res.stderr
    assert not (tmp_path / "pricesync.sqlite").exists()       # one rule: no config, no --state: no state
    res = cli("review", "apply", "m.csv")
    assert res.exit_code == 2 and "--state" in res.stderr


def test_match_records_its_run_in_the_state(cli, tmp_path):
    import shutil

    from tests.conftest import SAMPLES

    for name in ("catalog.csv", "offers.csv"):
        shutil.copy(SAMPLES / "matching" / name, tmp_path / name)
    res = cli("match", "--catalog", tmp_path / "catalog.csv", tmp_path / "offers.csv", "--out", tmp_path / "m.csv",
              "--state", tmp_path / "s.sqlite")
    assert res.exit_code == 0, res.stderr
    with State(tmp_path / "s.sqlite") as db:
        (row,) = db.runs(5)
    assert (row["command"], row["status"], row["exit_code"]) == ("match", "ok", 0)
    assert json.loads(row["summary"])["offers"] > 0
