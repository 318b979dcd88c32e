"""``match_offers``: the cascade, one verdict per offer, each explaining itself.

1. a remembered decision for (supplier, supplier_sku);
2. a valid EAN/GTIN equal to the catalog's;
3. the supplier SKU or MPN equal to a catalog code;
4. a model code found in the offer's name equal to one in the catalog;
5. name similarity over candidates from the token index.
Whatever the step, a candidate that differs from the offer in a variant attribute (memory,
volume, colour, model suffix...) or has a close rival is never ``auto``.
"""
from __future__ import annotations

import gc
import math
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pricesync.errors import MatchError
from pricesync.match.candidates.catalog_index import BRAND_SOUND_MIN_LENGTH, CatalogIndex, with_brand
from pricesync.match.reading.catalog_words import (CamelWords, CutWords, DotCuts, GluedWords, LineInitials,
                                                   PlusJoiners, ShadeJoiners, brand_initials, spell_brand_cuts,
                                                   spell_initials)
from pricesync.match.decision.decide import Decider, Verdict
from pricesync.match.remembered import load_decisions, offer_key
from pricesync.match.decision.supplier_lines import tell_supplier_siblings
from pricesync.match.scorer.learned import decide_run
from pricesync.match.reading.names import EMPTY, Analyser, Name
from pricesync.match.parallel import parallel_map, workers_for
from pricesync.match.reading.spellings import heard_brands
from pricesync.match.decision.price_level import hold_price_disagreements, hold_price_outliers, hold_two_prices
from pricesync.report import NullReporter, Reporter
from pricesync.tables import OFFER_COLUMNS

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.match.config import MatchingConfig
    from pricesync.state import State

# Identified offers whose candidates are labelled per run (a sample of big runs).
FREE_LABELS = 4000

RESULT_COLUMNS = ["catalog_sku", "match_score", "match_method", "match_status", "match_reason", "candidates",
                  "catalog_name"]


@dataclass(frozen=True, slots=True)
class Offer:
    supplier: str
    supplier_sku: str
    name: str
    ean: str
    mpn: str
    cost: float = float("nan")
    brand: str = ""


def match_offers(offers: "pd.DataFrame", catalog: "pd.DataFrame", *, config: "MatchingConfig | None" = None,
                 state: "State | None" = None, reporter: Reporter | None = None) -> "pd.DataFrame":
    """Offers (OFFER_COLUMNS) + ``catalog_sku, match_score, match_method, match_status,
    match_reason, candidates, catalog_name``. Row order and every offer column are kept.

    ``candidates`` lists the runners-up of review and unmatched rows ("SKU1 (88), SKU2 (85)");
    ``catalog_name`` is the catalog's name of ``catalog_sku``, for people reading the table.
    How name matches were decided comes with ``match_with_info``."""
    return match_with_info(offers, catalog, config=config, state=state, reporter=reporter)[0]


class _Rows:
    """``[read(row) for row in rows]``, read when asked for."""

    def __init__(self, rows: list[int], read) -> None:
        self._rows, self._read = rows, read

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i: int):
        return self._read(self._rows[i])


@contextmanager
def _collector_paused():
    """The cyclic garbage collector off for the run. A run builds millions of small objects
    that live until it ends (names, the index, verdicts); each full collection walks all of
    them, some thirty times in a 100,000-offer run (a fifth of its time), and in a forked
    worker the walk copies every page it shares with the parent. What the run drops is
    freed by reference counting as before; the collector resumes when the run ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def match_with_info(offers: "pd.DataFrame", catalog: "pd.DataFrame", *, config: "MatchingConfig | None" = None,
                    state: "State | None" = None, reporter: Reporter | None = None,
                    truth: "list[set[str]] | None" = None) -> "tuple[pd.DataFrame, dict]":
    """``match_offers``' table and how its name matches were decided: ``info["decision"]``
    holds the free labels found (identified offers' positive and negative pairs), the
    scorer, the auto cut and its estimated precision (``learned.decide_run``).

    ``truth`` (training, bench/train_match_model.py): each offer's true SKUs (an empty set:
    not in the catalog); every offer's candidates are then labelled, the labels returned in
    ``info["labels"]`` for the offer rows ``info["label_rows"]``."""
    with _collector_paused():
        return _match_with_info(offers, catalog, config=config, state=state, reporter=reporter, truth=truth)


def _match_with_info(offers, catalog, *, config, state, reporter, truth):
    import pandas as pd

    from pricesync.catalog import code_columns, name_columns

    if config is None:
        # Through the config package: its models import each stage's config module.
        from pricesync.config.models import MatchingConfig

        config = MatchingConfig()
    from pricesync.match.reading.words import active as active_words, use_words

    use_words(config.vocabulary_files())  # the shipped words plus the shop's [matching] vocabulary
    reporter = reporter or NullReporter()
    catalog = prepare_catalog(catalog, reporter)
    offers_in = _offer_frame(offers)
    name_cols = name_columns(catalog, config.name_columns or None)
    code_cols = code_columns(catalog, config.code_columns or None)
    missing = [c for c in (config.name_columns or []) + (config.code_columns or []) if c not in catalog.columns]
    if missing:
        reporter.warn(f"[matching] names catalog column(s) the catalog lacks: {', '.join(missing)}")

    brands = catalog["brand"].tolist() if "brand" in catalog.columns else [""] * len(catalog)
    catalog_strings = [with_brand(str(v), str(b)) for col in ["name", *name_cols]
                       for v, b in zip(catalog[col].tolist(), brands) if str(v).strip()]
    initials = brand_initials(brands)
    spelt = spell_brand_cuts(catalog_strings, offers_in["name"], offers_in["brand"])
    offer_strings = [spell_initials(with_brand(n, b), initials) for n, b in zip(spelt, offers_in["brand"])]
    lines = LineInitials(catalog_strings, offer_strings)
    glued = GluedWords(catalog_strings, offer_strings)
    camel = CamelWords(catalog_strings, offer_strings)
    cut = CutWords(catalog_strings, lines.cuts)
    shades = ShadeJoiners(catalog_strings, offer_strings)
    pluses = PlusJoiners(catalog_strings, offer_strings, active_words().lists["plus_names"]["and_words"])
    dots = DotCuts(catalog_strings, offer_strings, active_words().every_word)
    offer_strings = [dots.spell(pluses.spell(shades.spell(camel.spell(cut.spell(glued.spell(lines.spell(s)))))))
                     for s in offer_strings]
    workers = workers_for(len(catalog_strings) + len(offer_strings))
    with reporter.progress("analysing names", total=None):
        analyser = Analyser(catalog_strings + offer_strings, workers=workers)
    with reporter.progress("indexing the catalog", total=None):
        analyser.build(catalog_strings, workers=workers)
        index = CatalogIndex(catalog, analyser, name_cols=name_cols, code_cols=code_cols)
        # A brand column in the other script than the catalog's ("Goodyear" / "ГУД-ЕАР") names its brand.
        index.hear_brands(heard_brands(offers_in["brand"], brands, BRAND_SOUND_MIN_LENGTH))
        index.slot_words  # noqa: B018  computed once here, not in each worker
        index.slot_word_heard("")
    remembered = load_decisions(state) if state is not None else {}
    keys, order = _distinct_offers(offers_in)
    prices = [_amount(v) for v in catalog["price"].tolist()] if "price" in catalog.columns else None
    decider = Decider(index, config, remembered, prices=prices, label_share=min(1.0, FREE_LABELS / max(1, len(order))))
    index.count_offer_words([analyser.rough_tokens(offer_strings[r]) for r in order])
    records = list(zip(*(offers_in[c] for c in ("supplier", "supplier_sku", "name", "ean", "mpn")),
                       map(_amount, offers_in["cost"]), offers_in["brand"]))

    def offer_name(row: int) -> Name:
        return analyser.get(offer_strings[row]) if offer_strings[row].strip() else EMPTY

    def decide_batch(rows: list[int]) -> list[tuple[Verdict, tuple[str, ...]]]:
        names = [offer_name(r) for r in rows]
        candidates = index.candidates(names, k=config.candidates)
        # (each offer's tokens come back with its verdict: the supplier's words are counted in this
        # process, which has not read the names the other workers read)
        return [(decider.decide(Offer(*records[r]), n, c, truth[r] if truth is not None else None), n.tokens)
                for r, n, c in zip(rows, names, candidates)]

    # Offers go in batches (one candidate query each) to the workers, which share the index.
    size = max(1000, -(-len(order) // (4 * workers)))
    batches = [order[i:i + size] for i in range(0, len(order), size)]
    with reporter.progress("matching offers", total=None):
        decided_with_tokens = [v for part in parallel_map(decide_batch, batches, workers) for v in part]
    decided = [v for v, _ in decided_with_tokens]
    verdicts = {keys[row]: v for row, v in zip(order, decided)}
    summary = decide_run(decided, config, reporter, training=truth is not None)
    if truth is None:
        # After the scorer: a sibling in the supplier's own list overrules a name match (the few
        # offers compared there are read again here, when another worker read them).
        tell_supplier_siblings(decided, [records[r][0] for r in order], [records[r][2] for r in order],
                               _Rows(order, offer_name), decider, [str(records[r][4] or "") for r in order],
                               tokens=[t for _, t in decided_with_tokens])
        # Last, by the offers' costs: far off the supplier's usual ratio to the catalog's price is
        # another quantity; two names at two costs for one item are two products or two prices.
        currencies = offers_in["currency"]
        sources = [(records[r][0], currencies[r]) for r in order]
        costs = [records[r][5] for r in order]
        if prices is not None:
            price_of = dict(zip(index.skus, prices))
            hold_price_outliers(decided, sources, costs, price_of)
            hold_price_disagreements(decided, sources, costs, price_of)
        hold_two_prices(decided, sources, [records[r][2] for r in order], costs)

    out = offers.copy().reset_index(drop=True)
    for col in OFFER_COLUMNS:
        if col not in out.columns:
            out[col] = ""
    rows = [verdicts[k] for k in keys]
    out["catalog_sku"] = pd.Series([v.sku for v in rows], dtype=object)
    out["match_score"] = [int(v.score) for v in rows]
    out["match_method"] = pd.Series([v.method for v in rows], dtype=object)
    out["match_status"] = pd.Series([v.status for v in rows], dtype=object)
    out["match_reason"] = pd.Series([v.reason for v in rows], dtype=object)
    out["candidates"] = pd.Series([v.candidates for v in rows], dtype=object)
    title = dict(zip(index.skus, index.titles))
    out["catalog_name"] = pd.Series([title.get(v.sku, "") for v in rows], dtype=object)
    info = {"decision": summary}
    if truth is not None:
        info.update(labels=[v.labels for v in decided], label_rows=order)
    return out, info


def _amount(value) -> float:
    """A cost or price cell as a float (NaN when blank or not a number)."""
    try:
        x = float(str(value).replace(",", ".")) if value not in (None, "") else math.nan
    except ValueError:
        return math.nan
    return x if x > 0 else math.nan


def _distinct_offers(offers_in: dict[str, list[str]]) -> tuple[list[int], list[int]]:
    """Identical offers (one product listed by several files) are decided once: each row's
    group, and the first row of every group."""
    distinct: dict[tuple, int] = {}
    keys = []
    for supplier, sku, name, ean, mpn, brand in zip(*(offers_in[c] for c in ("supplier", "supplier_sku", "name",
                                                                                "ean", "mpn", "brand"))):
        key = (supplier, offer_key(sku, name), name, ean, mpn, brand)
        keys.append(distinct.setdefault(key, len(distinct)))
    firsts: dict[int, int] = {}
    for row, k in enumerate(keys):
        firsts.setdefault(k, row)
    return keys, sorted(firsts.values())


def _offer_frame(offers: "pd.DataFrame") -> dict[str, list[str]]:
    """The offer columns the engine reads, as lists of stripped text (not a frame: a frame's
    text columns are Arrow arrays, several times slower to walk cell by cell)."""
    if "name" not in offers.columns:
        raise MatchError(f"offers lack column 'name'; found: {', '.join(map(str, offers.columns))}")
    df = offers.reset_index(drop=True)
    cols = {}
    for col in ("supplier", "supplier_sku", "name", "brand", "ean", "mpn", "cost", "currency"):
        values = df[col].tolist() if col in df.columns else [""] * len(df)
        cols[col] = ["" if v is None or (isinstance(v, float) and v != v) else str(v).strip() for v in values]
    return cols


def prepare_catalog(catalog: "pd.DataFrame", reporter: Reporter) -> "pd.DataFrame":
    """The catalog in a canonical order (by SKU, so results never depend on row order),
    without rows that cannot be matched: no SKU, no name, a repeated SKU (first kept),
    each reported."""
    for col in ("sku", "name"):
        if col not in catalog.columns:
            raise MatchError(f"catalog lacks column '{col}'; found: {', '.join(map(str, catalog.columns))}")
    from pricesync.parse.codes import normalize_code

    df = catalog.reset_index(drop=True).copy()
    df = df.fillna("")
    df["sku"] = [normalize_code(v) for v in df["sku"].tolist()]
    df["name"] = [str(v).strip() for v in df["name"].tolist()]
    empty_sku = df["sku"] == ""
    empty_name = (df["name"] == "") & ~empty_sku
    dup = df["sku"].duplicated(keep="first") & ~empty_sku
    if empty_sku.any():
        reporter.warn(f"catalog: {int(empty_sku.sum())} row(s) without a SKU skipped")
    if empty_name.any():
        reporter.warn(f"catalog: {int(empty_name.sum())} item(s) without a name can only match by EAN or code: "
                      + ", ".join(df.loc[empty_name, "sku"].head(5)))
    if dup.any():
        reporter.warn(f"catalog: duplicate SKU(s) {', '.join(sorted(set(df.loc[dup, 'sku']))[:5])}: first row kept")
    df = df[~empty_sku & ~dup]
    if df.empty:
        raise MatchError("catalog has no usable rows (every row lacks a SKU)")
    return df.sort_values("sku", kind="stable").reset_index(drop=True)
