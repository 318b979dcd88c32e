"""Matching in the styles of the eighth development round (samples/matching/domains_dev8): a
Polish drugstore offered by a wholesaler writing brands by their initials and a German
distributor, a Kazakhstan parts shop offered by a Chinese-parts importer, a distributor
writing Kazakh words and an English cross-reference feed. A copy that names the country it
was made in instead of the maker, a set of four written in Kazakh, another maker's part named by a shortened cross-reference, an SPF written `LSF` are
other products, and Kazakh words name the axle, the side, a pair and a tyre's season; a brand written by its initials is the brand."""
from __future__ import annotations

from tests.test_match_domains import _match_branded, _offers_of, _verdicts

_match = _match_branded  # each offer from a supplier of its own, a catalog with brands


PERFUMERY = [("P1", "Yves Saint Laurent Libre woda perfumowana 50 ml", "Yves Saint Laurent"),
             ("P2", "Dior Sauvage woda toaletowa 100 ml", "Dior"),
             ("P3", "Lancôme La Vie est Belle woda perfumowana 50 ml", "Lancôme")]


def test_a_brand_written_by_its_initials_in_capitals_is_the_brand():
    got = _match(PERFUMERY, ["YSL LIBRE EDP 50ML", "ysl libre edp 50ml"])
    assert _verdicts(got)[0] == ("P1", "auto")
    assert got.loc[1, "match_status"] != "auto"  # a lower-case word is not read as initials


def test_a_limited_edition_is_not_the_plain_bottle():
    got = _match(PERFUMERY, ["YSL Libre EDP 50ml Limited Edition", "YSL Libre EDP 50ml"])
    assert got.loc[0, "match_status"] == "review" and "limited edition" in got.loc[0, "match_reason"]
    assert _verdicts(got)[1] == ("P1", "auto")


SUN_CARE = [("S1", "La Roche-Posay Effaclar Duo+ krem do skóry trądzikowej 40 ml"),
            ("S2", "Nivea Q10 Power przeciwzmarszczkowy krem na dzień SPF 15 50 ml")]


def test_lsf_is_the_german_spf():
    got = _offers_of([("a", "La Roche-Posay Effaclar Duo+ LSF 30 40 ml"),
                      ("b", "Nivea Q10 Power Anti-Falten Tagescreme LSF 15 50 ml")], SUN_CARE)
    assert got.loc[0, "match_status"] == "review" and "spf" in got.loc[0, "match_reason"]
    assert _verdicts(got)[1] == ("S2", "auto")


PARTS = [("K1", "Катушка зажигания HYUNDAI/KIA 27301-2B010"),
         ("K2", "Свеча зажигания BOSCH FR7DC+ 0 242 235 666"),
         ("K3", "Колодки тормозные передние TOYOTA 04465-33471")]


def test_a_kazakh_set_of_four_and_a_shortened_cross_reference_are_other_parts():
    got = _offers_of([("b", "Оталдыру шамы (свеча) BOSCH FR7DC+ 0 242 235 666 жиынтық 4 дана"),
                      ("c", "TRW GDB3425 brake pad set front, cross ref TOYOTA 04465-33471"),
                      ("d", "Катушка зажигания 27301-2B010 оригинал"),
                      ("e", "Оталдыру шамы (свеча) BOSCH FR7DC+ 0 242 235 666")], PARTS)
    assert all(st != "auto" for st in got["match_status"][:2]), got[["match_status", "match_reason"]]
    assert "4pcs" in got.loc[0, "match_reason"]
    assert _verdicts(got)[2:] == [("K1", "auto"), ("K2", "auto")]


def test_a_country_written_in_place_of_the_maker_is_a_copy_beside_it_where_the_maker_made_it():
    catalog = [("K1", "Катушка зажигания HYUNDAI/KIA 27301-2B010", "HYUNDAI/KIA"),
               ("K3", "Колодки тормозные передние TOYOTA 04465-33471", "TOYOTA"),
               ("T1", "Triangle TR259 235/60 R18 107V XL", "Triangle")]
    got = _match(catalog, ["Катушка зажигания 27301-2B010 (Китай)",
                           "Brake pads front 04465-33471 made in China",
                           "Катушка зажигания HYUNDAI/KIA 27301-2B010 (Корея)",
                           "Шины летние Triangle TR259 235/60 R18 107V XL, Китай"])
    assert list(got["match_status"][:2]) == ["review", "review"], got[["match_status", "match_reason"]]
    assert "китай vs hyundai kia" in got.loc[0, "match_reason"] and "china vs toyota" in got.loc[1, "match_reason"]
    assert _verdicts(got)[2:] == [("K1", "auto"), ("T1", "auto")]


def test_a_wholesalers_shortened_toilet_and_perfumed_water():
    got = _match(PERFUMERY + [("P4", "Dior Sauvage woda perfumowana 100 ml", "Dior")],
                 ["DIOR SAUVAGE WOD.TOAL. 100ML", "DIOR SAUVAGE WOD.PERF. 100ML"])
    assert _verdicts(got) == [("P2", "auto"), ("P4", "auto")]


SHOCKS_AND_TYRES = [("A1", "Амортизатор KYB Excel-G передний левый 334811"),
                    ("A2", "Амортизатор KYB Excel-G передний правый 334812"),
                    ("A3", "Амортизатор KYB Excel-G задний 349037"),
                    ("T1", "Шина зимняя Nokian Hakkapeliitta R5 205/55 R16 94R XL"),
                    ("T2", "Шина летняя Nokian Hakka Blue 3 205/55 R16 94V XL")]


def test_kazakh_words_say_the_axle_the_side_the_pair_and_the_season():
    """"алдыңғы сол" is front left, "артқы" rear, "жұп" a pair, "қысқы" / "жазғы" winter / summer:
    each part is its own side's, the pair is not the single shock, a summer tyre not the winter one."""
    got = _offers_of([("a", "Амортизатор KYB Excel-G алдыңғы сол"), ("b", "Амортизатор KYB Excel-G алдыңғы оң"),
                      ("c", "Амортизатор KYB Excel-G артқы"), ("d", "Амортизатор KYB Excel-G алдыңғы жұп"),
                      ("e", "Шина қысқы Nokian Hakkapeliitta R5 205/55 R16 94R XL"),
                      ("f", "Шина жазғы Nokian Hakkapeliitta R5 205/55 R16 94R XL")], SHOCKS_AND_TYRES)
    assert _verdicts(got)[:3] == [("A1", "auto"), ("A2", "auto"), ("A3", "auto")]
    assert got.loc[3, "match_status"] == "review" and "2pcs" in got.loc[3, "match_reason"]
    assert _verdicts(got)[4] == ("T1", "auto")
    assert got.loc[5, "match_status"] == "review" and "season summer vs winter" in got.loc[5, "match_reason"]
