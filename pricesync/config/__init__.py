"""Typed, layered configuration: defaults < TOML < environment < command line.

Names are loaded on first use: stage config modules import ``pricesync.config.types``,
and an eager import of the root model here would import them back half-initialised.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from pricesync.lazy import lazy_exports

if TYPE_CHECKING:
    from pricesync.config.load import DEFAULT_CONFIG, find_config_files, load_config, validate_paths
    from pricesync.config.models import Config

_EXPORTS = {
    "Config": "pricesync.config.models",
    "DEFAULT_CONFIG": "pricesync.config.load",
    "find_config_files": "pricesync.config.load",
    "load_config": "pricesync.config.load",
    "validate_paths": "pricesync.config.load",
}

__all__ = sorted(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
