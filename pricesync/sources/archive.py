"""Archives a supplier sends (.zip, .gz) unpacked with limits.

A zip bomb (a small file that expands to gigabytes, or thousands of members) is refused
with a reason before it fills the disk: the declared sizes are checked first, then the
bytes actually written are counted while unpacking (a header can lie), against the total
(``max_unpacked_mb``), the number of members (``max_members``) and each member's
compression ratio (``max_ratio``). Only file names are kept (no folders from the archive,
so ``../`` in a member name cannot escape).
"""
from __future__ import annotations

import fnmatch
import gzip
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from pricesync.sources import SourceError

if TYPE_CHECKING:
    from pricesync.sources.config import SourceConfig

_CHUNK = 1 << 16
# Inside an archive, what is not a price list (macOS resource forks, folder listings...).
_JUNK = re.compile(r"(^|/)(__MACOSX/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)", re.IGNORECASE)


def is_archive(path: Path) -> bool:
    with open(path, "rb") as f:
        head = f.read(4)
    if head[:2] == b"\x1f\x8b":
        return True
    if head == b"PK\x03\x04" and zipfile.is_zipfile(path):
        # xlsx/ods are zips too: they are price lists, not archives of them.
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
        return not ({"[Content_Types].xml", "mimetype"} & names)
    return False


def unpack(path: Path, dest: Path, source: "SourceConfig") -> list[str]:
    """Members (names relative to ``dest``) written from the archive at ``path``."""
    dest.mkdir(parents=True, exist_ok=True)
    limit = int(source.max_unpacked_mb * 1024 * 1024)
    with open(path, "rb") as f:
        gz = f.read(2) == b"\x1f\x8b"
    if gz:
        return [_gunzip(path, dest, limit, source.max_ratio)]
    return _unzip(path, dest, limit, source)


def _gunzip(path: Path, dest: Path, limit: int, max_ratio: float) -> str:
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name + ".out"
    if name.lower().endswith(".tar"):
        raise SourceError(f"{path.name}: tar archives are not read; send a .zip or a single .gz file")
    packed = max(path.stat().st_size, 1)
    written = 0
    try:
        with gzip.open(path, "rb") as src, open(dest / name, "wb") as out:
            while chunk := src.read(_CHUNK):
                written += len(chunk)
                _check_size(path.name, written, packed, limit, max_ratio)
                out.write(chunk)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        if isinstance(exc, SourceError):
            raise
        raise SourceError(f"{path.name}: damaged gzip file ({exc})") from None
    return name


def _check_size(what: str, written: int, packed: int, limit: int, max_ratio: float) -> None:
    if written > limit:
        raise SourceError(f"{what}: refused, unpacks to more than {limit // (1024 * 1024)} MB (max_unpacked_mb; "
                          "a zip bomb?)")
    if written > 1024 * 1024 and written / packed > max_ratio:
        raise SourceError(f"{what}: refused, expands more than {max_ratio:g} times (max_ratio; a zip bomb?)")


def _unzip(path: Path, dest: Path, limit: int, source: "SourceConfig") -> list[str]:
    try:
        z = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise SourceError(f"{path.name}: damaged zip file ({exc})") from None
    with z:
        infos = [i for i in z.infolist() if not i.is_dir() and not _JUNK.search(i.filename)]
        if source.pattern:
            matching = [i for i in infos if fnmatch.fnmatch(Path(i.filename).name.lower(), source.pattern.lower())]
            # A pattern that picked the archive itself in a folder ("price_*.zip") takes its members as they are.
            if matching or not fnmatch.fnmatch(path.name.lower(), source.pattern.lower()):
                infos = matching
        if not infos:
            what = f"no member matching '{source.pattern}'" if source.pattern else "no files"
            raise SourceError(f"{path.name}: {what} in the archive")
        if len(infos) > source.max_members:
            raise SourceError(f"{path.name}: refused, {len(infos)} members (max_members {source.max_members}; "
                              "set pattern to pick the price list)")
        declared = sum(i.file_size for i in infos)
        if declared > limit:
            raise SourceError(f"{path.name}: refused, declares {declared / 1024 / 1024:.0f} MB unpacked "
                              f"(max_unpacked_mb {source.max_unpacked_mb:g}; a zip bomb?)")
        for i in infos:
            if i.file_size > 1024 * 1024 and i.file_size / max(i.compress_size, 1) > source.max_ratio:
                raise SourceError(f"{path.name}: refused, member '{i.filename}' expands "
                                  f"{i.file_size / max(i.compress_size, 1):.0f} times (max_ratio "
                                  f"{source.max_ratio:g}; a zip bomb?)")
        names: list[str] = []
        total = 0
        for i in infos:
            name = _unique(Path(i.filename.replace("\\", "/")).name or "member", names)
            written = 0
            try:
                with z.open(i) as src, open(dest / name, "wb") as out:
                    while chunk := src.read(_CHUNK):
                        written += len(chunk)
                        total += len(chunk)
                        if total > limit:
                            raise SourceError(f"{path.name}: refused, unpacks to more than "
                                              f"{source.max_unpacked_mb:g} MB (max_unpacked_mb; a zip bomb?)")
                        if written > 1024 * 1024 and written / max(i.compress_size, 1) > source.max_ratio:
                            raise SourceError(f"{path.name}: refused, member '{i.filename}' expands more than "
                                              f"{source.max_ratio:g} times (max_ratio; a zip bomb?)")
                        out.write(chunk)
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
                raise SourceError(f"{path.name}: cannot unpack '{i.filename}' ({exc})") from None
            names.append(name)
    return names


def _unique(name: str, taken: list[str]) -> str:
    if name not in taken:
        return name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 2
    while f"{stem}_{n}{suffix}" in taken:
        n += 1
    return f"{stem}_{n}{suffix}"
