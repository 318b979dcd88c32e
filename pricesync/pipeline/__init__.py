"""The pipeline: ``plan`` (desired vs each channel's current state), ``push`` (send it,
through the journal) and ``run`` (ingest -> match -> scrape -> reprice -> plan -> push)."""
from pricesync.pipeline.model import ChannelPlan, ChannelPushResult, ItemFailure, PushResult, plans_json
from pricesync.pipeline.planning import open_channels, plan, read_prices
from pricesync.pipeline.pushing import push
from pricesync.pipeline.runner import RunResult, prepare, run

__all__ = [
    "ChannelPlan", "ChannelPushResult", "ItemFailure", "PushResult", "RunResult", "open_channels", "plan",
    "plans_json", "prepare", "push", "read_prices", "run",
]
