"""Every row's verdict, SKU and reason on the labelled matching sets, and the diff of two dumps.

    .venv/bin/python bench/dump_match_rows.py dump OUT.tsv [--sets all|a,b,domains_dev20]
    .venv/bin/python bench/dump_match_rows.py diff BEFORE.tsv AFTER.tsv

How a change to matching is measured: dump on the commit before and on the change, then diff.
The diff lists each row whose verdict, SKU or reason moved, whether the move is right or wrong
against the truth, and per set the precision and coverage before and after - so a reading
that changes only the row that prompted it shows as exactly that. The holdout sets
(``holdout_en``, ``domains_holdout``) are never dumped: their rows are not to be read.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_match  # noqa: E402  (the loaders and set names)

HOLDOUTS = {"holdout_en"} | {f"{d}_holdout" for d in bench_match.DOMAINS.get("holdout", ())}
FIELDS = ("set", "row", "offer", "truth", "status", "sku", "reason")


def labelled_sets() -> list[str]:
    named = ["prosept", "prosept_one_name", "amazon_google", "walmart_amazon", "siblings", "electronics",
             "retail_en", "tyres_lists_ru", "tyres_lists_ru_flipped", "bags_feed_ua"]
    rounds = [f"{d}_{part}" for part, names in sorted(bench_match.DOMAINS.items()) for d in names]
    return [s for s in named + rounds if s not in HOLDOUTS]


def dump(out: Path, spec: str) -> int:
    from pricesync.config.models import MatchingConfig
    from pricesync.match import match_with_info

    names = labelled_sets() if spec == "all" else [s for s in bench_match.expand_sets(spec) if s not in HOLDOUTS]
    load = bench_match.set_loaders()
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(FIELDS)
        for name in names:
            if name not in load:
                print(f"unknown set {name}", file=sys.stderr)
                return 2
            offers, catalog, truth = load[name]()
            result, _ = match_with_info(offers, catalog, config=MatchingConfig(scorer="rules"))
            for i, (offer, t, status, sku, reason) in enumerate(zip(
                    offers["name"].astype(str), truth, result["match_status"], result["catalog_sku"],
                    result["match_reason"])):
                writer.writerow((name, i, " ".join(offer.split())[:160], "|".join(sorted(t)), status,
                                 sku or "", " ".join(str(reason).split())))
            print(f"{name}: {len(offers)} rows", file=sys.stderr, flush=True)
    return 0


def read(path: Path) -> dict[tuple[str, str], dict]:
    with path.open(encoding="utf-8") as fh:
        return {(r["set"], r["row"]): r for r in csv.DictReader(fh, delimiter="\t")}


def quality(rows) -> tuple[float | None, float | None, int]:
    auto = [r for r in rows if r["status"] == "auto"]
    right = sum(1 for r in auto if r["sku"] in r["truth"].split("|"))
    labelled = sum(1 for r in rows if r["truth"])
    return (round(right / len(auto), 4) if auto else None,
            round(right / labelled, 4) if labelled else None, len(auto) - right)


def diff(before_path: Path, after_path: Path) -> int:
    before, after = read(before_path), read(after_path)
    by_set: dict[str, list] = defaultdict(list)
    for key in sorted(set(before) & set(after), key=lambda k: (k[0], int(k[1]))):
        b, a = before[key], after[key]
        if (b["status"], b["sku"], b["reason"]) != (a["status"], a["sku"], a["reason"]):
            by_set[key[0]].append((b, a))
    moved_verdicts = 0
    for name in sorted({k[0] for k in after}):
        rows_b = [r for k, r in before.items() if k[0] == name]
        rows_a = [r for k, r in after.items() if k[0] == name]
        changes = by_set.get(name, [])
        verdicts = [(b, a) for b, a in changes if (b["status"], b["sku"]) != (a["status"], a["sku"])]
        moved_verdicts += len(verdicts)
        if not changes:
            continue
        pb, cb, wb = quality(rows_b)
        pa, ca, wa = quality(rows_a)
        print(f"== {name}: precision {pb} -> {pa}, coverage {cb} -> {ca}, wrong autos {wb} -> {wa}; "
              f"{len(verdicts)} verdicts moved, {len(changes) - len(verdicts)} reasons only")
        for b, a in verdicts:
            truth = a["truth"].split("|") if a["truth"] else []

            def mark(r):
                return "RIGHT" if r["status"] == "auto" and r["sku"] in truth else (
                    "WRONG" if r["status"] == "auto" else r["status"])
            print(f"  row {a['row']}: {mark(b)} {b['sku']} -> {mark(a)} {a['sku']}  | {a['offer'][:90]}"
                  f"\n      was: {b['reason'][:150]}\n      now: {a['reason'][:150]}")
    only = set(before) ^ set(after)
    if only:
        print(f"{len(only)} rows in one dump only (sets: {sorted({k[0] for k in only})})")
    print(f"{moved_verdicts} verdicts moved, {sum(len(v) for v in by_set.values())} rows changed in all")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--sets", default="all")
    f = sub.add_parser("diff")
    f.add_argument("before", type=Path)
    f.add_argument("after", type=Path)
    args = parser.parse_args()
    return dump(args.out, args.sets) if args.command == "dump" else diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
