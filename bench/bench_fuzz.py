"""Hostile and damaged supplier files through ``pricesync ingest``: a longer run of the
mutation suite of tests/test_fuzz_ingest.py, with zip bombs.

    .venv/bin/python bench/bench_fuzz.py                       # 3,000 cases, 4 GB address space
    .venv/bin/python bench/bench_fuzz.py --cases 500 --seed 2  # quicker

Cases (tests/fuzz_inputs.py): byte flips and truncations of every sample list, shared
strings claiming billions of entries, one cell at XFD1048576, CRC-tampered zip members,
20,000-deep category chains, 50,000-deep XML nesting, HTML spans of millions of cells,
27- to 400-digit prices, empty and binary files, and (``--heavy``, on by default) zip
bombs that inflate to 300 MB-1.2 GB. They run in one process capped with RLIMIT_AS
(``--memory-mb``) and a per-case alarm (``--timeout``); a process that dies is restarted
after the case that killed it, which counts as a native abort.

Prints | outcome | count | and exits 1 if any outcome other than "cases" is non-zero:
tracebacks (or Rust panic text) on stderr, native aborts, hangs, memory blow-ups, offers
written from a broken input (a tampered zip, or every file held), other exit codes than
0/1/3, and stderr lines that are neither a one-line problem nor the summary table.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import fuzz_inputs as F  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--memory-mb", type=int, default=4096)
    ap.add_argument("--timeout", type=int, default=20)
    ap.add_argument("--no-heavy", action="store_true")
    ap.add_argument("--show", type=int, default=5, help="cases to show per outcome")
    args = ap.parse_args()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        results = Path(tmp) / "results.jsonl"
        done = 0
        while done < args.cases:
            # one driver per slice; a driver that dies leaves its last case "started"
            cmd = [sys.executable, "-m", "tests.fuzz_driver", "--cases", str(args.cases), "--seed", str(args.seed),
                   "--work", str(Path(tmp) / "work"), "--results", str(results), "--memory-mb", str(args.memory_mb),
                   "--timeout", str(args.timeout), "--first", str(done)]
            if not args.no_heavy:
                cmd.append("--heavy")
            subprocess.run(cmd, cwd=ROOT, capture_output=True)
            lines = [json.loads(line) for line in results.read_text().splitlines()]
            cases = [r["case"] for r in lines if "case" in r]
            done = max(cases) + 1 if cases else args.cases
        lines = [json.loads(line) for line in results.read_text().splitlines()]
    counts, bad = F.summarize(lines)
    peak = max((r.get("peak_rss_mb", 0) for r in lines), default=0)
    print(f"{counts['cases']:,} hostile files, seed {args.seed}, address space capped at {args.memory_mb:,} MB, "
          f"{args.timeout} s per case; {time.perf_counter() - start:.0f} s; peak RSS {peak:,} MB\n")
    print("| outcome | count |")
    print("|---|---:|")
    for outcome in F.OUTCOMES:
        print(f"| {outcome} | {counts[outcome]:,} |")
    slow = sorted((r for r in lines if r.get("done")), key=lambda r: -r["seconds"])[:3]
    print("\nslowest: " + ", ".join(f"{r['kind']} {Path(r['file']).name} {r['seconds']} s" for r in slow))
    for outcome in F.OUTCOMES[1:]:
        shown = [b for b in bad if outcome in b["outcomes"]][: args.show]
        for b in shown:
            print(f"  {outcome}: case {b['case']} {b['kind']} {Path(b['file']).name} code={b.get('code')} "
                  f"{(b.get('stderr') or '').strip().splitlines()[-1:] if b.get('stderr') else ''}")
    return 1 if any(v for k, v in counts.items() if k != "cases") else 0


if __name__ == "__main__":
    sys.exit(main())
