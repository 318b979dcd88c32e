"""A Ukrainian pharmacy's dermocosmetics, a Polish brake-parts shop and a Kazakh wheel shop
(samples/matching/domains_dev27): a size written across after a code or a dotted number is a size
("KI191 6.5x16", "100.3234.20 312x25 mm"), in either order ("17x7" = "7x17"), and a wheel's
"6.5Jx16" / "R16 6.5J" is one too; a wheel's offset "ET45" is a spec, no model code a part-number
column contradicts, said bare by a short line ("... 45 66.1") and contradicted by another bare number;
its centre bore ("D67.1", "DIA 67.1", "CB67.1", "ЦО 67.1") is the number; "BKF" and "GMF" are colours;
a variant word after a bottle's size is the product's ("40ml teinte claire"); a "+" between two part
numbers joins a set of them; the code that found the item is no other model than the car its name
writes beside it."""
from __future__ import annotations

from tests.test_match_domains import _match, match_apart, auto_verdict as _verdict, name_tokens as _tokens


def test_a_size_written_across_after_a_code_or_a_dotted_number():
    assert "65x16" in _tokens("Диск литой Replica KI191 6.5x16 5x114.3 ET46 DIA 67.1 BKF (Kia Sportage)")
    assert "312x25" in _tokens("Tarcza hamulcowa przód Zimmermann 100.3234.20 312x25 mm wentylowana")


def test_a_disc_by_its_diameter_is_the_disc_of_its_diameter_and_thickness():
    catalog = [("Z", "Tarcza hamulcowa przód Zimmermann 100.3234.20 312x25 mm wentylowana VW Golf V (1 szt.)")]
    got = _match(catalog, ["ZIMMERMANN Bremsscheibe belüftet vorne 100.3234.20 312 mm"], mpns=["100.3234.20"])
    assert _verdict(got, 0) == ("Z", "auto")


def test_a_size_written_the_other_way_round():
    catalog = [("C", "Диск литой Replica TY269 7x17 5x114.3 ET39 DIA 60.1 GMF (Toyota Camry)")]
    got = _match(catalog, ["Replica wheel for Toyota Camry 17x7 5x114.3 ET39 CB60.1 Gun Metal TY269"], mpns=["TY269"])
    assert "differs in size" not in got.loc[0, "match_reason"]
    assert _verdict(got, 0) == ("C", "auto")


def test_a_wheels_width_before_its_rim_letter():
    for name in ("Диск 6.5Jx16 5x114.3 ET45", "Диск R16 6.5J 5x114.3", "Литые диски R16 5x114.3 6.5J ET45", "Диск 6.5J R16"):
        assert "65x16" in _tokens(name), name
    assert "j5" in _tokens("Samsung Galaxy J5 2016")


def test_an_offset_is_no_model_code_a_column_contradicts():
    assert "et45" in _tokens("ДИСК K&K СИЕНА 6.5X16 5X114.3 ET 45 D67.1")
    catalog = [("S", "Диск литой K&K Сиена 6.5x16 5x114.3 ET45 DIA 67.1 алмаз черный"),
               ("N", "Диск литой K&K Джемини 6x15 4x100 ET48 DIA 54.1 алмаз черный")]
    got = _match(catalog, ["ДИСК K&K СИЕНА 6.5X16 5X114.3 ET45 D67.1 АЛМАЗ ЧЕРНЫЙ",
                           "ДИСК K&K СИЕНА 6.5X16 5X114.3 ET38 D67.1 АЛМАЗ ЧЕРНЫЙ"], mpns=["r72356", "r72359"])
    assert "is not ET45" not in got.loc[0, "match_reason"]
    assert _verdict(got, 0) == ("S", "auto")
    assert got.loc[1, "match_status"] != "auto"


def test_a_short_lines_bare_offset():
    catalog = [("M", "Диск литой Alcasta M40 6.5x16 5x114.3 ET45 DIA 66.1 BKF"),
               ("L", "Диск литой Replica LX117 8x18 5x114.3 ET35 DIA 60.1 BKF (Lexus RX)")]
    got = match_apart(catalog, ["Alcasta M40 6.5/16 5/114.3 40 66.1 BKF", "Repl LX117 8/18 5/114.3 30 60.1 BKF"])
    assert got.loc[0, "match_status"] != "auto" and "et45" in got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto" and "30/60.1 vs 35/60.1" in got.loc[1, "match_reason"]


def test_a_wheels_centre_bore_however_labelled():
    for name in ("ET45 D67.1", "ET45 DIA 67.1", "ET45 DIA67.1", "ET45 CB67.1", "ET45 ЦО 67.1", "ET45 67.1"):
        assert "67.1" in _tokens(name), name
    assert "d" in _tokens("OPEL ASTRA H CORSA D 1.4 1.6") and "cb500" in _tokens("Honda CB500")
    catalog = [("K", "Диск литой K&K Кастор 7x17 5x114.3 ET45 DIA 60.1 блэк платинум")]
    got = match_apart(catalog, ["ДИСК K&K КАСТОР 7X17 5X114.3 ET45 D67.1 БЛЭК ПЛАТИНУМ",
                                "ДИСК K&K КАСТОР 7X17 5X114.3 ET45 D60.1 БЛЭК ПЛАТИНУМ"])
    assert got.loc[0, "match_status"] != "auto" and "67.1 vs 60.1" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("K", "auto")


def test_a_wheels_finish_letters_are_its_colour():
    assert "colour:black" in _tokens("Диск Replica TY269 R17 7J 5x114.3 ET39 60.1 BKF")
    assert "colour:graphite" in _tokens("Диск Replica TY269 7x17 5x114.3 ET39 DIA 60.1 GMF")
    catalog = [("C", "Диск литой Replica TY269 7x17 5x114.3 ET39 DIA 60.1 GMF (Toyota Camry)")]
    got = match_apart(catalog, ["Диск Replica TY269 R17 7J 5x114.3 ET39 60.1 BKF для Toyota Camry"])
    assert got.loc[0, "match_status"] != "auto" and "colour black vs graphite" in got.loc[0, "match_reason"]


def test_a_variant_after_a_bottles_size():
    catalog = [("P", "Bioderma Photoderm Max крем SPF 50+ 40 мл")]
    got = match_apart(catalog, ["Bio Photoderm Max SPF50+ 40ml teinte claire", "Bioderma Photoderm Max крем SPF 50+ 40 мл"])
    assert got.loc[0, "match_status"] != "auto" and "tinted" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("P", "auto")


def test_a_plus_between_two_part_numbers_is_a_set():
    assert "package:kit" in _tokens("TRW GDB1550 Brake Pad Set Front + DF4372 Brake Discs")
    assert "package:kit" in _tokens("Brzdové destičky přední TRW GDB1550 + brzdové kotouče TRW DF4372 (sada)")
    for name in ("Бальзам La Roche-Posay Cicaplast Baume B5+ 40 мл (3337875791816)", "Lancome EDP 100ml + gratis próbka"):
        assert "package:kit" not in _tokens(name), name
    catalog = [("P", "Klocki hamulcowe przód TRW GDB1550 VW Golf V / Audi A3 8P")]
    got = _match(catalog, ["TRW GDB1550 Brake Pad Set Front + DF4372 Brake Discs"], mpns=["GDB1550"])
    assert got.loc[0, "match_status"] != "auto" and "kit" in got.loc[0, "match_reason"]


def test_the_code_that_found_the_item_against_the_car_its_name_writes():
    catalog = [("B", "Klocki hamulcowe przód Brembo P 85 075 VW Golf V / Audi A3 8P")]
    got = _match(catalog, ["BREMBO P85075 Brake pad set front axle"], mpns=["P85075"])
    assert _verdict(got, 0) == ("B", "auto")
