"""Fit the learned match scorer (pricesync/match/scorer/match_model.json) on labelled pairs.

    .venv/bin/python bench/train_match_model.py                       # the shipped model
    .venv/bin/python bench/train_match_model.py --fit prosept,siblings,electronics \\
        --out /tmp/model_ru_gen.json                                  # a model for cross-source checks
    .venv/bin/python bench/bench_match.py --model /tmp/model_ru_gen.json --sets walmart_amazon,amazon_google

Each source runs through ``match_with_info`` with its truth: every offer's top name candidates
become labelled pairs (the true item added when the candidates miss it), and the name step's
best candidate that passes every veto is an offer-level example (right or wrong) for the
auto cut. Sources (the generated ones with seeds the bench does not use):
- prosept (../shared/data/matching/prosept; offers without a truth row are left out),
- amazon_google (../shared/data/matching/amazon_google; only offers the mapping pairs),
- walmart_amazon (../shared/data/matching/walmart_amazon),
- siblings (samples/matching/siblings.py, seed 7), electronics (samples/matching/electronics.py, seed 11).
retail_en and holdout_en are never fitted on.

The weights come from a logistic regression (numpy, Newton steps, L2 = 1, each source
weighing the same) on all pairs of the fit sources; the cut curve (estimated precision per
probability cut) from two-fold cross-fitting: offers split by a fixed hash, each half scored
by the model fitted on the other half. Deterministic: the same data give the same file.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import zlib
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_match  # noqa: E402

SEED = 20261206
SOURCES = {
    "prosept": lambda: _known_only(bench_match.load_prosept()),
    "amazon_google": lambda: _known_only(bench_match.load_amazon_google()),
    "walmart_amazon": lambda: bench_match.load_walmart_amazon(),
    "siblings": lambda: bench_match.load_siblings(seed=7),
    "electronics": lambda: bench_match.load_electronics(seed=11),
}


def _known_only(loaded):
    """Offers without a truth row are unknown (the mapping is incomplete), not unmatched."""
    offers, catalog, truth = loaded
    return offers, catalog, [t if t else None for t in truth]


def collect(name: str):
    """(pairs X, pairs y, offer-level X, offer-level right, offer ids, pair offer ids) of one source."""
    from pricesync.match import match_with_info

    offers, catalog, truth = SOURCES[name]()
    result, info = match_with_info(offers, catalog, truth=truth)
    px, py, ox, oright, oid, pid = [], [], [], [], [], []
    for row, labels in zip(info["label_rows"], info["labels"]):
        if labels is None or truth[row] is None:
            continue
        best, right, pairs, _ = labels
        for f, lab in pairs:
            px.append(f)
            py.append(float(lab))
            pid.append(f"{name}:{row}")
        if best is not None:
            ox.append(best)
            oright.append(bool(right))
            oid.append(f"{name}:{row}")
    print(f"{name}: {len(py)} pairs ({int(sum(py))} positive), {len(ox)} offers for the cut "
          f"({sum(oright)} right)", file=sys.stderr)
    return np.array(px), np.array(py), np.array(ox), np.array(oright), oid, pid


def _fold(ids: list[str]) -> np.ndarray:
    return np.array([zlib.crc32(f"{SEED}:{i}".encode()) % 2 for i in ids])


def train(names: list[str]):
    from pricesync.match.scorer.learned import bins, curve, fit

    data = {n: collect(n) for n in names}
    px = np.vstack([d[0] for d in data.values()])
    py = np.concatenate([d[1] for d in data.values()])
    # each source weighs the same; pairs belong to the offer's fold through their offer
    pw = np.concatenate([np.full(len(d[1]), len(py) / (len(data) * len(d[1]))) for d in data.values()])
    model = fit(px, py, weight=pw, l2=1.0)
    # cross-fitted probabilities for the cut curve: pairs of offers in one fold fit the other's model
    probs, rights = [], []
    for fold in (0, 1):
        sx, sy, sw = [], [], []
        for d in data.values():
            pair_fold = _fold(d[5])
            keep = pair_fold != fold
            sx.append(d[0][keep])
            sy.append(d[1][keep])
            sw.append(np.full(int(keep.sum()), 1.0 / max(1, int(keep.sum()))))
        half = fit(np.vstack(sx), np.concatenate(sy), weight=np.concatenate(sw) * sum(map(len, sy)) / len(data))
        for d in data.values():
            sel = _fold(d[4]) == fold
            if sel.any():
                probs.append(half.prob(d[2][sel]))
                rights.append(d[3][sel])
    model.bins = bins(np.concatenate(probs), np.concatenate(rights))
    points = [c for c in curve(np.concatenate(probs), np.concatenate(rights)) if c[1] >= 0.9]
    # a curve of ~100 points is enough to look a cut up
    model.curve = points[::max(1, len(points) // 100)] + points[-1:] if points else []
    model.info = {"trained_on": names, "seed": SEED, "pairs": int(len(py)), "positives": int(py.sum()),
                  "held_out_offers": int(sum(map(len, rights)))}
    return model


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":  # set order feeds float sums: fix it for one same file
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", default=",".join(SOURCES), help="sources to fit on")
    parser.add_argument("--out", default=str(REPO / "pricesync" / "match" / "match_model.json"))
    args = parser.parse_args()
    if not bench_match.DATA.exists():
        sys.exit(f"{bench_match.DATA} not present")
    model = train(args.fit.split(","))
    Path(args.out).write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    weights = dict(zip(model.to_json()["features"], model.weights.round(3).tolist()))
    print(json.dumps({"out": args.out, "weights": weights, "bias": round(model.bias, 3),
                      "cut_for_0.99": model.cut_for(0.99)}, indent=1))


if __name__ == "__main__":
    main()
