"""Push 10,000 changed SKUs through the real plan + push engine (journal included) to every
connector stand-in in tests/standins/ and to every feed type; then plan 100,000 SKUs
against the dummy channel.

    .venv/bin/python bench/bench_push.py              # everything
    .venv/bin/python bench/bench_push.py woocommerce yml --skus 2000

For each target: requests the stand-in received during the push, batches sent, seconds
for the push (plan excluded; its reads are counted separately) and SKUs/s.

Target: every changed SKU pushed to every target (none failed or pending, no target
ending in an exception); the speeds are reported, not held to a number. Exits 1 outside
the target (its data is generated, so it never exits 2).
"""
from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from targets import verdict  # noqa: E402

FEEDS = {"csv": "feed.csv", "xlsx": "feed.xlsx", "yml": "feed.yml", "google_merchant": "feed.xml"}
NOT_STANDINS = {"__init__", "common", "server", "sources"}   # sources: supplier-file servers, not channels


def write_config(folder: Path, table: dict) -> Path:
    import json

    body = "".join(f"{k} = {json.dumps(v)}\n" for k, v in table.items())
    path = folder / "pricesync.toml"
    path.write_text(f'[state]\npath = "state.sqlite"\n[shop]\ncurrency = "RUB"\n[channels.target]\n{body}',
                    encoding="utf-8")
    return path


def prices_for(current: dict) -> "object":
    """Every SKU moved: price +1 (whole units: Wildberries takes no kopecks), stock +1."""
    import pandas as pd

    skus = sorted(current)
    return pd.DataFrame({
        "sku": skus,
        "price": pd.Series([(current[s].price or Decimal(100)) + 1 for s in skus], dtype=object),
        "stock": [(current[s].stock or 0) + 1 for s in skus],
        "status": "ok", "explanation": "bench", "name": [f"Товар {s}" for s in skus],
    })


def bench_standin(kind: str, n: int) -> dict:
    from pricesync.config import load_config
    from pricesync.pipeline import open_channels, plan, push
    from pricesync.state import State
    from tests.standins.server import serve

    module = importlib.import_module(f"tests.standins.{kind}")
    standin = module.Standin()
    standin.seed(n)
    with tempfile.TemporaryDirectory() as tmp, serve(standin.wsgi_app, https=True, tmp_path=Path(tmp)) as served:
        table = standin.channel_config(served.url, served.ca_bundle)
        from pricesync.channels.registry import get_channel_type

        fields = get_channel_type(table["type"]).config_model.model_fields
        if "poll_interval" in fields:        # async APIs: poll the stand-in briskly
            table.update(poll_interval=0.05, poll_max_interval=0.2)
        cfg = load_config(write_config(Path(tmp), table))
        [channel] = open_channels(cfg, ["target"], env=standin.env)
        with State(Path(tmp) / "state.sqlite") as state:
            current = channel.fetch_current(_skus(standin, n))
            prices = prices_for(current)
            before = len(standin.requests)
            t0 = time.perf_counter()
            [p] = plan(cfg, prices, channels=[channel], state=state)
            t1 = time.perf_counter()
            reads = len(standin.requests) - before
            [r] = push(cfg, [p], channels=[channel], state=state).channels
            t2 = time.perf_counter()
        channel.close()
    return {"target": kind, "skus": len(p.changes), "pushed": r.pushed, "failed": r.failed + r.pending,
            "batches": r.batches, "requests": len(standin.requests) - before - reads, "plan_reads": reads,
            "plan_s": t1 - t0, "push_s": t2 - t1,
            "note": f"first failure: {r.failures[0].message}" if r.failures else ""}


def _skus(standin, n: int) -> list[str]:
    from tests.standins.common import seed_skus

    return seed_skus(n)


def bench_feed(kind: str, n: int) -> dict:
    import pandas as pd

    from pricesync.config import load_config
    from pricesync.pipeline import plan, push

    with tempfile.TemporaryDirectory() as tmp:
        cfg = load_config(write_config(Path(tmp), {"type": kind, "path": FEEDS[kind]}))
        skus = [f"SKU-{i:05d}" for i in range(1, n + 1)]
        base = pd.DataFrame({"sku": skus, "price": pd.Series([Decimal(100 + i % 900) for i in range(n)], dtype=object),
                             "stock": [i % 50 for i in range(n)], "status": "ok", "explanation": "",
                             "name": [f"Товар {s} & <x>" for s in skus], "category": "Инструмент"})
        push(cfg, plan(cfg, base))                      # the feed as it was yesterday
        moved = base.assign(price=pd.Series([p + Decimal("1.01") for p in base["price"]], dtype=object),
                            stock=[s + 1 for s in base["stock"]])
        t0 = time.perf_counter()
        plans = plan(cfg, moved)
        t1 = time.perf_counter()
        [r] = push(cfg, plans).channels
        t2 = time.perf_counter()
        size = (Path(tmp) / FEEDS[kind]).stat().st_size
    return {"target": f"{kind} feed", "skus": len(plans[0].changes), "pushed": r.pushed, "failed": r.failed,
            "batches": r.batches, "requests": 0, "plan_reads": 0, "plan_s": t1 - t0, "push_s": t2 - t1,
            "note": f"{size / 1e6:.1f} MB file"}


def bench_plan_dummy(n: int) -> dict:
    import pandas as pd

    from pricesync.channels.base import Current
    from pricesync.config import load_config
    from pricesync.pipeline import open_channels, plan

    with tempfile.TemporaryDirectory() as tmp:
        cfg = load_config(write_config(Path(tmp), {"type": "dummy"}))
        [dummy] = open_channels(cfg, ["target"])
        skus = [f"SKU-{i:06d}" for i in range(n)]
        dummy.items = {s: Current(s, Decimal(100 + i % 900), i % 50, ref={"id": i}) for i, s in enumerate(skus)}
        prices = pd.DataFrame({"sku": skus,
                               "price": pd.Series([Decimal(100 + i % 900) + (i % 3) for i in range(n)], dtype=object),
                               "floor": pd.Series([Decimal(90)] * n, dtype=object),
                               "stock": [(i % 50) + (i % 2) for i in range(n)],
                               "status": ["held" if i % 97 == 0 else "ok" for i in range(n)], "explanation": "bench"})
        t0 = time.perf_counter()
        [p] = plan(cfg, prices, channels=[dummy])
        t1 = time.perf_counter()
    return {"skus": n, "changes": len(p.changes), "held": len(p.held), "seconds": t1 - t0}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("only", nargs="*", help="targets whose name contains one of these")
    parser.add_argument("--skus", type=int, default=10_000)
    parser.add_argument("--plan-skus", type=int, default=100_000)
    args = parser.parse_args(argv)
    import logging

    logging.getLogger("werkzeug").setLevel(logging.ERROR)     # one line per request would drown the table
    standins = sorted(p.stem for p in (REPO / "tests" / "standins").glob("*.py") if p.stem not in NOT_STANDINS)
    targets = [(k, bench_standin) for k in standins] + [(k, bench_feed) for k in FEEDS]
    if args.only:
        targets = [(k, f) for k, f in targets if any(o in k for o in args.only)]
    print(f"push of {args.skus} changed SKUs through plan + push (journal in SQLite), stand-ins over HTTPS on 127.0.0.1")
    print(f"{'target':<22}{'changed':>8}{'pushed':>8}{'failed':>7}{'batches':>8}{'requests':>9}{'reads':>7}"
          f"{'plan s':>8}{'push s':>8}{'SKUs/s':>9}  note")
    checks = {}
    for kind, fn in targets:
        try:
            r = fn(kind, args.skus)
        except Exception as exc:  # one broken stand-in must not hide the others' numbers
            print(f"{kind:<22} FAILED: {type(exc).__name__}: {exc}")
            checks[f"{kind} pushes without an exception"] = False
            continue
        checks[f"{r['target']}: every changed SKU pushed"] = r["pushed"] == r["skus"] and not r["failed"]
        rate = r["pushed"] / r["push_s"] if r["push_s"] else 0
        print(f"{r['target']:<22}{r['skus']:>8}{r['pushed']:>8}{r['failed']:>7}{r['batches']:>8}{r['requests']:>9}"
              f"{r['plan_reads']:>7}{r['plan_s']:>8.2f}{r['push_s']:>8.2f}{rate:>9.0f}  {r.get('note', '')}", flush=True)
    if not args.only or any("plan" in o or "dummy" in o for o in args.only):
        r = bench_plan_dummy(args.plan_skus)
        print(f"\nplan of {r['skus']} SKUs against the dummy channel: {r['seconds']:.2f} s "
              f"({r['skus'] / r['seconds']:.0f} SKUs/s; {r['changes']} changes, {r['held']} held)")
    return verdict(checks)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
