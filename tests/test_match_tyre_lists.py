"""Tyres as Russian wholesalers' own lists write them (../shared/data/lists: Kolobox's and Dakar's of one
week): a size with a slash before its rim and the index after it speed letter first ("205/55/16  T 91",
"215/65/16  R 109/107 C") is the size and the index; a line's "+" glued to "XL" ("North 2+XL") is the
Plus line; a line's name written as its first consonants ("HKPL 7") is that line, so it is not another
line of the same number ("Nordman 7") in the size; a line's word written in Cyrillic as it sounds
("Кордиант Бизнес" for Cordiant's Business) is said."""
from __future__ import annotations

import pandas as pd

from conftest import real_list_autos
from pricesync.match import match_offers
from pricesync.match.config import MatchingConfig
from pricesync.match.reading.names import analyse
from pricesync.match.reading.spellings import abbreviates


def _tokens(name: str) -> tuple[str, ...]:
    return analyse([name])[name].tokens


def test_a_size_with_a_slash_before_its_rim_and_its_index_speed_first():
    assert _tokens("Нордман  215/45/17  T 91 NORDMAN 7 XL")[1:3] == ("21545r17", "li91t")
    assert _tokens("Нордман  215/45/17  T 91 NORDMAN 7 XL")[1:3] == _tokens("Nokian 215/45R17 91T Nordman 7 (XL)")[1:3]
    assert _tokens("Нордман  215/65/16  R 109/107 C NORDMAN C")[1:3] == ("21565r16c", "li109107r")
    assert "li104t" in _tokens("Viatti Bosco Nordico V-523    235/65/17  T  104")
    assert "20560r16" in _tokens("Кордиант WINTER DRIVE    205/60/16")
    # three numbers that are no tyre's: a tee's diameters and angle, a date
    assert "1105045" in _tokens("Тройник 110/50/45")
    assert not any(t.endswith("r18") for t in _tokens("Поставка 12/05/18"))


def test_a_lines_plus_glued_to_xl():
    glued = analyse(["LATITUDE X- ICE NORTH 2+XL"])["LATITUDE X- ICE NORTH 2+XL"]
    assert "plus" in glued.attrs.variants and "xl" in glued.tokens
    assert "plus" not in analyse(["Zestaw 2+1 GRATIS"])["Zestaw 2+1 GRATIS"].attrs.variants


def test_a_word_written_as_its_first_consonants():
    assert abbreviates("hkpl", "hakkapeliitta")
    assert not abbreviates("blk", "black")          # three letters: a colour's letters, not this reading
    assert not abbreviates("hkpl", "hakka")         # too short to be shortened so
    assert not abbreviates("hkpa", "hakkapeliitta")  # a vowel: a word of its own


# A tyre wholesaler's catalog: the lines of several makers over a few sizes (a line word is rare in it).
_OTHERS = [(f"O{i}", f"{brand} {size} {line}", brand.split()[0]) for i, (brand, line, size) in enumerate(
    (b, line, size) for b, line in (("Michelin", "X-Ice North 4"), ("Michelin", "Primacy 4"), ("Continental", "IceContact 3"),
                                    ("Bridgestone", "Blizzak Spike-02"), ("Pirelli", "Ice Zero"), ("Kumho", "WinterCraft WI31"))
    for size in ("195/55R16 91T", "205/55R16 94T", "155/65R14 75T"))]
CATALOG = pd.DataFrame(
    [("N7", "Nokian 195/55R16 91T Nordman 7 (XL)", "Nokian"), ("H9", "Nokian 195/55R16 91T Hakkapeliitta 9 (XL)", "Nokian"),
     ("NC", "Nordman 215/65R16C 109/107R Nordman C", "Nordman"), ("H7", "Nokian 205/55R16 94T Hakkapeliitta 7 (XL)", "Nokian"),
     ("P2", "Nokian 155/65R14 75T Nordman 7", "Nokian"), *_OTHERS], columns=["sku", "name", "brand"])


def test_a_line_written_short_is_that_line():
    names = ["Нокиан  195/55/16  T 91 HKPL 7 XL", "Нокиан  205/55/16  T 94 HKPL 7 XL",
             "Нокиан  155/65/14  T 75 HKPL 7", "Нордман  195/55/16  T 91 NORDMAN 7 XL"]
    offers = pd.DataFrame({"supplier": ["dakar"] * len(names), "supplier_sku": [str(i) for i in range(len(names))],
                           "name": names, "brand": ["Нокиан", "Нокиан", "Нокиан", "Нордман"]})
    got = match_offers(offers, CATALOG, config=MatchingConfig(scorer="rules"))
    verdicts = [(s if st == "auto" else "", st) for s, st in zip(got["catalog_sku"], got["match_status"])]
    assert verdicts[0][1] != "auto", got.loc[0, "match_reason"]  # not the Nordman 7 of the size
    assert verdicts[1] == ("H7", "auto")
    assert verdicts[2][1] != "auto", got.loc[2, "match_reason"]  # no Hakkapeliitta 7 of the size in the catalog
    assert verdicts[3] == ("N7", "auto"), got.loc[3, "match_reason"]


def test_a_code_two_items_write_is_neither_unless_the_offer_says_which():
    """A catalog writing one pattern's code under two of its line names: an offer saying only the
    code and the size names neither; one saying a line's word is that line's item."""
    catalog = pd.concat([CATALOG, pd.DataFrame(
        [("EC", "Kumho 175/65R14 82T EcoWing ES01 KH27 (EC)", "Kumho"), ("EK", "Kumho 175/65R14 82T Solus KH27 (EK)", "Kumho"),
         ("EC5", "Kumho 185/65R15 88T EcoWing ES01 KH27 (EC)", "Kumho")], columns=["sku", "name", "brand"])], ignore_index=True)
    names = ["Кумхо 175/65/14 T 82 KH-27", "Kumho 175/65R14 82T KH27", "Kumho 175/65R14 82T Solus KH27",
             "Kumho 185/65R15 88T KH27"]
    offers = pd.DataFrame({"supplier": ["s"] * len(names), "supplier_sku": [str(i) for i in range(len(names))],
                           "name": names, "brand": ["Кумхо", "Kumho", "Kumho", "Kumho"]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    for i in (0, 1):
        assert got.loc[i, "match_status"] == "review", got.loc[i, "match_reason"]
        assert "or not" in got.loc[i, "match_reason"]
    assert (got.loc[2, "catalog_sku"], got.loc[2, "match_status"]) == ("EK", "auto"), got.loc[2, "match_reason"]
    assert (got.loc[3, "catalog_sku"], got.loc[3, "match_status"]) == ("EC5", "auto"), got.loc[3, "match_reason"]


def test_the_two_real_lists_match_by_the_makers_articles():
    """Kolobox's list as the catalog, Dakar's as the offers, the articles both carry as the truth
    (bench_match's ``tyres_lists_ru``): of the offers whose article the catalog has, the automatic
    matches are right and most are found (at first contact, read as sizes nobody wrote so, none was).
    Kolobox writes Kumho's KH27 twice in a size, under each of its line names ("EcoWing ES01 KH27 (EC)",
    "Solus KH27 (EK)"): Dakar's "Кумхо 175/65/14 T 82 KH-27" says neither, so it is not matched to one."""
    auto, truth = real_list_autos("load_tyres_lists_ru")
    labelled = [(sku, t) for sku, t in auto if t]
    right = sum(sku in t for sku, t in labelled)
    assert right == len(labelled), [(sku, t) for sku, t in labelled if sku not in t]
    assert right / sum(1 for t in truth if t) >= 0.65


def test_the_two_real_lists_the_other_way_round():
    """Dakar's list as the catalog and Kolobox's as the offers (``tyres_lists_ru_flipped``)."""
    auto, truth = real_list_autos("load_tyres_lists_ru", flip=True)
    labelled = [(sku, t) for sku, t in auto if t]
    right = sum(sku in t for sku, t in labelled)
    assert right == len(labelled), [(sku, t) for sku, t in labelled if sku not in t]
    assert right / sum(1 for t in truth if t) >= 0.65


def test_a_line_word_written_in_cyrillic_as_it_sounds_is_said():
    catalog = pd.DataFrame([("B1", "Cordiant 195/75R16C 107/105R Business (CA-1)", "Cordiant"),
                            ("S1", "Cordiant 195/75R16C 107/105R Standart CA-1", "Cordiant"),
                            ("M1", "Maybelline Туш для вій The Falsies Lash Lift Black 9.6 мл", "Maybelline"),
                            ("M2", "Maybelline Туш для вій The Falsies Lash Lift Ultra Black 9.6 мл", "Maybelline")],
                           columns=["sku", "name", "brand"])
    names = ["Кордиант Бизнес CA-1 195/75/16 R 107/105 C", "MAYBELLINE туш FALSIES LASH LIFT ультра чорна 9.6мл"]
    offers = pd.DataFrame({"supplier": ["s"] * 2, "supplier_sku": ["1", "2"], "name": names, "brand": ["", ""]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert (got.loc[0, "catalog_sku"], got.loc[0, "match_status"]) == ("B1", "auto"), got.loc[0, "match_reason"]
    assert got.loc[1, "catalog_sku"] == "M2", got.loc[1, "match_reason"]   # the Ultra, not the plain one
    assert "does not say which: variant ultra" not in got.loc[1, "match_reason"]


def test_a_brand_written_in_the_other_script_is_the_catalogs_brand():
    """A catalog writing its makers in Cyrillic (Dakar's "ГУД-ЕАР", "Тайгер", "Нордман") and an offer in
    Latin: the brand column is heard as the catalog's brand ("Goodyear" is no "Тайгер" line of the size),
    and a line named after a brand of the catalog's ("Nokian ... Nordman 7") is that brand's."""
    from pricesync.match.reading.spellings import heard_brands

    assert heard_brands(["Goodyear", "Tigar", "Michelin"], ["ГУД-ЕАР", "Тайгер"], 3) == {"Goodyear": "ГУД-ЕАР",
                                                                                        "Tigar": "Тайгер"}
    catalog = pd.DataFrame([("T1", "Тайгер  185/65/15  H 88 HIGH PERFORMANCE", "Тайгер"),
                            ("G1", "ГУД-ЕАР  185/65/15  T 88 ULTRA GRIP 9", "ГУД-ЕАР"),
                            ("N1", "Нордман  155/65/14  T 75 NORDMAN 7", "Нордман"),
                            ("N2", "Нордман  155/65/14  R 75 NORDMAN RS2", "Нордман")], columns=["sku", "name", "brand"])
    names = ["Goodyear 185/65R15 88H Efficientgrip Performance", "Nokian 155/65R14 75R Nordman RS2"]
    offers = pd.DataFrame({"supplier": ["s"] * 2, "supplier_sku": ["1", "2"], "name": names,
                           "brand": ["Goodyear", "Nokian"]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert got.loc[0, "match_status"] != "auto" or got.loc[0, "catalog_sku"] != "T1", got.loc[0, "match_reason"]
    assert (got.loc[1, "catalog_sku"], got.loc[1, "match_status"]) == ("N2", "auto"), got.loc[1, "match_reason"]
