"""Marketplace titles (samples/matching/domains_dev14): a volume written out in German or English
('5 Liter', '1 litre') is the volume, and a count leading the title ('2x', '4x', '2 x') is a pair or a
set, not the single item - wherever the brand column puts the brand."""
from __future__ import annotations

import pandas as pd

from pricesync.match import match_offers
from pricesync.match.candidates.catalog_index import with_brand
from pricesync.match.config import MatchingConfig
from pricesync.match.reading.units import canonical_units


def _match(catalog: list[tuple[str, str, str]], offers: list[tuple[str, str]]) -> pd.DataFrame:
    cat = pd.DataFrame({"sku": [s for s, _, _ in catalog], "name": [n for _, n, _ in catalog],
                        "brand": [b for _, _, b in catalog]})
    off = pd.DataFrame({"supplier": ["s"] * len(offers), "supplier_sku": [str(i) for i in range(len(offers))],
                        "name": [n for n, _ in offers], "brand": [b for _, b in offers]})
    return match_offers(off, cat, config=MatchingConfig(scorer="rules"))


def test_a_litre_written_out_is_the_volume():
    assert canonical_units("motoröl 5 liter").split() == canonical_units("motoröl 5 l").split()
    assert canonical_units("engine oil 1 litre").split() == canonical_units("engine oil 1 l").split()
    assert canonical_units("2 liters").split() == canonical_units("2 л").split()
    catalog = [("O5", "Motoröl CASTROL EDGE 5W-30 LL 5 Liter", "CASTROL"),
               ("O1", "Motoröl CASTROL EDGE 5W-30 LL 1 Liter", "CASTROL")]
    got = _match(catalog, [("Castrol EDGE 5W-30 LL Motoröl 4 Liter", "CASTROL"),
                           ("Castrol EDGE 5W-30 LL Motoröl 5L", "CASTROL")])
    assert got.loc[0, "match_status"] != "auto" and "volume 4000ml" in got.loc[0, "match_reason"]
    assert (got.loc[1, "catalog_sku"], got.loc[1, "match_status"]) == ("O5", "auto")


def test_a_count_leading_a_title_is_a_pack():
    assert with_brand("2x Ölfilter HU 719/7 x", "MANN-FILTER") == "2x MANN-FILTER Ölfilter HU 719/7 x"
    assert with_brand("Ölfilter HU 719/7 x", "MANN-FILTER") == "MANN-FILTER Ölfilter HU 719/7 x"
    assert canonical_units("2 x continental premiumcontact 6").split()[0] == "2pcs"
    assert "pcs" not in canonical_units("castrol 4x4 oil")
    assert canonical_units("2x5ah kit").split() == ["5ah", "2pcs", "kit"]  # two batteries of a kit, as "12 x 85g"
    catalog = [("F1", "Ölfilter MANN-FILTER HU 719/7 x", "MANN-FILTER"),
               ("T1", "Continental PremiumContact 6 225/50 R17 98Y XL летняя", "Continental")]
    got = _match(catalog, [("2x MANN Ölfilter HU 719/7 x passend für VW Golf Audi", "MANN-FILTER"),
                           ("4x Sommerreifen Continental PremiumContact 6 225/50 R17 98Y XL", "Continental"),
                           ("MANN-FILTER HU 719/7 x Ölfilter für VW Golf 5 6 Audi A3", "MANN-FILTER"),
                           ("1x Sommerreifen Continental PremiumContact 6 225/50 R17 98Y XL", "Continental")])
    assert got.loc[0, "match_status"] != "auto" and "2pcs" in got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto" and "4pcs" in got.loc[1, "match_reason"]
    assert (got.loc[2, "catalog_sku"], got.loc[2, "match_status"]) == ("F1", "auto")
    assert (got.loc[3, "catalog_sku"], got.loc[3, "match_status"]) == ("T1", "auto")
