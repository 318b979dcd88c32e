"""Matching in the styles of the ninth development round (samples/matching/domains_dev9): a
Russian and a Polish electronics and appliance shop offered by distributors in capitals, a grey
importer, marketplace titles, KZ/BY distributors, a German B2B feed, an English EU feed and a
Ukrainian importer. Another colour written in Polish, German or Ukrainian is another product;
the same product written another way still matches."""
from __future__ import annotations

import pandas as pd

from tests.test_match_domains import _offers_of, _verdicts


def _match(catalog: list[tuple[str, str]], names: list[str]) -> pd.DataFrame:
    """Each offer from a supplier of its own: no supplier's list to compare it with."""
    return _offers_of([(f"s{i}", n) for i, n in enumerate(names)], catalog)


def test_polish_and_ukrainian_colour_adjectives_are_colours():
    from pricesync.match.names import analyse

    said = {"Słuchawki Czarne": "black", "Lodówka biała": "white", "Czajnik czerwony": "red",
            "Głośnik niebieski": "blue", "Smartfon Granatowy": "navy", "Etui żółte": "yellow",
            "Смартфон блакитний": "blue", "Смартфон синій": "blue", "Moto g84 Viva Magenta": "magenta"}
    names = analyse(list(said))
    for text, colour in said.items():
        assert names[text].attrs.words.get("colour") == {colour}, text


def test_another_colour_of_a_polish_item_is_another_product():
    catalog = [("H1", "Słuchawki Sony WH-1000XM5 Czarne"),
               ("P1", "Smartfon Samsung Galaxy A35 5G 6/128GB Granatowy")]
    got = _match(catalog, ["Sony WH-1000XM5 Kopfhörer Silber",
                           "Смартфон Samsung Galaxy A35 5G 6/128GB блакитний",
                           "Sony WH-1000XM5 Kopfhörer Schwarz"])
    assert [st != "auto" for st in got["match_status"][:2]] == [True, True]
    assert _verdicts(got)[2] == ("H1", "auto")
