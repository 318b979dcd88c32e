"""Matching in the styles of the seventh development round (samples/matching/domains_dev7): a
Kazakh tyre shop offered by wholesalers writing a line's code alone, and a UK tyre shop offered
by a German wholesaler, a UK B2B feed in capitals and importers writing makers' own marks. A
mark the catalog never writes after a tyre's size, a car maker named there, studs on a tyre the
catalog names without them are other tyres; a country of origin, a maker's label every tyre of
the line carries, `Extra Load` for `XL`, `STUD` for `Studded` and a size written rim first still
match."""
from __future__ import annotations

from datetime import date

from tests.test_match_domains import _verdicts
from tests.test_match_domains import match_apart as _match

# A DOT mark of last year: a recent tyre whatever year the tests run in (an old mark is old stock).
RECENT = date.today().year - 1

UK = [("G1", "Goodyear Eagle F1 Asymmetric 6 225/40 R18 92Y XL FP"),
      ("G2", "Goodyear EfficientGrip Performance 2 205/55 R16 91V"),
      ("D1", "Dunlop Sport Maxx RT2 225/45 R17 94Y XL MFS"),
      ("N1", "Nokian Tyres Hakkapeliitta R5 205/55 R16 94R XL"),
      ("B1", "Bridgestone Turanza 6 225/50 R17 98Y XL"),
      ("U1", "Goodyear UltraGrip Arctic 2 205/55 R16 94T XL Studded")]


def test_a_mark_the_catalog_never_writes_after_a_tyres_size_is_another_tyre():
    got = _match(UK, ["Goodyear Eagle F1 Asymmetric 6 225/40R18 92Y XL FP SoundComfort",
                      "Goodyear EfficientGrip Performance 2 205/55R16 91V SealTech",
                      "Dunlop Sport Maxx RT2 225/45R17 94Y XL MFS NST",
                      f"Goodyear Eagle F1 Asymmetric 6 225/40R18 92Y XL FP Sommerreifen DOT {RECENT}",
                      "205/55R16 94R XL NOKIAN HAKKA R5",              # a line written after the size
                      "Bridgestone Turanza 6 225/50R17 98Y XL Enliten",  # a label every tyre carries
                      "Dunlop Sport Maxx RT2 225/45R17 94Y XL MFS Made in Germany"])
    assert all(st != "auto" for st in got["match_status"][:3]), got["match_reason"].tolist()
    assert "after the size" in got.loc[0, "match_reason"]
    assert _verdicts(got)[3:] == [("G1", "auto"), ("N1", "auto"), ("B1", "auto"), ("D1", "auto")]


def test_extra_load_repeats_the_load_index_and_stud_says_studded():
    got = _match(UK, ["Nokian Hakkapeliitta R5 205/55R16 94R XL Extra Load",
                      "205/55R16 94T XL GOODYEAR ULTRAGRIP ARCTIC 2 STUD",
                      "Goodyear UltraGrip Arctic 2 205/55R16 94T XL non-studded"])
    assert _verdicts(got)[:2] == [("N1", "auto"), ("U1", "auto")]
    assert got.loc[2, "match_status"] != "auto"


STARS = [("S1", "Michelin Pilot Sport 4 S 225/40 ZR18 (92Y) XL"),
         ("S2", "Michelin Pilot Sport 4 S 245/35 ZR19 (93Y) XL MO1"),
         ("P1", "Pirelli P Zero PZ4 245/40 R19 98Y XL *"),
         ("F1", "Falken Azenis FK520 225/45 ZR17 94Y XL")]


def test_a_car_makers_mark_written_as_a_star_sign_its_name_or_two_letters_is_an_oe_tyre():
    got = _match(STARS, ["Michelin Pilot Sport 4 S 225/40 ZR18 92Y XL ★",
                         "Michelin Pilot Sport 4 S 225/40 ZR18 92Y XL (BMW)",
                         "Michelin Pilot Sport 4 S 225/40 ZR18 92Y XL HN",
                         "Falken Azenis FK520 225/45 ZR17 94Y XL Silent Core",   # found by its code
                         "Pirelli P Zero PZ4 245/40 R19 98Y XL ★",
                         "Michelin Pilot Sport 4 S 245/35 ZR19 93Y XL MO1 (Mercedes-Benz)",
                         "Tyre Pirelli P Zero PZ4 245/40R19 98Y XL * (BMW) summer",
                         "Falken Azenis FK520 225/45 ZR17 94Y XL FR"])
    assert all(st != "auto" for st in got["match_status"][:4]), got["match_reason"].tolist()
    assert "bmw" in got.loc[1, "match_reason"] and "after the size" in got.loc[3, "match_reason"]
    assert _verdicts(got)[4:] == [("P1", "auto"), ("S2", "auto"), ("P1", "auto"), ("F1", "auto")]


KZ = [("V1", "Viatti Brina V-521 205/55 R16 91T зима"), ("V2", "Viatti Brina Nordico V-522 205/55 R16 91T зима шип"),
      ("H1", "Headway HW503 205/55 R16 91T зима"), ("S1", "Sailun Ice Blazer WST3 215/60 R16 99T XL зима шип")]


def test_studs_on_a_tyre_the_catalog_names_without_them_are_another_tyre():
    """The catalog writes "шип" on its studded tyres: one it names without is studless, and a
    studdable tyre ("шипуемая") is sold without studs."""
    got = _match(KZ, ["Шина Viatti Brina V-521 205/55R16 91T шипы", "Шина Headway HW503 205/55R16 91T шип",
                      "Шина Sailun Ice Blazer WST3 215/60R16 99T XL шипуемая",
                      "Автошина R16 205/55 Viatti Brina Nordico V-522 91T шипы",   # the rim first
                      "Шина Headway HW503 205/55R16 91T"])
    assert all(st != "auto" for st in got["match_status"][:3]), got["match_reason"].tolist()
    assert _verdicts(got)[3:] == [("V2", "auto"), ("H1", "auto")]
