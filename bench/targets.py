"""How every bench/bench_*.py ends: 0 when its measurements are within the targets its
docstring states, 1 when one is outside, 2 when the data it measures is not there.
bench/run_all.py reports the scripts that did not exit 0."""
from __future__ import annotations

import sys
from pathlib import Path

MET, OUTSIDE, NO_DATA = 0, 1, 2


def verdict(checks: dict[str, bool], *, file=None) -> int:
    """Print each target (``{"price F1 >= 0.918": True, ...}``) that was missed and a
    closing line (to ``file``, default stdout); the exit code."""
    missed = [name for name, ok in checks.items() if not ok]
    for name in missed:
        print(f"outside target: {name}", file=file)
    print("within targets" if not missed else "OUTSIDE TARGETS", file=file)
    return OUTSIDE if missed else MET


def no_data(path: str | Path) -> int:
    """Say which data is missing; the exit code."""
    print(f"data not present: {path}", file=sys.stderr)
    return NO_DATA
