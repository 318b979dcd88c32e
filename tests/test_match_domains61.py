"""A Russian car-care shop, an Ozon-style Russian cosmetics shop and a Kazakhstan tyre shop
(samples/matching/domains_dev61): a fluid's concentrate is not its ready mix ("А/Ф ... конц." for the
item's "готовый -40", "Konzentrat" for "Ready Mix"), a name silent on it contradicts neither; a tyre's
XL said alone by an ad without an index is the load the item writes beside its index ("Nordman 8 XL" for
the "102T XL"), and still tells it from a sibling without XL."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens

COOLANTS = [("HG", "Антифриз Hi-Gear G12 красный готовый -40 3,78 л"),
            ("KFS", "Концентрат антифриза Liqui Moly Kühlerfrostschutz KFS 12++ 1 л"),
            ("LUX", "Антифриз Sintec Lux G12 красный 5 кг")]


def test_a_concentrate_is_not_the_ready_mix():
    got = match_apart(COOLANTS, ["А/Ф HI-GEAR G12 конц. кр 3,78л",
                                 "LIQUI MOLY Kühlerfrostschutz KFS 12++ Ready Mix 1 l",
                                 "А/Ф HI-GEAR G12 кр -40 3,78л",
                                 "LIQUI MOLY Kühlerfrostschutz KFS 12++ Konzentrat 1 l"])
    for row in (0, 1):
        assert got.loc[row, "match_status"] != "auto", got.loc[row, "match_reason"]
        assert "dilution" in got.loc[row, "match_reason"], got.loc[row, "match_reason"]
    assert _verdict(got, 2) == ("HG", "auto"), got.loc[2, "match_reason"]
    assert _verdict(got, 3) == ("KFS", "auto"), got.loc[3, "match_reason"]


def test_a_name_silent_on_the_dilution_contradicts_neither():
    # the item says "готовый", the offer nothing: the item; the word stays the word it was
    got = match_apart(COOLANTS, ["Антифриз SINTEC LUX G12 красный -40 готовый, 5 кг",
                                 "Антифриз Hi-Gear G12 красный -40 3,78 л"])
    assert _verdict(got, 0) == ("LUX", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("HG", "auto"), got.loc[1, "match_reason"]
    assert "концентрат" in name_tokens("Концентрат для мытья полов и стен Multipower 0,8 л")


TYRES = [("N8", "Ikon Nordman 8 215/65R16 102T XL шип"),
         ("PS", "Triangle PS01 215/65R16 102T XL шип"),
         ("RS", "Hankook Winter i*Pike RS2 W429 215/65R16 98T шип")]


def test_an_ads_xl_without_an_index_is_the_items_load():
    got = match_apart(TYRES, ["Шины 215/65 R16 Nordman 8 XL шипованные",
                              "Шины 215/65 R16 Triangle PS01 шипы XL",
                              "Шины 215/65 R16 Hankook Winter i*Pike RS2 XL шипы"])
    assert _verdict(got, 0) == ("N8", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("PS", "auto"), got.loc[1, "match_reason"]
    # the item without XL is another load: the ad's XL still tells it apart
    assert got.loc[2, "match_status"] != "auto", got.loc[2, "match_reason"]
    assert "xl" in got.loc[2, "match_reason"], got.loc[2, "match_reason"]


def test_kazakh_studs_and_seasons_are_read():
    assert {"studs:studded", "season:winter"} <= set(name_tokens("Қысқы шина Triangle PS01 205/55 R16 94T XL шипті"))
    assert "studs:studless" in name_tokens("Қысқы шина Pirelli Ice Zero FR 215/65 R16 102T XL шипсіз")


JARS = [("CW", "Холодный воск Grass Cherry Wax 1 л"),
        ("CV", "Увлажняющий крем CeraVe для сухой и очень сухой кожи 50 мл"),
        ("PM", "Полироль пластика Grass Polyrole Matte ваниль 600 мл")]


def test_a_weight_no_density_makes_the_items_volume_is_another_can():
    got = match_apart(JARS, ["ХОЛОДНЫЙ ВОСК GRASS CHERRY WAX 5КГ",
                             "CeraVe крем увлажняющий для сухой кожи 454 г оригинал",
                             "Холодный воск Grass Cherry Wax 1 кг"])
    for row in (0, 1):
        assert got.loc[row, "match_status"] != "auto", got.loc[row, "match_reason"]
        assert "volume" in got.loc[row, "match_reason"], got.loc[row, "match_reason"]
    # a kilogram of what a litre can holds is the can
    assert "differs in volume" not in got.loc[2, "match_reason"], got.loc[2, "match_reason"]


def test_kazakh_used_is_a_condition():
    catalog = [("RS", "Hankook Winter i*Pike RS2 W429 215/65R16 98T шип")]
    got = match_apart(catalog, ["Қысқы шина Hankook Winter i*Pike RS2 W429 215/65 R16 98T шипті, пайдаланылған"])
    assert got.loc[0, "match_status"] != "auto" and "used" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
