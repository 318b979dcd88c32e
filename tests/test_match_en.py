"""English electronics and software titles as retailers write them (Abt, Buy.com, Best Buy,
Newegg, Amazon, Google Shopping): each case is a small catalog of an item and its real
siblings plus one offer, and the verdict a careful person would give.

``"SKU"`` means the offer must be ``auto`` on that SKU; ``NOT_AUTO`` means any status but
``auto``: the offer's product is not in the catalog, or the offer does not say which item it is.
"""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pricesync.match import match_offers
from tests.test_match import catalog_frame, offers_frame

NOT_AUTO = "<not auto>"


def case(case_id: str, catalog: list[tuple[str, str, str]], name: str, expected: str, *, brand: str = "",
         mpn: str = "", xfail: str = ""):
    """One row of the table; ``xfail`` names what the engine gets wrong today."""
    marks = [pytest.mark.xfail(strict=True, reason=f"engine: {xfail}")] if xfail else []
    offer = {"name": name, "brand": brand, "mpn": mpn}
    return pytest.param(catalog, offer, expected, id=case_id, marks=marks)


# -- catalogs: an item with its real siblings (sku, name, brand) ------------------------------
# Abt style: the model code last, after " - ".
SONY_TV = [
    ("KDL46V5100", 'Sony BRAVIA V Series 46" 1080p LCD HDTV - KDL46V5100', "Sony"),
    ("KDL40V5100", 'Sony BRAVIA V Series 40" 1080p LCD HDTV - KDL40V5100', "Sony"),
    ("KDL46V5000", 'Sony BRAVIA V Series 46" 1080p LCD HDTV - KDL46V5000', "Sony"),
]
SONY_TV_WITHOUT_46V5100 = SONY_TV[1:]
SONY_HEADPHONES = [
    ("MDRV55BLK", "Sony MDR-V55/BLK Extra Bass Studio Monitor Headphones - Black", "Sony"),
    ("MDRV55RED", "Sony MDR-V55/RED Extra Bass Studio Monitor Headphones - Red", "Sony"),
    ("MDRV150", "Sony MDR-V150 Studio Monitor Headphones", "Sony"),
]
PANASONIC_PHONES = [
    ("KXTG9332T", "Panasonic DECT 6.0 Plus 2-Line Cordless Phone System with 2 Handsets - KX-TG9332T",
     "Panasonic"),
    ("KXTG9333T", "Panasonic DECT 6.0 Plus 2-Line Cordless Phone System with 3 Handsets - KX-TG9333T",
     "Panasonic"),
    ("KXTG6512B", "Panasonic DECT 6.0 Expandable Cordless Phone with 2 Handsets - KX-TG6512B", "Panasonic"),
]
SAMSUNG_TV = [
    ("UN55DU7100", 'Samsung 55" Class DU7100 Crystal UHD 4K Smart TV - UN55DU7100', "Samsung"),
    ("UN55DU7000", 'Samsung 55" Class DU7000 Crystal UHD 4K Smart TV - UN55DU7000', "Samsung"),
    ("UN65DU7100", 'Samsung 65" Class DU7100 Crystal UHD 4K Smart TV - UN65DU7100', "Samsung"),
]
# A model sold with one hard drive or another: the part number after a dash says which.
DVRS = [
    ("QS4168", "Q-Vision QS416-8 16 Channel DVR with 1TB Hard Drive", "Q-Vision"),
    ("QS4165", "Q-Vision QS416-5 16 Channel DVR with 500GB Hard Drive", "Q-Vision"),
]
# A marketplace catalog whose brand column names the platform, the title the maker.
KINDLE_CASES = [
    ("TL7781", "Tuff-Luv Leather Folio Case for Kindle 3 Black TL7781", "Amazon"),
    ("TL7790", "Tuff-Luv Slim Sleeve for iPad 2 TL7790", "Tuff-Luv"),
    ("D00901", "Kindle 3 Wi-Fi 6 inch E-Reader Graphite D00901", "Amazon"),
]
# A third party's cartridge whose title opens with the original's maker and names its own.
HP_COMPATIBLE = [
    ("INV60B", "HP 60 Black Ink Cartridge compatible by Innovera CC640WN", "Innovera"),
    ("CH561WN", "HP 61 Black Ink Cartridge CH561WN", "HP"),
]
# Office supplies: the catalog states a pack's count as a bare number of what it holds.
INDEX_TABS = [
    ("TAB24", "Westcott 4417 - Repositionable Index Tabs 1 inch 24 tabs pack", "Westcott"),
    ("TAB60", "Westcott 4419 - Repositionable Index Tabs 1 inch 60 tabs pack", "Westcott"),
    ("LBL30", "Westcott 4420 - Removable File Folder Labels 30 sheets", "Westcott"),
]
CANON_ELPH = [
    ("SD1100-SV", "Canon PowerShot SD1100 IS 8.0 MP Digital ELPH Camera - Silver", "Canon"),
    ("SD1100-PK", "Canon PowerShot SD1100 IS 8.0 MP Digital ELPH Camera - Pink", "Canon"),
    ("SD1000", "Canon PowerShot SD1000 7.1 MP Digital ELPH Camera", "Canon"),
]
CANON_ELPH_WITHOUT_SD1100 = [
    ("SD1000", "Canon PowerShot SD1000 7.1 MP Digital ELPH Camera", "Canon"),
    ("SD1200-SV", "Canon PowerShot SD1200 IS 10.0 MP Digital ELPH Camera - Silver", "Canon"),
]
NIKON_D60 = [
    ("D60-BODY", "Nikon D60 10.2 MP Digital SLR Camera (Body Only)", "Nikon"),
    ("D60-KIT", "Nikon D60 10.2 MP Digital SLR Camera with 18-55mm f/3.5-5.6G VR Lens", "Nikon"),
    ("D40-KIT", "Nikon D40 6.1 MP Digital SLR Camera with 18-55mm f/3.5-5.6G ED II Lens", "Nikon"),
]
IPOD_NANO = [
    ("MB598LL", "Apple iPod nano 8GB - Silver (4th Generation) - MB598LL/A", "Apple"),
    ("MB903LL", "Apple iPod nano 16GB - Silver (4th Generation) - MB903LL/A", "Apple"),
    ("MB754LL", "Apple iPod nano 8GB - Black (4th Generation) - MB754LL/A", "Apple"),
]
# Abt style without the generation in the name: the part number tells it.
IPOD_BY_PART_NUMBER = [
    ("MB429LLA", "Apple 16GB iPod nano - Black - MB429LLA", "Apple"),
    ("MB903LLA", "Apple 16GB iPod nano - Silver - MB903LLA", "Apple"),
    ("MA181LLA", "Apple 8GB iPod nano - Black - MA181LLA", "Apple"),
]
HP_TWIN_PACK = [
    ("CH116WN", "HP 62 Black/Tri-color Original Ink Cartridges, 2-Pack - CH116WN", "HP"),
    ("C2P04AN", "HP 62 Black Original Ink Cartridge - C2P04AN", "HP"),
    ("C2P06AN", "HP 62 Tri-color Original Ink Cartridge - C2P06AN", "HP"),
]
VERBATIM_NAS = [
    ("97159", "Verbatim MediaShare 1 TB Home Network Storage - 97159", "Verbatim"),
    ("97160", "Verbatim MediaShare 2 TB Home Network Storage - 97160", "Verbatim"),
    ("KTHMLG4", "Kingston 2 GB DDR2 Server Memory Module - KTH-MLG4/2G", "Kingston"),  # "server" tells editions
]
LOGITECH_HEADSETS = [
    ("F540", "Logitech Wireless Headset F540 with Stereo Game Audio", "Logitech"),
    ("G930", "Logitech G930 Wireless Gaming Headset", "Logitech"),
]
DALITE_SCREENS = [
    ("97991", "Da-Lite 97991 Dual Vision Cosmopolitan Electrol Screen 10 x 14", "Da-Lite"),
    ("73639", "Da-Lite 73639 Deluxe Model B Manual Screen 50 x 67", "Da-Lite"),
]
MUKII_CARDS = [
    ("TIPPU301CB", "Mukii 2-Port USB 3.0 ExpressCard 34 Adapter", "Mukii"),
    ("TIPPU302", "Mukii 4-Port USB 2.0 PCI Card", "Mukii"),
]
CASTROL_OIL = [
    ("C15669A", "Castrol EDGE 5W-30 LL Engine Oil 4 L - 15669A", "Castrol"),
    ("C15665", "Castrol EDGE 0W-30 Engine Oil 4 L - 156E3B", "Castrol"),
]
SANDISK_SD = [
    ("SDU8C10", "SanDisk Ultra 8GB SDHC UHS-I Memory Card Class 10", "SanDisk"),
    ("SDU16C10", "SanDisk Ultra 16GB SDHC UHS-I Memory Card Class 10", "SanDisk"),
    ("SD8C4", "SanDisk 8GB SDHC Memory Card Class 4", "SanDisk"),
]
GARMIN_NUVI = [
    ("NUVI260W", "Garmin nüvi 260W Portable GPS Navigator", "Garmin"),
    ("NUVI260", "Garmin nüvi 260 Portable GPS Navigator", "Garmin"),
    ("NUVI265W", "Garmin nüvi 265W Bluetooth Portable GPS Navigator", "Garmin"),
]
HP_INK = [
    ("HP60BK", "HP 60 Black Original Ink Cartridge (CC640WN)", "HP"),
    ("HP60XLBK", "HP 60XL High Yield Black Original Ink Cartridge (CC641WN)", "HP"),
    ("HP60TRI", "HP 60 Tri-color Original Ink Cartridge (CC643WN)", "HP"),
]
OFFICE_2007 = [
    ("OFF07STD", "Microsoft Office Standard 2007 (PC)", "Microsoft"),
    ("OFF07PRO", "Microsoft Office Professional 2007 (PC)", "Microsoft"),
    ("OFF07HS", "Microsoft Office Home and Student 2007 (PC)", "Microsoft"),
    ("OFF07PROUPG", "Microsoft Office Professional 2007 Upgrade (PC)", "Microsoft"),
]
OFFICE_2003 = [
    ("OFF03STE", "Microsoft Office Student and Teacher Edition 2003", "Microsoft"),
    ("OFF03STD", "Microsoft Office Standard Edition 2003", "Microsoft"),
    ("OFF03PRO", "Microsoft Office Professional Edition 2003", "Microsoft"),
]
VISTA = [
    ("VISTA-HP", "Microsoft Windows Vista Home Premium (Full Version)", "Microsoft"),
    ("VISTA-HB", "Microsoft Windows Vista Home Basic (Full Version)", "Microsoft"),
    ("VISTA-ULT", "Microsoft Windows Vista Ultimate (Full Version)", "Microsoft"),
    ("VISTA-HP-UPG", "Microsoft Windows Vista Home Premium Upgrade", "Microsoft"),
]
ADOBE = [
    ("PSE6-WIN", "Adobe Photoshop Elements 6.0 (Windows)", "Adobe"),
    ("PSE6-MAC", "Adobe Photoshop Elements 6 for Mac", "Adobe"),
    ("PSCS3-WIN", "Adobe Photoshop CS3 (Windows)", "Adobe"),
    ("PSCS3-WIN-UPG", "Adobe Photoshop CS3 Upgrade (Windows)", "Adobe"),
]
QUICKBOOKS = [
    ("QB08-PRO-1U", "Intuit QuickBooks Pro 2008 (1-User)", "Intuit"),
    ("QB08-PRO-3U", "Intuit QuickBooks Pro 2008 (3-User)", "Intuit"),
    ("QB08-PREM", "Intuit QuickBooks Premier 2008", "Intuit"),
    ("QB09-PRO", "Intuit QuickBooks Pro 2009", "Intuit"),
]
TURBOTAX = [
    ("TT08-BASIC", "Intuit TurboTax Basic Federal 2008", "Intuit"),
    ("TT08-DLX", "Intuit TurboTax Deluxe Federal + State 2008", "Intuit"),
    ("TT08-PREM", "Intuit TurboTax Premier Federal + State 2008", "Intuit"),
]
NORTON = [
    ("NAV08-1U", "Symantec Norton AntiVirus 2008 - 1 User", "Symantec"),
    ("NIS08-1U", "Symantec Norton Internet Security 2008 - 1 User", "Symantec"),
    ("N360-V2", "Symantec Norton 360 Version 2.0", "Symantec"),
]
# Accessories sold next to the products they fit.
NANO_CASE = ("F8Z386", "Belkin Silicone Sleeve Case for iPod nano (4th Gen) - Black", "Belkin")
SONY_REMOTE = ("RMYD028", "Sony RM-YD028 Replacement Remote Control for BRAVIA LCD TVs", "Sony")
CANON_BATTERY = ("NB4L", "Canon NB-4L Rechargeable Lithium-Ion Battery Pack", "Canon")
GARMIN_CASE = ("GARMIN-CASE", "Garmin Universal Carrying Case for nüvi 200W/250W/260W Series", "Garmin")

CASES = [
    # -- model codes in other spellings: hyphens, slashes, market suffixes; Abt-style code
    #    last in the catalog, Buy-style code inline in the offer; a sibling differing in one
    #    digit or letter of the code is never taken for the item.
    case("sony-tv-inline-code", SONY_TV, 'Sony BRAVIA KDL-46V5100 46" 1080p 120Hz LCD HDTV', "KDL46V5100"),
    case("sony-tv-code-without-hyphen-lowercase", SONY_TV, "sony bravia kdl46v5100 46 inch lcd tv", "KDL46V5100"),
    case("sony-tv-brand-in-column-only", SONY_TV, '46" BRAVIA V-Series Full HD LCD TV KDL-46V5100', "KDL46V5100",
         brand="Sony"),
    case("sony-tv-sibling-V5000", SONY_TV, "Sony BRAVIA KDL-46V5000 46-Inch 1080p LCD HDTV", "KDL46V5000"),
    case("sony-tv-mpn-only", SONY_TV, 'Sony BRAVIA 46" V Series LCD HDTV', "KDL46V5100", brand="Sony",
         mpn="KDL-46V5100"),
    case("sony-tv-52-not-in-catalog", SONY_TV, 'Sony BRAVIA KDL-52V5100 52" 1080p LCD HDTV', NOT_AUTO),
    case("sony-tv-W-series-not-in-catalog", SONY_TV, 'Sony BRAVIA KDL-46W5100 46" 1080p LCD HDTV', NOT_AUTO),
    case("sony-tv-only-siblings-in-catalog", SONY_TV_WITHOUT_46V5100, 'Sony BRAVIA KDL-46V5100 46" LCD HDTV',
         NOT_AUTO),
    case("sony-headphones-glued-code", SONY_HEADPHONES, "Sony MDRV55BLK Extra Bass Headphones", "MDRV55BLK"),
    case("sony-headphones-colour-word", SONY_HEADPHONES, "Sony MDR-V55 Extra Bass Studio Headphones (Red)",
         "MDRV55RED"),
    case("sony-headphones-colour-not-in-catalog", SONY_HEADPHONES,
         "Sony MDR-V55/WHT Extra Bass Studio Headphones - White", NOT_AUTO),
    case("sony-headphones-colour-unsaid", SONY_HEADPHONES, "Sony MDR-V55 Extra Bass Studio Monitor Headphones",
         NOT_AUTO),
    case("panasonic-3-handsets", PANASONIC_PHONES,
         "Panasonic KX-TG9333T DECT 6.0 Plus 2-Line Cordless Phone with 3 Handsets", "KXTG9333T"),
    case("panasonic-glued-code", PANASONIC_PHONES, "Panasonic KXTG9332T 2-Line Cordless Phone, 2 Handsets",
         "KXTG9332T"),
    case("panasonic-4-handsets-not-in-catalog", PANASONIC_PHONES,
         "Panasonic KX-TG9334T DECT 6.0 Plus 2-Line Cordless Phone with 4 Handsets", NOT_AUTO),
    case("samsung-market-suffix", SAMSUNG_TV,
         "SAMSUNG 55-Inch Class Crystal UHD 4K DU7100 Series HDR Smart TV UN55DU7100FXZA", "UN55DU7100"),
    case("samsung-sibling-with-suffix", SAMSUNG_TV, 'Samsung UN55DU7000FXZA 55" Crystal UHD 4K Smart TV',
         "UN55DU7000"),
    case("samsung-75-not-in-catalog", SAMSUNG_TV, 'Samsung UN75DU7100FXZA 75" Crystal UHD 4K Smart TV', NOT_AUTO),
    case("samsung-du8000-not-in-catalog", SAMSUNG_TV, 'Samsung UN55DU8000FXZA 55" Crystal UHD 4K Smart TV',
         NOT_AUTO),

    # -- cameras: model numbers one digit apart, colours as words, a body is not a kit.
    case("canon-colour-pink", CANON_ELPH, "Canon PowerShot SD1100 IS Digital ELPH 8MP Camera, Pink", "SD1100-PK"),
    case("canon-glued-is-lowercase", CANON_ELPH, "canon powershot sd1100is silver 8.0mp 3x optical zoom",
         "SD1100-SV"),
    case("canon-sd1000", CANON_ELPH, "Canon PowerShot SD1000 7.1MP Digital Elph Camera w/ 3x Optical Zoom",
         "SD1000"),
    case("canon-sd1200-not-in-catalog", CANON_ELPH, "Canon PowerShot SD1200 IS 10.0 MP Digital ELPH - Silver",
         NOT_AUTO),
    case("canon-colour-not-in-catalog", CANON_ELPH, "Canon PowerShot SD1100 IS Digital ELPH Camera - Blue",
         NOT_AUTO),
    case("canon-colour-unsaid", CANON_ELPH, "Canon PowerShot SD1100 IS 8.0 MP Digital Camera", NOT_AUTO),
    case("canon-only-neighbours-in-catalog", CANON_ELPH_WITHOUT_SD1100,
         "Canon PowerShot SD1100 IS 8.0 MP Digital ELPH Camera - Silver", NOT_AUTO),
    case("nikon-kit", NIKON_D60, "Nikon D60 Digital SLR Camera Kit w/ AF-S DX 18-55mm VR Lens", "D60-KIT"),
    case("nikon-body", NIKON_D60, "Nikon D60 10.2MP DSLR Camera Body Only", "D60-BODY"),
    case("nikon-kit-when-only-body-in-catalog", [NIKON_D60[0], NIKON_D60[2]],
         "Nikon D60 10.2MP Digital SLR Camera with 18-55mm VR Lens", NOT_AUTO),
    case("nikon-body-when-only-kit-in-catalog", NIKON_D60[1:], "Nikon D60 10.2MP Digital SLR Camera (Body Only)",
         NOT_AUTO),

    # -- storage and memory: capacity and speed class are variants, never rounded away.
    case("ipod-16gb", IPOD_NANO, "Apple iPod nano 4th Gen 16GB Silver MP3 Player", "MB903LL"),
    case("ipod-8gb-black-word-order", IPOD_NANO, "Apple 8GB iPod nano (Black) 4th Generation", "MB754LL"),
    case("ipod-part-number", IPOD_NANO, "Apple iPod nano 8 GB Silver MB598LL/A", "MB598LL"),
    case("ipod-4gb-not-in-catalog", IPOD_NANO, "Apple iPod nano 4GB Silver (4th Generation)", NOT_AUTO),
    case("ipod-colour-unsaid", IPOD_NANO, "Apple iPod nano 8GB (4th Generation)", NOT_AUTO),
    # A part number only one item carries names its generation and its pack; an offer adding
    # the generation, leaving out the count or writing the code apart is that item.
    case("ipod-generation-the-catalog-leaves-out", IPOD_BY_PART_NUMBER,
         "Apple iPod nano 16GB Black (4th Generation) MB429LL/A", "MB429LLA"),
    case("ipod-part-number-written-apart", IPOD_BY_PART_NUMBER, "apple ma181ll a 8gb ipod nano", "MA181LLA"),
    case("ipod-generation-without-part-number", IPOD_BY_PART_NUMBER, "Apple iPod nano 16GB Black (5th Generation)",
         NOT_AUTO),
    case("ipod-generation-refurbished", IPOD_BY_PART_NUMBER,
         "Apple iPod nano 16GB Black (4th Generation) MB429LL/A - Refurbished", NOT_AUTO),
    case("hp-twin-pack-part-number", HP_TWIN_PACK, "HP CH116WN#140 No. 62 Black/Tri-color Inkjet Cartridge",
         "CH116WN"),
    case("hp-two-of-a-single-cartridge", HP_TWIN_PACK, "HP 62 Black Ink Cartridge 2-Pack C2P04AN", NOT_AUTO),
    # The offer's own part number column names the edition its title adds and the catalog's
    # name leaves out; the same words without it are another edition.
    case("storage-server-part-number-column", VERBATIM_NAS, "Verbatim 1TB MediaShare Home Network Storage Server",
         "97159", mpn="97159"),
    case("storage-server-without-part-number", VERBATIM_NAS, "Verbatim 1TB MediaShare Home Network Storage Server",
         NOT_AUTO),
    # An offer's part number contradicts only an item code of its kind: a distributor's
    # all-digit number is not a lettered model, a count written like a code is no code.
    case("mpn-distributor-number", LOGITECH_HEADSETS, "Logitech F540 Wireless Headset with Stereo Audio", "F540",
         mpn="981-000277"),
    case("mpn-another-model", LOGITECH_HEADSETS, "Logitech Wireless Headset F540", NOT_AUTO, mpn="H600"),
    case("mpn-another-number", DALITE_SCREENS, "Da-Lite Dual Vision Cosmopolitan Electrol Screen 10 x 14", NOT_AUTO,
         mpn="97990"),
    case("mpn-another-letter-suffix", CASTROL_OIL, "Castrol EDGE 5W-30 Engine Oil 4 L", NOT_AUTO, mpn="15669E"),
    case("mpn-against-a-count", MUKII_CARDS, "Mukii 2-Port USB 3.0 ExpressCard 34 Adapter", "TIPPU301CB",
         mpn="TIP-PU301CB"),
    case("sandisk-16gb", SANDISK_SD, "SanDisk Ultra SDHC 16GB Class 10 UHS-I Card", "SDU16C10"),
    case("sandisk-8gb-class4-spaced-unit", SANDISK_SD, "SanDisk 8 GB Class 4 SDHC Flash Memory Card", "SD8C4"),
    case("sandisk-32gb-not-in-catalog", SANDISK_SD, "SanDisk Ultra 32GB SDHC Class 10 Memory Card", NOT_AUTO),
    case("sandisk-16gb-class4-not-in-catalog", SANDISK_SD, "SanDisk 16GB SDHC Memory Card Class 4", NOT_AUTO),

    # -- GPS: "nüvi" written "nuvi"; 260 vs 260W vs 265W are three products.
    case("garmin-u-for-u-umlaut", GARMIN_NUVI, 'Garmin Nuvi 260W 4.3" Widescreen Portable GPS', "NUVI260W"),
    case("garmin-260-no-w", GARMIN_NUVI, "Garmin nuvi 260 3.5-inch Portable GPS Navigator", "NUVI260"),
    case("garmin-uppercase-brand-column", GARMIN_NUVI, "NUVI 265W BLUETOOTH GPS", "NUVI265W", brand="GARMIN"),
    case("garmin-265wt-not-in-catalog", GARMIN_NUVI, 'Garmin nuvi 265WT 4.3" GPS with Traffic', NOT_AUTO),
    case("garmin-255w-not-in-catalog", GARMIN_NUVI, 'Garmin nüvi 255W 4.3" Widescreen Portable GPS Navigator',
         NOT_AUTO),

    # -- printer ink: 60 vs 60XL vs 60 Tri-color; a combo pack is neither cartridge.
    case("hp-60xl-black", HP_INK, "HP 60XL Black Ink Cartridge, High Yield", "HP60XLBK"),
    case("hp-60-tricolor", HP_INK, "HP 60 Tri-Color Inkjet Print Cartridge", "HP60TRI"),
    case("hp-60-black", HP_INK, "HP 60 Black Ink Cartridge", "HP60BK"),
    case("hp-mpn-only", HP_INK, "HP High Yield Black Ink Cartridge", "HP60XLBK", brand="HP", mpn="CC641WN"),
    case("hp-60xl-tricolor-not-in-catalog", HP_INK, "HP 60XL Tri-color High Yield Ink Cartridge (CC644WN)",
         NOT_AUTO),
    case("hp-61-not-in-catalog", HP_INK, "HP 61 Black Ink Cartridge (CH561WN)", NOT_AUTO),
    case("hp-combo-pack", HP_INK, "HP 60 Ink Cartridge Combo Pack, Black/Tri-color", NOT_AUTO),

    # -- a pack count one title writes as "24-count", the other as "24 tabs": the same pack.
    case("count-said-as-bare-number", INDEX_TABS, "Westcott 4417 repositionable index tabs 1 inch 24-count",
         "TAB24"),
    case("count-said-as-pk", INDEX_TABS, "WESTCOTT 4419 REPOSITIONABLE INDEX TABS 1 INCH 60PK", "TAB60"),
    case("count-not-in-catalog", INDEX_TABS, "Westcott repositionable index tabs 1 inch 100-count", NOT_AUTO),
    case("count-silent-catalog-other-number", INDEX_TABS,
         "Westcott 4420 removable file folder labels 30 sheets 12-pack", NOT_AUTO),

    # -- software editions (Amazon vs Google Shopping titles): edition, upgrade vs full,
    #    platform, year and seat count each make another product.
    case("office-pro-full-version", OFFICE_2007, "microsoft office professional 2007 full version", "OFF07PRO"),
    case("office-pro-upgrade", OFFICE_2007, "Microsoft Office Professional 2007 Upgrade", "OFF07PROUPG"),
    case("office-ampersand", OFFICE_2007, "Microsoft Office Home & Student 2007", "OFF07HS"),
    case("office-trademark", OFFICE_2007, "Microsoft® Office Standard 2007 - PC", "OFF07STD"),
    case("office-std-upgrade-not-in-catalog", OFFICE_2007, "Microsoft Office Standard 2007 Upgrade", NOT_AUTO),
    case("office-ultimate-not-in-catalog", OFFICE_2007, "Microsoft Office Ultimate 2007", NOT_AUTO),
    case("office-2003-not-in-catalog", OFFICE_2007, "Microsoft Office Professional Edition 2003", NOT_AUTO),
    case("office-mac-2008-not-in-catalog", OFFICE_2007, "Microsoft Office 2008 for Mac Home & Student Edition",
         NOT_AUTO),
    case("office-student-teacher", OFFICE_2003, "Microsoft Office 2003 Student & Teacher Edition", "OFF03STE"),
    case("office-student-teacher-not-in-catalog", OFFICE_2003[1:],
         "Microsoft Office Student and Teacher Edition 2003", NOT_AUTO),
    case("vista-ultimate-brand-column", VISTA, "Windows Vista Ultimate Full Version DVD", "VISTA-ULT",
         brand="Microsoft"),
    case("vista-home-premium-upgrade", VISTA, "Microsoft Windows Vista Home Premium Upgrade DVD", "VISTA-HP-UPG"),
    case("vista-business-not-in-catalog", VISTA, "Microsoft Windows Vista Business (Full Version)", NOT_AUTO),
    case("vista-ultimate-upgrade-not-in-catalog", VISTA, "Microsoft Windows Vista Ultimate Upgrade", NOT_AUTO),
    case("adobe-mac", ADOBE, "Adobe Photoshop Elements 6 Mac", "PSE6-MAC"),
    case("adobe-windows", ADOBE, "Adobe Photoshop Elements 6.0 for Windows", "PSE6-WIN"),
    case("adobe-upgrade-word-order", ADOBE, "Adobe Photoshop CS3 for Windows Upgrade", "PSCS3-WIN-UPG"),
    case("adobe-elements-7-not-in-catalog", ADOBE, "Adobe Photoshop Elements 7 (Windows)", NOT_AUTO),
    case("adobe-extended-not-in-catalog", ADOBE, "Adobe Photoshop CS3 Extended (Windows)", NOT_AUTO),
    case("adobe-mac-not-in-catalog", ADOBE, "Adobe Photoshop CS3 for Mac", NOT_AUTO),
    case("quickbooks-1-user", QUICKBOOKS, "Intuit QuickBooks Pro 2008 1 User", "QB08-PRO-1U"),
    case("quickbooks-3-user", QUICKBOOKS, "QuickBooks Pro 2008 3-User", "QB08-PRO-3U", brand="Intuit"),
    case("quickbooks-premier", QUICKBOOKS, "QuickBooks Premier 2008", "QB08-PREM", brand="Intuit"),
    case("quickbooks-5-user-not-in-catalog", QUICKBOOKS, "Intuit QuickBooks Pro 2008 5-User", NOT_AUTO),
    case("quickbooks-premier-2009-not-in-catalog", QUICKBOOKS, "Intuit QuickBooks Premier 2009", NOT_AUTO),
    case("turbotax-deluxe", TURBOTAX, "TurboTax Deluxe Federal + State 2008", "TT08-DLX", brand="Intuit"),
    case("turbotax-home-business-not-in-catalog", TURBOTAX, "Intuit TurboTax Home & Business 2008", NOT_AUTO),
    case("norton-trademark-r", NORTON, "Norton(r) Internet Security 2008 1-User", "NIS08-1U", brand="Symantec"),
    case("norton-5-user-not-in-catalog", NORTON, "Symantec Norton AntiVirus 2008 5-User", NOT_AUTO),
    case("norton-2009-not-in-catalog", NORTON, "Symantec Norton AntiVirus™ 2009 - 1 User", NOT_AUTO),

    # -- accessories: an accessory naming the product it fits is not the product; with the
    #    accessory in the catalog, it matches the accessory.
    case("case-when-only-ipods-in-catalog", IPOD_NANO,
         "Belkin Silicone Sleeve Case for iPod nano 4G 8GB/16GB - Black", NOT_AUTO, brand="Belkin"),
    case("case-in-catalog", IPOD_NANO + [NANO_CASE],
         "Belkin Black Silicone Sleeve Case for Apple iPod nano 4th Gen", "F8Z386", brand="Belkin"),
    case("remote-when-only-tvs-in-catalog", SONY_TV, "Replacement Remote Control for Sony BRAVIA KDL-46V5100",
         NOT_AUTO),
    case("remote-in-catalog", SONY_TV + [SONY_REMOTE], "Sony RMYD028 Remote Control for BRAVIA TV", "RMYD028"),
    case("battery-when-only-cameras-in-catalog", CANON_ELPH,
         "Canon NB-4L Lithium-Ion Battery for PowerShot SD1100 IS", NOT_AUTO),
    case("battery-in-catalog", CANON_ELPH + [CANON_BATTERY], "Canon NB-4L battery for PowerShot SD1100", "NB4L",
         xfail="NB-4L is too short a code to identify an item alone: review on the camera"),
    case("charger-for-the-battery-not-in-catalog", CANON_ELPH + [CANON_BATTERY],
         "Canon CB-2LV Battery Charger for NB-4L", NOT_AUTO),
    case("gps-case-when-only-gps-in-catalog", GARMIN_NUVI, "Garmin Carrying Case for nuvi 260W", NOT_AUTO),
    case("gps-case-in-catalog", GARMIN_NUVI + [GARMIN_CASE],
         "Garmin Universal Carrying Case - nuvi 200W 250W 260W Series", "GARMIN-CASE"),

    # -- a brand column naming a platform or a distributor, the title opening with the maker.
    case("maker-opens-title-brand-column-platform", KINDLE_CASES,
         "Tuff-Luv leather folio case for kindle 3 black", "TL7781", brand="Tuff-Luv", mpn="TL7781"),
    case("title-names-its-own-maker-after-another", HP_COMPATIBLE,
         "HP 60 Black Ink Cartridge", NOT_AUTO, brand="HP", mpn="CC640WN"),

    # -- the name writes the model, the offer's own MPN column its full part number.
    case("name-model-begins-own-mpn", DVRS, "q-vision qs416 16-channel digital video recorder", "QS4168",
         brand="Q-Vision", mpn="qs416-8"),
    case("name-model-mpn-of-a-sibling-the-catalog-lacks", DVRS[1:], "q-vision qs416 16-channel digital video recorder",
         NOT_AUTO, brand="Q-Vision", mpn="qs416-8"),

    # -- refurbished / renewed / remanufactured goods are not the new item in the catalog.
    case("refurbished-tv", SONY_TV, 'Sony BRAVIA KDL-46V5100 46" LCD HDTV (Refurbished)', NOT_AUTO),
    case("refurbished-ipod", IPOD_NANO, "Apple iPod nano 8GB Silver (4th Gen) - Refurbished", NOT_AUTO),
    case("renewed-camera", CANON_ELPH, "Canon PowerShot SD1100 IS 8.0 MP Digital ELPH - Pink (Renewed)", NOT_AUTO),
    case("reconditioned-gps", GARMIN_NUVI, "Garmin nuvi 260W Portable GPS - Factory Reconditioned", NOT_AUTO),
    case("certified-refurbished-tv", SAMSUNG_TV, 'Samsung UN55DU7100FXZA 55" Crystal UHD (Certified Refurbished)',
         NOT_AUTO),
    case("remanufactured-ink", HP_INK, "Remanufactured HP 60XL Black Ink Cartridge", NOT_AUTO),
]


def verdict(catalog: list[tuple[str, str, str]], offer: dict) -> dict:
    result = match_offers(offers_frame([offer]), catalog_frame([(s, n, b, "", "") for s, n, b in catalog]))
    return result.iloc[0].to_dict()


@pytest.mark.parametrize("catalog, offer, expected", CASES)
def test_english_titles_match_as_a_person_would(catalog, offer, expected):
    got = verdict(catalog, offer)
    seen = (got["match_status"], got["catalog_sku"], got["match_reason"])
    if expected == NOT_AUTO:
        assert got["match_status"] != "auto", seen
    else:
        assert (got["match_status"], got["catalog_sku"]) == ("auto", expected), seen


def test_the_table_is_balanced_and_its_skus_exist():
    positives = [p.values[2] for p in CASES if p.values[2] != NOT_AUTO]
    assert 0.35 <= len(positives) / len(CASES) <= 0.65
    for p in CASES:
        catalog, _, expected = p.values
        assert expected == NOT_AUTO or expected in {sku for sku, _, _ in catalog}, p.id
        assert len({sku for sku, _, _ in catalog}) == len(catalog), p.id


# -- the whole table as one catalog and one offer file ----------------------------------------
# Verdicts of the joint run are not expected to equal the per-case ones: the same product
# sits in several cases under different SKUs (so it becomes ambiguous on purpose), and word
# weights are learned from the whole catalog. What must hold is that row order never matters.
JOINT_CATALOG = [(f"C{i:02d}-{sku}", name, brand, "", "")
                 for i, p in enumerate(CASES) for sku, name, brand in p.values[0]]
JOINT_OFFERS = [{**p.values[1], "supplier_sku": f"O{i:02d}"} for i, p in enumerate(CASES)]
JOINT_COLUMNS = ["catalog_sku", "match_score", "match_method", "match_status", "match_reason", "candidates"]


@pytest.fixture(scope="module")
def joint_baseline() -> pd.DataFrame:
    return match_offers(offers_frame(JOINT_OFFERS), catalog_frame(JOINT_CATALOG)).set_index("supplier_sku")


@settings(max_examples=4, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.permutations(range(len(JOINT_OFFERS))), st.permutations(range(len(JOINT_CATALOG))))
def test_shuffling_the_whole_table_changes_no_verdict(joint_baseline, offer_order, catalog_order):
    shuffled = match_offers(offers_frame([JOINT_OFFERS[i] for i in offer_order]),
                            catalog_frame([JOINT_CATALOG[i] for i in catalog_order]))
    shuffled = shuffled.set_index("supplier_sku").loc[joint_baseline.index]
    pd.testing.assert_frame_equal(joint_baseline[JOINT_COLUMNS], shuffled[JOINT_COLUMNS])
