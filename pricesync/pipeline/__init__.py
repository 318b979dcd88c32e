"""The pipeline: ``plan`` (desired vs each channel's current state), ``push`` (send it,
through the journal) and ``run`` (ingest -> match -> scrape -> reprice -> plan -> push);
``stage`` holds them as ``StageResult`` (``plan_stage``, ``fetch_stage``).

Names resolve lazily: the config models import ``pricesync.pipeline.config``, which must
not pull in the channels and pandas.
"""
from __future__ import annotations

from pricesync.lazy import lazy_exports

_EXPORTS = {
    "ChannelPlan": "pricesync.pipeline.model",
    "ChannelPushResult": "pricesync.pipeline.model",
    "ItemFailure": "pricesync.pipeline.model",
    "PushResult": "pricesync.pipeline.model",
    "plans_json": "pricesync.pipeline.model",
    "open_channels": "pricesync.pipeline.planning",
    "plan": "pricesync.pipeline.planning",
    "read_prices": "pricesync.pipeline.planning",
    "push": "pricesync.pipeline.pushing",
    "RunResult": "pricesync.pipeline.runner",
    "prepare": "pricesync.pipeline.runner",
    "run": "pricesync.pipeline.runner",
}

__all__ = sorted(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
