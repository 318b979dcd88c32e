"""A Kazakh perfume shop, a Russian car body-parts shop and a Ukrainian agricultural and truck tyre shop
(samples/matching/domains_dev26): a truck tyre's axle role ("рульова", "ведущая", "napędowa", "для прицепа")
tells a line's steer tyre from its drive one, and is not read cut ("РУЛ." is a steering part's "рулевой"); a
part "для Hyundai Solaris" fits that car, it is no accessory; "OEM" before a part number labels the number,
not the OEM edition; a perfume "без коробки" is the unboxed unit; "відновлена", "наварка" are not new tyres."""
from __future__ import annotations

from tests.test_match_domains import match_apart, auto_verdict as _verdict, name_tokens as _tokens


TRUCK = [("STEER", "Шина 315/80R22.5 156/150L Kormoran Roads F рульова вісь TL"),
         ("DRIVE", "Шина 315/80R22.5 156/150L Michelin X Multi D ведуча вісь TL")]


def test_a_truck_tyres_axle_role_in_three_languages():
    assert "axle role:drive" in _tokens("Opona ciężarowa Michelin 315/80R22.5 X Multi D 156/150L TL napędowa")
    assert "axle role:steer" in _tokens("Шина 315/80R22.5 Michelin X Multi Z 156/150L рулевая бескамерная")
    assert "axle role:trailer" in _tokens("Шина BKT AW-702 10.0/75-15.3 14PR для прицепа")
    catalog = [("D", "Шина 315/80R22.5 156/150K Kormoran Roads D ведуча вісь TL")]
    got = match_apart(catalog, ["Opona ciężarowa Kormoran 315/80R22.5 Roads D 156/150K TL napędowa",
                                "Шина 315/80R22.5 Kormoran Roads D 156/150K рулевая бескамерная"])
    assert _verdict(got, 0) == ("D", "auto")
    assert got.loc[1, "match_status"] != "auto" and "axle role steer vs drive" in got.loc[1, "match_reason"]


def test_a_steering_parts_cut_is_no_axle_role():
    assert not any(t.startswith("axle role:") for t in _tokens("НАКОНЕЧНИК РУЛ. ДЖИЛИ ЭМГРАНД EC7"))


def test_a_retreaded_tyre_is_not_the_new_one():
    catalog = [("T", "Шина 315/80R22.5 18PR 156/150L Triangle TR688 ведуча вісь TL")]
    got = match_apart(catalog, ["315/80R22.5 Triangle TR688 18PR вед. наварка",
                                "ШИНА 315/80R22.5 TRIANGLE TR688 18НС 156/150L ВЕДУЧА TL ВІДНОВЛЕНА"])
    for row in (0, 1):
        assert got.loc[row, "match_status"] != "auto", got.loc[row, "match_reason"]
        assert "condition" in got.loc[row, "match_reason"]


def test_a_part_for_a_car_is_no_accessory():
    catalog = [("F", "Крыло переднее правое Kia Rio III 2011-2017 Sat ST-KA11-016-1"),
               ("H", "Капот Kia Rio IV 2017-2020 дорест. FPI KIR209K")]
    got = match_apart(catalog, ["Крыло переднее правое для Kia Rio III 2011-2017 / 66321-4Y000 / Sat новое"])
    assert "accessory" not in got.loc[0, "match_reason"]
    assert _verdict(got, 0) == ("F", "auto")


def test_oem_before_a_part_number_is_no_edition():
    catalog = [("L", "Фара левая Hyundai Solaris I 2010-2014 дорест. галоген TYC 20-12857-05-2"),
               ("R", "Фара правая Hyundai Solaris I 2010-2014 дорест. галоген TYC 20-12858-05-2")]
    got = match_apart(catalog, ["HEAD LAMP LH HYUNDAI SOLARIS 2010-2014 PRE-FACELIFT HALOGEN OEM 92101-4L000 (TYC)",
                                "Windows 7 Professional OEM"])
    assert "variant oem" not in got.loc[0, "match_reason"]
    assert _verdict(got, 0) == ("L", "auto")


def test_a_perfume_without_its_box_is_the_unboxed_unit():
    catalog = [("ADG", "Giorgio Armani Acqua di Gio туалетная вода 100 мл")]
    got = match_apart(catalog, ["Туалетная вода Giorgio Armani Acqua di Gio мужская 100 мл без коробки",
                                "Туалетная вода Giorgio Armani Acqua di Gio мужская 100 мл"])
    assert got.loc[0, "match_status"] != "auto" and "condition open box" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("ADG", "auto")


def test_a_lines_letter_said_after_the_size():
    catalog = [("D", "Шина 315/80R22.5 156/150L Michelin X Multi D ведуча вісь TL"),
               ("Z", "Шина 295/80R22.5 152/148M Michelin X Multi Z рульова вісь TL")]
    got = match_apart(catalog, ["Opona ciężarowa Michelin 315/80R22.5 X Multi D 156/150L TL napędowa"])
    assert "MICHELIN X" not in got.loc[0, "match_reason"]
    assert _verdict(got, 0) == ("D", "auto")
