"""A Russian engine-gaskets shop, a Ukrainian Rozetka make-up shop and a German eBay tyre shop
(samples/matching/domains_dev62): three digits, a full stop and three digits are a maker's part number ("Elring
150.160"), not a decimal; a volume against a weight more than three times apart is another product ("Foundation
... 30ml" for the line's "Пудра ... 9 г"); a short list's two letters for the item's maker after a tyre's size
("LM005 BS") are no mark of a version; a Latin word naming the kind the item says in its own words ("... Powder"
for the "Пудра компактна ...") is no word of another line."""
from __future__ import annotations

from tests.test_match_domains import _match_branded, auto_verdict as _verdict, match_apart, name_tokens

HEAD_GASKETS = [("N2", "Прокладка ГБЦ Elring 150.160 VW/Audi/Skoda 1.9 TDI AJM/ASZ 1.57 мм 2 метки"),
                ("N3", "Прокладка ГБЦ Elring 150.170 VW/Audi/Skoda 1.9 TDI AJM/ASZ 1.61 мм 3 метки"),
                ("VC", "Прокладка клапанной крышки Elring 915.939 VW 1.9 TDI")]


def test_a_dotted_part_number_is_a_code_not_a_decimal():
    assert "150160" in name_tokens("Прокладка ГБЦ Elring 150.160 VW 1.9 TDI")
    assert "150.16" not in name_tokens("Прокладка ГБЦ Elring 150.160 VW 1.9 TDI")
    assert "1.57mm" in name_tokens("Прокладка ГБЦ 1.57 мм")      # a measure keeps its decimals
    assert "1.5" in name_tokens("Renault 1.5 dCi K9K")


def test_the_number_finds_the_gasket_and_tells_its_notches():
    got = match_apart(HEAD_GASKETS, ["Прокладка ГБЦ Elring 150.160 VW 1.9 TDI (1,57 мм, 2 мітки)",
                                     "Прокладка ГБЦ Elring 150.150 VW 1.9 TDI (1,53 мм, 1 мітка)",
                                     "Zylinderkopfdichtung ELRING 150.170 VW 1.9 TDI 1,61 mm 3 Kerben"])
    assert _verdict(got, 0) == ("N2", "auto"), got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto"
    assert _verdict(got, 2) == ("N3", "auto"), got.loc[2, "match_reason"]


FIT_ME = [("P120", "Пудра компактна Maybelline New York Fit Me Matte + Poreless 120 Classic Ivory 9 г"),
          ("P220", "Пудра компактна Maybelline New York Fit Me Matte + Poreless 220 Natural Beige 9 г"),
          ("F120", "Тональний крем Maybelline New York Fit Me Matte + Poreless 120 Classic Ivory 30 мл")]


def test_a_volume_against_a_weight_far_apart_is_another_product():
    got = match_apart(FIT_ME, ["Maybelline Fit Me Matte + Poreless Foundation 220 Natural Beige 30ml"])
    assert got.loc[0, "match_status"] != "auto"
    assert "volume 30ml vs 9g" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]


def test_the_kind_said_again_in_english_is_no_word_of_another_line():
    got = match_apart(FIT_ME, ["Пудра для обличчя Maybelline New York Fit Me Matte & Poreless Powder відтінок 220 "
                               "Natural Beige 9 г"])
    assert _verdict(got, 0) == ("P220", "auto"), got.loc[0, "match_reason"]


TYRES = [("LM", "Bridgestone Blizzak LM005 205/55 R16 91H Winterreifen", "Bridgestone"),
         ("A5", "Bridgestone Weather Control A005 Evo 205/55 R16 94V XL Ganzjahresreifen", "Bridgestone"),
         ("SP", "Nokian Snowproof 2 205/55 R16 91H Winterreifen", "Nokian")]


def test_a_short_lists_letters_for_the_maker_are_no_mark():
    got = _match_branded(TYRES, ["205/55R16 91H LM005 BS", "205/55R16 91H SNOWPROOF 2 NO", "205/55R16 91H LM005 XYZ"])
    assert _verdict(got, 0) == ("LM", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("SP", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto"
