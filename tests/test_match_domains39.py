"""A Polish motorcycle tyre shop, a Kazakh face-care shop and a Ukrainian shop of wiper blades, bulbs and fuses
(samples/matching/domains_dev39): a kind of product said in two languages is one kind ("Serum" for the item's
"сыворотка"); a tyre line's number in Roman numerals is the number other lists write in digits ("Diablo Rosso IV"
= "Diablo Rosso 4"), in tyre names only; the Ukrainian "міні" is the variant "mini"; "Duo Box" is a box of two; a
Polish title's "NOWA" is marketing and a motorcycle tyre's class after its size ("enduro", "skútr") no version;
Kazakh skin types ("қалыпты теріге")."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens

SERUMS = [("HB5", "La Roche-Posay Hyalu B5 сыворотка 30 мл"),
          ("EDM", "La Roche-Posay Effaclar Duo+M корректирующий крем-гель для жирной кожи 40 мл"),
          ("M89", "Vichy Mineral 89 гель-сыворотка 50 мл")]


def test_a_kind_said_in_another_language_is_the_same_kind():
    got = match_apart(SERUMS, ["La Roche-Posay Hyalu B5 Serum 30ml", "La Roche-Posay Hyalu B5 Serum 50ml"])
    assert _verdict(got, 0) == ("HB5", "auto"), got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto"


def test_a_tyre_lines_roman_number_is_its_number():
    assert "4" in name_tokens("Pirelli Diablo Rosso IV 120/70 ZR17 (58W) TL przód")
    assert "2" in name_tokens("Pirelli Angel GT II 120/70 ZR17 (58W) TL przód")
    # only in a tyre's name: a car's generation or an interface is read as written
    assert "ii" in name_tokens("Amortyzator SACHS przód do Ford Focus II")
    # a unit word after the numeral does not make it a measure ("lt" would be litres)
    tokens = name_tokens("Toyo Open Country A/T III LT275/65R18 123/120S Load Range E")
    assert "3" in tokens and "lt" in tokens and "3l" not in tokens


MOTO = [("DRF", "Pirelli Diablo Rosso IV 120/70 ZR17 (58W) TL przód"),
        ("DRR", "Pirelli Diablo Rosso IV 180/55 ZR17 (73W) TL tył"),
        ("DRC", "Pirelli Diablo Rosso IV Corsa 120/70 ZR17 (58W) TL przód"),
        ("AGF", "Pirelli Angel GT II 120/70 ZR17 (58W) TL przód"),
        ("K60", "Heidenau K60 Scout 140/80-18 70T TT tył"),
        ("CG", "Michelin City Grip 2 120/70-12 58S TL przód/tył")]


def test_a_line_number_in_digits_finds_the_roman_line_and_marketing_words_say_nothing():
    got = match_apart(MOTO, ["Opona motocyklowa Pirelli Diablo Rosso 4 180/55 ZR17 73W tył 2024",
                             "Pirelli Angel GT 2 120/70ZR17 58W przód",
                             "Opona Pirelli Diablo Rosso IV 120/70R17 58W przód NOWA",
                             "Heidenau K60 Scout 140/80-18 70T M+S tył enduro",
                             "Michelin CITY GRIP 2 120/70-12 58S TL skútr",
                             "Pirelli Diablo Rosso IV 190/50 ZR17 73W tył"])
    assert _verdict(got, 0) == ("DRR", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("AGF", "auto"), got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("DRF", "auto"), got.loc[2, "match_reason"]
    assert _verdict(got, 3) == ("K60", "auto"), got.loc[3, "match_reason"]
    assert _verdict(got, 4) == ("CG", "auto"), got.loc[4, "match_reason"]
    assert got.loc[5, "match_status"] != "auto"


FUSES = [("HS", "Набір запобіжників флажкових міні Hella 8JS 742 901-021"),
         ("F15", "Запобіжник флажковий стандарт 15A Bosch (1 904 520 015)"),
         ("LF", "Запобіжник флажковий міні 20A Littelfuse (0297020)")]


def test_the_ukrainian_mini_is_the_mini():
    got = match_apart(FUSES, ["Zestaw bezpieczników mini Hella 8JS 742 901-021",
                              "Предохранитель флажковый мини 20А Littelfuse",
                              "Предохранитель флажковый мини 10А Littelfuse"])
    assert _verdict(got, 0) == ("HS", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("LF", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto"


BULBS = [("NL", "Лампа Osram Night Breaker Laser H7 12V 55W +150% 2 шт (64210NL-HCB)"),
         ("NB", "Лампа Osram Night Breaker 200 H7 12V 55W +200% 2 шт (64210NB200-HCB)"),
         ("O7", "Лампа Osram Original Line H7 12V 55W 1 шт (64210)")]


def test_a_duo_box_is_a_box_of_two():
    assert "2pcs" in name_tokens("Osram Night Breaker Laser H7 Next Generation Duo Box 64210NL-HCB")
    got = match_apart(BULBS, ["Osram Night Breaker Laser H7 Next Generation Duo Box 64210NL-HCB",
                              "Osram Night Breaker 200 H7 Duo Box 64210NB200-HCB",
                              "ЛАМПА OSRAM H7 12V 55W NIGHT BREAKER LASER +150% (1ШТ)"])
    assert _verdict(got, 0) == ("NL", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("NB", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto"


def test_kazakh_skin_types():
    tokens = name_tokens("Vichy Liftactiv Supreme бетке арналған күндізгі крем қалыпты теріге 50 мл")
    assert "skin type:normal" in tokens, tokens
