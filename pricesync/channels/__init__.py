"""Channels: shops, marketplaces and feed files that receive prices and stock."""
# The root config model composes the channel config model; loading it first keeps
# `import pricesync.channels` from meeting a half-imported pricesync.config.
import pricesync.config  # noqa: F401  isort: skip
from pricesync.channels.base import Change, Channel, Current, Desired, ItemResult
from pricesync.channels.registry import channel_types, create_channel, get_channel_type, register_channel

__all__ = [
    "Change", "Channel", "Current", "Desired", "ItemResult",
    "channel_types", "create_channel", "get_channel_type", "register_channel",
]
