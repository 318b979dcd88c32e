"""Matching in the styles of the tenth development round (samples/matching/domains_dev10): DIY
stores (paints and lacquers by colour, finish and can, bags by weight, tiles, DIN fasteners,
tools solo or in a kit) and a pet shop (food by bag weight and flavour) offered by wholesalers in
capitals, marketplace titles and feeds in Polish, German, English, Russian and Ukrainian. Another
finish or another flavour is another product; the same one written in another language still
matches."""
from __future__ import annotations

from tests.test_match_domains import _verdicts
from tests.test_match_domains import match_apart as _match


def test_finish_and_flavour_words_are_read_in_each_language():
    from pricesync.match.reading.names import analyse

    said = {"Lakier akrylowy biały mat": ("finish", "matt"), "Buntlack Weiß seidenmatt": ("finish", "satin"),
            "Эмаль ПФ-115 глянцевая": ("finish", "gloss"), "Farba młotkowa": ("finish", "hammered"),
            "Шайба DIN 125 М6 оцинкована": ("finish", "zinc"), "Bolt M6x20 stainless": ("finish", "stainless"),
            "Karma dla psa z indykiem": ("flavour", "turkey"), "Корм для кошек с говядиной": ("flavour", "beef"),
            "Корм для собак з яловичиною": ("flavour", "beef"), "Hundefutter mit Lachs": ("flavour", "salmon"),
            "Cat food with chicken": ("flavour", "chicken")}
    names = analyse(list(said))
    for text, (kind, value) in said.items():
        assert names[text].attrs.words.get(kind) == {value}, text


def test_another_finish_of_one_colour_is_another_product():
    catalog = [("L1", "Lakier Dekoral Akrylux RAL 9005 czarny połysk 0,7 l"),
               ("S1", "Schlossschraube DIN 603 M8 x 60 verzinkt 50 Stück")]
    got = _match(catalog, ["LAKIER DEKORAL AKRYLUX RAL9005 CZARNY MAT 0,7L",
                           "Эмаль Dekoral Akrylux RAL 9005 черная матовая 0,7 л",
                           "Carriage Bolt DIN 603 M8 x 60 Stainless (50 pcs)",
                           "LAKIER DEKORAL AKRYLUX RAL9005 CZARNY POŁYSK 0,7L",
                           "Schlossschraube DIN 603 M8 x 60 verzinkt 50 Stück"])
    assert all(st != "auto" for st in got["match_status"][:3])
    assert all("finish" in reason for reason in got["match_reason"][:3])
    assert _verdicts(got)[3:] == [("L1", "auto"), ("S1", "auto")]


def test_another_flavour_of_one_bag_is_another_product():
    catalog = [("D1", "Сухой корм для собак Josera Adult Medium с ягненком, 4 кг"),
               ("C1", "Karma sucha dla kota Purina Cat Chow Adult z kurczakiem 1,5 kg")]
    got = _match(catalog, ["Сухой корм для собак Josera Adult Medium с говядиной, 4 кг",
                           "Purina Cat Chow Adult Salmon 1,5 kg",
                           "Сухий корм для собак Josera Adult Medium з ягням 4 кг",
                           "Purina Cat Chow Adult Chicken 1,5 kg"])
    assert all(st != "auto" for st in got["match_status"][:2])
    assert all("flavour" in reason for reason in got["match_reason"][:2])
    assert _verdicts(got)[2:] == [("D1", "auto"), ("C1", "auto")]


def test_a_size_written_across_is_one_size_glued_or_spaced():
    from pricesync.match.reading.names import analyse

    spellings = {"Śruba DIN 931 M10 x 80": "m10x80", "SRUBA DIN931 M10X80": "m10x80",
                 "Болт DIN 931 М10х80": "m10x80", "Wkręt 4,5 x 50 mm": "4.5x50", "Wkret 4,5X50": "4.5x50",
                 "Płytka 30 x 60 cm": "30x60", "Plytka 30x60": "30x60"}
    names = analyse(list(spellings))
    for text, size in spellings.items():
        size = size.replace(".", "")  # a token keeps no decimal point: "45x50"
        assert names[text].attrs.units.get("size") == {size}, text
        assert size not in names[text].codes, text  # a size is no model code
    # A count of a measure, an inch fraction and a code's number are no size.
    counted = analyse(["Akku 2 x 5,0 Ah", "Karma 12 x 85 g", "Labels 3-7 16 x 2 3", "GTX1080 x 2"])
    assert all("size" not in n.attrs.units for n in counted.values())


def test_another_size_of_one_fastener_is_another_product():
    catalog = [("S1", "Śruba z łbem sześciokątnym DIN 931 M10 x 80 ocynk 25 szt."),
               ("W1", "Wkręt do drewna Spax 4,5 x 50 mm 200 szt.")]
    got = _match(catalog, ["Sechskantschraube DIN 931 M10 x 90 verzinkt 25 Stück",
                           "WKRĘT DO DREWNA SPAX 4,5X60 200SZT",
                           "Sechskantschraube DIN 931 M10X80 verzinkt 25 Stück",
                           "WKRĘT DO DREWNA SPAX 4,5X50 200SZT"])
    assert all(st != "auto" for st in got["match_status"][:2])
    assert _verdicts(got)[2:] == [("S1", "auto"), ("W1", "auto")]


def test_a_length_is_one_quantity_in_metres_centimetres_or_millimetres():
    from pricesync.match.reading.names import analyse

    lengths = {"Kabel HDMI 1,5 m": {"1500"}, "Kabel HDMI 150 cm": {"1500"}, "Кабель HDMI 1500 мм": {"1500"},
               "Wycieraczka 34CM": {"340"}, "Pióro wycieraczki 340 mm": {"340"}}
    names = analyse(list(lengths))
    for text, value in lengths.items():
        assert names[text].attrs.units.get("mm") == value, text
    # A metric thread and its length are the size written across without the "x".
    threads = {"Pręt gwintowany M10 1 m": "m10x1000", "Gewindestange M10 x 1000 mm": "m10x1000",
               "Шпилька М10х1000": "m10x1000", "Threaded rod M10 x 1 m": "m10x1000"}
    names = analyse(list(threads))
    for text, size in threads.items():
        assert names[text].attrs.units.get("size") == {size}, text


def test_another_length_in_another_unit_is_another_product():
    catalog = [("R1", "Gewindestange DIN 975 M8 x 1000 mm verzinkt"),
               ("C1", "Kabel HDMI Goobay High Speed 150 cm")]
    got = _match(catalog, ["Pręt gwintowany DIN 975 M8 3 m ocynk",
                           "Кабель HDMI Goobay High Speed 3 м",
                           "Pręt gwintowany DIN 975 M8 1 m ocynk",
                           "Кабель HDMI Goobay High Speed 1,5 м"])
    assert all(st != "auto" for st in got["match_status"][:2])
    assert _verdicts(got)[2:] == [("R1", "auto"), ("C1", "auto")]


def test_a_latin_word_written_in_cyrillic_as_it_sounds_is_that_word():
    from pricesync.match.reading.spellings import sound_key
    from pricesync.match.features.score import spelling_similarity

    heard = {"стерилайзд": "sterilised", "эдалт": "adult", "юринари": "urinary", "индор": "indoor",
             "деликат": "delicate", "дентастикс": "dentastix", "сенсибио": "sensibio"}
    for cyrillic, latin in heard.items():
        assert sound_key(cyrillic) == sound_key(latin), cyrillic
        assert spelling_similarity(cyrillic, latin) > 0, cyrillic
    # Few consonants heard alike are no evidence, and two Latin words are compared as written.
    assert spelling_similarity("корм", "cream") == 0 and spelling_similarity("sterilised", "sterilazd") == 0
    assert sound_key("щенк") != sound_key("science")  # "щ" is heard "sh", not "sk"


def test_a_line_transliterated_matches_and_a_heard_word_the_item_lacks_is_another_product():
    from tests.test_match_domains import _match_branded

    lines = [("A1", "Indoor с курицей"), ("S1", "Sterilised с индейкой"), ("U1", "Urinary с курицей"),
             ("K1", "Kitten с курицей"), ("H1", "Hair & Skin с лососем"), ("W1", "Weight Loss с кроликом")]
    catalog = [(sku, f"Сухой корм для кошек Brit Care {line}, 2 кг", "Brit Care") for sku, line in lines]
    got = _match_branded(catalog, ["BRIT ИНДОР Д/КОШ. КУРИЦА 2КГ", "BRIT ЮРИНАРИ Д/КОШ. КУРИЦА 2КГ",
                                   "BRIT КИТТЕН СТЕРИЛАЙЗД Д/КОТЯТ КУРИЦА 2КГ"])
    assert _verdicts(got)[:2] == [("A1", "auto"), ("U1", "auto")]
    assert got["match_status"][2] != "auto" and "sterilised" in got["match_reason"][2]
