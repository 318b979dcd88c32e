"""Lazy package exports (PEP 562): a package's ``__init__`` names what it offers and the
module each name lives in; the module is imported on first use, so importing a package
(and the CLI) stays cheap and free of import cycles."""
from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_exports(package: str, exports: dict[str, str]) -> Callable[[str], Any]:
    """The ``__getattr__`` for ``package``: ``exports`` maps a name to its module."""

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(module), name)

    return __getattr__


class Builtins:
    """Modules that register themselves (readers, channels, sources) when imported, imported
    once, on the first lookup in their registry."""

    def __init__(self, modules: list[str] | tuple[str, ...]) -> None:
        self.modules = tuple(modules)
        self.loaded = False

    def load(self) -> None:
        if self.loaded:
            return
        self.loaded = True
        for module in self.modules:
            try:
                importlib.import_module(module)
            except ModuleNotFoundError as exc:
                if exc.name != module:  # a real missing dependency must not be hidden
                    raise
