"""``to_text_frame`` works on whole columns; the per-cell functions (``_cell_to_text``,
``neutralize_formula``) stay the reference it must equal, value by value and in the
column types pandas ends up with."""
from __future__ import annotations

from decimal import Decimal

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pricesync.tables import _cell_to_text, neutralize_formula, to_text_frame, write_table


def reference_text_frame(df: pd.DataFrame, *, for_people: bool = False) -> pd.DataFrame:
    """The per-cell version to_text_frame replaced."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or str(out[col].dtype).startswith(("string", "str")):
            out[col] = [_cell_to_text(v, col) for v in out[col]]
            if for_people:
                out[col] = [neutralize_formula(v) for v in out[col]]
    return out


def outcome(fn, *args, **kwargs):
    try:
        return "ok", fn(*args, **kwargs)
    except Exception as exc:  # both versions must fail alike
        return "error", type(exc)


def assert_same(df: pd.DataFrame, for_people: bool) -> None:
    kind, got = outcome(to_text_frame, df, for_people=for_people)
    ref_kind, expected = outcome(reference_text_frame, df, for_people=for_people)
    assert kind == ref_kind, (got, expected)
    if kind == "error":
        assert got == expected
        return
    assert list(got.columns) == list(expected.columns)
    for col in got.columns:
        assert got[col].dtype == expected[col].dtype, (col, got[col].dtype, expected[col].dtype)
        a, b = got[col].tolist(), expected[col].tolist()
        assert [type(x) for x in a] == [type(x) for x in b], col
        assert list(map(repr, a)) == list(map(repr, b)), col


PREFIXES = ["", "=", "+", "-", "@", "\t", "\r", "\t=", " ", "'", "\u00a0", "−"]
texts = st.builds(lambda p, t: p + t, st.sampled_from(PREFIXES),
                  st.one_of(st.text(alphabet="0123456789.,eE+-_ ( )\t\rabcЖ€", max_size=8),
                            st.text(max_size=6),
                            st.sampled_from(["", "5", "5.00", "1_000", "1e5", "Infinity", "nan", "sNaN", "٣",
                                             "HYPERLINK(\"x\")", "cmd|' /C calc'!A0", "7 495", "0.5 ", " 12"])))
decimals = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), places=4),
    st.sampled_from([Decimal("0"), Decimal("-0"), Decimal("-0.000"), Decimal("1E+3"), Decimal("1.2300"),
                     Decimal("0.0125"), Decimal("1.000"), Decimal("12887.06"), Decimal("5E-7"), Decimal("1E+30"),
                     Decimal("123456789012345678901234567890.5"), Decimal("-12.5"), Decimal("NaN"),
                     Decimal("12345678901234567890.5"), Decimal("1234567890123456789012345.6"),
                     Decimal("-99999999999999999999999999"), Decimal("1.100000000000000000000000")]),
)
cells = st.one_of(
    st.none(), st.just(float("nan")), st.just(np.float64("nan")), texts, decimals,
    st.integers(min_value=-10**20, max_value=10**20), st.floats(), st.booleans(),
    st.builds(np.float64, st.floats()), st.just(pd.NA),
)
COLUMNS = ["cost", "name", "ean", "stock_raw", "vat_rate", "reason"]   # money and not


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(cells, min_size=0, max_size=12), st.sampled_from(COLUMNS), st.booleans())
def test_object_columns_equal_the_per_cell_version(values, column, for_people):
    assert_same(pd.DataFrame({column: pd.Series(values, dtype=object)}), for_people)


@settings(max_examples=200)
@given(st.lists(st.one_of(texts, st.none()), max_size=12), st.booleans())
def test_text_columns_equal_the_per_cell_version(values, for_people):
    assert_same(pd.DataFrame({"name": pd.Series(values, dtype="str")}), for_people)


@settings(max_examples=100)
@given(st.lists(decimals, min_size=1, max_size=12), st.sampled_from(["cost", "vat_rate"]))
def test_decimal_columns_equal_the_per_cell_version(values, column):
    assert_same(pd.DataFrame({column: pd.Series(values, dtype=object)}), True)


@pytest.mark.parametrize("values", [
    ["=SUM(A1)", "+7 495", "-5.00", "-", "@x", "\t=1", "\r5", "\t5", "-1_000", "-nan", "-Infinity", "+٣",
     "plain", "", None],
    [Decimal("12887.06"), Decimal("-3"), Decimal("1E+3"), Decimal("0.0125"), Decimal("1.2300"), None, 5, 2.5,
     float("nan"), "=HYPERLINK(\"x\")", True, Decimal("-0"), Decimal("sNaN")],
    [1, 2.5],
    [1, 2, 3],
    [True, False],
    [None, None],
    [],
])
@pytest.mark.parametrize("column", ["cost", "name"])
@pytest.mark.parametrize("for_people", [True, False])
def test_tricky_columns_equal_the_per_cell_version(values, column, for_people):
    assert_same(pd.DataFrame({column: pd.Series(values, dtype=object)}), for_people)


@pytest.mark.parametrize("dtype", ["str", "string", pd.StringDtype("python", na_value=np.nan)])
def test_every_string_dtype_equals_the_per_cell_version(dtype):
    values = ["=1+1", "-5", "-x", None, "Дрель", "+", "@", "\t", "\r\n", ""]
    for people in (True, False):
        assert_same(pd.DataFrame({"name": pd.Series(values, dtype=dtype)}), people)


def test_formula_cells_are_neutralised_in_csv(tmp_path):
    df = pd.DataFrame({"name": ["=cmd|' /C calc'!A0", "+7 495", "@SUM(A1)", "\t=1", "\t@x", "-5.00", "-x", "ok"],
                       "cost": [Decimal("1"), Decimal("-2.5"), None, Decimal("0.0125"), Decimal("1E+3"),
                                Decimal("3"), Decimal("4"), Decimal("5")],
                       "stock_raw": pd.Series(["=1", "-", None, "", "много", "-3", "+5", "@"], dtype=object)})
    import csv

    with write_table(df, tmp_path / "t.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1:] == [
        ["'=cmd|' /C calc'!A0", "1.00", "'=1"], ["'+7 495", "-2.50", "'-"], ["'@SUM(A1)", "", ""],
        ["'\t=1", "0.0125", ""], ["'\t@x", "1000.00", "много"], ["-5.00", "3.00", "-3"], ["'-x", "4.00", "+5"],
        ["ok", "5.00", "'@"],
    ]


def test_offers_sized_frame_equals_the_per_cell_version():
    rng = np.random.default_rng(7)
    n = 5000
    cents = rng.integers(-10**6, 10**8, n)
    df = pd.DataFrame({
        "supplier": pd.Series(["s"] * n, dtype="str"),
        "name": pd.Series([("=" if i % 97 == 0 else "") + f"Дрель {i}" for i in range(n)], dtype="str"),
        "cost": pd.Series([Decimal(int(c)) / 100 if c % 5 else None for c in cents], dtype=object),
        "msrp": pd.Series([Decimal(int(c)) if c % 3 else None for c in cents], dtype=object),
        "stock": rng.integers(0, 50, n),
        "vat_rate": pd.Series([Decimal("0.20") if i % 2 else None for i in range(n)], dtype=object),
        "vat_included": True,
    })
    for people in (True, False):
        assert_same(df, people)


money = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=5)
csv_texts = st.one_of(texts, st.text(alphabet=',"\n\r\t;\' a=Ж\u00a0\x00', max_size=6))


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=6), st.data())
def test_csv_columns_equal_pandas_to_csv(rows, data):
    columns = {
        "name": pd.Series(data.draw(st.lists(csv_texts, min_size=rows, max_size=rows)), dtype="str"),
        "a,b": pd.Series(data.draw(st.lists(st.integers(-10**18, 10**18), min_size=rows, max_size=rows)),
                         dtype="int64"),
        "flag": pd.Series(data.draw(st.lists(st.booleans(), min_size=rows, max_size=rows)), dtype=bool),
        "cost": pd.Series(data.draw(st.lists(st.one_of(money, st.none(), texts), min_size=rows, max_size=rows)),
                          dtype=object),
    }
    columns["stock"] = pd.Series(data.draw(st.lists(st.one_of(st.none(), st.integers(-5, 10**6), st.booleans()),
                                                    min_size=rows, max_size=rows)), dtype=object)
    names = data.draw(st.lists(st.sampled_from(list(columns)), min_size=2, max_size=5))
    df = to_text_frame(pd.DataFrame({f"{n}{k}" if k else n: columns[n] for k, n in enumerate(names)}),
                       for_people=True)
    simple = all(str(t) in ("str", "int64", "bool")
                 or (t == object and set(map(type, df.iloc[:, i])) <= {str, int, bool})
                 for i, t in enumerate(df.dtypes))
    assert assert_csv_same(df) == simple   # the Arrow writer takes every frame of those types


def assert_csv_same(df):
    import os
    import tempfile

    from pricesync.tables import _write_csv_columns

    with tempfile.TemporaryDirectory() as folder:
        ours, theirs = os.path.join(folder, "a.csv"), os.path.join(folder, "b.csv")
        if not _write_csv_columns(df, ours):
            return False
        df.to_csv(theirs, index=False, encoding="utf-8")
        with open(ours, "rb") as a, open(theirs, "rb") as b:
            assert a.read() == b.read()
    return True


def test_csv_columns_equal_pandas_on_an_offers_table():
    df = pd.DataFrame({
        "supplier": "s", "name": ["Кабель, 2 м", 'Дюйм 15"', "a\nb", "=1", "", "a\rb"],
        "cost": [Decimal("12.5"), None, Decimal("-3"), Decimal("0.0125"), Decimal("1E+3"), Decimal("7")],
        "stock": [1, 2, 3, 4, 5, 6], "vat_included": True,
    })
    text = to_text_frame(df, for_people=True)
    assert assert_csv_same(text)


def test_input_frame_is_left_alone():
    df = pd.DataFrame({"name": pd.Series(["=1", None, "x"], dtype="str"),
                       "cost": pd.Series([Decimal("1.5"), None, Decimal("2")], dtype=object), "stock": [1, 2, 3]})
    before = df.copy()
    out = to_text_frame(df, for_people=True)
    out.loc[0, "stock"] = 99
    pd.testing.assert_frame_equal(df, before)
    assert list(df["cost"]) == [Decimal("1.5"), None, Decimal("2")]
    assert list(out["cost"]) == ["1.50", "", "2.00"] and out["name"].tolist() == ["'=1", "", "x"]


def test_arrow_allocator_is_scoped_and_yields_to_the_environment(monkeypatch):
    import pyarrow as pa

    from pricesync.arrow_memory import arrow_allocator

    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)
    before = pa.default_memory_pool().backend_name
    with arrow_allocator():
        assert pa.default_memory_pool().backend_name in ("jemalloc", "system")
        kept = pa.array(["x"] * 1000)
    assert pa.default_memory_pool().backend_name == before
    assert kept.to_pylist()[:1] == ["x"]
    monkeypatch.setenv("ARROW_DEFAULT_MEMORY_POOL", before)
    with arrow_allocator():
        assert pa.default_memory_pool().backend_name == before


def test_csv_written_a_slice_of_rows_at_a_time_equals_pandas(monkeypatch):
    from pricesync import tables

    monkeypatch.setattr(tables, "_CSV_ROWS_PER_WRITE", 3)
    df = to_text_frame(pd.DataFrame({"name": [f'x,"{i}"' if i % 4 else f"=x{i}" for i in range(10)],
                                     "stock": list(range(10))}), for_people=True)
    assert assert_csv_same(df)
