"""Text price lists read back cell for cell whatever their encoding, delimiter and size.

The encoding is judged on the head of the file (``HEAD_BYTES``); where that head ends
(inside a two-byte Cyrillic letter or not) must not change the verdict, and neither may
where the delimiter sample ends. Rows are made of real words of each language, mixed
with codes, numbers and Latin brand names, as price lists are.
"""
from __future__ import annotations

import codecs
import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pricesync.ingest.readers import ReadOptions, read_book
from pricesync.ingest.readers.text import detect_delimiter
from pricesync.ingest.sniff import HEAD_BYTES, decodes_as_utf8, guess_single_byte, text_encoding

WORDS = {
    "ru": ("Перфоратор Дрель аккумуляторная Шуруповерт Смартфон Телевизор Чайник электрический "
           "Холодильник Пылесос беспроводной Наушники Клавиатура черный белый серебристый новый "
           "Набор отверток Щётка Утюг Ёмкость Кабель Зарядное устройство Фен Мясорубка Блендер "
           "Кофеварка Шина зимняя летняя Диск Аккумулятор Масло моторное Фильтр воздушный").split(),
    "uk": ("Перфоратор Дриль акумуляторний Шуруповерт Смартфон Телевізор Чайник електричний Пилосос "
           "Навушники чорний білий сріблястий новий Ґудзик Їжак Єнот Праска Фільтр повітряний").split(),
    "pl": ("Wiertarka akumulatorowa Młotowiertarka Szlifierka kątowa Odkurzacz bezprzewodowy Słuchawki "
           "Żelazko Łódź źródło ćwiczenie gęś zamówienie czarny biały Pralka Lodówka Czajnik").split(),
    "cs": ("Vrtačka akumulátorová Příklepová Úhlová bruska Vysavač bezdrátový Sluchátka Žehlička "
           "černý bílý Pračka Lednička Rychlovarná konvice šroubovák ďábel ťukat nůž").split(),
    "de": ("Bohrmaschine Akku Schlagbohrmaschine Winkelschleifer Staubsauger kabellos Kopfhörer "
           "Bügeleisen schwarz weiß Größe Waschmaschine Kühlschrank Wasserkocher Schraubendreher Öl").split(),
}
STOCK_WORD = {"ru": "много", "uk": "багато", "pl": "dużo", "cs": "skladem", "de": "verfügbar"}
BRANDS = ["Bosch", "Makita", "Samsung", "Philips", "DeWALT", "Xiaomi", "Metabo", ""]
HEADERS = {
    "ru": ["Артикул", "Наименование", "Бренд", "Штрихкод", "Цена опт, руб.", "Остаток"],
    "uk": ["Артикул", "Найменування", "Бренд", "Штрихкод", "Ціна опт, грн", "Залишок"],
    "pl": ["Indeks", "Nazwa towaru", "Marka", "EAN", "Cena netto, zł", "Stan"],
    "cs": ["Kód", "Název zboží", "Značka", "EAN", "Cena bez DPH, Kč", "Skladem"],
    "de": ["Artikelnr.", "Bezeichnung", "Marke", "EAN", "Preis netto, €", "Bestand"],
}
# Which encodings a language is written in (besides UTF-8): koi8-r has no Ukrainian
# letters, cp1250 is central Europe's Windows code page (German letters included).
SINGLE_BYTE = {"ru": ["cp1251", "koi8_r"], "uk": ["cp1251"], "pl": ["cp1250"], "cs": ["cp1250"], "de": ["cp1250"]}
ENCODINGS = [(lang, enc) for lang in WORDS for enc in ["utf-8", "utf-8-sig"] + SINGLE_BYTE[lang]]
DELIMITERS = [";", ",", "\t", "|"]


@st.composite
def rows_of(draw, lang: str, min_rows: int = 1, max_rows: int = 40):
    words = WORDS[lang]
    n = draw(st.integers(min_rows, max_rows))
    rows = [HEADERS[lang]]
    for _ in range(n):
        name = " ".join(draw(st.lists(st.sampled_from(words), min_size=1, max_size=6)))
        code = draw(st.from_regex(r"[A-Z]{0,3}-?[0-9]{2,8}", fullmatch=True))
        ean = draw(st.sampled_from(["", "4006381333931", "0012345678905"]))
        price = draw(st.sampled_from(["18 121,30", "990", "1 234,56", "12,5", "2,999.99", "0,99"]))
        stock = draw(st.sampled_from(["", "5", STOCK_WORD[lang], ">10", "0"]))
        rows.append([code, name, draw(st.sampled_from(BRANDS)), ean, price, stock])
    return rows


def _csv_text(rows: list[list[str]], delimiter: str) -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def _encode(text: str, encoding: str) -> bytes:
    return codecs.encode(text, encoding)


def _read_cells(path) -> list[list[str]]:
    book = read_book(path, ReadOptions())
    (sheet,) = book.sheets
    return [[str(v) for v in row] for row in sheet.cells.astype(object).values.tolist()]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), which=st.sampled_from(ENCODINGS), delimiter=st.sampled_from(DELIMITERS))
def test_small_files_read_back_cell_for_cell(tmp_path, data, which, delimiter):
    lang, encoding = which
    rows = data.draw(rows_of(lang))
    path = tmp_path / "price.csv"
    path.write_bytes(_encode(_csv_text(rows, delimiter), encoding))
    assert _read_cells(path) == rows


def _padded_past_head(rows: list[list[str]], delimiter: str, encoding: str, *, mid_char: bool) -> bytes:
    """Rows repeated past HEAD_BYTES, one name padded so that the head ends inside a
    multi-byte character (``mid_char``) or right after one."""
    base = rows[1:] or [["1", "x", "", "", "1", ""]]
    body = [rows[0]] + [list(r) for _ in range(HEAD_BYTES // 40 + 2) for r in base]
    for pad in range(8):
        body[1][1] = base[0][1] + " " + "x" * pad
        raw = _encode(_csv_text(body, delimiter), encoding)
        if len(raw) <= HEAD_BYTES:
            body.extend([list(r) for r in base] * 50)
            continue
        inside = 0x80 <= raw[HEAD_BYTES] <= 0xBF
        if inside == mid_char or encoding not in ("utf-8", "utf-8-sig"):
            return raw
    return raw


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), which=st.sampled_from(ENCODINGS), delimiter=st.sampled_from(DELIMITERS),
       mid_char=st.booleans())
def test_files_larger_than_the_head_read_back_cell_for_cell(tmp_path, data, which, delimiter, mid_char):
    lang, encoding = which
    rows = data.draw(rows_of(lang, max_rows=8))
    raw = _padded_past_head(rows, delimiter, encoding, mid_char=mid_char)
    path = tmp_path / "big.csv"
    path.write_bytes(raw)
    expected = list(csv.reader(io.StringIO(codecs.decode(raw, encoding)), delimiter=delimiter))
    assert _read_cells(path) == expected


@pytest.mark.parametrize("cut", range(0, 4))
def test_head_cut_inside_a_cyrillic_letter_is_still_utf8(cut):
    # The reported case: "Цена опт, руб." rows in UTF-8, the head ending 0..3 bytes into
    # the text after a character boundary (a cut after the first byte of "е" included).
    row = "Артикул;Наименование;Бренд;Штрихкод;Цена опт, руб.;Остаток\r\n".encode()
    data = (row * (HEAD_BYTES // len(row) + 2))
    for size in range(HEAD_BYTES - 8, HEAD_BYTES + 1):
        head = data[:size - cut]
        assert decodes_as_utf8(head), size
        assert text_encoding(head) == "utf-8"


def test_the_five_generated_price_lists_all_read(tmp_path):
    # Five files "made the same way" at sizes around the head: every one is UTF-8.
    header = "Артикул;Наименование;Бренд;Штрихкод;Цена опт, руб.;Остаток\n"
    line = "УТ-{i:06d};Перфоратор аккумуляторный Зубр ЗП-{i};Зубр;4006381333931;18 121,30;много\n"
    for extra in range(5):
        text = header + "".join(line.format(i=i) for i in range(900 + extra))
        path = tmp_path / f"price_{extra}.csv"
        path.write_text(text, encoding="utf-8")
        book = read_book(path, ReadOptions())
        assert book.encoding == "utf-8" and book.delimiter == ";"
        assert book.sheets[0].cells.iloc[0].tolist()[4] == "Цена опт, руб."


@pytest.mark.parametrize("text, encoding", [
    ("Артикул;Наименование;Цена\n1;Дрель ударная;100\n", "cp1251"),
    ("Артикул;Наименование;Цена\n1;Дрель ударная;100\n", "koi8_r"),
    ("АРТИКУЛ;НАИМЕНОВАНИЕ;ЦЕНА\n1;ДРЕЛЬ УДАРНАЯ;100\n", "koi8_r"),
    ("АРТИКУЛ;НАИМЕНОВАНИЕ;ЦЕНА\n1;ДРЕЛЬ УДАРНАЯ;100\n", "cp1251"),
    ("Indeks;Nazwa;Cena\n1;Wiertarka udarowa, zamówienie;100\n", "cp1250"),
    ("Kód;Název;Cena\n1;Vrtačka příklepová;100\n", "cp1250"),
    ("Артикул;Наименование;Цена\n1;Дрель ударная;100\n", "cp866"),
])
def test_single_byte_guess(text, encoding):
    assert codecs.decode(_encode(text, encoding), guess_single_byte(_encode(text, encoding))) == text


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_one_word_repeated_down_a_column_does_not_outvote_the_header(encoding):
    # Read in the other Cyrillic code page, a lowercase word becomes a plausible capitals
    # word ("черный" -> "ВЕПМШИ"), while the header's words come out with capitals inside
    # them. Repeated on every row, the one word must not outweigh the header.
    text = "Артикул;Наименование;Бренд;Штрихкод;Цена опт, руб.;Остаток\r\n" + "00;черный;Bosch;;18 121,30;\r\n" * 3000
    assert guess_single_byte(_encode(text, encoding)) == encoding


@pytest.mark.parametrize("delimiter", DELIMITERS)
def test_delimiter_with_quoted_fields(delimiter):
    rows = [["Код", "Название", "Цена"], ["1", f"Кабель 2{delimiter}5 мм", "12,50"], ["2", "Шнур", "7"]]
    lines = _csv_text(rows, delimiter).splitlines()
    assert detect_delimiter(lines) == delimiter


def test_one_endless_line_does_not_depend_on_the_head(tmp_path):
    # A 10 MB line: the delimiter comes from the part of it that fits in the head.
    path = tmp_path / "long.csv"
    path.write_bytes(("Код;Название;Цена\n1;" + "Дрель " * 2_000_000 + ";100\n").encode("utf-8"))
    book = read_book(path, ReadOptions())
    assert book.encoding == "utf-8" and book.delimiter == ";"
