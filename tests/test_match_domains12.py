"""Matching in the styles of the twelfth development round (samples/matching/domains_dev12): a German
tyre shop with Czech, Austrian, marketplace and Dutch suppliers, a UK perfumery with US, French, Polish
and Ukrainian ones, and a Ukrainian parts shop with Polish, Russian, UK motor-factor and marketplace
ones. A pair or a set of the part is another product than the one piece; the piece still matches."""
from __future__ import annotations

import pandas as pd

from tests.test_match_domains import _verdicts
from tests.test_match_domains import match_apart as _match


def test_a_count_written_after_its_words_and_a_pair_are_read():
    from pricesync.match.reading.names import analyse

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


def test_a_vag_part_number_written_in_groups_is_one_number_with_its_version_letters():
    from pricesync.match.reading.names import analyse

    said = {"Фільтр масляний VAG 03C 115 561 H": "03c115561h", "Фильтр VAG 03C 115 561H": "03c115561h",
            "Колодки гальмівні передні VAG 5K0 698 151": "5k0698151", "Диск 1K0 615 301 AA": "1k0615301aa"}
    names = analyse([*said, "VARTA Blue Dynamic E11 574 012 068 74Ah", "Bosch 0 986 494 104"])
    for text, code in said.items():
        assert code in names[text].codes, text
    assert "e11574012" not in names["VARTA Blue Dynamic E11 574 012 068 74Ah"].codes  # four groups: no VAG number
    assert "0986494104" in names["Bosch 0 986 494 104"].codes


def test_a_vag_number_of_another_version_letter_is_another_part():
    catalog = [("F1", "Фільтр масляний VAG 03C 115 561 H"), ("P1", "Колодки гальмівні передні VAG 5K0 698 151")]
    got = _match(catalog, ["Фільтр масляний VAG 03C 115 561 D", "Фільтр масляний VAG 03C 115 561 H",
                           "Genuine VW Front Brake Pads 5K0 698 151"])
    assert got["match_status"][0] != "auto"
    assert _verdicts(got)[1:] == [("F1", "auto"), ("P1", "auto")]


PERFUME = [("P1", "Gucci Bloom Eau de Parfum 50ml"), ("P2", "Calvin Klein CK One Eau de Toilette 200ml"),
           ("P3", "Azzaro Wanted Eau de Parfum 100ml"), ("P4", "Giorgio Armani Acqua di Giò Eau de Parfum 75ml")]


def test_words_between_a_scents_line_and_its_concentration_are_a_flanker():
    """A fragrance's name says its concentration right after its line: words an offer writes there
    name another scent of the line, even where the catalog sells the line in one version."""
    got = _match(PERFUME, ["GUCCI BLOOM PROFUMO DI FIORI EAU DE PARFUM VAPO 50ML",
                           "CK One Gold by Calvin Klein for Unisex 6.7 oz EDT Spray",
                           "Azzaro Wanted by Night парфумована вода 100 мл",
                           "Gucci Bloom парфумована вода 50 мл",
                           "CK One by Calvin Klein for Unisex 200 ml EDT Spray",
                           "AZZARO WANTED EAU DE PARFUM VAPO 100ML",
                           "Acqua di Gio by Giorgio Armani Pour Homme 75 ml EDP Refillable Spray"])
    assert all(st != "auto" for st in got["match_status"][:3])
    assert all("between the line and the kind" in reason for reason in got["match_reason"][:3])
    assert _verdicts(got)[3:] == [("P1", "auto"), ("P2", "auto"), ("P3", "auto"), ("P4", "auto")]


def test_a_lines_evo_is_a_version_of_it():
    catalog = [("T1", "Bridgestone Weather Control A005 EVO 205/55 R16 91V")]
    got = _match(catalog, ["Bridgestone Weather Control A005 205/55 R16 91V Ganzjahresreifen",
                           "Bridgestone Weather Control A005 EVO 205/55 R16 91V Ganzjahresreifen"])
    assert got["match_status"][0] != "auto" and "evo" in got["match_reason"][0]
    assert _verdicts(got)[1:] == [("T1", "auto")]


def test_a_tyres_article_number_is_not_compared_with_its_size():
    """A maker's article in the offer's part-number column ("T432561") says nothing against the
    item's size, which every tyre of that size shares: the name decides."""
    from pricesync.match import match_offers
    from pricesync.match.config import MatchingConfig

    catalog = pd.DataFrame({"sku": ["T1", "T2"], "name": ["Nokian Tyres Snowproof 2 225/45 R17 94V XL",
                                                        "Nokian Tyres Snowproof 2 225/50 R17 98V XL"]})
    offers = pd.DataFrame({"supplier": ["cz", "cz"], "supplier_sku": ["1", "2"], "price": [1, 1],
                           "name": ["Nokian Tyres Snowproof 2 225/45 R17 94V XL",
                                    "Nokian Tyres Snowproof P 225/45 R17 94V XL"],
                           "mpn": ["T432561", "T432999"]})
    got = match_offers(offers, catalog, config=MatchingConfig(scorer="rules"))
    assert _verdicts(got)[0] == ("T1", "auto") and "MPN" not in got["match_reason"][0]
    assert got["match_status"][1] != "auto"


def test_a_word_between_a_tyres_line_and_its_size_names_another_line():
    catalog = [("T1", "Vredestein Ultrac 225/45 R17 94Y XL"), ("T2", "Vredestein Quatrac 195/65 R15 91H")]
    got = _match(catalog, ["Vredestein Ultrac Satin 225/45 R17 94Y XL",
                           "Vredestein Ultrac 225/45 R17 94Y XL", "Vredestein Quatrac 195/65 R15 91H"])
    assert got["match_status"][0] != "auto" and "between the line and the size" in got["match_reason"][0]
    assert _verdicts(got)[1:] == [("T1", "auto"), ("T2", "auto")]
