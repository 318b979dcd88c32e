"""The read boundary must not hold ordinary workbooks: declared sizes that real files have."""
from __future__ import annotations

from tests.test_ingest_support import ingest, write_xlsx


def test_repeated_shared_strings_are_not_a_hostile_declaration(tmp_path):
    # 6,000 rows reuse three strings: the shared-strings part is tiny while its `count`
    # (how often cells use them) is far above what its size could hold as distinct strings.
    rows = [["Наименование", "Вариант", "Цена"]]
    rows += [["Модель F208 L/R", "мдф" if i % 2 else "зеркало", 1000 + i] for i in range(6000)]
    path = write_xlsx(tmp_path / "repeated.xlsx", rows)
    result = ingest(path)
    assert not result.held_suppliers
    assert len(result.offers) == 6000
