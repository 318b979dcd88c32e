"""Delimited text (.csv .tsv .txt and text under any other name).

The encoding is detected (UTF-8 with or without BOM, UTF-16 from Excel's "Unicode text",
cp1251/cp1250/koi8-r from old 1C exports), the delimiter is the one that splits the top
lines into the most consistent number of fields. The body is read by pyarrow (a million
rows in well under a second); files it cannot read as one rectangle (ragged title lines
further down, fields with line breaks) go through the csv module, which tracks the line
number of every record.
"""
from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from pricesync.errors import InputError
from pricesync.ingest.readers import Book, ReadOptions, Sheet, register_reader
from pricesync.ingest.sniff import guess_single_byte, text_encoding

DELIMITERS = [";", "\t", ",", "|"]
SAMPLE_LINES = 80


class _NotUtf8(Exception):
    """Bytes further down the file are not UTF-8 although the head is."""


@register_reader("text")
def read_text(path: Path, options: ReadOptions) -> Book:
    raw = path.read_bytes()
    encoding = options.encoding or _head_encoding(raw, path)
    data = _as_utf8(raw, encoding, path)
    head_text = _head_text(data)
    if not head_text.strip():
        raise InputError("file is empty (only blank space)", file=str(path))
    head_lines = head_text.splitlines()[:SAMPLE_LINES]
    delimiter = options.delimiter or detect_delimiter(head_lines)
    try:
        cells, first_row, preamble, row_numbers = _read_rows(data, delimiter, head_lines)
    except _NotUtf8:
        encoding = _encoding_after_ascii_head(raw, encoding, options, path)
        cells, first_row, preamble, row_numbers = _read_rows(_as_utf8(raw, encoding, path), delimiter, head_lines)
    sheet = Sheet(name="", cells=cells, first_row=first_row, preamble=preamble, row_numbers=row_numbers)
    return Book(path=path, kind="text", sheets=[sheet], encoding=encoding, delimiter=delimiter)


def _head_text(data: bytes, size: int = 65536) -> str:
    """The first lines of the (UTF-8) file for finding the delimiter and the header: whole
    lines only, so the result does not depend on where ``size`` cuts a line or a character
    (a file with one endless line gives the part of it that fits)."""
    head = data[:size]
    if len(data) > size:
        end = head.rfind(b"\n")
        if end > 0:
            head = head[:end + 1]
    return head.decode("utf-8", errors="ignore")


def _encoding_after_ascii_head(raw: bytes, encoding: str, options: ReadOptions, path: Path) -> str:
    """The head looked like UTF-8 but a later byte is not. When the head was plain ASCII
    (an English header, codes, numbers), the first non-ASCII text decides (cp1251...); a
    file that has real UTF-8 text and then something else is refused, not guessed."""
    try:
        raw.decode("utf-8")
        bad = None
    except UnicodeDecodeError as exc:
        bad = exc.start
    if bad is None or options.encoding or encoding not in ("utf-8", "utf-8-sig"):
        raise InputError(f"is not valid {encoding} text; set [suppliers.X] encoding", file=str(path))
    if any(b >= 0x80 for b in raw[3 if raw.startswith(b"\xef\xbb\xbf") else 0: bad]):
        raise InputError(f"mixes UTF-8 with another encoding (from byte {bad}); set [suppliers.X] encoding",
                         file=str(path))
    return guess_single_byte(raw[bad:])


def _head_encoding(raw: bytes, path: Path) -> str:
    encoding = text_encoding(raw[:65536])
    if encoding is None:
        raise InputError("is binary data (NUL or control bytes), not a text table", file=str(path))
    return encoding


def _as_utf8(raw: bytes, encoding: str, path: Path) -> bytes:
    """The file as UTF-8 bytes without a BOM. UTF-8 files pass through untouched (pyarrow
    checks them while parsing); others are decoded once and re-encoded."""
    if encoding in ("utf-8", "utf-8-sig"):
        if b"\x00" in raw:
            line = raw[: raw.index(b"\x00")].count(b"\n") + 1
            raise InputError(f"contains NUL bytes (line {line}): binary data, not a text table", file=str(path))
        return raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"is not valid {encoding} text (byte {exc.start}); set [suppliers.X] encoding",
                         file=str(path)) from None
    if "\x00" in text:
        raise InputError("contains NUL characters: binary data, not a text table", file=str(path))
    if encoding.startswith("utf-16"):
        line = _foreign_line_in_utf16(text, encoding)
        if line:
            raise InputError(f"mixes UTF-16 with another encoding (line {line}): rows there would be lost; "
                             "save the file in one encoding", file=str(path))
    return text.lstrip("\ufeff").encode("utf-8")


def _foreign_line_in_utf16(text: str, encoding: str) -> int | None:
    """The first line of a UTF-16 text where bytes of another encoding sit (a UTF-8 row
    appended by another tool). UTF-8 bytes read as UTF-16 pair up into characters outside
    Latin-1 ("A-" -> U+2D41, "\\r\\n" -> U+0A0D, so the row has no line break of its own);
    such a run, turned back into its bytes, reads as printable UTF-8 with a delimiter and a
    digit. A segment of odd length shifts the rest by a byte: characters U+xx00."""
    import re

    codec = "utf-16-be" if encoding.endswith("be") else "utf-16-le"
    for m in re.finditer("[^\x00-\xff]{3,}", text):
        data = m.group().encode(codec, errors="surrogatepass")
        if b"\x00" in data:
            continue
        try:
            as_utf8 = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if (all(c.isprintable() or c in "\r\n\t" for c in as_utf8) and any(c in as_utf8 for c in ";,\t|")
                and any(c.isdigit() for c in as_utf8)):
            return text.count("\n", 0, m.start()) + 1
    for no, line in enumerate(text.split("\n"), 1):
        if sum(1 for ch in line if ord(ch) & 0xFF == 0 and 0x20 <= ord(ch) >> 8 < 0x7F) >= 3:
            return no
    return None


def detect_delimiter(lines: list[str]) -> str:
    """The delimiter giving the most lines with the same field count (more than one)."""
    best, best_score = ",", -1.0
    sample = "\n".join(lines)
    for delim in DELIMITERS:
        if delim not in sample:
            continue
        counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delim) if r]
        multi = [c for c in counts if c > 1]
        if not multi:
            continue
        width, freq = Counter(multi).most_common(1)[0]
        # Consistency first; a wider table breaks ties (";" vs "," inside "12,50").
        score = freq + width / 100
        if score > best_score:
            best, best_score = delim, score
    return best


def _read_rows(data: bytes, delimiter: str, head_lines: list[str]):
    """(cells, first_row, preamble, row_numbers) from UTF-8 bytes. Title lines with fewer
    fields than the table ("Прайс-лист на 20.11.2026" alone on a line) stay out of the
    rectangle."""
    import pandas as pd

    head = list(csv.reader(io.StringIO("\n".join(head_lines)), delimiter=delimiter))
    counts = Counter(len(r) for r in head if len(r) > 1)
    width = counts.most_common(1)[0][0] if counts else 1
    start = next((i for i, r in enumerate(head) if len(r) == width), 0)
    preamble = [" ".join(c for c in r if c.strip()) for r in head[:start]]
    offset = 0
    for _ in range(start):
        offset = data.find(b"\n", offset) + 1
    body = memoryview(data)[offset:]
    try:
        cells = _arrow_rows(body, delimiter, width)
        lines_total = data.count(b"\n", offset) + (0 if data.endswith(b"\n") else 1)
        if len(cells) == lines_total:
            return cells, start + 1, preamble, None
    except Exception as exc:  # pyarrow refuses ragged rows and line breaks in fields: read slowly below
        if "utf8" in str(exc).lower() or "utf-8" in str(exc).lower():
            raise _NotUtf8() from None
    try:
        text = bytes(body).decode("utf-8")
    except UnicodeDecodeError:
        raise _NotUtf8() from None
    rows, numbers = [], []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    previous = 0
    for row in reader:
        numbers.append(start + previous + 1)
        previous = reader.line_num
        rows.append(row)
    cells = pd.DataFrame(rows, dtype=object).fillna("") if rows else pd.DataFrame(dtype=object)
    return cells, start + 1, preamble, pd.Series(numbers, dtype="int64")


def _arrow_rows(body: memoryview, delimiter: str, width: int):
    import pandas as pd
    import pyarrow as pa
    from pyarrow import csv as pacsv

    table = pacsv.read_csv(
        pa.BufferReader(pa.py_buffer(body)),
        read_options=pacsv.ReadOptions(autogenerate_column_names=True, block_size=1 << 24),
        parse_options=pacsv.ParseOptions(delimiter=delimiter, ignore_empty_lines=False, newlines_in_values=False),
        convert_options=pacsv.ConvertOptions(
            column_types={f"f{i}": pa.string() for i in range(width)},
            strings_can_be_null=False, quoted_strings_can_be_null=False),
    )
    if table.num_columns != width:
        raise ValueError("ragged")
    # One chunk per column: later string kernels would otherwise stitch chunks on every call.
    return pd.DataFrame({i: pd.Series(table.column(i).combine_chunks(), dtype="str") for i in range(table.num_columns)})
