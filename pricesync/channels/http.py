"""HTTP sessions for connectors: retries with backoff honouring Retry-After, TLS
verification that the environment cannot silently override, timeouts everywhere."""
from __future__ import annotations

from collections.abc import Iterable

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

RETRY_STATUSES = (429, 500, 502, 503, 504)


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
) -> ChannelSession:
    """``methods=None`` retries every method: our writes set absolute values (price = X,
    stock = N), so repeating one cannot apply anything twice."""
    session = ChannelSession(verify=verify, timeout=timeout)
    retry = Retry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        backoff_factor=backoff_factor,
        backoff_max=backoff_max,
        status_forcelist=tuple(statuses),
        allowed_methods=None if methods is None else frozenset(m.upper() for m in methods),
        respect_retry_after_header=True,
        raise_on_status=False,
    )
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = "pricesync/0.1 (+https://github.com/pricesync/pricesync)"
    return session
