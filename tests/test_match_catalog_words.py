"""A line written by its initials ("UG" for Goodyear's Ultra Grip, "CC2" for Michelin's CrossClimate 2,
"GF" for Grain Free) is read as the words the catalog writes, when the items carrying those words share
another word with the offer (the maker's name, a line's word) and no other run of the catalog's words has those initials; letters of a
code ("TC-P46G10"), a word of the language ("BOX OF 100") and the catalog's own words ("XL") are kept.
A line's letters and number written apart ("HAKKA C 2") are the catalog's word ("Hakka C2") when it
never writes them apart and a name writing it shares another word with the offer."""
from __future__ import annotations

import pandas as pd

from pricesync.match import match_offers
from pricesync.match.config import MatchingConfig
from pricesync.match.candidates.catalog_index import with_brand
from pricesync.match.reading.catalog_words import GluedWords, LineInitials

ITEMS = [(("Goodyear 245/45R18 100T Ultra Grip Ice Arctic (XL)",), "Goodyear"),
         (("Goodyear 205/55R16 91T UltraGrip Performance+",), "Goodyear"),
         (("Michelin CrossClimate 2 205/55 R16 91V",), "Michelin"),
         (("Michelin Energy Saver+ 195/65 R15 91H",), "Michelin"),
         (("Brit Care Cat Grain Free Kitten 2 kg",), "Brit"),
         (("Panasonic VIERA TC-P46G10 46in Plasma TV",), "Panasonic"),
         (("Opoczno Fresh Płytka 30x60 (box)",), "Opoczno")]


def _names(items) -> list[str]:
    return [with_brand(n, brand) for names, brand in items for n in names]


def _spell(name: str) -> str:
    return LineInitials(_names(ITEMS), [name]).spell(name)


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
    assert LineInitials(_names(items), ["BRIDGESTONE IC7000 195/65"]).spell("BRIDGESTONE IC7000 195/65") == \
        "BRIDGESTONE IC7000 195/65"
    assert LineInitials(_names(items[:-1]), ["BRIDGESTONE IC7000 195/65"]).spell("BRIDGESTONE IC7000 195/65") == \
        "BRIDGESTONE ice cruiser 7000 195/65"


def test_letters_and_a_number_written_apart_are_the_catalogs_word():
    names = ["Nokian 185/75R16C 104/102S Hakka C2", "Nokian 185/75R16C 104/102R Hakka C Van",
             "Samsung Galaxy A55 8/256GB", "Xiaomi TV A 43 2025", "Cooler Master Hyper TX3 EVO"]
    offers = ["Нокиан 185/75/16 S 104/102 C HAKKA C 2", "Xiaomi TV A 55 2025", "Xiaomi TV A 43 2025",
              "cooler master hyper tx 3 with intel amd support", "Samsung A 55 case"]
    glued = GluedWords(names, offers)
    assert [glued.spell(o) for o in offers] == [
        "Нокиан 185/75/16 S 104/102 C HAKKA C2",   # the catalog writes C2, never C 2
        "Xiaomi TV A 55 2025",                      # no name writing A55 shares a word with the TV
        "Xiaomi TV A 43 2025",                      # the catalog writes A 43 apart itself
        "cooler master hyper tx3 with intel amd support",
        "Samsung A55 case"]
