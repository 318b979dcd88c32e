"""``[matching]``: thresholds of the matching cascade and the catalog columns it reads."""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, PrivateAttr, model_validator

from pricesync.config.types import StrictModel


class MatchingConfig(StrictModel):
    auto_threshold: int = Field(70, ge=0, le=100, description="name score at or above which a match is auto (the default is where the "
                                            "share right steps up on the public sets: "
                                            "bench/calibrate_rule_cuts.py)")
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
                                 description="an equal code is auto only when the names score at least this "
                                             "(the default is where the share right steps up on the public "
                                             "sets: bench/calibrate_rule_cuts.py)")
    candidates: int = Field(12, ge=1, le=100, description="catalog candidates scored per offer")
    vocabulary: list[str] = Field(
        default_factory=list,
        description="TOML files of more matching words (the tables of pricesync/match/data/words: colours, "
                    "variant words, units, accessory cues...), relative to the config file")
    # The vocabulary files resolved against the config file's folder (set by load_config).
    _vocabulary_files: tuple[str, ...] | None = PrivateAttr(default=None)

    def vocabulary_files(self) -> tuple[str, ...]:
        """The shop's word files as paths (relative ones from the current folder when the
        config was not loaded from a file)."""
        if self._vocabulary_files is not None:
            return self._vocabulary_files
        return tuple(str(Path(p).expanduser()) for p in self.vocabulary)
    target_precision: float = Field(0.99, gt=0, lt=1,
                                    description="the precision name matches are held to, measured per run on its "
                                                "identified offers: the learned scorer's auto cut is set to reach it, "
                                                "and when they show the rules' name matches below it those the model "
                                                "rates lowest go to review")
    scorer: Literal["learned", "rules"] = Field(
        "rules", description="who decides auto vs review for name matches that pass every veto: the rules' "
                             "thresholds (the learned scorer then only reports its cut and estimate), or the learned "
                             "scorer at the cut calibrated on the run's free labels")

    @model_validator(mode="after")
    def _ordered(self) -> "MatchingConfig":
        if self.review_threshold > self.auto_threshold:
            raise ValueError("review_threshold must not exceed auto_threshold")
        return self
