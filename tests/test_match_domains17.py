"""A Ukrainian car store, a Russian nail shop and a Polish bicycle shop
(samples/matching/domains_dev17): a variant word of the item's own brand ("Kodi Professional", "TNL
Professional") is the maker's name and no Professional model an offer writing the brand short ("KODI",
"TNL") leaves out; a colour in Czech or Slovak ("bílé" for the "czarne" pedals), a chain's length in
links ("120og." for "114 ogniw", "116 článků", "126 Glieder"), a cassette's range of teeth however
written ("11-30 zubů" = "11-30 Zähne" = "11-30T") and a bicycle tyre's bead (folding "zwijana" /
"Faltreifen" / "kevlar", wire "drutowa" / "Drahtreifen" / "drát") tell products apart; a bicycle
tyre's "700x25C" is a size many tyres share, not a maker's code; a number sign glued to its number
("№60") is the number, as "№ 60" is."""
from __future__ import annotations

from tests.test_match_domains import _match_branded, match_apart, auto_verdict as _verdict, name_tokens as _tokens


NAILS = [("K8", "Гель-лак Kodi Professional 8 мл № 70 BR", "Kodi Professional"),
         ("K12", "Гель-лак Kodi Professional 12 мл № 40 CN", "Kodi Professional"),
         ("KB", "База каучуковая Kodi Professional Rubber Base 8 мл", "Kodi Professional"),
         ("RB", "База каучуковая Runail Professional Rubber Base 10 мл", "Runail Professional"),
         ("RT", "Топ Runail Professional Top Coat без липкого слоя 10 мл", "Runail Professional"),
         ("T12", "Гель-лак TNL 8 Чувств 10 мл № 012", "TNL Professional")]


def test_a_variant_word_of_the_items_brand_is_the_makers_name():
    got = _match_branded(NAILS, ["KODI Гель-лак 8ml №70 BR", "Гель-лак Kodi 40 CN 12 мл", "KODI Rubber Base 8ml",
                                 "Runail Rubber Base 10мл", "KODI Гель-лак 8ml №60 BR", "KODI Rubber Base 35ml"])
    assert [_verdict(got, row) for row in range(4)] == [("K8", "auto"), ("K12", "auto"), ("KB", "auto"),
                                                        ("RB", "auto")]
    for row in (4, 5):  # another shade, another bottle: still told apart
        assert got.loc[row, "match_status"] != "auto", got.loc[row, "match_reason"]


def test_a_brand_the_title_leaves_to_its_column_is_the_maker_where_the_offer_writes_its_other_words():
    got = _match_branded(NAILS, ["TNL гель-лак 8 Чувств №012 10мл", "Гель-лак TNL 8 Чувств №012 10мл"])
    assert [_verdict(got, row) for row in range(2)] == [("T12", "auto"), ("T12", "auto")]


def test_a_number_sign_glued_to_its_number_is_the_number():
    assert "60" in _tokens("KODI Гель-лак 8ml №60 BR") and "60" in _tokens("Гель-лак Kodi 8 мл № 60 BR")
    got = _match_branded(NAILS, ["KODI Гель-лак 8ml №60 BR", "KODI Гель-лак 8ml №70 BR"])
    assert got.loc[0, "match_status"] != "auto" and "number 60 vs 70" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("K8", "auto")


PARTS = [("PB", "Pedały Shimano PD-R550 SPD-SL czarne"), ("CH", "Łańcuch SRAM PC-1110 11s 114 ogniw"),
         ("C30", "Kaseta Shimano 105 CS-R7000 11s 11-30T"), ("C28", "Kaseta Shimano 105 CS-R7000 11s 11-28T"),
         ("GW", "Opona Continental Gatorskin 700x25C drutowa"),
         ("GP", "Opona Continental Grand Prix 5000 700x25C zwijana")]


def test_a_colour_in_czech_or_slovak_tells_pedals_apart():
    got = match_apart(PARTS, ["Pedály Shimano PD-R550 SPD-SL bílé", "Pedály Shimano PD-R550 SPD-SL černé",
                              "Pedále Shimano PD-R550 SPD-SL biele"])
    assert got.loc[0, "match_status"] != "auto" and "colour" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("PB", "auto")
    assert got.loc[2, "match_status"] != "auto"


def test_a_chains_links_are_a_measure_in_every_language():
    assert "114lk" in _tokens("Łańcuch SRAM PC-1110 11s 114 ogniw")
    assert "120lk" in _tokens("Łańcuch 11rz. SRAM PC-1110 120og.")
    assert "116lk" in _tokens("Řetěz Shimano CN-HG701 11 rychlostí 116 článků")
    assert "126lk" in _tokens("Shimano Kette CN-M8100 12-fach 126 Glieder")
    assert "126lk" in _tokens("SRAM GX Eagle 12-Speed Chain 126 Links")
    got = match_apart(PARTS, ["Łańcuch 11rz. SRAM PC-1110 120og.", "SRAM Kette PC-1110 11-fach 114 Glieder"])
    assert got.loc[0, "match_status"] != "auto" and "chain links 120lk vs 114lk" in got.loc[0, "match_reason"]
    assert got.loc[1, "catalog_sku"] == "CH"


def test_a_cassettes_range_of_teeth_is_one_token_however_written():
    for name in ("Kazeta Shimano 105 CS-R7000 11-30 zubů", "Shimano Kassette CS-R7000 11-30 Zähne",
                 "Shimano 105 R7000 11 Speed Cassette 11-30T", "Kaseta 11-30 zębów"):
        assert "1130t" in _tokens(name), name
    assert "1130" in _tokens("KASETA SHIMANO 105 CS-R7000 11RZ 11-30")  # a bare range says no teeth
    got = match_apart(PARTS, ["Kazeta Shimano 105 CS-R7000 11-30 zubů 11 rychl.",
                              "Kazeta Shimano 105 CS-R7000 11-32 zubů 11 rychl."])
    assert _verdict(got, 0) == ("C30", "auto")
    assert got.loc[1, "match_status"] != "auto"


def test_a_bicycle_tyres_bead_tells_the_folding_tyre_from_the_wire_one():
    got = match_apart(PARTS, ["OPONA CONTINENTAL GATORSKIN 700X25C ZWIJANA", "Plášť Continental Gatorskin 700x25C drát",
                              "Continental Gatorskin Faltreifen 25-622 700x25C",
                              "Continental Grand Prix 5000 Faltreifen 25-622 700x25C schwarz",
                              "Plášť Continental Grand Prix 5000 700x25C kevlar"])
    assert got.loc[0, "match_status"] != "auto" and "bead folding vs wire" in got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("GW", "auto")
    # the size a folding Gatorskin shares with the Grand Prix is no maker's code naming the Grand Prix
    assert got.loc[2, "match_status"] != "auto"
    assert got.loc[3, "catalog_sku"] == "GP" and got.loc[4, "catalog_sku"] == "GP"
