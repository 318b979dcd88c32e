"""Candidate generation: an inverted index of the catalog's rarer tokens, queried in bulk.

Comparing every offer with every catalog item is 10^10 pairs for 100k x 100k (hours);
instead each offer looks up the postings of its tokens that few catalog items share
(model names, codes, sizes), sums IDF weights per catalog item with numpy and keeps the
top ``k`` by cosine. Only those few are scored with rapidfuzz.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


class TokenIndex:
    """Documents are token collections (a catalog item may have several names); each
    document belongs to an item (``owner``). Scores are per document, candidates per item."""

    def __init__(self, docs: Sequence[Iterable[str]], owner: Sequence[int], n_items: int, *,
                 max_df: float = 0.02, min_max_df: int = 50) -> None:
        import numpy as np

        self.vocab: dict[str, int] = {}
        feats: list[int] = []
        doc_ids: list[int] = []
        for d, tokens in enumerate(docs):
            for tok in set(tokens):
                f = self.vocab.setdefault(tok, len(self.vocab))
                feats.append(f)
                doc_ids.append(d)
        self.n_docs = len(docs)
        self.owner = np.asarray(owner, dtype=np.int64)
        feat_arr = np.asarray(feats, dtype=np.int64)
        doc_arr = np.asarray(doc_ids, dtype=np.int64)
        n_feats = len(self.vocab)
        # Document frequency counts items, not names: four names of one item are one item.
        pairs = np.unique(feat_arr * max(n_items, 1) + self.owner[doc_arr]) if len(feat_arr) else feat_arr
        self.df = np.bincount(pairs // max(n_items, 1), minlength=n_feats).astype(np.float64)
        self.idf = np.log((n_items + 1) / (self.df + 0.5)) if n_feats else np.zeros(0)
        self.max_df = max(min_max_df, int(max_df * n_items))
        order = np.argsort(feat_arr, kind="stable")
        self.post_docs = doc_arr[order]
        self.indptr = np.concatenate([[0], np.cumsum(np.bincount(feat_arr, minlength=n_feats))])
        sq = self.idf[feat_arr] ** 2
        self.doc_norm = np.sqrt(np.bincount(doc_arr, weights=sq, minlength=self.n_docs)) + 1e-9

    def weight(self, token: str) -> float:
        f = self.vocab.get(token)
        return float(self.idf[f]) if f is not None else math.log(2 * (self.n_docs + 1))

    def query(self, queries: Sequence[Iterable[str]], k: int = 10, chunk_pairs: int = 4_000_000):
        """For each query, up to ``k`` (item, cosine) pairs, best first."""
        import numpy as np

        rows, feats, norms = [], [], np.zeros(len(queries))
        for q, tokens in enumerate(queries):
            fs = sorted({self.vocab[t] for t in tokens if t in self.vocab}, key=lambda f: self.df[f])
            norms[q] = math.sqrt(sum(self.idf[f] ** 2 for f in fs)) + 1e-9
            # Rare tokens only; an offer made of common words keeps its two rarest.
            kept = [f for i, f in enumerate(fs) if self.df[f] <= self.max_df or i < 2]
            rows.extend([q] * len(kept))
            feats.extend(kept)
        rows_a = np.asarray(rows, dtype=np.int64)
        feats_a = np.asarray(feats, dtype=np.int64)
        lens = self.indptr[feats_a + 1] - self.indptr[feats_a]
        results: list[list[tuple[int, float]]] = [[] for _ in range(len(queries))]
        # Chunks of whole queries so that the expanded postings fit in memory.
        bounds = np.searchsorted(rows_a, np.arange(len(queries) + 1))
        cum = np.concatenate([[0], np.cumsum(lens)])
        start = 0
        while start < len(queries):
            stop = start + 1
            while stop < len(queries) and cum[bounds[stop + 1]] - cum[bounds[start]] <= chunk_pairs:
                stop += 1
            lo, hi = bounds[start], bounds[stop]
            self._query_chunk(rows_a[lo:hi], feats_a[lo:hi], lens[lo:hi], norms, k, results)
            start = stop
        return results

    def _query_chunk(self, rows, feats, lens, norms, k, results) -> None:
        import numpy as np

        total = int(lens.sum())
        if total == 0:
            return
        starts = self.indptr[feats]
        offsets = np.repeat(starts - np.concatenate([[0], np.cumsum(lens)[:-1]]), lens)
        docs = self.post_docs[offsets + np.arange(total)]
        q_rows = np.repeat(rows, lens)
        weights = np.repeat(self.idf[feats] ** 2, lens)
        keys, inverse = np.unique(q_rows * self.n_docs + docs, return_inverse=True)
        sums = np.bincount(inverse, weights=weights)
        k_rows, k_docs = keys // self.n_docs, keys % self.n_docs
        score = sums / (norms[k_rows] * self.doc_norm[k_docs])
        items = self.owner[k_docs]
        # Best document per (query, item), then the top k items per query.
        order = np.lexsort((-score, items, k_rows))
        k_rows, items, score = k_rows[order], items[order], score[order]
        first = np.ones(len(order), dtype=bool)
        first[1:] = (k_rows[1:] != k_rows[:-1]) | (items[1:] != items[:-1])
        k_rows, items, score = k_rows[first], items[first], score[first]
        order = np.lexsort((items, -score, k_rows))
        k_rows, items, score = k_rows[order], items[order], score[order]
        group_start = np.searchsorted(k_rows, k_rows, side="left")
        keep = (np.arange(len(k_rows)) - group_start) < k
        for r, i, s in zip(k_rows[keep].tolist(), items[keep].tolist(), score[keep].tolist()):
            results[r].append((i, s))


def expand(tokens: Sequence[str]) -> list[str]:
    """Index features of a name: its tokens, plus 4-letter prefixes of long words so
    ``цитруса``/``цитрусовый`` or ``Multipower``/``MultiPower`` still meet."""
    out = list(tokens)
    out.extend("^" + t[:4] for t in tokens if len(t) >= 6 and not t[0].isdigit())
    return out
