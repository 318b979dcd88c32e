"""The matching word files (pricesync/match/data/words/*.toml) and a shop's own
(``[matching] vocabulary``): every file loads, no word means two things, a bad file is a
config error naming it, and a shop's words change what matching decides."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pandas as pd
import pytest

from pricesync.config import load_config
from pricesync.errors import ConfigError
from pricesync.match import match_offers
from pricesync.match.config import MatchingConfig
from pricesync.match.reading.words import DATA_DIR, WordsError, Words, load_words, use_words


@pytest.fixture(autouse=True)
def _shipped_words_after():
    yield
    use_words(())  # a test that used a shop's words leaves the shipped ones active


def test_every_word_file_loads_and_no_word_has_two_meanings():
    files = sorted(DATA_DIR.glob("*.toml"))
    assert {f.stem for f in files} >= {"common", "en", "ru", "uk", "pl", "de"}
    assert (DATA_DIR / "README.md").exists()
    for f in files:
        data = tomllib.loads(f.read_text(encoding="utf-8"))
        assert data.get("language") == f.stem, f
        Words().add_tables(data, f.name)  # unknown tables, units, non-words raise
    # Across files: a word is one colour, one platform, one condition... or a stop word, never two.
    meanings: dict[str, set[tuple[str, str]]] = {}
    units: dict[str, set[str]] = {}
    for f in files:
        data = tomllib.loads(f.read_text(encoding="utf-8"))
        for colour, stems in data.get("colours", {}).items():
            for s in stems:
                meanings.setdefault(s, set()).add(("colour", colour))
        for table in ("platforms", "conditions", "packages", "connectors"):
            for word, value in data.get(table, {}).items():
                meanings.setdefault(word, set()).add((table, value))
        for word in data.get("stop_words", {}).get("words", []):
            meanings.setdefault(word, set()).add(("stop word", ""))
        for word in data.get("variants", {}).get("words", []) + data.get("editions", {}).get("words", []):
            meanings.setdefault(word, set()).add(("variant", ""))
        for unit, words in data.get("units", {}).items():
            for w in words:
                units.setdefault(w, set()).add(unit)
    conflicts = {w: m for w, m in meanings.items() if len(m) > 1}
    conflicts |= {w: u for w, u in units.items() if len(u) > 1}
    assert not conflicts
    words = load_words()
    assert words.multimaps["colours"]["black"][:1] and "чорн" in words.multimaps["colours"]["black"]


def test_shipped_words_as_before():
    from pricesync.match.reading.normalize import STOP_WORDS, raw_tokens
    from pricesync.match.reading.units import canonical_units
    from pricesync.match.reading.words import word_attributes

    assert word_attributes("чорний") == ("colour", "black") and word_attributes("белья") is None
    assert word_attributes("schwarz") == ("colour", "black") and word_attributes("odnowiony")[1] == "refurbished"
    assert {"для", "the", "dla", "або"} <= STOP_WORDS
    assert canonical_units("8/256gb 1,5 кг 2 литра 6 ft 5-users 3 szt") == \
        " 8gb 256gb   1500gr   2000ml   1800mm   5user   3pcs "
    assert raw_tokens("NEW! Средство д/очистки конц-т v2.0 ADSL2+ Modem")[0] == \
        ["средство", "для", "очистки", "концентрат", "2", "adsl2plus", "modem"]


@pytest.mark.parametrize("text, message", [
    ('[colours]\nwhite = ["black"]\n', "colours 'black': means colour 'white' here but colour 'black'"),
    ('[units]\nkmh = ["km/h"]\n', "units 'kmh': not a unit"),
    ('[variants]\nwords = ["the"]\n', "variants 'the': means variant"),
    ('[colors]\nnude = ["nude"]\n', "unknown table(s) colors"),
    ('[accessory]\nnot_fr = ["toyota"]\n', "unknown key(s) not_fr"),
    ('[variants]\nwords = "runflat"\n', "must be a list"),
    ('[platforms]\nmac = "windows"\n', "platforms 'mac': means 'windows' here but 'mac'"),
    ('[colours\n', "Expected ']'"),
    ('[positions]\nfront = "top"\n', "positions 'front': not a position"),
    ('[seasons]\nletnia = "spring"\n', "seasons 'letnia': not a season"),
    ('[seasons]\nsommer = "hot"\n', "seasons 'sommer': not a season"),
    ('[genders]\nunisex = "both"\n', "genders 'unisex': not a gender"),
])
def test_a_bad_word_file_names_itself_and_the_entry(tmp_path, text, message):
    path = tmp_path / "shop_words.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(WordsError) as exc:
        load_words((str(path),))
    assert str(path) in str(exc.value) and message in str(exc.value)


def _config(tmp_path, words: str | None, name: str = "shop.toml"):
    if words is not None:
        (tmp_path / "words").mkdir(exist_ok=True)
        (tmp_path / "words" / "tyres.toml").write_text(words, encoding="utf-8")
    (tmp_path / name).write_text('[matching]\nvocabulary = ["words/tyres.toml"]\nscorer = "rules"\n',
                                 encoding="utf-8")
    return load_config(tmp_path / name)


def test_config_vocabulary_is_checked(tmp_path):
    with pytest.raises(ConfigError) as exc:
        _config(tmp_path, '[units]\nkmh = ["km/h"]\n')
    problems = "\n".join(exc.value.problems)
    assert "matching.vocabulary[0]" in problems and "units 'kmh'" in problems and "tyres.toml" in problems
    (tmp_path / "words" / "tyres.toml").unlink()
    with pytest.raises(ConfigError) as exc:
        _config(tmp_path, None)
    assert "matching.vocabulary[0]" in "\n".join(exc.value.problems)
    cfg = _config(tmp_path, '[variants]\nwords = ["runflat"]\n')
    assert cfg.matching.vocabulary_files() == (str(tmp_path / "words" / "tyres.toml"),)


TYRES_AND_SHADES = """
# A tyre and cosmetics shop's words: a maker's run-flat mark the shipped words lack; shade names
# are colours.
[shorthand]
"ранфлет" = "runflat"

[colours]
nude = ["nude"]
coral = ["coral"]
"""

CATALOG = pd.DataFrame({
    "sku": ["T1", "T2", "L1", "L2"],
    "name": ["Bridgestone Turanza T005 225/45 R17 91W", "Bridgestone Turanza T005 RunFlat 225/45 R17 91W",
             "Maybelline Color Sensational lipstick 4.2 g nude", "Maybelline Color Sensational lipstick 4.2 g coral"]})
# The run-flat offer comes from another supplier: one supplier offering both tyres would
# tell them apart by its own list, words or not.
OFFERS = pd.DataFrame({
    "supplier": ["t", "s", "s"], "supplier_sku": ["1", "2", "3"], "price": [1, 2, 3],
    "name": ["Bridgestone Turanza T005 225/45 R17 91W ранфлет", "Bridgestone Turanza T005 225/45 R17 91W",
             "Maybelline Color Sensational lipstick 4.2 g"]})


def test_a_shops_words_change_the_verdicts(tmp_path):
    plain = match_offers(OFFERS, CATALOG, config=MatchingConfig(scorer="rules"))
    # Without the shop's words "ранфлет" (run-flat as a dealer spells it) is heard as the catalog's
    # "RunFlat" (spellings.heard_in), so the run-flat offer already stays off the plain tyre; the shade
    # names below are what only the shop's words tell.
    assert (plain.loc[0, "catalog_sku"], plain.loc[0, "match_status"]) == ("T2", "review")
    assert "colour" not in plain.loc[2, "match_reason"]
    cfg = _config(tmp_path, TYRES_AND_SHADES)
    shop = match_offers(OFFERS, CATALOG, config=cfg.matching)
    assert not (shop.loc[0, "catalog_sku"] == "T1" and shop.loc[0, "match_status"] == "auto")
    assert (shop.loc[1, "catalog_sku"], shop.loc[1, "match_status"]) == ("T1", "auto")
    assert "colour nude vs coral" in shop.loc[2, "match_reason"]  # a shade is a colour the offer must say
    # The next run without the shop's words is back to the shipped ones.
    again = match_offers(OFFERS, CATALOG, config=MatchingConfig(scorer="rules"))
    assert again[["catalog_sku", "match_status", "match_reason"]].equals(
        plain[["catalog_sku", "match_status", "match_reason"]])


def test_for_a_car_make_is_a_use_not_an_accessory(tmp_path):
    catalog = pd.DataFrame({"sku": ["A1", "A2"], "name": ["MANN-FILTER W 712/75", "MANN-FILTER W 712/80"]})
    offers = pd.DataFrame({"supplier": ["s"] * 2, "supplier_sku": ["1", "2"], "price": [1, 1],
                           "name": ["Oil filter MANN W712/75 for ZAZ Sens", "Oil filter MANN W712/75 for VW Golf IV"]})
    plain = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    # The shipped words know the common makes; a make they lack reads as a product it is an accessory of.
    assert "accessory" in plain.loc[0, "match_reason"] and "accessory" not in plain.loc[1, "match_reason"]
    (tmp_path / "cars.toml").write_text('[accessory]\nnot_for = ["zaz"]\n', encoding="utf-8")
    shop = match_offers(offers, catalog, config=MatchingConfig(scorer="rules", vocabulary=[str(tmp_path / "cars.toml")]))
    assert "accessory" not in shop.loc[0, "match_reason"]


def test_the_readme_example_is_a_valid_word_file(tmp_path):
    import re

    from conftest import REPO

    text = (REPO / "docs" / "matching.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(# tyre_words\.toml\n.*?)```", text, re.S).group(1)
    (tmp_path / "tyre_words.toml").write_text(block, encoding="utf-8")
    words = load_words((str(tmp_path / "tyre_words.toml"),))
    assert "runflat" in words.lists["variants"]["words"] and "toyota" in words.lists["accessory"]["not_for"]


def test_a_shop_plus_name_is_not_the_plus_variant(tmp_path):
    from pricesync.match.reading.names import analyse

    assert analyse(["Fairy Platinum+ 650 ml"])["Fairy Platinum+ 650 ml"].attrs.variants == {"plus"}
    (tmp_path / "lines.toml").write_text('[plus_names]\nnames = ["platinum"]\n', encoding="utf-8")
    use_words((str(tmp_path / "lines.toml"),))
    name = analyse(["Fairy Platinum+ 650 ml"])["Fairy Platinum+ 650 ml"]
    assert name.attrs.variants == frozenset() and "platinumplu" in name.tokens  # one word (stemmed)


def test_a_tyres_speed_index_is_not_volts_or_watts():
    from pricesync.match.reading.normalize import raw_tokens

    assert raw_tokens("Michelin Pilot Sport 4 225/45 ZR17 94W XL")[0][-3:] == ["22545r17", "li94w", "xl"]
    assert raw_tokens("Nokian 185/75R16C 104/102R")[0][-2:] == ["18575r16c", "li104102r"]
    catalog = pd.DataFrame({"sku": ["T1", "T2"], "name": ["Michelin Pilot Sport 4 225/45 R17 94Y",
                                                           "Michelin Pilot Sport 4 225/45 R17 94W"]})
    offers = pd.DataFrame({"supplier": ["s"] * 3, "supplier_sku": ["1", "2", "3"], "price": [1, 2, 3],
                           "name": ["Michelin Pilot Sport 4 225/45R17 94W", "Michelin Pilot Sport 4 225/45 ZR17 94Y",
                                    "Michelin Pilot Sport 4 225/45 R17 94V"]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert got[["catalog_sku", "match_status"]].values.tolist()[:2] == [["T2", "auto"], ["T1", "auto"]]
    assert got.loc[2, "match_status"] != "auto" and "LI94V vs LI94Y" in got.loc[2, "match_reason"]


def test_a_part_number_written_in_groups_is_the_same_code():
    catalog = pd.DataFrame({"sku": ["B1", "B2"], "name": ["Bosch brake pads 0986494104", "Bosch brake pads 0986494105"]})
    offers = pd.DataFrame({"supplier": ["s"] * 2, "supplier_sku": ["1", "2"], "price": [1, 2],
                           "name": ["Bosch brake pads 0 986 494 104", "BOSCH 0 986 494 105 brake pad set"]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert got[["catalog_sku", "match_status"]].values.tolist() == [["B1", "auto"], ["B2", "auto"]]
    from pricesync.match.reading.names import analyse

    # A list of models is not one number.
    assert "780870875" not in analyse(["Epson cartridge for Stylus Color 780 870 875"])[
        "Epson cartridge for Stylus Color 780 870 875"].codes


def test_word_files_named_in_an_included_file_are_relative_to_it(tmp_path):
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "words.toml").write_text('[variants]\nwords = ["runflat"]\n', encoding="utf-8")
    (tmp_path / "conf" / "matching.toml").write_text('[matching]\nvocabulary = ["words.toml"]\n', encoding="utf-8")
    (tmp_path / "shop.toml").write_text('include = ["conf/matching.toml"]\n', encoding="utf-8")
    cfg = load_config(tmp_path / "shop.toml")
    assert [Path(f).resolve() for f in cfg.matching.vocabulary_files()] == [(tmp_path / "conf" / "words.toml").resolve()]


def test_a_word_file_writes_accented_letters_as_names_compare_them():
    """"barwiący" in a word file is the "barwiacy" a name's word becomes (accents compare plain)."""
    words = Words()
    words.add_tables({"variants": {"words": ["Barwiący"], "glued": []}, "product_types": {"gel": ["Żel"]}}, "x.toml")
    assert words.lists["variants"]["words"] == ["barwiacy"]
    assert words.multimaps["product_types"]["gel"] == ["zel"]


def test_an_spf_value_is_compared_but_looks_no_item_up():
    """Many products say SPF50: it tells a cream from its SPF30 sibling, it names none."""
    from pricesync.match.reading.names import analyse

    text = "La Roche-Posay Anthelios UVMune 400 krem SPF50+ 50 ml"
    name = analyse([text])[text]
    assert "spf50" in name.codes and not {c for c in name.lookup_codes if c.startswith("spf")}
    catalog = pd.DataFrame({"sku": ["F1", "F2"], "name": ["La Roche-Posay Anthelios UVMune 400 fluid SPF50+ 50 ml",
                                                          "La Roche-Posay Anthelios UVMune 400 fluid SPF30 50 ml"]})
    offers = pd.DataFrame({"supplier": ["a", "b"], "supplier_sku": ["1", "2"],
                           "name": ["La Roche Posay Anthelios UVMune 400 fluid SPF 50+ 50ml",
                                    "La Roche-Posay Anthelios UVMune 400 fluid SPF 30 50 ml"]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert _verdicts_of(got) == [("F1", "auto"), ("F2", "auto")]
    # the SPF value is compared: the SPF30 fluid is never the SPF50 one
    one = match_offers(offers.iloc[[1]], catalog.iloc[[0]], config=MatchingConfig(scorer="rules"))
    assert one.loc[0, "match_status"] != "auto"


def _verdicts_of(got):
    return [(s if st == "auto" else "", st) for s, st in zip(got["catalog_sku"], got["match_status"])]


def test_a_brands_variant_words_follow_the_shops_words(tmp_path):
    """The variant words a brand says are the active vocabulary's: a shop adding a variant word
    sees it in a brand already asked about (no answer cached from the words before)."""
    from pricesync.match.candidates.catalog_index import _brand_variants

    assert _brand_variants("Zorx Quantum") == frozenset()
    (tmp_path / "variants.toml").write_text('[variants]\nwords = ["quantum"]\n', encoding="utf-8")
    use_words((str(tmp_path / "variants.toml"),))
    assert _brand_variants("Zorx Quantum") == {"quantum"}


USED_OR_OPENED = [
    ("Michelin Pilot Sport 4 225/45 R17 94Y XL gebraucht 6mm", "used"),
    ("Pre-owned Michelin Pilot Sport 4 225/45 R17 94Y XL", "used"),
    ("Michelin Pilot Sport 4 225/45 R17 94Y XL second hand", "used"),
    ("Шина Michelin Pilot Sport 4 225/45 R17 94Y XL контрактная", "used"),
    ("Michelin Pilot Sport 4 225/45 R17 94Y XL B-Ware", "open box"),
    ("Michelin Pilot Sport 4 225/45 R17 94Y XL Vorführ", "demo"),
    ("Шина Michelin Pilot Sport 4 225/45 R17 94Y XL наварна", "retreaded"),
    ("Kullanılmış lastik Michelin Pilot Sport 4 225/45 R17 94Y XL", "used"),    # Turkish
    ("Michelin Pilot Sport 4 225/45 R17 94Y XL ikinci el", "used"),
    ("Michelin Pilot Sport 4 225/45 R17 94Y XL ishlatilgan", "used"),            # Uzbek
    ("Шина Michelin Pilot Sport 4 225/45 R17 94Y XL ишлатилган", "used"),
    ("Michelin Pilot Sport 4 225/45 R17 94Y XL işlənmiş", "used"),               # Azerbaijani
]


@pytest.mark.parametrize("offer, condition", USED_OR_OPENED)
def test_a_used_demo_or_opened_unit_in_the_sellers_words_is_not_the_new_item(offer, condition):
    catalog = pd.DataFrame({"sku": ["T1", "T2"], "name": ["Michelin Pilot Sport 4 225/45 R17 94Y XL",
                                                          "Michelin Primacy 4 205/55 R16 91V"]})
    offers = pd.DataFrame({"supplier": ["s"] * 2, "supplier_sku": ["1", "2"], "price": [1, 1],
                           "name": ["Michelin Pilot Sport 4 225/45 R17 94Y XL", offer]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert (got.loc[0, "catalog_sku"], got.loc[0, "match_status"]) == ("T1", "auto")  # the new one is the item
    assert got.loc[1, "match_status"] != "auto"
    assert f"condition {condition}" in got.loc[1, "match_reason"]


SAMPLES_AND_PACKS = [
    ("Dior Sauvage Eau de Toilette 100ml sample", "package sample"),
    ("Dior Sauvage Eau de Toilette 100ml travel size", "package sample"),
    ("Dior Sauvage Eau de Toilette 100ml decant", "package sample"),
    ("Туалетна вода Dior Sauvage Eau de Toilette 100ml розпив", "package sample"),
    ("Woda toaletowa Dior Sauvage Eau de Toilette 100ml miniatura", "package sample"),
    ("Dior Sauvage Eau de Toilette 100ml Doppelpack", "pack 2pcs vs 1pcs"),
    ("Dior Sauvage Eau de Toilette 100ml 2er Pack", "pack 2pcs vs 1pcs"),
    ("Dior Sauvage Eau de Toilette 100ml dwupak", "pack 2pcs vs 1pcs"),
]


@pytest.mark.parametrize("offer, difference", SAMPLES_AND_PACKS)
def test_a_sample_or_a_pack_of_the_bottle_in_the_sellers_words_is_not_the_bottle(offer, difference):
    catalog = pd.DataFrame({"sku": ["P1", "P2"], "name": ["Dior Sauvage Eau de Toilette 100ml",
                                                          "Chanel Bleu de Chanel Eau de Parfum 50ml"]})
    offers = pd.DataFrame({"supplier": ["s"] * 2, "supplier_sku": ["1", "2"], "price": [1, 1],
                           "name": ["Dior Sauvage Eau de Toilette 100ml", offer]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert (got.loc[0, "catalog_sku"], got.loc[0, "match_status"]) == ("P1", "auto")  # the bottle is the item
    assert got.loc[1, "match_status"] != "auto"
    assert difference in got.loc[1, "match_reason"]


@pytest.mark.parametrize("offer", ["Świeca zapłonowa NGK BKR6E-11 kopia", "Zündkerze NGK BKR6E-11 Nachbau",
                                   "Zündkerze NGK BKR6E-11 Kopie", "Свеча зажигания NGK BKR6E-11 неоригинал",
                                   "Свічка запалювання NGK BKR6E-11 неоригінальна"])
def test_a_copy_of_the_makers_part_in_the_sellers_words_is_not_the_part(offer):
    catalog = pd.DataFrame({"sku": ["S1", "S2"], "name": ["NGK BKR6E-11 spark plug", "NGK BKR5E-11 spark plug"],
                            "brand": ["NGK", "NGK"]})
    offers = pd.DataFrame({"supplier": ["s"] * 2, "supplier_sku": ["1", "2"], "price": [1, 1],
                           "name": ["Spark plug NGK BKR6E-11", offer]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert (got.loc[0, "catalog_sku"], got.loc[0, "match_status"]) == ("S1", "auto")  # the maker's own is the item
    assert got.loc[1, "match_status"] != "auto"
    assert "third-party" in got.loc[1, "match_reason"]


@pytest.mark.parametrize("offer, season", [("Pneu d'hiver Nokian WR Snowproof 205/55R16 91H", "winter"),
                                           ("Pneu toutes saisons Nokian WR Snowproof 205/55R16 91H", "allseason"),
                                           ("Pneu 4 saisons Nokian WR Snowproof 205/55R16 91H", "allseason"),
                                           ("Pneu été Nokian WR Snowproof 205/55R16 91H", "summer"),
                                           ("Nokian WR Snowproof 205/55R16 91H Kış Lastiği", "winter"),
                                           ("Nokian WR Snowproof 205/55R16 91H 4 Mevsim Lastik", "allseason"),
                                           ("Nokian WR Snowproof 205/55R16 91H Yaz Lastiği", "summer"),
                                           ("Nokian WR Snowproof 205/55R16 91H qishki shina", "winter"),
                                           ("Nokian WR Snowproof 205/55R16 91H qış təkəri", "winter")])
def test_a_tyres_season_in_french_turkish_uzbek_or_azerbaijani_is_compared(offer, season):
    catalog = pd.DataFrame({"sku": ["W", "A", "S"], "name": ["Nokian WR Snowproof 205/55R16 91H winter",
                                                            "Nokian WR Snowproof 205/55R16 91H all season",
                                                            "Nokian WR Snowproof 205/55R16 91H summer"]})
    offers = pd.DataFrame({"supplier": ["s"], "supplier_sku": ["1"], "price": [1], "name": [offer]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    want = {"winter": "W", "allseason": "A", "summer": "S"}[season]
    assert (got.loc[0, "catalog_sku"], got.loc[0, "match_status"]) == (want, "auto"), got.loc[0, "match_reason"]


def test_cue_search_finds_exactly_what_the_cues_as_alternatives_find():
    """The cue tree (one pattern of the cues' letters) is a faster form of the plain alternatives:
    the same texts are cued, a phrase's spaces match any run of spaces, a cue that extends a
    shorter one adds nothing, and no cues cue nothing."""
    import re

    from pricesync.match.reading.normalize import cue_search
    from pricesync.match.reading.words import alternatives

    cues = ["tl f", "tl r", "r+", "д/", "wod.toal.", "z zestawu", "z", "ab", "abc", "(0)", " kg "]
    texts = ["tl  f 10", "tl-f", "duty r+", "д/очистки", "wod.toal.x", "z zestawu", "zestaw", "xabcx", "a b",
             "filter (0)", "5 kg", "plain words", "", "TL F"]
    plain = re.compile(alternatives(cues))
    tree = cue_search(cues)
    assert [bool(tree.search(t)) for t in texts] == [bool(plain.search(t)) for t in texts]
    assert [bool(tree.search(t)) for t in texts].count(True) == 9
    assert not cue_search([]).search("anything")
    assert cue_search(["tl r", "tl f"]).pattern == r"tl\s+(?:f|r)"


def test_unit_words_as_a_tree_match_what_the_longest_first_list_matches():
    """A measure's unit words are compiled as a tree of their letters: after a number, the same
    spelling is read as the longest-first list of words and stems read it (a longer word before
    the word it begins, a stem's any ending), and the shipped units all read so."""
    import re

    from pricesync.match.reading import words
    from pricesync.match.reading.units import _words

    def as_list(units, *keys):
        parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for k in keys for w in units.get(k, ())]
        return "(?:" + "|".join(sorted(parts, key=len, reverse=True)) + ")"

    units = {"ml": ["ml", "мл", "millilitre*"], "l": ["l", "л", "литр*", "litre", "lt"], "floz": ["fl oz", "fl. oz", "floz", "fl"]}
    texts = ["5 ml", "5 мл.", "5 millilitres", "1,5 литра", "2 l", "2 lt", "2 litre", "3 fl oz", "3 fl. oz", "3 floz",
             "5 литой", "5 m", "5"]
    for text in texts:
        tree = re.match(rf"\d[\d,]*\s*({_words(units, *units)})(?![^\W_])", text)
        plain = re.match(rf"\d[\d,]*\s*({as_list(units, *units)})(?![^\W_])", text)
        assert (tree and tree.group(1)) == (plain and plain.group(1)), text
    shipped = words.active().multimaps["units"]
    for key, spellings in shipped.items():
        pattern = re.compile(_words(shipped, key))
        assert all(pattern.fullmatch(w.removesuffix("*")) for w in spellings), key
    assert _words({}, "ml") == "(?:(?!x)x)"


def test_a_shops_date_mark_makes_an_old_tyre_old_stock(tmp_path):
    """A tyre's date mark is vocabulary ([tyres] date_marks): a shop whose suppliers write "PROD 2015"
    adds the mark and the old tyre leaves the automatic matches; a recent one stays the tyre."""
    from datetime import date

    from pricesync.match.reading.attributes import OLD_STOCK_YEARS

    old, recent = date.today().year - OLD_STOCK_YEARS - 3, date.today().year - 1
    catalog = pd.DataFrame({"sku": ["T1", "T2"], "name": ["Michelin Pilot Sport 4 225/45 R17 94Y XL",
                                                          "Michelin Primacy 4 205/55 R16 91V"]})
    offers = pd.DataFrame({"supplier": "s", "supplier_sku": ["1", "2"], "ean": "", "mpn": "", "cost": "100",
                           "currency": "EUR", "brand": "",
                           "name": [f"Michelin Pilot Sport 4 225/45 R17 94Y XL PROD {old}",
                                    f"Michelin Pilot Sport 4 225/45 R17 94Y XL PROD {recent}"]})
    shipped = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert list(shipped["match_status"]) == ["auto", "auto"], shipped["match_reason"]  # "PROD" is no mark it knows
    got = match_offers(offers, catalog, config=_config(tmp_path, '[tyres]\ndate_marks = ["prod"]\n').matching)
    assert got.loc[0, "match_status"] != "auto" and "old stock" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert (got.loc[1, "catalog_sku"], got.loc[1, "match_status"]) == ("T1", "auto"), got.loc[1, "match_reason"]
