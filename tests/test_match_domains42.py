"""An alternator and starter shop (RU), a van tyre shop (DE) and a body care shop (UA) (samples/matching/domains_dev42):
a part sold with its mileage or from a breaker's yard is used, an "exchange unit" remanufactured; a body care line's
almond, orchid, honey, coconut and cocoa are what it is made with ("Орхидея" 750 ml is not the honey gel of that
size, "Ваниль и мед" is the "Vanilla Honey"); of two items one code names, the one the offer differs from in
nothing is the one (the new alternator, not the "восстановленный" of its number); kilowatts are a unit ("1,1 кВт" =
"1.1 kW"); a title leads by its own Latin words, not by those its brand column lends it; a German "NEU" after a
tyre's size is a label; "4Season" / "4Seasons" say the all-season tyre."""
from __future__ import annotations

from datetime import date

import pandas as pd

from pricesync.match import match_offers
from pricesync.match.config import MatchingConfig
from tests.test_match_domains import _match, auto_verdict as _verdict, match_apart, name_tokens


def test_a_part_with_its_mileage_is_used_and_an_exchange_unit_remanufactured():
    assert "condition:used" in name_tokens("Генератор Приора КЗАТЭ 9402.3701-01 пробег 20 тыс")
    assert "condition:used" in name_tokens("Генератор Valeo 439386 с разборки Megane 2")
    assert "condition:used" in name_tokens("Стартер Логан 1.6 Valeo 458215 снят с рабочей машины")
    assert "condition:used" in name_tokens("Стартер Valeo 458215 з розбирання")
    assert "condition:refurbished" in name_tokens("BOSCH 0 124 555 009 Alternator 28V 80A exchange unit (core required)")
    assert not any(t.startswith("condition:") for t in name_tokens("Генератор Bosch 0124525037 новый"))


ALTERNATORS = [("AR-02", "Генератор Bosch 0 124 525 037 14V 140A VW Golf V, Passat B6"),
               ("AR-03", "Генератор Bosch 0 124 525 037 14V 140A восстановленный"),
               ("AR-15", "Генератор Bosch 0 124 555 009 28V 80A MAN TGA, TGS")]


def test_one_number_two_items_the_new_one_is_the_plain_offer():
    got = _match(ALTERNATORS, ["BOSCH 0 124 525 037 Alternator 14V 140A",
                               "Генератор восстановленный Bosch 0124525037 140А, обмен на старый",
                               "Генератор Bosch 0124525037 контрактный б/у, проверен на стенде",
                               "BOSCH 0 124 555 009 Alternator 28V 80A exchange unit (core required)"],
                 mpns=["0124525037", "", "", "0124555009"])
    assert _verdict(got, 0) == ("AR-02", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("AR-03", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto", got.loc[2, "match_reason"]
    assert got.loc[3, "match_status"] != "auto", got.loc[3, "match_reason"]


def test_kilowatts_are_a_unit():
    assert "1.1kw" in name_tokens("Стартер Bosch 0001121016 1,1 кВт VW Golf 4")
    assert "1.1kw" in name_tokens("Стартер Bosch 0 001 121 016 12V 1.1 kW VW Golf IV")
    assert "1.1kw" in name_tokens("СТАРТЕР BOSCH 12V 1.1KW VW GOLF IV")
    assert "24kw" in name_tokens("Котел 24 кВт двоконтурний")
    # (no watts: a clutch kit's "85KW" leaves its number's "950" a number, not a lamp's light code)
    assert "950" in name_tokens("SACHS 3000 950 007 Kupplungssatz VW Golf 5 1.6 FSI 85KW")


STARTERS = [("AR-21", "Стартер Bosch 0 001 121 016 12V 1.1 kW VW Golf IV, Skoda Octavia 1.4/1.6"),
            ("AR-23", "Стартер Valeo 458215 12V 1.2 kW Renault Logan, Sandero 1.4/1.6")]


def test_a_starters_power_with_a_decimal_comma_is_its_power():
    got = match_apart(STARTERS, ["Стартер Bosch 0001121016 1,1 кВт VW Golf 4, Bora, Skoda Octavia",
                                 "Стартер Valeo 458215 для Renault Logan, Sandero, Lada Largus 1,2 кВт"])
    assert _verdict(got, 0) == ("AR-21", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("AR-23", "auto"), got.loc[1, "match_reason"]


def test_body_care_extracts_tell_a_lines_scents_apart():
    assert "extract-orchid" in name_tokens("Гель для душа Palmolive Натурэль Орхидея и молочко 750 мл")
    assert "extract-almond" in name_tokens("Palmolive Naturals Żel pod prysznic Migdał i mleko 250 ml")
    assert "extract-honey" in name_tokens("Гель для душа Fa Yoghurt Ваниль и мед 250 мл")
    assert "extract-honey" in name_tokens("Гель для душу Fa Yoghurt Vanilla Honey 250 мл")
    assert "extract-cocoa" in name_tokens("Ziaja Masło kakaowe balsam do ciała 400 ml")


GELS = [("BC-03", "Гель для душу Palmolive Naturals Орхідея та молочко 250 мл"),
        ("BC-04", "Гель для душу Palmolive Naturals Мед та молочко 750 мл"),
        ("BC-15", "Гель для душу Fa Yoghurt Vanilla Honey 250 мл")]


def test_an_orchid_gel_is_not_the_honey_gel_of_its_size():
    got = match_apart(GELS, ["Гель для душа Palmolive Натурэль Орхидея и молочко 750 мл",
                             "Гель для душа Fa Yoghurt Ваниль и мед 250 мл"])
    assert not (got.loc[0, "match_status"] == "auto" and got.loc[0, "catalog_sku"] == "BC-04"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("BC-15", "auto"), got.loc[1, "match_reason"]


def test_a_brand_columns_words_lead_no_title():
    catalog = pd.DataFrame({"sku": ["BC-23", "BC-25", "BC-28"],
                            "name": ["Баттер для тіла The Body Shop Shea 200 мл", "Баттер для тіла The Body Shop Mango 200 мл",
                                     "Кавовий скраб для тіла Joko Blend Original 200 г"],
                            "brand": ["The Body Shop", "The Body Shop", "Joko Blend"]})
    offers = pd.DataFrame({"supplier": ["a", "b"], "supplier_sku": ["1", "2"],
                           "name": ["Масло ши нерафіноване для тіла 200 мл", "Баттер для тіла The Body Shop Shea 200 мл"],
                           "brand": ["Shea Butter", "The Body Shop"]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("BC-23", "auto"), got.loc[1, "match_reason"]


def _van_shop():
    from conftest import load_script

    offers, catalog, truth = load_script("bench/bench_match.py").load_domain("vantyres_de", "dev42")
    return catalog


def test_a_four_season_line_is_the_all_season_tyre_and_neu_a_label():
    assert "season:allseason" in name_tokens("Goodyear Vector 4Seasons Gen-3 205/55 R16 94V XL")
    assert "season:allseason" in name_tokens("Continental VanContact 4Season 215/65 R16C 109/107T")
    names = ["Continental VanContact 4Season ( 215/65 R16C 109/107T 8PR )",
             f"Hankook Vantra LT RA18 215/65 R16C 109/107T Neureifen DOT {date.today().year - 1}",
             "Continental VanContact 4Season 225/65R16C 112/110R 8PR"]
    offers = pd.DataFrame({"supplier": [f"s{i}" for i in range(len(names))],
                           "supplier_sku": [str(i) for i in range(len(names))], "name": names})
    got = match_offers(offers, _van_shop(), config=MatchingConfig(scorer="rules"))
    assert _verdict(got, 0) == ("VT-03", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("VT-18", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto", got.loc[2, "match_reason"]
