"""Small column helpers the pricing stage needs on million-row frames."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd


def isin(values: "pd.Series", allowed: Iterable[str]) -> "np.ndarray":
    """``values.isin(allowed)`` as a bool array. On pandas' arrow-backed strings ``isin``
    runs a Python loop (2.1 s for 1 000 000 SKUs here); on object arrays it uses the hash
    table (0.25 s)."""
    import numpy as np
    import pandas as pd

    wanted = np.asarray(list(allowed), dtype=object)
    return pd.Series(values.to_numpy(dtype=object), dtype=object).isin(wanted).to_numpy()


def text(values: "pd.Series") -> "pd.Series":
    """Strings with blanks for missing values, stripped."""
    return values.fillna("").astype(str).str.strip()


# Text cells normalize_code changes beyond stripping: Excel's "'007" and ="007", zero-width
# characters, inner NBSP, N/A. ("123.0", "4.6E+12", "nan" are codes as written.)
_ODD_CODE = "^['=]|[\u00a0\u200b\u200c\u200d\u2060\ufeff]|^(?:n/a|#n/a|null)$"


def codes(values: "pd.Series") -> "pd.Series":
    """``normalize_code`` over a column: a vectorised strip, and the function itself only
    on the few cells that need more (300 000 catalog SKUs: 1.2 s -> 0.05 s)."""
    import pandas as pd

    from pricesync.parse.codes import normalize_code

    plain = isinstance(values.dtype, pd.StringDtype) or (
        values.dtype == object and all(v.__class__ is str for v in values))
    if not plain:
        return pd.Series([normalize_code(v) for v in values], index=values.index, dtype=object)
    out = text(values)
    odd = out.str.contains(_ODD_CODE, case=False, regex=True).to_numpy()
    if odd.any():
        out = out.astype(object)
        out[odd] = [normalize_code(v) for v in out[odd]]
    return out


def positions(values: "pd.Series", keys: "pd.Series") -> "np.ndarray":
    """Row of each value in ``keys`` (unique), -1 when absent. pyarrow's hash ``index_in``
    on the arrow strings: 0.2 s for 1 000 000 SKUs, where ``Index.get_indexer`` takes 0.6 s."""
    import numpy as np
    import pyarrow.compute as pc

    found = pc.index_in(_arrow_strings(values), value_set=_arrow_strings(keys))
    return found.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)


def _arrow_strings(values: "pd.Series"):
    import pyarrow as pa

    try:
        arr = pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        arr = pa.array([str(v) for v in values], pa.string())
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    return arr if arr.type == pa.string() else arr.cast(pa.string())
