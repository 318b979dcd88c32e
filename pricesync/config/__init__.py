"""Typed, layered configuration: defaults < TOML < environment < command line.

Names are loaded on first use: stage config modules import ``pricesync.config.types``,
and an eager import of the root model here would import them back half-initialised.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pricesync.config.load import DEFAULT_CONFIG, find_config_files, load_config, validate_paths
    from pricesync.config.models import Config

__all__ = ["DEFAULT_CONFIG", "Config", "find_config_files", "load_config", "validate_paths"]


def __getattr__(name: str):
    if name == "Config":
        from pricesync.config.models import Config

        return Config
    if name in __all__:
        from pricesync.config import load

        return getattr(load, name)
    raise AttributeError(name)
