"""A RU winter tyre shop, a UA nail shop and a PL shock absorber shop (samples/matching/domains_dev41): a part
taken off a dismantled car ("z demontażu", "з розборки", "с разборки") is a used part; a winter tyre's studs said in
Kazakh or English tell its versions apart; a shock absorber's side said in German ("VA links" / "VA rechts") and
its gas or oil said in Polish tell the shop's items apart; a gel polish's shade number names it, and the number sign
before it ("№126") is no maker's letters a code is joined to; a tyre on its rims is a wheel; a coconut cuticle oil is
not the peach one."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens


def test_a_part_from_a_dismantled_car_is_used():
    assert "condition:used" in name_tokens("Amortyzator tył Sachs 314944 Megane III z demontażu")
    assert "condition:used" in name_tokens("Котушка запалювання Bosch 0221504470 з розборки")
    assert "condition:used" in name_tokens("Стойка стабилизатора с разборки")
    assert "condition:used" not in name_tokens("Klucz do demontażu amortyzatorów")


SHOCKS = [("SP-15", "Amortyzator przód Sachs Super Touring 313 478 Renault Megane III"),
          ("SP-16", "Amortyzator tył Sachs Super Touring 314 944 Renault Megane III"),
          ("SP-17", "Amortyzator przód Sachs 315 467 VW Passat B6")]


def test_a_dismantled_shock_absorber_is_not_the_new_one():
    got = match_apart(SHOCKS, ["Amortyzator tył Sachs 314944 Megane III z demontażu",
                               "SACHS 314944 AMORTYZATOR TYŁ RENAULT MEGANE III"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
    assert "used" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("SP-16", "auto"), got.loc[1, "match_reason"]


SIDES = [("L", "Amortyzator przód lewy Monroe Reflex 16558 Opel Astra H"),
         ("R", "Amortyzator przód prawy Monroe Reflex 16559 Opel Astra H"),
         ("T", "Amortyzator tył Monroe Original G1186 Opel Astra H gazowy")]


def test_a_shock_absorbers_side_in_german_tells_left_from_right():
    got = match_apart(SIDES, ["Monroe Stoßdämpfer Reflex VA links Opel Astra H 16558",
                              "Monroe Stoßdämpfer Reflex VA rechts Opel Astra H 16559"])
    assert _verdict(got, 0) == ("L", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("R", "auto"), got.loc[1, "match_reason"]


def test_an_oil_shock_absorber_is_not_the_gas_one():
    got = match_apart(SIDES, ["Amortyzator tył Monroe Original Opel Astra H olejowy"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]


WINTER = [("HS", "Hankook Winter i*Pike RS2 W429 205/55 R16 94T XL шип"),
          ("IZ", "Hankook Winter i*cept IZ2 W616 205/55 R16 94T XL"),
          ("VS", "Viatti Brina Nordico V-522 205/55 R16 91T шип"),
          ("VN", "Viatti Brina Nordico V-522 205/55 R16 91T нешип")]


def test_studs_said_in_kazakh_or_english_tell_a_lines_versions_apart():
    got = match_apart(WINTER, ["Hankook Winter i*Pike RS2 W429 205/55R16 94T XL Non-Stud",
                               "Қысқы шина Viatti Brina Nordico V-522 205/55 R16 91T шипсіз",
                               "Қысқы шина Viatti Brina Nordico V-522 205/55 R16 91T шипті"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("VN", "auto"), got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("VS", "auto"), got.loc[2, "match_reason"]


POLISHES = [("01", "Гель-лак OXXI Professional №001, 10 мл"),
            ("45", "Гель-лак OXXI Professional №045, 10 мл"),
            ("RB", "Каучукова база Kodi Professional Rubber Base, 8 мл")]


def test_a_gel_polishs_shade_number_names_it():
    got = match_apart(POLISHES, ["ГЕЛЬ-ЛАК OXXI PROFESSIONAL 10МЛ №002", "ГЕЛЬ-ЛАК OXXI PROFESSIONAL 10МЛ №001",
                                 "Гель-лак для нігтів OXXI Professional 10 мл №045"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("01", "auto"), got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("45", "auto"), got.loc[2, "match_reason"]


def test_the_number_sign_is_no_maker_letters():
    from pricesync.match.reading.names import analyse

    name = analyse(["Гель-лак DIS №126, 7.5 мл"])["Гель-лак DIS №126, 7.5 мл"]
    assert "126" in name.tokens and "no" not in name.tokens
    assert not any(c.startswith("no") for c in name.lookup_codes), name.lookup_codes
    assert name_tokens("Гель-лак DIS №126, 7.5 мл")[:4] == name_tokens("Гель-лак DIS 126, 7,5 мл")[:4]


TYRES = [("IZ", "Pirelli Ice Zero 2 215/60 R16 99T XL шип"),
         ("YS", "Yokohama iceGuard Stud iG65 215/60 R16 99T XL шип")]


def test_a_tyre_on_its_rims_is_a_wheel():
    for name in ("Пирелли Ice Zero 2 215/60 R16 99T XL шип на литых дисках 5x114.3",
                 "Michelin X-Ice Snow 205/55R16 94H XL on steel rims", "Opony Pirelli Ice Zero 2 na felgach"):
        assert "package:mounted" in name_tokens(name), name
    got = match_apart(TYRES, ["Пирелли Ice Zero 2 215/60 R16 99T XL шип на литых дисках 5x114.3",
                              "Pirelli Ice Zero 2 215/60 R16 99T XL зимняя шипованная"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
    assert "mounted" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("IZ", "auto"), got.loc[1, "match_reason"]


def test_a_cuticle_oils_coconut_is_not_its_peach():
    assert "extract-coconut" in name_tokens("Balea Cremedusche Kokos 300ml")
    assert "extract-peach" in name_tokens("KODI Масло д/кутикулы Персик 15ml")
    got = match_apart([("PE", "Олійка для кутикули Kodi Professional Персик, 15 мл"),
                       ("CL", "Засіб для зняття липкого шару Kodi Professional Cleaner, 160 мл")],
                      ["Олійка для кутикули Kodi Professional Кокос 15 мл",
                       "Масло для кутикулы Kodi Professional Персик, 15 мл"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
    assert "coconut vs peach" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("PE", "auto"), got.loc[1, "match_reason"]
