"""Hostile and damaged supplier files: every one ends as a held file (or a clean read),
never a traceback, a native abort, a hang, a memory blow-up or offers from a broken file.

The mutated-file suite runs the CLI in one subprocess (tests/fuzz_driver.py) whose address
space is capped (RLIMIT_AS 4 GB, as ``prlimit --as`` does) with a 20 s alarm per case;
a longer run with the figures is ``bench/bench_fuzz.py``.
"""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import fuzz_inputs as F
from tests.conftest import REPO

CASES = 300
MEMORY_MB = 4096


def test_mutated_files_are_held_in_one_line_within_bounds(tmp_path):
    results = tmp_path / "results.jsonl"
    proc = subprocess.run([sys.executable, "-m", "tests.fuzz_driver", "--cases", str(CASES), "--seed", "7",
                           "--work", str(tmp_path / "work"), "--results", str(results),
                           "--memory-mb", str(MEMORY_MB), "--timeout", "20"],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    lines = [json.loads(line) for line in results.read_text().splitlines()]
    counts, bad = F.summarize(lines)
    assert counts["cases"] == CASES, (proc.returncode, proc.stderr[-2000:])
    assert lines[-1].get("finished"), proc.stderr[-2000:]
    detail = [(b["kind"], b["file"], b.get("code"), b["outcomes"], b.get("stderr", "")[-500:]) for b in bad[:5]]
    assert {k: v for k, v in counts.items() if k != "cases" and v} == {}, detail


@pytest.mark.parametrize("maker", ["inflated_unique_count", "far_cell", "crc_tampered", "deep_yml", "huge_spans"])
def test_each_hostile_kind_is_held_naming_the_file(cli, tmp_path, maker):
    import random

    name, data = F.far_cell(None, "XFD1048576") if maker == "far_cell" else F.MAKERS[maker](random.Random(3))
    src = tmp_path / name
    src.write_bytes(data)
    out = tmp_path / "offers.csv"
    res = cli("ingest", src, "--out", out)
    assert res.exit_code == 3, res.stderr
    held = [line for line in res.stderr.splitlines() if line.startswith("held: ")]
    assert len(held) == 1 and name in held[0], res.stderr
    assert not out.exists()


def test_tampered_model_code_in_an_xlsx_is_never_read(cli, tmp_path):
    """SM-A546E -> SM-A566E inside sharedStrings.xml with the old CRC kept."""
    src = F.XLSX[0]
    zin = zipfile.ZipFile(src)
    plain = zin.read("xl/sharedStrings.xml")
    assert b"Galaxy" in plain or len(plain) > 100
    i = next(i for i in range(len(plain)) if plain[i:i + 1].isdigit())
    changed = plain[:i] + (b"1" if plain[i:i + 1] != b"1" else b"2") + plain[i + 1:]
    import zlib

    co = zlib.compressobj(6, zlib.DEFLATED, -15)
    data = F._replace_member(src.read_bytes(), "xl/sharedStrings.xml", co.compress(changed) + co.flush(),
                             len(changed), zlib.crc32(plain))
    bad = tmp_path / src.name
    bad.write_bytes(data)
    res = cli("ingest", bad, "--out", tmp_path / "o.csv")
    assert res.exit_code == 3 and "checksum does not match" in res.stderr
    assert not (tmp_path / "o.csv").exists()


def test_a_27_digit_price_is_a_reject_naming_row_and_column(cli, tmp_path):
    src = tmp_path / "opt.csv"
    src.write_text("Код;Наименование;Цена;Остаток\n1001;Дрель Makita DF333;1200,50;5\n"
                   "1002;Смартфон Samsung A54;999999999999999999999999999;3\n", encoding="utf-8")
    out, rejects = tmp_path / "o.csv", tmp_path / "r.csv"
    res = cli("ingest", src, "--out", out, "--rejects", rejects)
    assert res.exit_code == 3, res.stderr
    assert "InvalidOperation" not in res.stderr
    text = rejects.read_text(encoding="utf-8")
    assert "price too large" in text and ",3,Цена," in text


def test_limits_are_overridable_in_config(cli, tmp_path):
    src = tmp_path / "opt.csv"
    src.write_text("Код;Наименование;Цена\n1;Дрель;100\n", encoding="utf-8")
    cfg = tmp_path / "p.toml"
    cfg.write_text("[ingest]\nmax_file_mb = 1\nmax_cells = 1000\n", encoding="utf-8")
    res = cli("ingest", src, "--config", cfg, "--out", tmp_path / "o.csv")
    assert res.exit_code == 0, res.stderr
    cfg.write_text("[ingest]\nmax_cels = 1000\n", encoding="utf-8")
    assert cli("ingest", src, "--config", cfg, "--out", tmp_path / "o.csv").exit_code == 2


def test_a_reader_abort_in_the_worker_holds_only_that_file(tmp_path, monkeypatch):
    """The worker's memory limit reached (a Rust allocation abort or a MemoryError) is an
    InputError with one line; the good read of the same file goes through."""
    from pricesync.errors import InputError
    from pricesync.ingest import boundary
    from pricesync.ingest.readers import ReadOptions

    src = tmp_path / "x.xls"
    src.write_bytes((REPO / "samples" / "prices" / "elektrosnab.xls").read_bytes())
    book = boundary.read_isolated(src, ReadOptions(), "xls", boundary.Limits())
    assert book.sheets and book.path == src
    with pytest.raises(InputError) as info:
        boundary.read_isolated(src, ReadOptions(), "xls", boundary.Limits(worker_memory_mb=1))
    assert "\n" not in info.value.message and str(src) == info.value.file


def test_a_panic_is_one_line():
    """python-calamine's PanicException is a BaseException: mapped like any reader error."""
    from pricesync.ingest.readers import _one_line

    class PanicException(BaseException):
        pass

    assert _one_line(PanicException("assertion failed\n  at src/lib.rs:1")) == "the reader panicked (assertion failed)"


def test_the_truncated_elektrosnab_xls_is_held_in_one_line(cli, tmp_path):
    """``head -c 13282 samples/prices/elektrosnab.xls``: python-calamine panics on it."""
    src = tmp_path / "t.xls"
    src.write_bytes((REPO / "samples" / "prices" / "elektrosnab.xls").read_bytes()[:13282])
    res = cli("ingest", src, "--out", tmp_path / "o.csv")
    assert res.exit_code == 3 and "Traceback" not in res.stderr
    held = [line for line in res.stderr.splitlines() if line.startswith("held: ")]
    assert len(held) == 1 and "t.xls: cannot read as xls" in held[0], res.stderr


@pytest.fixture
def shop_with_a_broken_supplier(tmp_path):
    from tests.test_run import SAMPLE_CONFIG

    (tmp_path / "prices").mkdir()
    config = tmp_path / "pricesync.toml"
    config.write_text(SAMPLE_CONFIG.format(samples=(REPO / "samples").as_posix()), encoding="utf-8")
    return config


@pytest.mark.parametrize("content", [b"", bytes(range(256)) * 40, "far_cell"])
def test_one_broken_supplier_file_holds_that_supplier_and_the_run_goes_on(shop_with_a_broken_supplier, cli,
                                                                           content):
    import random

    if content == "far_cell":
        content = F.far_cell(None, "XFD1048576")[1]
    elif isinstance(content, str):
        content = F.MAKERS[content](random.Random(1))[1]
    folder = shop_with_a_broken_supplier.parent
    (folder / "prices" / "mobiopt.csv").write_bytes(content)
    res = cli("run", "--config", shop_with_a_broken_supplier, "--json")
    assert res.exit_code == 3, res.stderr
    summary = json.loads(res.stdout)["summary"]
    assert "mobiopt" in summary["held_suppliers"] and summary["offers"] > 0
    assert summary["channels"]["shop"]["pushed"] > 0            # the others' changes went out
    assert "Traceback" not in res.stderr


def _mutate(data: bytes, ops) -> bytes:
    buf = bytearray(data)
    for op, pos, value in ops:
        if not buf:
            break
        i = pos % len(buf)
        if op == "flip":
            buf[i] = value
        elif op == "cut":
            del buf[i:]
        else:
            buf[i:i] = bytes([value]) * 64
    return bytes(buf)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sample=st.sampled_from([p for p in F.SAMPLES if p.suffix != ".xls" or p.name != "elektrosnab.xls"]),
       ops=st.lists(st.tuples(st.sampled_from(["flip", "cut", "insert"]), st.integers(0, 1 << 20),
                              st.integers(0, 255)), min_size=1, max_size=6))
def test_hypothesis_mutations_end_in_one_line(cli, tmp_path, sample, ops):
    src = tmp_path / sample.name
    src.write_bytes(_mutate(sample.read_bytes(), ops))
    out = tmp_path / "o.csv"
    if out.exists():
        out.unlink()
    res = cli("ingest", src, "--out", out)
    assert res.exit_code in (0, 1, 3), res.stderr
    assert "Traceback" not in res.stderr
    assert not [line for line in res.stderr.splitlines()
                if line.strip() and not line.startswith(F._LINE_OK) and not line[:1].isdigit()], res.stderr
    if "every file was held" in res.stderr:
        assert not out.exists()


def test_an_xlsx_reader_abort_in_the_forked_worker_holds_only_that_file(cli, tmp_path):
    """.xlsx is read in a child forked from the ingesting process: a native abort there
    (PRICESYNC_TEST_WORKER_ABORT names the file whose child calls os.abort()) holds that
    file with one line; the other .xlsx of the same run comes through."""
    bad, good = tmp_path / "bad.xlsx", tmp_path / "good.xlsx"
    bad.write_bytes(F.XLSX[0].read_bytes())
    good.write_bytes(F.XLSX[0].read_bytes())
    out = tmp_path / "offers.csv"
    res = cli("ingest", bad, good, "--out", out, env={"PRICESYNC_TEST_WORKER_ABORT": "bad.xlsx"})
    assert "Traceback" not in res.stderr
    held = [line for line in res.stderr.splitlines() if line.startswith("held: ")]
    assert len(held) == 1 and "bad.xlsx: cannot read as xlsx: the reader stopped (aborted)" in held[0], res.stderr
    assert out.exists() and "good.xlsx" in out.read_text(encoding="utf-8")
    assert "bad.xlsx" not in out.read_text(encoding="utf-8")


def test_an_xlsx_reader_over_the_worker_memory_limit_is_one_line_and_the_next_file_reads(tmp_path):
    """The forked child's address-space limit (what the process maps at the fork plus
    ``worker_memory_mb``) reached by the reader: an InputError with one line naming the
    file; the next read of the same file, with the real reader, is whole."""
    from pricesync.errors import InputError
    from pricesync.ingest import boundary
    from pricesync.ingest.readers import ReadOptions, read_book

    src = tmp_path / "big.xlsx"
    src.write_bytes(F.XLSX[0].read_bytes())
    with pytest.raises(InputError) as info:
        boundary.read_forked(src, ReadOptions(), "xlsx", lambda p, o: bytearray(8 << 30),
                             boundary.Limits(worker_memory_mb=64))
    assert "\n" not in info.value.message and str(src) == info.value.file
    assert "64 MB" in info.value.message
    book = read_book(src)
    assert book.path == src and book.sheets


def test_an_xlsx_read_past_worker_seconds_is_held(tmp_path, monkeypatch):
    """The parent's wall-time limit kills the forked child."""
    import time

    from pricesync.errors import InputError
    from pricesync.ingest import boundary
    from pricesync.ingest.readers import ReadOptions

    src = tmp_path / "slow.xlsx"
    src.write_bytes(F.XLSX[0].read_bytes())
    started = time.monotonic()
    with pytest.raises(InputError) as info:
        boundary.read_forked(src, ReadOptions(), "xlsx", lambda p, o: time.sleep(30), boundary.Limits(worker_seconds=1))
    assert time.monotonic() - started < 10
    assert "over 1 s" in info.value.message and str(src) == info.value.file


def test_a_forked_xlsx_read_is_the_in_process_read():
    """Arrow IPC back from the child: the same cells, dtypes, origin and merged ranges."""
    from pricesync.ingest import boundary
    from pricesync.ingest.readers import ReadOptions, _READERS, _load_builtin

    _load_builtin()
    for src in F.XLSX:
        a = _READERS["xlsx"](src, ReadOptions())
        b = boundary.read_forked(src, ReadOptions(), "xlsx", _READERS["xlsx"], boundary.Limits())
        assert a.skipped_sheets == b.skipped_sheets and len(a.sheets) == len(b.sheets)
        for x, y in zip(a.sheets, b.sheets):
            assert x.cells.equals(y.cells) and list(x.cells.dtypes) == list(y.cells.dtypes)
            assert (x.name, x.first_row, x.first_col, x.merged) == (y.name, y.first_row, y.first_col, y.merged)
