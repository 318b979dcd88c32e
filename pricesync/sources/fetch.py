"""What every source shares: fetch one supplier, keep the last good copy, record the fetch,
decide whether the supplier is held.

The last good copy lives in ``<state dir>/sources/<supplier>/`` (the file as downloaded,
plus ``unpacked/`` for an archive's members); a new copy replaces it only once it is
complete and unpacks within the limits, so a failed or refused fetch never damages it.
Every fetch (good, not modified or failed) is a row of ``source_fetches`` in the state;
``source_copies`` holds, per supplier, the copy kept and when its content last changed.
"""
from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from pricesync.errors import PricesyncError, UsageError, single_line
from pricesync.report import NullReporter, Reporter
from pricesync.sources import FetchContext, FetchResult, Previous, SourceError, get_fetcher

if TYPE_CHECKING:
    from pricesync.config.models import Config
    from pricesync.sources.config import SourceConfig
    from pricesync.state import State

MIGRATIONS = [
    """
    CREATE TABLE source_fetches (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        supplier TEXT NOT NULL,
        url TEXT NOT NULL,
        fetched_at REAL NOT NULL,
        status TEXT NOT NULL,             -- downloaded | not_modified | failed
        size INTEGER,
        sha256 TEXT,
        changed INTEGER NOT NULL DEFAULT 0,
        remote_name TEXT,
        error TEXT
    );
    CREATE INDEX source_fetches_supplier ON source_fetches(supplier, fetched_at);
    CREATE TABLE source_copies (
        supplier TEXT PRIMARY KEY,
        url TEXT NOT NULL,
        path TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        etag TEXT,
        last_modified TEXT,
        remote_name TEXT,
        remote_mtime REAL,
        fetched_at REAL NOT NULL,
        changed_at REAL NOT NULL
    );
    """,
]

_GSHEET = re.compile(r"^https?://docs\.google\.com/spreadsheets/d/([A-Za-z0-9_-]+)", re.IGNORECASE)


def effective_url(url: str) -> str:
    """A Google Sheets share link (``…/spreadsheets/d/ID/edit#gid=0``) becomes its xlsx export;
    any other URL is fetched as written."""
    m = _GSHEET.match(url)
    if m and "/export" not in url:
        return f"https://docs.google.com/spreadsheets/d/{m.group(1)}/export?format=xlsx"
    return url


def public_url(url: str) -> str:
    """The URL without user, password or query (where tokens hide): safe to show and store."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def supplier_folder(state_dir: Path, supplier: str) -> Path:
    safe = re.sub(r"[^\w.-]+", "_", supplier).strip("._") or "supplier"
    return state_dir / "sources" / safe


def one_line(exc: BaseException, secrets: list[str] = ()) -> str:
    """A readable one-line reason, secrets masked."""
    from pricesync.redact import redact

    text = exc.message if isinstance(exc, PricesyncError) else f"{type(exc).__name__}: {exc}"
    line = " ".join(str(text).split()) or type(exc).__name__
    return single_line(redact(line, secrets))


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _previous(state: "State", supplier: str) -> Previous | None:
    row = state.query("SELECT * FROM source_copies WHERE supplier = ?", (supplier,))
    if not row:
        return None
    r = row[0]
    path = Path(r["path"])
    return Previous(url=r["url"], sha256=r["sha256"], size=r["size"], etag=r["etag"],
                    last_modified=r["last_modified"], remote_name=r["remote_name"] or "",
                    remote_mtime=r["remote_mtime"], path=path if path.exists() else None, changed_at=r["changed_at"])


def _record(state: "State", result: FetchResult, status: str) -> None:
    state.execute("INSERT INTO source_fetches(supplier, url, fetched_at, status, size, sha256, changed, remote_name, "
                  "error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (result.supplier, result.url, result.fetched_at, status, result.size or None,
                   result.sha256 or None, int(result.changed), result.remote_name or None, result.error))


def fetch_source(supplier: str, source: "SourceConfig", *, state: "State", state_dir: Path,
                 reporter: Reporter | None = None, now: float | None = None) -> FetchResult:
    """Fetch one supplier's list. Never raises for what the supplier's side does: a failure
    is ``error`` and ``held`` on the result."""
    state.ensure_schema("sources", MIGRATIONS)
    reporter = reporter or NullReporter()
    url = effective_url(source.url)
    now = time.time() if now is None else now
    result = FetchResult(supplier=supplier, url=public_url(url), fetched_at=now)
    folder = supplier_folder(state_dir, supplier)
    folder.mkdir(parents=True, exist_ok=True)
    previous = _previous(state, supplier)
    if previous is not None and previous.url != result.url:
        previous = None      # another URL: nothing to compare with, nothing to fall back on
    if previous is not None and previous.path is None:
        previous = None      # the kept copy is gone (state folder cleaned): download again
    secrets = source.secrets()
    work = Path(tempfile.mkdtemp(prefix=".fetch-", dir=folder))
    try:
        download = get_fetcher(urlsplit(url).scheme)(
            FetchContext(supplier=supplier, source=source, url=url, workdir=work, previous=previous, reporter=reporter))
        if download.not_modified:
            if previous is None:
                raise SourceError("the server says 'not modified' but no copy is kept")
            _keep_unchanged(result, previous, download, from_cache=True)
            status = "not_modified"
        else:
            if download.path is None or not download.path.exists():
                raise SourceError("the source returned no file")
            size = download.path.stat().st_size
            if size == 0:
                raise SourceError("the downloaded file is empty")
            sha = _sha256(download.path)
            if previous is not None and sha == previous.sha256:
                _keep_unchanged(result, previous, download, from_cache=False)
            else:
                name = _file_name(download.remote_name or Path(urlsplit(url).path).name, supplier)
                members = _prepare_copy(download.path, name, source, work)
                _install(folder, work, name)
                result.path = folder / name
                result.files = [folder / "unpacked" / m for m in members] if members else [result.path]
                result.size, result.sha256, result.changed = size, sha, True
                result.remote_name = download.remote_name or name
                changed_at = now
                if download.remote_mtime is not None:
                    changed_at = min(now, download.remote_mtime)
                result.age = max(0.0, now - changed_at)
                with state.transaction() as conn:
                    conn.execute("DELETE FROM source_copies WHERE supplier = ?", (supplier,))
                    conn.execute("INSERT INTO source_copies(supplier, url, path, size, sha256, etag, last_modified, "
                                 "remote_name, remote_mtime, fetched_at, changed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                                 (supplier, result.url, str(result.path), size, sha, download.etag,
                                  download.last_modified, result.remote_name, download.remote_mtime, now, changed_at))
            status = "downloaded"
            if not result.changed:
                state.execute("UPDATE source_copies SET fetched_at = ?, etag = COALESCE(?, etag), "
                              "last_modified = COALESCE(?, last_modified) WHERE supplier = ?",
                              (now, download.etag, download.last_modified, supplier))
    except Exception as exc:        # whatever the supplier's side does holds that supplier, never the run
        result.error = one_line(exc, secrets)
        status = "failed"
        if _last_good_copy(result, previous, source, now):
            reporter.warn(f"supplier '{supplier}': source {result.url}: {result.error}; using the last good list "
                          f"({_ago(result.age or 0)} old, max_age {source.max_age})")
        else:
            result.held = f"source {result.url}: {result.error}"
    finally:
        shutil.rmtree(work, ignore_errors=True)
    max_age = source.max_age_seconds()
    if result.held is None and max_age is not None and result.age is not None and result.age > max_age:
        result.held = (f"source {result.url}: the list has not changed for {_ago(result.age)} "
                       f"(max_age {source.max_age})")
    _record(state, result, status)
    return result


def _last_good_copy(result: FetchResult, previous: Previous | None, source: "SourceConfig", now: float) -> bool:
    """An unreachable source whose last good list is younger than ``max_age`` is read from
    that copy (the product contract: only an unchanged or unreachable list *older* than max_age holds the
    supplier). Without max_age a failed fetch holds: no one said how old is still good."""
    max_age = source.max_age_seconds()
    if previous is None or previous.path is None or max_age is None:
        return False
    age = max(0.0, now - (previous.changed_at if previous.changed_at is not None else now))
    if age > max_age:
        return False
    result.path, result.size, result.sha256 = previous.path, previous.size, previous.sha256
    result.remote_name, result.from_cache, result.age = previous.remote_name, True, age
    unpacked = previous.path.parent / "unpacked"
    result.files = sorted(p for p in unpacked.rglob("*") if p.is_file()) if unpacked.is_dir() else [previous.path]
    return True


def _keep_unchanged(result: FetchResult, previous: Previous, download, *, from_cache: bool) -> None:
    assert previous.path is not None
    result.path, result.size, result.sha256 = previous.path, previous.size, previous.sha256
    result.from_cache, result.changed = from_cache, False
    result.remote_name = previous.remote_name
    unpacked = previous.path.parent / "unpacked"
    result.files = sorted(p for p in unpacked.rglob("*") if p.is_file()) if unpacked.is_dir() else [previous.path]
    changed_at = previous.changed_at if previous.changed_at is not None else result.fetched_at
    if download.remote_mtime is not None:
        changed_at = min(changed_at, download.remote_mtime)
    result.age = max(0.0, result.fetched_at - changed_at)


def _file_name(name: str, supplier: str) -> str:
    name = re.sub(r"[^\w.() -]+", "_", name.strip()).strip(" .")
    return name or f"{supplier}.download"


def _prepare_copy(downloaded: Path, name: str, source: "SourceConfig", work: Path) -> list[str]:
    """Put the download as ``work/name`` and unpack it into ``work/unpacked`` when it is an
    archive; the member paths (relative to unpacked/), empty for a plain file."""
    from pricesync.sources.archive import is_archive, unpack

    target = work / name
    if downloaded != target:
        downloaded.replace(target)
    if not is_archive(target):
        return []
    return unpack(target, work / "unpacked", source)


def _install(folder: Path, work: Path, name: str) -> None:
    """Swap the new copy in for the old one (the old is removed only now that the new is whole)."""
    for old in folder.iterdir():
        if old == work or old.name.startswith(".fetch-"):
            continue
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)
    (work / name).replace(folder / name)
    if (work / "unpacked").exists():
        (work / "unpacked").replace(folder / "unpacked")


def _ago(seconds: float) -> str:
    if seconds >= 86400:
        return f"{seconds / 86400:.1f} days"
    if seconds >= 3600:
        return f"{seconds / 3600:.1f} hours"
    return f"{seconds / 60:.0f} minutes"


@dataclass
class FetchRun:
    results: list[FetchResult] = field(default_factory=list)

    @property
    def files(self) -> dict[str, list[Path]]:
        """Supplier -> files ingest reads instead of its ``files`` globs."""
        return {r.supplier: list(r.files) for r in self.results if r.held is None}

    @property
    def held(self) -> dict[str, str]:
        return {r.supplier: r.held for r in self.results if r.held is not None}


def sourced_suppliers(config: "Config", names: list[str] | None = None) -> list[str]:
    """Suppliers with a ``source`` (those named, checked: an unknown name is a usage error)."""
    with_source = [n for n, sc in config.suppliers.items() if sc.source is not None]
    if not names:
        return with_source
    unknown = [n for n in names if n not in config.suppliers]
    if unknown:
        raise UsageError(f"no [suppliers.{unknown[0]}] in the config (suppliers: {', '.join(config.suppliers)})",
                         file=str(config.source or ""))
    plain = [n for n in names if n not in with_source]
    if plain:
        raise UsageError(f"[suppliers.{plain[0]}] has no source to fetch (add [suppliers.{plain[0]}.source] url)",
                         file=str(config.source or ""))
    return list(dict.fromkeys(names))


def fetch_suppliers(config: "Config", *, state: "State", names: list[str] | None = None,
                    reporter: Reporter | None = None) -> FetchRun:
    """Fetch every supplier that has a ``source`` (or those named); one result each."""
    reporter = reporter or NullReporter()
    state_dir = config.resolve(config.state.path).resolve().parent
    run = FetchRun()
    for name in sourced_suppliers(config, names):
        source = config.suppliers[name].source
        assert source is not None
        source = source.resolved(config.resolve)
        result = fetch_source(name, source, state=state, state_dir=state_dir, reporter=reporter)
        run.results.append(result)
        if result.held:
            reporter.warn(f"supplier '{name}' held: {result.held}")
        else:
            how = "changed" if result.changed else ("not modified" if result.from_cache else "unchanged")
            reporter.info(f"fetched {name}: {result.url} ({how}, {result.size} bytes)")
    return run
