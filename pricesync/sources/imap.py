"""``imap://`` and ``imaps://`` sources: the price list a supplier e-mails.

```toml
[suppliers.webopt.source]
url = "imaps://mail.example/INBOX?from=price@supplier.ua&subject=Прайс&days=3"
user_env = "WEBOPT_MAIL_USER"            # or user@ in the URL
password_env = "WEBOPT_MAIL_PASSWORD"
pattern = "*.xlsx"                       # which attachment (and, in a zip, which member)
```

The URL's path is the folder (``INBOX`` when empty; a sub-folder with the server's separator,
``INBOX/Прайсы`` or ``INBOX.Прайсы``; any language). Query keys, all optional:

- ``from``: the sender's address, or a part of it (``@supplier.ua``); case-insensitive;
- ``subject``: a text the subject contains (case-insensitive, any language);
- ``days``: only messages of the last N days (default 7).

The newest message that matches (by its Date header) is taken; of its attachments, the
first whose file name matches ``pattern`` (any spreadsheet, CSV or archive without a
pattern). When no attachment matches the pattern but the mail carries a .zip/.gz, the
archive is taken and the pattern picks its member (the sources' archive unpacking with
its limits). ``imaps://`` is IMAP over TLS (port 993); ``imap://`` (port 143) switches to
TLS with STARTTLS when the server offers it. ``verify`` works as for https. Messages are
read with ``BODY.PEEK``: they stay unread for the people who share the mailbox.

A refused login, no matching message in the window, or a message without the attachment
holds the supplier with one line saying which.
"""
from __future__ import annotations

import email
import email.policy
import fnmatch
import imaplib
import re
import socket
import ssl
from datetime import datetime, timedelta, timezone
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from pricesync.sources import Download, FetchContext, SourceError, register_source

DEFAULT_DAYS = 7
# Attachments taken when no pattern is given: what ingest reads, and archives of it.
LIST_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".tsv", ".xml", ".yml", ".json",
                 ".zip", ".gz")
ARCHIVE_SUFFIXES = (".zip", ".gz")
QUERY_KEYS = ("from", "subject", "days")


def parse_query(url: str) -> dict[str, str]:
    """The filters of an imap(s) URL; an unknown key is an error (a typo must not widen the
    search to every mail)."""
    query = {k.lower(): v for k, v in parse_qsl(urlsplit(url).query, keep_blank_values=True)}
    unknown = sorted(set(query) - set(QUERY_KEYS))
    if unknown:
        raise SourceError(f"unknown key '{unknown[0]}' in the imap URL (known: {', '.join(QUERY_KEYS)})")
    if "days" in query:
        try:
            if float(query["days"]) <= 0:
                raise ValueError
        except ValueError:
            raise SourceError(f"days={query['days']!r} in the imap URL: write a number of days, e.g. days=3") from None
    return query


def _tls_context(verify: bool | str) -> ssl.SSLContext:
    if verify is False:
        ctx = ssl.create_default_context()
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        return ctx
    if isinstance(verify, str):
        return ssl.create_default_context(cafile=verify)
    return ssl.create_default_context()


def _connect(ctx: FetchContext) -> imaplib.IMAP4:
    parts = urlsplit(ctx.url)
    host = parts.hostname or ""
    secure = parts.scheme.lower() == "imaps"
    port = parts.port or (993 if secure else 143)
    timeout = ctx.source.timeout
    try:
        if secure:
            conn: imaplib.IMAP4 = imaplib.IMAP4_SSL(host, port, ssl_context=_tls_context(ctx.source.verify),
                                                    timeout=timeout)
        else:
            conn = imaplib.IMAP4(host, port, timeout=timeout)
            if "STARTTLS" in conn.capabilities:
                conn.starttls(ssl_context=_tls_context(ctx.source.verify))
            elif ctx.reporter is not None:
                ctx.reporter.warn(f"supplier '{ctx.supplier}': {host}:{port} offers no STARTTLS; the mailbox "
                                  "password goes unencrypted (use imaps://)")
    except ssl.SSLError as exc:
        raise SourceError(f"TLS error talking to {host}:{port}: {exc.reason or exc}") from None
    except (socket.timeout, TimeoutError):
        raise SourceError(f"no answer from {host}:{port} within {timeout:g} s (timeout)") from None
    except OSError as exc:
        raise SourceError(f"cannot connect to {host}:{port}: {exc.strerror or exc}") from None
    except imaplib.IMAP4.error as exc:
        raise SourceError(f"{host}:{port} is not an IMAP server that pricesync can use: {_text(exc)}") from None
    return conn


def _text(exc: BaseException) -> str:
    text = str(exc.args[0] if exc.args else exc)
    if text.startswith("b'") or text.startswith('b"'):
        text = text[2:-1]
    return " ".join(text.split())[:200]


def _login(conn: imaplib.IMAP4, ctx: FetchContext) -> None:
    src = ctx.source
    user = src.user()
    password = src.env("password_env")
    if not user or password is None:
        raise SourceError("an IMAP mailbox needs a user (user_env or user@ in the URL) and password_env")
    user = unquote(user)
    try:
        conn.login(user, password)
    except imaplib.IMAP4.error as exc:
        raise SourceError(f"the mail server refused the login of {user}: {_text(exc)}") from None


def _mailbox(url: str) -> str:
    path = unquote(urlsplit(url).path).strip("/")
    return path or "INBOX"


def imap_utf7(name: str) -> str:
    """A folder name in IMAP's modified UTF-7 (RFC 3501 5.1.3): ``Прайсы`` -> ``&BB8EQAQwBDkEQQRL-``;
    ASCII stays as written, ``&`` becomes ``&-``."""
    import base64

    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            raw = base64.b64encode("".join(pending).encode("utf-16-be")).decode("ascii")
            out.append("&" + raw.rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            pending.append(ch)
    flush()
    return "".join(out)


def _quoted(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _decoded_header(msg, name: str) -> str:
    value = msg.get(name)
    return "" if value is None else " ".join(str(value).split())


def _candidates(conn: imaplib.IMAP4, query: dict[str, str], since: datetime) -> list[bytes]:
    # The server narrows by day and (ASCII) sender; the subject and the exact window are
    # checked here on decoded headers (servers differ on non-ASCII SEARCH).
    criteria = ["SINCE", since.strftime("%d-%b-%Y")]
    sender = query.get("from", "").strip()
    if sender and sender.isascii() and '"' not in sender:
        criteria += ["FROM", _quoted(sender)]
    typ, data = conn.uid("SEARCH", *criteria)
    if typ != "OK":
        raise SourceError(f"the mail server refused the search: {data!r}"[:200])
    return (data[0] or b"").split() if data else []


def _headers(conn: imaplib.IMAP4, uids: list[bytes]) -> list[tuple[bytes, email.message.Message, int]]:
    out = []
    for start in range(0, len(uids), 200):
        chunk = b",".join(uids[start:start + 200]).decode()
        typ, data = conn.uid("FETCH", chunk, "(UID RFC822.SIZE BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE)])")
        if typ != "OK":
            raise SourceError(f"the mail server refused to list the messages: {data!r}"[:200])
        for item in data:
            if not isinstance(item, tuple):
                continue
            meta = item[0].decode("ascii", "replace")
            uid = re.search(r"UID (\d+)", meta)
            size = re.search(r"RFC822\.SIZE (\d+)", meta)
            if not uid:
                continue
            msg = email.message_from_bytes(item[1], policy=email.policy.default)
            out.append((uid.group(1).encode(), msg, int(size.group(1)) if size else 0))
    return out


def _date(msg) -> datetime | None:
    try:
        d = parsedate_to_datetime(str(msg.get("Date", "")))
    except (TypeError, ValueError, IndexError):
        return None
    if d is None:
        return None
    return d if d.tzinfo else d.replace(tzinfo=timezone.utc)


def _describe(query: dict[str, str], days: float, mailbox: str) -> str:
    what = "no message"
    if query.get("from"):
        what += f" from {query['from']}"
    if query.get("subject"):
        what += f" with '{query['subject']}' in the subject"
    return f"{what} in {mailbox} in the last {days:g} day(s)"


def _attachments(msg) -> list[tuple[str, object]]:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        name = part.get_filename()
        if name:
            out.append((" ".join(str(name).split()), part))
    return out


def _pick(attachments: list[tuple[str, object]], pattern: str | None) -> tuple[str, object] | None:
    if pattern:
        for name, part in attachments:
            if fnmatch.fnmatch(name.lower(), pattern.lower()):
                return name, part
        for name, part in attachments:      # the list inside an archive: the pattern picks the member
            if name.lower().endswith(ARCHIVE_SUFFIXES):
                return name, part
        return None
    for name, part in attachments:
        if name.lower().endswith(LIST_SUFFIXES):
            return name, part
    return None


@register_source("imap", "imaps")
def fetch_imap(ctx: FetchContext) -> Download:
    """The newest matching message's attachment, written into ``ctx.workdir``."""
    query = parse_query(ctx.url)
    days = float(query.get("days") or DEFAULT_DAYS)
    mailbox = _mailbox(ctx.url)
    now = datetime.now(timezone.utc)
    since = now - timedelta(days=days)
    conn = _connect(ctx)
    try:
        _login(conn, ctx)
        typ, data = conn.select(_quoted(imap_utf7(mailbox)), readonly=True)
        if typ != "OK":
            raise SourceError(f"no folder '{mailbox}' on the mail server ({_text(Exception(data[0] if data else ''))})")
        sender = query.get("from", "").strip().lower()
        subject = query.get("subject", "").strip().lower()
        found = []
        for uid, msg, size in _headers(conn, _candidates(conn, query, since)):
            date = _date(msg)
            if date is None or date < since or date > now + timedelta(days=1):
                continue
            if sender:
                addr = parseaddr(_decoded_header(msg, "From"))[1].lower()
                if sender not in addr and sender not in _decoded_header(msg, "From").lower():
                    continue
            if subject and subject not in _decoded_header(msg, "Subject").lower():
                continue
            found.append((date, int(uid), uid, msg, size))
        if not found:
            raise SourceError(_describe(query, days, mailbox))
        date, _, uid, head, size = max(found, key=lambda f: (f[0], f[1]))
        label = f"the message of {date.astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC " \
                f"('{_decoded_header(head, 'Subject')[:80]}')"
        # base64 makes an attachment about 4/3 of its size; leave room for the rest of the mail
        if size and size > ctx.max_bytes * 1.4 + 1024 * 1024:
            raise SourceError(f"{label} is {size / 1024 / 1024:.1f} MB, more than max_mb {ctx.source.max_mb:g}")
        typ, data = conn.uid("FETCH", uid.decode(), "(BODY.PEEK[])")
        raw = next((item[1] for item in data or [] if isinstance(item, tuple)), None)
        if typ != "OK" or raw is None:
            raise SourceError(f"the mail server did not return {label}")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
    except imaplib.IMAP4.abort as exc:
        raise SourceError(f"the mail server closed the connection: {_text(exc)}") from None
    except imaplib.IMAP4.error as exc:
        raise SourceError(f"IMAP error: {_text(exc)}") from None
    except (socket.timeout, TimeoutError):
        raise SourceError(f"the mail server did not answer within {ctx.source.timeout:g} s (timeout)") from None
    finally:
        try:
            conn.logout()
        except Exception:   # the connection may already be gone; nothing to tell
            pass
    attachments = _attachments(msg)
    picked = _pick(attachments, ctx.source.pattern)
    if picked is None:
        having = ", ".join(name for name, _ in attachments) or "none"
        want = f"matching '{ctx.source.pattern}'" if ctx.source.pattern else "with a price list"
        raise SourceError(f"{label} has no attachment {want} (attachments: {having})")
    name, part = picked
    payload = part.get_payload(decode=True) or b""   # type: ignore[attr-defined]
    if not payload:
        raise SourceError(f"{label}: the attachment '{name}' is empty")
    if len(payload) > ctx.max_bytes:
        raise SourceError(f"{label}: the attachment '{name}' is {len(payload) / 1024 / 1024:.1f} MB, more than "
                          f"max_mb {ctx.source.max_mb:g}")
    target = ctx.workdir / "download"
    target.write_bytes(payload)
    return Download(path=target, remote_name=Path(name.replace("\\", "/")).name, remote_mtime=date.timestamp())


__all__ = ["fetch_imap", "imap_utf7", "parse_query"]
