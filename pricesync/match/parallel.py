"""Spread big matching runs over the machine's cores.

Workers are forked after the catalog index is built, so they share it (copy-on-write)
instead of receiving it; only their slice of results travels back. Small runs, machines
with one core and platforms without ``fork`` run in-process. ``PRICESYNC_WORKERS`` caps the
number of processes (``1`` = never fork).
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any

# Below this many items a second process costs more than it saves.
MIN_PARALLEL = 20_000

_TASK: dict[str, Any] = {}


def workers_for(n_items: int) -> int:
    if n_items < MIN_PARALLEL or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    try:
        cap = int(os.environ.get("PRICESYNC_WORKERS", "0"))
    except ValueError:
        cap = 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, cap) if cap > 0 else cores)


def _run_slice(bounds: tuple[int, int]) -> list:
    func, items = _TASK["func"], _TASK["items"]
    return [func(item) for item in items[bounds[0]:bounds[1]]]


def _run_packed_slice(bounds: tuple[int, int]) -> list:
    pack = _TASK["pack"]
    return [pack(result) for result in _run_slice(bounds)]


def parallel_map(func: Callable[[Any], Any], items: Sequence[Any], workers: int, *,
                 pack: Callable[[Any], Any] | None = None, unpack: Callable[[Any], Any] | None = None) -> list:
    """``[func(x) for x in items]``, in ``workers`` forked processes when more than one.
    ``func`` and ``items`` reach the workers through fork, not pickling; results are pickled,
    as ``pack(result)`` when given (plain tuples unpickle several times faster than slotted
    dataclasses) and ``unpack``-ed in the parent."""
    if workers <= 1 or len(items) < workers:
        return [func(item) for item in items]
    size = -(-len(items) // workers)
    slices = [(i, min(i + size, len(items))) for i in range(0, len(items), size)]
    _TASK.update(func=func, items=items, pack=pack)
    try:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(len(slices) - 1) as pool:
            pending = pool.map_async(_run_packed_slice if pack else _run_slice, slices[1:])
            first = _run_slice(slices[0])  # the parent works too
            rest = pending.get()
    finally:
        _TASK.clear()
    out = first
    for part in rest:
        out.extend(map(unpack, part) if unpack else part)
    return out
