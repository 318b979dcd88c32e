"""A Russian motor-oil shop, a Ukrainian baby-care shop and a Moldovan tyre shop (samples/matching/domains_dev54):
an item named by the plant it is made with is scented unsaid, so an offer of its unscented version ("Олійка ...
Календула без запаху" for the "Олійка ... Календула") is another product, while an unscented offer of an item
naming no plant stays the item; a Moldovan seller's "noua" / "noi" after a tyre's size is a word of the sale, no
mark of a version; "cu ţepi" says a studded tyre; a price list's "КР" is a cream and "П/ПІДГ" what it is for."""
from __future__ import annotations

from tests.test_match_domains import auto_verdict as _verdict, match_apart

OILS = [("CO", "Олійка для немовлят Weleda Календула 200 мл"),
        ("JO", "Олійка дитяча Johnson's Baby 200 мл"),
        ("NC", "Крем під підгузок Weleda Календула 75 мл")]


def test_the_unscented_version_of_an_item_named_by_its_plant_is_another_product():
    got = match_apart(OILS, ["Олійка для немовлят Weleda Календула без запаху 200 мл",
                             "Олійка для немовлят Weleda Календула 200 мл"])
    assert got.loc[0, "match_status"] != "auto"
    assert "scent unscented vs scented" in got.loc[0, "match_reason"], got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("CO", "auto"), got.loc[1, "match_reason"]


def test_an_unscented_offer_of_an_item_naming_no_plant_is_the_item():
    catalog = [("PM", "CeraVe PM Facial Moisturizing Lotion 3 fl oz"), ("AM", "CeraVe AM Facial Moisturizing Lotion SPF 30 3 fl oz")]
    got = match_apart(catalog, ["CeraVe PM Facial Moisturizing Lotion - Unscented - 3 fl oz"])
    assert "scent" not in got.loc[0, "match_reason"], got.loc[0, "match_reason"]


TYRES = [("P4", "Anvelopă de vară Michelin Primacy 4+ 205/55 R16 91V"),
         ("KR", "Anvelopă de vară Kormoran Road Performance 205/55 R16 91V"),
         ("HK", "Anvelopă de iarnă Nokian Hakkapeliitta 10p 205/55 R16 94T XL cu ţepi")]


def test_a_sellers_new_after_the_size_is_no_mark():
    got = match_apart(TYRES, ["Anvelopa Michelin Primacy 4+ 205/55 R16 91V noua, DOT 2025",
                              "Anvelope Kormoran Road Performance 205/55 R16 91V, DOT 2024, noi"])
    assert _verdict(got, 0) == ("P4", "auto"), got.loc[0, "match_reason"]
    assert _verdict(got, 1) == ("KR", "auto"), got.loc[1, "match_reason"]


def test_cu_tepi_is_studded():
    from pricesync.match.reading.names import analyse

    name = "Anvelopă de iarnă Nokian Hakkapeliitta 10p 205/55 R16 94T XL cu ţepi"
    assert analyse([name])[name].attrs.words["studs"] == {"studded"}
    got = match_apart(TYRES, ["Шина 205/55R16 94T XL Nokian Hakkapeliitta 10p (зима, шип)",
                              "Шина 205/55R16 94T XL Nokian Hakkapeliitta 10p (зима, без шипів)"])
    assert _verdict(got, 0) == ("HK", "auto"), got.loc[0, "match_reason"]
    assert got.loc[1, "match_status"] != "auto"


def test_a_price_lists_cut_cream_and_nappy():
    from tests.test_match_domains import name_tokens

    assert name_tokens("SANOSAN КР П/ПІДГ 100МЛ") == name_tokens("SANOSAN крем під підгузок 100МЛ")
    assert name_tokens("ЭСТЕЛЬ DE LUXE КР-КРАСКА 7/1 60МЛ") == name_tokens("ЭСТЕЛЬ DE LUXE крем-краска 7/1 60МЛ")
    catalog = [("NC", "Крем під підгузок Sanosan 100 мл"), ("FB", "Крем для обличчя та тіла Sanosan 100 мл"),
               ("SH", "Шампунь дитячий Sanosan 200 мл")]
    got = match_apart(catalog, ["SANOSAN КР П/ПІДГ 100МЛ"])
    assert _verdict(got, 0) == ("NC", "auto"), got.loc[0, "match_reason"]
