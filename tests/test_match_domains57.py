"""A Russian marketplace auto-parts seller, a Polish drugstore's hair care and a UK/Irish tyre wholesaler
(samples/matching/domains_dev57): right before a kind of product both names say, words of the catalog written where
the item writes others the offer lacks name another member of the line ("Isana Hair Professional Repair szampon"
for the "... Oil Care szampon"); a phrase after "for" ending in a noun of hair or skin says whose hair or skin the
product is for ("shampoo for damaged hair"), no product it fits."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart

SHAMPOOS = [("OC", "Isana Hair Professional Oil Care szampon 300 ml"),
            ("GU", "Schwarzkopf Gliss Ultimate Repair szampon 400 ml"),
            ("GS", "Garnier Fructis Grow Strong szampon wzmacniający 400 ml"),
            ("DL", "L'Oréal Paris Elseve Dream Long szampon odbudowujący 400 ml"),
            ("JN", "Joanna Naturia szampon z pokrzywą i zieloną herbatą 500 ml"),
            ("ZJ", "Ziaja Jedwab szampon wygładzający 300 ml"),
            ("SC", "Syoss Color szampon do włosów farbowanych 440 ml"),
            ("TK", "Tresemmé Keratin Smooth szampon 400 ml"),
            ("HS", "Head & Shoulders Classic Clean szampon przeciwłupieżowy 400 ml"),
            ("NM", "Nivea Men Strong Power szampon 400 ml"),
            ("AL", "Alterra szampon Granat & Aloes do włosów farbowanych 200 ml"),
            ("BV", "Biovax Keratyna + Jedwab szampon 200 ml"),
            ("PM", "Pantene Pro-V Miracles Hydra Glow szampon 300 ml")]


def test_a_catalog_word_where_the_item_says_others_before_its_kind_is_another_member():
    got = match_apart(SHAMPOOS, ["Isana Hair Professional Repair szampon 300 ml",
                                 "Isana Hair Professional Oil Care szampon do włosów 300 ml"])
    assert got.loc[0, "match_status"] != "auto"
    assert "oil care" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("OC", "auto"), got.loc[1, "match_reason"]


def test_the_item_words_said_keep_the_match():
    got = match_apart(SHAMPOOS, ["Schwarzkopf Gliss Ultimate Repair szampon 400 ml"])
    assert _verdict(got, 0) == ("GU", "auto"), got.loc[0, "match_reason"]


def test_for_damaged_hair_says_whose_hair_not_what_it_fits():
    from pricesync.match.reading.names import analyse

    for text in ["Dove Intensive Repair Shampoo for damaged hair 400ml",
                 "Redken All Soft shampoo for dry and brittle hair 300 ml",
                 "CeraVe SA Cream for Rough & Bumpy Skin 12oz (340g)"]:
        assert "role" not in analyse([text])[text].attrs.words, text
    accessory = "Diffuser for hair dryer Dyson"
    assert analyse([accessory])[accessory].attrs.words.get("role") == {"diffuser"}


def test_a_shampoo_for_damaged_hair_is_the_shampoo():
    catalog = [("AR", "L'Oréal Professionnel Serie Expert Absolut Repair szampon 300 ml"),
               ("VC", "L'Oréal Professionnel Serie Expert Vitamino Color szampon 300 ml")]
    got = match_apart(catalog, ["L'Oréal Professionnel Serie Expert Absolut Repair shampoo for damaged hair 300 ml"])
    assert "accessory" not in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
