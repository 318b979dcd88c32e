"""The pipeline: ``plan`` (desired vs each channel's current state), ``push`` (send it,
through the journal) and ``run`` (ingest -> match -> scrape -> reprice -> plan -> push)."""
from pricesync.pipeline.model import ChannelPlan, ChannelPushResult, ItemFailure, PushResult, plans_json
from pricesync.pipeline.planning import open_channels, plan
from pricesync.pipeline.pushing import push

__all__ = [
    "ChannelPlan", "ChannelPushResult", "ItemFailure", "PushResult", "open_channels", "plan", "plans_json",
    "push",
]
