"""Candidate generation: an inverted index of the catalog's rarer tokens, queried in bulk.

Comparing every offer with every catalog item is 10^10 pairs for 100k x 100k (hours);
instead each offer looks up the postings of its tokens that few catalog items share
(model names, codes, sizes), sums IDF weights per catalog item with numpy and keeps the
top ``k`` by cosine. Only those few are scored with rapidfuzz.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence


class TokenIndex:
    """Documents are token collections (a catalog item may have several names); each
    document belongs to an item (``owner``). Scores are per document, candidates per item.

    Besides single tokens, each document is indexed under pairs of one of its two rarest
    tokens with each of its other tokens ("530"+"realme"): a bare model number shared by
    many makers, or a line name shared by many sizes, becomes a short posting list
    together with the brand or the size, so a query finds its family without reading the
    long lists of "realme" or "1000ml"."""

    RAREST = 2

    def __init__(self, docs: Sequence[Iterable[str]], owner: Sequence[int], n_items: int, *,
                 max_df: float = 0.02, min_max_df: int = 50) -> None:
        import numpy as np

        self.vocab: dict[str, int] = {}
        setdefault = self.vocab.setdefault
        # Sorted, so token ids (and the pairs picked by rarity, ties by id) never depend on
        # the interpreter's string hashing: one result in every process.
        token_ids = [[setdefault(tok, len(self.vocab)) for tok in sorted(set(tokens))] for tokens in docs]
        lengths = np.fromiter(map(len, token_ids), dtype=np.int64, count=len(token_ids))
        tok_arr = np.fromiter((f for fs in token_ids for f in fs), dtype=np.int64, count=int(lengths.sum()))
        tok_doc = np.repeat(np.arange(len(docs), dtype=np.int64), lengths)
        self.n_docs = len(docs)
        self.n_items = max(n_items, 1)
        self.owner = np.asarray(owner, dtype=np.int64)
        self.several_names = len(docs) != len(set(owner))
        n_tokens = len(self.vocab)
        self.token_df = self._item_df(tok_arr, tok_doc, n_tokens)
        # Pair features get ids after the tokens'.
        pair_doc, pair_key = self._pair_keys(tok_doc, tok_arr)
        self.pair_keys, pair_feat = _unique(pair_key, inverse=True)
        feat_arr = np.concatenate([tok_arr, n_tokens + pair_feat.astype(np.int64)])
        doc_arr = np.concatenate([tok_doc, pair_doc])
        n_feats = n_tokens + len(self.pair_keys)
        self.df = self._item_df(feat_arr, doc_arr, n_feats)
        self.idf = np.log((self.n_items + 1) / (self.df + 0.5)) if n_feats else np.zeros(0)
        self.max_df = max(min_max_df, int(max_df * n_items))
        order = np.argsort(feat_arr, kind="stable")
        self.post_docs = doc_arr[order]
        self.indptr = np.concatenate([[0], np.cumsum(np.bincount(feat_arr, minlength=n_feats))])
        sq = self.idf[feat_arr] ** 2
        self.doc_norm = np.sqrt(np.bincount(doc_arr, weights=sq, minlength=self.n_docs)) + 1e-9

    def _item_df(self, feats, doc_ids, n_feats: int):
        """Document frequency counting items, not names: four names of one item are one."""
        import numpy as np

        if not len(feats):
            return np.zeros(n_feats)
        if not self.several_names:
            return np.bincount(feats, minlength=n_feats).astype(np.float64)
        pairs = _unique(feats * self.n_items + self.owner[doc_ids])
        return np.bincount(pairs // self.n_items, minlength=n_feats).astype(np.float64)

    def _pair_keys(self, group, feats):
        """(group, key) of the pair features of each group's tokens: each of its RAREST
        rarest tokens with each other token; key = smaller id * vocabulary + larger id."""
        import numpy as np

        if not len(feats):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        order = np.lexsort((feats, self.token_df[feats], group))
        group, feats = group[order], feats[order]
        starts = np.flatnonzero(np.concatenate([[True], group[1:] != group[:-1]]))
        sizes = np.diff(np.concatenate([starts, [len(group)]]))
        rank = np.arange(len(group)) - np.repeat(starts, sizes)
        rare = np.flatnonzero(rank < self.RAREST)
        reps = np.repeat(sizes, sizes)[rare]
        first = np.repeat(starts, sizes)[rare]
        partner = np.repeat(first, reps) + (np.arange(int(reps.sum())) - np.repeat(np.cumsum(reps) - reps, reps))
        mine = np.repeat(rare, reps)
        keep = partner != mine
        a, b = feats[mine[keep]], feats[partner[keep]]
        n = len(self.vocab)
        keys = np.minimum(a, b) * n + np.maximum(a, b)
        pair_group = group[mine[keep]]
        uniq = _unique(pair_group * (n * n) + keys)
        return uniq // (n * n), uniq % (n * n)

    def query(self, queries: Sequence[Iterable[str]], k: int = 10, budget: int = 500,
              chunk_pairs: int = 3_000_000) -> list[list[tuple[int, float]]]:
        """For each query, up to ``k`` (item, cosine) pairs, best first. A query reads the
        postings of its rarest features first and stops once they exceed ``budget`` (the
        rarest is always read): model codes, sizes and their pairs find the item,
        "смартфон" adds nothing."""
        import numpy as np

        vocab = self.vocab
        token_ids = [list({vocab[t] for t in tokens if t in vocab}) for tokens in queries]
        lengths = np.fromiter(map(len, token_ids), dtype=np.int64, count=len(token_ids))
        tok = np.fromiter((f for fs in token_ids for f in fs), dtype=np.int64, count=int(lengths.sum()))
        q_of_tok = np.repeat(np.arange(len(queries), dtype=np.int64), lengths)
        pair_q, pair_key = self._pair_keys(q_of_tok, tok)
        pos = np.searchsorted(self.pair_keys, pair_key)
        found = (pos < len(self.pair_keys)) & (self.pair_keys[np.minimum(pos, len(self.pair_keys) - 1)] == pair_key)
        rows = np.concatenate([q_of_tok, pair_q[found]])
        feats = np.concatenate([tok, len(vocab) + pos[found]])
        norms = np.sqrt(np.bincount(rows, weights=self.idf[feats] ** 2, minlength=len(queries))) + 1e-9
        # Rarest first within each query; read while the postings fit the budget.
        df = self.df[feats]
        order = np.lexsort((feats, df, rows))
        rows, feats, df = rows[order], feats[order], df[order]
        starts = np.flatnonzero(np.concatenate([[True], rows[1:] != rows[:-1]])) if len(rows) else rows
        sizes = np.diff(np.concatenate([starts, [len(rows)]]))
        first = np.repeat(starts, sizes)
        spent = np.cumsum(df) - np.repeat(np.cumsum(df)[starts] - df[starts], sizes)
        keep = (np.arange(len(rows)) == first) | ((spent <= budget) & (df <= self.max_df))
        rows_a, feats_a = rows[keep], feats[keep]
        lens = self.indptr[feats_a + 1] - self.indptr[feats_a]
        results: list[list[tuple[int, float]]] = [[] for _ in range(len(queries))]
        # Chunks of whole queries so that the expanded postings fit in memory.
        cum = np.concatenate([[0], np.cumsum(lens)])
        bounds = np.searchsorted(rows_a, np.arange(len(queries) + 1))
        start = 0
        while start < len(queries):
            stop = int(np.searchsorted(cum[bounds], cum[bounds[start]] + chunk_pairs, side="right")) - 1
            stop = min(max(stop, start + 1), len(queries))
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
        base = int(rows[0])
        # One int64 per posting, (query, document, feature) packed so that a plain sort
        # (several times faster than argsort) groups the postings of each pair.
        feat_bits = max(int(feats.max()).bit_length(), 1)
        pair = (np.repeat(rows, lens) - base) * self.n_docs + docs
        packed = np.sort((pair << feat_bits) | np.repeat(feats, lens))
        pair = packed >> feat_bits
        weights = self.idf[packed & ((1 << feat_bits) - 1)] ** 2
        first = np.flatnonzero(np.concatenate([[True], pair[1:] != pair[:-1]]))
        sums = np.add.reduceat(weights, first)
        pair = pair[first]
        k_rows, k_docs = pair // self.n_docs, pair % self.n_docs
        score = sums / (norms[k_rows + base] * self.doc_norm[k_docs])
        items = self.owner[k_docs]
        # Best first within each query, ties by document (catalog order, i.e. by SKU), in one
        # sort of packed (query, quantised 1 - score, document).
        doc_bits = max(self.n_docs.bit_length(), 1)
        quant = np.minimum((1.0 - np.minimum(score, 1.0)) * (1 << 20), (1 << 20) - 1).astype(np.int64)
        order = np.sort((((k_rows << 20) | quant) << doc_bits) | k_docs)
        k_rows = order >> (20 + doc_bits)
        k_docs = order & ((1 << doc_bits) - 1)
        score = 1.0 - ((order >> doc_bits) & ((1 << 20) - 1)) / float(1 << 20)
        items = self.owner[k_docs]
        if self.several_names:
            # Several names per item: keep each item's best (first) name.
            seen = np.unique(k_rows * self.n_docs + items, return_index=True)[1]
            mask = np.zeros(len(k_rows), dtype=bool)
            mask[seen] = True
            k_rows, items, score = k_rows[mask], items[mask], score[mask]
        row_start = np.flatnonzero(np.concatenate([[True], k_rows[1:] != k_rows[:-1]]))
        rank = np.arange(len(k_rows)) - np.repeat(row_start, np.diff(np.concatenate([row_start, [len(k_rows)]])))
        keep = rank < k
        for r, i, s in zip((k_rows[keep] + base).tolist(), items[keep].tolist(), score[keep].tolist()):
            results[r].append((i, s))


def _unique(values, *, inverse: bool = False):
    """``np.unique`` by sorting (several times faster than its hash path on int64 keys)."""
    import numpy as np

    order = np.argsort(values, kind="stable") if inverse else None
    ordered = values[order] if inverse else np.sort(values)
    first = np.concatenate([[True], ordered[1:] != ordered[:-1]]) if len(ordered) else np.zeros(0, dtype=bool)
    uniq = ordered[first]
    if not inverse:
        return uniq
    inv = np.empty(len(values), dtype=np.int64)
    inv[order] = np.cumsum(first) - 1
    return uniq, inv


def expand(tokens: Sequence[str]) -> list[str]:
    """Index features of a name: its tokens, plus 4-letter prefixes of long words so
    ``цитруса``/``цитрусовый`` or ``Multipower``/``MultiPower`` still meet."""
    out = list(tokens)
    out.extend("^" + t[:4] for t in tokens if len(t) >= 6 and not t[0].isdigit())
    return out
