"""Which allocator Arrow uses while pricesync does columnar work.

pyarrow's wheels allocate from mimalloc by default. Ingesting a big list allocates and
frees column-sized buffers a few hundred times, and mimalloc hands the pages back and
takes them again: on bench/bench_ingest.py (200,000-row xlsx) it spent 0.34-0.41 s of
kernel time where jemalloc spent 0.24-0.30 s, with the same user time and a lower peak
(425-442 MB against 435-489 MB; the 1,000,000-row CSV 870-880 MB against 920-950 MB).
The C library's malloc is as fast but keeps more (1.1 GB on that CSV), so it is only the
fallback for a pyarrow built without jemalloc.

``arrow_allocator`` switches Arrow's default pool for a block and back afterwards;
buffers keep the pool they came from, so nothing else changes. An explicit
``ARROW_DEFAULT_MEMORY_POOL`` in the environment is left to rule.
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator


@contextlib.contextmanager
def arrow_allocator() -> Iterator[None]:
    if os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        yield
        return
    import pyarrow as pa

    previous = pa.default_memory_pool()
    try:
        pool = pa.jemalloc_memory_pool()
    except NotImplementedError:  # a pyarrow built without jemalloc
        pool = pa.system_memory_pool()
    pa.set_memory_pool(pool)
    try:
        yield
    finally:
        pa.set_memory_pool(previous)
