"""A Russian clutch shop, a Polish men's grooming shop and a Romanian agricultural tyre shop
(samples/matching/domains_dev64): the Romanian "pereche" is a pair, two tyres, as the Russian "пара" is; an
English "Gift Box" is the boxed set, not the bottle alone; a beard oil said as the German compound "Bartöl" or the
Polish "olejek" is not the line's beard balm ("Bartbalsam", "balsam")."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart

AGRI = [("RT", "Anvelopă agricolă BKT Agrimax RT 765 540/65R28 142A8/139B TL"),
        ("AC", "Anvelopă agricolă Mitas AC 65 540/65R28 142D/145A8 TL")]


def test_a_pair_of_tyres_is_not_one_tyre():
    got = match_apart(AGRI, ["Pereche anvelope BKT Agrimax RT 765 540/65R28 noi",
                             "Anvelopă BKT Agrimax RT 765 540/65R28 nouă, DOT 2025"])
    assert got.loc[0, "match_status"] != "auto"
    assert "2pcs" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("RT", "auto"), got.loc[1, "match_reason"]


OILS = [("ER", "Captain Fawcett Beard Oil Expedition Reserve olejek do brody 50 ml"),
        ("MW", "Captain Fawcett Moustache Wax Original wosk do wąsów 15 ml")]


def test_a_gift_box_is_not_the_bottle():
    got = match_apart(OILS, ["Captain Fawcett Expedition Reserve Beard Oil 50ml Gift Box with Comb",
                             "Captain Fawcett - Beard Oil Expedition Reserve, 50 ml"])
    assert got.loc[0, "match_status"] != "auto"
    assert "kit" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("ER", "auto"), got.loc[1, "match_reason"]


BEARD = [("BO", "Mr Bear Family Beard Brew Woodland olejek do brody 60 ml"),
         ("BB", "Mr Bear Family Beard Balm Woodland balsam do brody 60 ml"),
         ("PB", "Pan Drwal Balsam do brody Bezzapachowy 50 ml")]


def test_a_beard_oil_is_not_the_beard_balm():
    got = match_apart(BEARD, ["Pan Drwal Bartöl Bezzapachowy (duftfrei) 50 ml",
                              "Mr Bear Family Bartbalsam Woodland 60 ml",
                              "Mr Bear Family Bartöl Woodland 60 ml"])
    assert got.loc[0, "match_status"] != "auto"
    assert "oil vs balm" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    # the balm and the oil of one line and size: neither is sent to the other kind
    assert got.loc[1, "catalog_sku"] == "BB" and _verdict(got, 1)[0] != "BO", got.loc[1, "match_reason"]
    assert _verdict(got, 2)[0] != "BB", got.loc[2, "match_reason"]


def test_olejek_and_balsam_are_two_kinds():
    from pricesync.match.reading.names import analyse

    got = analyse(["Pan Drwal Olejek do brody Bezzapachowy 30 ml", "Pan Drwal Balsam do brody Bezzapachowy 50 ml",
                   "Beardburys Bartbalsam 50 ml"])
    assert got["Pan Drwal Olejek do brody Bezzapachowy 30 ml"].attrs.words["type"] == {"oil"}
    assert got["Pan Drwal Balsam do brody Bezzapachowy 50 ml"].attrs.words["type"] == {"balm"}
    assert got["Beardburys Bartbalsam 50 ml"].attrs.words["type"] == {"balm"}
