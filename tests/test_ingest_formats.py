"""Formats by content, odd but valid files, and bad input: one readable error naming the
file, within seconds."""
from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from pricesync.errors import InputError
from pricesync.ingest.readers import ReadOptions, read_book
from pricesync.ingest.readers.excel import read_workbook
from pricesync.ingest.sniff import guess_single_byte, sniff
from tests.conftest import SAMPLES
from tests.test_ingest_support import HEADER, ingest, records, write_csv, write_html, write_xls, write_xlsx

ROWS = [["Прайс-лист ООО \"Ромашка\" на 20.11.2026", "", "", "", ""], HEADER,
        ["2193312", "Смартфон Samsung Galaxy A12 4/64GB", "Samsung", "9 561,30", "много"],
        ["009712", "Дрель-шуруповерт Makita DF333DWYE", "Makita", "8 901,90", "нет"]]
EXPECTED = [("2193312", "9561.30", 50), ("009712", "8901.90", 0)]


def _summary(result):
    return [(r["supplier_sku"], r["cost"], r["stock"]) for r in records(result)]


@pytest.mark.parametrize("encoding, delimiter, name", [
    ("utf-8", ";", "p.csv"), ("utf-8-sig", ",", "p.csv"), ("cp1251", ";", "p.csv"), ("utf-16", "\t", "p.txt"),
    ("utf-16-le", "\t", "p.tsv"), ("koi8_r", ";", "p.csv"), ("utf-8", "|", "p.txt"), ("cp1251", ";", "price.xlsx"),
])
def test_delimited_text_in_every_encoding(tmp_path, encoding, delimiter, name):
    path = write_csv(tmp_path / name, ROWS, encoding=encoding, delimiter=delimiter)
    book = read_book(path)
    assert book.kind == "text" and book.delimiter == delimiter
    assert _summary(ingest(path)) == EXPECTED


@pytest.mark.parametrize("writer, name, kind", [
    (write_xlsx, "p.xlsx", "xlsx"), (write_xls, "p.xls", "xls"), (write_html, "p.xls", "html"),
    (write_html, "p.htm", "html"),
])
def test_workbook_formats_by_content(tmp_path, writer, name, kind):
    path = writer(tmp_path / name, ROWS)
    assert sniff(path) == kind
    assert _summary(ingest(path)) == EXPECTED


def test_ods_through_calamine(tmp_path):
    path = tmp_path / "p.ods"
    cells = "".join("<table:table-row>" + "".join(
        f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>' for v in row)
        + "</table:table-row>" for row in ROWS)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="Прайс">{cells}</table:table>'
               '</office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content)
        zf.writestr("META-INF/manifest.xml", manifest)
    assert sniff(path) == "ods"
    assert _summary(ingest(path)) == EXPECTED


@pytest.mark.parametrize("sample", sorted(p.name for p in (SAMPLES / "prices").glob("*.xlsx")))
def test_fast_xlsx_reader_equals_python_calamine(sample):
    """The Arrow reader and python-calamine give the same sheets and the same offers."""
    from pricesync.ingest.detect import detect_layout
    from pricesync.ingest.offers import build_offers

    path = SAMPLES / "prices" / sample
    fast, exact = read_book(path), read_workbook(path, ReadOptions())
    assert [s.name for s in fast.sheets] == [s.name for s in exact.sheets]
    for a, b in zip(fast.sheets, exact.sheets):
        assert (a.first_row, a.first_col, sorted(a.merged)) == (b.first_row, b.first_col, sorted(b.merged))
        la, _ = detect_layout(a)
        lb, _ = detect_layout(b)
        assert (la is None) == (lb is None)
        if la is None:
            continue
        oa = build_offers(a, la, supplier="s", source_file="f").offers
        ob = build_offers(b, lb, supplier="s", source_file="f").offers
        assert oa.astype(str).values.tolist() != [] and len(oa) == len(ob)
        for col in oa.columns:
            assert oa[col].tolist() == ob[col].tolist(), col


def test_xlsx_starting_away_from_a1_and_three_decimal_numbers(tmp_path):
    rows = [HEADER, ["1", "Смартфон Samsung Galaxy A12", "Samsung", 459.186, 5]]
    path = write_xlsx(tmp_path / "p.xlsx", rows, start=(3, 2))
    result = ingest(path)
    # 459.186 as a number is 459.186 (as text it would be 459 186): read with cell types kept.
    assert [(r["cost"], r["source_row"]) for r in records(result)] == [("459.186", 5)]


def _zip_bytes(tmp_path: Path) -> bytes:
    return write_xlsx(tmp_path / "src.xlsx", ROWS).read_bytes()


BOMB = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
        + ']><yml_catalog><shop><offers><offer id="1"><name>&lol9;</name><price>1</price></offer></offers>'
          '</shop></yml_catalog>')
EXTERNAL = ('<?xml version="1.0"?><!DOCTYPE yml_catalog [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            '<yml_catalog><shop><offers><offer id="1"><name>&xxe;</name><price>1</price></offer></offers>'
            '</shop></yml_catalog>')

BAD_INPUT = [
    ("garbage.xlsx", lambda tmp: bytes(range(256)) * 40, "binary data"),
    ("truncated.xlsx", lambda tmp: _zip_bytes(tmp)[:3000], "damaged or truncated zip"),
    ("empty.xlsx", lambda tmp: b"", "empty"),
    ("blank.csv", lambda tmp: b"  \r\n\r\n  ", "empty"),
    ("nul.csv", lambda tmp: b"\xd0\x9a\xd0\xbe\xd0\xb4;x\n" + b"\x00" * 64 + b"\n", "NUL"),
    ("price.pdf", lambda tmp: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    ("price.xlsx.gz", lambda tmp: b"\x1f\x8b\x08\x00" + b"\x00" * 32, "gzip"),
    ("bomb.xml", lambda tmp: BOMB.encode(), "declares entities"),
    ("xxe.xml", lambda tmp: EXTERNAL.encode(), "declares entities"),
    ("broken.xml", lambda tmp: b'<?xml version="1.0"?><yml_catalog><shop><offers><offer id="1">', "not well-formed"),
    ("other.xml", lambda tmp: b'<?xml version="1.0"?><rss><channel/></rss>', "not a YML catalog"),
    ("word.xlsx", lambda tmp: _docx(), "Word document"),
    ("notable.csv", lambda tmp: "Уважаемые партнёры!\nПрайс пришлём завтра.\n".encode(), "no price table"),
]


def _docx() -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


@pytest.mark.parametrize("name, content, message", BAD_INPUT, ids=[b[0] for b in BAD_INPUT])
def test_bad_input_is_held_with_one_readable_line(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content(tmp_path))
    start = time.perf_counter()
    result = ingest(path)
    assert time.perf_counter() - start < 5
    assert len(result.offers) == 0 and result.exit_code == 3
    (text,) = result.held
    assert name in text and message in text and "\n" not in text


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match=r"nothing\.xlsx: file not found$"):
        ingest(tmp_path / "nothing.xlsx")


def test_header_only_file_is_held_not_empty(tmp_path):
    result = ingest(write_csv(tmp_path / "p.csv", [HEADER]))
    assert len(result.offers) == 0 and result.exit_code == 3
    assert len(result.held) == 1 and "no product rows" in result.held[0] and "p.csv" in result.held[0]


@pytest.mark.parametrize("text, expected", [
    ("Прайс-лист на 20.11.2026; Цена; Наличие; под заказ", "cp1251"),
    ("Ціна, грн; в наявності; немає; закінчується", "cp1251"),
    ("Cennik hurtowy; Cena netto; dostępny; na zamówienie; Łódź", "cp1250"),
])
def test_single_byte_encodings_are_not_mistaken_for_latin1(text, expected):
    assert guess_single_byte(text.encode(expected)) == expected


def test_csv_with_a_multiline_field_keeps_line_numbers(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text('Код;Наименование;Цена\n1;"Дрель Makita\nDF333DWYE";100\n2;Дрель Makita DF333DWAE;120\n',
                    encoding="utf-8")
    assert [(r["supplier_sku"], r["source_row"]) for r in records(ingest(path))] == [("1", 2), ("2", 4)]


def test_ascii_head_then_cp1251(tmp_path):
    path = tmp_path / "p.csv"
    path.write_bytes(("Kod;Name;Price\n" + "1;Drill Makita DF333DWYE;100\n" * 4000).encode()
                     + "2;Перфоратор Bosch GBH 2-26;200\n".encode("cp1251"))
    assert read_book(path).encoding == "cp1251"
    assert records(ingest(path))[-1]["name"] == "Перфоратор Bosch GBH 2-26"


def test_utf8_then_cp1251_is_refused(tmp_path):
    path = tmp_path / "p.csv"
    path.write_bytes(("Код;Наименование;Цена\n" + "1;Дрель Makita;100\n" * 4000).encode()
                     + "2;Перфоратор;200\n".encode("cp1251"))
    (held,) = ingest(path).held
    assert "p.csv" in held and "mixes UTF-8 with another encoding" in held
