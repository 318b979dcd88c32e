"""Price extraction from real product pages, scored the way the Zyte benchmark scores it.

    .venv/bin/python bench/bench_scrape.py [DATASET_DIR] [--errors]

DATASET_DIR (default ``../shared/data/pages/zyte``) holds ``ground-truth.json`` and
``html/<key>.html.gz``. Every page goes through ``pricesync.scrape.scrape_urls`` as a
saved page (decoding, extraction; no network). Per page: a predicted price equal as a
Decimal to one of the true values is a hit; a wrong price is a false positive and a miss;
no prediction where a price exists is a miss; a prediction where none exists is a false
positive. F1 over all pages. Published price F1 on the full benchmark: Zyte AutoExtract
0.918, Diffbot 0.824, extruct 0.685.

A second line scores the visible-page reader alone: the same pages with JSON-LD,
microdata and product meta tags removed.

Currency is scored on pages whose true currency names one ISO code ("$" is left out: it
is USD, CAD, ARS or TWD depending on the shop); availability on every page (a page we
cannot tell counts as wrong).

Target: price F1 >= 0.918 (Zyte AutoExtract's published figure, the one to beat). Exits 1
below it, 2 when the data set is not there.
"""
from __future__ import annotations

import json
import sys
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path

from targets import no_data, verdict

REPO = Path(__file__).resolve().parent.parent
DEFAULT = REPO.parent / "shared" / "data" / "pages" / "zyte"
F1_TARGET = 0.918


def decimal_or_none(text: str) -> Decimal | None:
    try:
        return Decimal(str(text).strip())
    except InvalidOperation:
        return None


def score_prices(truth: dict, predicted: dict) -> dict[str, float]:
    tp = fp = fn = 0
    for key, gt in truth.items():
        true = {d for d in (decimal_or_none(v) for v in gt.get("price", [])) if d is not None}
        pred = predicted.get(key)
        if pred is None:
            fn += bool(true)
        elif pred in true:
            tp += 1
        else:
            fp += 1
            fn += bool(true)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(REPO))
    from pricesync.parse.currency import normalize_currency
    from pricesync.scrape import scrape_urls

    args = [a for a in argv if not a.startswith("--")]
    root = Path(args[0]) if args else DEFAULT
    if not (root / "ground-truth.json").exists():
        return no_data(root)
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(k for k in truth if (root / "html" / f"{k}.html.gz").exists())
    paths = [str(root / "html" / f"{k}.html.gz") for k in keys]

    start = time.perf_counter()
    df = scrape_urls(paths, delay=0)
    elapsed = time.perf_counter() - start

    predicted = {k: p for k, p in zip(keys, df["price"]) if p is not None}
    m = score_prices({k: truth[k] for k in keys}, predicted)
    print(f"{root.name}: {len(keys)} pages in {elapsed:.1f} s ({len(keys) / elapsed:.1f} pages/s)")
    print(f"price  F1 {m['f1']:.3f}  precision {m['precision']:.3f}  recall {m['recall']:.3f}  "
          f"(tp {m['tp']}, fp {m['fp']}, fn {m['fn']})")

    judged = right = 0
    for k, got in zip(keys, df["currency"]):
        want = {normalize_currency(c) for c in truth[k].get("currency", []) if c.strip() not in ("$", "")}
        want.discard(None)
        if want and k in predicted:
            judged += 1
            right += got in want
    if judged:
        print(f"currency accuracy {right / judged:.3f} ({right}/{judged} priced pages with an unambiguous currency)")

    avail = {"InStock": "in_stock", "OutOfStock": "out_of_stock"}
    judged = right = 0
    for k, got in zip(keys, df["availability"]):
        want = {avail.get(a) for a in truth[k].get("availability", [])} - {None}
        if want:
            judged += 1
            right += got in want
    print(f"availability accuracy {right / judged:.3f} ({right}/{judged} pages; 'unknown' counts as wrong)")
    methods = df.loc[df["status"] == "ok", "method"].value_counts().to_dict()
    print("price found by: " + ", ".join(f"{k or '?'} {v}" for k, v in methods.items()))

    # The visible-page reader alone: the same pages with their JSON-LD, microdata and
    # product meta tags removed, as if no shop published structured data.
    from pricesync.scrape.decode import decode_html
    from pricesync.scrape.extract import parse_html
    from pricesync.scrape.visible import analyse, best_candidate

    start = time.perf_counter()
    visible = {}
    for k, path in zip(keys, paths):
        doc = parse_html(decode_html(Path(path).read_bytes()))
        if doc is None:
            continue
        for el in doc.xpath('//script[contains(@type, "ld+json")] | //meta[@itemprop] | //link[@itemprop]'
                            ' | //meta[starts-with(@property, "product:") or starts-with(@property, "og:price")]'):
            el.getparent().remove(el)
        for el in doc.xpath("//*[@itemprop]"):
            del el.attrib["itemprop"]
        best = best_candidate(analyse(doc))
        if best is not None:
            visible[k] = best.amount
    v = score_prices({k: truth[k] for k in keys}, visible)
    print(f"visible reader alone (structured data removed): F1 {v['f1']:.3f}  precision {v['precision']:.3f}  "
          f"recall {v['recall']:.3f}  ({time.perf_counter() - start:.1f} s)")

    if "--errors" in argv:
        for k, got, method in zip(keys, df["price"], df["method"]):
            true = truth[k].get("price", [])
            ok = got is not None and got in {decimal_or_none(v) for v in true}
            if not ok and (true or got is not None):
                print(f"  {k[:12]} predicted {got} [{method}] true {true}  {truth[k].get('url', '')[:70]}")
    return verdict({f"price F1 >= {F1_TARGET}": m["f1"] >= F1_TARGET})


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
