"""A Kazakhstan tyre shop of Chinese makers, a Ukrainian professional hair-care shop and a Ukrainian
belt and timing-kit shop (samples/matching/domains_dev32): "ELAST" is a belt's elastic version and
"Coarse" a hair product's; a wholesaler's "PRO" after L'Oréal is the brand's "Professionnel"; a part
"з комплекту" / "до комплекту" names the kit as another product; "Комплект ГРМ", "Zahnriemensatz" and
"Kupplungssatz" are the kit other languages call "Timing Belt Kit", "Zestaw", "Clutch Kit"."""
from __future__ import annotations

import pandas as pd

from pricesync.match import match_offers
from pricesync.match.config import MatchingConfig
from tests.test_match_domains import auto_verdict as _verdict, match_apart


def _with_mpns(catalog: list[tuple[str, str]], rows: list[tuple[str, str]], supplier: str = "") -> pd.DataFrame:
    """Each offer (name, mpn) from a supplier of its own, or all from ``supplier``."""
    cat = pd.DataFrame({"sku": [s for s, _ in catalog], "name": [n for _, n in catalog]})
    offers = pd.DataFrame({"supplier": [supplier or f"s{i}" for i in range(len(rows))],
                           "supplier_sku": [str(i) for i in range(len(rows))],
                           "name": [n for n, _ in rows], "mpn": [m for _, m in rows]})
    return match_offers(offers, cat, config=MatchingConfig(scorer="rules"))


BELTS = [("EL", "Ремінь поліклиновий еластичний Contitech 6PK1019 ELAST"),
         ("G12", "Ремінь поліклиновий Gates 6PK1200 Micro-V XF"),
         ("CT", "Ремінь ГРМ Contitech CT1028 (137 зубів x 25 мм)"),
         ("GB", "Ремінь ГРМ Gates 5578XS (137 зубів x 25 мм)"),
         ("GK", "Комплект ГРМ Gates K015578XS"),
         ("CK", "Комплект ГРМ Contitech CT1028K1"),
         ("IK", "Комплект ГРМ INA 530 0089 10"),
         ("IR", "Ролик натяжний ГРМ INA 531 0542 10"),
         ("PU", "Помпа водяна SKF VKPC 81230")]


def test_elast_is_the_elastic_belt():
    got = _with_mpns(BELTS, [("Pasek wieloklinowy CONTITECH 6PK1019 ELAST", "6PK1019 ELAST"),
                             ("Ремень поликлиновой Contitech 6PK1019 ELAST", "")])
    assert _verdict(got, 0) == ("EL", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("EL", "auto"), got.loc[1, "match_reason"]


def test_a_part_of_a_kit_is_not_the_kit():
    got = match_apart(BELTS, ["Ремінь ГРМ Gates 5578XS з комплекту K015578XS",
                              "Ролик натяжний до комплекту INA 530 0089 10"])
    assert got.loc[0, "catalog_sku"] != "GK"
    assert got.loc[1, "catalog_sku"] != "IK"
    assert got.loc[1, "match_status"] != "auto"


def test_kupplungssatz_and_zahnriemensatz_are_kits():
    catalog = [("ZR", "Zahnriemensatz CONTITECH CT1028K2"), ("KS", "Kupplungssatz LuK RepSet 624 3183 00")]
    got = _with_mpns(catalog, [("Zestaw paska rozrządu CONTITECH CT1028K2", "CT1028K2"),
                               ("Zestaw sprzęgła LuK 624 3183 00 VW Golf 1.9 TDI", "624 3183 00")])
    assert _verdict(got, 0) == ("ZR", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("KS", "auto"), got.loc[1, "match_reason"]


def test_komplekt_grm_is_the_timing_belt_kit():
    got = _with_mpns(BELTS, [("CONTITECH CT1028K1 Timing Belt Kit", "CT1028K1"),
                             ("Zestaw paska rozrządu GATES K015578XS", "K015578XS"),
                             ("К-Т ГРМ CONTITECH CT1028K1", "CT1028K1"),
                             ("CONTITECH CT1028 Timing Belt Kit", "CT1028")])
    assert _verdict(got, 0) == ("CK", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("GK", "auto"), got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("CK", "auto"), got.loc[2, "match_reason"]
    assert got.loc[3, "match_status"] != "auto"  # the belt's number with "Kit": not the belt alone


def test_a_code_one_kit_carries_names_the_kit_unsaid():
    catalog = [("K", "Paskirstymo diržo komplektas Gates K015578XS"), ("B", "Ремінь ГРМ Gates 5578XS (137 зубів x 25 мм)")]
    got = _with_mpns(catalog, [("K015578XS", ""), ("DIRŽO KOMPLEKTAS GATES", "K015578XS"),
                               ("GATES K015578XS Timing Belt Kit", "K015578XS")])
    for row in (0, 1, 2):
        assert _verdict(got, row) == ("K", "auto"), got.loc[row, "match_reason"]


HAIR = [("CB", "Wella Professionals Invigo Color Brilliance шампунь для фарбованого тонкого та нормального волосся 300 мл"),
        ("AR", "L'Oréal Professionnel Serie Expert Absolut Repair шампунь для пошкодженого волосся 300 мл"),
        ("VC", "L'Oréal Professionnel Serie Expert Vitamino Color шампунь для фарбованого волосся 300 мл")]


def test_coarse_is_another_version():
    got = match_apart(HAIR, ["WELLA INVIGO COLOR BRILLIANCE ШАМПУНЬ COARSE 300МЛ",
                             "Wella Professionals Invigo Color Brilliance Shampoo Coarse Hair 300ml"])
    for row in (0, 1):
        assert got.loc[row, "match_status"] != "auto"


def test_pro_after_the_brand_is_the_brands_professionnel():
    catalog = pd.DataFrame({"sku": [s for s, _ in HAIR], "name": [n for _, n in HAIR],
                            "brand": ["Wella Professionals", "L'Oréal Professionnel", "L'Oréal Professionnel"]})
    offers = pd.DataFrame({"supplier": ["w", "w"], "supplier_sku": ["1", "2"],
                           "name": ["LOREAL PRO SE ABSOLUT REPAIR ШАМПУНЬ 300МЛ", "LOREAL PRO SE VITAMINO COLOR ШАМПУНЬ 300МЛ"],
                           "brand": ["LOREAL PROFESSIONNEL", "LOREAL PROFESSIONNEL"]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert _verdict(got, 0) == ("AR", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("VC", "auto"), got.loc[1, "match_reason"]


TYRES = [("PL", "Шина Triangle PL01 205/55 R16 94R XL зимняя нешипованная"),
         ("TR", "Шина Triangle TR259 225/60 R17 103V XL летняя")]


def test_a_column_article_of_the_code_and_the_size_is_the_names_own():
    got = _with_mpns(TYRES, [("Автошина 205/55 R16 Triangle PL01 94R XL TL зима нешип.", "PL01-2055516"),
                             ("TRIANGLE TR259 225/60R17 103V XL TL SUMMER", "TR259-22560R17"),
                             ("Автошина 225/55 R18 Triangle TR259 102V XL TL лето", "TR259-2255518")])
    assert _verdict(got, 0) == ("PL", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("TR", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto"  # another size
