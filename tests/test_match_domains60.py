"""A Russian timing-and-drive parts shop, a Ukrainian Korean-cosmetics shop and a Polish truck and bus tyre shop
(samples/matching/domains_dev60): a supplier's sibling that is the offer with the item's code-like word added
("KMAX S GEN-2" beside "KMAX S") names the item, so the plain offer is another product; an offer silent on what
only the best states (a truck tyre's axle role) but saying a Latin word of the best's the rival lacks (the line's
"Z" of "X Multi Z") is told from that rival by its own word; a truck tyre's axle role in English and German
("steer", "Lenkachse"); a timing chain's kit and a timing "ремкомплект" are the kit."""
from __future__ import annotations

import csv
from pathlib import Path

from tests.test_match_domains import _match, _offers_of, auto_verdict as _verdict, match_apart, name_tokens

ROUND = Path(__file__).resolve().parent.parent / "samples" / "matching" / "domains_dev60"


def _catalog(shop: str) -> list[tuple[str, str]]:
    with open(ROUND / shop / "catalog.csv", encoding="utf-8") as f:
        return [(r["sku"], r["name"]) for r in csv.DictReader(f)]


# The truck tyre shop's catalog (a line's letter tells the axle only among enough items to be rare).
TRUCK = _catalog("trucktyres_pl")


def test_the_plain_line_beside_its_generation_on_one_list_is_not_the_item():
    got = _offers_of([("w", "315/80R22.5 156/150L GOODYEAR KMAX S GEN-2 TL"),
                      ("w", "315/80R22.5 156/150L GOODYEAR KMAX S TL")], TRUCK)
    assert got.loc[1, "match_status"] != "auto"
    assert "which says gen2 as the item does" in got.loc[1, "match_reason"], got.loc[1, "match_reason"]


def test_the_plain_line_alone_is_not_held_for_a_sibling():
    got = _offers_of([("w", "315/80R22.5 156/150L GOODYEAR KMAX S TL")], TRUCK)
    assert "the supplier also offers" not in got.loc[0, "match_reason"], got.loc[0, "match_reason"]


def test_the_lines_letter_tells_the_axle_the_offer_does_not_name():
    got = match_apart(TRUCK, ["315/80R22.5 156/150L MICHELIN X MULTI D TL",
                              "385/65R22.5 160K MICHELIN X MULTI T TL",
                              "315/80R22.5 156/150L MICHELIN X MULTI TL"])
    assert _verdict(got, 0) == ("TT-02", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("TT-04", "auto"), got.loc[1, "match_reason"]
    assert got.loc[2, "match_status"] != "auto"  # no letter, no axle: which one?


def test_an_axle_role_in_english_and_german():
    assert "axle role:steer" in name_tokens("315/80R22.5 CONTINENTAL HYBRID HS3 156/150L steer")
    assert "axle role:trailer" in name_tokens("385/65R22.5 MICHELIN X MULTI T 160K trailer")
    assert "axle role:steer" in name_tokens("Michelin X Multi Z 315/80 R22.5 156/150L Lenkachse LKW-Reifen")
    assert "axle role:drive" in name_tokens("Matador D HR4 315/80 R22.5 156/150L Antriebsachse")
    assert "axle role:trailer" in name_tokens("Pirelli ST:01 Neverending 385/65 R22.5 160K Auflieger")
    # a line's name, not the drive axle
    assert not any(t.startswith("axle role") for t in name_tokens("Cordiant Winter Drive 2 SUV 215/65R16 102T"))


def test_an_english_steer_line_finds_the_steer_tyre():
    got = match_apart(TRUCK, ["315/80R22.5 CONTINENTAL HYBRID HS3 156/150L steer"])
    assert _verdict(got, 0) == ("TT-07", "auto"), got.loc[0, "match_reason"]


KITS = [("K1", "Комплект ремня ГРМ ContiTech CT1139K1 Audi/VW 2.0 TDI CR"),
        ("C1", "Комплект цепи ГРМ INA 559 0089 10 BMW 2.0d N47"),
        ("B1", "Ремень ГРМ ContiTech CT1028 VW/Skoda 1.4/1.6 16V")]


def test_a_timing_chain_kit_and_a_timing_repair_kit_are_the_kit():
    assert "package:kit" in name_tokens("Комплект цепи ГРМ INA 559 0089 10 BMW 2.0d N47")
    assert "package:kit" in name_tokens("Комплект ланцюга ГРМ INA 559 0089 10 BMW N47 2.0d")
    assert "package:kit" in name_tokens("CONTITECH CT1139K1 Ремкомплект ГРМ")
    assert "package:repair kit" in name_tokens("Ремкомплект суппорта TRW SJ1234")
    got = _match(KITS, ["INA Timing Chain Kit 559 0089 10 BMW 2.0d N47", "CONTITECH CT1139K1 Ремкомплект ГРМ"],
                 mpns=["559 0089 10", "CT1139K1"])
    assert _verdict(got, 0) == ("C1", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("K1", "auto"), got.loc[1, "match_reason"]
