"""A car maker's part numbers in an offer's own columns: a number of the item's series that is
another number ("87139-YZZ08" beside the item's "87139-50100") is another part, whatever letters
it has where the item's has digits; and an aftermarket maker's part listed by the car maker's
number ("... для Toyota Camry (87139-50100) DENSO") is that maker's copy, not the original the
catalog sells, even though its title says the car maker's name - as what it fits."""
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


def test_another_number_of_the_items_series_is_another_part():
    got = _match([{"name": "ФИЛЬТР САЛОНА", "brand": "TOYOTA", "mpn": "87139YZZ08"},
                  {"name": "ФИЛЬТР САЛОНА", "brand": "TOYOTA", "mpn": "87139-50100"},
                  {"name": "ФИЛЬТР САЛОНА", "brand": "TOYOTA", "mpn": "8713950100T"}])
    assert got.loc[0, "match_status"] != "auto" and "87139YZZ08" in got.loc[0, "match_reason"]
    assert (got.loc[1, "match_status"], got.loc[1, "catalog_sku"]) == ("auto", "CF")
    # the item's number with an ending (a market's letter) is no other number of the series
    assert (got.loc[2, "match_status"], got.loc[2, "catalog_sku"]) == ("auto", "CF"), got.loc[2, "match_reason"]


def test_a_part_for_the_items_maker_under_another_brand_is_that_makers_copy():
    # (not the charcoal one, "угольный": a variant of its own that would hold it first)
    got = _match([{"name": "Фильтр салонный для Toyota Camry RAV4 (87139-50100) DENSO DCC-1009",
                   "brand": "DENSO", "mpn": "DCC-1009"},
                  {"name": "Фильтр салонный Toyota Camry RAV4 (87139-50100)", "brand": "TOYOTA", "mpn": ""},
                  {"name": "Фильтр салонный Toyota (87139-50100) оригинал", "brand": "Toyota Motor", "mpn": ""}])
    assert got.loc[0, "match_status"] != "auto" and "brand DENSO vs toyota" in got.loc[0, "match_reason"]
    assert [(got.loc[r, "match_status"], got.loc[r, "catalog_sku"]) for r in (1, 2)] == [("auto", "CF")] * 2
