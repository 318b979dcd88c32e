"""Run every benchmark script in this folder and keep their output in bench/results/.

    .venv/bin/python bench/run_all.py            # all of them
    .venv/bin/python bench/run_all.py ingest     # those whose name contains "ingest"

Each bench_*.py prints its own numbers (rows/s, seconds, precision...) and checks them
against the targets its docstring states: it exits 1 when it measured outside one, 2 when
the data it measures is not there (bench/targets.py). This runner lists the scripts that
did not exit 0 and exits 1 when any did. It adds nothing but the timing of the whole script.
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WHY = {1: "outside its targets", 2: "data not present"}


def main(argv: list[str]) -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if argv:
        scripts = [s for s in scripts if any(a in s.stem for a in argv)]
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    failed = []
    for script in scripts:
        print(f"== {script.name}", flush=True)
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=HERE.parent)
        elapsed = time.perf_counter() - start
        output = proc.stdout + (("\n" + proc.stderr) if proc.returncode else "")
        (results / f"{script.stem}.txt").write_text(output, encoding="utf-8")
        print(output.rstrip())
        print(f"-- {script.name}: exit {proc.returncode}, {elapsed:.1f} s wall\n", flush=True)
        if proc.returncode:
            failed.append(f"{script.name} ({WHY.get(proc.returncode, f'exit {proc.returncode}')})")
    print("failed: " + ", ".join(failed) if failed else "every benchmark within its targets")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
