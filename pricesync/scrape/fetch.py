"""Fetching competitor pages politely: robots.txt, a delay per host, retries that honour
Retry-After, conditional requests, redirects to http(s) only, timeouts and a size cap.

Saved pages (a path or a ``file://`` URL, ``.html`` or ``.html.gz``) are read from disk
with no robots or delay, so a demo and the tests run offline.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.request import url2pathname
from urllib.robotparser import RobotFileParser

from pricesync.scrape.decode import decode_html

MAX_BYTES = 15 * 1024 * 1024      # the largest product pages seen are ~2 MB
MAX_REDIRECTS = 5
MAX_CRAWL_DELAY = 30.0            # a robots.txt Crawl-delay above this is capped
MAX_RETRY_AFTER = 60.0            # a longer Retry-After fails the page instead of stalling the run


@dataclass
class Page:
    url: str                          # as asked for
    status: str = "ok"                # ok, or why not: http_404, timeout, robots_disallowed, ...
    text: str | None = None
    final_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False        # 304: the cached result still holds


def is_local(url: str) -> bool:
    scheme = urlsplit(url).scheme.lower()
    return scheme == "file" or scheme == "" or (len(scheme) == 1 and url[1:3] in (":\\", ":/"))


def host_of(url: str) -> str:
    return "" if is_local(url) else (urlsplit(url).hostname or "").lower()


def local_path(url: str) -> Path:
    if urlsplit(url).scheme.lower() == "file":
        return Path(url2pathname(urlsplit(url).path))
    return Path(url)


class Fetcher:
    """One per scrape run, shared by the threads that work on different hosts: it keeps
    robots.txt rules per origin and the time each host may be asked again. User agent,
    timeout, retries and delay come with each request (competitors differ)."""

    def __init__(self, *, verify: bool | str = True, backoff_factor: float = 0.5) -> None:
        self.verify = verify
        self.backoff_factor = backoff_factor
        self._local = threading.local()
        self._lock = threading.Lock()
        self._robots: dict[str, RobotFileParser | str] = {}   # origin -> rules, or a failure status
        self._next_at: dict[str, float] = {}                  # host -> earliest next request

    # -- public -----------------------------------------------------------------------
    def fetch(self, url: str, *, user_agent: str, timeout: float = 20.0, retries: int = 3, delay: float = 1.0,
              etag: str | None = None, last_modified: str | None = None, any_type: bool = False) -> Page:
        url = url.strip()
        if is_local(url):
            return self._read_local(url)
        scheme = urlsplit(url).scheme.lower()
        if scheme not in ("http", "https") or not urlsplit(url).hostname:
            return Page(url, status="bad_url")
        ask = _Ask(user_agent, timeout, retries, delay)
        headers = {"User-Agent": user_agent}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            refusal = self._robots_refusal(current, ask)
            if refusal:
                return Page(url, status=refusal, final_url=current)
            self._wait_turn(current)
            try:
                resp = self._session(retries).get(current, headers=headers, allow_redirects=False, stream=True,
                                                  timeout=(min(10.0, timeout), timeout))
            except Exception as exc:  # requests/urllib3 raise many kinds; each becomes a reason
                return Page(url, status=failure_reason(exc), final_url=current)
            finally:
                self._done(current, ask)
            if resp.is_redirect:
                location = resp.headers.get("Location", "")
                resp.close()
                current = urljoin(current, location)
                # A shop must not send us to file:, ftp: or javascript: URLs.
                if urlsplit(current).scheme.lower() not in ("http", "https"):
                    return Page(url, status="redirect_refused", final_url=current)
                headers = {"User-Agent": user_agent}
                continue
            return self._read_response(url, current, resp, timeout=timeout, any_type=any_type)
        return Page(url, status="too_many_redirects", final_url=current)

    # -- local files ------------------------------------------------------------------
    def _read_local(self, url: str) -> Page:
        path = local_path(url)
        try:
            if path.stat().st_size > MAX_BYTES:
                return Page(url, status="too_large")
            data = path.read_bytes()
        except FileNotFoundError:
            return Page(url, status="file_not_found")
        except OSError:
            return Page(url, status="file_unreadable")
        return Page(url, text=decode_html(data), final_url=str(path))

    # -- HTTP -------------------------------------------------------------------------
    def _session(self, retries: int):
        sessions = getattr(self._local, "sessions", None)
        if sessions is None:
            sessions = self._local.sessions = {}
        if retries not in sessions:
            from pricesync.channels.http import make_session

            session = make_session(verify=self.verify, retries=retries, backoff_factor=self.backoff_factor,
                                   methods=("GET", "HEAD"), max_retry_after=MAX_RETRY_AFTER)
            session.headers["Accept"] = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
            sessions[retries] = session
        return sessions[retries]

    def _read_response(self, url: str, final: str, resp, *, timeout: float, any_type: bool) -> Page:
        with resp:
            code = resp.status_code
            page = Page(url, final_url=final, etag=resp.headers.get("ETag"),
                        last_modified=resp.headers.get("Last-Modified"))
            if code == 304:
                page.not_modified = True
                return page
            if code >= 400 or code < 200:
                page.status = f"http_{code}"
                return page
            kind = (resp.headers.get("Content-Type") or "").lower()
            if kind and not any_type and not any(t in kind for t in ("html", "xml", "text/plain")):
                page.status = "not_html"
                return page
            chunks, size = [], 0
            deadline = time.monotonic() + timeout * 3
            try:
                for chunk in resp.iter_content(64 * 1024):
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > MAX_BYTES:
                        page.status = "too_large"
                        return page
                    if time.monotonic() > deadline:  # a server dripping bytes forever
                        page.status = "timeout"
                        return page
            except Exception as exc:
                page.status = failure_reason(exc)
                return page
            page.text = decode_html(b"".join(chunks), resp.headers.get("Content-Type"))
            return page

    def _robots_refusal(self, url: str, ask: "_Ask") -> str | None:
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        with self._lock:
            rules = self._robots.get(origin)
        if rules is None:
            rules = self._load_robots(origin, ask)
            with self._lock:
                self._robots[origin] = rules
        if isinstance(rules, str):
            return rules
        return None if rules.can_fetch(ask.user_agent, url) else "robots_disallowed"

    def _load_robots(self, origin: str, ask: "_Ask") -> RobotFileParser | str:
        """RFC 9309: a 4xx robots.txt means no rules; a 5xx or no answer means "do not
        crawl" until it can be read."""
        robots_url = origin + "/robots.txt"
        self._wait_turn(robots_url)
        try:
            resp = self._session(ask.retries).get(robots_url, headers={"User-Agent": ask.user_agent},
                                                  timeout=(min(10.0, ask.timeout), ask.timeout))
        except Exception as exc:  # the site itself is unreachable: say why (timeout, tls_error...)
            return failure_reason(exc)
        finally:
            self._done(robots_url, ask)
        rules = RobotFileParser(robots_url)
        if 400 <= resp.status_code < 500:
            rules.parse([])
        elif resp.status_code >= 500:
            return "robots_unreachable"
        else:
            rules.parse(resp.text.splitlines())
        return rules

    def _wait_turn(self, url: str) -> None:
        host = host_of(url)
        with self._lock:
            next_at = self._next_at.get(host, 0.0)
        wait = next_at - time.monotonic()
        if wait > 0:
            time.sleep(wait)

    def _done(self, url: str, ask: "_Ask") -> None:
        """The next request to this host waits ``delay`` (or robots.txt's Crawl-delay when
        longer) after this one ended."""
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        with self._lock:
            rules = self._robots.get(origin)
            crawl_delay = rules.crawl_delay(ask.user_agent) if isinstance(rules, RobotFileParser) else None
            gap = max(ask.delay, min(float(crawl_delay or 0), MAX_CRAWL_DELAY))
            self._next_at[host_of(url)] = time.monotonic() + gap


@dataclass(frozen=True)
class _Ask:
    user_agent: str
    timeout: float
    retries: int
    delay: float


def failure_reason(exc: BaseException) -> str:
    """A short status for a failed request: timeout, connection_error, tls_error, ..."""
    import requests
    from urllib3.exceptions import MaxRetryError, ProtocolError, ReadTimeoutError, SSLError

    chain: list[BaseException] = []
    node: BaseException | None = exc
    while node is not None and len(chain) < 10:
        chain.append(node)
        for arg in getattr(node, "args", ()):
            if isinstance(arg, BaseException) and arg not in chain:
                chain.append(arg)
        reason = getattr(node, "reason", None)
        node = reason if isinstance(reason, BaseException) else (node.__cause__ or node.__context__)
    if any(isinstance(e, (requests.Timeout, ReadTimeoutError, TimeoutError)) for e in chain):
        return "timeout"
    if any(isinstance(e, (requests.exceptions.SSLError, SSLError)) for e in chain):
        return "tls_error"
    if any(isinstance(e, MaxRetryError) and e.reason is None for e in chain):
        return "retry_after_too_long"
    if any(isinstance(e, requests.exceptions.InvalidURL) for e in chain):
        return "bad_url"
    if any(isinstance(e, (requests.ConnectionError, ProtocolError, ConnectionError)) for e in chain):
        return "connection_error"
    return "fetch_error"
