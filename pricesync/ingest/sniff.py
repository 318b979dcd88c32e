"""What a file really is, from its first bytes, whatever its name says.

Suppliers send HTML tables named ``.xls``, CSV named ``.xlsx``, and sometimes a PDF or a
half-downloaded zip; each case either gets the right reader or one readable line saying
what the file is. Nothing here reads more than the head of the file (and a zip's
directory), so a bad file is refused within milliseconds.
"""
from __future__ import annotations

import codecs
import math
import re
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
    """One of ``xlsx xlsm xlsb ods xls html yml text`` or an XML feed kind (``kaspi
    heureka google_merchant ceneo price_xml xml_feed``); raises ``InputError`` for files
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
        if lowered.startswith(("<?xml", "<!doctype")) and not lowered.startswith("<!doctype html"):
            if "urn:schemas-microsoft-com:office:spreadsheet" in lowered:
                raise InputError("is an Excel 2003 XML spreadsheet; open it in Excel and save as .xlsx", file=str(path))
            # HTML tables behind an XML prologue stay HTML when they are no feed
            return _xml_kind(path, head, otherwise="html" if any(t in lowered for t in _HTML_TAGS) else None)
        if any(tag in lowered for tag in _HTML_TAGS):
            return "html"
        if lowered[1:2].isalpha():  # an XML feed written without the <?xml ...?> declaration
            return _xml_kind(path, head, otherwise="text")
    return "text"


_HTML_TAGS = ("<html", "<table", "<!doctype html", "<tr", "<body")


def _xml_kind(path: Path, head: bytes, *, otherwise: str | None) -> str:
    """A feed kind (``pricesync.ingest.readers.feeds``: Kaspi, Heureka, Google Merchant,
    Ceneo, Hotline/Prom, flat record feeds), ``html`` for an XHTML page; for any other XML
    ``otherwise``, or (None) one line naming the file and its root element."""
    from pricesync.ingest.readers.feeds import NotAFeed, xml_kind

    try:
        return xml_kind(path, head)
    except NotAFeed:
        if otherwise is None:
            raise
        return otherwise


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
    "Unicode text" export); any other NUL byte means binary. Bytes that decode as UTF-8
    are UTF-8, wherever the head happens to end (``decodes_as_utf8``); the rest goes to
    ``guess_single_byte`` (cp1251 and friends)."""
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
    encoding = "utf-8" if decodes_as_utf8(head) else guess_single_byte(head)
    text = head.decode(encoding, errors="replace")
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f\v")
    if control > 0.01 * max(len(text), 1):
        return None
    return encoding


def decodes_as_utf8(data: bytes) -> bool:
    """Do these bytes decode as UTF-8? A head cut inside a multi-byte character (the 1 to
    3 bytes of an incomplete sequence at the very end) still does: the decoder is told
    more may follow, so only a byte that is wrong where it stands fails."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        return False
    return True


# How often each non-ASCII letter occurs in the languages a code page is used for (per
# cent of letters; Russian with the Ukrainian and Belarusian letters, Polish/Czech/Slovak/
# Hungarian/Romanian, German/French/Spanish/Nordic). A letter missing from a table does not
# belong to that code page's languages.
_CYRILLIC = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73, "в": 4.54,
    "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01, "ы": 1.90, "ь": 1.74,
    "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97, "ж": 0.94, "ш": 0.73, "ю": 0.64,
    "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04, "ё": 0.04,
    "і": 3.0, "ї": 0.5, "є": 0.4, "ґ": 0.05, "ў": 0.05,
}
_CENTRAL = {
    "ą": 1.0, "ć": 0.4, "ę": 1.1, "ł": 1.8, "ń": 0.2, "ó": 0.8, "ś": 0.7, "ź": 0.06, "ż": 0.8,
    "á": 2.0, "č": 0.5, "ď": 0.03, "é": 1.0, "ě": 1.5, "í": 2.5, "ň": 0.07, "ř": 1.1, "š": 0.7,
    "ť": 0.05, "ú": 0.2, "ů": 0.5, "ý": 0.9, "ž": 0.9, "ľ": 0.2, "ĺ": 0.01, "ŕ": 0.01, "ô": 0.05,
    "ä": 0.2, "ö": 0.3, "ü": 0.3, "ő": 0.5, "ű": 0.1, "ß": 0.05, "ă": 0.3, "â": 0.1, "î": 0.1,
    "ş": 0.4, "ţ": 0.3, "ç": 0.01, "ë": 0.01, "đ": 0.01,
}
_WESTERN = {
    "ä": 0.5, "ö": 0.3, "ü": 0.6, "ß": 0.3, "é": 1.0, "è": 0.3, "ê": 0.2, "à": 0.3, "â": 0.05,
    "ç": 0.1, "ë": 0.02, "ï": 0.01, "î": 0.05, "ô": 0.05, "ù": 0.05, "û": 0.05, "ñ": 0.2, "á": 0.4,
    "í": 0.4, "ó": 0.5, "ú": 0.1, "ã": 0.2, "õ": 0.1, "å": 0.3, "æ": 0.05, "ø": 0.1, "œ": 0.01,
    "ÿ": 0.001, "ý": 0.01, "š": 0.01, "ž": 0.01, "ì": 0.01, "ò": 0.01, "ð": 0.01, "þ": 0.01,
}
# Candidates in order of preference on a tie: (letter frequencies, whether a word may mix
# these letters with ASCII ones: Polish "zamówienie" does, Russian words are never half Latin).
_CANDIDATES: dict[str, tuple[dict[str, float], bool]] = {
    "cp1251": (_CYRILLIC, False),
    "koi8_r": (_CYRILLIC, False),
    "cp1250": (_CENTRAL, True),
    "cp1252": (_WESTERN, True),
    "iso8859_2": (_CENTRAL, True),
    "cp866": (_CYRILLIC, False),
}
# Non-letters that real text holds (a price list's №, quotes, dashes, units, currency).
_SYMBOLS = frozenset("№«»—–‘’‚“”„•…°±§©®™€\u00a0\u00ad·×÷¤¦µ¶‰‹›¿¡²³")
_SYMBOL_SCORE = math.log(0.001)
_WRONG = math.log(0.000005)   # a character the text cannot have: control, box drawing, foreign letter
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_NON_WORD = re.compile(r"[^\x00-\x7f\w]")


def _mixed_case(word: str) -> bool:
    """A capital after a small letter ("гЕОБ", "дПЕКЭ"): what koi8-r read as cp1251 gives."""
    seen_lower = False
    for ch in word:
        if ch.islower():
            seen_lower = True
        elif ch.isupper() and seen_lower:
            return True
    return False


def _plausibility(text: str, letters: dict[str, float], mixes_ascii: bool) -> float:
    """Log-likelihood of the non-ASCII characters of ``text`` as text of these letters:
    each letter by its frequency, a known symbol a little, anything else (a control or
    box-drawing character, a letter of another alphabet, a capital inside a word, Cyrillic
    glued to Latin) very little."""
    score = 0.0
    # Each distinct word once: a word repeated down a column ("черный" on every row) says no
    # more about the code page than it does once, and must not outweigh the header's words.
    for word in dict.fromkeys(_LETTER_RUN.findall(text)):
        if word.isascii():
            continue
        high = [ch for ch in word if ord(ch) >= 0x80]
        ok = not _mixed_case(word) and (mixes_ascii or not any(ch.isascii() for ch in word))
        logs = []
        for ch in high:
            if ch.isalpha():
                p = letters.get(ch.lower())
                if p is None:
                    ok = False
                    break
                logs.append(math.log(p / 100))
            else:
                logs.append(_SYMBOL_SCORE if ch in _SYMBOLS else _WRONG)
        if ok and len(word) == 1:
            logs = [_SYMBOL_SCORE]  # a lone letter ("в", "А") tells little: "€" is as likely
        score += sum(logs) if ok else _WRONG * len(high)
    for ch in _NON_WORD.findall(text):
        score += _SYMBOL_SCORE if ch in _SYMBOLS else _WRONG
    return score


def guess_single_byte(data: bytes) -> str:
    """cp1251, koi8-r, cp1250, cp1252, ISO 8859-2 or cp866 for bytes that are not UTF-8.

    Every byte is *some* character in each of these code pages, so each candidate decodes
    the sample and the text it gives is weighed (``_plausibility``): the letters of the
    code page's languages by how often they occur, everything a real text does not hold
    (controls, box drawing, letters of other alphabets, "пРАЙС" capitals inside a word)
    against. The decoding whose text is most like language wins; it does not depend on
    where the sample ends (a single-byte decoding has no characters to cut).
    """
    sample = data[:65536]
    if not any(b >= 0x80 for b in sample):
        return "cp1251"
    best, best_score = "cp1251", float("-inf")
    for enc, (letters, mixes_ascii) in _CANDIDATES.items():
        score = _plausibility(sample.decode(enc, errors="replace"), letters, mixes_ascii)
        if score > best_score:
            best, best_score = enc, score
    return best
