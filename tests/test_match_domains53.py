"""A Polish wheel-bearing and hub shop, a Croatian drugstore's skin care and a Ukrainian marketplace tyre seller
(samples/matching/domains_dev53): two Latin capitals an offer writes inside the item's line are a version's letters
("Sensibio H2O AR" is not the "Sensibio H2O", though "H2O" is a code both names write: several of the catalog's
items write it, so it names their line, not one product); an item sold on its expiry date or past it is short-dated
stock ("rok do 03/2025", "просрочен (годен до 2025)"); a year written right after the country a tyre was made in is
its year of making ("(РОСІЯ, 2021)" old stock, "(ПОЛЬЩА, 2025)" not); a tyre "на сталевих дисках" is a wheel; the
Slovenian "ZF 15" in capitals is the SPF 15."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart, name_tokens

def _shop(domain: str) -> list[tuple[str, str]]:
    """The round's catalog of one shop, (SKU, name): how near its siblings score decides the readings."""
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "samples" / "matching" / "domains_dev53" / domain / "catalog.csv"
    with path.open(encoding="utf-8") as f:
        return [(r["sku"], r["name"]) for r in csv.DictReader(f)]


def test_two_capitals_inside_the_line_are_a_version():
    got = match_apart(_shop("skincare_hr"), ["Bioderma Sensibio H2O AR micelarna voda 250 ml",
                                             "Bioderma Sensibio H2O micelarna voda 250 ml, više komada"])
    assert got.loc[0, "match_status"] != "auto"
    assert "offer says ar inside the item's name" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("SK-18", "auto"), got.loc[1, "match_reason"]


def test_capitals_of_a_name_all_in_capitals_are_no_version():
    from pricesync.match.decision.line_vetoes import _capital_pairs

    assert _capital_pairs("Bioderma Sensibio H2O AR micelarna voda") == {"ar"}
    assert _capital_pairs("BIODERMA SENSIBIO H2O AR 250ML") == frozenset()


CREAMS = [("NI", "Eucerin Hyaluron-Filler noćna krema 50 ml"),
          ("DA", "Eucerin Hyaluron-Filler dnevna krema SPF 30 50 ml")]


def test_an_item_sold_on_its_expiry_date_is_not_the_shops():
    got = match_apart(CREAMS, ["Eucerin Hyaluron-Filler noćna krema 50 ml, rok do 03/2025",
                               "Eucerin Hyaluron-Filler noćna krema 50 ml"])
    assert got.loc[0, "match_status"] != "auto"
    assert "condition short dated" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("NI", "auto"), got.loc[1, "match_reason"]
    assert "condition:short dated" in name_tokens("Клей Sky S+ 5 мл просрочен (годен до 2025)")


TYRES = [("XI", "Шина зимова Michelin X-Ice North 4 205/55 R16 94T XL шип"),
         ("P4", "Шина літня Michelin Primacy 4 205/55 R16 91V"),
         ("EC", "Шина літня Continental EcoContact 6 195/65 R15 91H")]


def test_a_year_after_the_country_of_making_is_the_tyres_age():
    got = match_apart(TYRES, ["205/55R16 94T XL MICHELIN X-ICE NORTH 4 ШИП (РОСІЯ, 2021)",
                              "205/55R16 91V MICHELIN PRIMACY 4 (ПОЛЬЩА, 2025)"])
    assert got.loc[0, "match_status"] != "auto"
    assert "condition old stock" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("P4", "auto"), got.loc[1, "match_reason"]


def test_a_tyre_on_steel_rims_is_a_wheel():
    got = match_apart(TYRES, ["Колеса Continental EcoContact 6 195/65 R15 на сталевих дисках 5x112"])
    assert got.loc[0, "match_status"] != "auto"
    assert "package mounted" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]


def test_the_slovenian_protection_factor():
    assert "spf15" in name_tokens("Nivea Q10 Power dnevna krema proti gubam ZF 15, 50 ml")
    assert "spf15" not in name_tokens("SPOJKA ZF 15 KOMPLET")
