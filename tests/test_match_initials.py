"""A line written by its initials ("UG" for Goodyear's Ultra Grip, "CC2" for Michelin's CrossClimate 2,
"GF" for Grain Free) is read as the words the catalog writes, when the items carrying those words share
another word with the offer (the maker's name, a line's word) and no other run of the catalog's words has those initials; letters of a
code ("TC-P46G10"), a word of the language ("BOX OF 100") and the catalog's own words ("XL") are kept."""
from __future__ import annotations

import pandas as pd

from pricesync.match import match_offers
from pricesync.match.config import MatchingConfig
from pricesync.match.initials import LineInitials

ITEMS = [(("Goodyear 245/45R18 100T Ultra Grip Ice Arctic (XL)",), "Goodyear"),
         (("Goodyear 205/55R16 91T UltraGrip Performance+",), "Goodyear"),
         (("Michelin CrossClimate 2 205/55 R16 91V",), "Michelin"),
         (("Michelin Energy Saver+ 195/65 R15 91H",), "Michelin"),
         (("Brit Care Cat Grain Free Kitten 2 kg",), "Brit"),
         (("Panasonic VIERA TC-P46G10 46in Plasma TV",), "Panasonic"),
         (("Opoczno Fresh Płytka 30x60 (box)",), "Opoczno")]


def _spell(name: str) -> str:
    return LineInitials(ITEMS, [name]).spell(name)


def test_initials_of_a_run_of_the_catalogs_words_are_those_words():
    assert _spell("ГУД-ЕАР 245/45/18 T 100 UG ICE ARCTIC XL") == "ГУД-ЕАР 245/45/18 T 100 ultra grip ICE ARCTIC XL"
    assert _spell("205/55R16 91V MICHELIN CC2") == "205/55R16 91V MICHELIN cross climate 2"
    assert _spell("BRIT CARE CAT GF KITTEN 2KG") == "BRIT CARE CAT grain free KITTEN 2KG"


def test_letters_that_are_no_initials_stay():
    assert _spell("Michelin EN XM2 195/65 R15") == "Michelin EN XM2 195/65 R15"   # no item shares a word with it
    assert _spell("PANASONIC TC-P46G10 46IN") == "PANASONIC TC-P46G10 46IN"        # a code's letters
    assert _spell("FISCHER SX 8x40 NYLON PLUG (BOX OF 100)") == "FISCHER SX 8x40 NYLON PLUG (BOX OF 100)"
    assert _spell("Nokian 205/55R16 UG XL") == "Nokian 205/55R16 UG XL"             # shares no word but sizes
    assert _spell("MICHELIN CC3 205/55R16") == "MICHELIN CC3 205/55R16"              # "Cross Climate" is the 2
    assert _spell("Grain Free GF Kitten") == "Grain Free GF Kitten"                  # the words are written out


def test_a_line_by_its_initials_matches():
    catalog = pd.DataFrame([("G1", "Goodyear 245/45R18 100T Ultra Grip Ice Arctic (XL)", "Goodyear"),
                            ("G2", "Goodyear 245/45R18 100T Ice Arctic Performance (XL)", "Goodyear"),
                            ("M1", "Michelin CrossClimate 2 205/55 R16 91V", "Michelin"),
                            ("M2", "Michelin Primacy 4 205/55 R16 91V", "Michelin")], columns=["sku", "name", "brand"])
    names = ["ГУД-ЕАР 245/45/18 T 100 UG ICE ARCTIC XL", "205/55R16 91V MICHELIN CC2"]
    offers = pd.DataFrame({"supplier": ["s"] * 2, "supplier_sku": ["1", "2"], "name": names, "brand": ["", ""]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert [(s, st) for s, st in zip(got["catalog_sku"], got["match_status"])] == [("G1", "auto"), ("M1", "auto")], \
        got["match_reason"].tolist()


def test_initials_with_a_number_the_catalog_writes_itself_stay():
    items = ITEMS + [(("Bridgestone Ice Cruiser 7000 195/65 R15",), "Bridgestone"),
                     (("Bridgestone IC7000 205/55 R16",), "Bridgestone")]
    assert LineInitials(items, ["BRIDGESTONE IC7000 195/65"]).spell("BRIDGESTONE IC7000 195/65") == \
        "BRIDGESTONE IC7000 195/65"
    assert LineInitials(items[:-1], ["BRIDGESTONE IC7000 195/65"]).spell("BRIDGESTONE IC7000 195/65") == \
        "BRIDGESTONE ice cruiser 7000 195/65"
