"""Typed, layered configuration: defaults < TOML < environment < command line."""
from pricesync.config.load import DEFAULT_CONFIG, find_config_files, load_config, validate_paths
from pricesync.config.models import Config

__all__ = ["DEFAULT_CONFIG", "Config", "find_config_files", "load_config", "validate_paths"]
