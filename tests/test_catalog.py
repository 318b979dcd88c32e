"""The shop's catalog export: columns by header, codes as text, alternative names and codes."""
from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pytest

from conftest import shared_data
from pricesync.catalog import code_columns, load_catalog, name_columns
from pricesync.errors import InputError

# The shape of a manufacturer's export (the Prosept catalog): ';', an unnamed index column,
# EAN and marketplace ids as floats, names glued, alternative marketplace names.
PROSEPT_LIKE = (
    ";id;article;ean_13;name;cost;recommended_price;ozon_name;name_1c;wb_name;ozon_article;wb_article;ym_article\n"
    "0;245;008-1;4680008140234.0;Антисептик невымываемыйPROSEPT ULTRAконцентрат 1:10  / 1 л;360.0;858.0;"
    "Антисептик PROSEPT ULTRA, 1 л.;Антисептик ULTRA 1 л;Антисептик PROSEPT ULTRA 1 л;189522705.0;150033482.0;008-1\n"
    "1;3;242-12;;Антигололед - 32 PROSEPTготовый состав / 12 кг;460.16;1075.0;;;;;;\n"
    "2;503;М034-2;;;10;20;Набор Краска для OSB плит, 2 шт;;;577614089.0;;\n"
    "3;504;;;;10;20;;;;;;\n"
    "4;3;242-12;;Антигололед повтор / 12 кг;460.16;1075.0;;;;;;\n"
)


@pytest.fixture
def prosept_like(tmp_path):
    path = tmp_path / "catalog.csv"
    path.write_text(PROSEPT_LIKE, encoding="utf-8")
    return path


def test_columns_by_header_and_codes_as_text(prosept_like):
    catalog, rejects = load_catalog(prosept_like)
    first = catalog.iloc[0]
    assert first["sku"] == "245"                     # "id" is the SKU, "article" stays a code
    assert first["ean"] == "4680008140234"           # float spelling of an EAN fixed
    assert first["price"] == Decimal("858.0")        # recommended_price
    assert first["ozon_article"] == "189522705"      # code columns lose ".0"
    assert first["article"] == "008-1"


def test_alternative_names_and_codes_are_detected(prosept_like):
    catalog, _ = load_catalog(prosept_like)
    assert name_columns(catalog) == ["ozon_name", "name_1c", "wb_name"]
    # Marketplace ids (9-digit numbers) are another system's ids, not product codes.
    assert code_columns(catalog) == ["article", "ym_article"]


def test_configured_columns_win_over_detection(prosept_like):
    catalog, _ = load_catalog(prosept_like, name_cols=["wb_name"], code_cols=["ozon_article"])
    assert name_columns(catalog, ["wb_name"]) == ["wb_name"]
    assert code_columns(catalog, ["ozon_article"]) == ["ozon_article"]


def test_rows_without_sku_or_name_and_repeated_skus_are_rejected_with_reasons(prosept_like):
    catalog, rejects = load_catalog(prosept_like)
    # Row 4 (sku 503) has no name but a marketplace name: it keeps that one.
    assert catalog.set_index("sku").loc["503", "name"] == "Набор Краска для OSB плит, 2 шт"
    reasons = dict(zip(rejects["source_row"], rejects["reason"]))
    assert reasons == {5: "empty name", 6: "duplicate sku (first row kept)"}
    assert list(catalog["sku"]) == ["245", "3", "503"]


def test_catalog_without_a_name_column_is_a_clear_error(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("sku,price\n1,10\n", encoding="utf-8")
    with pytest.raises(InputError, match="catalog lacks column\\(s\\) name"):
        load_catalog(path)


def test_xlsx_catalog_keeps_leading_zeros(tmp_path):
    path = tmp_path / "c.xlsx"
    pd.DataFrame({"Артикул": ["007", "010"], "Наименование": ["Чайник Philips HD9350/90", "Дрель Makita DF333DWYE"],
                  "Штрихкод": ["0050036380287", ""], "Цена": ["1990", "5490"]}).to_excel(path, index=False)
    catalog, rejects = load_catalog(path)
    assert list(catalog["sku"]) == ["007", "010"] and catalog.loc[0, "ean"] == "0050036380287"
    assert rejects.empty


def test_shared_prosept_catalog_columns():
    catalog, rejects = load_catalog(shared_data("matching", "prosept", "catalog.csv"))
    assert name_columns(catalog) == ["ozon_name", "name_1c", "wb_name"]
    assert {"article", "ym_article"} <= set(code_columns(catalog))
    assert not {"ozon_article", "wb_article"} & set(code_columns(catalog))
    assert len(catalog) > 450 and set(rejects["reason"]) == {"empty name"}
