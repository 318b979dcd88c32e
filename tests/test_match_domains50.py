"""A Romanian auto-parts shop, a Polish drugstore's make-up and a Greek tyre shop (samples/matching/domains_dev50):
Greek letters with their accent compare plain ("θερινό" = "ΘΕΡΙΝΟ"); Greek words say a used tyre
("μεταχειρισμένα"), a set of four ("Σετ 4", "4τμχ"), tyres on rims ("Ζάντες με ελαστικά") and the seasons
("θερινό", "χειμερινό", "4 εποχών"), Italian ones the seasons ("Pneumatico 4 stagioni"); Romanian words say a
reconditioned or used part ("recondiționat", "folosit") and a part replacing another maker's ("echivalent",
"compatibil"); a Polish "uszkodzone opakowanie" is a damaged box, not the product in its intact pack."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens

TYRES = [("P4", "Ελαστικό Michelin Primacy 4+ 205/55R16 91V θερινό"),
         ("CC", "Ελαστικό Michelin CrossClimate 2 205/55R16 94V XL 4 εποχών"),
         ("A6", "Ελαστικό Michelin Alpin 6 195/65R15 91T χειμερινό")]


def test_greek_accents_compare_plain():
    assert set(name_tokens("ΕΛΑΣΤΙΚΟ 205/55R16 91V MICHELIN PRIMACY 4+ ΘΕΡΙΝΟ")) >= \
        set(name_tokens("Ελαστικό Michelin Primacy 4+ 205/55R16 91V θερινό"))


def test_a_used_tyre_a_set_and_a_wheel_in_greek_are_not_the_tyre():
    got = match_apart(TYRES, ["Ελαστικά μεταχειρισμένα Michelin Primacy 4+ 205/55R16 91V 4τμχ 6mm",
                              "Μεταχειρισμένο ελαστικό Michelin Primacy 4+ 205/55R16 σαν καινούργιο",
                              "Σετ 4 ελαστικά Michelin CrossClimate 2 205/55R16 94V XL καινούργια",
                              "Ζάντες με ελαστικά Michelin Alpin 6 195/65R15 91T σετ",
                              "ΕΛΑΣΤΙΚΟ 205/55R16 91V MICHELIN PRIMACY 4+ ΘΕΡΙΝΟ"])
    for row in range(4):
        assert got.loc[row, "match_status"] != "auto", got.loc[row, "match_reason"]
    assert "condition used" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert "4pcs" in got.loc[2, "match_reason"], got.loc[2, "match_reason"]
    assert _verdict(got, 4) == ("P4", "auto"), got.loc[4, "match_reason"]


def test_greek_and_italian_seasons():
    from pricesync.match.reading.names import analyse

    names = ["Ελαστικό Michelin CrossClimate 2 205/55R16 94V XL 4 εποχών", "ΧΕΙΜΕΡΙΝΟ",
             "Pneumatico 4 stagioni Michelin CrossClimate 2", "Pneumatico invernale Michelin Alpin 6"]
    read = analyse(names)
    assert read[names[0]].attrs.words["season"] == {"allseason"}
    assert read[names[1]].attrs.words["season"] == {"winter"}
    assert read[names[2]].attrs.words["season"] == {"allseason"}
    assert read[names[3]].attrs.words["season"] == {"winter"}
    got = match_apart(TYRES, ["Pneumatico 4 stagioni Michelin CrossClimate 2 205/55 R16 94V XL"])
    assert _verdict(got, 0) == ("CC", "auto"), got.loc[0, "match_reason"]


PARTS = [("ALT", "Alternator Bosch 0 124 525 535 nou"),
         ("DSC", "Disc frână față Brembo 09.9772.11 ventilat 288 mm"),
         ("ARM", "Braț suspensie față stânga TRW JTC1049")]


def test_reconditioned_used_and_replacing_parts_in_romanian_are_not_the_part():
    got = match_apart(PARTS, ["Alternator Bosch 0 124 525 535 recondiționat, garantie 6 luni",
                              "Disc frana fata Brembo 09.9772.11 folosit 5000 km",
                              "Brat suspensie fata stanga compatibil TRW JTC1049 marca Maxgear",
                              "Disc frana fata Brembo 09.9772.11 ventilat 288 mm"])
    assert "condition refurbished" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert "condition used" in got.loc[1, "match_reason"], got.loc[1, "match_reason"]
    for row in range(3):
        assert got.loc[row, "match_status"] != "auto", got.loc[row, "match_reason"]
    assert _verdict(got, 3) == ("DSC", "auto"), got.loc[3, "match_reason"]


def test_a_damaged_box_is_not_the_product_in_its_pack():
    items = [("HY", "Lancôme Hypnôse tusz do rzęs 01 Noir Hypnotic 6,2 ml")]
    got = match_apart(items, ["Lancôme Hypnôse tusz do rzęs 01 Noir Hypnotic 6,2 ml uszkodzone opakowanie",
                              "Lancome Hypnose Tusz do rzęs 01 Noir Hypnotic 6,2ml"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
    assert "open box" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("HY", "auto"), got.loc[1, "match_reason"]


def test_romanian_and_hungarian_positions():
    from pricesync.match.reading.names import analyse

    names = ["Amortizor față stânga KYB Excel-G 334833", "KYB 334833 Lengéscsillapító, első bal",
             "Set plăcuțe frână spate Bosch 0 986 494 399", "BOSCH 0 986 494 399 Fékbetét készlet, hátsó",
             "Amortizor față dreapta KYB Excel-G 334834", "KYB 334834 Lengéscsillapító, első jobb"]
    read = {n: (a.attrs.words.get("axle"), a.attrs.words.get("side")) for n, a in analyse(names).items()}
    assert read[names[0]] == read[names[1]] == ({"front"}, {"left"})
    assert read[names[2]] == read[names[3]] == ({"rear"}, None)
    assert read[names[4]] == read[names[5]] == ({"front"}, {"right"})
    shocks = [("L", names[0]), ("R", names[4])]
    got = match_apart(shocks, [names[1], names[5]])
    assert _verdict(got, 0) == ("L", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("R", "auto"), got.loc[1, "match_reason"]
