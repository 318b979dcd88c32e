"""make_session against real local servers: which answers are retried, Retry-After, dropped
connections, and a channel's ``verify`` winning over REQUESTS_CA_BUNDLE."""
from __future__ import annotations

import socket
import threading
import time

import pytest
import requests
import trustme
from werkzeug.wrappers import Request, Response

from pricesync.channels.http import make_session
from tests.standins.server import serve


class Script:
    """Answers requests from a list: (status, headers) or "drop"; then 200 forever."""

    def __init__(self, *answers) -> None:
        self.answers = list(answers)
        self.seen: list[tuple[str, float]] = []
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        request = Request(environ)
        with self.lock:
            self.seen.append((request.method, time.monotonic()))
            answer = self.answers.pop(0) if self.answers else (200, {})
        if answer == "drop":
            environ["werkzeug.socket"].shutdown(socket.SHUT_RDWR)
            return []
        status, headers = answer
        return Response('{"ok": true}' if status == 200 else '{"message": "no"}', status=status, headers=headers,
                        content_type="application/json")(environ, start_response)


@pytest.fixture(scope="module")
def http_server():
    """One server for the module (stopping one takes half a second); each test plugs in
    its own script."""
    holder: list[Script] = []

    def app(environ, start_response):
        return holder[-1](environ, start_response)

    with serve(app) as served:
        yield served.url, holder


@pytest.fixture
def script(http_server):
    url, holder = http_server

    def use(*answers) -> tuple[str, Script]:
        holder.append(Script(*answers))
        return url, holder[-1]

    return use


@pytest.mark.parametrize("answers, method, calls, final", [
    ([(503, {}), (502, {})], "GET", 3, 200),
    ([(500, {})], "POST", 2, 200),                         # writes set absolute values: safe to repeat
    ([(429, {})], "PUT", 2, 200),
    (["drop"], "POST", 2, 200),                            # connection dropped before an answer
    ([(400, {})], "POST", 1, 400),                         # other 4xx: never retried
    ([(401, {})], "GET", 1, 401),
    ([(404, {})], "GET", 1, 404),
    ([(413, {})], "POST", 1, 413),                         # too large stays too large
    ([(503, {})] * 10, "GET", 3, 503),                     # retries run out: the answer reaches the caller
])
def test_what_is_retried(script, answers, method, calls, final):
    url, s = script(*answers)
    session = make_session(retries=2, backoff_factor=0.01)
    assert session.request(method, url + "/x", json={"a": 1}).status_code == final
    assert len(s.seen) == calls


def test_retry_after_is_honoured(script):
    url, s = script((429, {"Retry-After": "1"}))
    start = time.monotonic()
    assert make_session(backoff_factor=0.01).get(url).status_code == 200
    assert len(s.seen) == 2 and s.seen[1][1] - s.seen[0][1] >= 0.95
    assert time.monotonic() - start < 5


def test_retry_after_too_long_gives_up_at_once(script):
    """A marketplace blocking the client for an hour: the 429 comes back now, the batch is
    left for the next run instead of cron hanging."""
    url, s = script((429, {"Retry-After": "3600"}))
    start = time.monotonic()
    assert make_session(max_retry_after=30).post(url, json={}).status_code == 429
    assert len(s.seen) == 1 and time.monotonic() - start < 2


@pytest.fixture(scope="module")
def https_server(tmp_path_factory):
    def app(environ, start_response):
        return Response("ok")(environ, start_response)

    with serve(app, https=True, tmp_path=tmp_path_factory.mktemp("tls")) as served:
        yield served


@pytest.fixture
def other_ca(tmp_path):
    path = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(path))
    return str(path)


def test_verify_bundle_wins_over_requests_ca_bundle(https_server, other_ca, monkeypatch):
    # requests would take REQUESTS_CA_BUNDLE over Session.verify (psf/requests#3829).
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", other_ca)
    monkeypatch.setenv("CURL_CA_BUNDLE", other_ca)
    assert make_session(verify=https_server.ca_bundle, retries=0).get(https_server.url).text == "ok"
    plain = requests.Session()
    plain.verify = https_server.ca_bundle
    with pytest.raises(requests.exceptions.SSLError):     # what the env does to a plain session
        plain.get(https_server.url)


@pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")
def test_verify_false_wins_over_requests_ca_bundle(https_server, other_ca, monkeypatch):
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", other_ca)
    assert make_session(verify=False, retries=0).get(https_server.url).text == "ok"


def test_verify_true_without_the_ca_fails(https_server, monkeypatch):
    for var in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE", "SSL_CERT_DIR"):
        monkeypatch.delenv(var, raising=False)
    with pytest.raises(requests.exceptions.SSLError):
        make_session(verify=True, retries=0).get(https_server.url)


def test_timeout_applies_to_every_request(script):
    url, _ = script()
    session = make_session(timeout=7.5)
    seen = {}

    class Spy(requests.adapters.HTTPAdapter):
        def send(self, request, **kwargs):
            seen.update(kwargs)
            return super().send(request, **kwargs)

    session.mount("http://", Spy())
    session.get(url)
    assert seen["timeout"] == 7.5
