"""Sources fetch a supplier's price list from where the supplier puts it (a URL, an FTP or
SFTP folder, a mailbox...) into a local copy that ingest reads.

A source registers itself for the URL schemes it serves, like readers and channels do::

    @register_source("https", "http")
    def fetch_http(ctx: FetchContext) -> Download: ...

The fetcher only transfers: it writes the remote file into ``ctx.workdir`` and returns a
``Download`` (or ``Download(not_modified=True)`` when the server says the copy we have is
current). Everything around it is shared by every scheme (``pricesync.sources.fetch``):
credentials from the environment, the last good copy under ``<state dir>/sources/<supplier>/``,
archives unpacked with limits, the record of every fetch in the state, ``max_age``, and one
``FetchResult`` per supplier. A fetcher signals failure by raising ``SourceError`` (any
other exception is caught too and becomes a one-line reason); the supplier is then held.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pricesync.errors import PricesyncError
from pricesync.lazy import Builtins, lazy_exports

if TYPE_CHECKING:
    from pricesync.sources.config import SourceConfig

# Modules holding the built-in sources; imported on first lookup.
_BUILTIN_MODULES = (
    "pricesync.sources.http",
    "pricesync.sources.ftp",
    "pricesync.sources.sftp",
    "pricesync.sources.imap",
)


class SourceError(PricesyncError):
    """A source could not be fetched (unreachable, refused, too large, a bad archive...)."""


@dataclass
class Previous:
    """What the last good fetch of this supplier saw (for conditional requests)."""

    url: str = ""
    sha256: str = ""
    size: int = 0
    etag: str | None = None
    last_modified: str | None = None      # the HTTP header as sent
    remote_name: str = ""
    remote_mtime: float | None = None     # seconds since the epoch, when the server tells
    path: Path | None = None              # the kept copy
    changed_at: float | None = None       # when its content last changed


@dataclass
class FetchContext:
    supplier: str
    source: "SourceConfig"
    url: str                              # the URL to fetch (a Sheets link already turned into its export)
    workdir: Path                         # write the download here
    previous: Previous | None = None
    reporter: Any = None

    @property
    def max_bytes(self) -> int:
        return self.source.max_bytes()

    def unchanged(self, name: str, size: int | None, mtime: float | None) -> Download | None:
        """For folder-like servers (FTP, SFTP): the same name, size and modification time as
        the kept copy is "not modified" (nothing to download); a file over ``max_mb`` is refused
        before its first byte."""
        prev = self.previous
        if (prev is not None and prev.remote_name == name and size is not None and prev.size == size
                and mtime is not None and prev.remote_mtime == mtime):
            return Download(not_modified=True, remote_name=name, remote_mtime=mtime)
        if size is not None and size > self.max_bytes:
            raise SourceError(f"{name} is {size / 1024 / 1024:.1f} MB, more than max_mb {self.source.max_mb:g}")
        return None


@dataclass
class Download:
    path: Path | None = None              # the downloaded file (in ctx.workdir)
    not_modified: bool = False            # the server says the previous copy is current
    remote_name: str = ""                 # file name on the server (picked from a folder, or the URL's)
    remote_mtime: float | None = None
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class FetchResult:
    """One supplier's fetch, whatever the scheme."""

    supplier: str
    url: str                              # without credentials
    path: Path | None = None              # local copy (the last good one when nothing new came)
    size: int = 0
    sha256: str = ""
    fetched_at: float = 0.0
    changed: bool = False                 # content differs from the last good copy
    from_cache: bool = False              # nothing downloaded: the server said "not modified"
    error: str | None = None              # why the fetch failed (one line)
    files: list[Path] = field(default_factory=list)   # what ingest reads (archive members unpacked)
    held: str | None = None               # why the supplier is held this run (error or stale)
    remote_name: str = ""
    age: float | None = None              # seconds since the content last changed

    @property
    def ok(self) -> bool:
        return self.held is None

    @property
    def stale(self) -> bool:
        """Fetched fine but older than ``max_age`` (held without an error)."""
        return self.held is not None and self.error is None

    def to_dict(self) -> dict[str, Any]:
        return {"supplier": self.supplier, "url": self.url, "path": str(self.path) if self.path else None,
                "size": self.size, "sha256": self.sha256, "fetched_at": self.fetched_at, "changed": self.changed,
                "from_cache": self.from_cache, "error": self.error, "held": self.held, "stale": self.stale,
                "files": [str(f) for f in self.files], "remote_name": self.remote_name, "age": self.age}


Fetcher = Callable[[FetchContext], Download]
_SOURCES: dict[str, Fetcher] = {}


def register_source(*schemes: str) -> Callable[[Fetcher], Fetcher]:
    """Decorator: the function fetches URLs of these schemes."""

    def deco(fn: Fetcher) -> Fetcher:
        for scheme in schemes:
            _SOURCES[scheme.lower()] = fn
        return fn

    return deco


_load_builtin = Builtins(_BUILTIN_MODULES).load


def source_schemes() -> list[str]:
    _load_builtin()
    return sorted(_SOURCES)


def get_fetcher(scheme: str) -> Fetcher:
    _load_builtin()
    try:
        return _SOURCES[scheme.lower()]
    except KeyError:
        raise SourceError(f"no source for '{scheme}://' URLs (known: {', '.join(source_schemes())})") from None


_EXPORTS = {
    "fetch_suppliers": "pricesync.sources.fetch",   # see ``pricesync.sources.fetch.fetch_suppliers``
}


__getattr__ = lazy_exports(__name__, _EXPORTS)


__all__ = ["Download", "FetchContext", "FetchResult", "Fetcher", "Previous", "SourceError", "fetch_suppliers",
           "get_fetcher", "register_source", "source_schemes"]
