"""Matching in the styles of the ninth development round (samples/matching/domains_dev9): a
Russian and a Polish electronics and appliance shop offered by distributors in capitals, a grey
importer, marketplace titles, KZ/BY distributors, a German B2B feed, an English EU feed and a
Ukrainian importer. Another colour written in Polish, German or Ukrainian, an accessory "для" / "do" /
"für" the item's code, a display sample and a line without the item's variant are other products;
the same product written another way still matches."""
from __future__ import annotations

from tests.test_match_domains import _match_branded, _offers_of, _verdicts
from tests.test_match_domains import match_apart as _match


def test_polish_and_ukrainian_colour_adjectives_are_colours():
    from pricesync.match.reading.names import analyse

    said = {"Słuchawki Czarne": "black", "Lodówka biała": "white", "Czajnik czerwony": "red",
            "Głośnik niebieski": "blue", "Smartfon Granatowy": "navy", "Etui żółte": "yellow",
            "Смартфон блакитний": "lightblue", "Смартфон синій": "blue", "Moto g84 Viva Magenta": "magenta"}
    names = analyse(list(said))
    for text, colour in said.items():
        assert names[text].attrs.words.get("colour") == {colour}, text


def test_another_colour_of_a_polish_item_is_another_product():
    catalog = [("H1", "Słuchawki Sony WH-1000XM5 Czarne"),
               ("P1", "Smartfon Samsung Galaxy A35 5G 6/128GB Granatowy")]
    got = _match(catalog, ["Sony WH-1000XM5 Kopfhörer Silber",
                           "Смартфон Samsung Galaxy A35 5G 6/128GB блакитний",
                           "Sony WH-1000XM5 Kopfhörer Schwarz"])
    assert [st != "auto" for st in got["match_status"][:2]] == [True, True]
    assert _verdicts(got)[2] == ("H1", "auto")


def test_a_display_sample_or_an_opened_box_is_an_open_box_unit():
    catalog = [("F1", "Фен Dyson Supersonic HD07 никель/медь"),
               ("C1", "Кофемашина De'Longhi Magnifica S ECAM 22.110.B")]
    got = _match(catalog, ["Фен Dyson Supersonic HD07 никель/медь, витринный образец",
                           "Кофемашина De'Longhi ECAM 22.110.B, вскрытая упаковка",
                           "Фен Dyson Supersonic HD07 нікель/мідь, вітринний зразок",
                           "Фен Dyson Supersonic HD07 никель/медь"])
    assert all(st != "auto" for st in got["match_status"][:3])
    assert all("open box" in reason for reason in got["match_reason"][:3])
    assert _verdicts(got)[3] == ("F1", "auto")


TVS = [("T1", "Телевизор Samsung UE55CU7100UXRU"), ("T2", "Telewizor Samsung UE55DU7172U 55\" 4K"),
       ("E1", "Ekspres DeLonghi Magnifica S ECAM 22.110.B"), ("H1", "Фен Dyson Supersonic HD07 никель/медь")]


def test_an_accessory_for_the_model_code_written_with_dlya_do_fur():
    got = _match(TVS, ["Пульт ДУ Samsung BN59-01315J для телевизора UE55CU7100UXRU",
                       "Pilot do telewizora Samsung UE55DU7172U",
                       "Fernbedienung für Samsung UE55DU7172U",
                       "Пульт для телевізора Samsung UE55DU7172U",
                       "SAMSUNG UE55CU7100UXRU"])
    assert all(st != "auto" for st in got["match_status"][:4])
    assert all("accessory" in reason for reason in got["match_reason"][:4])
    assert _verdicts(got)[4] == ("T1", "auto")


def test_a_use_said_with_dlya_or_do_is_no_accessory():
    """The word before the cue is the item's own kind: "Ekspres do kawy", "Фен для волос"."""
    got = _match(TVS, ["Ekspres do kawy DeLonghi Magnifica S ECAM 22.110.B",
                       "Фен для волос Dyson Supersonic HD07 никель/медь"])
    assert _verdicts(got) == [("E1", "auto"), ("H1", "auto")]


def test_a_lines_word_and_number_read_as_one_code_do_not_say_the_variant_left_out():
    catalog = [("X1", "Smartfon Xiaomi Redmi Note 13 Pro 5G 8/256GB Czarny")]
    got = _match(catalog, ["Smartfon Xiaomi Redmi Note 13 8/256GB Czarny",
                           "Smartfon Xiaomi Redmi Note 13 Pro 5G 8/256GB Czarny"])
    assert got.loc[0, "match_status"] != "auto" and "variant" in got.loc[0, "match_reason"]
    assert _verdicts(got)[1] == ("X1", "auto")
    # A code the name writes as one (the I15 of "Ice I15") still says which item it is.
    tyre = [("T1", "Linglong Green-Max Winter Ice I-15 205/55 R16 91T зима шип")]
    got = _match(tyre, ["Шина Linglong GM Winter Ice I15 205/55R16 91T шип"])
    assert _verdicts(got) == [("T1", "auto")]


PHONES = [("R1", "Смартфон Xiaomi Redmi Note 13 Pro 8/256GB Midnight Black"),
          ("P1", "Смартфон POCO X6 Pro 5G 12/512GB Желтый"),
          ("S1", "Смартфон Samsung Galaxy A55 8/256GB Awesome Iceblue"),
          ("H1", "Смартфон HONOR X9b 12/256GB Полночный черный")]


def test_a_word_the_supplier_writes_often_tells_its_sibling_when_the_catalog_writes_it_too():
    """A supplier writing "5G" on its phones lists the item and the item with "5G" added: the
    catalog writes "5G" in names of its own, so the word names the other phone (its "Global",
    which the catalog never writes, would not)."""
    rows = [("g", "Xiaomi Redmi Note 13 Pro 8/256 Global Midnight Black"),
            ("g", "Xiaomi Redmi Note 13 Pro 5G 8/256 Global Midnight Black"),
            ("g", "Samsung Galaxy A55 5G 8/256GB Awesome Iceblue Global"),
            ("g", "HONOR X9b 5G 12/256GB Orange Global"),
            ("g", "POCO X6 5G 12/512GB Black Global")]
    got = _offers_of(rows, PHONES)
    assert _verdicts(got)[0] == ("R1", "auto")
    assert got.loc[1, "match_status"] == "review" and "told apart by 5g" in got.loc[1, "match_reason"]
    assert _verdicts(got)[2] == ("S1", "auto")  # no sibling in the list: the phone sold only as 5G
    # The list's style word the catalog does not write ("Global", on most offers) tells nothing.
    styled = _offers_of([("g", "Xiaomi Redmi Note 13 Pro 8/256 Midnight Black"), *rows[:1], *rows[2:]], PHONES)
    assert _verdicts(styled)[:2] == [("R1", "auto"), ("R1", "auto")]


def test_a_generation_is_read_by_its_number_in_every_language():
    from pricesync.match.reading.names import analyse

    said = ["Dreame L10s Ultra Gen 2", "AirPods Pro (2. generacji)", "AirPods Pro 2-го поколения",
            "AirPods Pro 2-го покоління", "AirPods Pro (2nd generation)", "AirPods Pro (2. Generation)",
            "AirPods Pro 2 generacji"]
    names = analyse(said)
    for text in said:
        assert names[text].attrs.words.get("generation") == {"2"}, text
    assert "generation" not in analyse(["Vector 4Seasons Gen-3 205/55R16"])["Vector 4Seasons Gen-3 205/55R16"].attrs.words
    # An ordinal alone is read as a generation, but only one said with its word names it (the
    # item's bare number is then that generation): "2nd grade" is a school grade.
    grade = analyse(["JumpStart Advanced 2nd Grade"])["JumpStart Advanced 2nd Grade"].attrs.words
    assert grade.get("generation") == {"2"} and "generation_named" not in grade


def test_a_generation_the_item_does_not_say_is_another_product_and_one_spelled_otherwise_the_same():
    catalog = [("D1", "Робот-пылесос Dreame L10s Ultra"),
               ("A1", "Słuchawki Apple AirPods Pro (2. generacji) USB-C"),
               ("A2", "Наушники Apple AirPods 3 Lightning")]
    got = _match(catalog, ["Робот-пылесос Dreame L10s Ultra Gen 2, моющий",
                           "Apple AirPods Pro (2nd generation) with MagSafe Case (USB-C)",
                           "Навушники Apple AirPods Pro 2-го покоління USB-C",
                           "Apple AirPods (3rd generation) Lightning"])
    assert got.loc[0, "match_status"] != "auto" and "generation 2" in got.loc[0, "match_reason"]
    # The item writing the number bare after its line ("AirPods 3") says the generation too.
    assert _verdicts(got)[1:] == [("A1", "auto"), ("A1", "auto"), ("A2", "auto")]


def test_an_offer_for_the_items_maker_that_says_none_of_its_words_before_the_cue_is_an_accessory():
    """The catalog's brand column names the maker."""
    catalog = [("I1", "Смартфон Apple iPhone 15 128GB Черный", "Apple"),
               ("V1", "Odkurzacz Dyson V15 Detect Absolute", "Dyson"),
               ("C1", "Средство для удаления цемента Prosept Cement Cleaner 1 л", "Prosept")]
    got = _match_branded(catalog, ["Чехол-книжка для Apple iPhone 15 черный",
                           "Ersatzfilter für Dyson V15 Detect Absolute",
                           "Смартфон Apple iPhone 15 128GB черный",
                           "Средство для удаления цемента Prosept Cement Cleaner 1 л"])
    assert [st != "auto" for st in got["match_status"][:2]] == [True, True]
    assert all("accessory" in reason for reason in got["match_reason"][:2])
    # The item's own word before the cue, or a use after it, is no accessory.
    assert _verdicts(got)[2:] == [("I1", "auto"), ("C1", "auto")]


def test_a_latin_word_after_the_line_number_inside_a_russian_items_name_is_another_version():
    catalog = [("B1", "Фитнес-браслет Xiaomi Smart Band 8 черный"),
               ("C1", "Наполнитель комкующийся Ever Clean Extra Strong Clumping без запаха 10 л")]
    got = _match(catalog, ["Фитнес-браслет Xiaomi Smart Band 8 Active черный",
                           "Фитнес-браслет Xiaomi Smart Band 8 черный Global",
                           "Наполнитель Ever Clean Extra Strong Clumping Unscented без запаха 10 л"])
    assert got.loc[0, "match_status"] != "auto" and "inside the item's name" in got.loc[0, "match_reason"]
    # Words around the item's name, or a Latin word elsewhere inside it (the Russian words' own
    # meaning in English), say no version.
    assert _verdicts(got)[1:] == [("B1", "auto"), ("C1", "auto")]


def test_a_spec_code_exchanged_for_another_in_place_is_another_product():
    """Outside tyres too: an oil's approval code written where the item writes another, between
    the same words, is another oil ("EDGE 5W-30 M" is not the "EDGE 5W-30 LL")."""
    catalog = [("O1", "Olej silnikowy Castrol EDGE 5W-30 LL 4 l"),
               ("O2", "Olej silnikowy Shell Helix Ultra Professional AV-L 5W-30 5 l"),
               ("O3", "Olej silnikowy Castrol Magnatec 10W-40 4 l"), ("O4", "Olej silnikowy Mobil 1 ESP 5W-30 4 l"),
               ("O5", "Olej silnikowy Total Quartz INEO ECS 5W-30 5 l"), ("O6", "Olej silnikowy Motul 8100 X-clean 5W-30 5 l"),
               ("O7", "Olej silnikowy Elf Evolution 900 SXR 5W-30 5 l"), ("O8", "Olej silnikowy Valvoline SynPower 5W-30 4 l")]
    got = _match(catalog, ["Castrol EDGE 5W-30 M 4L", "Olej Shell Helix Ultra Professional AM-L 5W-30 5L",
                           "CASTROL EDGE 5W30 LL 4L", "Olej Shell Helix Ultra Professional AV-L 5W-30 5L"])
    assert [st != "auto" for st in got["match_status"][:2]] == [True, True]
    assert "m where O1 says ll" in got.loc[0, "match_reason"] and "am where O2 says av" in got.loc[1, "match_reason"]
    assert _verdicts(got)[2:] == [("O1", "auto"), ("O2", "auto")]


def test_an_offer_ending_in_a_word_the_catalog_never_uses_where_the_item_says_its_colour():
    """A colour name the words do not know ("Lilac"), written where a title says its colour."""
    catalog = [("P1", "Smartfon Samsung Galaxy A35 5G 6/128GB Granatowy"),
               ("P2", "Smartfon Samsung Galaxy S24 8/256GB Czarny"),
               ("P3", "Smartfon Google Pixel 8 8/128GB Obsidian")]
    got = _match(catalog, ["Samsung Galaxy A35 5G 6/128GB Awesome Lilac",
                           "Samsung Galaxy A35 5G 6/128GB Awesome Navy"])
    assert got.loc[0, "match_status"] != "auto" and "ends in lilac" in got.loc[0, "match_reason"]
    assert _verdicts(got)[1] == ("P1", "auto")


def test_a_line_read_as_one_code_does_not_say_the_words_the_offer_leaves_out():
    """"Note 13" found the item, but the offer writes "Pro" and "8/256GB" side by side where the
    item's "5G" stands between them: the 4G phone (a standard the line is named by counts)."""
    catalog = [("X1", "Smartfon Xiaomi Redmi Note 13 Pro 5G 8/256GB Czarny"),
               ("S1", "Smartfon Samsung Galaxy S24 8/256GB Czarny"), ("I1", "Smartfon Apple iPhone 15 128GB Czarny"),
               ("G1", "Smartfon Google Pixel 8 8/128GB Obsidian"), ("M1", "Smartwatch Garmin Forerunner 265 Czarny"),
               ("T1", "Telewizor Samsung UE55DU7172U 55\" 4K"), ("D1", "Odkurzacz Dyson V15 Detect Absolute"),
               ("K1", "Czajnik elektryczny Xiaomi Electric Kettle 2 1,7 l")]
    got = _match(catalog, ["Смартфон Xiaomi Redmi Note 13 Pro 8/256GB чорний",
                           "Смартфон Samsung Galaxy S24 8/256GB чорний"])
    assert got.loc[0, "match_status"] != "auto" and "leaves out 5g" in got.loc[0, "match_reason"]
    assert _verdicts(got)[1] == ("S1", "auto")
