"""Matching offers to the catalog: the cascade, sibling safety, bad input, row order."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pricesync.errors import MatchError
from pricesync.match import MatchingConfig, apply_decisions, match_offers
from pricesync.report import NullReporter
from pricesync.state import State
from pricesync.tables import MATCH_COLUMNS, OFFER_COLUMNS

# A shop catalog full of near-siblings: each family has members that differ in one
# variant attribute only.
CATALOG = [
    # sku, name, brand, ean, article
    ("A12-64-BK", "Смартфон Samsung Galaxy A12 4/64GB черный", "Samsung", "8806090812347", "SM-A125F/64BK"),
    ("A12-128-BK", "Смартфон Samsung Galaxy A12 4/128GB черный", "Samsung", "", ""),
    ("A12S-64-BK", "Смартфон Samsung Galaxy A12s 4/64GB черный", "Samsung", "", ""),
    ("A55-256-BK", "Смартфон Samsung Galaxy A55 8/256GB черный", "Samsung", "", "SM-A556B"),
    ("A55-256-BL", "Смартфон Samsung Galaxy A55 8/256GB синий", "Samsung", "", ""),
    ("S10", "Смартфон Samsung Galaxy S10 8/128GB белый", "Samsung", "", ""),
    ("S10P", "Смартфон Samsung Galaxy S10+ 8/128GB белый", "Samsung", "", ""),
    ("RN12-256", "Смартфон Xiaomi Redmi Note 12 8/256GB серый", "Xiaomi", "", ""),
    ("DF333-Y", "Дрель-шуруповерт аккумуляторная Makita DF333DWYE 12В", "Makita", "", "DF333DWYE"),
    ("DF333-A", "Дрель-шуруповерт аккумуляторная Makita DF333DWAE 12В", "Makita", "", "DF333DWAE"),
    ("HD9350-90", "Чайник электрический Philips HD9350/90", "Philips", "", ""),
    ("HD9350-80", "Чайник электрический Philips HD9350/80 черный", "Philips", "", ""),
    ("KDL46", 'Телевизор Sony Bravia KDL-46V5100 46"', "Sony", "4905524567892", ""),
    ("KDL40", 'Телевизор Sony Bravia KDL-40V5100 40"', "Sony", "", ""),
    ("UE55DU", 'Телевизор Samsung UE55DU7100UXUA 55" Crystal UHD', "Samsung", "", ""),
    ("MP-1L", "Концентрат для мытья полов PROSEPT Multipower цитрус / 1 л", "PROSEPT", "", "246-1"),
    ("MP-5L", "Концентрат для мытья полов PROSEPT Multipower цитрус / 5 л", "PROSEPT", "", "246-5"),
    ("MPW-1L", "Средство для мытья светлых полов PROSEPT Multipower White / 1 л", "PROSEPT", "", "247-1"),
    ("ULTRA-1", "Антисептик невымываемыйPROSEPT ULTRAконцентрат 1:10 / 1 л", "PROSEPT", "", "008-1"),
    ("LASUR-TEAK", "Антисептик лессирующий BiO LASUR / тик / 9 л", "PROSEPT", "", ""),
    ("LASUR-OAK", "Антисептик лессирующий BiO LASUR / дуб / 9 л", "PROSEPT", "", ""),
    ("HOYLE", "Hoyle Card Games 2007 (PC)", "Encore", "", ""),
]


def catalog_frame(rows=CATALOG) -> pd.DataFrame:
    return pd.DataFrame([{"sku": s, "name": n, "brand": b, "category": "", "ean": e, "price": None, "stock": 1,
                          "article": a} for s, n, b, e, a in rows])


def offers_frame(rows) -> pd.DataFrame:
    """rows: dicts with at least ``name``; ``supplier``/``supplier_sku`` filled in when absent."""
    records = []
    for i, row in enumerate(rows):
        rec = {c: "" for c in OFFER_COLUMNS}
        rec.update(supplier="opt", supplier_sku=f"X{i:04d}", stock=0, source_row=i + 2)
        rec.update(row)
        records.append(rec)
    return pd.DataFrame(records, columns=list(dict.fromkeys(OFFER_COLUMNS + [k for r in records for k in r])))


def match_one(name: str, **fields) -> dict:
    result = match_offers(offers_frame([{"name": name, **fields}]), catalog_frame())
    return result.iloc[0].to_dict()


# Offers that name exactly one catalog item, however they spell it.
SAME_PRODUCT = [
    ("Смартфон Samsung Galaxy A12 4/64GB черный", "A12-64-BK"),
    ("Sаmsung Galaxy A12 4+64 Гб Black", "A12-64-BK"),                    # Cyrillic а, 4+64 Гб, English colour
    ("NEW! Samsung A12 4GB/64GB чёрный смартфон", "A12-64-BK"),            # noise, ё, type word last
    ("Galaxy A12s 4/64 черный Samsung", "A12S-64-BK"),                     # brand last, bare 4/64
    ("Смартфон Samsung Galaxy A55 8/256 ГБ синий", "A55-256-BL"),
    ("Samsung Galaxy S10+ 8/128GB White", "S10P"),
    ("Samsung Galaxy S10 Plus 8/128 белый", "S10P"),                      # "+" spelled out
    ("Xiaomi Redmi Note 12 8/256 Gray", "RN12-256"),
    ("Шуруповерт Makita DF333DWAE", "DF333-A"),
    ("Аккумуляторная дрель Makita DF-333DWYE 12 V", "DF333-Y"),           # hyphen inside the code
    ("Philips HD9350/80 чайник черный", "HD9350-80"),
    ("Sony KDL46V5100 LCD TV", "KDL46"),                                 # code without its hyphen
    ('Телевизор Samsung 55 дюймов UE55DU7100UXUA', "UE55DU"),
    ("Средство для мытья полов Prosept Multipower Цитрус, концентрат, 1000 мл", "MP-1L"),
    ("Концентрат Prosept Multipower для мытья полов, цитрус 5л", "MP-5L"),
    ("Просепт Bio Lasur антисептик лессирующий тик 9 л", "LASUR-TEAK"),
]


@pytest.mark.parametrize("name, sku", SAME_PRODUCT)
def test_offer_spellings_match_their_item_automatically(name, sku):
    got = match_one(name)
    assert (got["catalog_sku"], got["match_status"]) == (sku, "auto"), got["match_reason"]


# Offers for siblings the catalog lacks, or that do not say which sibling: never auto.
NOT_AUTO = [
    "Смартфон Samsung Galaxy A12s 4/128GB черный",   # the catalog has A12s only in 4/64
    "Samsung Galaxy A12 4/256GB черный",             # memory the catalog lacks
    "Samsung Galaxy A55 8/256GB зеленый",            # colour the catalog lacks
    "Samsung Galaxy A55 8/256GB",                    # black or blue?
    "Samsung Galaxy S10e 6/128GB белый",             # S10e is neither S10 nor S10+
    "Samsung Galaxy S10 Lite 8/128GB белый",
    "Makita DF333DWME",                              # another kit of the same drill
    "Чайник Philips HD9350/70",                      # another colour suffix
    "Телевизор Sony KDL-32V5100",
    "Телевизор Samsung UE65DU7100UXUA 65\"",         # same series, another size
    "Средство для мытья полов PROSEPT Multipower цитрус 10 л",   # a size the catalog lacks
    "Средство для мытья полов PROSEPT Multipower лаванда 1 л",  # a scent the catalog lacks
    "Антисептик лессирующий BiO LASUR / орех / 9 л",             # a wood tone the catalog lacks
    "Hoyle Card Games 2008",                                      # another year's edition
    "Samsung Galaxy S11 8/128GB белый",                           # another model number
    "Samsung Galaxy A15 4/64GB черный",
    "Xiaomi Redmi Note 13 8/256GB серый",
    "Makita DF-331DWYE",                                          # another drill, same kit letters
]


@pytest.mark.parametrize("name", NOT_AUTO)
def test_siblings_and_unknown_variants_are_never_auto(name):
    got = match_one(name)
    assert got["match_status"] != "auto", (got["catalog_sku"], got["match_reason"])


@pytest.mark.parametrize("name", ["Пылесос Dyson V15 Detect Absolute", "Кофемашина DeLonghi Magnifica S",
                                  "Набор отверток 42 предмета"])
def test_products_not_in_the_catalog_come_out_unmatched(name):
    got = match_one(name)
    assert got["match_status"] == "unmatched" and got["catalog_sku"] == ""


@pytest.mark.parametrize("name, said", [
    ("Samsung Galaxy A12 4/256GB черный", "memory"),
    ("Makita DF333DWME", "model"),
    ("Средство для мытья полов PROSEPT Multipower цитрус 10 л", "volume"),
    ("Samsung Galaxy A55 8/256GB", "colour"),
])
def test_review_reason_names_the_attribute(name, said):
    got = match_one(name)
    assert said in got["match_reason"], got["match_reason"]


def test_output_keeps_offer_columns_and_adds_the_match_columns():
    offers = offers_frame([{"name": "Samsung Galaxy A12 4/64 черный", "cost": "100.00", "extra": "kept"}])
    result = match_offers(offers, catalog_frame())
    for col in MATCH_COLUMNS + ["match_reason", "candidates", "catalog_name", "extra"]:
        assert col in result.columns
    assert result["match_score"].between(0, 100).all()
    assert result.loc[0, "catalog_name"] == "Смартфон Samsung Galaxy A12 4/64GB черный"


def test_review_rows_list_the_next_candidates():
    got = match_one("Samsung Galaxy A55 8/256GB")
    assert got["match_status"] == "review"
    assert {got["catalog_sku"], got["candidates"].split(" (")[0]} == {"A55-256-BK", "A55-256-BL"}


# -- the cascade ----------------------------------------------------------------------------
def test_ean_equal_matches_even_when_names_are_spelled_differently():
    got = match_one("Sony 46in Bravia LCD television", ean="4905524567892")
    assert (got["catalog_sku"], got["match_method"], got["match_status"]) == ("KDL46", "ean", "auto")
    assert "4905524567892" in got["match_reason"]


def test_ean_equal_but_variant_in_the_name_differs_is_review():
    got = match_one("Samsung Galaxy A12 4/128GB черный", ean="8806090812347")
    assert (got["catalog_sku"], got["match_method"], got["match_status"]) == ("A12-64-BK", "ean", "review")
    assert "memory" in got["match_reason"]


def test_upc_a_is_the_same_ean_with_a_leading_zero():
    catalog = catalog_frame([("UPC", "Наушники JBL Tune 510BT черные", "JBL", "0050036380287", "")])
    result = match_offers(offers_frame([{"name": "JBL Tune 510 BT", "ean": "050036380287"}]), catalog)
    assert (result.loc[0, "catalog_sku"], result.loc[0, "match_method"]) == ("UPC", "ean")


def test_supplier_sku_equal_to_a_catalog_code_column():
    got = match_one("Makita дрель DF333DWYE", supplier_sku="DF-333DWYE")
    assert (got["catalog_sku"], got["match_method"], got["match_status"]) == ("DF333-Y", "sku", "auto")


def test_mpn_equal_to_a_catalog_code_column():
    got = match_one("Антисептик PROSEPT Ultra невымываемый 1 л", mpn="008-1")
    assert (got["catalog_sku"], got["match_method"], got["match_status"]) == ("ULTRA-1", "mpn", "auto")


def test_the_offers_part_number_column_outranks_a_code_read_from_its_name():
    """A windscreen's Eurocode in the offer's column names it over the car's years in its name
    ("2013-2020", read as a code every windscreen of the car carries), however much closer the
    other windscreen's name."""
    catalog = pd.DataFrame([
        ("AG-03", "Лобове скло Renault Logan II / Sandero II 2013-2020 з кронштейном датчика дощу XYG 7234AGNMVZ", "XYG"),
        ("AG-04", "Лобове скло Renault Logan II / Sandero II 2013-2020 без датчика XYG 7234AGNMV", "XYG"),
        ("AG-09", "Лобове скло Skoda Octavia A7 2013-2020 з датчиком дощу AGC 8601AGSMVW", "AGC")],
        columns=["sku", "name", "brand"])
    offers = offers_frame([{"name": "Szyba czołowa Renault Logan II 2013-2020 z czujnikiem deszczu XYG", "brand": "XYG",
                            "mpn": "7234AGNMVZ"}])
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert (got.loc[0, "catalog_sku"], got.loc[0, "match_status"]) == ("AG-03", "auto"), got.loc[0, "match_reason"]
    assert got.loc[0, "match_reason"].startswith("MPN 7234AGNMVZ equal")


def test_model_code_found_in_the_name():
    got = match_one("Samsung смартфон SM-A556B 8/256 черный")
    assert (got["catalog_sku"], got["match_method"]) == ("A55-256-BK", "mpn")


def test_article_in_a_dealer_name_beats_a_similar_sibling():
    got = match_one("Концентрат для мытья полов Prosept Multipower, цитрус (246-5)")
    assert (got["catalog_sku"], got["match_status"]) == ("MP-5L", "auto")


def test_remembered_decision_wins_over_every_other_step(tmp_path):
    with State(tmp_path / "s.sqlite") as state:
        decisions = pd.DataFrame({"supplier": ["opt"], "supplier_sku": ["X0000"], "catalog_sku": ["S10"],
                                  "source_row": [2]})
        apply_decisions(decisions, state, catalog_skus=set(catalog_frame()["sku"]))
        # The EAN says KDL46, the name says A12: the operator said S10.
        offers = offers_frame([{"name": "Samsung Galaxy A12 4/64 черный", "ean": "4905524567892"}])
        got = match_offers(offers, catalog_frame(), state=state).iloc[0]
    assert (got["catalog_sku"], got["match_method"], got["match_status"]) == ("S10", "alias", "auto")


def test_remembered_not_in_catalog_gives_unmatched(tmp_path):
    with State(tmp_path / "s.sqlite") as state:
        apply_decisions(pd.DataFrame({"supplier": ["opt"], "supplier_sku": ["X0000"], "catalog_sku": ["none"],
                                      "source_row": [2]}), state)
        got = match_offers(offers_frame([{"name": "Samsung Galaxy A12 4/64 черный"}]), catalog_frame(),
                           state=state).iloc[0]
    assert (got["catalog_sku"], got["match_method"], got["match_status"]) == ("", "alias", "unmatched")


def test_remembered_sku_that_left_the_catalog_falls_back_to_review(tmp_path):
    with State(tmp_path / "s.sqlite") as state:
        apply_decisions(pd.DataFrame({"supplier": ["opt"], "supplier_sku": ["X0000"], "catalog_sku": ["GONE"],
                                      "source_row": [2]}), state)
        got = match_offers(offers_frame([{"name": "Samsung Galaxy A12 4/64 черный"}]), catalog_frame(),
                           state=state).iloc[0]
    assert got["match_status"] == "review" and "GONE" in got["match_reason"]


def test_thresholds_come_from_the_config():
    strict = MatchingConfig(auto_threshold=100, review_threshold=100)
    result = match_offers(offers_frame([{"name": "Samsung A12 4/64 Black смартфон"}]), catalog_frame(), config=strict)
    assert result.loc[0, "match_status"] != "auto"


# -- bad input ------------------------------------------------------------------------------
@pytest.mark.parametrize("drop", ["sku", "name"])
def test_catalog_without_sku_or_name_is_a_clear_error(drop):
    with pytest.raises(MatchError, match=f"catalog lacks column '{drop}'"):
        match_offers(offers_frame([{"name": "x"}]), catalog_frame().drop(columns=[drop]))


def test_offers_without_names_are_a_clear_error():
    with pytest.raises(MatchError, match="offers lack column 'name'"):
        match_offers(pd.DataFrame({"supplier": ["a"]}), catalog_frame())


def test_duplicate_and_empty_catalog_rows_are_reported_not_matched_silently():
    rows = CATALOG + [("A12-64-BK", "Телевизор LG 43UR78006LK", "LG", "", ""), ("", "Безымянный", "", "", ""),
                      ("NONAME", "", "", "", "")]
    reporter = NullReporter()
    result = match_offers(offers_frame([{"name": "Телевизор LG 43UR78006LK"}, {"name": ""}]), catalog_frame(rows),
                          reporter=reporter)
    assert any("duplicate SKU(s) A12-64-BK" in w for w in reporter.warnings)
    assert any("without a SKU" in w for w in reporter.warnings)
    assert any("without a name" in w for w in reporter.warnings)
    # The repeated SKU's second row (an LG TV) is not an alias of the Samsung phone.
    assert result.loc[0, "match_status"] != "auto"
    assert (result.loc[1, "match_status"], result.loc[1, "catalog_sku"]) == ("unmatched", "")


def test_empty_offers_give_an_empty_table_with_the_columns():
    result = match_offers(offers_frame([]), catalog_frame())
    assert len(result) == 0 and "match_status" in result.columns


# -- invariants -----------------------------------------------------------------------------
ORDER_OFFERS = [name for name, _ in SAME_PRODUCT[:10]] + NOT_AUTO[:6]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(range(len(ORDER_OFFERS))), st.permutations(range(len(CATALOG))))
def test_row_order_of_offers_and_catalog_does_not_change_results(offer_order, catalog_order):
    offers = offers_frame([{"name": n, "supplier_sku": f"K{i}"} for i, n in enumerate(ORDER_OFFERS)])
    baseline = match_offers(offers, catalog_frame()).set_index("supplier_sku")
    shuffled = match_offers(offers.iloc[list(offer_order)], catalog_frame([CATALOG[i] for i in catalog_order]))
    shuffled = shuffled.set_index("supplier_sku").loc[baseline.index]
    cols = ["catalog_sku", "match_score", "match_method", "match_status", "match_reason", "candidates"]
    pd.testing.assert_frame_equal(baseline[cols], shuffled[cols])


# -- English electronics lists: model codes written many ways ---------------------------------
ELECTRONICS = [
    ("PSLX350H", "Sony Turntable - PSLX350H", "Sony"),
    ("PSLX300USB", "Sony USB Turntable - PSLX300USB", "Sony"),
    ("TH50PZ800U", "Panasonic 50' Plasma HDTV - TH50PZ800U", "Panasonic"),
    ("TH42PZ800U", "Panasonic 42' Plasma HDTV - TH42PZ800U", "Panasonic"),
    ("42LG60", "LG 42' LCD HDTV - 42LG60", "LG"),
    ("47LG60", "LG 47' LCD HDTV - 47LG60", "LG"),
    ("HD202", "Sennheiser Headphones - HD202", "Sennheiser"),
    ("HD212PRO", "Sennheiser Headphones - HD212PRO", "Sennheiser"),
    ("WRT160N", "Linksys Wireless-N Broadband Router - WRT160N", "Linksys"),
    ("WRT54G2", "Linksys Wireless-G Broadband Router - WRT54G2", "Linksys"),
    ("SD1100-PK", "Canon PowerShot SD1100 IS Digital ELPH Camera - Pink - 2400B001", "Canon"),
    ("SD1100-BL", "Canon PowerShot SD1100 IS Digital ELPH Camera - Blue - 2401B001", "Canon"),
    ("NUVI200W", "Garmin nüvi 200W Portable GPS - 0100067520", "Garmin"),
    ("NUVI205W", "Garmin nüvi 205W Portable GPS - 0100067530", "Garmin"),
    ("LN52A650", "Samsung 52' LCD HDTV - LN52A650", "Samsung"),
    ("LN46A650", "Samsung 46' LCD HDTV - LN46A650", "Samsung"),
    ("MA627", "Apple iPod touch 16GB - MA627LL/A", "Apple"),
    ("MB376", "Apple iPod touch 32GB - MB376LL/A", "Apple"),
    ("HARMONY1", "Logitech Harmony One Advanced Universal Remote - 915-000048", "Logitech"),
    ("RXV663", "Yamaha 7.1 Channel Digital Home Theater Receiver - RXV663BL", "Yamaha"),
    ("RXV863", "Yamaha 7.1 Channel Digital Home Theater Receiver - RXV863BL", "Yamaha"),
]
ELECTRONICS_CATALOG = [(sku, name, brand, "", "") for sku, name, brand in ELECTRONICS]


@pytest.mark.parametrize("name, sku", [
    ("Sony PS-LX350H Belt-Drive Turntable", "PSLX350H"),
    ("Panasonic TH-50PZ800U 50' Plasma TV", "TH50PZ800U"),
    ("LG 42LG60 42 in. LCD TV", "42LG60"),
    ("Sennheiser HD 202 Headphones", "HD202"),
    ("Linksys WRT160N Wireless-N Router", "WRT160N"),
    ("Canon PowerShot SD1100 IS 8MP Digital Camera - Pink", "SD1100-PK"),
    ("Garmin nuvi 200W Portable GPS Navigator", "NUVI200W"),
    ("Samsung LN52A650 52\" LCD HDTV", "LN52A650"),
    ("Apple 16GB iPod touch MA627LL/A", "MA627"),
    ("Logitech Harmony One Universal Remote 915-000048", "HARMONY1"),
    ("Yamaha RX-V663 7.1 Home Theater Receiver Black", "RXV663"),
])
def test_english_electronics_match_by_model_code(name, sku):
    result = match_offers(offers_frame([{"name": name}]), catalog_frame(ELECTRONICS_CATALOG)).iloc[0]
    assert (result["catalog_sku"], result["match_status"]) == (sku, "auto"), result["match_reason"]


@pytest.mark.parametrize("name", [
    "Panasonic TH-58PZ800U 58' Plasma TV",
    "Sony PS-LX250H Turntable",
    "Canon PowerShot SD1100 IS Digital Camera - Silver",
    "Garmin nuvi 250W Portable GPS",
    "Apple iPod touch 8GB",
    "Yamaha RX-V463 Home Theater Receiver",
    "Linksys WRT300N Wireless-N Router",
    "Sennheiser HD 212 Headphones",
])
def test_english_electronics_siblings_are_not_auto(name):
    result = match_offers(offers_frame([{"name": name}]), catalog_frame(ELECTRONICS_CATALOG)).iloc[0]
    assert result["match_status"] != "auto", (result["catalog_sku"], result["match_reason"])


def test_offer_without_a_name_still_matches_by_ean():
    result = match_offers(offers_frame([{"name": "", "ean": "4905524567892"}]), catalog_frame()).iloc[0]
    assert (result["catalog_sku"], result["match_method"], result["match_status"]) == ("KDL46", "ean", "auto")


# -- English electronics: what tells an offer from the catalog product besides its code --------
@pytest.mark.parametrize(("offer", "expected"), [
    ("Sony BRAVIA KDL-46V5100 46\" LCD TV (Refurbished)", "condition refurbished"),
    ("Remote Control for Sony BRAVIA KDL-46V5100", "kind accessory"),
    ("Garmin nuvi 260 3.5\" Portable GPS Navigator", "model 260 vs 260W"),
])
def test_refurbished_accessory_and_glued_unit_models_are_not_auto(offer, expected):
    catalog = pd.DataFrame({"sku": ["tv", "gps"], "name": [
        "Sony BRAVIA 46' Series V LCD Flat Panel HDTV - KDL46V5100", "Garmin nuvi 260W Portable GPS Navigator"]})
    offers = pd.DataFrame({"supplier": ["s"], "supplier_sku": ["1"], "name": [offer]})
    row = match_offers(offers, catalog).iloc[0]
    assert row["match_status"] != "auto"
    assert expected in row["match_reason"]


@pytest.mark.parametrize(("offer", "sku"), [
    ("Sony MDR-V55/BLK Stereo Headphones - Black", "hp"),       # "V55" is not "version 55"
    ("Sony BRAVIA DAV-IS10 Home Theater System", "ht"),          # "DAVIS10" is one code
    ("Sony BRAVIA KDL-46V5100 46\" LCD TV - Free Shipping", "tv"),
    ("Adobe Photoshop CS3 for Mac", "ps"),                       # "for Mac" names a platform
])
def test_english_codes_and_platforms_still_match(offer, sku):
    catalog = pd.DataFrame({"sku": ["hp", "ht", "tv", "ps"], "name": [
        "Sony Black Stereo Headphones - MDRV55BLK", "Sony Bravia Theater Micro System - DAVIS10",
        "Sony BRAVIA 46' Series V LCD Flat Panel HDTV - KDL46V5100", "Adobe Photoshop CS3 (Mac)"]})
    offers = pd.DataFrame({"supplier": ["s"], "supplier_sku": ["1"], "name": [offer]})
    row = match_offers(offers, catalog).iloc[0]
    assert (row["catalog_sku"], row["match_status"]) == (sku, "auto"), row["match_reason"]


def test_a_colour_the_item_shows_only_in_its_code_letters_is_not_assumed():
    catalog = pd.DataFrame({"sku": ["t"], "name": [
        "Panasonic DECT 6.0 Expandable Digital Cordless Phone System with 2 Handsets - KXTG6332T"]})
    offers = pd.DataFrame({"supplier": ["s", "s"], "supplier_sku": ["1", "2"], "name": [
        "Panasonic Expandable Digital Cordless Phone System, 2 Handsets, Black",
        "Panasonic KX-TG6332T Expandable Digital Cordless Phone System, 2 Handsets"]})
    got = match_offers(offers, catalog)
    assert got.loc[0, "match_status"] == "review"
    assert "offer says colour black" in got.loc[0, "match_reason"]
    assert (got.loc[1, "catalog_sku"], got.loc[1, "match_status"]) == ("t", "auto")


def test_a_model_said_as_a_bare_number_is_not_another_models_code():
    catalog = pd.DataFrame({"sku": ["660t"], "name": ['Garmin nüvi 660T 3.5" Portable GPS Navigator - 0100075919']})
    offers = pd.DataFrame({"supplier": ["s", "s"], "supplier_sku": ["1", "2"], "name": [
        "Garmin nuvi 760 3.5-Inch Portable GPS Navigator", "Garmin nuvi 660T 3.5-Inch Portable GPS Navigator"]})
    got = match_offers(offers, catalog)
    assert got.loc[0, "match_status"] != "auto" and "model 760 vs 660T" in got.loc[0, "match_reason"]
    assert (got.loc[1, "catalog_sku"], got.loc[1, "match_status"]) == ("660t", "auto")


# Abt-style catalog names against supplier titles: colour letters ending a code, "Home
# Theater" (not the Home edition), "ADSL2+" (not a Plus model), capacity written apart.
ABT_STYLE = [
    ("AM53BK", "Bose Acoustimass 5 Series III Speaker System - AM53BK"),
    ("AM53WH", "Bose Acoustimass 5 Series III Speaker System - AM53WH"),
    ("RXV663BL", "Yamaha Black 7.1 Channel Digital Home Theater Receiver - RXV663BL"),
    ("RXV863BL", "Yamaha Black 7.1 Channel Digital Home Theater Receiver - RXV863BL"),
    ("WAG160N", "Linksys Wireless-N Home ADSL2+ Modem Router - WAG160N"),
    ("DSCW190L", "Sony Cyber-shot 12.1MP Digital Camera - Blue - DSCW190L"),
    ("DSCW190S", "Sony Cyber-shot 12.1MP Digital Camera - Silver - DSCW190S"),
    ("SD432GB", "Kingston 32GB SDHC Memory Card Class 4 - SD432GB"),
    ("SD416GB", "Kingston 16GB SDHC Memory Card Class 4 - SD416GB"),
]


@pytest.mark.parametrize(("offer", "expected"), [
    ("Bose Acoustimass 5 Series III Speaker System - Black", "AM53BK"),
    ("Bose Acoustimass 5 Series III Speaker System", None),
    ("Yamaha RX-V663 7.1 Channel A/V Receiver - Black", "RXV663BL"),
    ("Linksys WAG160N Wireless-N ADSL2+ Modem Router", "WAG160N"),
    ("Sony DSC W190 L Cyber-shot 12.1MP Digital Camera blue", "DSCW190L"),
    ("Sony Cyber-shot DSC-W190 12.1MP Digital Camera", None),
    ("KINGSTON SD4 32GB 32GB SDHC CARD", "SD432GB"),
])
def test_abt_style_codes_and_words(offer, expected):
    catalog = pd.DataFrame([{"sku": s, "name": n} for s, n in ABT_STYLE])
    got = match_offers(offers_frame([{"name": offer}]), catalog).iloc[0]
    if expected is None:
        assert got["match_status"] != "auto", got["match_reason"]
    else:
        assert (got["catalog_sku"], got["match_status"]) == (expected, "auto"), got["match_reason"]


@pytest.mark.parametrize(("offer", "expected"), [
    ("broderbund mavis beacon teaches typing deluxe17", "MB17"),   # a word glued to its number
    ("JBL Flip6 Bluetooth Speaker", "FLIP6"),
    ("punch! home design architectural series 4000 v.10.0 - pc", None),  # 4000 is not 4000 volts
])
def test_words_glued_to_numbers_and_versions(offer, expected):
    catalog = pd.DataFrame({"sku": ["MB16", "MB17", "FLIP5", "FLIP6", "HD3000"], "name": [
        "mavis beacon teaches typing deluxe 16", "mavis beacon teaches typing deluxe v17",
        "JBL Flip 5 Portable Bluetooth Speaker", "JBL Flip 6 Portable Bluetooth Speaker",
        "punch home design architect series 3000 v10.0"]})
    got = match_offers(offers_frame([{"name": offer}]), catalog).iloc[0]
    if expected is None:
        assert got["match_status"] != "auto", got["match_reason"]
    else:
        assert (got["catalog_sku"], got["match_status"]) == (expected, "auto"), got["match_reason"]


def test_an_offer_silent_on_the_colour_the_item_names_is_not_auto_without_a_code():
    catalog = pd.DataFrame({"sku": ["teal"], "name": ["JBL Flip 5 Portable Bluetooth Speaker - Teal - JBLFLIP5TEALAM"]})
    got = match_offers(offers_frame([{"name": "JBL FLIP 5 PORTABLE WATERPROOF SPEAKER"},
                                     {"name": "JBL Flip 5 Portable Waterproof Speaker Teal"}]), catalog)
    assert got.loc[0, "match_status"] == "review" and "does not say colour teal" in got.loc[0, "match_reason"]
    assert (got.loc[1, "catalog_sku"], got.loc[1, "match_status"]) == ("teal", "auto")


def test_a_series_after_v_is_not_a_version():
    catalog = pd.DataFrame({"sku": ["s1", "v10"], "name": ['Panasonic VIERA S1 Series 58" Plasma HDTV - TCP58S1',
                                                          'Panasonic VIERA V10 Series 58" Plasma HDTV - TCP58V10']})
    got = match_offers(offers_frame([{"name": "Panasonic VIERA V10 Series 58in 1080p Plasma HDTV"}]), catalog).iloc[0]
    assert (got["catalog_sku"], got["match_status"]) == ("v10", "auto"), got["match_reason"]


@pytest.mark.parametrize(("offer", "mpn", "expected"), [
    ("Infinity Primus P163 Bookshelf Speaker - Black (Pair)", "", "P163BK"),   # code without its colour letters
    ("Infinity Primus P163 Bookshelf Speaker (Pair)", "", None),               # ... and no colour said
    ("Sony DVP-SR200P/B DVD Player - Black", "", "DVPSR200P"),                # the offer's code with a colour letter
    ("Panasonic Lumix 10.1 MP Digital Camera, 12x Wide Angle, Black", "DMC-ZS3K", "DMCZS3K"),  # a short code as MPN
    ("HP 02 Black Ink Cartridge", "C8721WN#140", "C8721WN"),                   # a retailer suffix on the MPN
])
def test_codes_with_colour_letters_and_part_suffixes(offer, mpn, expected):
    catalog = pd.DataFrame({"sku": ["P163BK", "P163WH", "DVPSR200P", "DMCZS3K", "DMCZS3S", "C8721WN"], "name": [
        "Infinity Primus Two-Way Bookshelf Loudspeakers - P163BK",
        "Infinity Primus Two-Way Bookshelf Loudspeakers - P163WH",
        "Sony Progressive Scan DVD Player - DVPSR200P", "Panasonic Lumix DMC-ZS3 Digital Camera - Black - DMCZS3K",
        "Panasonic Lumix DMC-ZS3 Digital Camera - Silver - DMCZS3S", "HP 02 Black Ink Cartridge - C8721WN"]})
    got = match_offers(offers_frame([{"name": offer, "mpn": mpn}]), catalog).iloc[0]
    if expected is None:
        assert got["match_status"] != "auto", got["match_reason"]
    else:
        assert (got["catalog_sku"], got["match_status"]) == (expected, "auto"), got["match_reason"]
