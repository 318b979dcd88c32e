"""A Ukrainian turbocharger shop, a Turkish perfumery and an Uzbek tyre wholesaler (samples/matching/domains_dev66):
whom a perfume is for, written between its line and its kind ("1 Million Elixir Erkek Parfüm") or after its size
("... 100ML ERKEK"), is no word of the line, so the line's word left out ("Elixir") still tells another product, and
the short word saying "for" ("Pour Homme") goes with it; Turkish names say the gender and a tester ("test ürünü");
a turbocharger's cartridge, actuator and shaft sold apart are kinds of product of their own."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens

PERFUMES = [("M1", "Paco Rabanne 1 Million Erkek Parfüm EDT 100 ml"),
            ("ME", "Paco Rabanne 1 Million Elixir Erkek Parfüm 100 ml"),
            ("N5", "Chanel No 5 Kadın Parfüm EDP 100 ml"),
            ("LB", "Dolce&Gabbana Light Blue Pour Homme Erkek Parfüm EDT 125 ml")]


def test_turkish_names_say_whom_a_perfume_is_for_and_a_tester():
    assert "gender:men" in name_tokens("Dior Sauvage Erkek Parfüm EDT 100 ml")
    assert "gender:women" in name_tokens("Chanel No 5 Kadın Parfüm EDP 100 ml")
    assert "condition:tester" in name_tokens("Chanel No 5 Orijinal Test Ürünü EDP 100 ml")


def test_the_line_word_left_out_is_read_around_the_gender():
    got = match_apart(PERFUMES, ["PACO RABANNE 1 MILLION PARFUM 100ML ERKEK",
                                 "Paco Rabanne 1 Million Elixir 100 ml Erkek Parfüm",
                                 "Chanel No 5 Orijinal Test Ürünü EDP 100 ml"])
    assert got.loc[0, "match_status"] != "auto"
    assert "elixir" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("ME", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto"


def test_pour_homme_is_no_word_of_the_line():
    got = match_apart([("LB", "Dolce & Gabbana Light Blue Pour Homme EDT 125ml"),
                       ("LW", "Dolce & Gabbana Light Blue EDT 100ml")], ["Dolce & Gabbana Light Blue Men EDT 125ml"])
    assert "pour" not in got.loc[0, "match_reason"], got.loc[0, "match_reason"]


TURBO_PARTS = [("AC", "Вакуумний актуатор турбіни Garrett GT1544V 753420"),
               ("CH", "Картридж турбіни (CHRA) Garrett GT1544V 753420 Peugeot/Citroen/Ford 1.6 HDi 109 к.с.")]


def test_a_turbochargers_shaft_is_not_its_actuator():
    got = match_apart(TURBO_PARTS, ["Вал турбіни з крильчаткою GT1544V 753420",
                                    "Garrett CHRA Cartridge GT1544V 753420"])
    assert got.loc[0, "match_status"] != "auto"
    assert got.loc[1, "catalog_sku"] != "AC"
