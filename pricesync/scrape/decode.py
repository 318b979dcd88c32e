"""Page bytes -> text: gzip, BOM, HTTP charset, ``<meta charset>``, then detection.

Russian and Ukrainian shops still serve windows-1251, sometimes declaring it only in a
``<meta http-equiv>``; decoding such a page as UTF-8 or latin-1 turns every price label
and currency ("грн", "руб.") into mojibake, so the declared charset is honoured and the
bytes are checked against it.
"""
from __future__ import annotations

import codecs
import gzip
import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
_BOMS = [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]


def gunzip_if_needed(data: bytes) -> bytes:
    """Saved pages may be ``.html.gz``; servers sometimes gzip twice."""
    if data[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(data)
        except (OSError, EOFError):
            return data
    return data


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.\-]+)", content_type, re.IGNORECASE)
    return _known(m.group(1)) if m else None


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """Text of an HTML page; never raises (undecodable bytes become U+FFFD)."""
    data = gunzip_if_needed(data)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(name, errors="replace")
    declared = [charset_from_content_type(content_type)]
    m = _META_CHARSET.search(data[:8192])
    declared.append(_known(m.group(1).decode("ascii", "ignore")) if m else None)
    for name in filter(None, declared):
        # latin-1 / "iso-8859-1" is what servers say by default, often wrongly; UTF-8 bytes
        # that decode cleanly are UTF-8.
        if name in ("latin-1", "iso8859-1", "cp1252", "ascii"):
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                pass
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None:
        return data.decode(best.encoding, errors="replace")
    return data.decode("utf-8", errors="replace")
