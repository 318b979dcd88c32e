"""The catalog prepared for matching: names analysed, EANs and codes looked up by value,
rare tokens indexed for candidate generation, token weights (IDF) for scoring."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pricesync.match.attributes import Attributes, merge
from pricesync.match.index import TokenIndex, expand
from pricesync.match.names import EMPTY, Name
from pricesync.match.normalize import code_key
from pricesync.parse.codes import normalize_ean

if TYPE_CHECKING:
    import pandas as pd

# A code shared by more items than this names a family ("cs3", "a55"), not a product.
MAX_ITEMS_PER_CODE = 3
MIN_CODE_LENGTH = 4
# Tokens the catalog never uses (dealer words like "сочный", typos) weigh this share of the
# rarest catalog token: they count against a match, but less than a missing model word.
UNKNOWN_TOKEN_WEIGHT = 0.5


def with_brand(name: str, brand: str) -> str:
    """``Galaxy A12`` from brand ``Samsung`` is compared as ``Samsung Galaxy A12``."""
    brand = (brand or "").strip()
    if brand and brand.lower() not in name.lower():
        return f"{brand} {name}"
    return name


class CatalogIndex:
    def __init__(self, catalog: "pd.DataFrame", names: dict[str, Name], *, name_cols: Sequence[str],
                 code_cols: Sequence[str]) -> None:
        self.skus: list[str] = [str(s) for s in catalog["sku"]]
        self.titles: list[str] = [str(s) for s in catalog["name"]]
        self.prices = list(catalog["price"]) if "price" in catalog.columns else [None] * len(self.skus)
        brands = [str(b) for b in catalog["brand"]] if "brand" in catalog.columns else [""] * len(self.skus)
        self.item_names: list[list[Name]] = []
        for i, title in enumerate(self.titles):
            variants = [title] + [str(catalog[c].iat[i]) for c in name_cols]
            seen, item = set(), []
            for v in variants:
                v = with_brand(v.strip(), brands[i]) if v.strip() else ""
                if v and v not in seen:
                    seen.add(v)
                    item.append(names.get(v, EMPTY))
            self.item_names.append(item or [EMPTY])
        self.item_codes: list[frozenset[str]] = []
        self.code_items: dict[str, list[int]] = {}
        for i in range(len(self.skus)):
            column_codes = {code_key(catalog[c].iat[i]) for c in code_cols}
            column_codes.discard("")
            name_codes = set().union(*(n.lookup_codes for n in self.item_names[i]))
            self.item_codes.append(frozenset(column_codes | {c for n in self.item_names[i] for c in n.codes}))
            for code in column_codes | name_codes:
                if len(code) >= MIN_CODE_LENGTH or code in column_codes:
                    self.code_items.setdefault(code, []).append(i)
        self.code_items = {c: items for c, items in self.code_items.items() if len(items) <= MAX_ITEMS_PER_CODE}
        self.ean_items: dict[str, list[int]] = {}
        self.item_eans: dict[int, list[str]] = {}
        if "ean" in catalog.columns:
            for i, value in enumerate(catalog["ean"]):
                for part in str(value).replace(";", ",").split(","):
                    ean, valid = normalize_ean(part)
                    if valid:
                        self.ean_items.setdefault(ean, []).append(i)
                        self.item_eans.setdefault(i, []).append(ean)
        docs, owner = [], []
        for i, item in enumerate(self.item_names):
            for n in item:
                docs.append(features(n))
                owner.append(i)
        self.index = TokenIndex(docs, owner, len(self.skus))
        self.variant_words = frozenset(v for item in self.item_names for n in item for v in n.attrs.variants)
        self._attrs: dict[int, Attributes] = {}
        self._tokens: dict[int, frozenset[str]] = {}
        top = float(self.index.idf.max()) if len(self.index.idf) else 1.0
        self._unknown = UNKNOWN_TOKEN_WEIGHT * top
        self._weights: dict[str, float] = {}

    def __len__(self) -> int:
        return len(self.skus)

    def weight(self, token: str) -> float:
        w = self._weights.get(token)
        if w is None:
            f = self.index.vocab.get(token)
            w = float(self.index.idf[f]) if f is not None else self._unknown
            self._weights[token] = w = max(w, 0.05)
        return w

    def attrs(self, item: int) -> Attributes:
        """What all the item's names and code columns say together: a colour named only in
        the marketplace name still tells this item from its siblings."""
        got = self._attrs.get(item)
        if got is None:
            got = self._attrs[item] = merge([n.attrs for n in self.item_names[item]], self.item_codes[item])
        return got

    def tokens(self, item: int) -> frozenset[str]:
        got = self._tokens.get(item)
        if got is None:
            got = self._tokens[item] = frozenset(t for n in self.item_names[item] for t in n.tokens)
        return got

    def candidates(self, offers: Sequence[Name], k: int = 12) -> list[list[tuple[int, float]]]:
        return self.index.query([features(n) for n in offers], k=k)

    def by_codes(self, codes: set[str] | frozenset[str]) -> dict[int, str]:
        """Items that carry one of ``codes`` (distinctive codes only) -> the code shared."""
        out: dict[int, str] = {}
        for code in sorted(codes):
            for i in self.code_items.get(code, ()):
                out.setdefault(i, code)
        return out


def features(name: Name) -> list[str]:
    return expand(name.tokens) + sorted(name.lookup_codes - set(name.tokens))
