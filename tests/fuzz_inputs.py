"""Hostile and damaged supplier files for tests/test_fuzz_ingest.py and bench/bench_fuzz.py.

Every maker takes a ``random.Random`` (or none) and returns ``(file name, bytes)``: byte
flips and truncations of the sample lists, zip entries whose declared sizes, sheet
dimension or shared-string count are inflated, CRC-tampered members, deep XML nesting,
huge HTML spans, extreme prices, empty and binary files.
"""
from __future__ import annotations

import io
import random
import re
import struct
import zipfile
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PRICES = REPO / "samples" / "prices"
SAMPLES = sorted(p for p in PRICES.iterdir() if p.is_file())
XLSX = [p for p in SAMPLES if p.suffix == ".xlsx"]


def sample(rng: random.Random) -> Path:
    return rng.choice(SAMPLES)


def byte_flips(rng: random.Random) -> tuple[str, bytes]:
    src = sample(rng)
    data = bytearray(src.read_bytes())
    for _ in range(rng.choice([1, 2, 5, 20, 100])):
        i = rng.randrange(len(data))
        data[i] = rng.randrange(256)
    return src.name, bytes(data)


def truncation(rng: random.Random) -> tuple[str, bytes]:
    src = sample(rng)
    data = src.read_bytes()
    return src.name, data[: rng.randrange(1, len(data))]


def _rezip(src: bytes, change) -> bytes:
    """The same zip with each member's bytes through ``change(name, data) -> data``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(src)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, change(info.filename, zin.read(info.filename)))
    return out.getvalue()


def inflated_unique_count(rng: random.Random) -> tuple[str, bytes]:
    src = rng.choice(XLSX)
    count = rng.choice([b"4294967295", b"2147483647", b"999999999"])
    return src.name, _rezip(src.read_bytes(), lambda n, d: re.sub(
        rb'(uniqueCount|count)="\d+"', rb'\1="' + count + b'"', d) if n == "xl/sharedStrings.xml" else d)


def far_cell(rng: random.Random, ref: str | None = None) -> tuple[str, bytes]:
    """A tiny workbook with one cell far away (its dimension claims the range up to it)."""
    ref = ref or rng.choice(["XFD1048576", "AZ100", "AB2000000", "ZZ900000"])
    sheet = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
             b'spreadsheetml/2006/main"><dimension ref="A1:' + ref.encode() + b'"/><sheetData>'
             b'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
             b'<row r="' + re.sub(r"[A-Z]", "", ref).encode() + b'"><c r="' + ref.encode()
             + b'"><v>1</v></c></row></sheetData></worksheet>')
    return "far.xlsx", minimal_xlsx(sheet)


def minimal_xlsx(sheet_xml: bytes, shared: bytes | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument'
                   '.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
                   '"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
                   'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                   'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", shared)
    return out.getvalue()


def shared_strings_bomb(rng: random.Random) -> tuple[str, bytes]:
    """Shared strings that inflate to gigabytes from a few MB (a highly compressible string)."""
    size = rng.choice([300, 1200]) << 20
    head = b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>'
    tail = b"</t></si></sst>"
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = comp.compress(head)
    chunk = b"A" * (1 << 20)
    for _ in range(size >> 20):
        body += comp.compress(chunk)
    body += comp.compress(tail) + comp.flush()
    sheet = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             b'<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>')
    base = minimal_xlsx(sheet, shared=b"placeholder")
    return "bomb.xlsx", _replace_member(base, "xl/sharedStrings.xml", body, len(head) + size + len(tail),
                                        zlib.crc32(b""))  # CRC irrelevant: the size check refuses it first


def _replace_member(zdata: bytes, name: str, raw_deflate: bytes, usize: int, crc: int) -> bytes:
    """Rewrite a zip with one member's compressed bytes, size and CRC given as they are."""
    src = zipfile.ZipFile(io.BytesIO(zdata))
    out = io.BytesIO()
    central = []
    for info in src.infolist():
        if info.filename == name:
            comp, size, c = raw_deflate, usize, crc
        else:
            with src.open(info) as fh:
                plain = fh.read()
            co = zlib.compressobj(6, zlib.DEFLATED, -15)
            comp = co.compress(plain) + co.flush()
            size, c = len(plain), zlib.crc32(plain)
        fname = info.filename.encode()
        offset = out.tell()
        out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, c, len(comp), size, len(fname), 0))
        out.write(fname)
        out.write(comp)
        central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, c, len(comp), size,
                                   len(fname), 0, 0, 0, 0, 0, offset) + fname)
    start = out.tell()
    for entry in central:
        out.write(entry)
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), out.tell() - start, start, 0))
    return out.getvalue()


def crc_tampered(rng: random.Random) -> tuple[str, bytes]:
    """A changed character inside a member (a model code), its CRC left as it was: the zip's
    checksum no longer matches."""
    src = rng.choice(XLSX)
    zin = zipfile.ZipFile(io.BytesIO(src.read_bytes()))
    names = [n for n in zin.namelist() if n.endswith(".xml")]
    target = "xl/sharedStrings.xml" if "xl/sharedStrings.xml" in names else rng.choice(names)
    plain = zin.read(target)
    crc = zlib.crc32(plain)
    digits = [m.start() for m in re.finditer(rb"[0-9]", plain)]
    i = rng.choice(digits) if digits else len(plain) // 2
    tampered = plain[:i] + bytes([(plain[i] - 48 + 1) % 10 + 48 if plain[i:i + 1].isdigit() else 65]) + plain[i + 1:]
    co = zlib.compressobj(6, zlib.DEFLATED, -15)
    return src.name, _replace_member(src.read_bytes(), target, co.compress(tampered) + co.flush(), len(tampered), crc)


def deep_yml(rng: random.Random) -> tuple[str, bytes]:
    """A YML feed whose categories form one chain thousands deep."""
    depth = rng.choice([2000, 20000])
    parent = ' parentId="{}"'.format
    cats = "".join(f'<category id="{i}"{parent(i - 1) if i else ""}>Cat {i}</category>' for i in range(depth))
    return "deep.xml", (f'<?xml version="1.0" encoding="UTF-8"?><yml_catalog date="2026-11-20"><shop><currencies>'
                        f'<currency id="RUB" rate="1"/></currencies><categories>{cats}</categories><offers>'
                        f'<offer id="1" available="true"><name>Phone</name><price>100</price><currencyId>RUB'
                        f'</currencyId><categoryId>{depth - 1}</categoryId></offer></offers></shop></yml_catalog>'
                        ).encode()


def deep_nesting(rng: random.Random) -> tuple[str, bytes]:
    """XML elements nested thousands deep (a feed and an HTML page)."""
    depth = rng.choice([5000, 50000])
    if rng.random() < 0.5:
        return "nest.xml", (b'<?xml version="1.0"?><yml_catalog><shop>' + b"<a>" * depth + b"x" + b"</a>" * depth
                            + b"</shop></yml_catalog>")
    return "nest.xls", b"<html><body><table><tr><td>" + b"<div>" * depth + b"1" + b"</div>" * depth + b"</td></tr></table></body></html>"


def huge_spans(rng: random.Random) -> tuple[str, bytes]:
    """An HTML table (saved as .xls) whose colspan/rowspan claim millions of cells."""
    span = rng.choice(["1000", "65534", "100000000"])
    rows = "".join(f'<tr><td colspan="{span}" rowspan="{span}">Group {i}</td><td>Item {i}</td><td>{i}00</td></tr>'
                   for i in range(rng.choice([5, 200])))
    return "spans.xls", f"<html><body><table><tr><th>Name</th><th>Code</th><th>Price</th></tr>{rows}</table></body></html>".encode()


def huge_price(rng: random.Random) -> tuple[str, bytes]:
    digits = "9" * rng.choice([27, 28, 40, 400])
    return "bigprice.csv", ("Код;Наименование;Цена;Остаток\n1001;Дрель Makita DF333;1200,50;5\n"
                            f"1002;Смартфон Samsung A54;{digits};3\n1003;Наушники Sony;{rng.choice(['1e999', '-' + digits, digits + ',5'])};2\n").encode()


def empty_or_binary(rng: random.Random) -> tuple[str, bytes]:
    return rng.choice([("empty.xlsx", b""), ("empty.csv", b""), ("bin.xls", bytes(rng.randrange(256) for _ in range(4096))),
                       ("bin.csv", b"\x00\x01\x02\x03" * 1000), ("fake.xlsx", b"PK\x03\x04" + bytes(200))])


MAKERS = {
    "byte_flips": byte_flips, "truncation": truncation, "inflated_unique_count": inflated_unique_count,
    "far_cell": far_cell, "crc_tampered": crc_tampered, "deep_yml": deep_yml, "deep_nesting": deep_nesting,
    "huge_spans": huge_spans, "huge_price": huge_price, "empty_or_binary": empty_or_binary,
}
HEAVY = {"shared_strings_bomb": shared_strings_bomb}


# -- what the driver's results say --------------------------------------------------------

OUTCOMES = ["cases", "tracebacks", "native aborts", "hangs", "memory blow-ups", "output from broken input",
            "other exit codes", "stray stderr lines"]
_LINE_OK = ("warning: ", "held: ", "error: ", "ingest", "┏", "┃", "┡", "│", "└", "  … ")


def judge(row: dict) -> list[str]:
    """The outcomes (other than "cases") one finished case counts in."""
    found = []
    err = row.get("stderr", "")
    code = row.get("code")
    if "Traceback" in err or "panicked at" in err or "RUST_BACKTRACE" in err or str(code).startswith("escaped"):
        found.append("tracebacks")
    if code == "hang":
        found.append("hangs")
    if code == "memory" or "memory allocation of" in err:
        found.append("memory blow-ups")
    if code not in (0, 1, 3, "hang", "memory") and not str(code).startswith("escaped"):
        found.append("other exit codes")
    if row.get("output") and (row.get("kind") == "crc_tampered" or "every file was held" in err or code == 1):
        found.append("output from broken input")
    stray = [line for line in err.splitlines() if line.strip() and not line.startswith(_LINE_OK)
             and not line[:1].isdigit()]
    if stray:
        found.append("stray stderr lines")
    return found


def summarize(lines: list[dict]) -> tuple[dict[str, int], list[dict]]:
    """(count per outcome, the cases that count in any outcome but "cases")."""
    counts = dict.fromkeys(OUTCOMES, 0)
    bad = []
    started = {r["case"]: r for r in lines if r.get("started")}
    done = {r["case"]: r for r in lines if r.get("done")}
    for case, row in started.items():
        if case not in done:
            counts["cases"] += 1
            counts["native aborts"] += 1
            bad.append(dict(row, outcomes=["native aborts"]))
    for row in done.values():
        counts["cases"] += 1
        found = judge(row)
        for outcome in found:
            counts[outcome] += 1
        if found:
            bad.append(dict(row, outcomes=found))
    return counts, bad
