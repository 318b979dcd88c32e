"""A car maker's part number in the name of an aftermarket maker's offer ("... для Toyota Camry
(87139-50100) DENSO", brand DENSO, its own number DCC-1009 in the part number column) is that maker's
copy, not the original the catalog sells, even though its title says the car maker's name."""
from __future__ import annotations

import pandas as pd

from pricesync.match import match_offers
from pricesync.match.config import MatchingConfig

CATALOG = pd.DataFrame({
    "sku": ["CF", "OF", "PF"],
    "name": ["Фильтр салонный TOYOTA 87139-50100", "Фильтр масляный TOYOTA 04152-YZZA6",
             "Колодки тормозные передние TOYOTA 04465-33471"],
    "brand": ["TOYOTA", "TOYOTA", "TOYOTA"]})


def _match(rows: list[dict]) -> pd.DataFrame:
    offers = pd.DataFrame([{"supplier": f"s{i}", "supplier_sku": str(i), "brand": "", "mpn": "", **row}
                           for i, row in enumerate(rows)])
    return match_offers(offers, CATALOG, config=MatchingConfig(scorer="rules"))


def test_a_part_for_the_items_maker_under_another_brand_is_that_makers_copy():
    # (not the charcoal one, "угольный": a variant of its own that would hold it first)
    got = _match([{"name": "Фильтр салонный для Toyota Camry RAV4 (87139-50100) DENSO DCC-1009",
                   "brand": "DENSO", "mpn": "DCC-1009"},
                  {"name": "Фильтр салонный Toyota Camry RAV4 (87139-50100)", "brand": "TOYOTA", "mpn": ""},
                  {"name": "Фильтр салонный Toyota (87139-50100) оригинал", "brand": "Toyota Motor", "mpn": ""}])
    assert got.loc[0, "match_status"] != "auto" and "brand DENSO vs toyota" in got.loc[0, "match_reason"]
    assert [(got.loc[r, "match_status"], got.loc[r, "catalog_sku"]) for r in (1, 2)] == [("auto", "CF")] * 2
