"""Whole-column helpers of the ingest hot path equal the per-value code they replaced."""
from __future__ import annotations

from collections import Counter

import numpy as np
import pyarrow as pa
from hypothesis import given
from hypothesis import strategies as st

from pricesync.ingest.rows import most_common
from pricesync.ingest.values import _text_bytes


@given(st.lists(st.integers(0, 6), min_size=1, max_size=40))
def test_most_common_equals_counter(values):
    assert most_common(np.array(values, dtype=np.int64)) == Counter(values).most_common(1)[0][0]


@given(st.lists(st.one_of(st.none(), st.text(max_size=5)), max_size=8), st.integers(0, 3), st.booleans())
def test_text_bytes_are_the_values_end_to_end(values, skip, large):
    arr = pa.array(values, type=pa.large_string() if large else pa.string()).slice(min(skip, len(values)))
    expected = "".join(v for v in arr.to_pylist() if v).encode()
    assert _text_bytes(arr) == expected
    assert _text_bytes(pa.chunked_array([arr, arr], type=arr.type)) == expected * 2
