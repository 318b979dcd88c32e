"""A Kazakh phone shop, a Ukrainian fasteners shop and a Polish paints shop
(samples/matching/domains_dev22): a pack counted after the word that says it ("(УП.100)", "уп200",
"упаковка 200 шт"); a bolt's size written without the metric thread's letter ("8Х40" is the
"M8x40"); a stainless grade's letters beside a metric thread or a fastener's standard ("DIN975
М10Х1000 А2" is stainless, not the zinc-plated rod); a phone made for another market ("CN версия",
"(CN, 2 sim)", "только eSIM", "американская версия") is not the shop's; mint is a colour; dark and light
blue in Russian, Ukrainian and Kazakh ("темно-синий", "қою көк", "ашық көк") and Apple's colours as
Russian sellers name them ("темная ночь", "сияющая звезда")."""
from __future__ import annotations

from tests.test_match_domains import match_apart, auto_verdict as _verdict, name_tokens as _tokens


BOLTS = [("B840", "Болт DIN 933 M8x40 8.8 оцинк. (100 шт)"),
         ("B1060", "Болт DIN 933 M10x60 10.9 (25 шт)"),
         ("W8", "Шайба DIN 125 M8 оцинк. (200 шт)"),
         ("ROD", "Шпилька різьбова DIN 975 M10x1000 оцинк."),
         ("A2", "Болт DIN 933 M6x20 A2 нерж. (100 шт)")]


def test_a_pack_is_counted_after_the_word_that_says_it():
    assert "1000pcs" in _tokens("ШАЙБА DIN125 М8 ЦБ (УП.1000)")
    assert "200pcs" in _tokens("Б933 8х40 ЦБ уп200")
    assert "25pcs" in _tokens("Болт DIN 933 М10х60 оцинк. уп. 25 шт")
    # the unit of pieces after the count is the count's, not a word of its own
    assert "шт" not in _tokens("Болт М8х40 DIN 933 оцинкований 8.8 - упаковка 200 шт")
    assert "3pcs" in _tokens("Nivea Creme Tin 150ml Pack of 3")
    assert "1pcs" not in _tokens("Плитка настенная 20х30, упаковка 1,5 м²")  # an area, no count
    got = match_apart(BOLTS, ["ШАЙБА DIN125 М8 ЦБ (УП.1000)", "ШАЙБА DIN125 М8 ЦБ (УП.200)"])
    assert got.loc[0, "match_status"] != "auto" and "pack 1000pcs vs 200pcs" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("W8", "auto")


def test_a_bolts_size_without_the_thread_letter_is_the_same_size():
    got = match_apart(BOLTS, ["БОЛТ DIN933 10Х60 10.9 (УП.25)", "БОЛТ DIN933 10Х50 10.9 (УП.25)"])
    assert _verdict(got, 0) == ("B1060", "auto"), got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto"
    assert "size" in got.loc[1, "match_reason"] or got.loc[1, "catalog_sku"] != "B1060"


def test_a_stainless_grade_beside_a_thread_or_a_standard_is_stainless():
    assert "finish:stainless" in _tokens("ШПИЛЬКА DIN975 М10Х1000 А2")
    assert "finish:stainless" in _tokens("Гвинт DIN 912 M8x25 A4")
    # once, where the name says it in words too; the grade stays a word (A4 is not A2)
    assert _tokens("Болт DIN 933 M6x20 A2 нерж. (100 шт)").count("finish:stainless") == 1
    assert "a4" in _tokens("БОЛТ DIN933 6Х20 А4 (УП.100)")
    # elsewhere the letters are a model's
    assert "finish:stainless" not in _tokens("Фильтр воздушный Audi A4 B8 1.8-2.0 TFSI")
    assert "finish:stainless" not in _tokens("SanDisk Extreme 64GB microSDXC UHS-I/U3 A2 Memory Card")
    got = match_apart(BOLTS, ["ШПИЛЬКА DIN975 М10Х1000 А2", "Болт DIN 933 М6х20 нержавеющий А2 (100 шт)"])
    assert got.loc[0, "match_status"] != "auto" and "finish stainless vs zinc" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("A2", "auto")


PHONES = [("IP15", "Смартфон Apple iPhone 15 128GB Black"),
          ("IP15P", "Смартфон Apple iPhone 15 128GB Pink"),
          ("X14", "Смартфон Xiaomi 14 12/512GB Black"),
          ("FE", "Смартфон Samsung Galaxy S23 FE 8/128GB Mint (SM-S711B/DS)"),
          ("A55", "Смартфон Samsung Galaxy A55 8/256GB Awesome Navy (SM-A556E/DS)"),
          ("IP14", "Смартфон Apple iPhone 14 128GB Midnight")]


def test_a_phone_made_for_another_market_is_not_the_shops():
    got = match_apart(PHONES, ["Смартфон Apple iPhone 15 128 ГБ черный, только eSIM (американская версия LL/A)",
                               "Apple iPhone 15 128gb Pink (CN, 2 sim)",
                               "Смартфон Xiaomi 14 12/512 ГБ черный, CN версия (китайская прошивка)",
                               "Apple iPhone 15 128gb Black (Global)",
                               "Смартфон Apple iPhone 15 128 ГБ, черный, Dual SIM (nano SIM + eSIM)"])
    for row in (0, 1, 2):
        assert got.loc[row, "match_status"] != "auto", got.loc[row, "match_reason"]
        assert "condition other market vs —" in got.loc[row, "match_reason"]
    assert _verdict(got, 3) == ("IP15", "auto")
    # "CN" alone is a shade's letters as often as a market
    assert "condition:other market" not in _tokens("Гель-лак Kodi 40 CN 8 мл")
    # An English title's "US Version" or "eSIM only" is the model an English-speaking market sells
    # (a US shop's own); the Russian "американская версия" is another market's.
    for name in ("Nikon D90 DSLR Camera Body (US Version)", "Apple iPhone 15 128GB Black eSIM only"):
        assert "condition:other market" not in _tokens(name), name
    assert "condition:other market" in _tokens("Apple iPhone 15 128GB Black (китайская версия)")


def test_mint_condition_is_a_used_unit_not_the_colour():
    tokens = _tokens("Apple iPod nano 8GB green mint condition")
    assert "colour:mint" not in tokens and "condition:used" in tokens


def test_mint_and_dark_and_light_blue_are_colours_of_their_own():
    got = match_apart(PHONES, ["Samsung Galaxy S23 FE 8GB/128GB Purple", "Samsung Galaxy S23 FE 8GB/128GB Mint"])
    assert got.loc[0, "match_status"] != "auto" and "colour purple vs mint" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("FE", "auto")
    assert "colour:mint" in _tokens("Смартфон Samsung Galaxy S23 FE 8 ГБ/128 ГБ мятный")
    assert "colour:navy" in _tokens("Смартфон Samsung Galaxy A55 5G 8 ГБ/256 ГБ темно-синий")
    assert "colour:navy" in _tokens("Смартфон Samsung Galaxy A35 5G 6/128GB темно-синій")
    assert "colour:navy" in _tokens("Samsung Galaxy A55 смартфоны 8/256 ГБ қою көк")
    assert "colour:lightblue" in _tokens("Samsung Galaxy A55 смартфоны 8/256 ГБ ашық көк")
    assert "colour:midnight" in _tokens("Смартфон Apple iPhone 14 128 ГБ темная ночь")
    assert "colour:starlight" in _tokens("Смартфон Apple iPhone 13 128Gb сияющая звезда")
