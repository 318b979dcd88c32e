"""One exception root for the whole package, and the exit codes of the product contract.

Every error carries where it happened (file, sheet, row, column, supplier, SKU, config
key) so the CLI can print one line an operator can act on. ``transient`` marks errors
worth retrying (network hiccups, 429/5xx); everything else is terminal.
"""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1          # failed at run time
    USAGE = 2           # usage or config error
    HELD = 3            # done, but something was held back (rejects, guard holds)
    PUSH_PARTIAL = 4    # push partly failed


class PricesyncError(Exception):
    """Root of every error pricesync raises on purpose."""

    exit_code: ExitCode = ExitCode.FAILED
    transient: bool = False

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
        supplier: str | None = None,
        sku: str | None = None,
        key: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.supplier = supplier
        self.sku = sku
        self.key = key

    def location(self) -> str:
        parts = []
        if self.file:
            parts.append(str(self.file))
        if self.sheet:
            parts.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column '{self.column}'")
        if self.key:
            parts.append(f"key '{self.key}'")
        if self.supplier:
            parts.append(f"supplier '{self.supplier}'")
        if self.sku:
            parts.append(f"SKU '{self.sku}'")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.location()
        return f"{where}: {self.message}" if where else self.message


class UsageError(PricesyncError):
    """Wrong command-line use: missing arguments, unknown output extension..."""

    exit_code = ExitCode.USAGE


class ConfigError(PricesyncError):
    """A config file is wrong. ``problems`` lists every problem found, not only the first."""

    exit_code = ExitCode.USAGE

    def __init__(self, message: str, *, problems: list[str] | None = None, **where) -> None:
        super().__init__(message, **where)
        self.problems = problems or []

    def __str__(self) -> str:
        head = super().__str__()
        if len(self.problems) <= 1:
            return head if not self.problems else self.problems[0]
        return head + "\n" + "\n".join(f"  {p}" for p in self.problems)


class InputError(PricesyncError):
    """An input file cannot be read as what it claims to be (corrupt, empty, wrong format)."""


class GuardError(PricesyncError):
    """A safety guard stopped something (changed file structure, truncated feed...)."""

    exit_code = ExitCode.HELD


class MatchError(PricesyncError):
    """The catalog or a decisions file cannot be used for matching."""


class PricingError(PricesyncError):
    """A price cannot be computed (e.g. a missing exchange rate)."""


class ScrapeError(PricesyncError):
    """A competitor page could not be fetched or parsed."""


class ChannelError(PricesyncError):
    """A channel (shop API, marketplace, feed) refused or failed a request."""


class TransientChannelError(ChannelError):
    """A channel failure worth retrying later (timeouts, 429, 5xx)."""

    transient = True


class StateError(PricesyncError):
    """The SQLite state is locked, corrupt or from a newer version."""


def single_line(text: object, limit: int = 300) -> str:
    """``text`` on one line (whitespace runs as one space), cut to ``limit`` characters with
    "..." - how a reason or a name is shown in a log line or a review reason."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[:limit - 3] + "..."
