"""A Kazakhstan engine-cooling shop, a Ukrainian hair-colour shop and an Azerbaijani tyre shop
(samples/matching/domains_dev65): a developer's strength in volumes after its number ("6% 20 vol", "20VOL") is its
strength again - left out where the name writes its percent, read as the percent where it does not - and not
Volvo's "VOL" mark a tyre's name writes alone; a radiator for the other gearbox or without the air conditioning
is another part, in Russian and in Kazakh; a friction tyre is not the studded one of its line, in Azerbaijani and
in Turkish."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens

OXIDANTS = [("W6", "Оксидант Wella Professionals Welloxon Perfect 6% 1000 мл"),
            ("W12", "Оксидант Wella Professionals Welloxon Perfect 12% 1000 мл"),
            ("W3", "Оксидант Wella Professionals Welloxon Perfect 3% 60 мл")]


def test_a_strength_in_volumes_beside_its_percent_says_no_more():
    got = match_apart(OXIDANTS, ["Wella Professionals Welloxon Perfect 6% 20 Vol 1000ml",
                                 "Wella Professionals Welloxon Perfect 12% 40 Vol 1000ml",
                                 "Wella Professionals Welloxon Perfect 12% 40 Vol 60ml"])
    assert _verdict(got, 0) == ("W6", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("W12", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto"


def test_a_strength_in_volumes_alone_is_its_percent():
    assert "6" in name_tokens("Matrix Cream Developer 20 Vol 1000ml")
    assert "vol" not in name_tokens("MATRIX CREAM OXYDANT 6% 20VOL 1000МЛ")
    assert "12" in name_tokens("Developer 40 Vol. 1000 ml")


def test_volvos_mark_stays_a_mark():
    assert "vol" in name_tokens("205/55R16 91V CONTINENTAL PC7 VOL")
    assert "vol" in name_tokens("Pirelli 255/40 R20 101Y XL P Zero VOL")
    assert "volume" in " ".join(name_tokens("Medi-Peel Peptide 9 Volume Bio Tox Ampoule 100ml"))


RADIATORS = [("AT", "Радиатор охлаждения Toyota Camry V40 2.4 АКПП 2006-2011 Nissens 646867"),
             ("MT", "Радиатор охлаждения Toyota Camry V40 2.4 МКПП 2006-2011 Nissens 646868"),
             ("AC", "Радиатор охлаждения Lada Granta / Kalina с кондиционером Luzar LRc 0194b"),
             ("NOAC", "Радиатор охлаждения Lada Granta / Kalina без кондиционера Luzar LRc 0190")]


def test_a_radiator_for_the_other_gearbox_or_air_conditioning_is_another():
    got = match_apart(RADIATORS, ["Салқындату радиаторы Toyota Camry 40 2.4 МКПП Nissens 646868",
                                  "РАД ОХЛ ГРАНТА Б/КОНД LRC0190",
                                  "РАДИАТОР ОХЛ. TOYOTA CAMRY 50 2.5 AT 11-17"])
    assert _verdict(got, 0) == ("MT", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("NOAC", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto"


TYRES = [("IC3", "Continental 225/65 R17 106T XL IceContact 3 şipli qış təkəri"),
         ("IW2", "Lassa 185/65 R15 88T Iceways 2 şipli qış təkəri"),
         ("P4", "Michelin 205/55 R16 91V Primacy 4 yay təkəri")]


def test_a_friction_tyre_is_not_the_studded_one():
    got = match_apart(TYRES, ["Lassa 185/65 R15 88T Iceways 2 Çivili Kış Lastiği",
                              "Lassa 185/65 R15 88T Iceways 2 Çivisiz Kış Lastiği",
                              "Continental IceContact 3 225/65 R17 şipsiz",
                              "MICHELIN PRIMACY 4 205/55R16 91V TL"])
    assert _verdict(got, 0) == ("IW2", "auto"), got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto"
    assert got.loc[2, "match_status"] != "auto"
    assert _verdict(got, 3) == ("P4", "auto"), got.loc[3, "match_reason"]
    assert "studs studless vs studded" in got.loc[2, "match_reason"], got.loc[2, "match_reason"]


def test_azerbaijani_studs_are_read():
    assert "studs:studded" in name_tokens("Michelin 205/55 R16 94T XL X-Ice North 4 şipli qış təkəri")
    assert "studs:studless" in name_tokens("Continental VikingContact 7 225/65 R17 102T şipsiz")
