"""A close rival of another line in an English name: the offer says a word the best and it
share and the rival lacks, so its silence on what tells the best from the rival (a screen
size, a shade number) does not make it unsure - a colour, a platform or a year still does."""
from __future__ import annotations

from pricesync.match import match_offers
from tests.test_match import catalog_frame, offers_frame

# (sku, name, brand, ean, article): a film for a tablet beside the same film for a player, and
# other makers' goods that make the words rare.
FILMS = [
    ("NV-97", "Clarvo natural view screen protector for iPad 9.7", "Clarvo", "", ""),
    ("NV-T4", "Clarvo natural view screen protector for iPod touch", "Clarvo", "", ""),
    ("MS-1", "Dravon wireless optical mouse", "Dravon", "", ""),
    ("KB-1", "Dravon compact usb keyboard", "Dravon", "", ""),
    ("HS-1", "Lumaro stereo headset with microphone", "Lumaro", "", ""),
    ("SP-2", "Lumaro portable bluetooth speaker", "Lumaro", "", ""),
    ("CB-3", "Dravon usb charging cable 3 ft", "Dravon", "", ""),
    ("PB-5", "Lumaro power bank 5000 mah", "Lumaro", "", ""),
    ("WC-1", "Dravon hd webcam with microphone", "Dravon", "", ""),
    ("TS-2", "Lumaro tablet stand aluminium", "Lumaro", "", ""),
]


def verdict(catalog, **offer) -> dict:
    return match_offers(offers_frame([offer]), catalog_frame(catalog)).iloc[0].to_dict()


def seen(got: dict) -> tuple:
    return got["match_status"], got["catalog_sku"], got["match_reason"]


def test_an_offer_naming_the_line_is_not_unsure_of_a_size_only_its_item_states():
    # "for ipad": the iPad film, though the title leaves out its 9.7.
    got = verdict(FILMS, name="clarvo natural view screen protector for ipad", brand="Clarvo")
    assert (got["match_status"], got["catalog_sku"]) == ("auto", "NV-97"), seen(got)


def test_a_year_still_tells_an_edition_from_another_lines():
    # The rival, a video editor, is another line by its words, but the offer does not say the
    # best's year: another edition of the photo editor may be the one offered.
    catalog = [("PE-2008", "Clarvo Studio Photo Editor 2008", "Clarvo", "", ""),
               ("VE-1", "Clarvo Studio Video Editor", "Clarvo", "", ""),
               *FILMS[2:]]
    got = verdict(catalog, name="clarvo studio photo editor", brand="Clarvo")
    assert got["match_status"] != "auto", seen(got)


def test_the_silence_check_is_unchanged_for_a_rival_of_the_same_line():
    # Both films are for the iPad: the offer does not say which size it is.
    catalog = [("NV-97", "Clarvo natural view screen protector for iPad 9.7", "Clarvo", "", ""),
               ("NV-11", "Clarvo natural view screen protector for iPad 11", "Clarvo", "", ""),
               *FILMS[2:]]
    got = verdict(catalog, name="clarvo natural view screen protector for ipad", brand="Clarvo")
    assert got["match_status"] != "auto", seen(got)
