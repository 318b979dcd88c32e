"""Keep channel credentials out of everything pricesync shows or stores.

An API may echo what it was sent (a 401 body quoting the key, a URL with
``?consumer_secret=cs_...`` inside a connection error), so every message that leaves the
push engine goes through ``redact`` with the secrets of the channels involved.
"""
from __future__ import annotations

import base64
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import quote, quote_plus

MASK = "***"
#: an echo of this many characters of a secret (or of one of its encodings) is masked:
#: an API that quotes 20 of 25 characters of a token leaks it as surely as all 25
FRAGMENT = 8


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _forms(secret: str) -> set[str]:
    """The raw value and the ways a request spells it: URL-encoded (query string, form
    body) and base64 (inside a longer base64 text such as ``Basic user:secret``, at any
    of the three byte alignments; the edge characters that mix in neighbouring bytes are
    left out)."""
    out = {secret, quote(secret, safe=""), quote_plus(secret)}
    raw = secret.encode()
    out.add(_b64(raw).rstrip("="))
    for pad in (1, 2):
        enc = _b64(b"\0" * pad + raw)
        out.add(enc[4:-4] if len(enc) > 8 else "")
    return {f for f in out if f}


@lru_cache(maxsize=64)
def _masking(secrets: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """(short forms replaced whole, every ``FRAGMENT``-character piece of the longer forms)."""
    usable = [s for s in dict.fromkeys(secrets) if s and len(s) >= 3]   # shorter would mangle words
    forms: set[str] = set()
    for secret in usable:
        forms |= _forms(secret)
    # HTTP Basic (WooCommerce: base64 of "key:secret"); with a user or password alone too.
    for user in usable:
        forms.add(_b64(f"{user}:".encode()).rstrip("="))
        forms.add(_b64(f":{user}".encode()).rstrip("="))
        for password in usable:
            if password != user:
                forms.add(_b64(f"{user}:{password}".encode()).rstrip("="))
    short = tuple(sorted((f for f in forms if len(f) < FRAGMENT), key=len, reverse=True))
    pieces = frozenset(f[i:i + FRAGMENT] for f in forms if len(f) >= FRAGMENT
                       for i in range(len(f) - FRAGMENT + 1))
    return short, pieces


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret masked as ``***``: the raw value, its URL-encoded and
    base64 forms (HTTP Basic ``user:secret`` included) and any piece of ``FRAGMENT`` or
    more characters of any of them (a partial echo). Mask first, cut afterwards: a text
    cut before masking may end inside a secret and keep most of it."""
    if not text:
        return text
    short, pieces = _masking(tuple(s for s in secrets if isinstance(s, str)))
    if pieces and len(text) >= FRAGMENT:
        covered_until, spans = -1, []
        for i in range(len(text) - FRAGMENT + 1):
            if text[i:i + FRAGMENT] in pieces:
                if spans and i <= covered_until:
                    spans[-1][1] = i + FRAGMENT
                else:
                    spans.append([i, i + FRAGMENT])
                covered_until = i + FRAGMENT
        if spans:
            out, last = [], 0
            for start, end in spans:
                out += [text[last:start], MASK]
                last = end
            text = "".join(out) + text[last:]
    for form in short:
        text = text.replace(form, MASK)
    return text


class RedactingReporter:
    """A reporter that masks secrets before passing messages on."""

    def __init__(self, inner, secrets: Iterable[str]) -> None:
        self.inner = inner
        self.secrets = [s for s in secrets if s]

    def info(self, message: str) -> None:
        self.inner.info(redact(message, self.secrets))

    def warn(self, message: str) -> None:
        self.inner.warn(redact(message, self.secrets))

    def progress(self, description: str, total: int | None = None):
        return self.inner.progress(redact(description, self.secrets), total)


def channel_secrets(channels: Iterable) -> list[str]:
    out: list[str] = []
    for ch in channels:
        try:
            out.extend(ch.secrets())
        except Exception:  # a connector that cannot list its secrets must not stop redaction of others
            continue
    return out


def redact_error(exc: BaseException, secrets: Iterable[str]) -> BaseException:
    """Mask secrets inside an exception's message, in place (our errors print ``message``)."""
    secrets = list(secrets)
    if hasattr(exc, "message") and isinstance(exc.message, str):
        exc.message = redact(exc.message, secrets)  # type: ignore[attr-defined]
    exc.args = tuple(redact(a, secrets) if isinstance(a, str) else a for a in exc.args)
    return exc
