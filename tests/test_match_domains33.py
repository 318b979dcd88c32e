"""A US auto-parts shop, a US drugstore beauty shop and a Canadian tyre shop (samples/matching/domains_dev33):
two kind words written one after the other name one kind, the last ("Gel Cream" is a cream, not the "Water
Gel"); an offer ending in a colour where the item ends, after the same word, in a word the offer does not say
is another shade ("Light Beige" for the "Light Sand"); "for Dry Skin" says whose skin, not what it fits; an
offer saying kinds the catalog writes where the item says none is another form of the line ("Cream-to-Foam
Cleanser" for the "Facial Cleanser"); a tyre size with its North American construction letters glued on
("LT265/70R17", "LT2657017", "P265/70R17") is the size."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens

GELS = [("WG", "Neutrogena Hydro Boost Water Gel 1.7 oz"),
        ("MS", "Olay Regenerist Micro-Sculpting Cream 1.7 oz")]


def test_a_gel_cream_is_not_the_water_gel():
    got = match_apart(GELS, ["NEUTROGENA HYDRO BOOST GEL CREAM 1.7OZ",
                             "Neutrogena Hydro Boost Hyaluronic Acid Water Gel Face Moisturizer, 1.7 oz (48 g)"])
    assert got.loc[0, "match_status"] != "auto"
    assert "type" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("WG", "auto"), got.loc[1, "match_reason"]


def test_two_kinds_across_a_mark_stay_two():
    from pricesync.match.reading.names import analyse

    both = analyse(["Shampoo & Conditioner 400ml"])["Shampoo & Conditioner 400ml"].attrs.words["type"]
    assert both == {"shampoo", "conditioner"}
    one = analyse(["Hydro Boost Gel Cream"])["Hydro Boost Gel Cream"].attrs.words["type"]
    assert one == {"cream"}


CONCEALERS = [("LS", "e.l.f. Hydrating Camo Concealer Light Sand"),
              ("FM", "Maybelline Fit Me Matte + Poreless Foundation 220 Natural Beige 1 fl oz")]


def test_a_shade_named_in_words_is_not_another():
    got = match_apart(CONCEALERS, ["e.l.f. Cosmetics Hydrating Camo Concealer - Light Beige",
                                   "e.l.f. Cosmetics Hydrating Camo Concealer - Light Sand"])
    assert got.loc[0, "match_status"] != "auto"
    assert "offer says colour beige" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("LS", "auto"), got.loc[1, "match_reason"]


CLEANSERS = [("HY", "CeraVe Hydrating Facial Cleanser 16 fl oz"),
             ("FO", "CeraVe Foaming Facial Cleanser 16 fl oz"),
             ("MC", "CeraVe Moisturizing Cream 16 oz")]


def test_a_cream_to_foam_cleanser_is_another_form_of_the_line():
    got = match_apart(CLEANSERS, ["CeraVe Hydrating Cream-to-Foam Cleanser, 16 fl oz",
                                  "CeraVe Hydrating Facial Cleanser for Normal to Dry Skin - 16.0 oz"])
    assert got.loc[0, "match_status"] != "auto"
    assert _verdict(got, 1) == ("HY", "auto"), got.loc[1, "match_reason"]


def test_a_north_american_size_is_read_with_its_letters():
    assert {"lt", "26570r17", "li121118s"} <= set(name_tokens("LT2657017 121/118S E BFG ALL-TERRAIN T/A KO2 RWL"))
    assert {"lt", "26570r17", "li121118s"} <= set(name_tokens("BFGoodrich KO2 LT265/70R17 121/118S Load Range E"))
    assert {"26570r17", "li113t"} <= set(name_tokens("Firestone Destination LE3 P265/70R17 113T"))
    assert "lt" not in name_tokens("Firestone Destination LE3 P265/70R17 113T")


TRUCK_TYRES = [("KO2", "BFGoodrich All-Terrain T/A KO2 LT265/70R17 121/118S Load Range E RWL"),
               ("TT", "BFGoodrich Trail-Terrain T/A 265/70R17 115T ORWL"),
               ("DT", "Goodyear Wrangler DuraTrac LT265/70R17 121/118Q Load Range E")]


def test_a_wholesalers_glued_lt_size_names_the_tyre_and_its_load_range_c_does_not():
    got = match_apart(TRUCK_TYRES, ["LT2657017 121/118S E BFG ALL-TERRAIN T/A KO2 RWL",
                                    "LT2657017 121/118Q E GOODYEAR WRANGLER DURATRAC",
                                    "LT2657017 112/109S C BFG ALL-TERRAIN T/A KO2 RWL"])
    assert _verdict(got, 0) == ("KO2", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("DT", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto"


def test_roulage_a_plat_is_run_flat():
    assert "runflat" in name_tokens("Pneu Bridgestone DriveGuard 225/45R17 94W XL roulage à plat")


def test_for_dry_skin_says_whose_skin_not_what_it_fits():
    catalog = [("MC", "CeraVe Moisturizing Cream 19 oz"), ("GC", "Cetaphil Gentle Skin Cleanser 16 fl oz")]
    got = match_apart(catalog, ["CeraVe Moisturizing Cream, Face and Body Moisturizer for Dry Skin, 19 oz",
                                "Cetaphil Gentle Skin Cleanser, Hydrating Face Wash for Sensitive Skin, 16 fl oz"])
    assert "accessory" not in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 0) == ("MC", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("GC", "auto"), got.loc[1, "match_reason"]


def test_a_measure_below_one_without_its_zero():
    assert "22ml" in name_tokens("ELF PUTTY PRIMER .74OZ")
    assert name_tokens("ELF PUTTY PRIMER .74OZ")[-1] == name_tokens("e.l.f. Poreless Putty Primer 0.74 oz")[-1]
