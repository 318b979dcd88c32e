"""Writing output files so that a reader never sees half of one.

Every writer (tables, plans, the report, feeds, the dummy channel's store, written
configs) goes through ``atomic_write``: a temporary file in the same folder, written,
flushed and fsynced, then renamed onto the target; the temporary file is removed on
any error.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pricesync.errors import UsageError

# The table formats every command writes, by file extension.
OUTPUT_EXTENSIONS = (".csv", ".xlsx", ".parquet", ".json")


def check_output_extension(path: str | Path) -> None:
    """A usage error naming ``path`` unless its extension is one of ``OUTPUT_EXTENSIONS``."""
    ext = Path(path).suffix.lower()
    if ext not in OUTPUT_EXTENSIONS:
        names = ", ".join(OUTPUT_EXTENSIONS[:-1]) + " or " + OUTPUT_EXTENSIONS[-1]
        raise UsageError(f"unsupported output extension '{ext}' (use {names})", file=str(path))


def atomic_path(path: Path) -> Path:
    """A temporary sibling of ``path`` to write into (prefer ``atomic_write``, which
    also renames it into place and removes it on error)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent or "."))
    os.close(fd)
    # mkstemp creates 0600; a report or feed must get the permissions any new file gets.
    os.chmod(tmp, 0o666 & ~_umask())
    return Path(tmp)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_write(path: str | Path) -> Iterator[Path]:
    """Yield a temporary sibling of ``path`` to write; when the block ends without an
    error it is fsynced and renamed onto ``path``. It never outlives the block."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = atomic_path(path)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:   # on disk before the rename makes it visible
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_text_atomic(path: str | Path, text: str) -> Path:
    """``text`` (UTF-8) to ``path`` through ``atomic_write``."""
    path = Path(path)
    with atomic_write(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return path
