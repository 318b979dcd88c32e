"""A Russian car-lighting shop, a Polish pharmacy's dermocosmetics and a Bulgarian tyre shop
(samples/matching/domains_dev45): a refill as Polish ("uzupełnienie", its "ł" kept), Czech ("náhradní náplň",
"NAPLN"), Russian ("запаска", "запасной блок") and Ukrainian ("запасний блок", "змінний блок", "з/б") names write
it is the refill, not the bottle with its pump; a Czech day or night cream ("denní krém", "noční krém") is the day
or night cream; Bulgarian pieces ("1 бр.", "комплект 4 бр.", "4 броя") are counted; a line's word cut short and
glued to its number ("PRIM4+", "PERF2", "FUS5") is the catalog's word ("Primacy 4+"); and what the first contact
already told apart stays apart (a bulb's blister for its carton, a twin box for the single bulb)."""
from __future__ import annotations

import pytest

from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens

LIPIKAR = [("BA", "La Roche-Posay Lipikar Baume AP+M balsam 400 ml"),
           ("RE", "La Roche-Posay Lipikar Baume AP+M balsam uzupełnienie 400 ml")]


def test_a_refill_spelled_with_its_polish_l_is_the_refill():
    assert "package:refill" in name_tokens("La Roche-Posay Lipikar Baume AP+M balsam uzupełnienie 400 ml")
    got = match_apart(LIPIKAR, ["LA ROCHE-POSAY LIPIKAR BAUME AP+M UZUPELNIENIE 400ML",
                                "La Roche-Posay Lipikar Baume AP+M náhradní náplň 400 ml",
                                "LA ROCHE-POSAY LIPIKAR BAUME AP+M 400ML"])
    assert _verdict(got, 0) == ("RE", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("RE", "auto"), got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("BA", "auto"), got.loc[2, "match_reason"]


def test_a_dryer_cartridge_is_not_read_as_a_refill():
    assert "package:refill" not in name_tokens("Wkład osuszacza powietrza WABCO 432 410 222 7")


@pytest.mark.parametrize("name", ["PALMOLIVE NATURALS MYDLO ALMOND NAPLN 500ML",
                                  "Жидкое мыло Palmolive Naturals миндаль запаска 500 мл",
                                  "Жидкое крем-мыло Palmolive Натурэль Миндаль и молочко запасной блок 500 мл",
                                  "Рідке крем-мило Palmolive Naturals Мигдаль та молочко запасний блок 500 мл",
                                  "Palmolive Naturals Рідке мило Мигдаль та молочко 500 мл змінний блок",
                                  "PALMOLIVE рідке мило NATURALS мигдаль з/б 500мл"])
def test_a_refill_in_the_words_of_the_region(name):
    assert "package:refill" in name_tokens(name)


HYALURON = [("DAY", "Eucerin Hyaluron-Filler krem na dzień SPF30 50 ml"),
            ("NIGHT", "Eucerin Hyaluron-Filler krem na noc 50 ml")]


def test_a_czech_day_or_night_cream():
    got = match_apart(HYALURON, ["Eucerin Hyaluron-Filler denní krém SPF 30 50 ml",
                                 "Eucerin Hyaluron-Filler noční krém 50 ml"])
    assert _verdict(got, 0) == ("DAY", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("NIGHT", "auto"), got.loc[1, "match_reason"]


DUNLOP = [("RT2", "Летна гума Dunlop Sport Maxx RT2 225/45 R17 94Y XL"),
          ("PC7", "Летна гума Continental PremiumContact 7 225/45 R17 91Y")]


def test_bulgarian_pieces_are_counted():
    assert "4pcs" in name_tokens("Летни гуми Michelin Primacy 4+ 205/55 R16 91V комплект 4 бр.")
    assert "4pcs" in name_tokens("Летни гуми Hankook Ventus Prime 4 205/55 R16 91V, 4 броя, нови")
    got = match_apart(DUNLOP, ["Летни гуми Dunlop Sport Maxx RT2 225/45 R17 94Y XL - 1 бр. нова",
                               "Летни гуми Dunlop Sport Maxx RT2 225/45 R17 94Y XL, комплект 4 броя"])
    assert _verdict(got, 0) == ("RT2", "auto"), got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto", got.loc[1, "match_reason"]


BULBS = [("NL", "Лампа галогенная Osram Night Breaker Laser H7 12V 55W +150% 64210NL (1 шт)"),
         ("HCB", "Лампа галогенная Osram Night Breaker Laser H7 12V 55W +150% 64210NL-HCB (2 шт, бокс)"),
         ("H11", "Лампа галогенная Osram Night Breaker Laser H11 12V 55W +150% 64211NL (1 шт)")]


def test_a_bulbs_twin_box_and_single_bulb_stay_apart():
    got = match_apart(BULBS, ["Лампа автомобильная Osram Night Breaker Laser H7 +150% 12V 55W, 1 шт",
                              "Лампа автомобильная Osram Night Breaker Laser H7 +150% 12V 55W, 2 шт (Duo Box)",
                              "Лампа автомобильная Osram Night Breaker Laser H11 +150% 12V 55W, 2 шт",
                              "OSRAM 64211NL-HCB NIGHT BREAKER LASER H11 12V 55W DUO BOX"])
    assert _verdict(got, 0) == ("NL", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) != ("NL", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto", got.loc[2, "match_reason"]
    assert got.loc[3, "match_status"] != "auto", got.loc[3, "match_reason"]


def test_a_cut_word_glued_to_its_number_is_the_catalogs_word():
    from pricesync.match.reading.catalog_words import CutWords, LineInitials

    names = ["Michelin Летна гума Michelin Primacy 4+ 205/55 R16 91V",
             "Goodyear Летна гума Goodyear EfficientGrip Performance 2 205/55 R16 91V",
             "Gillette Fusion5 ProGlide Razor Blades 4 pack"]
    offers = ["MICHELIN 205/55/16 MICH PRIM4+ 91V", "GOODYEAR 205/55/16 GY EFFIGRIP PERF2 91V", "GIL FUS5 BLADES 4PK",
              "205/55/16 PRIM4+ 91V"]
    lines = LineInitials(names, offers)
    cut = CutWords(names, lines.cuts)
    assert cut.spell(offers[0]) == "MICHELIN 205/55/16 MICH Primacy 4+ 91V"
    assert cut.spell(offers[1]) == "GOODYEAR 205/55/16 GY EFFIGRIP Performance 2 91V"
    assert cut.spell(offers[2]) == "GIL Fusion5 BLADES 4PK"  # "blades" shared
    # no other word shared with a name writing it (the brand column empty): as written
    assert cut.spell(offers[3]) == offers[3]


def test_a_cut_that_is_a_word_of_the_catalog_stays():
    from pricesync.match.reading.catalog_words import CutWords, LineInitials

    names = ["Continental Continental EcoContact 6 195/65 R15 91H",
             "Continental Continental VanContact Eco 215/65 R16C"]
    offers = ["CONTINENTAL 195/65R15 91H ECO6"]
    cut = CutWords(names, LineInitials(names, offers).cuts)
    assert cut.spell(offers[0]) == offers[0]
    assert CutWords(names[:1], LineInitials(names[:1], offers).cuts).spell(offers[0]) == \
        "CONTINENTAL 195/65R15 91H EcoContact 6"


PRIMACY = [("P4", "Летна гума Michelin Primacy 4+ 205/55 R16 91V"),
           ("CC", "Всесезонна гума Michelin CrossClimate 2 205/55 R16 91V")]


def test_a_jobbers_cut_line_names_the_tyre():
    got = match_apart(PRIMACY, ["205/55/16 MICHELIN PRIM4+ 91V", "205/55/16 MICHELIN PRIM4+ 94V XL"])
    assert _verdict(got, 0) == ("P4", "auto"), got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto", got.loc[1, "match_reason"]
