"""pricesync.files: the one atomic write every output goes through."""
from __future__ import annotations

import pytest

from pricesync.errors import UsageError
from pricesync.files import OUTPUT_EXTENSIONS, atomic_write, check_output_extension, write_text_atomic


def test_a_write_lands_whole_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "sub" / "plan.json"
    write_text_atomic(target, "{}\n")
    assert target.read_text(encoding="utf-8") == "{}\n"
    assert [p.name for p in target.parent.iterdir()] == ["plan.json"]


def test_an_error_keeps_the_old_file_and_removes_the_temporary_one(tmp_path):
    target = tmp_path / "feed.xml"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_write(target) as tmp:
            tmp.write_text("half", encoding="utf-8")
            raise RuntimeError("writer failed")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["feed.xml"]


def test_output_extensions_are_one_list():
    for ext in OUTPUT_EXTENSIONS:
        check_output_extension(f"out{ext.upper()}")
    with pytest.raises(UsageError, match=r"use \.csv, \.xlsx, \.parquet or \.json"):
        check_output_extension("out.txt")
