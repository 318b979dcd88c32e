"""``[matching]``: thresholds of the matching cascade."""
from __future__ import annotations

from pydantic import Field

from pricesync.config.types import StrictModel


class MatchingConfig(StrictModel):
    auto_threshold: int = Field(90, ge=0, le=100, description="name score at or above which a match is auto")
    review_threshold: int = Field(60, ge=0, le=100, description="name score at or above which a match goes to review")
    ambiguity_margin: int = Field(3, ge=0, le=100, description="a runner-up this close to the best sends the row to review")
    code_columns: list[str] = Field(default_factory=list, description="extra catalog columns holding codes (mpn, article...)")
