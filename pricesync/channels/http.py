"""HTTP sessions for connectors: retries with backoff honouring Retry-After, TLS
verification that the environment cannot silently override, timeouts everywhere."""
from __future__ import annotations

from collections.abc import Iterable

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import MaxRetryError
from urllib3.util.retry import Retry

RETRY_STATUSES = (429, 500, 502, 503, 504)
#: longest Retry-After worth waiting for inside one push; a server asking for more (a
#: marketplace that blocks a client for an hour) gets its answer back, and the batch is
#: left pending for the next run instead of hanging cron
MAX_RETRY_AFTER = 120.0


class PatientRetry(Retry):
    """urllib3's ``Retry`` that stops, rather than sleeps, when Retry-After exceeds
    ``max_retry_after``: the response (429/503) reaches the connector, which reports the
    batch as transient."""

    max_retry_after: float = MAX_RETRY_AFTER

    def new(self, **kw):  # type: ignore[override]
        retry = super().new(**kw)
        retry.max_retry_after = self.max_retry_after
        return retry

    def increment(self, method=None, url=None, response=None, error=None, _pool=None, _stacktrace=None):  # type: ignore[override]
        if response is not None and self.respect_retry_after_header:
            try:
                wait = self.get_retry_after(response)
            except Exception:  # an unparsable Retry-After: plain backoff decides
                wait = None
            if wait is not None and wait > self.max_retry_after:
                raise MaxRetryError(_pool, url or "", None)
        return super().increment(method, url, response, error, _pool, _stacktrace)


class ChannelSession(requests.Session):
    """A session whose ``verify`` and ``timeout`` apply to every request.

    requests lets ``REQUESTS_CA_BUNDLE`` / ``CURL_CA_BUNDLE`` replace ``Session.verify``
    when a request does not pass ``verify`` itself (psf/requests#3829), so a channel's
    ``verify = false`` or private CA bundle would be ignored. Passing it on every request
    makes the config win.
    """

    def __init__(self, *, verify: bool | str, timeout: float) -> None:
        super().__init__()
        self.verify = verify
        self.default_timeout = timeout

    def request(self, method, url, **kwargs):  # type: ignore[override]
        kwargs.setdefault("verify", self.verify)
        kwargs.setdefault("timeout", self.default_timeout)
        return super().request(method, url, **kwargs)


def make_session(
    *,
    verify: bool | str = True,
    timeout: float = 30.0,
    retries: int = 5,
    backoff_factor: float = 0.5,
    backoff_max: float = 60.0,
    methods: Iterable[str] | None = None,
    statuses: Iterable[int] = RETRY_STATUSES,
    max_retry_after: float = MAX_RETRY_AFTER,
) -> ChannelSession:
    """``methods=None`` retries every method: our writes set absolute values (price = X,
    stock = N), so repeating one cannot apply anything twice."""
    session = ChannelSession(verify=verify, timeout=timeout)
    retry = PatientRetry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        other=0,  # TLS verification failures never heal: fail at once, do not back off 5 times
        backoff_factor=backoff_factor,
        backoff_max=backoff_max,
        status_forcelist=tuple(statuses),
        allowed_methods=None if methods is None else frozenset(m.upper() for m in methods),
        respect_retry_after_header=True,
        raise_on_status=False,
    )
    retry.max_retry_after = max_retry_after
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = "pricesync/0.1 (+https://github.com/pricesync/pricesync)"
    return session
