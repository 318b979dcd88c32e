"""Runs ``pricesync ingest`` on many hostile files in one process and writes one JSON line
per case (used by tests/test_fuzz_ingest.py and bench/bench_fuzz.py).

    python -m tests.fuzz_driver --cases 300 --seed 1 --work DIR --results FILE [--heavy] [--memory-mb 4096]

The process caps its own address space (RLIMIT_AS, as ``prlimit --as`` would) so a memory
blow-up shows as one; each case has a wall-clock alarm (a hang is recorded, not waited
out). stderr is captured at the file-descriptor level, so a Rust panic message printed
by a native library is seen too. If the process dies (a native abort), the caller finds
the last case started in the results file ("started" without "done").
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import fuzz_inputs as F  # noqa: E402


class Hang(BaseException):
    pass


def _alarm(_signum, _frame):
    raise Hang()


def run_case(main, path: Path, out: Path, timeout: int) -> dict:
    err_file = tempfile.TemporaryFile()
    saved_fd = os.dup(2)
    saved_err = sys.stderr
    os.dup2(err_file.fileno(), 2)
    sys.stderr = open(os.dup(2), "w", closefd=True)
    code: object = None
    start = time.perf_counter()
    signal.alarm(timeout)
    try:
        main(["ingest", str(path), "--out", str(out)])
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except Hang:
        code = "hang"
    except MemoryError:
        code = "memory"
    except BaseException as exc:  # noqa: BLE001 - anything escaping the CLI is a finding
        code = f"escaped {type(exc).__name__}"
    finally:
        signal.alarm(0)
        sys.stderr.flush()
        sys.stderr.close()
        os.dup2(saved_fd, 2)
        os.close(saved_fd)
        sys.stderr = saved_err
    elapsed = time.perf_counter() - start
    err_file.seek(0)
    stderr = err_file.read().decode("utf-8", "replace")
    err_file.close()
    return {"code": code, "stderr": stderr[-4000:], "seconds": round(elapsed, 2), "output": out.exists()}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", required=True)
    ap.add_argument("--results", required=True)
    ap.add_argument("--heavy", action="store_true", help="include zip bombs (slow to make)")
    ap.add_argument("--memory-mb", type=int, default=4096)
    ap.add_argument("--timeout", type=int, default=20)
    ap.add_argument("--first", type=int, default=0, help="start at this case (after a driver that died)")
    args = ap.parse_args()
    cap = args.memory_mb << 20
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    signal.signal(signal.SIGALRM, _alarm)
    os.environ["COLUMNS"] = "200"
    from pricesync.cli import main as cli_main

    makers = dict(F.MAKERS)
    if args.heavy:
        makers.update(F.HEAVY)
    names = sorted(makers)
    work = Path(args.work)
    with open(args.results, "a") as res:
        for i in range(args.first, args.cases):
            kind = names[i % len(names)] if i < len(names) else random.Random(f"{args.seed}-kind-{i}").choice(names)
            case_rng = random.Random(f"{args.seed}-{i}")
            fname, data = makers[kind](case_rng)
            folder = work / f"case{i}"
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / fname
            path.write_bytes(data)
            out = folder / "offers.csv"
            res.write(json.dumps({"case": i, "kind": kind, "file": str(path), "started": True}) + "\n")
            res.flush()
            row = run_case(cli_main, path, out, args.timeout)
            row.update(case=i, kind=kind, file=str(path), done=True)
            res.write(json.dumps(row) + "\n")
            res.flush()
            if row["code"] in (0, 1, 3) and row["code"] != "hang":
                for p in folder.iterdir():  # keep what failed, drop the rest
                    p.unlink()
                folder.rmdir()
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    with open(args.results, "a") as res:
        res.write(json.dumps({"finished": True, "peak_rss_mb": peak // 1024}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
