"""Command-line interface: a thin layer over the library."""
from pricesync.cli.app import app, main

__all__ = ["app", "main"]
