"""A UTF-16 CSV (Excel's "Unicode text") with a row appended in UTF-8 by another tool: that
row used to vanish without a reject (its bytes read as CJK-looking characters, its line
break swallowed). Now the file is held with one line naming the line."""
from __future__ import annotations

import pytest

from tests.test_ingest_support import ingest

HEAD = "Артикул;Наименование;Цена\r\nA-1;Дрель Makita;1250,00\r\n"


@pytest.mark.parametrize("utf8_row", ["A-2;Шуруповёрт Bosch;990,00\r\n", "A-22;Пил;200\r\n"])
def test_a_utf8_row_in_a_utf16_file_holds_it(tmp_path, utf8_row):
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"\xff\xfe" + HEAD.encode("utf-16-le") + utf8_row.encode("utf-8")
                     + "A-3;Перфоратор DeWalt;5 000,00\r\n".encode("utf-16-le"))
    result = ingest(path)
    assert len(result.offers) == 0
    reasons = " ".join(result.rejects["reason"].tolist())
    assert "held" in reasons and ("mixes UTF-16" in reasons or "not valid utf-16" in reasons), reasons


def test_a_clean_utf16_file_with_cjk_text_is_read(tmp_path):
    path = tmp_path / "clean.csv"
    path.write_bytes(b"\xff\xfe" + (HEAD + "B-1;电动工具 主;200\r\nC-1;Пила;300\r\n").encode("utf-16-le"))
    result = ingest(path)
    assert result.offers["supplier_sku"].tolist() == ["A-1", "B-1", "C-1"]
