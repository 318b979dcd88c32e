"""How library code tells the user what is happening without printing itself.

Stages take a ``Reporter``; the CLI passes one that draws rich progress bars and
warnings on stderr, tests and library users get ``NullReporter`` (or collect messages).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol


class Reporter(Protocol):
    def info(self, message: str) -> None: ...

    def warn(self, message: str) -> None: ...

    def progress(self, description: str, total: int | None = None) -> "ProgressContext": ...


ProgressContext = Iterator[Callable[[int], None]]


class NullReporter:
    """Collects messages; shows nothing."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def info(self, message: str) -> None:
        self.messages.append(("info", message))

    def warn(self, message: str) -> None:
        self.messages.append(("warn", message))

    @contextmanager
    def progress(self, description: str, total: int | None = None):  # type: ignore[override]
        yield lambda n=1: None

    @property
    def warnings(self) -> list[str]:
        return [m for kind, m in self.messages if kind == "warn"]
