"""What the marketplace stand-ins share: the request log, the applied-update log, fault
knobs (``fail_next``, ``drop_next``), JSON responses, and helpers the connector tests use.

Importable without pytest (``bench/`` loads the stand-ins from the repo root).
"""
from __future__ import annotations

import json
import socket
import threading
import time
from collections import defaultdict, deque
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal

from werkzeug.wrappers import Request, Response

from tests.standins.server import serve


def _default(value: object) -> object:
    # The real APIs send numbers as JSON doubles; so does the stand-in.
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(type(value).__name__)


def json_response(payload: object, status: int = 200, headers: Mapping[str, str] | None = None,
                  content_type: str = "application/json") -> Response:
    return Response(json.dumps(payload, default=_default, ensure_ascii=False), status=status,
                    headers=dict(headers or {}), content_type=content_type)


def read_body(request: Request) -> object:
    """The request's JSON with decimals kept exact (None when it is not JSON)."""
    try:
        return json.loads(request.get_data(as_text=True) or "null", parse_float=Decimal)
    except ValueError:
        return None


@dataclass
class Fault:
    status: int = 503
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False
    path: str | None = None        # only requests whose path starts with this


class StandinBase:
    """Subclasses implement ``handle(request) -> Response`` and ``error_body(status, text)``."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.requests: list[tuple[str, str]] = []
        self.applied: list[tuple[str, str, object]] = []
        #: items per write call, by path: tests assert no call carried more than the limit
        self.batch_sizes: dict[str, list[int]] = defaultdict(list)
        self._faults: deque[Fault] = deque()

    # ---- fault knobs
    def fail_next(self, n: int = 1, *, status: int = 503, retry_after: float | None = None,
                  headers: Mapping[str, str] | None = None, path: str | None = None) -> None:
        hdrs = dict(headers or {})
        if retry_after is not None:
            hdrs["Retry-After"] = str(retry_after)
        with self.lock:
            self._faults.extend(Fault(status, hdrs, False, path) for _ in range(n))

    def drop_next(self, n: int = 1, *, path: str | None = None) -> None:
        """Close the connection without an answer (the request is not processed)."""
        with self.lock:
            self._faults.extend(Fault(drop=True, path=path) for _ in range(n))

    def _take_fault(self, path: str) -> Fault | None:
        for fault in self._faults:
            if fault.path is None or path.startswith(fault.path):
                self._faults.remove(fault)
                return fault
        return None

    # ---- WSGI
    def wsgi_app(self, environ, start_response):
        request = Request(environ)
        with self.lock:
            self.requests.append((request.method, request.path))
            fault = self._take_fault(request.path)
        if fault is not None and fault.drop:
            sock = environ.get("werkzeug.socket")
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
            return []
        if fault is not None:
            response = json_response(self.error_body(fault.status, "injected fault"), fault.status, fault.headers)
        else:
            with self.lock:
                response = self.handle(request)
        return response(environ, start_response)

    def handle(self, request: Request) -> Response:  # pragma: no cover - abstract
        raise NotImplementedError

    def error_body(self, status: int, text: str) -> object:
        return {"message": text}

    # ---- counters for tests
    def calls(self, method: str, path_start: str) -> int:
        return sum(1 for m, p in self.requests if m == method and p.startswith(path_start))

    def applied_counts(self) -> dict[tuple[str, str], int]:
        counts: dict[tuple[str, str], int] = defaultdict(int)
        for sku, what, _ in self.applied:
            counts[(sku, what)] += 1
        return dict(counts)


def seed_skus(n: int) -> list[str]:
    return [f"SKU-{i:05d}" for i in range(1, n + 1)]


# --------------------------------------------------------------------------- test helpers


class Switchboard:
    """One served WSGI app that forwards to whichever stand-in a test plugs in: a server
    started once per test module instead of once per test (stopping one takes ~0.5 s)."""

    def __init__(self) -> None:
        self.target = None

    def __call__(self, environ, start_response):
        return self.target.wsgi_app(environ, start_response)


@dataclass
class Endpoint:
    url: str
    ca_bundle: str | None
    switchboard: Switchboard

    def plug(self, standin) -> None:
        """Requests to ``url`` now reach ``standin``."""
        self.switchboard.target = standin


@contextmanager
def serving(tmp_path) -> Iterator[Endpoint]:
    """Serve a switchboard over HTTPS with a throwaway CA."""
    board = Switchboard()
    with serve(board, https=True, tmp_path=tmp_path) as served:
        yield Endpoint(served.url, served.ca_bundle, board)


def endpoint_fixture():
    """A module-scoped pytest fixture ``endpoint``: ``endpoint = endpoint_fixture()``."""
    import pytest

    @pytest.fixture(scope="module")
    def endpoint(tmp_path_factory):
        with serving(tmp_path_factory.mktemp("standin")) as served:
            yield served

    return endpoint


def standin_fixture(factory, seeded: int = 20):
    """A pytest fixture ``standin``: a fresh stand-in seeded with ``seeded`` products."""
    import pytest

    @pytest.fixture
    def standin():
        s = factory()
        s.seed(seeded)
        return s

    return standin


@contextmanager
def connected(standin, endpoint: Endpoint, *, env: Mapping[str, str] | None = None, name: str = "shop",
              **overrides) -> Iterator[object]:
    """Plug ``standin`` into the served endpoint and yield the connector configured for it
    (the CA bundle goes to ``verify``, so TLS verification stays on). ``overrides`` replace
    keys of the stand-in's channel table; ``None`` removes one."""
    from pricesync.channels.registry import create_channel, get_channel_type

    endpoint.plug(standin)
    raw = {**standin.channel_config(endpoint.url, endpoint.ca_bundle), **overrides}
    raw = {k: v for k, v in raw.items() if v is not None}
    config = get_channel_type(raw["type"]).config_model.model_validate(raw)
    channel = create_channel(name, config, env=dict(standin.env if env is None else env))
    try:
        yield channel
    finally:
        channel.close()


@contextmanager
def elapsed() -> Iterator[list[float]]:
    """``with elapsed() as t: ...`` then ``t[0]`` is the seconds taken."""
    box = [0.0]
    start = time.monotonic()
    try:
        yield box
    finally:
        box[0] = time.monotonic() - start


def change(sku: str, price: str | None = None, stock: int | None = None, **ref):
    """A ``Change`` setting ``price`` (a decimal string) and/or ``stock`` on ``sku``."""
    from pricesync.channels.base import Change

    return Change(sku, None, None if price is None else Decimal(price), None, stock, ref=ref)


def limit_retries(channel, total: int) -> None:
    """Let the channel's session retry only ``total`` times, so a test can reach the end of
    the retries without sitting through the production backoff."""
    for prefix in ("https://", "http://"):
        adapter = channel.session.get_adapter(prefix)
        adapter.max_retries = adapter.max_retries.new(total=total, connect=total, read=total, status=total)


#: transport faults every connector must ride out: (how to inject, requests the stand-in sees)
TRANSPORT_FAULTS = {
    "503 twice": (lambda standin, path: standin.fail_next(2, status=503, path=path), 3),
    "502 once": (lambda standin, path: standin.fail_next(1, status=502, path=path), 2),
    "dropped connection": (lambda standin, path: standin.drop_next(1, path=path), 2),
    "429 with Retry-After": (lambda standin, path: standin.fail_next(1, status=429, retry_after=1, path=path), 2),
}


def assert_one_line_without_secrets(error: BaseException, *, names: list[str], secrets: list[str]) -> str:
    text = str(error)
    assert "\n" not in text, text
    for name in names:
        assert name in text, f"{name!r} not named in {text!r}"
    for secret in secrets:
        assert secret not in text, f"secret leaked into {text!r}"
    return text


def push_through_pipeline(channel, folder, rows: list[dict]):
    """``pricesync.pipeline`` plan + push of a prices table (short dicts: sku, price, stock)
    to an opened connector; returns (plan of that channel, push result of that channel)."""
    from pricesync.pipeline import plan, push
    from tests.pipeline_support import config_with, prices_frame

    config = config_with(folder, "")
    plans = plan(config, prices_frame(rows), channels=[channel])
    result = push(config, plans, channels=[channel])
    return plans[0], result.channels[0]


def toml_table(name: str, table: Mapping[str, object]) -> str:
    """``[name]`` with flat keys (str, bool, int, float), for configs written by tests."""
    def value(v: object) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return repr(v)
        return json.dumps(str(v))

    return f"[{name}]\n" + "".join(f"{k} = {value(v)}\n" for k, v in table.items() if v is not None)


def changes_to(channel, desired: dict[str, tuple[str | None, int | None]]) -> list:
    """What a plan would send: SKUs whose price or stock differ from the shop's."""
    from pricesync.channels.base import Change

    current = channel.fetch_current(list(desired))
    out = []
    for sku, (price, stock) in desired.items():
        cur = current[sku]
        change = Change(sku, cur.price, Decimal(price) if price else None, cur.stock, stock, ref=cur.ref)
        if change.price_changed or change.stock_changed:
            out.append(change)
    return out
