"""``[matching]``: thresholds of the matching cascade and the catalog columns it reads."""
from __future__ import annotations

from pydantic import Field, model_validator

from pricesync.config.types import StrictModel


class MatchingConfig(StrictModel):
    auto_threshold: int = Field(70, ge=0, le=100, description="name score at or above which a match is auto")
    review_threshold: int = Field(50, ge=0, le=100,
                                  description="name score at or above which a match goes to review")
    ambiguity_margin: int = Field(5, ge=0, le=100,
                                  description="a runner-up this close to the best sends the row to review")
    code_columns: list[str] = Field(default_factory=list,
                                    description="catalog columns holding codes (mpn, article...); default: detected")
    name_columns: list[str] = Field(default_factory=list,
                                    description="catalog columns holding alternative names; default: detected")
    ean_name_floor: int = Field(30, ge=0, le=100,
                                description="an equal EAN is auto only when the names score at least this")
    code_name_floor: int = Field(45, ge=0, le=100,
                                 description="an equal code is auto only when the names score at least this")
    candidates: int = Field(12, ge=1, le=100, description="catalog candidates scored per offer")

    @model_validator(mode="after")
    def _ordered(self) -> "MatchingConfig":
        if self.review_threshold > self.auto_threshold:
            raise ValueError("review_threshold must not exceed auto_threshold")
        return self
