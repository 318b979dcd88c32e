"""What a file really is, from its first bytes, whatever its name says.

Suppliers send HTML tables named ``.xls``, CSV named ``.xlsx``, and sometimes a PDF or a
half-downloaded zip; each case either gets the right reader or one readable line saying
what the file is. Nothing here reads more than the head of the file (and a zip's
directory), so a bad file is refused within milliseconds.
"""
from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

from pricesync.errors import InputError

HEAD_BYTES = 64 * 1024

_MAGIC: list[tuple[bytes, str | None, str]] = [
    # (prefix, kind or None = refuse, what it is)
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "xls", "legacy Excel (.xls) workbook"),
    (b"%PDF", None, "a PDF document, not a table; export the price list to Excel or CSV"),
    (b"\x1f\x8b", None, "a gzip archive; unpack it first"),
    (b"Rar!", None, "a RAR archive; unpack it first"),
    (b"7z\xbc\xaf\x27\x1c", None, "a 7-Zip archive; unpack it first"),
    (b"\x89PNG", None, "a PNG image, not a table"),
    (b"\xff\xd8\xff", None, "a JPEG image, not a table"),
    (b"GIF8", None, "a GIF image, not a table"),
    (b"{\\rtf", None, "an RTF document, not a table; save it as Excel or CSV"),
    (b"SQLite format 3", None, "an SQLite database, not a price list"),
]


def sniff(path: Path) -> str:
    """One of ``xlsx xlsm xlsb ods xls html yml text``; raises ``InputError`` for files
    that are missing, empty or of a kind no reader handles."""
    if not path.exists():
        raise InputError("file not found", file=str(path))
    if path.is_dir():
        raise InputError("is a folder, not a file", file=str(path))
    try:
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", file=str(path)) from None
    if not head:
        raise InputError("file is empty (0 bytes)", file=str(path))
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return _zip_kind(path)
    for magic, kind, what in _MAGIC:
        if head.startswith(magic):
            if kind is None:
                raise InputError(f"is {what}", file=str(path))
            return kind
    encoding = text_encoding(head)
    if encoding is None:
        raise InputError("is binary data (NUL or control bytes), not a spreadsheet or a text table", file=str(path))
    text = head.decode(encoding, errors="replace").lstrip("\ufeff \t\r\n")
    if not text.strip():
        raise InputError("file is empty (only blank space)", file=str(path))
    lowered = text[:4096].lower()
    if lowered.startswith("<"):
        if "yml_catalog" in text[:HEAD_BYTES].lower():
            return "yml"
        if any(tag in lowered for tag in ("<html", "<table", "<!doctype html", "<tr", "<body")):
            return "html"
        if lowered.startswith("<?xml") or lowered.startswith("<!doctype"):
            if "urn:schemas-microsoft-com:office:spreadsheet" in lowered:
                raise InputError("is an Excel 2003 XML spreadsheet; open it in Excel and save as .xlsx", file=str(path))
            raise InputError("is an XML file but not a YML catalog (no <yml_catalog> root)", file=str(path))
    return "text"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            mimetype = zf.read("mimetype")[:100] if "mimetype" in names else b""
    except zipfile.BadZipFile:
        raise InputError("is a damaged or truncated zip archive (an .xlsx is a zip); download it again",
                         file=str(path)) from None
    except (OSError, EOFError, KeyError, RuntimeError) as exc:
        raise InputError(f"cannot read the zip archive: {exc}", file=str(path)) from None
    if "xl/workbook.xml" in names:
        return "xlsm" if "xl/vbaProject.bin" in names else "xlsx"
    if "xl/workbook.bin" in names:
        return "xlsb"
    if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
        return "ods"
    if "word/document.xml" in names:
        raise InputError("is a Word document, not a spreadsheet", file=str(path))
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        raise InputError("is an OpenDocument file but not a spreadsheet", file=str(path))
    raise InputError(f"is a zip archive, not a spreadsheet (it holds {len(names)} file(s); unpack it first)",
                     file=str(path))


def text_encoding(head: bytes) -> str | None:
    """The encoding of a text file from its head, or None when it is not text at all.

    UTF-16 is recognised by its BOM or by NUL bytes in every other position (Excel's
    "Unicode text" export); any other NUL byte means binary. UTF-8 is tried strictly; the
    rest goes to ``guess_single_byte`` (cp1251 and friends)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[:4096]
    if b"\x00" in sample:
        even, odd = sample[0::2], sample[1::2]
        if len(sample) >= 4 and odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
            return "utf-16-le"
        if len(sample) >= 4 and even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
            return "utf-16-be"
        return None
    try:
        # A multi-byte character may be cut at the end of the head: ignore the last 3 bytes.
        head[:-3].decode("utf-8") if len(head) == HEAD_BYTES else head.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        encoding = guess_single_byte(head)
    text = head.decode(encoding, errors="replace")
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f\v")
    if control > 0.01 * max(len(text), 1):
        return None
    return encoding


# The non-ASCII letters each candidate should produce for our users' languages, and
# whether words may mix them with ASCII letters (Polish "zamówienie" does; Russian words
# are never half Latin).
_CANDIDATES: dict[str, tuple[str, bool]] = {
    "cp1251": ("абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґў", False),
    "koi8_r": ("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", False),
    "cp1250": ("ąćęłńóśźżáčďéěíňřšťúůýžäöüß", True),
    "cp1252": ("äöüßéèêàâçëïîôùûñáíóúãõ", True),
}


def guess_single_byte(data: bytes) -> str:
    """cp1251 vs koi8-r vs cp1250 vs cp1252 for bytes that are not UTF-8.

    Generic detectors often call short cp1251 files latin-1 (every byte is *some* latin-1
    character). Here each candidate decodes the sample and scores its words that hold
    non-ASCII letters: a word made only of that language's letters counts for, a word of
    foreign letters or of Cyrillic mixed with Latin ("zamуwienie": Polish read as cp1251)
    counts against. Case is ignored only after the first letter, because koi8-r read as
    cp1251 (and the reverse) gives mostly capitals inside words ("пРАЙС").
    """
    import re

    sample = data[:200_000]
    if not any(b >= 0x80 for b in sample):
        return "cp1251"
    best, best_score = "cp1251", float("-inf")
    for enc, (letters, mixes_ascii) in _CANDIDATES.items():
        text = sample.decode(enc, errors="replace")
        score = 0
        for word in re.findall(r"[^\W\d_]+", text):
            if word.isascii():
                continue
            ok = all(ch in letters or (mixes_ascii and ch.isascii()) for ch in word[:1].lower() + word[1:])
            if ok and not mixes_ascii and any(ch.isascii() for ch in word):
                ok = False
            score += len(word) if ok else -len(word)
        if score > best_score:
            best, best_score = enc, score
    return best
