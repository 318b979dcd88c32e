"""Matching in domains the engine was not built for: tyres, cosmetics, auto parts. A sibling
told apart by a tyre's run-flat mark, its line's number, a cosmetics product type, a shade
line or a cross-referenced part number is never matched automatically; the same product
written another way (XL or not, "+" spaced or glued, a part number with or without spaces)
still is. The hand-written sets samples/matching/domains_dev and domains_holdout are
measured by bench/bench_match.py."""
from __future__ import annotations

from datetime import date

import pandas as pd

from pricesync.match import match_offers
from pricesync.match.config import MatchingConfig

# A tyre's DOT mark of last year: a recent tyre, whatever year the tests run in (an old mark is old stock).
RECENT = date.today().year - 1


def _match(catalog: list[tuple[str, str]], names: list[str], *, mpns: list[str] | None = None) -> pd.DataFrame:
    cat = pd.DataFrame({"sku": [s for s, _ in catalog], "name": [n for _, n in catalog]})
    offers = pd.DataFrame({"supplier": ["s"] * len(names), "supplier_sku": [str(i) for i in range(len(names))],
                           "name": names, "mpn": mpns or [""] * len(names), "price": [1] * len(names)})
    return match_offers(offers, cat, config=MatchingConfig(scorer="rules"))


def _match_branded(catalog: list[tuple[str, str, str]], names: list[str]) -> pd.DataFrame:
    """Each offer from a supplier of its own, against a catalog (sku, name, brand) with a brand column."""
    cat = pd.DataFrame({"sku": [s for s, _, _ in catalog], "name": [n for _, n, _ in catalog],
                        "brand": [b for _, _, b in catalog]})
    offers = pd.DataFrame({"supplier": [f"s{i}" for i in range(len(names))],
                           "supplier_sku": [str(i) for i in range(len(names))], "name": names})
    return match_offers(offers, cat, config=MatchingConfig(scorer="rules"))


def match_apart(catalog: list[tuple[str, str]], names: list[str]) -> pd.DataFrame:
    """Each offer from a supplier of its own: no supplier's list to compare it with."""
    return _offers_of([(f"s{i}", n) for i, n in enumerate(names)], catalog)


def name_tokens(name: str) -> tuple[str, ...]:
    """The tokens the engine reads in one name."""
    from pricesync.match.reading.names import analyse

    return analyse([name])[name].tokens


def auto_verdict(got: pd.DataFrame, row: int) -> tuple[str, str]:
    """(the SKU when the row is an automatic match, else ""; its status)."""
    status = got.loc[row, "match_status"]
    return (got.loc[row, "catalog_sku"] if status == "auto" else "", status)


def _verdicts(got: pd.DataFrame) -> list[tuple[str, str]]:
    return [(s if st == "auto" else "", st) for s, st in zip(got["catalog_sku"], got["match_status"])]


TYRES = [("T1", "Шина Michelin Pilot Sport 4 225/45 R17 94Y XL"),
         ("T2", "Шина Michelin Pilot Sport 5 225/45 R17 94Y XL"),
         ("T3", "Шина Bridgestone Turanza T005 225/45 R17 91W"),
         ("T4", "Шина Bridgestone Turanza T005 225/45 R17 91W RunFlat"),
         ("T5", "Шина Goodyear EfficientGrip Performance 2 205/55 R16 91V"),
         ("T6", "Шина Continental WinterContact TS 870 205/55 R16 91H"),
         ("T7", "Шина Continental WinterContact TS 870 P 225/45 R17 94V XL"),
         ("T8", "Шина Continental PremiumContact 6 225/45 R17 91Y")]


def test_a_tyres_xl_repeats_its_load_index_and_is_no_size_variant():
    got = _match(TYRES, ["Шина летняя MICHELIN PILOT SPORT 4 225/45 R17 94Y TL",
                         "225/45R17 94Y Extra Load XL Michelin Pilot Sport 4"])
    assert _verdicts(got) == [("T1", "auto"), ("T1", "auto")]


def test_run_flat_marks_tell_tyres_apart():
    got = _match(TYRES, ["225/45R17 91W Bridgestone Turanza T005 RFT",  # Bridgestone's mark
                         "Bridgestone Turanza T005 225/45 ZR17 91W",
                         "225/45R17 91Y Continental PremiumContact 6 SSR",  # Continental's, not in the catalog
                         "PIRELLI CINTURATO P7 225/45 R17 91W RUN FLAT"])
    assert _verdicts(got)[:2] == [("T4", "auto"), ("T3", "auto")]
    assert got.loc[2, "match_status"] != "auto" and "runflat" in got.loc[2, "match_reason"]
    assert not (got.loc[3, "match_status"] == "auto" and got.loc[3, "catalog_sku"] == "T3")


def test_a_tyre_size_and_index_name_no_tyre():
    """Many tyres share a size and an index: they are compared, they do not look an item up,
    so another line of that size is weighed by its name (TS 870 P is not the TS 870)."""
    from pricesync.match.reading.names import analyse

    name = analyse(["Michelin Pilot Sport 4 245/40 ZR18 97Y XL"])["Michelin Pilot Sport 4 245/40 ZR18 97Y XL"]
    assert {"24540r18", "li97y"} <= name.codes and not {"24540r18", "li97y"} & name.lookup_codes
    got = _match(TYRES, ["Шина зимняя CONTINENTAL WINTERCONTACT TS 870 P 205/55 R16 91H",
                         "Шина зимняя CONTINENTAL WINTERCONTACT TS 870 205/55 R16 91H"])
    assert got.loc[0, "match_status"] != "auto" and "870p" in got.loc[0, "match_reason"]
    assert _verdicts(got)[1] == ("T6", "auto")


def test_a_tyre_lines_number_tells_lines_apart():
    got = _match(TYRES, ["Шина летняя GOODYEAR EFFICIENTGRIP PERFORMANCE 205/55 R16 91V",
                         "245/40R18 97Y XL Michelin Pilot Sport 4 S",
                         "225/45R17 94Y XL Michelin Pilot Sport 4 S",
                         "Goodyear EfficientGrip Performance 2 205/55R16 91V"])
    assert [st for _, st in _verdicts(got)[:3]] == ["review", "unmatched", "review"] or \
        all(st != "auto" for _, st in _verdicts(got)[:3])
    assert "number" in got.loc[0, "match_reason"] and "4s" in got.loc[2, "match_reason"]
    assert _verdicts(got)[3] == ("T5", "auto")


SUMMER = [("S1", "Opona letnia Uniroyal RainSport 5 225/45R17 91Y", "Uniroyal"),
          ("S2", "Opona letnia Nokian Tyres Hakkapeliitta R5 205/55R16 94R XL", "Nokian Tyres"),
          ("S3", "Opona letnia Pirelli Cinturato P7C2 205/55R16 91V", "Pirelli"),
          ("S4", "Opona letnia Dębica Presto HP2 205/55R16 91V", "Dębica"),
          ("S5", "Opona całoroczna Michelin CrossClimate 2 225/45R17 94W XL", "Michelin"),
          ("S6", "Opona letnia Continental EcoContact 6 205/55R16 91V", "Continental"),
          ("S7", "Opona letnia Hankook Ventus Prime 4 K135 205/55R16 91V", "Hankook"),
          ("S8", "Opona letnia Bridgestone Turanza 6 205/55R16 91V", "Bridgestone"),
          ("S9", "Opona letnia Michelin Pilot Sport 5 225/45R17 94Y XL", "Michelin")]


def test_a_tyre_line_word_the_catalog_never_uses_in_place_of_the_items_is_another_line():
    """Each offer from a supplier of its own (a supplier's own siblings tell lines apart too)."""
    got = _match_branded(SUMMER, ["Uniroyal RainExpert 5 225/45R17 91Y", "Michelin Pilot Alpin 5 225/45R17 94Y XL",
                                  "205/55R16 94R XL NOKIAN HAKKA R5", f"Pirelli Cinturato P7C2 205/55 R16 91V DOT{RECENT - 1}",
                                  f"Uniroyal RainSport 5 225/45R17 91Y DOT{RECENT}"])
    assert list(got["match_status"][:2]) == ["review", "review"], got[["match_status", "match_reason"]]
    assert "rainexpert" in got.loc[0, "match_reason"] and "alpin" in got.loc[1, "match_reason"]
    assert _verdicts(got)[2:] == [("S2", "auto"), ("S3", "auto"), ("S1", "auto")]


LINES = [("L1", "Opona zimowa Nokian WR Snowproof P 225/45R17 94V XL"),
         ("L2", "Opona zimowa Dębica Frigo HP2 205/55R16 91H"),
         ("L3", "Средство для мытья полов Multipower E, 1 л."),
         ("L4", "Dove Deeply Nourishing żel pod prysznic 500 ml")]


def test_a_capital_letter_after_a_line_word_names_a_version_of_the_line():
    got = _match(LINES, ["Nokian WR Snowproof 225/45 R17 94V XL",         # the plain line, not the P
                         "Nokian WR Snowproof P 225/45 R17 94V XL",
                         "Средство для мытья полов Multipower 1 л",         # not the E version
                         "Средство для мытья полов MULTIPOWER E 1л",
                         "DOVE żel p/prysznic DEEPLY NOURISHING 500ml"])    # "p/" abbreviates a word
    assert _verdicts(got) == [("", "review"), ("L1", "auto"), ("", "review"), ("L3", "auto"), ("L4", "auto")]
    assert "SNOWPROOF P" in got.loc[0, "match_reason"] and "MULTIPOWER E" in got.loc[2, "match_reason"]
    # the letter said as the start of a code: "W5100 Series" is the "Series W" set
    tv = _match([("TV", "Sony BRAVIA 40\" Series W LCD Flat Panel HDTV - KDL40W5100")],
                ["SONY BRAVIA W5100 Series 40\" LCD Flat Panel HDTV"])
    assert "SERIES W" not in tv.loc[0, "match_reason"]
    # a letter that begins a part number written in groups is the part number's
    part = _match([("F", "Filtr powietrza MANN-FILTER C 30 005")], ["MANN C 30 005 Filtr powietrza"])
    assert _verdicts(part) == [("F", "auto")]


def test_a_lettered_code_said_without_its_number_is_the_lines_other_version():
    """"Presto HP" is the line before the "HP2", "Sport Maxx RT" before the "RT2"."""
    lines = [("D", "Opona letnia Dunlop Sport Maxx RT2 225/45R17 94Y XL MFS"),
             ("P", "Opona letnia Dębica Presto HP2 205/55R16 91V")]
    for offer, sku in (("225/45 R17 94Y XL Dunlop SPORT MAXX RT TL MFS", "D"), ("205/55 R16 91V Debica PRESTO HP TL", "P")):
        got = _match(lines, [offer])
        assert _verdicts(got) == [("", "review")] and "said bare" in got.loc[0, "match_reason"], sku
    for offer, sku in (("225/45 R17 94Y XL Dunlop SPORT MAXX RT2 TL MFS", "D"), ("205/55 R16 91V Debica PRESTO HP 2 TL", "P")):
        assert _verdicts(_match(lines, [offer])) == [(sku, "auto")]



def test_a_letter_after_a_tyres_code_is_the_lines_other_version():
    """"Kinergy 4S2 X" is the SUV sister of the "4S2", "TS860 S" of the "TS 860"; a letter the
    item says as a word of its line ("LK01 S Fit EQ+" for "S Fit EQ+ LK01") is no version."""
    lines = [("K", "Opona całoroczna Hankook Kinergy 4S2 H750 215/65R16 98H"),
             ("L", "Шина літня Laufenn S Fit EQ+ LK01 205/55 R16 91V")]
    got = _match(lines, ["HANKOOK 215/65R16 98H KINERGY 4S2 X CAŁOROCZNA"])
    assert _verdicts(got) == [("", "review")] and "4s2x" in got.loc[0, "match_reason"]
    assert _verdicts(_match(lines, ["HANKOOK 215/65R16 98H KINERGY 4S2 H750 CAŁOROCZNA"])) == [("K", "auto")]
    assert _verdicts(_match(lines, ["205/55R16 91V Laufenn LK01 S FIT EQ+"])) == [("L", "auto")]


SHADES = [("M1", "Maybelline Lash Sensational tusz do rzęs Very Black 9,5 ml"),
          ("M2", "Maybelline Lash Sensational Sky High tusz do rzęs Black 7,2 ml"),
          ("N1", "Nivea Men Sensitive żel do golenia 200 ml"),
          ("N2", "Nivea Men Sensitive pianka do golenia 200 ml"),
          ("E1", "Eveline Slim Extreme 4D serum wyszczuplające 250 ml"),
          ("K1", "Nikon D60 10.2MP Digital SLR Camera Body"),
          ("K2", "Nikon D90 12.3MP Digital SLR Camera Body")]


def test_a_word_the_catalog_never_uses_inside_a_lines_name_is_another_version():
    got = _match(SHADES, ["Maybelline Lash Sensational Luscious Black tusz 9,5 ml",  # another shade
                          "Nivea Men Sensitive Cool żel do golenia 200 ml",         # another line
                          "MAYBELLINE LASH SENSATIONAL TUSZ DO RZĘS BLACK 9.5ML",
                          "Nikon D60 Digital SLR DSLR Camera Body",                 # a code both say settles it
                          "Eveline Slim Extreme 4D serum 250ml"])
    assert _verdicts(got) == [("", "review"), ("", "review"), ("M1", "auto"), ("K1", "auto"), ("E1", "auto")]
    assert "lusciou inside" in got.loc[0, "match_reason"] and "cool inside" in got.loc[1, "match_reason"]
    # words after the item's name (the supplier's description) are no version of it
    assert _verdicts(_match(SHADES, ["Nivea Men Sensitive żel do golenia 200ml - nowość"])) == [("N1", "auto")]


COSMETICS = [("C1", "L'Oreal Paris Elseve Шампунь Полное восстановление 5 400 мл"),
             ("C2", "L'Oreal Paris Elseve Бальзам Полное восстановление 5 200 мл"),
             ("C3", "Maybelline Тональный крем Fit Me Matte + Poreless 120 Classic Ivory 30 мл"),
             ("C4", "Maybelline Жидкая помада SuperStay Matte Ink 20 Pioneer"),
             ("C5", "Maybelline Тушь для ресниц Lash Sensational Черная"),
             ("C6", "Maybelline Тушь для ресниц Lash Sensational Sky High Черная"),
             ("C7", "La Roche-Posay Effaclar Duo+ крем-гель 40 мл"),
             ("C8", "La Roche-Posay Cicaplast Baume B5+ 40 мл"),
             ("C9", "CeraVe Увлажняющий очищающий крем-гель 236 мл")]


def test_a_product_type_of_one_line_is_another_product():
    got = _match(COSMETICS, ["ELSEVE бальзам Полное Восстановление 5 400мл",  # the balm in the shampoo's size
                             "ELSEVE шамп. Полное Восстановление 5 400мл",
                             "CeraVe очищающий гель увлажняющий 236 мл"])  # a gel is what a "крем-гель" is too
    assert got.loc[0, "match_status"] != "auto" or got.loc[0, "catalog_sku"] != "C1"
    assert "type balm vs shampoo" in got.loc[0, "match_reason"] or got.loc[0, "catalog_sku"] != "C1"
    assert _verdicts(got)[1:] == [("C1", "auto"), ("C9", "auto")]


def test_a_compound_names_the_kind_by_its_last_word():
    from pricesync.match.reading.names import analyse

    names = analyse(["Крем-мыло жидкое 5 л", "Жидкое гель-мыло 5 л", "Бальзам-ополаскиватель 200 мл"])
    assert "type" not in names["Крем-мыло жидкое 5 л"].attrs.words  # a soap, not a cream
    assert "type" not in names["Жидкое гель-мыло 5 л"].attrs.words
    assert names["Бальзам-ополаскиватель 200 мл"].attrs.words["type"] == {"balm", "conditioner"}


def test_plus_spellings_of_one_line_name():
    got = _match(COSMETICS, ["FIT ME тон. крем Matte+Poreless 120 Classic Ivory 30мл",
                             "EFFACLAR DUO(+) крем-гель корректирующий 40мл",
                             "EFFACLAR DUO+M крем-гель корректирующий 40мл"])
    assert _verdicts(got)[:2] == [("C3", "auto"), ("C7", "auto")]
    assert got.loc[2, "match_status"] != "auto"


def test_a_latin_line_word_the_catalog_never_uses_is_another_line():
    """In a Russian name the Latin words are the line and the shade: "Vinyl Ink" is not the
    "Matte Ink", and "Lash Sensational Intense Black" is another member of a line the catalog
    sells extended by words ("Sky High")."""
    got = _match(COSMETICS, ["SUPERSTAY VINYL INK жидкая помада 20 Coy",
                             "LASH SENSATIONAL INTENSE BLACK тушь",
                             "LASH SENSATIONAL тушь черная",
                             "ELSEVE шамп. Полное Восстановление 5 400мл",
                             "Cicaplast Baume B5+ 40 мл"])
    assert [st for _, st in _verdicts(got)[:2]] == ["review", "review"]
    assert "vinyl" in got.loc[0, "match_reason"] and "intense" in got.loc[1, "match_reason"]
    assert _verdicts(got)[2] == ("C5", "auto")


def test_spf_written_with_its_number_is_a_variant():
    got = _match(COSMETICS, ["La Roche-Posay Cicaplast Baume B5+ SPF50 40 мл", "Cicaplast Baume B5+ 40 мл"])
    assert got.loc[0, "match_status"] != "auto" and "spf" in got.loc[0, "match_reason"]
    assert _verdicts(got)[1] == ("C8", "auto")


PARTS = [("P1", "Колодки тормозные передние BOSCH 0 986 494 104"),
         ("P2", "Фильтр масляный MANN-FILTER W 712/75"),
         ("P3", "Фильтр масляный MANN-FILTER W 712/73"),
         ("P4", "Диск тормозной передний BREMBO 09.A820.11")]


def test_a_part_for_another_axle_or_side_is_another_part_even_with_its_number():
    parts = [("F1", "Колодки тормозные передние TRW GDB1550"), ("A1", "Амортизатор передний левый KYB 333417"),
             ("W1", "Wahacz przedni lewy TRW JTC1193"), ("D1", "Brake Disc Front BREMBO 09.A820.11")]
    got = _match(parts, ["Колодки торм. задн. TRW GDB1550", "Амортизатор KYB 333417 перед. прав.",
                         "Wahacz przedni prawy TRW JTC1193", "BREMBO 09.A820.11 brake disc rear",
                         "Колодки тормозные TRW GDB1550 передн.", "Амортизатор KYB 333417",
                         "Wahacz TRW JTC1193 przód lewy", "Brembo 09A82011 Brake Disc, Front"])
    assert [st for _, st in _verdicts(got)[:4]] == ["review"] * 4
    assert "axle rear vs front" in got.loc[0, "match_reason"] and "side right vs left" in got.loc[1, "match_reason"]
    assert _verdicts(got)[4:] == [("F1", "auto"), ("A1", "auto"), ("W1", "auto"), ("D1", "auto")]


def test_a_cross_referenced_part_number_is_another_makers_part():
    got = _match(PARTS, ["GDB1550 TRW Колодки тормозные передние (аналог BOSCH 0986494104)",
                         "Колодки тормозные BOSCH 0986494104 передние",
                         "Klocki hamulcowe TRW GDB1550, zamiennik BOSCH 0 986 494 104"])
    assert got.loc[0, "match_status"] != "auto" and got.loc[2, "match_status"] != "auto"
    assert _verdicts(got)[1] == ("P1", "auto")


def test_a_part_number_is_the_same_with_or_without_spaces_and_dots():
    got = _match(PARTS, ["W712/75 MANN Фильтр масляный", "MANN W 712/73 фильтр масляный", "BREMBO 09A82011 диск",
                         "Oil filter MANN W712/75 for VW Golf IV"])
    assert _verdicts(got) == [("P2", "auto"), ("P3", "auto"), ("P4", "auto"), ("P2", "auto")]
    assert "accessory" not in got.loc[3, "match_reason"]  # "for <car>" names the car it fits


def test_n_in_one_is_one_count_however_written():
    from pricesync.match.reading.names import analyse

    written = ["Мицеллярная вода 3 в 1 400 мл", "мицеллярная вода 3в1 400мл", "płyn micelarny 3w1 400 ml",
               "3-in-1 shampoo", "3 in 1 shampoo"]
    names = analyse(written)
    for text in written:
        assert "3in1" in names[text].tokens and not names[text].attrs.numbers, text
        assert names[text].attrs.words["combo"] == {"3in1"}  # how many products in one
    assert analyse(["Кабель 1 в 1 м"])["Кабель 1 в 1 м"].tokens[:2] != ("кабел", "1in1")
    catalog = [("M1", "Garnier Skin Naturals Мицеллярная вода 3 в 1 400 мл"),
               ("M2", "Garnier Skin Naturals Мицеллярная вода с гиалуроновой кислотой 400 мл")]
    got = _match(catalog, ["SKIN NATURALS мицеллярная вода 3в1 400мл",
                           "SKIN NATURALS мицеллярная вода с розовой водой 400мл"])
    assert _verdicts(got)[0] == ("M1", "auto") and got.loc[1, "match_status"] != "auto"


def _offers_of(rows: list[tuple[str, str]], catalog: list[tuple[str, str]]) -> pd.DataFrame:
    cat = pd.DataFrame({"sku": [s for s, _ in catalog], "name": [n for _, n in catalog]})
    offers = pd.DataFrame({"supplier": [s for s, _ in rows], "supplier_sku": [str(i) for i in range(len(rows))],
                           "name": [n for _, n in rows], "price": [1] * len(rows)})
    return match_offers(offers, cat, config=MatchingConfig(scorer="rules"))


CARE = [("K1", "Neutrogena Norwegian Formula krem do rąk 75 ml"),
        ("K2", "Neutrogena Norwegian Formula balsam do ciała 400 ml"),
        ("K3", "Colgate Total Original pasta do zębów 75 ml"),
        ("K4", "Nivea Soft krem nawilżający 200 ml")]


def test_a_word_the_supplier_adds_to_a_sibling_of_its_own_is_another_product():
    """A supplier lists the item as the catalog names it and also with a word added
    ("unscented", "charcoal"): its own list shows the word tells two of its
    products apart, so the one with the word goes to review, whatever language it is in."""
    rows = [("w", "NEUTROGENA krem do rąk NORWEGIAN FORMULA 75ml"),
            ("w", "NEUTROGENA krem do rąk NORWEGIAN FORMULA UNSCENTED 75ml"),
            ("w", "COLGATE pasta TOTAL ORIGINAL 75ml"),
            ("w", "COLGATE pasta TOTAL CHARCOAL 75ml")]
    got = _offers_of(rows, CARE)
    assert _verdicts(got)[0] == ("K1", "auto") and _verdicts(got)[2] == ("K3", "auto")
    assert got.loc[1, "match_status"] == "review" and "unscented" in got.loc[1, "match_reason"]
    assert got.loc[3, "match_status"] == "review" and "charcoal" in got.loc[3, "match_reason"]
    assert got.loc[1, "catalog_sku"] == "K1"  # the item is shown as the candidate to check


def test_a_word_another_supplier_adds_or_the_supplier_writes_everywhere_tells_nothing():
    """Two suppliers' names are two writers' (one adds "unscented" where the other does not);
    a word the supplier writes on many of its offers is its style, not about one product."""
    two = _offers_of([("a", "NEUTROGENA krem do rąk NORWEGIAN FORMULA 75ml"),
                      ("b", "NEUTROGENA krem do rąk NORWEGIAN FORMULA UNSCENTED 75ml")], CARE)
    assert "also offers" not in two.loc[1, "match_reason"]
    styled = _offers_of([("w", "NEUTROGENA krem do rąk NORWEGIAN FORMULA 75ml"),
                         ("w", "NEUTROGENA krem do rąk NORWEGIAN FORMULA ORYGINAŁ 75ml"),
                         ("w", "COLGATE pasta TOTAL ORIGINAL 75ml ORYGINAŁ"),
                         ("w", "NIVEA krem SOFT 200ml ORYGINAŁ")], CARE)
    assert _verdicts(styled) == [("K1", "auto"), ("K1", "auto"), ("K3", "auto"), ("K4", "auto")]
    # Names differing in many words are several sellers' titles of one product (a shopping feed).
    sellers = _offers_of([("w", "Neutrogena Norwegian Formula krem do rąk 75 ml"),
                          ("w", "NEUTROGENA hand cream krem do rąk NORWEGIAN FORMULA 75ml concentrated tube")], CARE)
    assert "also offers" not in sellers.loc[1, "match_reason"]


GLUES = [("G1", "Pattex Kraft-Mix Extrem Power 370 g"),
         ("G2", "tesa Malerband Präzision Innen 25 m x 30 mm"),
         ("G3", "Ceresit CM 11 Plus Fliesenkleber 25 kg")]


def test_a_word_the_supplier_writes_where_its_sibling_writes_the_items_is_another_product():
    """One supplier lists the item, in words of its own around it, and beside it a name that
    writes another word where the item's line word stands ("Extrem Schnell" beside "Extrem
    Power"): however many words the two listings differ in, that place tells two of its products
    apart. Another supplier's word there, or a word glued to the item's, tells nothing."""
    rows = [("a", "Pattex Kraft-Mix Extrem Power, Montagekleber, 370g Kartusche"),
            ("a", "Pattex Kraft-Mix Extrem Schnell 370g"),
            ("a", "tesa Malerband Präzision Innen, 25m x 30mm, für scharfe Farbkanten"),
            ("a", "tesa Malerband Präzision Außen 25m x 30mm UV-beständig"),
            ("a", "Ceresit CM 11 Plus Fliesenkleber 25 kg")]
    got = _offers_of(rows, GLUES)
    assert _verdicts(got)[0] == ("G1", "auto") and _verdicts(got)[2] == ("G2", "auto")
    assert got.loc[1, "match_status"] == "review" and "says power as the item does where this says schnell" \
        in got.loc[1, "match_reason"]
    assert got.loc[3, "match_status"] == "review" and "außen" in got.loc[3, "match_reason"]
    two = _offers_of([("a", "Pattex Kraft-Mix Extrem Power, Montagekleber, 370g Kartusche"),
                      ("b", "Pattex Kraft-Mix Extrem Schnell 370g")], GLUES)
    assert "also offers" not in two.loc[1, "match_reason"]
    glued = _offers_of([("a", "Pattex Kraft-Mix Extrem Power 370g"),
                        ("a", "Pattex Kraft-Mix Extrem Pow 370g")], GLUES)
    assert "as the item does" not in glued.loc[1, "match_reason"]


PERFUMES = [("F1", "Calvin Klein CK One woda toaletowa 200 ml"),
            ("F2", "Dior Sauvage woda toaletowa 100 ml"),
            ("F3", "Hugo Boss Bottled woda toaletowa 100 ml"),
            ("F4", "Lancôme La Vie est Belle woda perfumowana 50 ml")]


def test_words_the_supplier_writes_inside_the_items_name_beside_its_plain_listing_are_a_flanker():
    """One supplier lists the item with the line and "woda toaletowa" side by side, and also with
    words between them ("CK One Gold", "Sauvage Very Cool Spray"): a flanker of the line. Words the
    catalog itself writes (an aggregated feed's "perfume"), or another supplier's, tell nothing."""
    rows = [("a", "Calvin Klein CK One woda toaletowa 200 ml"),
            ("a", "Calvin Klein CK One Gold woda toaletowa 200 ml"),
            ("a", "Dior Sauvage woda toaletowa 100 ml EDT dla mężczyzn"),
            ("a", "Dior Sauvage Very Cool Spray woda toaletowa 100 ml"),
            ("a", "Hugo Boss Bottled woda toaletowa 100 ml")]
    got = _offers_of(rows, PERFUMES)
    assert _verdicts(got)[0] == ("F1", "auto") and _verdicts(got)[2] == ("F2", "auto")
    # (a fragrance's words before its concentration are a flanker whatever the supplier's list:
    # Vetoes.said_before_kind reads these two first)
    assert got.loc[1, "match_status"] == "review" and "gold between" in got.loc[1, "match_reason"]
    assert got.loc[3, "match_status"] == "review" and "very between" in got.loc[3, "match_reason"]
    # a line named by no kind after it is told by the supplier's own plain listing alone
    creams = _offers_of([("a", "Neutrogena Norwegian Formula krem do rąk 75 ml"),
                         ("a", "Neutrogena Norwegian Formula Deep Moisture krem do rąk 75 ml")],
                        [("K1", "Neutrogena Norwegian Formula krem do rąk 75 ml")])
    assert _verdicts(creams)[0] == ("K1", "auto")
    assert creams.loc[1, "match_status"] == "review" and "deep moisture between them" in creams.loc[1, "match_reason"]
    two = _offers_of([("a", "Calvin Klein CK One woda toaletowa 200 ml unisex"),
                      ("b", "Calvin Klein CK One Gold woda toaletowa 200 ml")], PERFUMES)
    assert "between them" not in two.loc[1, "match_reason"]
    described = _offers_of([("a", "Lancôme La Vie est Belle woda perfumowana 50 ml"),
                            ("a", "Lancôme La Vie est Belle Lancôme woda perfumowana 50 ml")], PERFUMES)
    assert "between them" not in described.loc[1, "match_reason"]  # the maker, a word the catalog writes


def test_a_car_makers_oe_mark_or_a_sealing_tyre_is_not_the_plain_tyre():
    catalog = [("P1", "Pirelli P Zero PZ4 245/40 R19 98Y XL MO"),
               ("P2", "Continental PremiumContact 7 235/45 R18 98Y XL ContiSeal"),
               ("P3", "Goodyear Eagle F1 Asymmetric 6 225/40 R18 92Y XL"),
               ("P4", "Michelin CrossClimate 2 215/55 R17 98W XL")]
    got = _match(catalog, ["245/40R19 98Y XL Pirelli P Zero PZ4 AO",          # Audi's compound
                           "Pirelli P Zero PZ4 (245/40 R19 98Y XL)",          # no mark at all
                           "235/45R18 98Y XL Continental PremiumContact 7 FR",
                           "Goodyear Eagle F1 Asymmetric 6 225/40 R18 92Y XL MO1",
                           "215/55R17 98W XL Michelin CrossClimate 2 SUV",    # the line's SUV version
                           "245/40 ZR19 98Y XL Pirelli P Zero PZ4 MO"])
    assert all(st != "auto" for st in got["match_status"][:5])
    assert _verdicts(got)[5] == ("P1", "auto")


def test_a_tester_a_refill_a_set_or_another_concentration_is_another_product():
    catalog = [("F1", "Hugo Boss Bottled Eau de Toilette 100 ml"),
               ("F2", "Lancôme La Vie est Belle Eau de Parfum Nachfüllung 100 ml"),
               ("F3", "Schwarzkopf Gliss Ultimate Repair Shampoo 250 ml")]
    got = _match(catalog, ["HUGO BOSS BOTTLED EDT 100ML TESTER",
                           "HUGO BOSS BOTTLED EDP 100ML",
                           "LANCOME LA VIE EST BELLE EDP 100ML",
                           "Gliss Ultimate Repair Shampoo 250 ml Geschenkset",
                           "HUGO BOSS BOTTLED EDT 100ML",
                           "Lancôme La Vie est Belle Eau de Parfum Nachfuellung 100 ml"])
    assert all(st != "auto" for st in got["match_status"][:4])
    assert _verdicts(got)[4:] == [("F1", "auto"), ("F2", "auto")]


def test_a_retreaded_tyre_is_not_the_makers_tyre():
    catalog = [("D1", "Dębica Presto HP2 205/55 R16 91V")]
    got = _match(catalog, ["Opona letnia bieżnikowana Profil 205/55R16 91V (bieżnik typu Dębica Presto HP2)",
                           "205/55R16 91V Debica Presto HP2 retread",
                           f"Opona letnia Dębica Presto HP2 205/55R16 91V DOT{RECENT}"])
    assert all(st != "auto" for st in got["match_status"][:2])
    assert _verdicts(got)[2] == ("D1", "auto")


def test_a_twin_pack_a_gift_set_or_an_unboxed_unit_is_not_the_single_product():
    catalog = [("M1", "essence Lash Princess False Lash Effect Mascara Black 12 ml"),
               ("E1", "Hugo Boss Bottled Eau de Toilette 100 ml")]
    got = _match(catalog, ["Essence Lash Princess False Lash Effect Mascara Black 12ml Duo Pack",
                           "Hugo Boss Bottled Eau de Toilette 100ml Christmas Gift Set",
                           "Hugo Boss Bottled Eau de Toilette 100ml Unboxed",
                           "ESSENCE LASH PRINCESS FALSE LASH EFFECT MASCARA BLACK 12ML"])
    assert all(st != "auto" for st in got["match_status"][:3])
    assert _verdicts(got)[3] == ("M1", "auto")


def test_a_tyres_index_in_brackets_or_after_the_line_is_its_index():
    catalog = [("K1", "Шина летняя Kumho Ecsta HS52 205/55 R16 94V XL"),
               ("K2", "Шина летняя Kumho Ecsta HS52 205/55 R16 91V"),
               ("V1", "Шина летняя Matador Hectorra Van 215/65 R16C 109/107T")]
    got = _match(catalog, ["Автошина Kumho Ecsta HS52 205/55R16 (91H) TL лето",   # another speed index
                           "Автошина Kumho Ecsta HS52 205/55R16 (94V) XL TL лето",
                           "а/ш 205/55R16 Kumho Ecsta HS52 91V",
                           "а/ш 215/65R16С Matador Hectorra Van 106/104T"])     # Cyrillic С, another load pair
    assert got.loc[0, "match_status"] != "auto" and got.loc[3, "match_status"] != "auto"
    assert _verdicts(got)[1:3] == [("K1", "auto"), ("K2", "auto")]


def test_studded_or_not_tells_winter_tyres_apart_when_both_say_it():
    catalog = [("W1", "Шина зимняя шипованная Hankook Winter i*Pike RS2 W429 205/55 R16 94T XL"),
               ("W2", "Шина зимняя нешипованная Toyo Observe GSi6 205/55 R16 91H")]
    got = _match(catalog, ["а/ш 205/55R16 Hankook Winter i*Pike RS2 W429 94T XL б/ш",
                           "Toyo Observe GSi6 205/55R16 91H studded",
                           "а/ш 205/55R16 Hankook Winter i*Pike RS2 W429 94T XL шип.",
                           "Шины зимние Toyo Observe GSi6 205/55 R16 91H"])        # silent on studs
    assert all(st != "auto" for st in got["match_status"][:2])
    assert "stud" in got.loc[0, "match_reason"]
    assert _verdicts(got)[2:] == [("W1", "auto"), ("W2", "auto")]


def test_mercedes_extended_and_bmw_star_marks_name_other_tyres():
    catalog = [("M1", "Шина летняя Bridgestone Potenza S005 245/40 R19 98Y XL MOE"),
               ("B1", "Шина летняя Goodyear Eagle F1 Asymmetric 5 225/45 R18 95Y XL")]
    got = _match(catalog, ["Шины летние Bridgestone Potenza S005 245/40 R19 98Y XL",
                           "Шины летние Bridgestone Potenza S005 245/40 R19 98Y XL MO",
                           "Goodyear Eagle F1 Asymmetric 5 225/45 R18 95Y XL *",
                           "Шины летние Bridgestone Potenza S005 245/40 R19 98Y XL MOE Run Flat",
                           "Goodyear Eagle F1 Asymmetric 5 225/45 R18 95Y XL"])
    assert all(st != "auto" for st in got["match_status"][:3])
    assert _verdicts(got)[3:] == [("M1", "auto"), ("B1", "auto")]


def test_an_spf_number_a_concentration_or_a_line_lasting_other_hours_is_another_product():
    catalog = [("S1", "Garnier Ambre Solaire Молочко солнцезащитное SPF 30 200 мл"),
               ("S2", "Garnier Ambre Solaire Спрей солнцезащитный SPF 50+ 150 мл"),
               ("G1", "Giorgio Armani Acqua di Gio Туалетная вода 100 мл"),
               ("G2", "Giorgio Armani Acqua di Gio Парфюмерная вода 75 мл"),
               ("M1", "Maybelline SuperStay 30H Тональный крем 128 Warm Nude 30 мл")]
    got = _match(catalog, ["GARNIER AMBRE SOLAIRE МОЛОЧКО СОЛНЦЕЗАЩ. SPF50 200МЛ",
                           "Giorgio Armani Acqua di Gio Parfum 75ml",
                           "Giorgio Armani Acqua di Gio edt 75ml",
                           "Тональный крем Maybelline SuperStay 24H, тон 128 Warm Nude, 30 мл",
                           "Giorgio Armani Acqua di Gio edt 100ml",
                           "Giorgio Armani Acqua di Gio Eau de Parfum 75 ml",
                           "Garnier Ambre Solaire Молочко солнцезащитное SPF30 200 мл",
                           "Тональный крем Maybelline SuperStay 30H, тон 128 Warm Nude, 30 мл"])
    assert all(st != "auto" for st in got["match_status"][:4]), got["match_reason"].tolist()
    assert _verdicts(got)[4:] == [("G1", "auto"), ("G2", "auto"), ("S1", "auto"), ("M1", "auto")]


def test_an_spf_number_finds_no_item_as_a_code_would():
    from pricesync.match.reading.names import analyse

    name = analyse(["Uriage Bariésun Kids SPF 50+ 200 мл"])["Uriage Bariésun Kids SPF 50+ 200 мл"]
    assert not name.lookup_codes and {"spf", "spf50"} <= name.attrs.variants



def test_a_part_number_under_another_makers_brand_is_that_makers_part():
    """Many makers give one size one number (a belt's 6PK1200): the offer's brand must be the
    item's, a spelling of it or a brand of its group (a car maker's part under its group's name)."""
    catalog = pd.DataFrame({"sku": ["B1", "F1"], "brand": ["DAYCO", "VAG"],
                            "name": ["Ремень поликлиновой DAYCO 6PK1200", "Фильтр масляный VAG 03C115561H"]})
    offers = pd.DataFrame({"supplier": ["s"] * 4, "supplier_sku": list("1234"), "price": [1] * 4,
                           "brand": ["GATES", "Dayco", "SKODA", "Kayaba"],
                           "mpn": ["6PK1200", "6PK1200", "03C115561H", "03C115561H"],
                           "name": ["РЕМЕНЬ ПОЛИКЛИН. 6PK1200", "РЕМЕНЬ ПОЛИКЛИН. 6PK1200",
                                    "Фильтр масляный 03C115561H", "Фильтр масляный 03C115561H"]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert got.loc[0, "match_status"] != "auto" and "brand" in got.loc[0, "match_reason"]
    assert _verdicts(got)[1:3] == [("B1", "auto"), ("F1", "auto")]
    assert got.loc[3, "match_status"] != "auto"


OILS = [("L1", "Масло моторное Lukoil Genesis Armortech 5W-40 4 л"),
        ("L2", "Масло моторное Lukoil Genesis Universal 10W-40 4 л"),
        ("S1", "Масло моторное Shell Helix HX7 10W-40 4 л"),
        ("Z1", "Масло моторное ZIC X7 10W-40 4 л"),
        ("R1", "Масло моторное Rosneft Magnum Ultratec 5W-40 4 л"),
        ("M1", "Масло моторное Mobil Super 3000 X1 5W-40 4 л"),
        ("T1", "Масло трансмиссионное Lukoil ТМ-5 75W-90 4 л"),
        ("G1", "Масло моторное G-Energy Synthetic Long Life 10W-40 4 л")]


def test_a_russian_title_leaving_out_a_word_inside_the_line_is_the_line_without_it():
    got = _match(OILS, ["Масло моторное Lukoil Genesis 5W-40 4 л"])
    assert got.loc[0, "match_status"] != "auto" and "armortech" in got.loc[0, "match_reason"]
    got = _match(OILS, ["Масло моторное LUKOIL Genesis Armortech 5W-40 синтетическое 4 л"])
    assert _verdicts(got) == [("L1", "auto")]


def test_a_used_refurbished_tester_set_refill_sample_or_repair_kit_in_russian_is_another_product():
    catalog = [("P1", "Насос водяной (помпа) GRAF PA1064"), ("B1", "Ремень поликлиновой DAYCO 6PK1200"),
               ("E1", "Carolina Herrera 212 VIP Men Туалетная вода 100 мл"),
               ("E2", "Carolina Herrera Good Girl Парфюмерная вода 80 мл")]
    got = _match(catalog, ["Помпа GRAF PA1064 восстановленная", "Ремкомплект помпы GRAF PA1064",
                           "Ремень поликлиновой DAYCO 6PK1200 б/у", "Carolina Herrera 212 VIP Men т/в 100 мл тестер",
                           "Набор Carolina Herrera Good Girl п/в 80 мл + лосьон", "Carolina Herrera Good Girl т/в 80 мл",
                           "Carolina Herrera Good Girl п/в 80 мл пробник",
                           "Carolina Herrera 212 VIP Men т/в 100 мл", "Carolina Herrera Good Girl п/в 80 мл"])
    assert all(st != "auto" for st in got["match_status"][:7]), got["match_reason"].tolist()
    assert _verdicts(got)[7:] == [("E1", "auto"), ("E2", "auto")]


def test_a_part_number_without_the_letters_ending_the_items_is_another_part():
    catalog = pd.DataFrame({"sku": ["G1"], "brand": ["GATES"], "name": ["Ремень ГРМ GATES 5670XS"]})
    offers = pd.DataFrame({"supplier": ["s"] * 2, "supplier_sku": ["1", "2"], "price": [1, 1], "brand": ["GATES"] * 2,
                           "mpn": ["5670", "5670XS"], "name": ["Ремень ГРМ GATES 5670", "Ремень ГРМ GATES 5670XS"]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert got.loc[0, "match_status"] != "auto" and _verdicts(got)[1] == ("G1", "auto")


def test_a_russian_title_naming_a_code_the_catalog_never_uses_is_another_line():
    catalog = [("T1", "Шина зимняя шипованная Nokian Tyres Nordman 7 SUV 215/65 R16 102T XL"),
               ("T2", "Шина зимняя шипованная Bridgestone Blizzak Spike-03 205/55 R16 94T XL"),
               ("T3", "Шина зимняя Continental IceContact 3 205/55 R16 94T XL"),
               ("T4", "Шина летняя Cordiant Comfort 2 205/55 R16 94H"),
               ("T5", "Шина зимняя шипованная Toyo Observe Ice-Freezer 205/55 R16 91T"),
               ("T6", "Шина летняя Michelin Primacy 4 205/55 R16 91V"),
               ("T7", "Шина летняя Hankook Ventus Prime 4 K135 205/55 R16 91V"),
               ("T8", "Шина зимняя шипованная Gislaved Nord*Frost 200 205/55 R16 94T XL"),
               ("T9", "Шина летняя Yokohama BluEarth-GT AE51 205/55 R16 91V")]
    got = _match(catalog, ["205/55 R16 Toyo Observe GSi-5 91T шип"])
    assert got.loc[0, "match_status"] != "auto", got["match_reason"].tolist()


def test_pirellis_electric_and_self_sealing_marks_name_other_tyres():
    catalog = [("P1", "Шина летняя Pirelli P Zero PZ4 255/40 R20 101Y XL")]
    got = _match(catalog, ["Pirelli P Zero PZ4 255/40 R20 101Y XL (Elect)",
                           "Pirelli P Zero PZ4 255/40 R20 101Y XL Seal Inside",
                           "Pirelli P Zero PZ4 255/40 R20 101Y XL"])
    assert all(st != "auto" for st in got["match_status"][:2])
    assert _verdicts(got)[2] == ("P1", "auto")


def test_makers_run_flat_oe_and_noise_foam_marks_name_other_tyres():
    catalog = [("D1", "Шина летняя Dunlop Sport Maxx RT2 245/40 R19 98Y XL")]
    marks = ["ZPS", "HRS", "EMT", "RunOnFlat", "XRP", "VOL", "AO2", "K1", "PNCS", "Acoustic", "Sound Absorber"]
    got = _match(catalog, [f"Dunlop Sport Maxx RT2 245/40 R19 98Y XL {m}" for m in marks]
                 + ["Dunlop Sport Maxx RT2 245/40 R19 98Y XL"])
    assert all(st != "auto" for st in got["match_status"][:len(marks)]), got["match_reason"].tolist()
    assert _verdicts(got)[-1] == ("D1", "auto")


def test_an_xs_belt_or_an_intense_scent_is_another_product_than_the_plain_one():
    catalog = pd.DataFrame({"sku": ["B1", "P1"], "brand": ["DAYCO", "Giorgio Armani"],
                            "name": ["Ремень поликлиновой DAYCO 5PK1100", "Giorgio Armani Code Парфюмерная вода 75 мл"]})
    offers = pd.DataFrame({"supplier": ["s"] * 4, "supplier_sku": list("1234"), "price": [1] * 4,
                           "brand": ["DAYCO", "Giorgio Armani", "DAYCO", "Giorgio Armani"],
                           "mpn": ["5PK1100XS", "", "5PK1100", ""],
                           "name": ["Ремень поликлиновой DAYCO 5PK1100XS",
                                    "Парфюмерная вода мужская Giorgio Armani Code Eau de Parfum Intense 75 мл",
                                    "Ремень поликлиновой DAYCO 5PK1100",
                                    "Парфюмерная вода мужская Giorgio Armani Code Eau de Parfum 75 мл"]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert all(st != "auto" for st in got["match_status"][:2]), got["match_reason"].tolist()
    assert _verdicts(got)[2:] == [("B1", "auto"), ("P1", "auto")]


def test_a_waterproof_mascara_is_another_product_a_waterproof_speaker_is_not():
    catalog = [("M1", "Lancôme Тушь для ресниц Définicils 01 Noir Infini 6.5 мл"),
               ("S1", "JBL Charge 5 Blue")]
    got = _match(catalog, ["Тушь для ресниц Lancome Definicils Waterproof 01 Noir Infini 6.5 мл",
                           "JBL Charge 5 Portable Waterproof Speaker Blue",
                           "Тушь для ресниц Lancome Definicils 01 Noir Infini 6.5 мл"])
    assert got.loc[0, "match_status"] != "auto"
    assert _verdicts(got)[1:] == [("S1", "auto"), ("M1", "auto")]


def test_graphite_is_a_shade_of_its_own_in_every_language():
    """A tile series, a watch, a mouse sell "Graphite" beside "Grey": the one is not the other,
    while the graphite item is found in another language's word for it."""
    catalog = [("T1", "Gres Cerrad Masterstone Grey 60x60 mat"),
               ("W1", "Samsung Galaxy Watch6 40mm Graphite"),
               ("M1", "Logitech MX Master 3S Wireless Mouse Graphite")]
    got = _match(catalog, ["Gres Cerrad Masterstone Graphite 60x60 mat",
                           "Смарт-часы Samsung Galaxy Watch6 40 мм графит",
                           "Gres Cerrad Masterstone szary 60x60 mat"])
    assert got.loc[0, "match_status"] != "auto" and "graphite vs grey" in got.loc[0, "match_reason"]
    assert _verdicts(got)[1] == ("W1", "auto") and _verdicts(got)[2] == ("T1", "auto")


def test_a_scented_product_is_not_its_unscented_sibling_in_any_language():
    """"Scented", "с ароматом", "bez zapachu", "ohne Duft", "fragrance free" say whether a product is
    scented; two names saying it differently are two products, and a name silent on it (or naming
    its scent without saying "с ароматом") contradicts neither."""
    catalog = [("L1", "Наполнитель комкующийся Ever Clean Extra Strong Clumping без запаха, 10 л"),
               ("L2", "Кондиционер для белья Crystal Rinser без красителей 2 л"),
               ("L3", "Кондиционер для белья Crystal Rinser с ароматом экзотических цветов 2 л"),
               ("L4", "Чистящий крем для кухни Cooky Universal с ароматом цитруса 0,5 л"),
               ("L5", "Чистящий крем для кухни Cooky Universal ледяная свежесть 0,5 л")]
    rows = ["Ever Clean Extra Strong Clumping Scented 10L",
            "Ever Clean Extra Strong Clumping Unscented 10L",
            "Żwirek Ever Clean Extra Strong Clumping bez zapachu 10 l",
            "Crystal Rinser кондиционер для белья без запаха 2 л",
            "Средство чистящее д/кухни Cooky Universal 500мл Цитрус, крем"]
    got = _offers_of([(str(i), name) for i, name in enumerate(rows)], catalog)
    assert got.loc[0, "match_status"] != "auto" and "scent scented vs unscented" in got.loc[0, "match_reason"]
    assert _verdicts(got)[1] == ("L1", "auto") and _verdicts(got)[2] == ("L1", "auto")
    assert _verdicts(got)[3] == ("L2", "auto")  # the scented one says otherwise; the item is silent
    assert _verdicts(got)[4] == ("L4", "auto")  # its citrus, not "с ароматом", against the icy one


def test_a_count_times_a_measure_is_a_pack_not_the_single_item():
    """"75Г*28", "12 x 85g", "2кг x 2" are boxes of 28, 12 and 2; a size written across ("8 x 40 mm")
    is no count."""
    catalog = [("P1", "Влажный корм для кошек Whiskas рагу с ягнёнком, 75 г"),
               ("P2", "fischer DuoPower Dübel 8 x 40 50 Stück")]
    got = _match(catalog, ["WHISKAS ПАУЧ РАГУ ЯГНЕНОК 75Г*28", "Whiskas рагу с ягнёнком 12 x 75g",
                           "Whiskas рагу с ягнёнком 75 г", "fischer DuoPower 8x40 mm 50 Stück"])
    assert got.loc[0, "match_status"] != "auto" and got.loc[1, "match_status"] != "auto"
    assert "12pcs" in got.loc[1, "match_reason"]
    assert _verdicts(got)[2] == ("P1", "auto") and _verdicts(got)[3] == ("P2", "auto")



def test_a_day_cream_is_not_the_night_cream_and_is_found_in_any_language():
    """"na dzień", "дневной", "Tagescreme", "Day Cream" are one day cream; "na noc", "Nachtcreme" its
    night sibling. "Night Breaker", a bulb's line, is no night cream."""
    catalog = [("C1", "L'Oréal Paris Revitalift Filler krem na dzień przeciwzmarszczkowy 50 ml"),
               ("C2", "L'Oréal Paris Revitalift Filler krem na noc przeciwzmarszczkowy 50 ml"),
               ("C3", "Ziaja Kozie mleko krem na dzień 50 ml"),
               ("B1", "Żarówka OSRAM H7 Night Breaker Laser 12V 55W")]
    got = _match(catalog, ["L'Oréal Paris Revitalift Filler Tagescreme 50 ml",
                           "L'Oreal Paris Revitalift Filler Day Cream 50ml",
                           "ZIAJA KOZIE MLEKO KREM NA NOC 50ML",
                           "OSRAM NIGHT BREAKER LASER H7 12V 55W"])
    assert _verdicts(got)[:2] == [("C1", "auto"), ("C1", "auto")]
    assert got.loc[2, "match_status"] != "auto" and "time of day night vs day" in got.loc[2, "match_reason"]
    assert _verdicts(got)[3] == ("B1", "auto")


def test_a_battery_of_the_other_polarity_is_another_battery():
    """"R+", "P+", "(0)", "обратная" / "зворотна полярність", "right positive" say one polarity;
    "L+", "(1)", "прямая" the other: the L+ battery of a range is not its R+ sibling, whose
    size, capacity and current it shares."""
    catalog = [("B1", "Акумулятор WESTA Red 6СТ-60 АЗ 60Ah 600A R+"),
               ("B2", "Аккумулятор VARTA Blue Dynamic E11 74Ah 680A R+")]
    got = _match(catalog, ["АКБ WESTA RED 6СТ-60 А (1) 600A",
                           "Акумулятор Westa Red 6СТ-60 600А, пряма полярність",
                           "Акумулятор Westa Red 6СТ-60 Аз 600А, зворотна полярність (0)",
                           "Аккумулятор VARTA Blue Dynamic E11 74Ah 680A обратная полярность",
                           "Akumulator VARTA Blue Dynamic E11 74Ah 680A P+"])
    assert "auto" not in got["match_status"][:2].tolist()
    assert "polarity left vs right" in got.loc[0, "match_reason"]
    assert _verdicts(got)[2:] == [("B1", "auto"), ("B2", "auto"), ("B2", "auto")]


def test_a_tube_type_tyre_is_not_the_tubeless_one():
    """"TT", "т/к", "камерная" say a tyre takes a tube; "TL", "б/к", "Tubeless" that it does not:
    two names saying different ones are different tyres of one line and size."""
    catalog = [("M1", "Metzeler Karoo Street 90/90-21 54V TL Front M+S"),
               ("M2", "Белшина Бел-95 16.9 R38 141A8 TL сельхоз")]
    got = _match(catalog, ["Opona Metzeler Karoo Street 90/90-21 54V TT M+S przód",
                           "Opona Metzeler Karoo Street 90/90-21 54V TL M+S przód",
                           "Шина 16,9R38 Бел-95 141А8 т/к"])
    assert got.loc[0, "match_status"] != "auto" and "tube tubetype vs tubeless" in got.loc[0, "match_reason"]
    assert _verdicts(got)[1] == ("M1", "auto")
    assert got.loc[2, "match_status"] != "auto"


def test_a_tyre_of_another_ply_rating_is_another_tyre():
    """A ply rating is one measure however written ("20PR", "20 слойная", "8нс", "18 нс"): the 20PR
    tyre of a line and size is not its 18PR one."""
    catalog = [("P1", "Triangle TRS02 315/80 R22.5 157/154L 18PR TL рулевая"),
               ("P2", "Aeolus HN355 295/80 R22.5 152/149M 18PR TL ведущая"),
               ("P3", "Волтайр DR-105 15.5-38 8нс TT сельхоз")]
    got = _match(catalog, ["TRIANGLE TRS02 315/80R22.5 20PR 157/154L STEER TL",
                           "Шина 295/80 R22.5 Aeolus HN355 ведущая 18 нс 152/149M",
                           "Шина 15,5-38 Волтайр DR-105 10нс т/к"])
    assert got.loc[0, "match_status"] != "auto"
    assert _verdicts(got)[1] == ("P2", "auto")
    assert got.loc[2, "match_status"] != "auto" and "ply rating" in got.loc[2, "match_reason"]


def test_a_cut_word_is_the_items_word_it_begins_not_the_condition():
    """"восст." is how a price list cuts a retreaded tyre's "восстановленная" - and a shampoo's
    "восстановление": a cut word that begins a word of the item's name is that word."""
    catalog = [("R1", "Bridgestone M729 315/80 R22.5 154/150M TL ведущая"),
               ("S1", "Natura Siberica Шампунь облепиховый Глубокое восстановление 400 мл")]
    got = _match(catalog, ["Шина 315/80R22.5 восст. Bridgestone M729 154/150M ведущая",
                           "NATURA SIBERICA ШАМП. ОБЛЕПИХОВЫЙ ГЛУБОКОЕ ВОССТ. 400МЛ"])
    assert got.loc[0, "match_status"] != "auto" and "condition refurbished vs —" in got.loc[0, "match_reason"]
    assert _verdicts(got)[1] == ("S1", "auto")


def test_a_rim_written_with_a_decimal_comma_is_the_same_size():
    """"315/80R22,5" is the "315/80 R22.5" size (a Russian list writes the comma), not a 22" rim
    and a number 5."""
    catalog = [("K1", "Кама NF 201 315/80 R22.5 156/150L TL рулевая"),
               ("K2", "Кама NF 202 215/75 R17.5 126/124M TL рулевая")]
    got = _match(catalog, ["315/80R22,5 КАМА NF-201 156/150L РУЛ.", "215/75R17,5 КАМА NF-202 126/124M"])
    assert _verdicts(got) == [("K1", "auto"), ("K2", "auto")]



def test_a_part_number_spelled_longer_is_another_part_where_the_supplier_lists_both():
    """A supplier listing "GDB1550" and "GDB1550DTE" tells the two numbers apart: the longer one is
    another part (a sibling line of the pads), not the GDB1550 with a market's ending."""
    catalog = [("P1", "Колодки гальмівні передні TRW GDB1550"), ("P2", "Колодки гальмівні задні TRW GDB1330")]
    got = _match(catalog, ["КОЛОДКИ ГАЛЬМ. ПЕР. TRW GDB1550", "КОЛОДКИ ГАЛЬМ. ПЕР. TRW GDB1550DTE"],
                 mpns=["GDB1550", "GDB1550DTE"])
    assert _verdicts(got)[0] == ("P1", "auto")
    assert got.loc[1, "match_status"] == "review" and "number as written too" in got.loc[1, "match_reason"]

def test_a_word_a_price_list_cuts_with_a_full_stop_is_the_table_word_it_begins():
    """"ГАЛЬМ. ПЕР." is the front pads, "глянц." the gloss enamel, "ЗИМН. ШИП." a studded winter tyre:
    a cut that begins words of one meaning only in the tables compared on both names; a code
    written with full stops ("NX.KDEEP.00F") and a cut no table word begins stay as written."""
    from pricesync.match.reading.names import analyse

    names = analyse(["КОЛОДКИ ГАЛЬМ. ПЕР. TRW GDB1550", "Фарба глянц. біла 0,9 л", "Шина зимн. шип. 205/55R16",
                     "Acer Aspire NX.KDEEP.00F", "SONY CORP. TV"])
    assert names["КОЛОДКИ ГАЛЬМ. ПЕР. TRW GDB1550"].attrs.words["axle"] == {"front"}
    assert names["Фарба глянц. біла 0,9 л"].attrs.words["finish"] == {"gloss"}
    tyre = names["Шина зимн. шип. 205/55R16"].attrs.words
    assert tyre["season"] == {"winter"} and tyre["studs"] == {"studded"}
    assert "nxkdeep00f" in names["Acer Aspire NX.KDEEP.00F"].tokens
    assert "corp" in names["SONY CORP. TV"].tokens
    catalog = [("B1", "Колодки гальмівні задні TRW GDB1550"), ("B2", "Диск гальмівний передній TRW DF4294")]
    got = _match(catalog, ["КОЛОДКИ ГАЛЬМ. ПЕР. TRW GDB1550"])
    assert got.loc[0, "match_status"] != "auto" and "front" in got.loc[0, "match_reason"]


def test_a_wholesale_lists_spray_after_the_concentration_is_that_concentration():
    """"EDT/S", "EDP/S": the concentration as a spray, so the EDT is not the EDP item."""
    catalog = [("F1", "Yves Saint Laurent Y Eau de Parfum 100ml"), ("F2", "Dior Sauvage Eau de Toilette 100ml")]
    got = _match(catalog, ["Yves Saint Laurent Y (M) EDT/S 100ml", "Dior Sauvage (M) EDT/S 100ml"])
    assert got.loc[0, "match_status"] != "auto" and "eau_de_toilette vs eau_de_parfum" in got.loc[0, "match_reason"]
    assert _verdicts(got)[1] == ("F2", "auto")
