"""A US light-truck tyre shop, a UK pharmacy's sun care and a Russian exhaust parts shop
(samples/matching/domains_dev40): a tyre's sidewall lettered white or black ("RWL", "Outlined White Letters",
"BSW", "Black Sidewall", "Letras Blancas") tells two tyres of one line and size apart; a light truck's load
index written single is its pair ("121S" for "121/118S"); a North American wholesaler's load range and extra
load glued after the size ("LT265/70R17/E", "P235/75R15XL") are words of their own; an offer naming no tyre size
is no tyre of the item's size; a sun cream's "Sun Spray" / "Sun Cream Spray" is a spray, not the line's lotion or
cream; an engine's valves, "8кл", "16kl", "16 клапанов", are a count that tells the 8-valve part from the
16-valve one."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens

WORKHORSE = [("OWL", "Goodyear Wrangler Workhorse AT 265/70R17 115T OWL"),
             ("RT", "Toyo Open Country R/T LT265/70R17 121/118Q Load Range E BSW")]


def test_a_black_sidewall_is_not_the_white_lettered_tyre():
    got = match_apart(WORKHORSE, ["Goodyear Wrangler Workhorse AT 265/70R17 115T BSW",
                                  "Goodyear Wrangler Workhorse AT 265/70R17 115T Outlined White Letters"])
    assert got.loc[0, "match_status"] != "auto"
    assert "sidewall" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("OWL", "auto"), got.loc[1, "match_reason"]


def test_sidewall_words_in_three_languages():
    assert "sidewall:white" in name_tokens("Llanta Goodyear Wrangler Workhorse AT 265/70R17 115T Letras Blancas")
    assert "sidewall:white" in name_tokens("Pneu camionnette BFGoodrich KO2 LT265/70R17 121/118S lettres blanches")
    assert "sidewall:black" in name_tokens("Nitto Ridge Grappler - LT275/70R18 125/122Q E - Black Sidewall")
    assert "sidewall:white" in name_tokens("BFGoodrich Trail-Terrain T/A 265/70R17 115T ORWL")


def test_a_single_load_index_is_the_pair_it_begins():
    from pricesync.match.reading.model_codes import same_model

    assert same_model("li121s", "li121118s")
    assert same_model("li109t", "li109107t")
    assert not same_model("li121q", "li121118s")  # another speed
    assert not same_model("li112s", "li121118s")  # load range C's pair is not E's


def test_a_load_range_and_extra_load_glued_after_the_size_are_words():
    assert {"26570r17", "e", "li121118s"} <= set(name_tokens("LT265/70R17/E 121/118S BFG ALL-TERRAIN T/A KO2 RWL"))
    assert {"23575r15", "xl", "li108t"} <= set(name_tokens("P235/75R15XL 108T GENERAL GRABBER APT OWL"))


def test_an_offer_naming_no_size_is_no_tyre_of_the_items_size():
    catalog = [("ATX", "General Grabber A/TX LT265/70R17 121/118S Load Range E BSW"),
               ("APT", "General Grabber APT P235/75R15 108T XL OWL")]
    got = match_apart(catalog, ["General Grabber A/TX 2356517 Load Range E BSW",
                                "General Grabber A/TX LT265/70R17 121/118S Load Range E BSW"])
    assert got.loc[0, "match_status"] != "auto"
    assert "no tyre size" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("ATX", "auto"), got.loc[1, "match_reason"]


SUN = [("LOT", "Nivea Sun Protect & Moisture Sun Lotion SPF30 200ml"),
       ("SPR", "Nivea Sun Kids Protect & Care Sun Spray SPF50+ 200ml"),
       ("CRM", "Garnier Ambre Solaire Ultra-Hydrating Shea Butter Sun Cream SPF30 200ml")]


def test_a_sun_spray_is_not_the_lotion_or_the_cream_of_its_line():
    got = match_apart(SUN, ["Nivea Sun Kids Protect & Care Sun Lotion SPF50+ 200ml",
                            "Garnier Ambre Solaire Ultra-Hydrating Shea Butter Sun Cream Spray SPF30 200ml",
                            "NIVEA SUN Kids Protect & Care Sun Spray (200 ml), SPF 50+, Kids Suncream"])
    assert got.loc[0, "match_status"] != "auto"
    assert "type" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto"
    assert _verdict(got, 2) == ("SPR", "auto"), got.loc[2, "match_reason"]


def test_spray_names_a_kind_only_in_a_sun_creams_name():
    from pricesync.match.reading.names import analyse

    def kinds(n):
        return analyse([n])[n].attrs.words.get("type")

    assert kinds("Garnier Ambre Solaire Sun Cream Spray SPF30 200ml") == {"spray"}
    assert kinds("Dior Sauvage Eau de Parfum Spray 100ml") != {"spray"}


def test_an_engines_valves_are_a_count():
    assert "16vlv" in name_tokens("Rezonator Lada Granta 16kl Avtoglushitel")
    assert "8vlv" in name_tokens("Резонатор Lada Granta 8кл (Автоглушитель)")
    assert "16vlv" in name_tokens("Катализатор Приора 16 клапанов Евро 4 Эксмаш")
    assert "8vlv" in name_tokens("Комплект ГРМ Gates K015578XS Рено Логан 1.6 8 клапанів")
    assert "8vlv" not in name_tokens("Гайка DIN 934 M8 кл. 8 оцинк. (100 шт)")  # a bolt's property class


RESONATORS = [("R8", "Резонатор Lada Granta 8кл (Автоглушитель)"),
              ("G", "Глушитель основной Lada Granta седан (Автоглушитель)")]


def test_the_16_valve_resonator_is_not_the_8_valve_one():
    got = match_apart(RESONATORS, ["Rezonator Lada Granta 16kl Avtoglushitel",
                                   "РЕЗОНАТОР LADA GRANTA 8КЛ (АГ)"])
    assert got.loc[0, "match_status"] != "auto"
    assert _verdict(got, 1) == ("R8", "auto"), got.loc[1, "match_reason"]
