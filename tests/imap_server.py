"""A real IMAP server for the tests: Debian's dovecot, started on 127.0.0.1 with its own
config, users and mail in a temp folder (nothing of the system's dovecot is used).

``.ci/run`` installs ``dovecot-imapd`` when it runs as root with apt; elsewhere the tests
that need it skip, saying so."""
from __future__ import annotations

import imaplib
import os
import shutil
import socket
import ssl
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

DOVECOT = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class ImapServer:
    host: str
    port: int            # plain IMAP (STARTTLS offered)
    tls_port: int        # IMAP over TLS
    ca_path: str         # the CA that signed the server's certificate
    folder: Path

    def append(self, user: str, password: str, msg: EmailMessage, when: datetime | None = None,
               mailbox: str = "INBOX") -> None:
        """Deliver ``msg`` as the supplier's mail server would, dated ``when``."""
        when = when or datetime.now(timezone.utc)
        if "Date" not in msg:
            msg["Date"] = format_datetime(when)
        from pricesync.sources.imap import imap_utf7

        conn = imaplib.IMAP4(self.host, self.port, timeout=10)
        try:
            conn.login(user, password)
            box = '"' + imap_utf7(mailbox) + '"'
            if mailbox != "INBOX":
                conn.create(box)      # "already exists" is fine
            typ, data = conn.append(box, "", imaplib.Time2Internaldate(when.timestamp()), msg.as_bytes())
            assert typ == "OK", data
        finally:
            conn.logout()


def _wait(port: int, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"dovecot exited {proc.returncode}: {log.read_text(errors='replace')[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"dovecot did not listen on {port}: {log.read_text(errors='replace')[-2000:]}")


@contextmanager
def dovecot(users: dict[str, str]) -> Iterator[ImapServer]:
    """dovecot serving ``users`` (name -> password) on two loopback ports until the block ends.
    Its folder is a fresh one under /tmp that its unprivileged processes can reach (pytest's
    temp folders are private to the user running the tests)."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="pricesync-imap-"))
    try:
        with _dovecot(folder, users) as server:
            yield server
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def _dovecot(folder: Path, users: dict[str, str]) -> Iterator[ImapServer]:
    import trustme

    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    cert.private_key_pem.write_to_path(str(folder / "key.pem"))
    cert.cert_chain_pems[0].write_to_path(str(folder / "cert.pem"))
    ca.cert_pem.write_to_path(str(folder / "ca.pem"))
    if os.geteuid() == 0:    # mail is never handled as root: an unprivileged account owns it
        import pwd

        nobody = pwd.getpwnam("nobody")
        uid, gid, run_user = nobody.pw_uid, nobody.pw_gid, "nobody"
        internal = "dovecot" if _user_exists("dovecot") else "nobody"
        login = "dovenull" if _user_exists("dovenull") else "nobody"
    else:
        import pwd

        me = pwd.getpwuid(os.getuid())
        uid, gid, run_user = me.pw_uid, me.pw_gid, me.pw_name
        internal = login = me.pw_name
    home = folder / "home"
    home.mkdir(exist_ok=True)
    (folder / "users").write_text("".join(f"{u}:{{PLAIN}}{p}:{uid}:{gid}::{home}/{u}\n" for u, p in users.items()))
    for u in users:
        (home / u).mkdir(exist_ok=True)
    if os.geteuid() == 0:
        for path in [home, *home.iterdir()]:
            os.chown(path, uid, gid)
    for path in (folder, folder / "key.pem", folder / "cert.pem", folder / "users"):
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    port, tls_port = free_port(), free_port()
    conf = folder / "dovecot.conf"
    log = folder / "dovecot.log"
    conf.write_text(f"""
base_dir = {folder}/run
state_dir = {folder}/state
log_path = {log}
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{folder}/cert.pem
ssl_key = <{folder}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {internal}
default_login_user = {login}
first_valid_uid = {min(uid, 500)}
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {folder}/users
}}
userdb {{
  driver = passwd-file
  args = {folder}/users
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-reader {{
    user = {run_user}
  }}
  unix_listener stats-writer {{
    user = {run_user}
  }}
}}
""")
    proc = subprocess.Popen([DOVECOT, "-F", "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        _wait(port, proc, log)
        _wait(tls_port, proc, log)
        yield ImapServer("127.0.0.1", port, tls_port, str(folder / "ca.pem"), folder)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def _user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


def tls_ok(server: ImapServer) -> bool:
    ctx = ssl.create_default_context(cafile=server.ca_path)
    with socket.create_connection((server.host, server.tls_port), timeout=5) as raw, \
            ctx.wrap_socket(raw, server_hostname=server.host):
        return True
