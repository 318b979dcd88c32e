"""``[state]``: the SQLite file the pipeline keeps its runs, push journal and remembered
decisions in (``pipeline.history.state_path`` says which file a command uses)."""
from __future__ import annotations

from pydantic import Field

from pricesync.config.types import StrictModel


class StateConfig(StrictModel):
    path: str = Field("pricesync.sqlite", description="SQLite file, relative to the config file")
    create: bool = Field(False, description="start a new state when the file is empty (0 bytes); without it an "
                                            "empty state file is an error (its guard history is lost)")
