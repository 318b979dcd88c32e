"""Price-string accuracy: ``pricesync.parse_price`` vs scrapinghub's price-parser.

    .venv/bin/python bench/bench_price_strings.py [CSV] [--errors]

Reads ``../shared/data/prices/price_strings.csv`` (``raw_string, currency_hint,
expected_amount, expected_currency, decimal_separator``; empty expected amount = no price)
and scores exact Decimal equality of the amount. Currency is scored where the expected
symbol names one ISO currency (``руб.`` -> RUB; ``kr`` or ``Rs`` name several, skipped).
price-parser is only measured when installed (``pip install price-parser``); it is not
a dependency of pricesync.

Targets: amount exact >= 0.985 (price-parser scores 705/713 = 0.989 on the shared file)
and, when price-parser is installed, no lower than its score; currency ISO >= 0.99.
Exits 1 outside a target, 2 when the file is not there.
"""
from __future__ import annotations

import csv
import sys
import time
from decimal import Decimal
from pathlib import Path

from targets import no_data, verdict

REPO = Path(__file__).resolve().parent.parent
DEFAULT = REPO.parent / "shared" / "data" / "prices" / "price_strings.csv"
AMOUNT_TARGET, CURRENCY_TARGET = 0.985, 0.99


def load(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def expected_amount(row: dict[str, str]) -> Decimal | None:
    return Decimal(row["expected_amount"]) if row["expected_amount"].strip() else None


def score(name: str, parse, rows, *, show_errors: bool) -> float:
    hits = 0
    start = time.perf_counter()
    errors = []
    for row in rows:
        got = parse(row)
        want = expected_amount(row)
        if got == want:
            hits += 1
        else:
            errors.append((row["raw_string"], row["currency_hint"], row["decimal_separator"], want, got))
    elapsed = time.perf_counter() - start
    share = hits / len(rows)
    print(f"{name:<16} amount exact: {hits}/{len(rows)} = {share:.4f}   ({len(rows) / elapsed:,.0f} strings/s)")
    if show_errors:
        for raw, hint, sep, want, got in errors:
            print(f"    {raw!r} hint={hint!r} sep={sep!r}: expected {want}, got {got}")
    return share


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(REPO))
    from pricesync import parse_price
    from pricesync.parse.currency import normalize_currency

    args = [a for a in argv if not a.startswith("--")]
    show_errors = "--errors" in argv
    path = Path(args[0]) if args else DEFAULT
    if not path.exists():
        return no_data(path)
    rows = load(path)
    print(f"{path.name}: {len(rows)} strings")

    def ours(row):
        return parse_price(row["raw_string"], currency_hint=row["currency_hint"] or None,
                           decimal_separator=row["decimal_separator"] or None).amount

    amount = score("pricesync", ours, rows, show_errors=show_errors)

    # Currency: only rows whose expected symbol names exactly one ISO currency.
    judged = right = 0
    for row in rows:
        want = normalize_currency(row["expected_currency"]) if row["expected_currency"] else None
        if not want:
            continue
        judged += 1
        got = parse_price(row["raw_string"], currency_hint=row["currency_hint"] or None,
                          decimal_separator=row["decimal_separator"] or None).currency
        right += got == want
    print(f"{'pricesync':<16} currency ISO:  {right}/{judged} = {right / judged:.4f} (rows with a known symbol)")
    checks = {f"amount exact >= {AMOUNT_TARGET}": amount >= AMOUNT_TARGET,
              f"currency ISO >= {CURRENCY_TARGET}": right >= CURRENCY_TARGET * judged}

    try:
        from price_parser import Price
    except ImportError:
        print("price-parser not installed: pip install price-parser to compare")
        return verdict(checks)

    def theirs(row):
        return Price.fromstring(row["raw_string"], currency_hint=row["currency_hint"] or None,
                                decimal_separator=row["decimal_separator"] or None).amount

    checks["amount exact >= price-parser's"] = amount >= score("price-parser", theirs, rows, show_errors=show_errors)
    return verdict(checks)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
