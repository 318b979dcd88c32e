"""``https://`` and ``http://`` sources (and Google Sheets share links, turned into their
export URL before they get here).

requests with urllib3 ``Retry``: connection errors, 429 and 5xx are retried a few times
with backoff (a ``Retry-After`` is honoured up to a cap); the list is streamed to disk with
the size limit checked as bytes arrive and the body checked against ``Content-Length``
(a connection that drops halfway is a failed fetch, not a short list). ``If-None-Match`` /
``If-Modified-Since`` from the last good copy let the server answer 304: nothing is
downloaded and the kept copy is used.
"""
from __future__ import annotations

import re
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from pricesync.sources import Download, FetchContext, SourceError, register_source

RETRIES = 3
BACKOFF = 0.5            # seconds, doubled each retry (tests set 0)
RETRY_AFTER_CAP = 30.0   # a server asking to wait longer is not waited for
_CHUNK = 1 << 16


def _session(ctx: FetchContext):
    import requests
    from requests.adapters import HTTPAdapter
    from urllib3.util.retry import Retry

    class _CappedRetry(Retry):
        def get_retry_after(self, response):  # type: ignore[override]
            value = super().get_retry_after(response)
            return None if value is None else min(value, RETRY_AFTER_CAP)

    retry = _CappedRetry(total=RETRIES, connect=RETRIES, read=RETRIES, status=RETRIES, backoff_factor=BACKOFF,
                         backoff_max=10, status_forcelist=(429, 500, 502, 503, 504), allowed_methods=("GET",),
                         respect_retry_after_header=True, raise_on_status=False)
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.headers["User-Agent"] = "pricesync (supplier price list fetch)"
    return session


def _auth_headers(ctx: FetchContext) -> tuple[dict[str, str], tuple[str, str] | None]:
    src = ctx.source
    headers: dict[str, str] = {}
    auth = None
    user = src.user()
    password = src.env("password_env")
    if password is not None:
        if not user:
            raise SourceError("password_env is set but no user (user_env or user@ in the URL)")
        auth = (user, password)
    token = src.env("token_env")
    if token is not None:
        if src.header:
            headers[src.header] = token
        else:
            headers["Authorization"] = f"Bearer {token}"
    for name in src.headers_env:
        headers[name] = src.env_var(src.headers_env[name], f"headers_env.{name}")
    return headers, auth


@register_source("https", "http")
def fetch_http(ctx: FetchContext) -> Download:
    import requests

    src = ctx.source
    headers, auth = _auth_headers(ctx)
    prev = ctx.previous
    if prev is not None:
        if prev.etag:
            headers["If-None-Match"] = prev.etag
        if prev.last_modified:
            headers["If-Modified-Since"] = prev.last_modified
    url = ctx.url
    parts = urlsplit(url)
    if parts.username:     # user@ in the URL: requests would send it as basic auth without a password
        url = url.replace(f"{parts.username}@", "", 1)
    verify = src.verify
    session = _session(ctx)
    try:
        with session.get(url, headers=headers, auth=auth, timeout=src.timeout, stream=True, verify=verify,
                         allow_redirects=True) as resp:
            if resp.status_code == 304:
                return Download(not_modified=True, etag=resp.headers.get("ETag") or (prev.etag if prev else None),
                                last_modified=resp.headers.get("Last-Modified") or (prev.last_modified if prev else None))
            if resp.status_code in (401, 403):
                sent = auth is not None or bool(headers.keys() - {"If-None-Match", "If-Modified-Since"})
                raise SourceError(f"HTTP {resp.status_code} {resp.reason}: the server refused "
                                  + ("the credentials" if sent else "access (no credentials sent)"))
            if resp.status_code >= 400:
                raise SourceError(f"HTTP {resp.status_code} {resp.reason}")
            if "text/html" in resp.headers.get("Content-Type", "") and "docs.google.com" in (parts.hostname or ""):
                raise SourceError("Google answered with a web page, not the sheet: share it as 'anyone with the link'")
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > ctx.max_bytes:
                raise SourceError(f"the file is {int(declared) / 1024 / 1024:.1f} MB, more than max_mb "
                                  f"{src.max_mb:g}")
            name = _name(resp, url)
            target = ctx.workdir / "download"
            got = 0
            with open(target, "wb") as out:
                for chunk in resp.raw.stream(_CHUNK, decode_content=True):
                    got += len(chunk)
                    if got > ctx.max_bytes:
                        raise SourceError(f"the download passed max_mb {src.max_mb:g} MB; stopped")
                    out.write(chunk)
            encoded = resp.headers.get("Content-Encoding", "identity").lower() not in ("", "identity")
            if declared and declared.isdigit() and not encoded and got != int(declared):
                raise SourceError(f"truncated download: {got} of {int(declared)} bytes arrived")
            return Download(path=target, remote_name=name, remote_mtime=_mtime(resp.headers.get("Last-Modified")),
                            etag=resp.headers.get("ETag"), last_modified=resp.headers.get("Last-Modified"))
    except SourceError:
        raise
    except requests.exceptions.SSLError as exc:
        raise SourceError(f"TLS error: {_reason(exc)}") from None
    except requests.exceptions.Timeout:
        raise SourceError(f"no answer within {src.timeout:g} s (timeout)") from None
    except requests.exceptions.ConnectionError as exc:
        if "timed out" in str(exc).lower():     # a read timeout on every retry
            raise SourceError(f"no answer within {src.timeout:g} s (timeout, {RETRIES} retries)") from None
        raise SourceError(f"cannot connect to {parts.hostname}: {_reason(exc)}") from None
    except requests.exceptions.RetryError as exc:
        raise SourceError(f"gave up after {RETRIES} retries: {_reason(exc)}") from None
    except requests.exceptions.RequestException as exc:
        raise SourceError(_reason(exc)) from None
    except Exception as exc:   # urllib3 ProtocolError and friends while streaming the body
        if type(exc).__module__.startswith(("urllib3", "http.client")):
            if "timed out" in str(exc).lower():
                raise SourceError(f"the download stalled: no data within {src.timeout:g} s (timeout)") from None
            raise SourceError(f"truncated download: {_reason(exc)}") from None
        raise
    finally:
        session.close()


def _reason(exc: BaseException) -> str:
    """The innermost readable cause ('Connection refused', 'IncompleteRead(...)')."""
    text = str(exc)
    m = re.search(r"\[SSL: [A-Z_]+\] ([^(']+)", text)
    if m:
        return m.group(1).strip()
    m = re.search(r"\[Errno -?\d+\] ([^'\")]+)", text)
    if m:
        return m.group(1).strip()
    m = re.search(r"(Max retries exceeded[^(]*)", text)
    if m and "responses" in text:
        m2 = re.search(r"too many (\d+) error responses", text)
        return f"the server kept answering {m2.group(1)}" if m2 else m.group(1).strip()
    return " ".join(text.split())[:200] or type(exc).__name__


def _name(resp, url: str) -> str:
    cd = resp.headers.get("Content-Disposition", "")
    m = re.search(r"filename\*=UTF-8''([^;]+)", cd, re.IGNORECASE) or re.search(r'filename="?([^";]+)"?', cd)
    if m:
        return Path(unquote(m.group(1))).name
    name = Path(unquote(urlsplit(resp.url or url).path)).name
    return name or "download"


def _mtime(header: str | None) -> float | None:
    if not header:
        return None
    try:
        return parsedate_to_datetime(header).timestamp()
    except (TypeError, ValueError):
        return None
