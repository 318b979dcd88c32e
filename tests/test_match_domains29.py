"""A German drugstore's body, sun and face care, a Ukrainian shop's spark plugs, glow plugs and
ignition coils and a Kazakhstan truck and bus tyre wholesaler (samples/matching/domains_dev29): a
copy is another maker's product ("копія", "реплика", "replica"); a code named after a cross-reference
cue is the part the offer replaces, never the item whose own code it is; a truck tyre's axle role
is read cut ("РУЛ.", "(вед.)") in a name that says a tyre's size, and nowhere else; a truck's size
written with a dash on a tubeless truck rim ("315/80-22.5") is its radial size; a tyre's load index
is not exchanged for a line's code the other name writes apart; the tube and rim flap a tyre is
sold with, said in Kazakh and English."""
from __future__ import annotations

from tests.test_match_domains import match_apart, auto_verdict as _verdict, name_tokens as _tokens

PLUGS = [("P1", "Свічка запалювання NGK BKR6E-11 (2756)"),
         ("P2", "Свічка запалювання Denso Iridium TT IK20TT (4702)"),
         ("G1", "Свічка розжарювання Bosch Duraterm 0 250 202 132"),
         ("M1", "Модуль запалювання ВАЗ 2111 8 кл. СОАТЭ 2111-3705010")]


def test_a_copy_is_another_makers_product():
    got = match_apart(PLUGS, ["Свічка запалювання під NGK BKR6E-11 копія",
                              "Свічка запалювання Denso IK20TT (Китай, копія)",
                              "Свеча зажигания NGK BKR6E-11 реплика",
                              "Свічка запалювання NGK BKR6E-11 (2756) оригінал Японія",
                              "Свечa зажигания Denso IK20TT (4702) иридиевая"])
    for row in (0, 1, 2):
        assert got.loc[row, "match_status"] != "auto", got.loc[row, "match_reason"]
        assert "condition third-party" in got.loc[row, "match_reason"], got.loc[row, "match_reason"]
    assert [_verdict(got, row) for row in (3, 4)] == [("P1", "auto"), ("P2", "auto")]


def test_a_code_after_a_cross_reference_cue_is_the_part_replaced():
    got = match_apart(PLUGS, ["Модуль запалювання ВАЗ 2111 8 кл. (не СОАТЭ, Китай) аналог 2111-3705010",
                              "Свічка розжарювання замінник Bosch 0 250 202 132",
                              "Модуль запалювання ВАЗ 2111 СОАТЭ 2111-3705010 8 клапанів"])
    assert got.loc[0, "match_status"] != "auto" and "offer replaces 21113705010" in got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto", got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("M1", "auto")
    # the item's own code after the cue in its own name names no other part of its
    catalog = [("F1", "Фільтр масляний MANN-FILTER W 719/45 (аналог 06A115561B)")]
    got = match_apart(catalog, ["Фильтр масляный MANN W719/45 аналог 06A115561B"])
    assert "offer replaces" not in got.loc[0, "match_reason"], got.loc[0, "match_reason"]


TRUCKS = [("D", "Шина грузовая 13R22.5 Michelin X Works HD D 156/150K ведущая"),
          ("NF", "Шина грузовая 315/80R22.5 Кама NF 201 156/150L рулевая"),
          ("NU", "Шина автобусная 275/70R22.5 Кама NU 301 148/145J"),
          ("HN", "Шина грузовая 12.00R20 Aeolus HN08 156/153K 20PR ведущая (с камерой и ободной лентой)")]


def test_an_axle_role_is_read_cut_in_a_tyres_name_only():
    assert "axle role:steer" in _tokens("315/80R22.5 КАМА NF-201 156/150L РУЛ. TL")
    assert "axle role:drive" in _tokens("Автошина 315/70R22,5 Continental Conti Hybrid HD3 154/150L (вед.)")
    assert "axle role:steer" not in _tokens("НАКОНЕЧНИК РУЛ. ТЯГИ")  # a steering part's cut is no axle role
    got = match_apart(TRUCKS, ["Автошина 13R22,5 Michelin X Works HD Z 156/150K (рул.)",
                               "Автошина 315/80R22,5 Кама NF 201 156/150L (рул.) TL"])
    assert got.loc[0, "match_status"] != "auto" and "axle role steer vs drive" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("NF", "auto")


def test_a_trucks_size_with_a_dash_is_its_radial_and_its_index_left_out_is_no_other():
    assert "31580r225" in _tokens("315/80-22.5 NF201 Кама") and "38565r225" in _tokens("385/65-22.5 NT202 Кама")
    assert "14080d18" in _tokens("Мотошина 140/80-18 70R")  # a motorcycle's bias size stays bias
    got = match_apart(TRUCKS, ["315/80-22.5 NF201 Кама", "275/70-22.5 NU301 Кама", "315/80-22.5 NF202 Кама"])
    assert [_verdict(got, row) for row in (0, 1)] == [("NF", "auto"), ("NU", "auto")]
    assert got.loc[2, "match_status"] != "auto", got.loc[2, "match_reason"]


def test_a_tube_and_flap_in_kazakh_and_english():
    got = match_apart(TRUCKS, ["Жүк көлігі шинасы Aeolus HN08 12.00R20 156/153K 20PR камерамен және обод лентасымен",
                               "AEOLUS HN08 12.00R20 20PR 156/153K DRIVE TT WITH TUBE AND FLAP",
                               "AEOLUS HN08 12.00R20 20PR 156/153K DRIVE TT"])
    assert [_verdict(got, row) for row in (0, 1)] == [("HN", "auto"), ("HN", "auto")]
    assert got.loc[2, "match_status"] != "auto" and "tube and flap" in got.loc[2, "match_reason"]


def test_a_cut_word_with_the_next_glued_to_its_stop_is_read_apart():
    assert {"contr", "gel", "spf50"} <= set(_tokens("EUCERIN SUN OIL CONTR.GEL-CR.LSF50+ 50ML"))
    assert {"woda", "toaletowa"} <= set(_tokens("DIOR SAUVAGE WOD.TOAL. 100ML"))  # a shorthand stays one
    catalog = [("E50", "Eucerin Sun Oil Control Gel-Creme LSF 50+ 50 ml"),
               ("E30", "Eucerin Sun Oil Control Gel-Creme LSF 30 50 ml"),
               ("L30", "Ladival Allergische Haut Sonnenschutz Gel LSF 30 200 ml")]
    got = match_apart(catalog, ["EUCERIN SUN OIL CONTR.GEL-CR.LSF50+ 50ML", "EUCERIN SUN OIL CONTR.GEL-CR.LSF30 50ML",
                                "Eucerin Sun Oil Control Gel Creme LSF 50+ 50ml Gesicht"])
    assert [_verdict(got, row) for row in (0, 1, 2)] == [("E50", "auto"), ("E30", "auto"), ("E50", "auto")]


def test_what_a_sun_lotion_is_for_is_no_product_it_fits():
    catalog = [("S30", "SUNDANCE Sonnenmilch LSF 30 200 ml")]
    got = match_apart(catalog, ["Sundance Sonnenmilch mleczko do opalania SPF 30 200 ml (Niemcy)"])
    assert "accessory" not in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
