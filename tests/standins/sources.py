"""Real servers on 127.0.0.1 for the supplier sources, started and stopped by the tests:
HTTPS (basic auth, ETag / Last-Modified, faults on demand), FTP (pyftpdlib) and SFTP
(asyncssh's server). Each records what its clients asked for."""
from __future__ import annotations

import base64
import hashlib
import http.server
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path


def free_port() -> int:
    """A port nothing listens on (bound, then released): 'the server is down'."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- HTTPS ---------------------------------------------------------------------------------
@dataclass
class HttpSeen:
    path: str
    headers: dict[str, str]
    status: int
    body_bytes: int


@dataclass
class HttpSite:
    """Files by path; ``user``/``password`` for basic auth (None: open); ``fault`` one of
    None, "truncate" (Content-Length says more than is sent), "503" (always), "flaky" (the
    first request 503, then fine)."""

    root: Path
    user: str | None = None
    password: str | None = None
    fault: str | None = None
    seen: list[HttpSeen] = field(default_factory=list)
    url: str = ""
    ca_bundle: str = ""

    def bodies_sent(self) -> int:
        return sum(1 for s in self.seen if s.body_bytes)


def _handler(site: HttpSite):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"   # one request per connection: a cut body ends the connection

        def log_message(self, *args) -> None:   # quiet
            pass

        def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None,
                  length: int | None = None) -> None:
            self.send_response(status)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body) if length is None else length))
            self.end_headers()
            if body:
                self.wfile.write(body)
            site.seen.append(HttpSeen(self.path, dict(self.headers), status, len(body)))

        def do_GET(self) -> None:
            if site.fault == "503" or (site.fault == "flaky" and not site.seen):
                return self._send(503, b"busy", {"Retry-After": "0"})
            if site.user is not None:
                expected = "Basic " + base64.b64encode(f"{site.user}:{site.password}".encode()).decode()
                if self.headers.get("Authorization") != expected:
                    return self._send(401, b"login", {"WWW-Authenticate": 'Basic realm="prices"'})
            path = site.root / self.path.split("?")[0].lstrip("/")
            if not path.is_file():
                return self._send(404, b"not found")
            data = path.read_bytes()
            etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
            modified = formatdate(path.stat().st_mtime, usegmt=True)
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, b"", {"ETag": etag})
            headers = {"ETag": etag, "Last-Modified": modified, "Content-Type": "application/octet-stream"}
            if site.fault == "truncate":
                return self._send(200, data[: len(data) // 2], headers, length=len(data))
            return self._send(200, data, headers)

    return Handler


@contextmanager
def https_site(root: Path, tmp: Path, **kwargs) -> Iterator[HttpSite]:
    import trustme

    site = HttpSite(root=root, **kwargs)
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
    import tempfile

    site.ca_bundle = tempfile.mkstemp(prefix="sources-ca-", suffix=".pem", dir=tmp)[1]
    ca.cert_pem.write_to_path(site.ca_bundle)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    site.url = f"https://127.0.0.1:{server.server_port}"
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# -- FTP -----------------------------------------------------------------------------------
@dataclass
class FtpSite:
    url: str
    commands: list[str]

    def retrieved(self) -> int:
        return sum(1 for c in self.commands if c.startswith("RETR"))


@contextmanager
def ftp_site(root: Path, user: str = "shop", password: str = "ftp-secret",
             tls_tmp: Path | None = None) -> Iterator[FtpSite]:
    """Plain FTP; with ``tls_tmp`` FTPS (explicit TLS, control and data channels protected,
    a trustme certificate whose CA is written to ``tls_tmp/ftps-ca.pem``)."""
    from pyftpdlib.authorizers import DummyAuthorizer
    from pyftpdlib.handlers import FTPHandler
    from pyftpdlib.servers import ThreadedFTPServer

    commands: list[str] = []
    authorizer = DummyAuthorizer()
    authorizer.add_user(user, password, str(root), perm="elr")
    base = FTPHandler
    if tls_tmp is not None:
        import trustme
        from pyftpdlib.handlers import TLS_FTPHandler

        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        ca.cert_pem.write_to_path(str(tls_tmp / "ftps-ca.pem"))
        cert.private_key_and_cert_chain_pem.write_to_path(str(tls_tmp / "ftps-server.pem"))
        class _Tls(TLS_FTPHandler):
            certfile = str(tls_tmp / "ftps-server.pem")
            tls_control_required = True
            tls_data_required = True

        base = _Tls

    class Handler(base):  # type: ignore[valid-type, misc]
        def pre_process_command(self, line, cmd, arg):
            commands.append(f"{cmd} {arg or ''}".strip())
            return super().pre_process_command(line, cmd, arg)

    Handler.authorizer = authorizer
    Handler.banner = "pricesync test ftp"
    import logging

    logging.getLogger("pyftpdlib").setLevel(logging.WARNING)
    server = ThreadedFTPServer(("127.0.0.1", 0), Handler)
    port = server.socket.getsockname()[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"timeout": 0.05, "blocking": True},
                              daemon=True)
    thread.start()
    try:
        yield FtpSite(url=f"{'ftps' if tls_tmp is not None else 'ftp'}://127.0.0.1:{port}", commands=commands)
    finally:
        server.close_all()
        thread.join(timeout=5)


# -- SFTP ----------------------------------------------------------------------------------
@dataclass
class SftpSite:
    url: str
    known_hosts: str
    client_key: str            # OpenSSH private key text the server accepts for `user`
    opened: list[str]          # files opened for reading


@contextmanager
def sftp_site(root: Path, tmp: Path, user: str = "shop", password: str = "sftp-secret") -> Iterator[SftpSite]:
    import asyncio
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import asyncssh

    host_key = asyncssh.generate_private_key("ssh-ed25519")
    client_key = asyncssh.generate_private_key("ssh-ed25519")
    opened: list[str] = []

    class Server(asyncssh.SSHServer):
        def begin_auth(self, username: str) -> bool:
            return True

        def password_auth_supported(self) -> bool:
            return True

        def validate_password(self, username: str, pw: str) -> bool:
            return username == user and pw == password

        def public_key_auth_supported(self) -> bool:
            return True

        def validate_public_key(self, username: str, key) -> bool:
            return username == user and key.public_data == client_key.public_data

    class Files(asyncssh.SFTPServer):
        def __init__(self, chan):
            super().__init__(chan, chroot=str(root).encode())

        def open(self, path, pflags, attrs):
            opened.append(path.decode() if isinstance(path, bytes) else str(path))
            return super().open(path, pflags, attrs)

    loop = asyncio.new_event_loop()
    started = threading.Event()
    box: dict = {}

    async def start():
        box["server"] = await asyncssh.listen("127.0.0.1", 0, server_host_keys=[host_key], server_factory=Server,
                                              sftp_factory=Files, allow_scp=False)
        started.set()

    def serve():
        asyncio.set_event_loop(loop)
        loop.run_until_complete(start())
        loop.run_forever()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    started.wait(10)
    port = box["server"].sockets[0].getsockname()[1]
    known = tmp / "known_hosts"
    known.write_text(f"[127.0.0.1]:{port} {host_key.export_public_key().decode().strip()}\n")
    try:
        yield SftpSite(url=f"sftp://127.0.0.1:{port}", known_hosts=str(known),
                       client_key=client_key.export_private_key().decode(), opened=opened)
    finally:
        async def stop():
            box["server"].close()
            await box["server"].wait_closed()

        asyncio.run_coroutine_threadsafe(stop(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)
        loop.close()
