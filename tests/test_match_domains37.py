"""A Russian industrial-tyre shop, a German make-up shop and a Polish steering-parts shop
(samples/matching/domains_dev37): an industrial tyre's size in inches is one size however it is written
("28x9-15", "28х9-15", "18X7-8", "5.00-8", "25x8.00-12"), a solid tyre's rim width after a slash is the width the
catalog writes in brackets ("6.50-10/5.00" = "6.50-10 (5.00)"); a wholesaler's article built of the line, the size
and the ply rating is the name's own words; a tyre's size after "для" is the tyre's own, not a product it fits;
a product in its old packaging or out of its box is not the one the shop sells."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens


def test_an_industrial_size_is_one_size_however_written():
    assert "28x9d15" in name_tokens("Шина 28x9-15 Advance OB-502 14PR TT пневматическая")
    assert "28x9d15" in name_tokens("Шина пневматическая 28х9-15 14нс OB502 Advance (КНР) камерная")
    assert "18x7d8" in name_tokens("ШИНА ЦЕЛЬНОЛИТАЯ 18X7-8/4.33 SOLIDEAL MAGNUM")
    assert "50d8" in name_tokens("ШИНА 5.00-8 10PR OB-502 ADVANCE TT")
    assert "25x8d12" in name_tokens("Opona ATV Kenda K299 Bearclaw 25x8.00-12 6PR")
    assert "458" in name_tokens("Lens 4.5-8 mm")  # a lens's range, one decimal: no tyre


def test_a_solid_tyres_rim_width_after_a_slash_is_the_bracketed_one():
    slashed = name_tokens("ШИНА ЦЕЛЬНОЛИТАЯ 6.50-10/5.00 TRELLEBORG ELITE XP")
    assert {"65d10", "5"} <= set(slashed)
    assert set(slashed) - {"шина"} <= set(name_tokens("Шина цельнолитая 6.50-10 (5.00) Trelleborg Elite XP")) | {"шина"}


FORKLIFT = [("P65", "Шина 6.50-10 Advance OB-502 12PR TT пневматическая"),
            ("P28", "Шина 28x9-15 Advance OB-502 14PR TT пневматическая"),
            ("S65", "Шина цельнолитая 6.50-10 (5.00) Trelleborg Elite XP"),
            ("S28", "Шина цельнолитая 28x9-15 (7.00) Trelleborg Elite XP"),
            ("T28", "Камера 28x9-15 JS2")]


def test_another_industrial_size_is_another_tyre():
    got = match_apart(FORKLIFT, ["Шина пневматическая 6.50-10 14нс OB502 Advance (КНР) камерная",
                                 "ШИНА ЦЕЛЬНОЛИТАЯ 6.50-10/5.00 TRELLEBORG ELITE XP",
                                 "Камера 7.00-12 JS2 (КНР)",
                                 "ШИНА 28X9-15 14PR OB-502 ADVANCE TT"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("S65", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto", got.loc[2, "match_reason"]
    assert _verdict(got, 3) == ("P28", "auto"), got.loc[3, "match_reason"]


def test_an_article_built_of_the_line_the_size_and_the_ply_is_the_names_own():
    from pricesync.match.decision.vetoes import _code_and_size

    name = name_tokens("ШИНА 6.50-10 12PR OB-502 ADVANCE TT")
    assert _code_and_size("ob502651012", "ob502", name)      # OB502-6510-12
    assert _code_and_size("ob5026501012", "ob502", name)     # OB502-650-10-12
    assert not _code_and_size("ob502651014", "ob502", name)  # another ply rating
    assert _code_and_size("t9007001214", "t900", name_tokens("ШИНА 7.00-12 14PR T900 TRELLEBORG TT"))
    assert _code_and_size("sks5321216510", "sks532", name_tokens("ШИНА 12-16.5 10PR SKS 532 CAMSO TL"))


ATV = [("K8", "Kenda K299 Bearclaw 25x8-12 6PR для квадроцикла"),
       ("K10", "Kenda K299 Bearclaw 25x10-12 6PR для квадроцикла")]


def test_a_tyres_size_after_dla_is_its_own():
    got = match_apart(ATV, ["Шина для квадроцикла Kenda K299 Bearclaw 25x8-12 6PR передняя"])
    assert _verdict(got, 0) == ("K8", "auto"), got.loc[0, "match_reason"]


MAKEUP = [("MF", "Max Factor Facefinity All Day Flawless 3in1 Foundation 40 Light Ivory 30 ml"),
          ("CH", "Catrice HD Liquid Coverage Foundation 020 Rose Beige 30 ml")]


def test_old_packaging_and_no_box_are_not_the_shops_product():
    got = match_apart(MAKEUP, ["Max Factor Facefinity All Day Flawless 3in1 Foundation 40 Light Ivory, alte Verpackung",
                               "Catrice HD Liquid Coverage Foundation 020 Rose Beige (ohne OVP)",
                               "Max Factor Facefinity All Day Flawless 3in1 Foundation 30 ml, Farbe 40 Light Ivory"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto", got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("MF", "auto"), got.loc[2, "match_reason"]
    assert "condition:old packaging" in name_tokens("бальзам 40 мл (старый дизайн)")
