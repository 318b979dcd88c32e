"""Which allocator Arrow uses while pricesync does columnar work.

pyarrow's wheels allocate from mimalloc by default. Ingesting a 200,000-row list
allocates and frees column-sized buffers a few hundred times, and with mimalloc that
run spent twice the kernel time of the C library's malloc (about 0.5 s against 0.25 s
of system CPU, bench/bench_ingest.py; user time the same, peak memory 5 % higher with
malloc). ``system_allocator`` switches Arrow's default pool to malloc for a block and
back afterwards; buffers keep the pool they came from, so nothing else changes. An
explicit ``ARROW_DEFAULT_MEMORY_POOL`` in the environment is left to rule.
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator


@contextlib.contextmanager
def system_allocator() -> Iterator[None]:
    if os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        yield
        return
    import pyarrow as pa

    previous = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(previous)
