"""match stage: supplier offers to the shop's catalog (``match_offers``), the review queue
(``review_frame``) and operators' remembered decisions (``apply_decisions``).

Names resolve lazily: importing ``pricesync.match.config`` (as the config models do at
start-up) must not pull in rapidfuzz and numpy.
"""
from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "match_offers": "pricesync.match.engine",
    "RESULT_COLUMNS": "pricesync.match.engine",
    "MatchingConfig": "pricesync.match.config",
    "MIGRATIONS": "pricesync.match.remembered",
    "apply_decisions": "pricesync.match.remembered",
    "read_decisions": "pricesync.match.remembered",
    "review_frame": "pricesync.match.review",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    # PEP 562: a name loads its module (the table above) on first use.
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
