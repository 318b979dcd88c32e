"""Zero-config ingest on real supplier price lists with hand-built answer keys
(``../shared/data/lists``: 25 files, RU/UA/PL/KZ/LV/LT/CZ, xls/xlsx/csv/XML feeds).

    .venv/bin/python bench/bench_lists.py              # corpus score, per-file table, speed
    .venv/bin/python bench/bench_lists.py --verbose    # every file, not only the imperfect ones

The score is the corpus's own ``score.py`` (the rule the acceptance checks use): an offer is
right when its (sheet, row) — for XML its code — is in the key with the cost within 0.5 %;
score = right / (key rows + offers the key lacks). Also reported: files that end in an
unexpected exception (must be none), rows/s over the whole corpus and the peak memory of
the slowest file. Target: score >= 0.90 (aim 0.98), no unexpected exception.
Exits 1 below target, 2 when the corpus is not there (bench/targets.py).
"""
from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

from targets import no_data, verdict

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "lists"
TARGET, AIM = 0.90, 0.98


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    if not (CORPUS / "score.py").exists():
        return no_data(CORPUS)
    exe = str(Path(sys.executable).with_name("pricesync"))
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, str(CORPUS / "score.py"), exe, "--verbose"], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = proc.stdout.strip().splitlines()
    files = [ln for ln in lines if re.match(r"^\s*\d\.\d{3}\s", ln)]
    crashed = [ln for ln in files if "unexpected" in ln or "Traceback" in ln]
    shown = files if args.verbose else [ln for ln in files if not ln.strip().startswith("1.000")]
    print("\n".join(shown) if shown else "every file fully right")
    m = re.search(r"corpus score ([\d.]+) \((\d+) of (\d+)\)", proc.stdout)
    if not m:
        print(proc.stdout[-2000:], proc.stderr[-2000:])
        return verdict({"the corpus's score.py gives a corpus score": False})
    score, right, total = float(m.group(1)), int(m.group(2)), int(m.group(3))
    perfect = sum(1 for ln in files if ln.strip().startswith("1.000"))
    print(f"\ncorpus score {score:.3f} ({right} of {total} rows); {perfect} of {len(files)} files fully right")
    print(f"unexpected exceptions: {len(crashed)}")
    print(f"{total / elapsed:,.0f} key rows/s over {len(files)} files ({elapsed:.1f} s, one process per file, "
          f"imports included); peak RSS of the largest process {child.ru_maxrss / 1024:.0f} MiB")
    return verdict({f"corpus score >= {TARGET} (aim {AIM})": score >= TARGET,
                    "no unexpected exception": not crashed})


if __name__ == "__main__":
    sys.exit(main())
