"""A supplier's prices tell a pack from a piece (pricesync/match/decision/price_level.py)."""
from __future__ import annotations

import pandas as pd

from pricesync.match import apply_decisions, match_offers
from pricesync.match.config import MatchingConfig
from pricesync.state import State

PARTS = [(f"P{i:02d}", f"Bosch brake disc {code}", price) for i, (code, price) in enumerate([
    ("0986479A01", 1980), ("0986479B02", 1290), ("0986479C03", 990), ("0986479D04", 1240), ("0986479E05", 310),
    ("0986479F06", 540), ("0986479G07", 690), ("0986479H08", 165), ("0986479J09", 2450), ("0986479K10", 640),
    ("0986479L11", 520), ("0986479M12", 890)])]


def _run(offers: list[tuple[str, str, str, float, str]], items=PARTS, state: State | None = None) -> pd.DataFrame:
    catalog = pd.DataFrame({"sku": [s for s, _, _ in items], "name": [n for _, n, _ in items],
                            "price": [p for _, _, p in items]})
    frame = pd.DataFrame(offers, columns=["supplier", "supplier_sku", "name", "cost", "currency"])
    return match_offers(frame, catalog, config=MatchingConfig(scorer="rules"), state=state)


def _listing(supplier: str, ratio: float, currency: str = "GBP", *, skip: int = -1):
    """The supplier's offers of every part at ``ratio`` of the shop's price."""
    return [(supplier, f"{supplier}-{i}", name.upper(), round(price * ratio, 2), currency)
            for i, (_, name, price) in enumerate(PARTS) if i != skip]


def test_a_match_far_off_the_suppliers_ratio_goes_to_review_with_both_prices():
    """Every disc at 1/52 of the shop's price (a supplier in GBP), and one listing of the first
    disc at twice that: the pair, whatever its words; a listing at the ratio stays automatic."""
    offers = _listing("uk", 1 / 52) + [("uk", "uk-pair", "BOSCH BRAKE DISC 0986479A01 (Pair)", round(1980 / 26, 2), "GBP")]
    got = _run(offers)
    pair = got.iloc[-1]
    assert pair["catalog_sku"] == "P00" and pair["match_status"] == "review"
    assert "its cost 76.15 against the item's price 1980 is 2x the ratio" in pair["match_reason"]
    assert (got["match_status"].iloc[:-1] == "auto").all()


def test_a_supplier_whose_prices_keep_no_ratio_says_nothing_by_them():
    """Most matches at one ratio but a quarter of them half-way off it (one retailer's prices
    against another's): a listing 2x off is no outlier of theirs."""
    spread = [1.0] * 9 + [1.5, 0.66, 1.55]
    offers = [("shop", f"s{i}", name.upper(), round(price / 52 * f, 2), "GBP")
              for i, ((_, name, price), f) in enumerate(zip(PARTS, spread))]
    offers.append(("shop", "s-odd", "BOSCH BRAKE DISC 0986479A01", round(1980 / 26, 2), "GBP"))
    got = _run(offers)
    assert (got["match_status"] == "auto").all()


def test_each_supplier_and_currency_keeps_its_own_ratio_and_few_priced_matches_say_nothing():
    """Two suppliers at their own ratios (one in EUR, one in UAH) are each at theirs; a supplier
    with fewer priced matches than the check needs, or an offer without a cost, is left as it is."""
    offers = _listing("eu", 1 / 45, "EUR") + _listing("ua", 0.8, "UAH")
    offers += [("few", f"f{i}", name.upper(), round(price * 2.5 if i == 0 else price, 2), "UAH")
               for i, (_, name, price) in enumerate(PARTS[:5])]
    offers.append(("ua", "ua-nocost", "BOSCH BRAKE DISC 0986479A01", float("nan"), "UAH"))
    got = _run(offers)
    assert (got["match_status"] == "auto").all()


def test_an_operators_decision_stands_whatever_the_prices_say(tmp_path):
    """The pair of the first test, remembered by the operator as the disc: it stays automatic."""
    offers = _listing("uk", 1 / 52) + [("uk", "uk-pair", "BOSCH BRAKE DISC 0986479A01 (Pair)", round(1980 / 26, 2), "GBP")]
    with State(tmp_path / "s.sqlite") as state:
        apply_decisions(pd.DataFrame({"supplier": ["uk"], "supplier_sku": ["uk-pair"], "catalog_sku": ["P00"],
                                      "source_row": [2]}), state)
        pair = _run(offers, state=state).iloc[-1]
    assert (pair["catalog_sku"], pair["match_status"]) == ("P00", "auto")
    assert pair["match_reason"].startswith("remembered decision")


HAIR = [("H1", "Lumina Volume conditioner 200 ml", 12), ("H2", "Lumina Repair shampoo 250 ml", 10),
        ("H3", "Orbis Night cream 50 ml", 30)]


def test_a_supplier_naming_one_item_twice_at_two_costs_sends_both_to_review():
    """Two names at two costs that both find the conditioner: two products, or two prices of one
    - the operator says which; both reasons name the other listing. The same cost under another
    spelling, or the same row twice, is one product listed twice."""
    got = _run([("opt", "a1", "LUMINA VOLUME CONDITIONER 200ML", 6.0, "EUR"),
                ("opt", "a2", "Conditioner Lumina Volume 200 ml for fine hair new formula", 5.2, "EUR"),
                ("opt", "a3", "LUMINA REPAIR SHAMPOO 250ML", 5.0, "EUR"),
                ("opt", "a4", "LUMINA REPAIR SHAMPOO 250ML", 5.0, "EUR"),
                ("opt", "a5", "Lumina Repair shampoo 250 ml", 5.0, "EUR"),
                ("other", "b1", "Lumina Volume Conditioner 200ml", 6.4, "EUR")], items=HAIR)
    assert list(got["catalog_sku"]) == ["H1", "H1", "H2", "H2", "H2", "H1"]
    assert list(got["match_status"]) == ["review", "review", "auto", "auto", "auto", "auto"]
    assert "also lists 'Conditioner Lumina Volume 200 ml for fine hair new formula' at 5.2 (this one at 6)" \
        in got["match_reason"][0]
    assert "also lists 'LUMINA VOLUME CONDITIONER 200ML' at 6 (this one at 5.2)" in got["match_reason"][1]


def test_a_feed_naming_many_items_twice_is_no_supplier_quoting_two_prices():
    """Every item twice, each in two sellers' words at two prices (a shopping feed): its doubles
    say nothing and the matches stay automatic; one more supplier doing so for one item is held."""
    items = [(f"K{i}", f"Lumina {line} conditioner 200 ml", 12 + i) for i, line in enumerate(
        ["Volume", "Repair", "Colour", "Smooth", "Curl", "Shine", "Detox", "Silk", "Argan", "Mint"])]
    feed = [row for i, (_, name, price) in enumerate(items) for row in (
        ("feed", f"f{i}a", name.upper().replace(" ML", "ML"), price / 2, "EUR"),
        ("feed", f"f{i}b", f"Conditioner {name.replace('conditioner ', '')} for all hair types", price / 2 - 0.5, "EUR"))]
    one = [("opt", "o1", items[0][1].upper(), 6.0, "EUR"), ("opt", "o2", f"Conditioner {items[0][1]} for all hair types", 5.5, "EUR")]
    got = _run(feed + one, items=items)
    assert (got["match_status"].iloc[:len(feed)] == "auto").all()
    assert list(got["match_status"].iloc[len(feed):]) == ["review", "review"]


CARE = [("C1", "Lumina Volume conditioner 200 ml", 12.0), ("C2", "Lumina Repair shampoo 250 ml", 10.0),
        ("C3", "Orbis Night cream 50 ml", 30.0), ("C4", "Orbis Day fluid 40 ml", 26.0),
        ("C5", "Vella Hand balm 75 ml", 8.0), ("C6", "Vella Foot cream 100 ml", 9.0)]


def _care(supplier: str, ratio: float, *, first: float = 1.0, first_name: str = ""):
    """The supplier's offers of every care item at ``ratio`` of the shop's price, the first at
    ``first`` times that and under ``first_name`` when given."""
    return [(supplier, f"{supplier}-{i}", first_name if i == 0 and first_name else name,
             round(price * ratio * (first if i == 0 else 1.0), 2), "UAH") for i, (_, name, price) in enumerate(CARE)]


def test_a_match_far_off_what_other_suppliers_agree_on_goes_to_review():
    """Three suppliers at their own ratios agree on what the conditioner costs; a fourth quotes its
    listing at twice its ratio (a twin pack, whatever its words): held, with the others' agreement in
    its reason. One at 1.4x is a supplier's price, and stays."""
    agreeing = _care("a", 30) + _care("b", 33) + _care("c", 0.9)
    got = _run(agreeing + _care("d", 28, first=2.0), items=CARE)
    pack = got[got["supplier"] == "d"].iloc[0]
    assert (pack["catalog_sku"], pack["match_status"]) == ("C1", "review")
    assert "is 2x what 3 other suppliers quote for the item in their usual ratios" in pack["match_reason"]
    assert (got[got["supplier"] != "d"]["match_status"] == "auto").all()
    assert (got[got["supplier"] == "d"]["match_status"].iloc[1:] == "auto").all()
    dearer = _run(agreeing + _care("e", 28, first=1.4), items=CARE)
    assert (dearer["match_status"] == "auto").all()


def test_other_suppliers_must_be_two_and_agree_before_their_prices_tell():
    """One other supplier alone, or others that disagree among themselves (1x and 1.4x), say
    nothing of a listing at twice the ratio: which of them is off is not known."""
    alone = _run(_care("a", 30) + _care("d", 28, first=2.0), items=CARE)
    assert (alone["match_status"] == "auto").all()
    disagreeing = _run(_care("a", 30) + _care("b", 33, first=1.4) + _care("d", 28, first=2.0), items=CARE)
    assert (disagreeing["match_status"] == "auto").all()
