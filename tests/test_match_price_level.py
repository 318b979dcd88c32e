"""A supplier's prices tell a pack from a piece (pricesync/match/price_level.py)."""
from __future__ import annotations

import pandas as pd

from pricesync.match import match_offers
from pricesync.match.config import MatchingConfig

PARTS = [(f"P{i:02d}", f"Bosch brake disc {code}", price) for i, (code, price) in enumerate([
    ("0986479A01", 1980), ("0986479B02", 1290), ("0986479C03", 990), ("0986479D04", 1240), ("0986479E05", 310),
    ("0986479F06", 540), ("0986479G07", 690), ("0986479H08", 165), ("0986479J09", 2450), ("0986479K10", 640),
    ("0986479L11", 520), ("0986479M12", 890)])]


def _run(offers: list[tuple[str, str, str, float, str]]) -> pd.DataFrame:
    catalog = pd.DataFrame({"sku": [s for s, _, _ in PARTS], "name": [n for _, n, _ in PARTS],
                            "price": [p for _, _, p in PARTS]})
    frame = pd.DataFrame(offers, columns=["supplier", "supplier_sku", "name", "cost", "currency"])
    return match_offers(frame, catalog, config=MatchingConfig(scorer="rules"))


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
