"""``sftp://`` sources (asyncssh).

Log in with ``password_env`` or a private key from ``key_env`` (the key's text, or a path
to it). The server's host key is checked against ``known_hosts`` (a file as
``ssh-keyscan`` writes it; ``~/.ssh/known_hosts`` when unset; ``known_hosts = false``
skips the check). The URL names a file or a folder (ends with ``/``, or ``pattern`` is set:
the newest matching file is fetched); a file whose name, size and modification time are
those of the kept copy is not downloaded again.
"""
from __future__ import annotations

import fnmatch
import os
import posixpath
import warnings
from pathlib import Path
from urllib.parse import unquote, urlsplit

from pricesync.sources import Download, FetchContext, SourceError, register_source

_CHUNK = 1 << 16


def _asyncssh():
    with warnings.catch_warnings():   # cryptography's deprecation notes about DSA, on import
        warnings.simplefilter("ignore")
        import asyncssh
    return asyncssh


@register_source("sftp")
def fetch_sftp(ctx: FetchContext) -> Download:
    import asyncio

    asyncssh = _asyncssh()
    try:
        return asyncio.run(_fetch(ctx, asyncssh))
    except SourceError:
        raise
    except asyncssh.PermissionDenied:
        raise SourceError(f"login refused for user '{ctx.source.user() or ''}' (wrong password or key)") from None
    except asyncssh.HostKeyNotVerifiable as exc:
        raise SourceError(f"host key not trusted ({exc}); add it to known_hosts") from None
    except asyncssh.SFTPError as exc:
        raise SourceError(f"SFTP error: {exc.reason}") from None
    except asyncssh.Error as exc:
        raise SourceError(f"SSH error: {exc.reason}") from None
    except (asyncio.TimeoutError, TimeoutError):
        raise SourceError(f"no answer within {ctx.source.timeout:g} s (timeout)") from None
    except OSError as exc:
        parts = urlsplit(ctx.url)
        raise SourceError(f"cannot connect to {parts.hostname}:{parts.port or 22}: "
                          f"{exc.strerror or exc}") from None


def _known_hosts(ctx: FetchContext):
    value = getattr(ctx.source, "known_hosts", None)
    if value is False:
        return None
    if isinstance(value, str) and value:
        if not Path(value).expanduser().exists():
            raise SourceError(f"known_hosts file not found: {value}")
        return str(Path(value).expanduser())
    default = Path("~/.ssh/known_hosts").expanduser()
    if default.exists():
        return str(default)
    raise SourceError("cannot check the server's host key: set known_hosts (a file as ssh-keyscan writes it), "
                      "or known_hosts = false to skip the check")


def _client_keys(ctx: FetchContext, asyncssh):
    text = ctx.source.env("key_env")
    if text is None:
        return None
    try:
        if "PRIVATE KEY" in text:
            return [asyncssh.import_private_key(text)]
        if os.path.exists(os.path.expanduser(text)):
            return [asyncssh.read_private_key(os.path.expanduser(text))]
    except (asyncssh.KeyImportError, ValueError) as exc:
        raise SourceError(f"the private key in {ctx.source.key_env} cannot be read ({exc})") from None
    raise SourceError(f"{ctx.source.key_env} (key_env) holds neither a private key nor a path to one")


async def _fetch(ctx: FetchContext, asyncssh) -> Download:
    import asyncio

    src = ctx.source
    parts = urlsplit(ctx.url)
    user = src.user()
    if not user:
        raise SourceError("no user: set user_env or write user@ in the URL")
    password = src.env("password_env")
    keys = _client_keys(ctx, asyncssh)
    if password is None and keys is None:
        raise SourceError("no credentials: set password_env or key_env")
    options = dict(host=parts.hostname, port=parts.port or 22, username=user, known_hosts=_known_hosts(ctx),
                   connect_timeout=src.timeout, login_timeout=src.timeout, agent_path=None,
                   client_keys=keys or (), preferred_auth=("publickey",) if keys and password is None else
                   ("password", "keyboard-interactive") if password is not None and keys is None else
                   ("publickey", "password", "keyboard-interactive"))
    if password is not None:
        options["password"] = password
    path = unquote(parts.path) or "/"
    if path.startswith("/~/"):
        path = path[3:]
    async with asyncssh.connect(**options) as conn:
        async with conn.start_sftp_client() as sftp:
            if path.endswith("/") or src.pattern:
                folder = path.rstrip("/") or "."
                pattern = (src.pattern or "*").lower()
                entries = [e for e in await asyncio.wait_for(sftp.readdir(folder), src.timeout)
                           if e.attrs.type == asyncssh.FILEXFER_TYPE_REGULAR
                           and fnmatch.fnmatch(str(e.filename).lower(), pattern)]
                if not entries:
                    raise SourceError(f"no file matching '{src.pattern or '*'}' in {folder}")
                entry = max(entries, key=lambda e: (e.attrs.mtime or 0, str(e.filename)))
                name, attrs = str(entry.filename), entry.attrs
                remote = posixpath.join(folder, name)
            else:
                remote, name = path, posixpath.basename(path)
                attrs = await asyncio.wait_for(sftp.stat(remote), src.timeout)
            size = attrs.size
            mtime = float(attrs.mtime) if attrs.mtime is not None else None
            same = ctx.unchanged(name, size, mtime)
            if same is not None:
                return same
            target = ctx.workdir / "download"
            got = 0
            async with sftp.open(remote, "rb") as f:
                with open(target, "wb") as out:
                    while True:
                        chunk = await asyncio.wait_for(f.read(_CHUNK), src.timeout)
                        if not chunk:
                            break
                        got += len(chunk)
                        if got > ctx.max_bytes:
                            raise SourceError(f"the download passed max_mb {src.max_mb:g} MB; stopped")
                        out.write(chunk)
            if size is not None and got != size:
                raise SourceError(f"truncated download: {got} of {size} bytes arrived")
            return Download(path=target, remote_name=name, remote_mtime=mtime)
