"""Ingest speed: a 200,000-row .xlsx against a bare python-calamine read of the same cells,
and a 1,000,000-row CSV.

    .venv/bin/python bench/bench_ingest.py            # full size
    .venv/bin/python bench/bench_ingest.py --rows 20000 --csv-rows 100000 --runs 1   # quick

The inputs are generated in a temporary folder: a supplier list with a 6-row title block,
group rows every 50 products, text codes, EANs, prices as text with no-break spaces
("12 345,67"), retail prices as numbers and stock words. Each measurement runs in a fresh
process (imports done before the clock starts), alternating baseline and ingest; medians
are reported with peak RSS (resource.getrusage) of each process.

"Ingest" is what ``pricesync ingest FILE --out offers.csv --rejects rejects.csv`` does:
read, detect, parse, classify, then write both tables (``tables.write_table``: text
conversion and formula neutralisation for people); the write is also shown on its own.
Targets: xlsx ingest, written out, <= 2x the bare read in wall time (aim 1.3x); CSV
ingest < 3 s without the write (shown beside it). The script exits 1 when a measurement
is outside its target (bench/targets.py; the inputs are generated, so it never exits 2). The ratio in CPU time is printed too: on a busy machine the wall
times of single runs swing, CPU times much less.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from targets import verdict

ROOT = Path(__file__).resolve().parent.parent
RATIO_TARGET, RATIO_AIM = 2.0, 1.3     # xlsx ingest (written out) / bare python-calamine read
CSV_TARGET_S = 3.0                     # the 1,000,000-row CSV read into offers (without the write)
BRANDS = ["Samsung", "Xiaomi", "Makita", "Bosch", "Apple", "Huawei", "LG", "DeWalt"]
KINDS = ["Смартфон", "Телевизор", "Дрель-шуруповерт", "Ноутбук", "Наушники", "Перфоратор"]
STOCK = ["много", "есть", ">10", "<5", "нет", "под заказ", "3", "15", "в наличии", "12"]
HEADER = ["Код", "Артикул", "Наименование", "Производитель", "Штрихкод", "Цена опт, руб.", "РРЦ, руб.", "Остаток"]


def ean13(n: int) -> str:
    body = f"460{n:09d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def text_price(kopecks: int) -> str:
    whole = f"{kopecks // 100:,}".replace(",", "\u00a0")
    return f"{whole},{kopecks % 100:02d}"


def rows(n: int, rng: random.Random):
    for i in range(n):
        if i % 50 == 0:
            yield ("group", f"{KINDS[(i // 50) % len(KINDS)]} — серия {i // 50}")
        price = rng.randint(10_000, 30_000_000)
        brand = rng.choice(BRANDS)
        yield ("item", [f"{i:07d}", f"{brand[:2].upper()}-{rng.randint(100, 9999)}{chr(65 + i % 26)}",
                        f"{rng.choice(KINDS)} {brand} модель {rng.randint(1, 999)} {rng.choice(['черный', 'белый', 'серый'])}",
                        brand, ean13(i), text_price(price), round(price * 1.25 / 100), rng.choice(STOCK)])


def make_xlsx(path: Path, n: int) -> None:
    import xlsxwriter

    rng = random.Random(1)
    # Shared strings, as Excel and 1C write them (constant_memory would write inline strings).
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Прайс")
    for r, line in enumerate(["ООО «Бенч-Опт»", "г. Москва, ул. Складская, 1", "Тел. +7 (000) 000-00-00",
                              "Прайс-лист на 20.11.2026", "Цена прайса: Оптовая"]):
        ws.write(r, 0, line)
    ws.write_row(6, 0, HEADER)
    r = 7
    for kind, value in rows(n, rng):
        if kind == "group":
            ws.write(r, 0, value)
        else:
            ws.write_row(r, 0, value)
        r += 1
    wb.close()


def make_csv(path: Path, n: int) -> None:
    rng = random.Random(2)
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("Прайс-лист ООО «Бенч-Опт» на 20.11.2026;;;;;\n")
        fh.write("Артикул;Наименование;Бренд;Штрихкод;Цена, руб.;Наличие\n")
        for kind, v in rows(n, rng):
            if kind == "item":
                fh.write(f"{v[0]};{v[2]};{v[3]};{v[4]};{v[5]};{v[7]}\n")


_BASELINE = """
import json, resource, sys, time
from python_calamine import CalamineWorkbook
t = time.perf_counter()
c = time.process_time()
wb = CalamineWorkbook.from_path(sys.argv[1])
rows = list(wb.get_sheet_by_name("Прайс").iter_rows())
seconds = time.perf_counter() - t
print(json.dumps({"seconds": seconds, "cpu": time.process_time() - c, "rows": len(rows),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_INGEST = """
import json, resource, sys, time
import numpy, pandas, pyarrow, pyarrow.compute, python_calamine
from pricesync.ingest import run, offers, detect, rows, values, guards
from pricesync.ingest.readers import excel, text, html, yml
from pricesync.ingest import ingest_files
from pricesync.tables import write_table
out = sys.argv[2]
def cpu():  # this process and the reader children it forked and waited for
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + kids.ru_utime + kids.ru_stime
t = time.perf_counter()
c = cpu()
result = ingest_files([sys.argv[1]])
w = time.perf_counter()
write_table(result.offers, out + "/offers.csv")
write_table(result.rejects, out + "/rejects.csv")
end = time.perf_counter()
print(json.dumps({"seconds": end - t, "cpu": cpu() - c, "read": w - t, "write": end - w, "offers": len(result.offers), "rejects": len(result.rejects),
                  "held": result.held, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(script: str, path: Path) -> dict:
    proc = subprocess.run([sys.executable, "-c", script, str(path), str(path.parent)], capture_output=True, text=True,
                          cwd=ROOT)
    if proc.returncode:
        raise SystemExit(f"measurement failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--csv-rows", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        xlsx, csv = Path(tmp) / "bench.xlsx", Path(tmp) / "bench.csv"
        t = time.perf_counter()
        make_xlsx(xlsx, args.rows)
        make_csv(csv, args.csv_rows)
        print(f"inputs: {args.rows:,}-row xlsx ({xlsx.stat().st_size / 1e6:.1f} MB), {args.csv_rows:,}-row CSV "
              f"({csv.stat().st_size / 1e6:.1f} MB), generated in {time.perf_counter() - t:.1f} s")
        base, ing, csv_runs = [], [], []
        for _ in range(args.runs):
            base.append(measure(_BASELINE, xlsx))
            ing.append(measure(_INGEST, xlsx))
            csv_runs.append(measure(_INGEST, csv))
    b = statistics.median(r["seconds"] for r in base)
    i = statistics.median(r["seconds"] for r in ing)
    c = statistics.median(r["read"] for r in csv_runs)
    ratio = i / b
    cpu_ratio = statistics.median(r["cpu"] for r in ing) / statistics.median(r["cpu"] for r in base)
    wx = statistics.median(r["write"] for r in ing)
    wc = statistics.median(r["write"] for r in csv_runs)
    print(f"xlsx bare calamine read : {b:6.2f} s  {args.rows / b:9,.0f} rows/s  peak RSS {max(r['rss_mb'] for r in base):5.0f} MB")
    print(f"xlsx ingest             : {i:6.2f} s  {args.rows / i:9,.0f} rows/s  peak RSS {max(r['rss_mb'] for r in ing):5.0f} MB"
          f"  offers {ing[0]['offers']:,}, rejects {ing[0]['rejects']:,}; writing them {wx:.2f} s")
    print(f"xlsx ingest / bare read : {ratio:6.2f}x  (target <= {RATIO_TARGET}x, aim {RATIO_AIM}x)  runs: "
          + ", ".join(f"{r['seconds']:.2f}/{q['seconds']:.2f}" for r, q in zip(ing, base)))
    print(f"  same in CPU time      : {cpu_ratio:6.2f}x  (all threads and the forked reader; less moved by other load)")
    print(f"csv ingest              : {c:6.2f} s  {args.csv_rows / c:9,.0f} rows/s  peak RSS {max(r['rss_mb'] for r in csv_runs):5.0f} MB"
          f"  offers {csv_runs[0]['offers']:,}; writing them {wc:.2f} s  (target < {CSV_TARGET_S:g} s)")
    return verdict({f"xlsx ingest / bare read <= {RATIO_TARGET}x": ratio <= RATIO_TARGET,
                    f"csv ingest < {CSV_TARGET_S:g} s": c < CSV_TARGET_S})


if __name__ == "__main__":
    sys.exit(main())
