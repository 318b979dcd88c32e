"""Readings that tell apart wrong automatic matches of the domain sets reported only (below precision 1.0):
a car battery's technology, EFB or AGM, is another battery than the plain flooded one of one code; both
names ending in one colour, each after a word the other does not say, name two shades ("Mascara Cosmic
Black" for the "Mascara Very Black"); a single length in millimetres where the item writes a size across
is another size when it is none of the size's measures ("180 мм" for the "230x22,23 мм" disc)."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens

BATTERIES = [("FL", "Аккумулятор Аком 6СТ-75 VL 75 Ач 640 А обратная полярность"),
             ("AGM", "Аккумулятор VARTA Silver Dynamic AGM F21 80Ah 800A обратная полярность"),
             ("GEL", "Мотоаккумулятор Yuasa YTX7A-BS 12V 6Ah")]


def test_efb_and_agm_are_read_as_the_batterys_technology():
    from pricesync.match.reading.names import analyse

    for name, technology in (("АКБ BOSCH S4 E05 EFB 60АЧ 640А ОБР.", "efb"),
                             ("Akumulator VARTA Silver Dynamic AGM F21 80Ah 800A", "agm")):
        assert technology in name_tokens(name)
        assert technology in analyse([name])[name].attrs.variants


def test_an_efb_battery_is_not_the_flooded_one_of_its_code():
    got = match_apart(BATTERIES, ["Аккумулятор автомобильный 75 Ач 640 А 6СТ-75 VL EFB обратная полярность Аком",
                                  "Аккумулятор Аком 6СТ-75 VL 75Ач 640А обратная полярность",
                                  "Аккумулятор VARTA Silver Dynamic AGM 80Ah 800A (0) F21"])
    assert got.loc[0, "match_status"] != "auto"
    assert "efb" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("FL", "auto"), got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("AGM", "auto"), got.loc[2, "match_reason"]


MASCARAS = [("VB", "Maybelline Lash Sensational Sky High Mascara Very Black"),
            ("PR", "Essence Lash Princess False Lash Effect Mascara"),
            ("FM", "Maybelline Fit Me Matte + Poreless Foundation 220 Natural Beige 30ml")]


def test_a_shade_named_by_its_word_before_the_colour_is_another_shade():
    got = match_apart(MASCARAS, ["Maybelline Lash Sensational Sky High Mascara Cosmic Black",
                                 "Maybelline Lash Sensational Sky High Mascara Very Black 7.2ml"])
    assert got.loc[0, "match_status"] != "auto"
    assert "shade cosmic black vs very black" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("VB", "auto"), got.loc[1, "match_reason"]


def test_a_translated_word_before_the_colour_is_no_other_shade():
    from pricesync.match.decision.rival_vetoes import RivalVetoes
    from pricesync.match.features.score import Scored
    from pricesync.match.reading.names import analyse

    def said(offer: str, item: str) -> list[str]:
        names = analyse([offer, item])
        return RivalVetoes.shade_requalified(names[offer], Scored(0, 80, names[item], []))

    assert said("Soudal Decorators Acrylic White 310ml", "Soudal Maleracryl White 310ml") == []
    assert said("Sky High Mascara Waterproof Black", "Sky High Mascara Very Black") == []
    assert said("Sky High Mascara Cosmic Black", "Sky High Mascara Very Black") != []


DISCS = [("D230", "Диск алмазний Bosch Standard for Universal 230x22,23 мм (2608615065)"),
         ("D125", "Диск відрізний Bosch Expert for Inox 125x1,0 мм"),
         ("DR6", "Свердло по металу HSS-G 6,0 мм DIN 338 (10 шт)")]


def test_a_length_that_is_none_of_the_sizes_measures_is_another_size():
    got = match_apart(DISCS, ["Диск алмазний Bosch Standard for Universal 180 мм",
                              "Диск алмазний Bosch Standard for Universal 230 мм",
                              "Wiertło do metalu HSS-G 6,0 x 93 mm DIN 338 (10 szt.)"])
    assert got.loc[0, "match_status"] != "auto"
    assert "size 180 vs 230x2223" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert "size" not in got.loc[1, "match_reason"], got.loc[1, "match_reason"]
    assert "size" not in got.loc[2, "match_reason"], got.loc[2, "match_reason"]
