"""Russian dealer titles against a maker's own catalog: glued names, one name per item,
the maker's name written by every dealer and by few catalog names."""
from __future__ import annotations

import pandas as pd

from pricesync.match import match_offers
from pricesync.match.candidates.catalog_index import CatalogIndex
from pricesync.match.decision.vetoes import MODEL_WORD_MIN_WEIGHT
from pricesync.match.reading.names import Analyser
from pricesync.tables import OFFER_COLUMNS

# A maker's catalog (one name per item, glued as exported); the maker "Vektra" is written
# in two names only, every line ("Glass Shine", "Floor Max", "Wood Guard"...) in its own.
CATALOG = [
    ("1", "Средство для мытья стекол и зеркалGlass Shineготовый состав / 0,5 л"),
    ("2", "Средство для мытья стекол и зеркалGlass Shineготовый состав / 5 л"),
    ("3", "Концентрат для мытья половFloor Max с ароматом лимонаконцентрат / 1 л"),
    ("4", "Концентрат для мытья половFloor Max с ароматом лимонаконцентрат / 5 л"),
    ("5", "Антисептик для древесиныVEKTRA Wood Guardконцентрат 1:10 / 1 л"),
    ("6", "Антисептик для древесиныVEKTRA Wood Guardконцентрат 1:10 / 5 л"),
    ("7", "Грунт глубокого проникновенияTerra Baseготовый состав / 10 л"),
    ("8", "Средство для удаления ржавчиныRust Offконцентрат / 0,75 л"),
    ("9", "Средство для чистки плитыStove Cleanготовый состав / 0,5 л"),
    ("10", "Отбеливатель для белья Snow White / 1 кг"),
    ("11", "Средство для мытья посудыDish Careгель / 1 л"),
    ("12", "Жидкое мыло Hand Soft с ароматом яблока / 5 л"),
]
# Dealer titles: the maker in Latin or Cyrillic letters on every line.
OFFERS = [
    "Средство для мытья стекол Vektra Glass Shine, 500мл",
    "Концентрат Вектра Floor Max для мытья полов, лимон 5л",
    "Антисептик Vektra Wood Guard для древесины, концентрат 1:10, 1 л",
    "Грунт Вектра Terra Base глубокого проникновения 10 л",
    "Средство от ржавчины Vektra Rust Off 750 мл",
    "Vektra Stove Clean средство для чистки плит 0,5 л",
]


def _catalog() -> pd.DataFrame:
    return pd.DataFrame([{"sku": s, "name": n, "brand": "", "category": "", "ean": "", "price": None, "stock": 1}
                         for s, n in CATALOG])


def _offers(names) -> pd.DataFrame:
    rows = [{**{c: "" for c in OFFER_COLUMNS}, "supplier": "dealer", "supplier_sku": f"D{i}", "name": n,
             "stock": 0, "source_row": i + 2} for i, n in enumerate(names)]
    return pd.DataFrame(rows)


def test_a_word_the_offers_say_far_more_often_than_the_catalog_tells_little():
    catalog = _catalog()
    analyser = Analyser(list(catalog["name"]) + OFFERS)
    index = CatalogIndex(catalog, analyser, name_cols=[], code_cols=[])
    index.count_offer_words([analyser.rough_tokens(n) for n in OFFERS])
    maker, line = "vektra", "glass"
    assert maker in index.index.vocab and line in index.index.vocab
    # By the catalog alone the maker is as rare as a line; the offers say it on every line,
    # so it no longer counts as a line word.
    assert index.weight(maker) >= MODEL_WORD_MIN_WEIGHT > index.telling_weight(maker)
    # A line the offers say about as often as the catalog keeps its standing.
    assert index.telling_weight(line) >= 0.95 * index.weight(line)


def test_a_run_of_a_few_offers_keeps_the_catalogs_rarity():
    fillers = [{"sku": f"F{i}", "name": f"Шпатлевка финишная Smooth{i}готовый состав / {i} кг", "brand": "",
                "category": "", "ean": "", "price": None, "stock": 1} for i in range(1, 41)]
    catalog = pd.concat([_catalog(), pd.DataFrame(fillers)], ignore_index=True)
    one = OFFERS[:1]
    analyser = Analyser(list(catalog["name"]) + one)
    index = CatalogIndex(catalog, analyser, name_cols=[], code_cols=[])
    index.count_offer_words([analyser.rough_tokens(n) for n in one])
    for word in ("vektra", "glass", "shine"):
        assert index.telling_weight(word) >= MODEL_WORD_MIN_WEIGHT, word


def test_the_maker_missing_from_the_catalog_name_does_not_hold_a_match_back():
    result = match_offers(_offers(OFFERS), _catalog())
    by_name = dict(zip(result["name"], zip(result["catalog_sku"], result["match_status"], result["match_reason"])))
    sku, status, reason = by_name["Средство для мытья стекол Vektra Glass Shine, 500мл"]
    assert (sku, status) == ("1", "auto"), reason
    sku, status, reason = by_name["Средство от ржавчины Vektra Rust Off 750 мл"]
    assert (sku, status) == ("8", "auto"), reason


def test_a_colour_written_with_ish_is_that_colour():
    from pricesync.match.reading.words import word_attributes

    for word, colour in [("розоватый", "pink"), ("голубоватая", "lightblue"), ("синеватый", "blue"),
                         ("сероватые", "grey"), ("желтоватое", "yellow")]:
        assert word_attributes(word) == ("colour", colour), word
    assert word_attributes("богатый") is None


def test_an_ish_colour_is_not_matched_to_the_uncoloured_sibling():
    catalog = pd.DataFrame([{"sku": s, "name": n, "brand": "", "category": "", "ean": "", "price": None, "stock": 1}
                            for s, n in [("P", "Грунт АКВАСТОП, розовый, концентрат 1:9 / 3 л"),
                                         ("B", "Грунт АКВАСТОП, голубой, концентрат 1:4 / 3 л"),
                                         ("N", "Грунт АКВАСТОП, влагоизолирующий, готовый состав / 3 л"),
                                         *[(str(i), n) for i, n in enumerate(c for _, c in CATALOG)]]])
    result = match_offers(_offers(["Грунт Аквастоп влагоизолирующий (3 л) розоватый"]), catalog)
    assert not (result["match_status"][0] == "auto" and result["catalog_sku"][0] != "P"), result["match_reason"][0]


def test_same_root_is_one_word_with_other_endings():
    from pricesync.match.decision.vetoes import same_root

    assert same_root("концентрат", "концентрированн")
    assert same_root("антисептик", "антисептическ")
    assert not same_root("multipower", "multipack")
    assert not same_root("лимон", "лимонн")     # too short to tell a stem from a word
    assert not same_root("концентрат", "контрастн")


def test_a_word_said_with_another_ending_is_not_a_word_exchanged():
    # "концентрат" tells siblings apart here (Rust Off концентрат / гель), and the grill
    # cleaner's name says "концентрированное": the dealer's "концентрат" is that one.
    rows = [*CATALOG, ("13", "Средство для удаления ржавчиныRust Offгель / 0,75 л"),
            ("14", "Средство для чистки гриля и духовок Grill Proконцентрированное средство / 0,5 л")]
    catalog = pd.DataFrame([{"sku": s, "name": n, "brand": "", "category": "", "ean": "", "price": None, "stock": 1}
                            for s, n in rows])
    result = match_offers(_offers([*OFFERS, "Средство для чистки гриля и духовок Vektra Grill Pro, концентрат 500 мл"]),
                          catalog)
    assert (result["catalog_sku"].iloc[-1], result["match_status"].iloc[-1]) == ("14", "auto"), \
        result["match_reason"].iloc[-1]


LONG_TITLE = "Vektra Terra Base грунт для стен и потолков, укрепляющий, быстросохнущий, под покраску, 10 л"


def test_a_long_dealer_title_naming_the_line_is_auto_when_no_other_item_comes_close():
    # The title says much the short catalog name does not (its score stays below auto),
    # but it names the line and no other item of the catalog is near it.
    result = match_offers(_offers([*OFFERS, LONG_TITLE]), _catalog())
    sku, status, reason = (result[c].iloc[-1] for c in ("catalog_sku", "match_status", "match_reason"))
    assert (sku, status) == ("7", "auto"), reason
    assert int(reason.split()[1].rstrip(";")) < 70


def test_a_long_title_stays_in_review_without_the_line_or_with_a_rival_in_the_band():
    catalog = _catalog()
    # Without the line's name the same title is not sure enough.
    without_line = "Грунт глубокого проникновения для стен и потолков, укрепляющий, быстросохнущий, под покраску, 10 л"
    result = match_offers(_offers([*OFFERS, without_line]), catalog)
    assert (result["catalog_sku"].iloc[-1], result["match_status"].iloc[-1]) == ("7", "review")
    assert "below auto" in result["match_reason"].iloc[-1]
    # Another primer of the line within the review band of the best: not sure either.
    rival = pd.DataFrame([{"sku": "16", "name": "Грунт для наружных работTerra Base Fixготовый состав / 10 л",
                           "brand": "", "category": "", "ean": "", "price": None, "stock": 1}])
    result = match_offers(_offers([*OFFERS, LONG_TITLE]), pd.concat([catalog, rival], ignore_index=True))
    assert (result["catalog_sku"].iloc[-1], result["match_status"].iloc[-1]) == ("7", "review")
    assert "below auto" in result["match_reason"].iloc[-1]


def test_a_long_title_need_not_lead_an_item_of_another_line():
    # A primer of another line ("Wall Fix", without the "Terra Base" the title and the best
    # say) shares the title's description words ("грунт для стен") and comes within the band:
    # no contender, the title names its line.
    rival = pd.DataFrame([{"sku": "16", "name": "Грунт для стенWall Fixготовый состав / 10 л", "brand": "",
                           "category": "", "ean": "", "price": None, "stock": 1}])
    result = match_offers(_offers([*OFFERS, LONG_TITLE]), pd.concat([_catalog(), rival], ignore_index=True))
    assert (result["catalog_sku"].iloc[-1], result["match_status"].iloc[-1]) == ("7", "auto"), \
        result["match_reason"].iloc[-1]
    assert int(result["match_reason"].iloc[-1].split()[1].rstrip(";")) < 70


def test_a_latin_word_written_once_glued_is_split_into_words_written_apart():
    from pricesync.match.reading.names import analyse

    names = analyse(["Антисептик лессирующий BiO LASUR / тик / 9 л", "Антисептик лессирующий BiO LASUR / дуб / 9 л",
                     "Антисептик лессирующий декоративный Prosept Biolasur тик 9л",
                     "Powershot A590 camera", "Powershot A470 camera", "Canon Power Shot case"])
    tokens = names["Антисептик лессирующий декоративный Prosept Biolasur тик 9л"].tokens
    assert {"bio", "lasur"} <= set(tokens) and "biolasur" not in tokens
    # A word written glued more than once is a word of its own ("powershot"), even where
    # its parts are written apart too.
    assert "powershot" in names["Powershot A590 camera"].tokens


def test_a_long_title_naming_a_line_word_of_another_maker_stays_in_review():
    # A run big enough for words the catalog never uses to weigh: 40 more items and offers.
    fillers = [{"sku": f"F{i}", "name": f"Шпатлевка финишная Smooth{i}готовый состав / {i} кг", "brand": "",
                "category": "", "ean": "", "price": None, "stock": 1} for i in range(1, 41)]
    catalog = pd.concat([_catalog(), pd.DataFrame(fillers)], ignore_index=True)
    more = [*OFFERS, *(f"Шпатлевка Smooth{i} финишная, готовая, {i} кг" for i in range(1, 41))]
    title = "Glass Shine средство для стекол, с нашатырем, без разводов и подтеков, для окон и витрин, 0,5 л"
    result = match_offers(_offers([*more, title, f"Zolda {title}"]), catalog)
    # Below auto, but the line is the item's and nothing else is near: auto ...
    assert (result["catalog_sku"].iloc[-2], result["match_status"].iloc[-2]) == ("1", "auto")
    # ... unless the title also names a maker or line the catalog does not have.
    assert (result["catalog_sku"].iloc[-1], result["match_status"].iloc[-1]) == ("1", "review")
    assert "below auto" in result["match_reason"].iloc[-1]


def test_a_latin_word_glued_in_some_names_and_apart_in_others_is_read_as_most_names_write_it():
    from pricesync.match.reading.names import analyse

    # A dealer glues the line on all its offers ("Stonewall" twice) where the catalog writes
    # it apart on each size; the catalog glues another line ("AquaShield") the dealer splits.
    catalog = ["Пропитка для камняSTONE WALLготовый состав / 1 л", "Пропитка для камняSTONE WALLготовый состав / 5 л",
               "Пропитка для камняSTONE WALLготовый состав / 10 л",
               "Краска фасаднаяAquaShieldбелая / 3 кг", "Краска фасаднаяAquaShieldсерая / 3 кг"]
    offers = ["Пропитка Vektra Stonewall для камня 1л", "Пропитка Vektra Stonewall для камня 5л",
              "Краска фасадная Vektra Aqua Shield белая 3 кг"]
    names = analyse(catalog + offers)
    assert {"stone", "wall"} <= set(names[offers[0]].tokens) and "stonewall" not in names[offers[0]].tokens
    assert "aquashield" in names[offers[2]].tokens
    result = match_offers(_offers(offers), pd.DataFrame([{"sku": str(i), "name": n, "brand": "", "category": "",
                                                          "ean": "", "price": None, "stock": 1}
                                                         for i, n in enumerate(catalog)]))
    assert list(result["catalog_sku"]) == ["0", "1", "3"], list(result["match_reason"])
    assert list(result["match_status"]) == ["auto"] * 3, list(result["match_reason"])


MOLD_LINES = [("13", "Средство для удаления плесени с дезинфицирующим эффектомBath Mold концентрат / 0,5 л"),
              ("14", "Средство для удаления плесени с дезинфицирующим эффектомBath Mold концентрат / 5 л"),
              ("15", "Удалитель плесени MOLD STOP готовый состав / 0,5 л"),
              ("16", "Удалитель плесени MOLD STOP готовый состав / 1 л")]
MOLD_TITLES = ["Удалитель плесени Vektra Mold Stop 500мл готовый состав с дезинфицирующим эффектом",
               "Удалитель плесени с дезинфицирующим эффектом Vektra Mold Stop, готовый состав, 0,5 л",
               "Удалитель плесени Mold Stop готовый состав 0,5 л, дезинфицирующее средство для удаления плесени"]


def test_description_words_of_another_line_do_not_make_it_a_sibling():
    # The dealer describes the Mold Stop remover in the words of the Bath Mold line's name;
    # Bath Mold lacks "Stop", a line word the offer and the Mold Stop item both say.
    catalog = pd.DataFrame([{"sku": s, "name": n, "brand": "", "category": "", "ean": "", "price": None, "stock": 1}
                            for s, n in [*CATALOG, *MOLD_LINES]])
    result = match_offers(_offers([*OFFERS, *MOLD_TITLES]), catalog)
    assert (result["catalog_sku"].iloc[-1], result["match_status"].iloc[-1]) == ("15", "auto"), \
        result["match_reason"].iloc[-1]
    # A rival of the same line named with those words is a sibling the offer may be: not
    # dismissed for the remover.
    sibling = ("17", "Дезинфицирующее средство для удаления плесени MOLD STOP готовый состав / 0,5 л")
    catalog = pd.DataFrame([{"sku": s, "name": n, "brand": "", "category": "", "ean": "", "price": None, "stock": 1}
                            for s, n in [*CATALOG, *MOLD_LINES, sibling]])
    result = match_offers(_offers([*OFFERS, *MOLD_TITLES]), catalog)
    assert (result["catalog_sku"].iloc[-1], result["match_status"].iloc[-1]) != ("15", "auto"), \
        result["match_reason"].iloc[-1]


def test_another_lines_scent_still_tells_when_the_best_says_its_own():
    # "Nova Plus морской бриз": the catalog has Nova Plus in цитрус and лимон and the
    # морской бриз only in another line (Lumo). The best, Nova Plus цитрус, says a scent
    # the offer does not: the offer's scent of this line is missing from the catalog.
    rows = [("21", "Средство для мытья стекол Nova Plus цитрус концентрат / 5 л"),
            ("22", "Средство для мытья стекол Nova Plus цитрус концентрат / 10 л"),
            ("23", "Средство для мытья стекол Nova Plus лимон концентрат / 5 л"),
            ("24", "Средство для мытья стекол Lumo лимон концентрат / 2 л"),
            ("25", "Средство для мытья стекол Lumo морской бриз концентрат / 2 л")]
    catalog = pd.DataFrame([{"sku": s, "name": n, "brand": "", "category": "", "ean": "", "price": None, "stock": 1}
                            for s, n in [*CATALOG, *rows]])
    result = match_offers(_offers([*OFFERS, "Средство для мытья стекол Vektra Nova Plus морской бриз концентрат 10л"]),
                          catalog)
    assert result["match_status"].iloc[-1] == "review", result["match_reason"].iloc[-1]
    assert "бриз" in result["match_reason"].iloc[-1]


# A line in two versions named by a Latin word ("White", "Color"), each described in its own
# words; 40 more items and offers, for words to weigh as in a maker's catalog.
WASH = [("31", "Жидкое средство для стирки белых и светлых тканейSnow Line Whiteконцентрат / 3 л"),
        ("32", "Жидкое средство для стирки цветных тканейSnow Line Colorконцентрат / 3 л"),
        ("33", "Жидкое средство для стирки белых и светлых тканейSnow Line Whiteконцентрат / 1 л"),
        ("34", "Жидкое средство для стирки цветных тканейSnow Line Colorконцентрат / 1 л")]
FILLERS = [(f"F{i}", f"Шпатлевка финишная Smooth{i}готовый состав / {i} кг") for i in range(1, 41)]
FILLER_OFFERS = [f"Шпатлевка Vektra Smooth{i} финишная, готовая, {i} кг" for i in range(1, 41)]


def _rows(rows) -> pd.DataFrame:
    return pd.DataFrame([{"sku": s, "name": n, "brand": "", "category": "", "ean": "", "price": None, "stock": 1}
                         for s, n in rows])


def test_a_description_word_of_the_best_left_out_does_not_make_the_offer_a_rival_of_another_line():
    # The offer leaves out "светлых" of the White item's description; the Color item lacks it,
    # but says "Color", which neither the offer nor the White item says: the offer is not it.
    offers = [*OFFERS, *FILLER_OFFERS, "Vektra Snow Line White Active жидкое средство для стирки белых тканей (3 л)",
              "Vektra Snow Line White жидкое средство для стирки (1 л)"]
    result = match_offers(_offers(offers), _rows([*CATALOG, *WASH, *FILLERS]))
    assert list(result["catalog_sku"].iloc[-2:]) == ["31", "33"], list(result["match_reason"].iloc[-2:])
    assert list(result["match_status"].iloc[-2:]) == ["auto", "auto"], list(result["match_reason"].iloc[-2:])


def test_a_line_word_of_the_best_left_out_still_leaves_the_offer_unsure():
    # The best's own word is the Latin word of its version ("Lemon"): an offer saying neither
    # "Lemon" nor "Ocean Breeze" may be either, the rival's Latin words notwithstanding.
    scents = [("41", "Гель для мытья посудыDish Pro Lemonконцентрат / 1 л"),
              ("42", "Гель для мытья посудыDish Pro Ocean Breezeконцентрат / 1 л")]
    result = match_offers(_offers([*OFFERS, *FILLER_OFFERS, "Vektra Dish Pro гель для мытья посуды концентрат 1л"]),
                          _rows([*CATALOG, *scents, *FILLERS]))
    assert result["match_status"].iloc[-1] == "review", result["match_reason"].iloc[-1]
    assert "lemon" in result["match_reason"].iloc[-1]
