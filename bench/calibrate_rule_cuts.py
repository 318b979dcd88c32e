"""Where the rules' cuts sit on labelled data: the share right of the name matches that a
looser ``[matching] auto_threshold`` (``ambiguity_margin``, ``code_name_floor``, or one of the
engine's constants) would add, value by value.

    .venv/bin/python bench/calibrate_rule_cuts.py                          # the public sets, 50..90
    .venv/bin/python bench/calibrate_rule_cuts.py --sets prosept,retail_en --range 60:80
    .venv/bin/python bench/calibrate_rule_cuts.py --cut ambiguity_margin --range 0:15
    .venv/bin/python bench/calibrate_rule_cuts.py --cut vetoes.RIVAL_WORD_WEIGHT --range 0.5:3:0.25 --stricter lower

Each set is matched with the rules at every value of the cut in the range (``--stricter``
says which way the cut is stricter: a higher ``[matching]`` cut, a wider sibling window, a
lower rare-word weight). An offer that is ``auto`` at a value and not at the next stricter
one enters at that value: its name match is what the looser value adds. Pooled over the sets (offers a set's truth does not know are left out), the entries
are made monotone in the cut (pool adjacent violators: a higher score is never less often
right) and printed as bands with their share right, followed by the lowest cut whose band
reaches each target precision - the cut that target would choose - and the band of the
configured default. Exit 1 when the default's band is below the lowest target listed: the
default then adds matches less often right than any target allows.
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_match  # noqa: E402


def _known_only(loaded):
    """Offers without a pair are unknown (the pair list is incomplete), not absent from the
    catalog: left out of the bands rather than counted wrong."""
    offers, catalog, truth = loaded
    return offers, catalog, [t if t else None for t in truth]


SETS = {
    "prosept": lambda: _known_only(bench_match.load_prosept()),
    "prosept_one_name": lambda: _known_only(bench_match.load_prosept_one_name()),
    "amazon_google": lambda: _known_only(bench_match.load_amazon_google()),
    "walmart_amazon": lambda: bench_match.load_walmart_amazon(),
    "siblings": lambda: bench_match.load_siblings(),
    "electronics": lambda: bench_match.load_electronics(),
    "retail_en": lambda: bench_match.load_retail_en(),
}
# The hand-written development rounds of other trades (tyres, cosmetics, parts, electronics...),
# by name or a whole round (``--sets domains_dev7``); never the holdout. Named only: the
# default sets are the public ones.
SETS.update({f"{d}_{part}": (lambda d=d, part=part: bench_match.load_domain(d, part))
             for part, names in bench_match.DOMAINS.items() if part != "holdout" for d in names})
DEFAULT_SETS = ("prosept", "prosept_one_name", "amazon_google", "walmart_amazon", "siblings", "electronics", "retail_en")


def entries(autos_by_cut: dict[int, dict[int, bool | None]]) -> list[tuple[int, bool]]:
    """(cut, right) of each offer that is auto at a cut and not at the next one up; the
    highest cut's autos enter there. Offers whose truth is unknown (None) are left out."""
    cuts = sorted(autos_by_cut)
    out = []
    for cut, above in zip(cuts, cuts[1:] + [None]):
        higher = autos_by_cut[above] if above is not None else {}
        out.extend((cut, right) for offer, right in autos_by_cut[cut].items()
                   if offer not in higher and right is not None)
    return out


def monotone_bands(entered: list[tuple[int, bool]]) -> list[tuple[int, int, int, int]]:
    """(lowest cut, highest cut, right, entries) per band, adjacent cuts pooled until the
    share right never falls as the cut rises."""
    per_cut: dict[int, list[int]] = {}
    for cut, right in entered:
        got = per_cut.setdefault(cut, [0, 0])
        got[0] += right
        got[1] += 1
    bands: list[list[int]] = []
    for cut in sorted(per_cut):
        bands.append([cut, cut, *per_cut[cut]])
        while len(bands) > 1 and bands[-2][2] * bands[-1][3] > bands[-1][2] * bands[-2][3]:
            low, high = bands.pop(), bands.pop()
            bands.append([high[0], low[1], high[2] + low[2], high[3] + low[3]])
    return [tuple(b) for b in bands]


def cut_for(bands: list[tuple[int, int, int, int]], target: float) -> int | None:
    """The lowest cut of the first band whose share right reaches ``target`` (bands are
    monotone: every band above it does too)."""
    return next((low for low, _, right, n in bands if right / n >= target), None)


def band_of(bands: list[tuple[int, int, int, int]], cut: int) -> tuple[int, int, int, int] | None:
    """The band holding ``cut``, or the first one above it when no offer entered there."""
    return next((b for b in bands if cut <= b[1]), None)


def _module_path(module: str) -> str:
    """The dotted path of a match module named by its own name (``vetoes``) or its path inside the
    package (``decision.vetoes``)."""
    import pkgutil

    import pricesync.match as package

    found = [info.name for info in pkgutil.walk_packages(package.__path__, "pricesync.match.")
             if info.name == f"pricesync.match.{module}" or info.name.endswith(f".{module}")]
    if not found:
        raise SystemExit(f"pricesync.match: no module {module}")
    return min(found, key=len)


def _constant(cut_name: str):
    """(module, name) of an engine constant written ``module.NAME`` ("vetoes.SIBLING_WINDOW"),
    None for a ``[matching]`` key."""
    if "." not in cut_name:
        return None
    module, name = cut_name.rsplit(".", 1)
    module = importlib.import_module(_module_path(module))
    if not hasattr(module, name):
        raise SystemExit(f"pricesync.match.{cut_name}: no such constant")
    return module, name


def default_of(cut_name: str):
    from pricesync.match.config import MatchingConfig

    constant = _constant(cut_name)
    return getattr(*constant) if constant else getattr(MatchingConfig(), cut_name)


@contextmanager
def _constant_set(cut_name: str, value):
    """The constant at ``value`` in its module and wherever a module imported it by name."""
    module, name = _constant(cut_name)
    old = getattr(module, name)
    holders = [m for key, m in sys.modules.items() if key.startswith("pricesync.match") and m is not None
               and getattr(m, name, None) is old]
    for m in holders:
        setattr(m, name, value)
    try:
        yield
    finally:
        for m in holders:
            setattr(m, name, old)


def sweep(name: str, cut_name: str, cuts) -> dict:
    from pricesync.match import match_offers
    from pricesync.match.config import MatchingConfig

    offers, catalog, truth = SETS[name]()
    out = {}
    for cut in cuts:
        if _constant(cut_name):
            with _constant_set(cut_name, cut):
                result = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
        else:
            config = MatchingConfig(scorer="rules", **({"auto_threshold": cut, "review_threshold": min(cut, 50)}
                                                       if cut_name == "auto_threshold" else {cut_name: cut}))
            result = match_offers(offers, catalog, config=config)
        auto = result["match_status"].eq("auto").tolist()
        # An empty truth is an offer whose product the catalog lacks: any auto there is wrong.
        out[cut] = {i: (sku in truth[i] if truth[i] is not None else None)
                    for i, (a, sku) in enumerate(zip(auto, result["catalog_sku"].tolist())) if a}
    return out


def values_of(spec: str, integer: bool) -> list:
    """``low:high[:step]`` as the values of the range, both ends included."""
    low, high, *step = spec.split(":")
    if integer:
        return list(range(int(low), int(high) + 1, int(step[0]) if step else 1))
    low, high, step = float(low), float(high), float(step[0]) if step else 0.1
    return [round(low + i * step, 6) for i in range(int(round((high - low) / step)) + 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS),
                        help="public sets and development rounds (tyres_en_dev7, or domains_dev7 for a round)")
    parser.add_argument("--cut", default="auto_threshold",
                        help="auto_threshold, ambiguity_margin, code_name_floor, or an engine constant as "
                             "module.NAME (vetoes.SIBLING_WINDOW)")
    parser.add_argument("--range", default="50:90", help="lowest:highest[:step] value of the cut")
    parser.add_argument("--stricter", choices=("higher", "lower"), default="higher",
                        help="which way of the cut is stricter")
    parser.add_argument("--targets", default="0.97,0.98,0.99")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not bench_match.DATA.exists():
        print(f"{bench_match.DATA} not present", file=sys.stderr)
        return 2
    default = default_of(args.cut)
    values = values_of(args.range, isinstance(default, int))
    # The bands are worked on ranks, loosest value first: the stricter way may be either.
    ordered = sorted(values, reverse=args.stricter == "lower")
    rank = {v: i for i, v in enumerate(ordered)}
    names = bench_match.expand_sets(args.sets)
    unknown = [n for n in names if n not in SETS]
    if unknown:
        parser.error(f"unknown set(s): {', '.join(unknown)}")
    by_set: dict[str, list[tuple[int, bool]]] = {}
    for name in names:
        got = by_set[name] = entries({rank[v]: autos for v, autos in sweep(name, args.cut, ordered).items()})
        print(f"{name}: {len(got)} labelled autos, {sum(1 for c, _ in got if c < len(ordered) - 1)} entering "
              f"looser than {ordered[-1]}", file=sys.stderr)
    pooled = [e for got in by_set.values() for e in got]
    bands = monotone_bands(pooled)
    targets = [float(t) for t in args.targets.split(",")]
    # A default between two values of the range sits in the band of the next stricter one.
    mine = band_of(bands, next((rank[v] for v in ordered if v == default or (v > default) == (args.stricter == "higher")),
                               len(ordered)))
    # What each set adds to a band: one set's way of listing its products can make a band.
    per_set = [{name: f"{sum(r for c, r in got if a <= c <= b)}/{sum(1 for c, _ in got if a <= c <= b)}"
                for name, got in by_set.items() if any(a <= c <= b for c, _ in got)} for a, b, _, _ in bands]
    # Before pooling: what each value adds, as right / entered.
    raw = {value: f"{sum(r for c, r in pooled if c == i)}/{sum(1 for c, _ in pooled if c == i)}"
           for i, value in enumerate(ordered)}
    report = {"sets": names, "stricter": args.stricter, "entered_by_value": raw,
              "bands": [{"cuts": f"{ordered[a]}-{ordered[b]}", "right": r, "entries": n,
                         "share_right": round(r / n, 4), "by_set": sets}
                        for (a, b, r, n), sets in zip(bands, per_set)],
              "cut_for_target": {str(t): (ordered[c] if c is not None else None)
                                 for t, c in ((t, cut_for(bands, t)) for t in targets)},
              "default": default, "default_band_share_right": round(mine[2] / mine[3], 4) if mine else None}
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        for band in report["bands"]:
            print(f"cuts {band['cuts']:>7}: {band['right']:>5} / {band['entries']:<5} right = {band['share_right']}  "
                  + ", ".join(f"{name} {got}" for name, got in band["by_set"].items()))
        print("entered by value (right/entered): " + ", ".join(f"{v} {got}" for v, got in raw.items()))
        for t, cut in report["cut_for_target"].items():
            print(f"target {t}: cut {cut}")
        print(f"default {args.cut} {default}: its band is right {report['default_band_share_right']}")
    return 1 if mine and mine[2] / mine[3] < min(targets) else 0


if __name__ == "__main__":
    sys.exit(main())
