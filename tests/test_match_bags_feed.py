"""A real seller's feed naming each suitcase in Ukrainian and in Russian (../shared/data/lists,
epicentr_feed.xml): light blue is a colour of its own beside blue ("голубой" / "блакитна" beside
"синий" / "синя"), and a size letter inside an article ("33703-M-Black") is the medium suitcase,
not 33703 metres."""
from __future__ import annotations

from conftest import real_list_autos
from pricesync.match.reading.names import analyse
from pricesync.match.reading.units import canonical_units


def _colour(name: str) -> frozenset[str]:
    return analyse([name])[name].attrs.words.get("colour", frozenset())


def test_light_blue_is_a_colour_of_its_own():
    assert _colour("Чемодан Madisson 44603 средний 65л голубой") == {"lightblue"}
    assert _colour("Валіза Madisson 44603 середня 65л блакитна") == {"lightblue"}
    assert _colour("Валіза Madisson 44603 середня 65л синя") == {"blue"}
    assert _colour("Чемодан Madisson 44603 средний 65л синий") == {"blue"}
    assert _colour("Etui błękitne") == {"lightblue"} and _colour("Etui niebieskie") == {"blue"}


def test_a_size_letter_inside_an_article_is_no_length():
    assert "33703000mm" not in canonical_units("валіза snowball 33703 (33703-m-black)")
    assert "5000mm" in canonical_units("кабель 5-m") and "15000mm" in canonical_units("шланг 15 м/п")


def test_the_feeds_two_languages_match_by_the_feeds_own_ids():
    """The Russian names (their article left out) against the Ukrainian ones (bench_match's
    ``bags_feed_ua``): every automatic match right, nearly all found (at first contact 0.994 /
    0.869: a "голубой" suitcase matched to the "синя" one of its size)."""
    auto, truth = real_list_autos("load_bags_feed_ua")
    assert [(sku, t) for sku, t in auto if sku not in t] == []
    assert len(auto) / len(truth) >= 0.95
