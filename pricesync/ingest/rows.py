"""Which body rows are products, and the category each product sits under.

Real lists interleave product rows with group rows several levels deep (``1 Шины`` ->
``13`` -> ``155 70 13``; ``Смартфоны`` -> ``Samsung``), repeat the header after page
breaks, end with totals and notes. A row is:

- a **product** when it has a positive price and a name or a code;
- a **group** when it has text but no price and no product attributes (stock, barcode,
  brand, unit, VAT, retail price); a code in the group row (``PG1``, ``ГР-000114``) is
  allowed when it does not look like the products' codes, or the row is merged across
  the table, or it is indented less than the products;
- a **reject** when it looks like a product but cannot be one (no price, zero price,
  unreadable price, a price without name or code);
- skipped otherwise (empty, repeated header, totals, notes).

Group levels come from indentation when the name column is indented, else from the
sequence: a run of k group rows after products replaces the last k levels of the path,
and a group whose label is a brand of the products under it (``Samsung``) replaces only
the brand level.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from pricesync.ingest import vocab
from pricesync.ingest.values import MAX_PRICE_CHARS
from pricesync.parse.codes import arrow_match

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

EMPTY, PRODUCT, GROUP, REJECT, SKIPPED = 0, 1, 2, 3, 4
_SHAPE_LETTERS = re.compile(r"[^\W\d_]")
_REPLACED = re.compile(r"(zastąpion\w*|zastapion\w*|замен[её]н\w*|заміна|заменить на|replaced by|superseded by|"
                       r"снят с производства|wycofan\w*|discontinued)[^|]*", re.I)


def code_shape(code: str) -> str:
    s = _SHAPE_LETTERS.sub("A", code)
    return re.sub(r"\d+", "9", s)


def classify(*, n: int, nonempty: "np.ndarray", cost_text: "pd.Series", amounts: "np.ndarray",
             positive: "np.ndarray", name: "pd.Series", code: "pd.Series", attrs: "np.ndarray", header_repeat: "np.ndarray",
             merged_rows: "np.ndarray", indent: "np.ndarray", first_texts: "callable"
             ) -> tuple["np.ndarray", list[str], "np.ndarray"]:
    """(kind per row, reason per row for rejects, group label per row)."""
    import numpy as np

    kind = np.full(n, SKIPPED, dtype=np.int8)
    reasons = [""] * n
    labels = np.full(n, "", dtype=object)
    kind[nonempty == 0] = EMPTY
    has_name = (name != "").to_numpy(dtype=bool)
    has_code = (code != "").to_numpy(dtype=bool)
    has_cost_text = (cost_text != "").to_numpy(dtype=bool)
    totals = np.zeros(n, dtype=bool)
    codeless = np.flatnonzero(~has_code)   # a totals row has no code
    if len(codeless):
        totals[codeless] = arrow_match(name.iloc[codeless], vocab.TOTAL_WORD_RE2)
    product = positive & (has_name | has_code) & ~header_repeat & ~totals & (nonempty > 0)
    kind[product] = PRODUCT
    product_indent = most_common(indent[product]) if product.any() else 0
    # The products' code shapes ("9" for 2193312, "AA9" for УТ000076964), from a sample.
    shapes = Counter(code_shape(c) for c in code[product].head(5000).tolist() if c)
    common_shapes = {s for s, k in shapes.items() if k >= max(2, 0.05 * product.sum())} or set(shapes)

    rows = np.flatnonzero(~product & (nonempty > 0) & ~header_repeat)
    # Element access on Arrow-backed columns is slow: take the few rows needed as lists.
    names, codes_ = name.iloc[rows].tolist(), code.iloc[rows].tolist()
    cost_texts = cost_text.iloc[rows].tolist()
    unnamed = [i for k, i in enumerate(rows) if not names[k]]
    fallback = dict(zip(unnamed, first_texts(unnamed))) if unnamed else {}
    total_word, note_start = vocab.TOTAL_WORD, vocab.NOTE_START   # looked up once, not per row
    for k, i in enumerate(rows):
        label = names[k] or fallback[i]
        if total_word.match(label) and not has_code[i] or totals[i]:
            continue
        if note_start.match(label) or (len(label) > 150 and not has_cost_text[i]):
            continue
        if not has_cost_text[i] and not attrs[i]:
            grouped = (not has_code[i] or merged_rows[i] or indent[i] < product_indent
                       or code_shape(codes_[k]) not in common_shapes)
            if grouped and label:
                kind[i] = GROUP
                labels[i] = label
                continue
        if has_name[i] or has_code[i]:
            kind[i] = REJECT
            reasons[i] = _price_problem(cost_texts[k], amounts[i])
        elif positive[i]:
            kind[i] = REJECT
            reasons[i] = "price without a name or a code"
    return kind, reasons, labels


def most_common(values: "np.ndarray") -> int:
    """``Counter(values.tolist()).most_common(1)[0][0]`` without a Python object per value:
    the most frequent value, the one seen first among equally frequent ones."""
    import numpy as np

    unique, first, counts = np.unique(values, return_index=True, return_counts=True)
    top = counts == counts.max()
    return unique[top][np.argmin(first[top])].item()


def _price_problem(text: str, amount) -> str:
    if not text:
        return "no price"
    if len(text) > MAX_PRICE_CHARS:
        return f"price cell too long ({len(text)} characters; a price has at most {MAX_PRICE_CHARS}): '{text[:40]}…'"
    if amount is None:
        return f"price not readable: '{text[:40]}'"
    if amount == 0:
        return "zero price"
    if amount > 0:  # positive but not taken: too large to be a price (values.MAX_PRICE)
        return f"price too large to be a price ({len(text)} characters): '{text[:40]}'"
    return f"negative price ({amount})"


def replaced_note(row_text: str) -> str:
    """'zastąpiona przez 10.01.429' -> that phrase: a 0 price that means discontinued."""
    m = _REPLACED.search(row_text)
    return m.group(0).strip() if m else ""


def _has_word(text: str, word: str) -> bool:
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        start = text.find(word, start + 1)
    return False


def category_paths(kind: "np.ndarray", labels: "np.ndarray", indent: "np.ndarray", names: "pd.Series",
                   brands: set[str]) -> tuple["np.ndarray", "np.ndarray"]:
    """(category path, brand from a brand-level group) per row; meaningful for products."""
    import numpy as np
    import pandas as pd
    import pyarrow as pa

    n = len(kind)
    groups = np.flatnonzero(kind == GROUP)
    if not len(groups):
        return pd.Series("", index=range(n), dtype="str"), pd.Series("", index=range(n), dtype="str")
    category: list[str] = []
    group_brand: list[str] = []
    products = kind == PRODUCT
    by_indent = len(set(indent[groups].tolist())) > 1 or (
        products.any() and indent[groups].max() < most_common(indent[products]))
    # Is a group's label the brand of the products right under it?
    next_group = np.append(groups[1:], n)
    # Only the (up to 40) names under a short label are looked at: slice those, never the
    # whole column as Python objects.
    if hasattr(names.array, "__arrow_array__"):
        name_array = names.array.__arrow_array__()

        def names_in(start: int, stop: int) -> list:
            return name_array.slice(start, stop - start).to_pylist()
    else:
        def names_in(start: int, stop: int) -> list:
            return names.iloc[start:stop].tolist()
    is_brand = []
    for g, end in zip(groups, next_group):
        label = labels[g].strip().lower()
        if label and label in brands:
            is_brand.append(True)
            continue
        if not 0 < len(label.split()) <= 2:
            is_brand.append(False)
            continue
        stop = min(end, g + 41)
        under = [x for x, p in zip(names_in(g + 1, stop), products[g + 1:stop]) if p]
        is_brand.append(bool(under) and sum(1 for x in under if _has_word(x.lower(), label)) >= 0.6 * len(under))

    path: list[tuple[str, bool, int]] = []      # (label, is_brand, indent)
    run_base: list[tuple[str, bool, int]] | None = None
    run: list[tuple[str, bool, int]] = []
    previous = -1
    for k, g in enumerate(groups):
        label, brand, level = labels[g].strip(), is_brand[k], int(indent[g])
        products_since = bool(products[previous + 1:g].any())
        if by_indent:
            path = [p for p in path if p[2] < level] + [(label, brand, level)]
        elif brand:
            path = [p for p in path if not p[1]] + [(label, True, level)]
        else:
            if products_since or run_base is None:
                run_base, run = [p for p in path if not p[1]], []
            run.append((label, False, level))
            path = run_base[:max(0, len(run_base) - len(run))] + run
        previous = g
        category.append(" / ".join(p[0] for p in path))
        group_brand.append(next((p[0] for p in reversed(path) if p[1]), ""))
    # Every row takes the path of the last group row above it (slot 0: no group yet).
    ordinal = np.zeros(n, dtype=np.int64)
    ordinal[groups] = np.arange(1, len(groups) + 1)
    ordinal = np.maximum.accumulate(ordinal)
    paths = pa.array([""] + category, type=pa.large_string()).take(pa.array(ordinal))
    brands_of = pa.array([""] + group_brand, type=pa.large_string()).take(pa.array(ordinal))
    return pd.Series(paths, dtype="str"), pd.Series(brands_of, dtype="str")
