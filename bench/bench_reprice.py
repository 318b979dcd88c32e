"""Time ``pricesync.pricing.reprice`` on 1,000,000 matched offers.

    .venv/bin/python bench/bench_reprice.py                 # 1,000,000 offers over 300,000 SKUs
    .venv/bin/python bench/bench_reprice.py --offers 200000 --skus 60000 --state

Offers come from 5 suppliers in RUB, USD (own rate and "+2 %" on [fx]), EUR and net-of-VAT
RUB; a quarter have an RRP; 5 % are in review (not used). Rules: category, brand, supplier,
SKU list, cost range, RRP, default. Two competitors price 60 % of the SKUs (one in USD);
the strategy beats the lowest by 1 %. Catalog prices are near the expected ones, with 3 %
far off, so the max_change guard holds some. The timed part is ``reprice`` alone; the
result is then checked (every price >= floor, every money cell Decimal) so the number
measures real work.

Targets: those checks hold and, at the default size, ``reprice`` takes at most 60 s wall
(14 s recorded on a busy 2-core machine, 4.6 s CPU). Exits 1 outside a target (its data is
generated, so it never exits 2).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pricesync.config.models import Config  # noqa: E402
from pricesync.pricing import reprice  # noqa: E402
from targets import verdict  # noqa: E402

DEFAULT_OFFERS, TARGET_SECONDS = 1_000_000, 60
from pricesync.state.store import State  # noqa: E402

CATEGORIES = ["Смартфоны", "Телефоны/Кнопочные", "Ноутбуки", "Аксессуары > Чехлы", "Наушники", "ТВ", "Планшеты", ""]
BRANDS = ["Samsung", "Apple", "Xiaomi", "Honor", "Lenovo", "ASUS", "JBL", "Sony", ""]
SUPPLIERS = [("technoopt", "RUB"), ("mobiopt", "USD"), ("eurotrade", "EUR"), ("netlist", "RUB"), ("dollarsup", "USD")]

CONFIG = {
    "shop": {"currency": "RUB", "vat_rate": "0.20"},
    "fx": {"USD": "92.50", "EUR": "100.10"},
    "suppliers": {
        "technoopt": {"currency": "RUB"},
        "mobiopt": {"currency": "USD", "fx_rate": "95.00"},
        "eurotrade": {"currency": "EUR"},
        "netlist": {"currency": "RUB", "vat_included": False},
        "dollarsup": {"currency": "USD", "fx_markup": "2%"},
    },
    "pricing": {
        "min_margin": "0.10", "max_change": "0.30", "rounding": "99", "ceiling": "msrp",
        "competitor": {"strategy": "beat", "percent": "1%"},
        "rules": [
            {"name": "RRP phones", "when": {"category": "Смартфоны", "brand": "Apple"}, "use_msrp": True},
            {"name": "Смартфоны", "when": {"category": "Смартфоны"}, "markup": "0.15"},
            {"name": "cheap accessories", "when": {"category": "Чехлы", "cost_max": "1000"}, "markup": "0.60", "add": "50"},
            {"name": "Sony", "when": {"brand": ["Sony", "JBL"]}, "markup": "0.22"},
            {"name": "promo", "when": {"sku": [f"S{i:07d}" for i in range(0, 3000, 3)]}, "markup": "0.05"},
            {"name": "netlist", "when": {"supplier": "netlist"}, "markup": "0.18"},
            {"name": "expensive", "when": {"cost_min": "100000"}, "markup": "0.08"},
            {"markup": "0.25"},
        ],
    },
    "stock": {"mode": "sum", "buffer": 1, "threshold": 2, "max_quantity": 100},
}


def _decimals(cents: np.ndarray) -> list[Decimal]:
    return [Decimal(int(c)).scaleb(-2) for c in cents]


def make_data(n_offers: int, n_skus: int, seed: int = 7):
    rng = np.random.default_rng(seed)
    skus = np.array([f"S{i:07d}" for i in range(n_skus)], dtype=object)
    base_cents = rng.integers(5_000, 30_000_000, n_skus)            # 50.00 .. 300 000.00 RUB
    catalog = pd.DataFrame({
        "sku": skus, "name": [f"Item {i}" for i in range(n_skus)],
        "brand": rng.choice(BRANDS, n_skus), "category": rng.choice(CATEGORIES, n_skus), "ean": "",
    })
    far = rng.random(n_skus) < 0.03
    current = (base_cents * np.where(far, 2.0, 1.3 + rng.random(n_skus) * 0.1)).astype(np.int64)
    catalog["price"] = pd.Series([Decimal(int(c // 100)) if c % 7 else None for c in current], dtype=object)
    catalog["stock"] = rng.integers(0, 20, n_skus)

    sku_idx = np.concatenate([np.arange(n_skus), rng.integers(0, n_skus, n_offers - n_skus)])
    sup_idx = rng.integers(0, len(SUPPLIERS), n_offers)
    currency = np.array([SUPPLIERS[i][1] for i in range(len(SUPPLIERS))], dtype=object)[sup_idx]
    rate = np.select([currency == "USD", currency == "EUR"], [92.5, 100.1], 1.0)
    spread = 0.9 + rng.random(n_offers) * 0.2
    cost_cents = np.maximum((base_cents[sku_idx] * spread / rate).astype(np.int64), 1)
    msrp_cents = np.where(rng.random(n_offers) < 0.25, (cost_cents * 1.4).astype(np.int64), 0)
    status = np.where(rng.random(n_offers) < 0.05, "review", "auto")
    matches = pd.DataFrame({
        "supplier": np.array([s for s, _ in SUPPLIERS], dtype=object)[sup_idx],
        "supplier_sku": [f"P{i}" for i in range(n_offers)],
        "name": "", "brand": "", "category": "", "ean": "", "mpn": "",
        "cost": pd.Series(_decimals(cost_cents), dtype=object), "currency": currency,
        "msrp": pd.Series([Decimal(int(m)).scaleb(-2) if m else None for m in msrp_cents], dtype=object),
        "stock": rng.integers(0, 30, n_offers), "stock_raw": "",
        "source_file": np.array([f"{s}.xlsx" for s, _ in SUPPLIERS], dtype=object)[sup_idx],
        "source_sheet": "", "source_row": np.arange(2, n_offers + 2),
        "catalog_sku": skus[sku_idx], "match_score": 100, "match_method": "sku", "match_status": status,
    })
    priced = rng.random(n_skus) < 0.6
    comp_rows = []
    for name, currency_code, rate_f in (("shopA", "RUB", 1.0), ("shopB", "USD", 92.5)):
        sel = np.flatnonzero(priced & (rng.random(n_skus) < 0.8))
        price = (base_cents[sel] * (1.25 + rng.random(len(sel)) * 0.2) / rate_f).astype(np.int64)
        comp_rows.append(pd.DataFrame({
            "catalog_sku": skus[sel], "price": pd.Series(_decimals(price), dtype=object),
            "currency": currency_code, "status": "ok", "competitor": name, "availability": "in_stock",
        }))
    competitors = pd.concat(comp_rows, ignore_index=True)
    return matches, catalog, competitors


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--offers", type=int, default=DEFAULT_OFFERS)
    ap.add_argument("--skus", type=int, default=300_000)
    ap.add_argument("--state", action="store_true", help="also use a SQLite state (acceptances, zero_missing)")
    args = ap.parse_args()
    config = Config.model_validate(CONFIG)
    t0 = time.perf_counter()
    matches, catalog, competitors = make_data(args.offers, args.skus)
    print(f"generated {len(matches):,} offers, {len(catalog):,} SKUs, {len(competitors):,} competitor prices "
          f"in {time.perf_counter() - t0:.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        state = State(Path(tmp) / "state.sqlite") if args.state else None
        if state is not None:
            config.stock.zero_missing = ["technoopt"]
        t0, c0 = time.perf_counter(), time.process_time()
        prices = reprice(matches, catalog, config, competitors=competitors, state=state)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        if state is not None:
            state.close()
    print(f"reprice: {elapsed:.2f} s wall, {cpu:.2f} s CPU for {len(matches):,} offers -> {len(prices):,} prices "
          f"({len(matches) / elapsed:,.0f} offers/s, {len(prices) / elapsed:,.0f} SKUs/s wall); "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("status:", prices["status"].value_counts().to_dict())
    ok = prices[prices["cost_shop"].notna()]
    checks = {"every price >= its floor": all(p >= f for p, f in zip(ok["price"], ok["floor"]))}
    for col in ("cost", "cost_shop", "price", "floor"):
        checks[f"{col} cells are Decimal"] = all(isinstance(v, Decimal) for v in ok[col])
    if args.offers == DEFAULT_OFFERS:
        checks[f"reprice <= {TARGET_SECONDS} s wall"] = elapsed <= TARGET_SECONDS
    print("example:", prices.loc[prices["competitor_min"].notna(), "explanation"].iloc[0])
    return verdict(checks)


if __name__ == "__main__":
    sys.exit(main())
