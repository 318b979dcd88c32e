"""Words an item writes right after its maker's name that every item of the maker writing the line's next word
writes too ("L'Oréal Professionnel Serie Expert Absolut Repair", "Matrix Total Results So Silver") are the
maker's range, which offers leave out ("L'Oreal Professionnel Absolut Repair"): not a line of its own the
catalog lacks. Before a shade's number alone, or naming the car a part is made for ("Nika Renault Duster"),
they still tell another product. The shops' own catalogs (samples/matching)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from pricesync.match import match_offers
from pricesync.match.config import MatchingConfig

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "matching"


def _match(shop: str, names: list[str]) -> pd.DataFrame:
    catalog = pd.read_csv(SAMPLES / shop / "catalog.csv", dtype=str, keep_default_na=False)
    offers = pd.DataFrame({"supplier": [f"s{i}" for i in range(len(names))],
                           "supplier_sku": [str(i) for i in range(len(names))], "name": names})
    return match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))


def _verdicts(got: pd.DataFrame) -> list[tuple[str, str]]:
    return [(s if st == "auto" else "", st) for s, st in zip(got["catalog_sku"], got["match_status"])]


def test_the_makers_range_left_out_names_the_line():
    got = _match("domains_dev32/haircare_ua", [
        "Маска L'Oreal Professionnel Absolut Repair 500 мл для пошкодженого волосся",
        "Шампунь Matrix So Silver для нейтрализации желтизны 300 мл",
        "Schwarzkopf Professional Fibre Force Fortifying Shampoo 250ml"])
    assert _verdicts(got) == [("HC-10", "auto"), ("HC-14", "auto"), ("HC-30", "auto")], got["match_reason"].tolist()


def test_the_car_a_part_is_made_for_is_no_makers_range():
    # Nika's covers for the Duster of 2010-2017 and of 2018 on: a short line's "18-" is read by neither.
    got = _match("domains_dev52/seatcovers_ua", ["ЧОХЛ NIKA DUSTER 18- ЕК/Ш Ч/СІР"])
    assert got.loc[0, "match_status"] != "auto", got.loc[0, "match_reason"]
