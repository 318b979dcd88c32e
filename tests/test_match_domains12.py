"""Matching in the styles of the twelfth development round (samples/matching/domains_dev12): a German
tyre shop with Czech, Austrian, marketplace and Dutch suppliers, a UK perfumery with US, French, Polish
and Ukrainian ones, and a Ukrainian parts shop with Polish, Russian, UK motor-factor and marketplace
ones. A pair or a set of the part is another product than the one piece; the piece still matches."""
from __future__ import annotations

import pandas as pd

from tests.test_match_domains import _offers_of, _verdicts


def _match(catalog: list[tuple[str, str]], names: list[str]) -> pd.DataFrame:
    """Each offer from a supplier of its own: no supplier's list to compare it with."""
    return _offers_of([(f"s{i}", n) for i, n in enumerate(names)], catalog)


def test_a_count_written_after_its_words_and_a_pair_are_read():
    from pricesync.match.names import analyse

    said = {"NGK Spark Plug ZFR6F-11 (Set of 4)": "4", "Nivea Creme Tin 150ml Pack of 3": "3",
            "Диски гальмівні задні ATE 24.0110-0224.1 пара": "2", "Диски тормозные задние пара": "2",
            "Amortyzatory tył para": "2"}
    names = analyse(list(said))
    for text, count in said.items():
        assert names[text].attrs.units.get("pcs") == {count}, text
    # a set's own name is no count ("Gift Set of Dior"), nor a number that goes on ("set of 4.5")
    assert "pcs" not in analyse(["Dior Sauvage gift set of three"])["Dior Sauvage gift set of three"].attrs.units


def test_a_pair_or_a_set_of_the_part_is_not_the_one_piece():
    catalog = [("D1", "Диск гальмівний задній ATE 24.0110-0224.1"),
               ("P1", "Свічка запалювання NGK ZFR6F-11")]
    got = _match(catalog, ["Диски гальмівні задні ATE 24.0110-0224.1 пара",
                           "NGK Spark Plug ZFR6F-11 (Set of 4)",
                           "Диск гальмівний задній ATE 24.0110-0224.1 (1 шт)",
                           "NGK Spark Plug ZFR6F-11"])
    assert all(st != "auto" for st in got["match_status"][:2])
    assert all("pack" in reason for reason in got["match_reason"][:2])
    assert _verdicts(got)[2:] == [("D1", "auto"), ("P1", "auto")]
