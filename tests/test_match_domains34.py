"""A Hungarian tyre shop, a UK men's grooming shop and a German clutch shop (samples/matching/domains_dev34): a
used tyre in Hungarian ("használt") and an exchange unit in German ("Austausch") are not the new product; a
run-flat tyre is "defekttűrő"; the trade's "Blades 4s" is a pack of four; a razor and its blades are two kinds of
product; a maker's number a name writes in groups of digits ("LuK 623 3094 00") is the number another name writes
joined ("LuK 623309400")."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens

TYRES = [("P4", "Michelin Primacy 4+ 205/55 R16 91V nyári gumi"),
         ("T5", "Bridgestone Turanza T005 225/45 R17 91W RFT nyári gumi"),
         ("T6", "Bridgestone Turanza 6 205/55 R16 91V nyári gumi")]


def test_a_used_tyre_in_hungarian_is_not_the_new_one():
    got = match_apart(TYRES, ["Használt Michelin Primacy 4+ 205/55 R16 91V nyári gumi 6mm",
                              "Nyári gumi Michelin Primacy 4+ 205/55 R16 91V"])
    assert got.loc[0, "match_status"] != "auto"
    assert "condition used" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("P4", "auto"), got.loc[1, "match_reason"]


def test_defektturo_is_run_flat():
    assert "runflat" in name_tokens("225/45R17 91W BRIDGESTONE TURANZA T005 DEFEKTTŰRŐ NYÁRI")
    got = match_apart(TYRES, ["225/45R17 91W BRIDGESTONE TURANZA T005 DEFEKTTŰRŐ NYÁRI"])
    assert _verdict(got, 0) == ("T5", "auto"), got.loc[0, "match_reason"]


FLYWHEELS = [("DMF", "LuK Zweimassenschwungrad 415 0236 10 VW Passat B6 2.0 TDI"),
             ("CSC", "Sachs Zentralausrücker 3182 600 135")]


def test_an_exchange_unit_is_not_the_new_part():
    got = match_apart(FLYWHEELS, ["LuK Zweimassenschwungrad 415 0236 10 Austausch",
                                  "Sachs Zentralausrücker 3182 600 135 Austauschteil",
                                  "LuK Zweimassenschwungrad 415 0236 10 Neuteil"])
    for row in (0, 1):
        assert got.loc[row, "match_status"] != "auto"
        assert "condition refurbished" in got.loc[row, "match_reason"], got.loc[row, "match_reason"]
    assert _verdict(got, 2) == ("DMF", "auto"), got.loc[2, "match_reason"]


def test_the_trades_count_after_a_plural_is_a_pack():
    assert "4pcs" in name_tokens("Gillette Fusion5 Blades 4s")
    assert "12pcs" in name_tokens("GILLETTE FUSION5 BLADES 12S")
    assert "4pcs" not in name_tokens("Michelin Pilot Sport 4S 225/40R18 92Y XL")
    assert "3pcs" not in name_tokens("Logitech MX Master 3S")


SHAVING = [("RZ", "Wilkinson Sword Hydro 5 Skin Protection Razor"),
           ("B4", "Wilkinson Sword Hydro 5 Skin Protection Blades 4 Pack"),
           ("B8", "Wilkinson Sword Hydro 5 Skin Protection Blades 8 Pack")]


def test_blades_are_not_the_razor_and_their_count_names_the_pack():
    got = match_apart(SHAVING, ["Wilkinson Sword Hydro 5 Skin Protection Blades 4s",
                                "WILKINSON HYDRO 5 SKIN PROTECTION BLADES 8S",
                                "Wilkinson Sword Hydro 5 Skin Protection Blades 12s"])
    assert _verdict(got, 0) == ("B4", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("B8", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto"


def test_razor_blades_are_blades():
    from pricesync.match.reading.names import analyse

    name = "Gillette ProGlide Razor Blades 4 Pack"
    assert analyse([name])[name].attrs.words["type"] == {"blade"}


CLUTCHES = [("KIT", "LuK RepSet 623 3094 00 Kupplungssatz VW Golf VI 1.6 TDI"),
            ("KIT20", "LuK RepSet 623 3427 00 Kupplungssatz VW Golf VI 2.0 TDI"),
            ("DISC", "Sachs Kupplungsscheibe 1878 004 694")]


def test_a_number_written_in_groups_is_the_number_written_joined():
    got = match_apart(CLUTCHES, ["LuK 623309400 Clutch Kit RepSet", "SACHS 1878004694 Kupplungsscheibe",
                                 "LuK 623309409 Clutch Kit RepSet"])
    assert _verdict(got, 0) == ("KIT", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("DISC", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto"


def test_digits_of_a_decimal_or_a_joined_size_are_no_grouped_number():
    from pricesync.match.reading.names import analyse

    for name in ("ПОРШНІ ВАЗ 2108 82,0 К-Т 4ШТ", "Насос Grundfos UPS2 25-60 180", "Pack 1 500 000"):
        assert not any(len(c) >= 7 for c in analyse([name])[name].lookup_codes), name
    assert "623309400" in analyse(["LuK RepSet 623 3094 00"])["LuK RepSet 623 3094 00"].lookup_codes
