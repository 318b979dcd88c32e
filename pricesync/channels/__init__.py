"""Channels: shops, marketplaces and feed files that receive prices and stock."""
from pricesync.channels.base import Change, Channel, Current, Desired, ItemResult
from pricesync.channels.registry import channel_types, create_channel, get_channel_type, register_channel

__all__ = [
    "Change", "Channel", "Current", "Desired", "ItemResult",
    "channel_types", "create_channel", "get_channel_type", "register_channel",
]
