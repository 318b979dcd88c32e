"""A K-beauty and salon hair-care shop, a shop of Japanese and Korean car parts and a van, ATV and
4x4 tyre shop (samples/matching/domains_dev15): a cross-reference cue naming no part number says the
offer is a copy; a tyre sold with its tube and rim flap is not the tyre alone; 'EA' counts pieces; a
hair colour 'для волос' keeps its shade as its own code; the variant words of an item's brand are
the maker's name."""
from __future__ import annotations

import pandas as pd

from pricesync.match import match_offers
from pricesync.match.reading.attributes import own_codes
from pricesync.match.config import MatchingConfig
from pricesync.match.reading.names import analyse
from pricesync.match.reading.normalize import raw_tokens
from pricesync.match.reading.units import canonical_units
from tests.test_match_domains import match_apart


def _with_brands(catalog: list[tuple[str, str, str]], offers: list[tuple[str, str]]) -> pd.DataFrame:
    """Each offer from a supplier of its own, with the catalog's and the offers' brand columns."""
    cat = pd.DataFrame({"sku": [s for s, _, _ in catalog], "name": [n for _, n, _ in catalog],
                        "brand": [b for _, _, b in catalog]})
    off = pd.DataFrame({"supplier": [f"s{i}" for i in range(len(offers))],
                        "supplier_sku": [str(i) for i in range(len(offers))],
                        "name": [n for n, _ in offers], "brand": [b for _, b in offers]})
    return match_offers(off, cat, config=MatchingConfig(scorer="rules"))


def _verdicts(got: pd.DataFrame) -> list[tuple[str, str]]:
    return [(s if st == "auto" else "", st) for s, st in zip(got["catalog_sku"], got["match_status"])]


def test_a_cross_reference_naming_no_number_is_a_copy():
    assert "aftermarket" in raw_tokens("Колодки передние Hyundai Solaris 58101-1RA00 аналог Корея")[0]
    assert "aftermarket" in raw_tokens("Духи Саваж Диор 100 мл мужские (аналог)")[0]
    named = raw_tokens("Колодки TRW GDB1550 (аналог BOSCH 0986494104)")[0]
    assert "aftermarket" not in named and "0986494104" not in named and "gdb1550" in named
    catalog = [("P1", "Колодки тормозные передние HYUNDAI/KIA 58101-1RA00"),
               ("A1", "Фильтр воздушный HYUNDAI/KIA 28113-2S000")]
    got = match_apart(catalog, ["Колодки тормозные передние Hyundai Solaris Kia Rio 58101-1RA00 аналог Корея",
                                "Фильтр воздушный для Hyundai ix35 Kia Sportage 3 (28113-2S000) аналог",
                                "Колодки тормозные передние Hyundai Solaris Kia Rio оригинал 58101-1RA00"])
    assert got.loc[0, "match_status"] != "auto" and "third-party" in got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto" and "third-party" in got.loc[1, "match_reason"]
    assert _verdicts(got)[2] == ("P1", "auto")


def test_a_tyre_with_its_tube_and_flap_is_not_the_tyre_alone():
    catalog = [("B1", "Белшина Бел-143 185/75R16C 104/102Q всесезонная"),
               ("K1", "Кама И-368 12.00R20 154/149J ведущая")]
    got = match_apart(catalog, ["А/ш 185/75R16С Бел-143 104/102Q кам. с о/л",
                                "Шина Кама И-368 12.00R20 ведущая с камерой и ободной лентой",
                                "А/ш 185/75R16С Бел-143 104/102Q б/к всесез."])
    for row in (0, 1):
        assert got.loc[row, "match_status"] != "auto" and "tube and flap" in got.loc[row, "match_reason"]
    assert _verdicts(got)[2] == ("B1", "auto")


def test_ea_counts_pieces():
    assert "20pcs" in canonical_units("filter-oil 26300-35505 (box 20ea)").split()
    assert "10pcs" in canonical_units("lador perfect hair fill-up 13ml x 10ea").split()
    assert "pcs" not in canonical_units("hp 255 g10 r5-7530u 16gb 512gb w11h 8a5g4ea")
    catalog = [("F1", "Oil filter HYUNDAI/KIA 26300-35505")]
    got = match_apart(catalog, ["FILTER-OIL 26300-35505 (BOX 20EA)", "HYUNDAI/KIA oil filter 26300-35505 genuine"])
    assert got.loc[0, "match_status"] != "auto" and "20pcs" in got.loc[0, "match_reason"]
    assert _verdicts(got)[1] == ("F1", "auto")


def test_a_cosmetic_for_hair_keeps_its_shade_as_its_own_code():
    dye, belt = ("Фарба для волосся Schwarzkopf Igora Royal 7-0 середньо-русий натуральний 60 мл",
                 "CT 1028 CONTITECH Ремень ГРМ для VW Golf/Audi A3")
    names = analyse([dye, belt, "Краска для волос Estel De Luxe 7/1 русый пепельный 60 мл"])
    assert "70" in own_codes(names[dye].attrs) and "fits" not in names[dye].attrs.words
    assert "71" in own_codes(names["Краска для волос Estel De Luxe 7/1 русый пепельный 60 мл"].attrs)
    assert "a3" not in own_codes(names[belt].attrs)  # "для VW Golf/Audi A3": the car it fits
    got = _with_brands([("C6", "Igora Royal 6-0 темный русый натуральный 60 мл", "Schwarzkopf Professional")],
                       [("Фарба для волосся Schwarzkopf Igora Royal 6-0 темно-русий натуральний 60 мл", "")])
    assert _verdicts(got) == [("C6", "auto")]


def test_the_variant_words_of_a_brand_are_the_makers_name():
    catalog = [("E1", "Estel De Luxe оксигент 6% 1000 мл", "Estel Professional"),
               ("E2", "Estel Curex Classic шампунь увлажнение и питание 1000 мл", "Estel Professional"),
               ("S1", "Galaxy S24 8/256GB Black", "Samsung")]
    got = _with_brands(catalog, [("ЭСТЕЛЬ DE LUXE ОКСИГЕНТ 6% 1000МЛ", "ESTEL"),
                                 ("ЭСТЕЛЬ CUREX CLASSIC ШАМП. УВЛАЖН.И ПИТАНИЕ 1000МЛ", "ESTEL"),
                                 ("Samsung Galaxy S24 Ultra 8/256GB Black", "Samsung")])
    assert _verdicts(got)[:2] == [("E1", "auto"), ("E2", "auto")]
    assert got.loc[2, "match_status"] != "auto"  # a variant the brand does not say still tells apart
