"""Keep channel credentials out of everything pricesync shows or stores.

An API may echo what it was sent (a 401 body quoting the key, a URL with
``?consumer_secret=cs_...`` inside a connection error), so every message that leaves the
push engine goes through ``redact`` with the secrets of the channels involved.
"""
from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote, quote_plus

MASK = "***"


def _forms(secret: str) -> set[str]:
    # The raw value and the ways a URL or form body would spell it.
    return {secret, quote(secret, safe=""), quote_plus(secret)}


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret (and its URL-encoded forms) replaced by ``***``."""
    if not text:
        return text
    forms: set[str] = set()
    for secret in secrets:
        if secret and len(secret) >= 3:      # shorter "secrets" would mangle ordinary words
            forms |= _forms(secret)
    for form in sorted(forms, key=len, reverse=True):
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
