"""Serve a WSGI app on 127.0.0.1 in a background thread, over HTTP or HTTPS.

HTTPS uses a throwaway CA from ``trustme``: the CA bundle path is handed to the channel's
``verify`` so TLS verification stays on in tests, as it is in production.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from werkzeug.serving import WSGIRequestHandler, make_server


class _KeepAliveHandler(WSGIRequestHandler):
    # HTTP/1.1 keeps connections open between requests, as real APIs do; with werkzeug's
    # default HTTP/1.0 every request paid a new TLS handshake.
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        # Headers and body leave in separate small TLS writes; without TCP_NODELAY, Nagle
        # and delayed ACKs add ~15 ms to every request.
        import socket

        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


@dataclass
class Served:
    url: str                 # e.g. "https://127.0.0.1:54321"
    ca_bundle: str | None    # PEM path to trust for HTTPS, None for HTTP


@contextmanager
def serve(app, *, https: bool = False, tmp_path: Path | None = None) -> Iterator[Served]:
    ssl_context = None
    ca_path = None
    if https:
        import ssl
        import tempfile

        import trustme

        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        ssl_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        cert.configure_cert(ssl_context)
        folder = Path(tmp_path or tempfile.mkdtemp())
        ca_path = str(folder / "standin-ca.pem")
        ca.cert_pem.write_to_path(ca_path)
    server = make_server("127.0.0.1", 0, app, threaded=True, ssl_context=ssl_context,
                         request_handler=_KeepAliveHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    scheme = "https" if https else "http"
    try:
        yield Served(f"{scheme}://127.0.0.1:{server.server_port}", ca_path)
    finally:
        server.shutdown()
        thread.join(timeout=5)
