"""A UK drugstore make-up shop, a UK motor factor and an Australian tyre shop (samples/matching/domains_dev43):
a whole number below ten written apart from its "g" is grams ("Mascara, Black, 9 g"), glued it stays a phone's
network ("5G"); a count written as times before the word of a set ("x4 Set") is a pack; a shade named by the word
before its colour is read also with the offer's size after the colour ("Very Black, 0.24 fl oz" for "Cosmic
Black"), never by a word naming the kind ("tusz do rzęs Black" for "Mascara Black"); two letters written apart
after a tyre line's number, before its size, are the line's version ("Primacy 4 ST"), not a label after the size
("EcoContact 6 EU") nor letters both names say ("ROAD 6 GT" after the size); a marketplace seller's "Brand New"
after a tyre's size names no version."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens


def test_a_small_weight_written_apart_is_grams():
    assert "9gr" in name_tokens("Benefit They're Real! Magnet Extreme Lengthening Mascara, Black, 9 g")
    assert "3gr" in name_tokens("MAC Matte Lipstick Russian Red 3 g")
    assert not any(t.endswith("gr") for t in name_tokens("Samsung Galaxy A55 5G 8/256GB"))


MASCARAS = [("TR", "Benefit They're Real! Mascara Black 8.5g"),
            ("SH", "Maybelline Lash Sensational Sky High Mascara Cosmic Black"),
            ("MF", "Max Factor 2000 Calorie Mascara Black 9ml")]


def test_another_weight_of_the_line_is_not_the_item():
    got = match_apart(MASCARAS, ["Benefit They're Real! Magnet Extreme Lengthening Mascara, Black, 9 g"])
    assert got.loc[0, "match_status"] != "auto"
    assert "weight 9gr vs 8.5gr" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]


def test_a_shade_named_by_its_word_before_the_colour_with_a_size_after_it():
    got = match_apart(MASCARAS, ["Maybelline Lash Sensational Sky High Washable Mascara, Very Black, 0.24 fl oz",
                                 "Max Factor 2000 Calorie tusz do rzęs Black 9 ml"])
    assert got.loc[0, "match_status"] != "auto"
    assert "shade very black vs cosmic black" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("MF", "auto"), got.loc[1, "match_reason"]


def test_times_before_a_set_is_a_pack():
    assert "4pcs" in name_tokens("Michelin Agilis 3 215/70R15C x4 Set")
    got = match_apart([("AG", "Michelin Agilis 3 215/70R15C 109/107S")],
                      ["Michelin Agilis 3 215/70R15C x4 Set", "Michelin Agilis 3 215/70R15C 109/107S Commercial Van Tyre"])
    assert got.loc[0, "match_status"] != "auto"
    assert "pack 4pcs vs 1pcs" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]


TYRES = [("P4", "Michelin Primacy 4 205/55R16 91V"),
         ("R6", "Michelin Road 6 GT 190/50 ZR17 (73W) TL"),
         ("EC", "Continental EcoContact 6 215/60R16 95V"),
         ("DT", "Goodyear Wrangler DuraTrac LT265/75R16 123/120Q Load Range E")]


def test_two_letters_after_a_line_number_before_the_size_are_a_version():
    got = match_apart(TYRES, ["Michelin PRIMACY 4 ST 205/55R16 91V",
                              "Michelin Primacy 4 - 205/55R16 91V",
                              "190/50ZR17 (73W) TL MICHELIN ROAD 6 GT",
                              "215/60R16 95V TL Continental EcoContact 6 EU A/B/71dB"])
    assert got.loc[0, "match_status"] != "auto"
    assert "number 4/4st said by one name only" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("P4", "auto"), got.loc[1, "match_reason"]
    assert "said by one name only" not in got.loc[2, "match_reason"], got.loc[2, "match_reason"]
    assert "said by one name only" not in got.loc[3, "match_reason"], got.loc[3, "match_reason"]


def test_brand_new_after_a_tyre_size_names_no_version():
    got = match_apart(TYRES, ["Goodyear Wrangler DuraTrac LT265/75R16 Brand New"])
    assert "after the size" not in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
