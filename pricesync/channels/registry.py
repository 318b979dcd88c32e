"""Channels are looked up by ``type``; connectors register themselves on import."""
from __future__ import annotations

from dataclasses import dataclass

from pricesync.channels.base import Channel
from pricesync.channels.config import ChannelConfig
from pricesync.lazy import Builtins

# Modules that hold the built-in connectors; imported on first lookup so that
# `pricesync --help` does not pay for them.
_BUILTIN_MODULES = (
    "pricesync.channels.dummy",
    "pricesync.channels.feeds",
    "pricesync.channels.woocommerce",
    "pricesync.channels.shopify",
    "pricesync.channels.ozon",
    "pricesync.channels.wildberries",
    "pricesync.channels.allegro",
    "pricesync.channels.prom",
)


@dataclass(frozen=True)
class ChannelType:
    name: str
    cls: type[Channel]

    @property
    def config_model(self) -> type[ChannelConfig]:
        return self.cls.config_model


_REGISTRY: dict[str, ChannelType] = {}


def register_channel(cls: type[Channel]) -> type[Channel]:
    """Class decorator: ``@register_channel`` on a ``Channel`` subclass with ``type_name``."""
    _REGISTRY[cls.type_name] = ChannelType(cls.type_name, cls)
    return cls


_load_builtin = Builtins(_BUILTIN_MODULES).load


def get_channel_type(name: str) -> ChannelType:
    _load_builtin()
    return _REGISTRY[name]


def channel_types() -> list[str]:
    _load_builtin()
    return sorted(_REGISTRY)


def create_channel(name: str, config: ChannelConfig, *, base_dir=None, **kwargs) -> Channel:
    """A connector instance for ``[channels.NAME]``; ``base_dir`` = the config file's folder,
    against which the channel's relative paths (feed files) are resolved."""
    channel = get_channel_type(config.type).cls(name, config, **kwargs)
    if base_dir is not None:
        from pathlib import Path

        channel.base_dir = Path(base_dir)
    return channel
