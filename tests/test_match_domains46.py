"""A UA car floor-mat shop, a RU lash and brow supplies shop and a DE bicycle shop (samples/matching/domains_dev46):
"Paar" is a pair; a bicycle tube's ETRTO range with the second rim it fits ("28/47-622/635") is the range on its
first rim; a range of lengths in millimetres ("8-14 мм" = "8-14ММ" = "8-14mm") is one measure, never a part
number; a variant word an item's name writes right after its brand ("Thuya Professional") is the maker's name."""
from __future__ import annotations

from tests.test_match_domains import _match_branded, auto_verdict as _verdict, match_apart, name_tokens


def test_paar_is_a_pair():
    assert "2pcs" in name_tokens("Maxxis Minion DHF 29x2.5 WT EXO MaxxTerra Paar neu")
    catalog = [("DHF", "Maxxis Minion DHF 29x2.50 WT Faltreifen EXO 3C MaxxTerra TR"),
               ("REK", "Maxxis Rekon 29x2.40 WT Faltreifen EXO 3C MaxxTerra TR")]
    got = match_apart(catalog, ["Maxxis Minion DHF 29x2.5 WT EXO MaxxTerra Paar neu"])
    assert got.loc[0, "match_status"] != "auto"
    assert "pack 2pcs" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]


def test_a_tubes_second_rim_is_the_same_size():
    assert "2847622" in name_tokens('Schwalbe Schlauch SV17 28" 28/47-622/635 Sclaverandventil 40 mm')
    assert "1828622" in name_tokens("DĘTKA SCHWALBE SV15 FV 40MM 18/28-622/630")
    assert "2847622" in name_tokens("SCHWALBE SCHLAUCH SV17 28/47-622 SV 40MM")
    assert "37622" in name_tokens("Schwalbe Marathon Plus 37-622 (28x1.40) Drahtreifen")  # a tyre's size as before


def test_a_tube_written_on_its_first_rim_finds_the_item():
    catalog = [("SV40", 'Schwalbe Schlauch SV17 28" 28/47-622/635 Sclaverandventil 40 mm'),
               ("SV60", 'Schwalbe Schlauch SV17 28" 28/47-622/635 Sclaverandventil 60 mm'),
               ("AV40", 'Schwalbe Schlauch AV17 28" 28/47-622/635 Autoventil 40 mm')]
    got = match_apart(catalog, ["SCHWALBE SCHLAUCH SV17 28/47-622 SV 40MM", "SCHWALBE SCHLAUCH AV17 28/47-622 AV 40MM"])
    assert _verdict(got, 0) == ("SV40", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("AV40", "auto"), got.loc[1, "match_reason"]


def test_a_range_of_millimetres_is_one_measure_however_written():
    from pricesync.match.reading.names import analyse

    spellings = ["Ресницы Lovely черные MIX 0.07 C 8-14 мм, 16 линий", "РЕСНИЦЫ LOVELY ЧЕРН MIX 0.07 C 8-14ММ 16Л",
                 "Lovely Black Lashes Mix 0.07 C 8-14mm 16 lines"]
    read = analyse(spellings)
    for name in spellings:
        assert "814mm" in read[name].tokens, read[name].tokens
        assert not read[name].codes, read[name].codes  # no part number every tray of the range would carry


LASHES = [("C", "Ресницы Lovely черные MIX 0.07 C 8-14 мм, 16 линий"),
          ("D", "Ресницы Lovely черные MIX 0.07 D 8-14 мм, 16 линий"),
          ("C10", "Ресницы Lovely черные MIX 0.10 C 8-14 мм, 16 линий")]


def test_a_wholesalers_glued_range_finds_the_tray_and_no_other_curl():
    got = match_apart(LASHES, ["РЕСНИЦЫ LOVELY ЧЕРН MIX 0.07 C 8-14ММ 16Л", "Lovely Black Lashes Mix 0.07 D 8-14mm 16 lines",
                               "РЕСНИЦЫ LOVELY ЧЕРН MIX 0.10 D 8-14ММ 16Л", "РЕСНИЦЫ LOVELY ЧЕРН MIX 0.07 CC 8-14ММ 16Л"])
    assert _verdict(got, 0) == ("C", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("D", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto", got.loc[2, "match_reason"]
    assert got.loc[3, "match_status"] != "auto", got.loc[3, "match_reason"]


def test_a_variant_word_after_the_brand_is_the_makers_name():
    catalog = [("TH", "Краска для бровей и ресниц Thuya Professional светло-коричневая 14 мл", "Thuya"),
               ("RF", "Краска для бровей и ресниц Refectocil 3.1 светло-коричневая 15 мл", "Refectocil")]
    got = _match_branded(catalog, ["Thuya Краска для бровей и ресниц светло-коричневая 14 мл"])
    assert _verdict(got, 0) == ("TH", "auto"), got.loc[0, "match_reason"]


def test_a_variant_word_elsewhere_in_the_name_still_tells_a_version():
    catalog = [("PRO", "Краска для бровей и ресниц Thuya светло-коричневая 14 мл Professional", "Thuya"),
               ("RF", "Краска для бровей и ресниц Refectocil 3.1 светло-коричневая 15 мл", "Refectocil")]
    got = _match_branded(catalog, ["Thuya Краска для бровей и ресниц светло-коричневая 14 мл"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
    assert "variant" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
