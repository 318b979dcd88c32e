"""A Czech tyre e-shop, a Lithuanian perfumery and a Polish truck parts shop
(samples/matching/domains_dev16): a fragrance's concentration written in Lithuanian or Latvian,
a tyre's season in Czech, Slovak, Hungarian or a German wholesaler's word, SPF written `FPS` or
`СЗФ` or glued (`LSF30`) are read as every other language's; a line's words left out right before
the concentration or the tyre's size name another line; a word of a shorthand phrase ("run flat")
written alone is no known word; and a maker's number the catalog writes in groups of digits
("WABCO 432 410 222 7", "LEMFÖRDER 26347 01") is the number a supplier's column writes joined; a
cross-reference cue naming nothing after it ("... RE504836 ZAMIENNIK", "(аналог)") makes the offer an
aftermarket part."""
from __future__ import annotations

import pandas as pd

from pricesync.match import match_offers
from pricesync.match.reading import words
from pricesync.match.candidates.catalog_index import grouped_numbers
from pricesync.match.config import MatchingConfig
from tests.test_match_domains import match_apart, auto_verdict as _verdict, name_tokens as _tokens


PERFUMES = [("E", "Dior Sauvage tualetinis vanduo vyrams 100 ml"), ("P", "Dior Sauvage parfumuotas vanduo vyrams 100 ml"),
            ("L", "Yves Saint Laurent Libre parfumuotas vanduo moterims 50 ml"),
            ("C", "Chanel Chance Eau Tendre tualetinis vanduo moterims 100 ml"),
            ("G", "Carolina Herrera Good Girl parfumuotas vanduo moterims 80 ml"),
            ("M", "Rabanne 1 Million tualetinis vanduo vyrams 100 ml"),
            ("A", "Giorgio Armani Acqua di Giò tualetinis vanduo vyrams 100 ml"),
            ("J", "Jean Paul Gaultier Le Male tualetinis vanduo vyrams 125 ml"),
            ("H", "Hermès Terre d'Hermès tualetinis vanduo vyrams 100 ml"),
            ("K", "Calvin Klein CK One tualetinis vanduo unisex 200 ml"),
            ("W", "Giorgio Armani My Way parfumuotas vanduo moterims 50 ml")]


def test_a_concentration_in_lithuanian_or_latvian_is_the_edt_or_edp():
    assert "edt" in _tokens("Dior Sauvage tualetinis vanduo vyrams 100 ml")
    assert "edp" in _tokens("Carolina Herrera Good Girl parfimērijas ūdens sievietēm 80 ml")
    assert "gender:men" in _tokens("Jean Paul Gaultier Le Male tualetes ūdens vīriešiem 125 ml")
    got = match_apart(PERFUMES, ["DIOR SAUVAGE EDT 100ML M", "DIOR SAUVAGE EDP 100ML M", "YSL LIBRE EDT 50ML W",
                                 "DIOR SAUVAGE PARFUM 100ML M", "Yves Saint Laurent Libre Le Parfum 50 ml"])
    assert _verdict(got, 0) == ("E", "auto") and _verdict(got, 1) == ("P", "auto")
    for row in (2, 3, 4):  # another concentration of the scent
        assert got.loc[row, "match_status"] != "auto", got.loc[row, "match_reason"]


TYRES = [("K", "Kormoran Road Performance 205/55 R16 91V letní"), ("P", "Michelin Primacy 4+ 205/55 R16 91V letní"),
         ("B", "Barum Bravuris 5HM 195/65 R15 91H letní"), ("S", "Sava Intensa HP2 195/65 R15 91H letní"),
         ("M", "Matador Hectorra 5 205/55 R16 91V letní"), ("F", "Falken Ziex ZE310 Ecorun 205/55 R16 91V letní"),
         ("D", "Dunlop Sport Maxx RT2 225/45 R17 94Y XL MFS letní"), ("H", "Hankook Ventus Prime 4 K135 205/55 R16 91V letní")]


def test_line_words_left_out_before_the_concentration_or_the_size_name_another_line():
    got = match_apart(PERFUMES, ["Chanel Chance eau de toilette for women 100 ml",
                                 "Chanel Chance Eau Tendre eau de toilette for women 100 ml"])
    assert got.loc[0, "match_status"] != "auto" and "leaves out" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("C", "auto")
    got = match_apart(TYRES, ["Letní pneumatika Kormoran Road 205/55 R16 91V"])
    assert got.loc[0, "match_status"] != "auto" and "leaves out performance" in got.loc[0, "match_reason"]
    assert _verdict(match_apart(TYRES, ["Letní pneu Kormoran Road Performance 205/55 R16 91V"]), 0) == ("K", "auto")


def test_a_word_of_a_shorthand_phrase_alone_is_no_known_word():
    assert "runflat" in words.active().every_word and "flat" not in words.active().every_word
    # One supplier lists the item's shade and another shade in its place ("Flat Out Fabulous").
    catalog = pd.DataFrame({"sku": ["R"], "name": ["MAC Retro Matte lūpų dažai Ruby Woo 3 g"]})
    offers = pd.DataFrame({"supplier": ["m", "m"], "supplier_sku": ["1", "2"],
                           "name": ["MAC Retro Matte lūpų dažai Ruby Woo 3 g",
                                    "MAC Retro Matte lūpų dažai Flat Out Fabulous 3 g"]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert _verdict(got, 0) == ("R", "auto")
    assert got.loc[1, "match_status"] != "auto" and "says ruby as the item does" in got.loc[1, "match_reason"]


def test_a_number_written_in_groups_is_the_number_a_column_writes_joined():
    assert grouped_numbers(("wabco", "432", "410", "222", "7")) == ["4324102227"]
    assert grouped_numbers(("lemforder", "26347", "01", "side:left")) == ["2634701"]
    assert grouped_numbers(("pack", "2", "250", "ml")) == [] and grouped_numbers(("1878",)) == []
    catalog = pd.DataFrame({"sku": ["W", "L", "R"],
                            "name": ["Wkład osuszacza powietrza WABCO 432 410 222 7",
                                     "Końcówka drążka kierowniczego lewa LEMFÖRDER 26347 01",
                                     "Końcówka drążka kierowniczego prawa LEMFÖRDER 26348 01"]})
    offers = pd.DataFrame({"supplier": ["a", "b", "c", "d"], "supplier_sku": ["1", "2", "3", "4"],
                           "name": ["WKŁAD OSUSZACZA WABCO 4324102227", "Tie Rod End Left LEMFÖRDER 26347 01",
                                    "Наконечник рульової тяги правий LEMFORDER 2634801",
                                    "Lufttrocknerpatrone WABCO 432 410 222 7"],
                           "mpn": ["4324102227", "2634701", "2634801", "4324102237"]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert _verdict(got, 0) == ("W", "auto") and _verdict(got, 1) == ("L", "auto") and _verdict(got, 2) == ("R", "auto")
    assert got.loc[3, "match_status"] != "auto" and "is not 4324102227" in got.loc[3, "match_reason"]


def test_a_tyres_season_in_czech_slovak_hungarian_and_a_wholesalers_german():
    assert "season:winter" in _tokens("Zimní pneumatika Barum Polaris 5") and "season:winter" in _tokens("téli gumi")
    assert "season:allseason" in _tokens("Celoročná pneumatika") and "season:allseason" in _tokens("TL GANZJAHR")
    assert "season:summer" in _tokens("nyári gumi") and "season:summer" in _tokens("TL SOMMER")
    tyres = [("W", "Barum Polaris 5 195/65 R15 91T zimní"), ("A", "Barum Quartaris 5 205/55 R16 91H celoroční")]
    got = match_apart(tyres, ["Barum Polaris 5 195/65 R15 91T téli gumi", "Barum Polaris 5 195/65 R15 91T nyári gumi",
                              "Barum Quartaris 5 205/55 R16 91H zimná"])
    assert _verdict(got, 0) == ("W", "auto")
    assert got.loc[1, "match_status"] != "auto" and "season" in got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto" and "season" in got.loc[2, "match_reason"]


def test_spf_written_fps_or_szf_or_glued_is_the_spf():
    assert "spf50" in _tokens("Fluido Invisible FPS50+ 50 ml") and "spf30" in _tokens("Sonnenmilch LSF30 200 ml")
    assert "spf50" in _tokens("флюид СЗФ 50+ 50 мл") and "lsfx" in _tokens("Lsfx 30")
    sun = [("V", "Vichy Capital Soleil UV-Age Daily SPF50+ 40 ml")]
    got = match_apart(sun, ["Vichy Capital Soleil UV-Age Daily FPS50+ 40 ml", "Vichy Capital Soleil UV-Age Daily FPS30 40 ml"])
    assert _verdict(got, 0) == ("V", "auto")
    assert got.loc[1, "match_status"] != "auto"


def test_frames_per_second_after_their_number_are_no_spf():
    """FPS is the SPF only before its number: "4K 60 FPS" of a camera, "165 FPS" of a monitor
    are frames per second, and the camera matches the catalog's name that does not say them."""
    assert "spf" not in " ".join(_tokens("Sony Alpha 7 IV camera body 4K 60 FPS"))
    cameras = [("C1", "Sony Alpha 7 IV camera body 4K"), ("C2", "Sony Alpha 7C camera body"),
               ("M1", "ASUS TUF Gaming VG27AQ monitor 27 165Hz")]
    got = match_apart(cameras, ["Sony Alpha 7 IV camera body 4K 60 FPS", "ASUS TUF Gaming VG27AQ monitor 27 165Hz 165 FPS"])
    assert [_verdict(got, i) for i in (0, 1)] == [("C1", "auto"), ("M1", "auto")]


def test_a_cross_reference_cue_naming_nothing_after_it_makes_the_offer_aftermarket():
    assert "condition:third-party" in _tokens("FILTR OLEJU JOHN DEERE RE504836 ZAMIENNIK")
    assert "condition:third-party" in _tokens("Подушка пневморесори 4881 NP 02 (аналог, Туреччина)")
    # a cue naming another maker's part leaves that part out and says nothing of the offer itself
    assert "condition:third-party" not in _tokens("Filtr oleju DONALDSON P550779 zamiennik John Deere RE504836")
    assert "bosch" not in _tokens("Колодки TRW GDB1550 (аналог BOSCH 0986494104)")
    filters = [("J", "Filtr oleju silnika JOHN DEERE RE504836"), ("I", "Filtr oleju IVECO 2995811")]
    got = match_apart(filters, ["FILTR OLEJU JOHN DEERE RE504836 ZAMIENNIK", "Фильтр масляный IVECO 2995811 (аналог)",
                                "FILTR OLEJU JOHN DEERE RE504836 6000 6010 6020"])
    for row in (0, 1):
        assert got.loc[row, "match_status"] != "auto" and "third-party" in got.loc[row, "match_reason"]
    assert _verdict(got, 2) == ("J", "auto")


def test_for_women_says_whom_a_product_is_for_not_what_it_fits():
    got = match_apart(PERFUMES, ["Armani My Way eau de parfum refillable for women 50 ml",
                                 "Carolina Herrera Good Girl Eau de Parfum 80ml Spray for Women"])
    assert _verdict(got, 0) == ("W", "auto") and _verdict(got, 1) == ("G", "auto")
    # an accessory for a product still is one
    phones = [("P", "Apple iPhone 15 128GB Black")]
    got = match_apart(phones, ["Silicone Case for Apple iPhone 15 Black"])
    assert got.loc[0, "match_status"] != "auto" and "accessory" in got.loc[0, "match_reason"]


def test_a_russian_offer_translates_a_latin_catalogs_description_it_leaves_no_line_word_out():
    catalog = [("B", "La Roche-Posay Cicaplast Baume B5+ raminamasis balzamas 40 ml"),
               ("S", "Vichy Minéral 89 stiprinamasis serumas 50 ml"),
               ("X", "Xiaomi Redmi Note 13 Pro 5G 8/256GB czarny"), ("Y", "Xiaomi Redmi Note 13 8/256GB czarny"),
               ("E", "Effaclar Duo+M krem 40 ml"), ("C", "Cerave krem nawilżający 340 g")]
    got = match_apart(catalog, ["Бальзам La Roche-Posay Cicaplast Baume B5+ 40 мл восстанавливающий",
                                "Сыворотка Vichy Mineral 89 50 мл",
                                "Смартфон Xiaomi Redmi Note 13 Pro 8/256GB чорний"])
    assert _verdict(got, 0) == ("B", "auto") and _verdict(got, 1) == ("S", "auto")
    # a standard the line is named by still counts: the Pro without 5G is another phone
    assert got.loc[2, "match_status"] != "auto" and "leaves out 5g" in got.loc[2, "match_reason"]


def test_a_word_of_the_makers_name_written_in_the_item_is_no_version_of_it():
    catalog = [("N", "NYX Professional Makeup Soft Matte Lip Cream pomadka w płynie 03 Tokyo 8 ml"),
               ("M", "Maybelline SuperStay Matte Ink pomadka w płynie 20 Pioneer 5 ml"),
               ("S", "Shell Helix Ultra Professional AV-L 5W-30 5 l"), ("H", "Shell Helix Ultra 5W-30 5 l")]
    cat = pd.DataFrame({"sku": [s for s, _ in catalog], "name": [n for _, n in catalog],
                        "brand": ["NYX Professional Makeup", "Maybelline", "Shell", "Shell"]})
    offers = pd.DataFrame({"supplier": ["a", "b"], "supplier_sku": ["1", "2"],
                           "name": ["Помада NYX Soft Matte Lip Cream 03 Tokyo", "Shell Helix Ultra AV-L 5W-30 5L"]})
    got = match_offers(offers, cat, config=MatchingConfig(scorer="rules"))
    assert _verdict(got, 0) == ("N", "auto")
    # a line's own word is still its version: Helix Ultra without Professional is another oil
    assert got.loc[1, "match_status"] != "auto"
