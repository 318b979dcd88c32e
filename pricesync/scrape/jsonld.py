"""JSON-LD blocks as shops really emit them.

Shops' templates produce JSON that ``json.loads`` refuses: trailing commas after the
last offer, ``// comments`` and ``<!-- -->`` around the block, raw newlines inside
descriptions, the whole block HTML-escaped (``{&quot;@type&quot;: ...}``), two objects
one after the other. Each repair is tried only when the plain parse fails.
"""
from __future__ import annotations

import html
import json
import re
from decimal import Decimal
from typing import Any

_WRAPPERS = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?://\s*\]\]>|\]\]>|-->)\s*$")
_DECODER = json.JSONDecoder(parse_float=Decimal, strict=False)


def parse_jsonld(text: str) -> list[Any]:
    """Every JSON value in a ``<script type="application/ld+json">`` body; [] if hopeless."""
    text = _WRAPPERS.sub("", text.strip()).strip().rstrip(";")
    if not text:
        return []
    for attempt in (text, _repair(text), _repair(html.unescape(text))):
        try:
            return _decode_all(attempt)
        except ValueError:
            continue
    return []


def _decode_all(text: str) -> list[Any]:
    """Values one after another: ``{...}{...}`` or ``{...},{...}``."""
    values, pos, end = [], 0, len(text)
    while pos < end:
        while pos < end and text[pos] in " \t\r\n,;":
            pos += 1
        if pos >= end:
            break
        value, pos = _DECODER.raw_decode(text, pos)
        values.append(value)
    return values


def _repair(text: str) -> str:
    """Drop comments and trailing commas outside strings; escape control characters
    inside strings. A small scanner, because a regex cannot tell ``"http://x"`` (a string)
    from ``// comment``."""
    out: list[str] = []
    i, n = 0, len(text)
    in_string = False
    while i < n:
        ch = text[i]
        if in_string:
            if ch == "\\" and i + 1 < n:
                out.append(text[i:i + 2])
                i += 2
                continue
            if ch == '"':
                in_string = False
            elif ch in "\r\n\t":
                ch = " "
            out.append(ch)
            i += 1
            continue
        if ch == '"':
            in_string = True
        elif text.startswith("//", i):
            nl = text.find("\n", i)
            i = n if nl < 0 else nl
            continue
        elif text.startswith("/*", i):
            close = text.find("*/", i + 2)
            i = n if close < 0 else close + 2
            continue
        elif ch == ",":
            j = i + 1
            while j < n and text[j] in " \t\r\n":
                j += 1
            if j < n and text[j] in "}]":
                i += 1  # trailing comma
                continue
        out.append(ch)
        i += 1
    return "".join(out)
