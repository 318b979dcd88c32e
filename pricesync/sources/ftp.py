"""``ftp://`` and ``ftps://`` sources (stdlib ftplib; ftps = explicit TLS, data channel
protected too).

The URL names a file, or a folder (ends with ``/``, or ``pattern`` is set): then the newest
file whose name matches ``pattern`` (``*`` when unset) is fetched. A file whose name, size
and modification time are those of the kept copy is not downloaded again.
"""
from __future__ import annotations

import fnmatch
import posixpath
from datetime import datetime, timezone
from urllib.parse import unquote, urlsplit

from pricesync.sources import Download, FetchContext, SourceError, register_source

_CHUNK = 1 << 16


class _TooBig(Exception):
    pass


def _tls_context(verify: bool | str):
    import ssl

    if verify is False:
        ctx = ssl.create_default_context()
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        return ctx
    return ssl.create_default_context(cafile=verify if isinstance(verify, str) else None)


def _mdtm(ftp, path: str) -> float | None:
    try:
        resp = ftp.voidcmd(f"MDTM {path}")
    except Exception:
        return None
    stamp = resp.split()[-1][:14]
    try:
        return datetime.strptime(stamp, "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc).timestamp()
    except ValueError:
        return None


def _size(ftp, path: str) -> int | None:
    try:
        return ftp.size(path)
    except Exception:
        return None


def _listing(ftp, folder: str) -> list[tuple[str, int | None, float | None]]:
    """(name, size, mtime) of the files in ``folder``; MLSD where the server has it."""
    try:
        out = []
        for name, facts in ftp.mlsd(folder or ".", facts=["type", "size", "modify"]):
            if facts.get("type", "file") != "file":
                continue
            mtime = None
            if facts.get("modify"):
                try:
                    mtime = datetime.strptime(facts["modify"][:14], "%Y%m%d%H%M%S").replace(
                        tzinfo=timezone.utc).timestamp()
                except ValueError:
                    pass
            size = int(facts["size"]) if str(facts.get("size", "")).isdigit() else None
            out.append((name, size, mtime))
        return out
    except Exception as exc:
        import ftplib

        if not isinstance(exc, ftplib.error_perm):
            raise
    names = [posixpath.basename(n) for n in ftp.nlst(folder or ".")]
    return [(n, _size(ftp, posixpath.join(folder, n)), _mdtm(ftp, posixpath.join(folder, n))) for n in names]


@register_source("ftp", "ftps")
def fetch_ftp(ctx: FetchContext) -> Download:
    import ftplib
    import socket

    src = ctx.source
    parts = urlsplit(ctx.url)
    host, port = parts.hostname or "", parts.port or 21
    user = src.user() or "anonymous"
    password = src.env("password_env") or ("anonymous@" if user == "anonymous" else "")
    path = unquote(parts.path) or "/"
    tls = parts.scheme.lower() == "ftps"
    ftp = ftplib.FTP_TLS(context=_tls_context(src.verify), timeout=src.timeout) if tls \
        else ftplib.FTP(timeout=src.timeout)
    try:
        try:
            ftp.connect(host, port)
        except (OSError, ftplib.Error) as exc:
            raise SourceError(f"cannot connect to {host}:{port}: {_reason(exc)}") from None
        try:
            ftp.login(user, password)
        except ftplib.error_perm as exc:
            raise SourceError(f"login refused for user '{user}' ({_reason(exc)})") from None
        if tls:
            ftp.prot_p()
        if path.endswith("/") or src.pattern:
            folder = path.rstrip("/") or "/"
            try:
                files = _listing(ftp, folder)
            except ftplib.error_perm as exc:
                raise SourceError(f"cannot list {folder}: {_reason(exc)}") from None
            pattern = (src.pattern or "*").lower()
            picked = [f for f in files if fnmatch.fnmatch(f[0].lower(), pattern)]
            if not picked:
                raise SourceError(f"no file matching '{src.pattern or '*'}' in {folder}")
            name, size, mtime = max(picked, key=lambda f: (f[2] or 0, f[0]))
            remote = posixpath.join(folder, name)
        else:
            remote, name = path, posixpath.basename(path)
            size, mtime = _size(ftp, remote), _mdtm(ftp, remote)
        same = ctx.unchanged(name, size, mtime)
        if same is not None:
            return same
        target = ctx.workdir / "download"
        got = 0
        with open(target, "wb") as out:
            def write(chunk: bytes) -> None:
                nonlocal got
                got += len(chunk)
                if got > ctx.max_bytes:
                    raise _TooBig()
                out.write(chunk)

            try:
                ftp.retrbinary(f"RETR {remote}", write, blocksize=_CHUNK)
            except _TooBig:
                raise SourceError(f"the download passed max_mb {src.max_mb:g} MB; stopped") from None
            except ftplib.error_perm as exc:
                raise SourceError(f"cannot download {remote}: {_reason(exc)}") from None
        if size is not None and got != size:
            raise SourceError(f"truncated download: {got} of {size} bytes arrived")
        return Download(path=target, remote_name=name, remote_mtime=mtime)
    except SourceError:
        raise
    except socket.timeout:
        raise SourceError(f"no answer within {src.timeout:g} s (timeout)") from None
    except (OSError, EOFError, ftplib.Error) as exc:
        raise SourceError(f"FTP error: {_reason(exc)}") from None
    finally:
        try:
            ftp.close()
        except Exception:
            pass


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return " ".join(str(exc).split())[:200] or type(exc).__name__
