"""match stage: supplier offers to the shop's catalog (``match_offers``), the review queue
(``review_frame``) and operators' remembered decisions (``apply_decisions``).

Names resolve lazily: importing ``pricesync.match.config`` (as the config models do at
start-up) must not pull in rapidfuzz and numpy.
"""
from __future__ import annotations

from pricesync.lazy import lazy_exports

_EXPORTS = {
    "match_offers": "pricesync.match.engine",
    "match_with_info": "pricesync.match.engine",
    "RESULT_COLUMNS": "pricesync.match.engine",
    "MatchingConfig": "pricesync.match.config",
    "MIGRATIONS": "pricesync.match.remembered",
    "apply_decisions": "pricesync.match.remembered",
    "read_decisions": "pricesync.match.remembered",
    "review_frame": "pricesync.match.review",
}

__all__ = sorted(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
