"""What the marketplace connectors (Ozon, Wildberries, Allegro, Prom.ua) share.

- ``MarketplaceChannel``: one HTTP session per channel (``pricesync.channels.http``: retries
  honouring Retry-After, ``verify`` that the environment cannot override), auth headers,
  and one mapping of HTTP failures to our errors: 401/403 name the environment variables
  (never their values), 429/5xx still failing after the session's retries are transient,
  other 4xx are terminal. Error texts are redacted of every secret the channel holds.
- ``BatchOutcome``: per-SKU results of one batch that goes out in several calls (price and
  stock are separate endpoints on every marketplace here).
- ``chunked``, ``poll_until`` (async jobs: WB upload tasks, Allegro commands),
  ``decimal_json`` (Decimal -> exact JSON, never through float), ``describe_errors``.

``requests`` is imported inside functions: the registry imports every connector when a
config is validated, and ``pricesync validate`` must stay quick.
"""
from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any, ClassVar
from urllib.parse import urlsplit

from pydantic import Field

from pricesync.channels.base import Change, Channel, ItemResult
from pricesync.channels.config import ChannelConfig
from pricesync.errors import ChannelError, TransientChannelError

# ----------------------------------------------------------------------------- small helpers


def chunked(items: Sequence, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


_DECIMAL_MARK = "\x00decimal:"
_DECIMAL_RE = re.compile(r'"\\u0000decimal:(-?[0-9]+(?:\.[0-9]+)?)"')


def decimal_json(payload: Any) -> str:
    """JSON text in which ``Decimal`` values become exact JSON numbers (``199.90``).

    For APIs whose documented money field is a number (Prom.ua ``price``) the value must
    still never pass through float: ``json.dumps(float(Decimal("0.1") * 3))`` is
    ``0.30000000000000004``. Decimals are first written as marked strings, then unquoted;
    json escapes the NUL in the mark, so no real string can look like one.
    """
    def encode(value: object) -> str:
        if isinstance(value, Decimal) and value.is_finite():
            return _DECIMAL_MARK + format(value, "f")
        raise TypeError(f"cannot write {type(value).__name__} as JSON")

    return _DECIMAL_RE.sub(r"\1", json.dumps(payload, default=encode, ensure_ascii=False))


def describe_errors(errors: object) -> str:
    """``[{"code": "TOO_MANY_REQUESTS", "message": "..."}]`` (or a dict/str) -> one line."""
    if isinstance(errors, Mapping):
        if any(k in errors for k in ("message", "userMessage", "code", "errorText")):
            code = errors.get("code")
            text = errors.get("userMessage") or errors.get("message") or errors.get("errorText") or ""
            return f"{code}: {text}" if code and text else str(code or text)
        return "; ".join(f"{k}: {describe_errors(v)}" for k, v in errors.items())
    if isinstance(errors, (list, tuple)):
        return "; ".join(describe_errors(e) for e in errors if e)
    return "" if errors is None else str(errors)


def api_message(response, mask: Callable[[str], str] | None = None) -> str:
    """The API's own words for a failed response (JSON error fields, else the text),
    passed through ``mask`` (the channel's secret masking) before it is cut: cutting
    first could end inside an echoed secret and leave most of it unmasked."""
    mask = mask or (lambda text: text)
    try:
        body = response.json()
    except ValueError:
        return _cut(mask(" ".join(response.text.split())), 200)
    if isinstance(body, Mapping):
        for key in ("errors", "message", "errorText", "detail", "error", "title"):
            if body.get(key):
                return _cut(mask(describe_errors(body[key])), 300)
    return _cut(mask(describe_errors(body)), 300)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _network_reason(exc: Exception) -> str:
    """Why a request got no usable answer, in words (never the URL: it may carry ids)."""
    from urllib3.exceptions import MaxRetryError

    cause = exc.args[0] if exc.args else None
    if isinstance(cause, MaxRetryError) and cause.reason is not None:
        return f"no answer after retries ({type(cause.reason).__name__})"
    return f"no answer ({type(exc).__name__})"


def poll_until(check: Callable[[], bool], *, attempts: int, interval: float, max_interval: float,
               factor: float = 1.5, sleep: Callable[[float], None] = time.sleep) -> bool:
    """Wait, then ``check()``; repeat with growing waits until it returns True or
    ``attempts`` checks are used. Async jobs are never done on the first call, hence the
    wait comes first."""
    wait = interval
    for _ in range(attempts):
        sleep(wait)
        if check():
            return True
        wait = min(wait * factor, max_interval)
    return False


class NoAnswer(TransientChannelError):
    """The request may have reached the API but no answer came back (the connection dropped,
    a read timed out): for a write, whether it was applied is unknown until the channel is
    read again."""


class CredentialsRefused(ChannelError):
    """401/403: nothing will work until the environment variables hold valid credentials."""


# ----------------------------------------------------------------------------- config


class PollingConfig(ChannelConfig):
    """For APIs that apply changes asynchronously and are polled until done."""

    poll_interval: float = Field(1.0, gt=0, description="seconds before the first status check")
    poll_max_interval: float = Field(15.0, gt=0, description="longest wait between status checks")
    poll_attempts: int = Field(20, ge=1, description="status checks before items are left pending")


# ----------------------------------------------------------------------------- per-SKU results


class BatchOutcome:
    """Per-SKU results of a batch sent in parts ("price", "stock"). An SKU is ok when every
    part it was expected in succeeded; a part that never answered for it is a transient
    failure (sent again on the next run), as is an async job still running."""

    def __init__(self, changes: Sequence[Change]) -> None:
        self.changes = list(changes)
        self._parts: dict[str, dict[str, tuple[bool, str, bool] | None]] = {c.sku: {} for c in changes}
        self._applied_any = False

    def expect(self, skus: Iterable[str], part: str) -> None:
        for sku in skus:
            self._parts[sku].setdefault(part, None)

    def ok(self, sku: str, part: str) -> None:
        if sku in self._parts:
            self._parts[sku][part] = (True, "", False)
            self._applied_any = True

    def fail(self, sku: str, part: str, message: str, *, transient: bool = False) -> None:
        if sku in self._parts:
            self._parts[sku][part] = (False, message or "refused without a reason", transient)

    def pending(self, sku: str, part: str) -> bool:
        return self._parts.get(sku, {}).get(part, True) is None

    def attempt(self, part: str, skus: Sequence[str], send: Callable[[], None]) -> None:
        """Run one call of the batch and decide what its failure means.

        Refused credentials or an unreachable API (503 after retries) while nothing of the
        batch has gone through: the whole batch failed, re-raise (the push keeps it for the
        next run, or reports the credentials). Once something went through (prices set,
        then the stock call hits a 503), or when the API refused only this call (a 400 for
        the price upload), the call's SKUs fail with the reason and the other parts still go.
        """
        self.expect(skus, part)
        try:
            send()
        except ChannelError as exc:
            if not self._applied_any and (exc.transient or isinstance(exc, CredentialsRefused)):
                raise
            for sku in skus:
                if self.pending(sku, part):
                    self.fail(sku, part, exc.message, transient=exc.transient)

    def results(self) -> list[ItemResult]:
        out = []
        for change in self.changes:
            failures = []
            for part, answer in self._parts[change.sku].items():
                if answer is None:
                    failures.append((part, "no answer from the channel for this SKU", True))
                elif not answer[0]:
                    failures.append((part, answer[1], answer[2]))
            if not failures:
                out.append(ItemResult(change.sku, True))
            else:
                message = "; ".join(f"{part}: {text}" for part, text, _ in failures)
                out.append(ItemResult(change.sku, False, message, transient=all(t for *_, t in failures)))
        return out


# ----------------------------------------------------------------------------- HTTP


@contextmanager
def _no_read_retries(session) -> Iterator[None]:
    """The session's retries, less those after a request went out unanswered (read errors)."""
    adapters = {id(a): a for a in (session.get_adapter("https://"), session.get_adapter("http://"))}.values()
    saved = [(a, a.max_retries) for a in adapters]
    try:
        for adapter, retry in saved:
            adapter.max_retries = retry.new(read=0)
        yield
    finally:
        for adapter, retry in saved:
            adapter.max_retries = retry


def _install_header_retry(session, headers: Sequence[str], wait_429: float | None) -> None:
    """Extend the session's Retry (whatever class ``make_session`` chose) so it also reads
    the API's own wait header (Wildberries answers 429 with ``X-Ratelimit-Retry: 3``, not
    Retry-After) and waits a fixed time on a 429 that names no wait (Allegro blocks a
    client id for a minute)."""
    import inspect

    from urllib3.util.retry import Retry

    for prefix in ("https://", "http://"):
        adapter = session.get_adapter(prefix)
        old = adapter.max_retries

        class HeaderRetry(type(old)):
            extra_headers: tuple[str, ...] = tuple(headers)
            fixed_429_wait: float | None = wait_429

            def get_retry_after(self, response):
                seconds = super().get_retry_after(response)
                if seconds is not None:
                    return seconds
                for name in self.extra_headers:
                    raw = response.headers.get(name)
                    if raw and re.fullmatch(r"\s*[0-9]+(\.[0-9]+)?\s*", raw):
                        return min(float(raw), self.retry_after_max)
                return self.fixed_429_wait if response.status == 429 else None

        params = {name: getattr(old, name) for name in inspect.signature(Retry.__init__).parameters
                  if name != "self" and hasattr(old, name)}
        retry = HeaderRetry(**params)
        retry.__dict__.update({k: v for k, v in old.__dict__.items() if k not in retry.__dict__})
        adapter.max_retries = retry


class MarketplaceChannel(Channel):
    """A connector speaking JSON over HTTPS to one marketplace API."""

    #: the API's name in messages ("Ozon", "Wildberries"...)
    api_name: ClassVar[str]
    #: config keys naming the environment variables that authenticate, for 401/403 messages
    auth_env_fields: ClassVar[tuple[str, ...]]
    media_type: ClassVar[str] = "application/json"

    def __init__(self, name: str, config: ChannelConfig, **kwargs) -> None:
        super().__init__(name, config, **kwargs)
        self._session = None

    # -- what subclasses provide
    def auth_headers(self) -> dict[str, str]:
        raise NotImplementedError

    def retry_hints(self) -> tuple[Sequence[str], float | None]:
        """Extra wait headers to honour on 429/503, and the wait for a 429 naming none."""
        return (), None

    # -- session and calls
    @property
    def session(self):
        if self._session is None:
            from pricesync.channels.http import make_session

            verify = self.config.verify
            if isinstance(verify, str):     # a CA bundle path, relative to the config file
                verify = str(self.resolve(verify))
            session = make_session(verify=verify, timeout=self.config.timeout)
            headers, wait_429 = self.retry_hints()
            if headers or wait_429:
                _install_header_retry(session, headers, wait_429)
            session.headers.update({"Accept": self.media_type, "Content-Type": self.media_type})
            session.headers.update(self.auth_headers())
            self._session = session
        return self._session

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def call(self, method: str, url: str, *, body: Any = None, params: Any = None,
             expect: Iterable[int] = (200,), write: bool = False):
        """One request; returns the response when its status is in ``expect``, otherwise
        raises: ``ChannelError`` (401/403 naming the env vars, other 4xx) or
        ``TransientChannelError`` (429/5xx left after retries, network failures).

        ``write``: a request that changes the shop and carries no idempotency key. The
        session still retries it when it was never sent or the API answered 429/5xx, but not
        when the connection dropped after it was sent (it may have been applied): that
        raises ``NoAnswer`` at once, for the connector to read the channel before sending
        anything again."""
        import requests

        data = None if body is None else decimal_json(body).encode("utf-8")
        where = f"{self.api_name} channel '{self.name}': {method} {urlsplit(url).path}"
        try:
            if write:
                with _no_read_retries(self.session):
                    response = self.session.request(method, url, data=data, params=params)
            else:
                response = self.session.request(method, url, data=data, params=params)
        except requests.exceptions.SSLError:
            raise ChannelError(f"{where}: TLS verification failed; set verify to the CA bundle that signs "
                               f"{urlsplit(url).hostname}", key=f"channels.{self.name}.verify") from None
        except requests.RequestException as exc:
            raise NoAnswer(self._redact(f"{where}: {_network_reason(exc)}")) from None
        status = response.status_code
        if status in set(expect):
            return response
        if status in (401, 403):
            names = " and ".join(str(getattr(self.config, f, f)) for f in self.auth_env_fields)
            raise CredentialsRefused(self._redact(
                f"{where}: HTTP {status}, the credentials were refused; check the environment "
                f"variable(s) {names} ({api_message(response, self._redact)})"),
                key=f"channels.{self.name}.{self.auth_env_fields[0]}")
        error = TransientChannelError if status == 429 or status >= 500 else ChannelError
        raise error(self._redact(f"{where}: HTTP {status}: {api_message(response, self._redact)}"))

    def read_json(self, response) -> Any:
        """The body as JSON with every non-integer number as ``Decimal``."""
        try:
            return response.json(parse_float=Decimal)
        except ValueError:
            snippet = _cut(self._redact(" ".join(response.text.split())), 80)
            raise TransientChannelError(self._redact(
                f"{self.api_name} channel '{self.name}': answer is not JSON: {snippet!r}")) from None

    def _redact(self, text: str) -> str:
        from pricesync.redact import redact

        return redact(text, self.secrets())
