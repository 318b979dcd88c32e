"""Several price columns in one list (wholesale tiers, retail next to wholesale): which
is the purchase cost, and why.

The words of each header name its tier (``data/price_tiers.toml``, on top of vocab.py's
purchase / retail words); the values decide among columns of the same tier: of columns
whose prices move together the cheaper is the purchase price, and a column that is mostly
empty is a poor choice.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pricesync.ingest import vocab

DATA = Path(__file__).with_name("data") / "price_tiers.toml"
# A column filled in fewer than this share of the rows that carry some price is "mostly empty".
MOSTLY_EMPTY = 0.5
_NUMBER = re.compile(r"\d[\d \u00a0]*(?:[.,]\d+)?")


@dataclass(frozen=True)
class Tier:
    name: str
    rank: int
    label: str
    patterns: tuple[re.Pattern, ...]
    note: str = ""


@lru_cache(maxsize=1)
def tiers() -> tuple[list[Tier], dict[str, Tier]]:
    """(tiers in the order they are tried, every tier by name)."""
    data = tomllib.loads(DATA.read_text(encoding="utf-8"))
    by_name = {name: Tier(name, int(t["rank"]), str(t["label"]), tuple(re.compile(p) for p in t.get("patterns", [])),
                          str(t.get("note", "")))
               for name, t in data["tiers"].items()}
    return [by_name[n] for n in data["order"]], by_name


@dataclass
class PriceColumn:
    index: int
    letter: str
    header: str
    conf: float
    why: str                 # what the header said ("header 'Опт Цена': 'опт' means a purchase price")
    tier: Tier
    word: str = ""           # the header word that named the tier
    number: int | None = None
    family: str = ""         # the header without its number ("опт цена" for "Опт 1 Цена")
    filled: float = 1.0      # share of the sample's priced rows with a price here
    values: list | None = None

    @property
    def describe(self) -> str:
        return f"{self.letter} '{self.header}'"


def classify(header: str) -> tuple[Tier, str]:
    """(tier, the word that says so) of a price column's header."""
    order, by_name = tiers()
    h = vocab.normalize_header(header)
    kind, _why = vocab.price_kind(header)
    if kind == "msrp":
        hit = vocab.MSRP_WORD.search(h)
        return by_name["retail"], hit.group(0) if hit else ""
    for tier in order:
        if tier.name == "retail" and kind == "cost":
            continue
        for p in tier.patterns:
            m = p.search(h)
            if m:
                return tier, m.group(0).strip()
    if kind == "cost":
        hit = vocab.COST_WORD.search(h)
        return by_name["regular"], hit.group(0) if hit else ""
    return by_name["plain"], ""


def _amount(v) -> float | None:
    if v is None or v == "" or isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v) if v == v and v > 0 else None
    m = _NUMBER.search(str(v))
    if not m:
        return None
    s = m.group(0).replace(" ", "").replace("\u00a0", "").replace(",", ".")
    try:
        x = float(s)
    except ValueError:
        return None
    return x if x > 0 else None


def _numberish(values: list) -> bool:
    """Whether a column's filled cells are mostly amounts (not "PLN", "шт")."""
    filled = [v for v in values if v not in ("", None)]
    if not filled:
        return True
    return sum(1 for v in filled if _amount(v) is not None) >= 0.5 * len(filled)


def build(layout, price_cols: list[tuple[int, float, str]], sample) -> tuple[list[PriceColumn], list[int]]:
    """(the price columns with their tier and what the sample rows show, the price-header
    columns whose cells are not amounts: "Waluta Cena A" holding "PLN")."""
    out, not_amounts = [], []
    for index, conf, why in price_cols:
        c = layout.columns[index]
        tier, word = classify(c.header)
        values = sample[index].tolist() if sample is not None and index in sample.columns else None
        if values is not None and not _numberish(values):
            not_amounts.append(index)
            continue
        h = vocab.normalize_header(c.header)
        m = _NUMBER.search(h)
        number = int(re.sub(r"\D", "", m.group(0).split(".")[0].split(",")[0]) or 0) if m else None
        family = _NUMBER.sub("#", h) if m else ""
        out.append(PriceColumn(index, c.letter, c.header, conf, why, tier, word, number, family, values=values))
    if sample is not None and out:
        amounts = {p.index: [_amount(v) for v in p.values] if p.values is not None else None for p in out}
        priced = [any(a[i] is not None for a in amounts.values() if a is not None) for i in range(len(sample))]
        n = max(sum(priced), 1)
        for p in out:
            a = amounts[p.index]
            if a is not None:
                p.filled = sum(1 for x, ok in zip(a, priced) if ok and x is not None) / n
                p.values = a
    return out, not_amounts


def moves_together(a: PriceColumn, b: PriceColumn) -> float | None:
    """Median price ratio b / a when both columns are priced on the same rows and rise and
    fall together (Spearman rank correlation >= 0.9 over at least 5 rows), else None."""
    if not a.values or not b.values:
        return None
    pairs = [(x, y) for x, y in zip(a.values, b.values) if x is not None and y is not None]
    if len(pairs) < 5:
        return None
    import pandas as pd

    xs, ys = pd.Series([p[0] for p in pairs]), pd.Series([p[1] for p in pairs])
    if xs.nunique() < 3 or ys.nunique() < 3:
        same = all(abs(y / x - pairs[0][1] / pairs[0][0]) < 1e-9 for x, y in pairs)
        return pairs[0][1] / pairs[0][0] if same else None
    rho = xs.rank().corr(ys.rank())  # Spearman: Pearson on the ranks
    if rho != rho or rho < 0.9:
        return None
    return float((ys / xs).median())


def choose(cols: list[PriceColumn]) -> tuple[PriceColumn | None, float, str]:
    """(the cost column, confidence, why) among the candidate price columns."""
    if not cols:
        return None, 0.0, ""
    if len(cols) == 1:
        p = cols[0]
        factor = {"regular": 0.95, "small": 0.95, "large": 0.9, "conditional": 0.8, "plain": 0.85, "retail": 0.5}
        return p, p.conf * factor.get(p.tier.name, 0.85), f"{p.why}; the only price column"
    # A column whose header names a price beats one only its values make a price.
    named = [p for p in cols if p.why.startswith("header")] or cols
    best_fill = max(p.filled for p in named)
    usable = [p for p in named if p.filled >= MOSTLY_EMPTY * best_fill] or named
    empty = [p for p in named if p not in usable]
    top = min(p.tier.rank for p in usable)
    group = [p for p in usable if p.tier.rank == top]
    reasons = []
    if len(group) == 1:
        pick, conf = group[0], 0.9
        others = [p for p in usable if p is not pick]
        if others:
            reasons.append(_by_words(pick, others))
    elif all(p.number is not None for p in group) and len({p.family for p in group}) == 1:
        pick = min(group, key=lambda p: (p.number, p.index))
        conf = 0.75
        reasons.append(f"the lowest-numbered of {len(group)} {pick.tier.label}s (the entry tier)")
    else:
        pick, conf = group[0], 0.6
        together = [group[0]]
        for p in group[1:]:
            ratio = moves_together(pick, p)
            if ratio is not None:
                together.append(p)
                if ratio < 0.995:
                    pick = p
        if len(together) > 1:
            conf = 0.75
            reasons.append(f"the lowest of {len(together)} price columns that move together")
        else:
            reasons.append(f"the first of {len(group)} price columns of the same kind (their prices do not "
                           f"move together; set price_column to choose)")
        rest = [p for p in usable if p.tier.rank != top]
        if rest:
            reasons.append(_by_words(pick, rest))
    if empty:
        reasons.append(", ".join(f"{p.describe}" for p in empty) + " mostly empty")
    return pick, pick.conf * conf, "; ".join(r for r in reasons if r)


def _by_words(pick: PriceColumn, others: list[PriceColumn]) -> str:
    kinds = {p.tier.name: p.tier for p in others if p.tier.rank > pick.tier.rank}
    texts = [t.label + (f" ({t.note})" if t.note else "") for t in sorted(kinds.values(), key=lambda t: t.rank)]
    return f"preferred over {' and '.join(texts)}" if texts else ""


def tier_text(p: PriceColumn) -> str:
    """"wholesale tier ('опт')", "retail ('розничн')", "net price ('без ндс')"."""
    label = p.tier.label
    if p.tier.name == "regular" and p.word and vocab.NET_WORD.search(p.word):
        label = "net (purchase) price"
    return label + (f" ('{p.word}')" if p.word else "")


def summary(layout, pick_index: int | None, cols: list[PriceColumn], why: str, fixed_by: str = "") -> str:
    """``cost = column G 'Опт' — wholesale tier ('опт'), the lowest of 3 price columns that
    move together; also seen: H 'Крупный опт' (large wholesale tier), I 'Розница' (retail)``."""
    if pick_index is None:
        return ""
    c = layout.columns[pick_index]
    own = next((p for p in cols if p.index == pick_index), None)
    if own is None:
        tier, word = classify(c.header)
        own = PriceColumn(pick_index, c.letter, c.header, 1.0, "", tier, word)
    head = f"cost = column {c.letter} '{c.header}' — {tier_text(own)}"
    if fixed_by:
        head += f", fixed by {fixed_by}"
    if why:
        head += f", {why}"
    seen = [p for p in cols if p.index != pick_index]
    if seen:
        head += "; also seen: " + ", ".join(f"{p.describe} ({tier_text(p)})" for p in seen)
    return head
