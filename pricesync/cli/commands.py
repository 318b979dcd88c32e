"""Imports every command module so each registers its commands on ``app`` (in the order ``--help`` lists them)."""
from pricesync.cli import fetch_cmd  # noqa: F401  isort: skip
from pricesync.cli import ingest_cmd  # noqa: F401  isort: skip
from pricesync.cli import match_cmd  # noqa: F401  isort: skip
from pricesync.cli import scrape_cmd  # noqa: F401  isort: skip
from pricesync.cli import pricing_cmd  # noqa: F401  isort: skip
from pricesync.cli import channels_cmd  # noqa: F401  isort: skip
from pricesync.cli import validate_cmd  # noqa: F401  isort: skip
from pricesync.cli import report_cmd  # noqa: F401  isort: skip
