"""An offer's own part number (its MPN column) equal to a catalog item's, and a title that
says the product differently: which differences the part number settles, which it does not,
and brands a title names by their first word."""
from __future__ import annotations

from pricesync.match import match_offers
from tests.test_match import catalog_frame, offers_frame

# (sku, name, brand, ean, article): a maker whose brand column adds a company word another
# maker's brand has too, a distributor that is a catalog brand of its own, and another
# maker's line with the same company word.
MAKERS = [
    ("FT-204", "Fintrol Technology Aircast FM transmitter with car charger for iPhone 4 - FT204", "Fintrol Technology",
     "", "FT204"),
    ("FT-310", "Fintrol Technology Roadmount dashboard cradle for tablets - FT310", "Fintrol Technology", "", "FT310"),
    ("KV-U16", "Kovalent Technology Datastick 16 GB USB 2.0 flash drive - KVU16", "Kovalent Technology", "", "KVU16"),
    ("MB-X200", "Mountbay X200 windshield suction mount for phones", "Mountbay", "", "MBX200"),
]


def verdict(catalog, **offer) -> dict:
    return match_offers(offers_frame([offer]), catalog_frame(catalog)).iloc[0].to_dict()


def seen(got: dict) -> tuple:
    return got["match_status"], got["catalog_sku"], got["match_reason"]


def test_a_brand_named_by_its_first_word_is_the_items_maker_whatever_the_distributor_column():
    # The feed files the offer under its distributor (a catalog brand too); the title opens
    # with the maker, written without the company word its brand column adds.
    got = verdict(MAKERS, name="fintrol aircast fm transmitter car charger iphone 4", brand="Mountbay", mpn="ft204")
    assert (got["match_status"], got["catalog_sku"]) == ("auto", "FT-204"), seen(got)


def test_one_maker_written_two_ways_is_no_other_brand():
    # "Powerdock" and "Power Dock", "Nordline" and "Nordline Partners": one maker's brand,
    # filed under both in the catalog.
    catalog = [("PD-3", "Powerdock three position charging mat for phones", "Power Dock", "", "PD3PB1"),
               ("PD-1", "Powerdock single position charging mat", "Power Dock", "", "PD1PB1"),
               ("NL-24", "Nordline 24 port gigabit desktop switch metal case", "Nordline Partners", "", "NLSG24"),
               ("PD-CUBE", "Powerdock charging cube receiver for phones", "Powerdock", "", "PDCUBE"),
               ("NL-5", "Nordline 5 port fast ethernet switch", "Nordline", "", "NLSF5"),
               ("PX-8", "Powerex 8 port gigabit desktop switch", "Powerex", "", "PX8")]
    got = verdict(catalog, name="three position powerdock with charging mat", brand="Powerdock", mpn="pd3-pb1")
    assert (got["match_status"], got["catalog_sku"]) == ("auto", "PD-3"), seen(got)
    got = verdict(catalog, name="nordline 24 port gigabit desktop switch", brand="Nordline", mpn="nl-sg24")
    assert (got["match_status"], got["catalog_sku"]) == ("auto", "NL-24"), seen(got)


def test_a_common_word_opening_a_brand_does_not_name_it():
    # "Case" opens the brand Case Logic, but the catalog says it on other makers' items more:
    # a Targus case whose item the catalog lacks is not Case Logic's.
    catalog = [("CL-156", "Case Logic laptop sleeve case 15.6 inch black", "Case Logic", "", ""),
               ("TG-10", "Targus hard shell case for 10 inch tablets", "Targus", "", ""),
               ("TG-13", "Targus slim case for 13 inch laptops", "Targus", "", ""),
               ("SL-1", "Smart Logic HDMI cable 6 ft", "Smart Logic", "", "")]
    got = verdict(catalog, name="laptop sleeve case 15.6 inch black", brand="Targus")
    assert got["match_status"] != "auto", seen(got)


# -- the part is sold for another product ------------------------------------------------------
PRINTER_PARTS = [
    ("CLX-500D", "Lumatek OPC drum unit for CLX-500 series colour laser printers - CLX-500D", "Lumatek", "",
     "CLX500D"),
    ("CLX-700D", "Lumatek OPC drum unit for CLX-700 series colour laser printers - CLX-700D", "Lumatek", "",
     "CLX700D"),
    ("CLX-500", "Lumatek CLX-500 colour laser printer", "Lumatek", "", "CLX500"),
]


def test_an_own_part_number_names_the_part_a_catalog_title_sells_for_another_product():
    # The title says no code and not the item's "unit": only the part number says which drum.
    got = verdict(PRINTER_PARTS, name="lumatek opc drum cartridge", brand="Lumatek", mpn="clx-500d")
    assert (got["match_status"], got["catalog_sku"]) == ("auto", "CLX-500D"), seen(got)


def test_without_the_part_number_the_title_does_not_say_which_part():
    got = verdict(PRINTER_PARTS, name="lumatek opc drum cartridge", brand="Lumatek")
    assert got["match_status"] != "auto", seen(got)


def test_an_offer_for_the_product_is_still_its_accessory():
    # The offer is the accessory ("for" the printer), the item the printer: another product.
    got = verdict(PRINTER_PARTS, name="replacement paper tray for lumatek clx-500 printer", mpn="clx500")
    assert got["match_status"] != "auto", seen(got)


# -- a code in the title that no catalog item carries -------------------------------------------
DETECTORS = [
    ("CB-4410", "Cobalt CK 4410 12 band radar laser detector with compass", "Cobalt", "", "CK4410"),
    ("CB-4420", "Cobalt CK 4420 14 band radar laser detector with voice alerts", "Cobalt", "", "CK4420"),
    ("CB-2200", "Cobalt CK 2200 radar detector", "Cobalt", "", "CK2200"),
]


def test_an_own_part_number_outweighs_a_title_code_the_catalog_does_not_know():
    # "12-band" reads like a code; no catalog item has it, the part number names the item.
    got = verdict(DETECTORS, name="cobalt 12-band digital radar laser detector", brand="Cobalt", mpn="ck-4410")
    assert (got["match_status"], got["catalog_sku"]) == ("auto", "CB-4410"), seen(got)


def test_a_title_naming_another_catalog_model_is_not_settled_by_the_part_number():
    # The title's CK2200 is a catalog model: the part number does not outweigh it, however
    # much the rest of the title reads like the CK4410's.
    got = verdict(DETECTORS, name="cobalt ck-2200 12 band radar laser detector with compass", brand="Cobalt",
                  mpn="ck-4410")
    assert got["match_status"] != "auto", seen(got)


# -- a distributor's number: the maker's, behind the first letters of the maker's name -----------
DRIVES = [
    ("97185", "Veranta Acclaim 320 GB USB 2.0 portable external hard drive 97185", "Veranta", "", "97185"),
    ("97186", "Veranta Acclaim 500 GB USB 2.0 portable external hard drive 97186", "Veranta", "", "97186"),
]


def test_a_distributor_number_opened_by_the_makers_letters_is_the_makers_number():
    # The title does not say which size; "ver97185" is Veranta's 97185 behind "ver".
    got = verdict(DRIVES, name="veranta acclaim usb portable hard drive", brand="Veranta", mpn="ver97185")
    assert (got["match_status"], got["catalog_sku"]) == ("auto", "97185"), seen(got)


def test_letters_that_do_not_open_the_brand_are_part_of_the_number():
    # "xq" does not begin Veranta: "xq97185" is some other number, the title alone decides.
    got = verdict(DRIVES, name="veranta acclaim usb portable hard drive", brand="Veranta", mpn="xq97185")
    assert got["match_status"] != "auto", seen(got)


# -- a colour word written at the end of the part number -----------------------------------------
SLEEVES = [
    ("LS-110", "Casemark LS-110 10-inch tablet sleeve black", "Casemark", "", "LS-110"),
    ("LS-116", "Casemark LS-116 16-inch laptop sleeve black", "Casemark", "", "LS-116"),
    ("LS-213", "Casemark LS-213 13-inch laptop sleeve red", "Casemark", "", "LS-213"),
]


def test_a_part_number_ending_with_a_colour_word_is_the_number_without_it():
    # The title says neither size; "ls110black" is the LS-110 in black.
    got = verdict(SLEEVES, name="casemark sleeve black", brand="Casemark", mpn="ls110black")
    assert (got["match_status"], got["catalog_sku"]) == ("auto", "LS-110"), seen(got)


def test_the_colour_a_part_number_ends_with_is_not_another_items():
    # "ls213black", a title naming no colour: the LS-213 in the catalog is red.
    got = verdict(SLEEVES, name="casemark 13-inch laptop sleeve", brand="Casemark", mpn="ls213black")
    assert got["match_status"] != "auto", seen(got)


# -- words an export wrote after many of the catalog's part numbers ------------------------------
RECORDERS = [
    ("DV-410", "Dravon compact digital voice recorder 2 GB silver", "Dravon", "", "dv410 NO stock FLAG"),
    ("DV-420", "Dravon compact digital voice recorder 4 GB silver", "Dravon", "", "dv420 NO stock FLAG"),
    ("DV-510", "Dravon stereo digital voice recorder 8 GB black", "Dravon", "", "dv510 NO stock FLAG"),
    ("DV-9", "Dravon voice recorder carrying case", "Dravon", "", "dv9 travel case"),
]


def test_words_written_after_many_part_numbers_are_not_part_of_them():
    # The title does not say the size; the catalog's "dv410 NO stock FLAG" is the DV410.
    got = verdict(RECORDERS, name="dravon compact digital voice recorder silver", brand="Dravon", mpn="dv-410")
    assert (got["match_status"], got["catalog_sku"]) == ("auto", "DV-410"), seen(got)


def test_words_after_one_part_number_only_stay_part_of_it():
    from pricesync.match.candidates.catalog_index import without_shared_tail

    values = ["dv410 NO stock FLAG", "dv420 NO stock FLAG", "dv9 travel case", "", "ab12 cd"]
    assert without_shared_tail(values) == ["dv410", "dv420", "dv9 travel case", "", "ab12 cd"]


# -- a measure one side writes without its decimals ----------------------------------------------
CAMERAS = [
    ("LZ-10", "Lumaro Z10 14 MP compact digital camera with 5x zoom black", "Lumaro", "", "LZ10-BK"),
    ("LZ-20", "Lumaro Z20 16 MP compact digital camera with 10x zoom black", "Lumaro", "", "LZ20-BK"),
]


def test_a_measure_written_without_its_decimals_is_the_same_measure():
    # The item writes "14 MP" for the camera's 14.1 megapixels.
    got = verdict(CAMERAS, name="lumaro 14.1 mp digital camera black 5x optical zoom", brand="Lumaro", mpn="lz10-bk")
    assert (got["match_status"], got["catalog_sku"]) == ("auto", "LZ-10"), seen(got)


def test_a_decimal_that_does_not_round_down_to_the_whole_number_is_another_measure():
    from pricesync.match.features.differences import _written_rounded

    assert _written_rounded(frozenset({"14"}), frozenset({"14.2"}))
    assert not _written_rounded(frozenset({"15"}), frozenset({"15.6"}))   # 15.6 is not "15"
    assert not _written_rounded(frozenset({"1"}), frozenset({"1.5"}))     # a 1.5 Ah pack is not the 1 Ah
    assert not _written_rounded(frozenset({"14"}), frozenset({"14"}))
    assert not _written_rounded(frozenset({"14", "16"}), frozenset({"14.1"}))


# -- the offer's part number spelled otherwise than the catalog's ----------------------------------
CHARGERS = [
    ("BV-414", "Belvo BV414TTP wall charger with swivel plug for phones", "Belvo", "", "BV414TTP"),
    ("BV-420", "Belvo BV420TTP wall charger with swivel plug for tablets", "Belvo", "", "BV420TTP"),
    ("RF-200", "Rexon RF200 wall charger with folding plug for phones", "Rexon", "", "RF200"),
    ("RF-300", "Rexon RF300 wall charger with folding plug for tablets", "Rexon", "", "RF300"),
]


def test_a_part_number_without_its_market_ending_names_the_item():
    # The title does not say which charger; "bv414" is the BV414TTP without its ending.
    got = verdict(CHARGERS, name="belvo wall charger with swivel plug", brand="Belvo", mpn="bv414")
    assert (got["match_status"], got["catalog_sku"]) == ("auto", "BV-414"), seen(got)
    assert "MPN bv414 as BV414TTP" in got["match_reason"]


def test_without_the_part_number_the_title_does_not_say_which_charger():
    got = verdict(CHARGERS, name="belvo wall charger with swivel plug", brand="Belvo")
    assert got["match_status"] != "auto", seen(got)


def test_the_makers_letters_before_the_catalogs_number_are_the_same_number():
    # "rx-bv420ttp": the catalog's BV420TTP behind a distributor's letters.
    got = verdict(CHARGERS, name="belvo wall charger with swivel plug", brand="Belvo", mpn="rx-bv420ttp")
    assert (got["match_status"], got["catalog_sku"]) == ("auto", "BV-420"), seen(got)


def test_one_letter_more_than_the_catalogs_number_is_a_sibling():
    # "rf200x" may be the RF200's sibling the catalog does not carry, not the RF200.
    got = verdict(CHARGERS, name="rexon wall charger with folding plug", brand="Rexon", mpn="rf200x")
    assert got["match_status"] != "auto", seen(got)


def test_a_number_before_a_series_code_is_one_model_of_the_series():
    # "32lh50" is the 32-inch model of the LH50 series, not the catalog's series item.
    catalog = [("LH-50", "Vexo LH50 series LED HDTV with USB media player", "Vexo", "", ""),
               ("LH-60", "Vexo LH60 series LED HDTV with USB media player", "Vexo", "", "")]
    got = verdict(catalog, name="vexo led hdtv with usb media player", brand="Vexo", mpn="32lh50")
    assert got["match_status"] != "auto", seen(got)


def test_a_number_that_lost_its_leading_zeros_is_the_same_number():
    # A spreadsheet's number cell drops the zeros a maker's all-digit number opens with.
    catalog = [("AV-5389", "Avery postcards for laser printers 4 x 6 white 100 cards", "Avery", "", "05389"),
               ("AV-5388", "Avery postcards for inkjet printers 4 x 6 white 100 cards", "Avery", "", "05388")]
    got = verdict(catalog, name="avery postcards for laser printers 4 x 6 white", brand="Avery", mpn="5389")
    assert "is not" not in got["match_reason"] and got["catalog_sku"] == "AV-5389", seen(got)
    got = verdict(catalog, name="avery postcards for laser printers 4 x 6 white", brand="Avery", mpn="5387")
    assert got["match_status"] != "auto", seen(got)
