"""A Polish fuel-system parts shop, a Russian professional hair-colour shop and a Finnish tyre shop
(samples/matching/domains_dev48): a filter's number without the maker's letter the item writes apart
("WK853/3" for "WK 853/3 x") is another filter; "KPL.5" is a set of five; a Latin word the catalog never
writes inside the item's Latin line of a Russian name is another line ("Estel Princess Essex 7/1"); a
"Professional" right after the item's brand is the maker's name ("Kapous Professional"); a shade written
with another joiner than the catalog's is the catalog's shade ("Igora Royal 7.1" for "7-1"); Swedish and
Finnish tyre words say the studs and the season ("dubbdäck", "NASTA", "friktionsdäck")."""
from __future__ import annotations

from tests.test_match_domains import _match, _match_branded, auto_verdict as _verdict, match_apart, name_tokens

FILTERS = [("WK", "Filtr paliwa MANN-FILTER WK 853/3 x"),
           ("KL", "Filtr paliwa KNECHT KL 147D"),
           ("H7", "Filtr paliwa HENGST H70WK10")]


def test_a_filter_number_without_the_makers_letter_is_another_filter():
    got = _match(FILTERS, ["FILTR PALIWA MANN WK853/3", "FILTR PALIWA MANN WK853/3X"], mpns=["WK853/3", "WK853/3X"])
    assert got.loc[0, "match_status"] != "auto"
    assert "WK8533X" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("WK", "auto"), got.loc[1, "match_reason"]


def test_kpl_with_a_count_is_a_set():
    assert "5pcs" in name_tokens("FILTR PAL. HENGST H70WK10 KPL.5")
    assert "4pcs" in name_tokens("Końcówki przelewowe wtryskiwacza kpl. 4 szt.")
    got = match_apart(FILTERS, ["FILTR PAL. HENGST H70WK10 KPL.5", "FILTR PAL. HENGST H70WK10"])
    assert got.loc[0, "match_status"] != "auto"
    assert _verdict(got, 1) == ("H7", "auto"), got.loc[1, "match_reason"]


DYES = [("E71", "Estel Essex Крем-краска 7/1 русый пепельный 60 мл", "Estel Professional"),
        ("D71", "Estel De Luxe Крем-краска 7/1 русый пепельный 60 мл", "Estel Professional"),
        ("D711", "Estel De Luxe Крем-краска 7/11 русый пепельный интенсивный 60 мл", "Estel Professional"),
        ("K71", "Kapous Professional Крем-краска 7.1 пепельный блонд 100 мл", "Kapous"),
        ("K711", "Kapous Professional Крем-краска 7.11 интенсивный пепельный блонд 100 мл", "Kapous"),
        ("I71", "Schwarzkopf Igora Royal Краска для волос 7-1 средний русый сандрэ 60 мл", "Schwarzkopf Professional"),
        ("I712", "Schwarzkopf Igora Royal Краска для волос 7-12 средний русый сандрэ пепельный 60 мл",
         "Schwarzkopf Professional")]


def test_a_latin_word_inside_the_items_line_is_another_line():
    got = _match_branded(DYES, ["Estel Princess Essex 7/1 русый пепельный крем-краска 60 мл",
                                "ESTEL ESSEX КРЕМ-КРАСКА 7/1 РУСЫЙ ПЕПЕЛЬНЫЙ 60МЛ"])
    assert got.loc[0, "match_status"] != "auto"
    assert "princess" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("E71", "auto"), got.loc[1, "match_reason"]


def test_professional_after_the_brand_is_the_makers_name():
    got = _match_branded(DYES, ["KAPOUS КРЕМ-КРАСКА 7.1 ПЕПЕЛЬНЫЙ БЛОНД 100МЛ",
                                "Крем-краска Kapous 7.11 интенсивный пепельный блонд 100 мл"])
    assert _verdict(got, 0) == ("K71", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("K711", "auto"), got.loc[1, "match_reason"]


def test_a_shade_written_with_another_joiner_is_the_catalogs_shade():
    got = _match_branded(DYES, ["Estel Professional Крем-краска для волос De Luxe 7.1 Русый пепельный, 60 мл",
                                "Kapous Professional Крем-краска для волос 7/1 Пепельный блонд 100 мл",
                                "Kapous Professional Крем-краска для волос 7/11 Интенсивный пепельный блонд 100 мл"])
    assert _verdict(got, 0) == ("D71", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("K71", "auto"), got.loc[1, "match_reason"]
    assert _verdict(got, 2) == ("K711", "auto"), got.loc[2, "match_reason"]


def test_a_shade_joiner_of_no_line_stays_as_written():
    from pricesync.match.reading.catalog_words import ShadeJoiners

    names = [n if b.lower() in n.lower() else f"{b} {n}" for _, n, b in DYES]
    shades = ShadeJoiners(names, ["Schwarzkopf Igora Royal 7.1 крем-краска 60мл", "Nissan Navara 2.5 dCi"])
    assert shades.spell("Schwarzkopf Igora Royal 7.1 крем-краска 60мл") == "Schwarzkopf Igora Royal 7-1 крем-краска 60мл"
    assert shades.spell("Nissan Navara 2.5 dCi") == "Nissan Navara 2.5 dCi"
    assert shades.spell("краска 7.1 60 мл") == "краска 7.1 60 мл"  # no line's word: as written


ICE_ZERO = [("IZ2", "Pirelli Ice Zero 2 205/55R16 94T XL nastarengas"),
            ("IZF", "Pirelli Ice Zero FR 205/55R16 94T XL kitkarengas")]


def test_swedish_and_finnish_words_say_the_studs():
    assert "studs:studded" in name_tokens("Pirelli Ice Zero 2 205/55R16 94T XL dubbdäck")
    assert "studs:studless" in name_tokens("Continental VikingContact 8 205/55R16 94T XL friktionsdäck")
    assert "studs:studless" in name_tokens("Michelin X-Ice North 4 225/45R17 94T XL odubbat")
    assert "season:summer" in name_tokens("205/55R16 91V NOKIAN WETPROOF 1 KESÄ")
    assert "package:mounted" in name_tokens("Nokian Hakkapeliitta 10p 205/55R16 94T XL dubbdäck på fälg")
    got = match_apart(ICE_ZERO, ["205/55R16 94T XL PIRELLI ICE ZERO 2 NASTA", "Pirelli Ice Zero 2 205/55R16 94T XL dubbdäck"])
    assert _verdict(got, 0) == ("IZ2", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("IZ2", "auto"), got.loc[1, "match_reason"]
