"""A US electronics shop catalog (Abt style) and supplier feeds (Buy.com, Best Buy, Newegg, B&H,
Walmart, a distributor) that write the same products their own way.

Families of near-siblings are generated whole — a TV series in 32/40/46/52/55 and the
previous generation (KDL-46V5100 vs KDL-46V5000), cameras by model and colour (SD1100 IS vs
SD1200 IS; DSC-W120/B vs /S), cordless phones by handset count (KX-TG9332T vs KX-TG9333T),
headphones and speakers by colour suffix, iPods by capacity and colour, nüvi 260W vs 265W,
WRT160N vs WRT160NL, SDHC 8GB vs 16GB and Class 4 vs 10, one laptop in several CPU/RAM/SSD
configurations, HP 60 vs 60XL vs tri-color, a DSLR body vs its lens kit, and the maker's own
accessories (a battery, a remote, an extra handset) — and only part of each family goes into
the catalog, so offers for the rest are products the catalog does not have (hard negatives).
Feeds also carry what must never be matched to the product itself: refurbished units,
retailer bundles and packs, third-party accessories that name the product they fit
("Battery for Canon PowerShot SD1100 IS"), remanufactured ink, and brands the shop does
not sell.

    python samples/matching/electronics.py [--families N] [--seed S] [--out DIR]

writes ``catalog.csv`` (sku,name,brand,category,ean,price,stock,mpn), ``offers.csv`` (the
offer columns) and ``truth.csv`` (supplier,supplier_sku,catalog_sku; empty = not in the
catalog). ``generate()`` returns the three tables for benchmarks and tests.
"""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

SUPPLIERS = ["buydotcom", "bestbuy", "newegg", "bhphoto", "walmart", "dandh"]
# Brands as feeds write them besides the maker's own spelling.
BRAND_ALIASES = {"Linksys": ["Cisco-Linksys", "Linksys by Cisco"], "HP": ["Hewlett Packard"],
                 "LG": ["LG Electronics"], "D-Link": ["D-LINK", "Dlink"], "NETGEAR": ["Netgear"]}
NOISE = ["NEW!", "Free Shipping", "Brand New", "** In Stock **", "Authorized Dealer", "Ships Same Day",
         "Factory Sealed"]
REFURBISHED = ["(Refurbished)", "- Refurbished", "Refurbished", "Factory Refurbished", "(Certified Refurbished)",
               "Manufacturer Refurbished", "Recertified"]
THIRD_PARTY = ["Generic", "Insignia", "Belkin", "Wasabi Power", "Mount-It!", "Case Logic", "LD Products", "Anker",
               "Kensington", "Xtreme Cables"]


def _code(rng: random.Random, code: str) -> str:
    """A maker's code as feeds write it: KDL-46V5100 / KDL46V5100 / KDL 46V5100, MDR-ZX110/B / MDRZX110B."""
    roll = rng.random()
    if roll < 0.45:
        return code
    if roll < 0.8:
        return re.sub(r"[-/ ]", "", code)
    if roll < 0.92:
        return re.sub(r"[-/]", " ", code)
    return code.lower()


def _inches(rng: random.Random, size) -> str:
    return rng.choice([f'{size}"', f"{size} in.", f"{size}-inch", f"{size}''", f"{size}in", f'{size}"'])


def _capacity(rng: random.Random, gb: int) -> str:
    if gb >= 1000:
        return rng.choice([f"{gb // 1000}TB", f"{gb // 1000} TB"])
    return rng.choice([f"{gb}GB", f"{gb}GB", f"{gb} GB", f"{gb}-GB", f"{gb}Gb"])


def _brand(rng: random.Random, brand: str) -> str:
    """The brand as the name writes it; empty = only in the brand column (Walmart, Best Buy feeds)."""
    roll = rng.random()
    if roll < 0.1:
        return ""
    if roll < 0.18:
        return brand.upper()
    if roll < 0.21:
        return brand.lower()
    if roll < 0.3 and brand in BRAND_ALIASES:
        return rng.choice(BRAND_ALIASES[brand])
    return brand


def _tidy(name: str) -> str:
    name = re.sub(r"\(\s*\)", "", name)
    name = re.sub(r"\s+", " ", name).strip()
    return re.sub(r"^[-/,] |[-/,]$", "", name).strip()


def _offer_name(rng: random.Random, item: dict, templates: list[str] | None = None) -> tuple[str, str]:
    """(name, brand written in it) for one supplier's row of ``item``."""
    facts = item["facts"]
    written_brand = _brand(rng, item["brand"])
    values = dict(facts, b=written_brand, B=(written_brand or item["brand"]).upper(), code=_code(rng, item["code"]))
    if "size" in facts:
        values["size"] = _inches(rng, facts["size"])
    if "gb" in facts:
        values["gb"] = _capacity(rng, facts["gb"])
    if "colour" in facts:
        values["colour"] = rng.choice([facts["colour"], facts["colour"], facts["colour"].lower()])
    name = _tidy(rng.choice(templates or item["templates"]).format_map(values))
    if rng.random() < 0.03:
        name = name.lower()  # marketplace feeds typed by hand
    return name, written_brand


def _catalog_row(rng: random.Random, sku: str, item: dict) -> dict:
    return {"sku": sku, "name": item["shop"], "brand": item["brand"], "category": item["category"],
            "ean": item["upc"] if rng.random() < 0.3 else "", "price": f"{item['price']}.99",
            "stock": str(rng.randint(0, 12)), "mpn": _plain(item["code"]).upper()}


class _Feeds:
    """Offer rows and their truth, with supplier SKUs unique per supplier."""

    def __init__(self, rng: random.Random) -> None:
        self.rng, self.offers, self.truth, self._skus = rng, [], [], set()

    def _sku(self, supplier: str, brand: str, code: str) -> str:
        rng = self.rng
        while True:
            sku = {"buydotcom": str(rng.randint(10**8, 10**9 - 1)), "bestbuy": str(rng.randint(10**6, 10**7 - 1)),
                   "newegg": f"N82E168{rng.randint(10**7, 10**8 - 1)}", "walmart": str(rng.randint(10**7, 10**9)),
                   # B&H keys items by a brand prefix + the maker's code (SOKDL46V5100)
                   "bhphoto": f"{brand[:2].upper()}{re.sub(r'[^A-Z0-9]', '', code.upper())}{rng.randint(0, 99)}",
                   "dandh": f"{brand[:3].upper()}{rng.randint(10**4, 10**6)}"}[supplier]
            if (supplier, sku) not in self._skus:
                self._skus.add((supplier, sku))
                return sku

    def add(self, supplier: str, item: dict, name: str, written_brand: str, catalog_sku: str, *,
            mpn: str = "", upc: str = "") -> None:
        rng = self.rng
        if supplier == "dandh" and rng.random() < 0.6:
            name = name.upper().replace('"', "IN")  # distributor feeds: capitals, no quote marks
        elif supplier == "buydotcom" and rng.random() < 0.25 and not name.lower().startswith(("refurb", "recert")):
            name = f"{name} {rng.choice(NOISE)}" if rng.random() < 0.7 else f"{rng.choice(NOISE)} {name}"
        # The brand column: always when the name leaves the brand out, else as feeds fill it.
        named = written_brand and item["brand"].lower() in name.lower()
        brand = item["brand"] if not named or rng.random() < 0.6 else ""
        cost = int(item["price"] * rng.uniform(0.7, 0.92))
        self.offers.append({
            "supplier": supplier, "supplier_sku": self._sku(supplier, item["brand"], item["code"]), "name": name,
            "brand": brand, "category": item["category"], "ean": upc, "mpn": mpn, "cost": f"{cost}.00",
            "currency": "USD", "msrp": f"{item['price']}.99" if rng.random() < 0.3 else "",
            "stock": str(rng.randint(0, 40)), "stock_raw": "", "source_file": f"{supplier}.csv", "source_sheet": "",
            "source_row": str(sum(o["supplier"] == supplier for o in self.offers) + 2)})
        self.truth.append({"supplier": supplier, "supplier_sku": self.offers[-1]["supplier_sku"],
                           "catalog_sku": catalog_sku})


def _offers_for(rng: random.Random, feeds: _Feeds, item: dict, catalog_sku: str) -> None:
    """One to three suppliers offer the item, each in its own words; some add the code in ``mpn``."""
    for supplier in rng.sample(SUPPLIERS, 1 + (rng.random() < 0.55) + (rng.random() < 0.2)):
        name, written = _offer_name(rng, item)
        mpn = _code(rng, item["code"]) if supplier in ("newegg", "bhphoto") and rng.random() < 0.5 else ""
        upc = item["upc"] if supplier in ("walmart", "newegg") and rng.random() < 0.25 else ""
        feeds.add(supplier, item, name, written, catalog_sku, mpn=mpn, upc=upc)


def _negatives_for(rng: random.Random, feeds: _Feeds, item: dict) -> None:
    """Offers that look like ``item`` but are other products: never matched to it."""
    if item["refurb"] and rng.random() < 0.07:
        name, written = _offer_name(rng, item, item["templates"][:2])
        mark = rng.choice(REFURBISHED)
        name = f"{mark} {name}" if rng.random() < 0.3 and not mark.startswith(("(", "-")) else f"{name} {mark}"
        # A refurbished unit keeps the maker's code: feeds that fill mpn copy it.
        mpn = item["code"] if rng.random() < 0.3 else ""
        feeds.add(rng.choice(SUPPLIERS), item, name, written, "", mpn=mpn)
    if item["bundles"] and rng.random() < 0.06:
        name, written = _offer_name(rng, item, item["templates"][:2])
        feeds.add(rng.choice(SUPPLIERS), item, f"{name} {rng.choice(item['bundles'])}", written, "")


def _accessory_offer(rng: random.Random, feeds: _Feeds, item: dict) -> None:
    """A third-party accessory whose title names the product it fits, code and all."""
    brand = rng.choice(THIRD_PARTY)
    fits = item["fits"].replace("KX-TG", rng.choice(["KX-TG", "KXTG"])) if "KX-TG" in item["fits"] else item["fits"]
    name = rng.choice(item["accessories"]).format(fits=fits)
    if rng.random() < 0.5:
        name = f"{brand} {name}"
    accessory = dict(item, brand=brand, code=f"{brand[:2].upper()}{rng.randint(1000, 99999)}",
                     price=max(9, item["price"] // 12))
    feeds.add(rng.choice(SUPPLIERS), accessory, name, brand if name.startswith(brand) else "", "")


def _stranger_offer(rng: random.Random, feeds: _Feeds, category: str) -> None:
    """A new product of a brand the shop does not carry, in the same category: plainly unmatched."""
    brand, template = rng.choice(STRANGERS[category])
    name = template.format(n=rng.randint(10, 99), nn=rng.randint(100, 999), size=rng.choice([32, 40, 42, 46, 52]),
                           gb=rng.choice([4, 8, 16, 32]))
    item = {"brand": brand, "category": category, "code": f"{brand[:3]}{rng.randint(100, 999)}",
            "price": rng.randint(20, 900)}
    feeds.add(rng.choice(SUPPLIERS), item, name, brand if name.startswith(brand) else "", "")


def _upc(rng: random.Random) -> str:
    digits = [rng.randint(0, 9) for _ in range(11)]
    check = (10 - sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(digits)) % 10) % 10
    return "".join(map(str, digits)) + str(check)


# -- families: one function per category; each returns the members of one family -------------

def _item(brand: str, category: str, code: str, shop: str, templates: list[str], *, price: int, fits: str = "",
          accessories: tuple = (), refurb: bool = True, bundles: tuple = (), key: str = "", **facts) -> dict:
    """A product: its maker's ``code``, the shop's name for it (``shop``), and the feeds'
    ways of writing it (``templates``; the first two name the code, for refurbished units).
    ``key`` says which product it is where the code is drawn at random (a Canon part number):
    another family drawing the same SD1100 IS in Pink must not make a second catalog row."""
    return {"brand": brand, "category": category, "code": code, "key": key or code, "shop": shop, "templates": templates,
            "price": price, "fits": fits, "accessories": list(accessories), "refurb": refurb,
            "bundles": list(bundles), "facts": facts}


def _plain(code: str) -> str:
    """Abt writes the maker's code without hyphens, slashes or spaces at the end of the name."""
    return re.sub(r"[-/ ]", "", code)


TV_ACCESSORIES = ("Replacement Remote Control for {fits}", "Tilting Wall Mount for {fits} (VESA 400x400)",
                  "Screen Protector for {fits}", "Universal Remote fits {fits}")
TV_BUNDLES = ("+ 6ft HDMI Cable & Wall Mount Bundle", "w/ 3 Year Protection Plan Bundle")
TV_KINDS = [  # brand, line, model prefix, series per generation, technology, resolution, sizes
    ("Sony", "BRAVIA", "KDL-", ["V5100", "V5000", "W5100", "S5100", "Z5100", "V4100", "XBR6"], "LCD", "1080p",
     [32, 40, 46, 52, 55]),
    ("Samsung", "Crystal UHD", "UN", ["DU7100", "DU8000", "CU7000", "DU6900", "CU8000"], "LED", "4K",
     [43, 50, 55, 65, 75]),
    ("LG", "", "", ["LG60", "LG50", "LG70", "LH40", "LH50"], "LCD", "1080p", [32, 37, 42, 47, 52]),
    ("Panasonic", "VIERA", "TC-P", ["S1", "G10", "X1", "V10", "S2"], "Plasma", "1080p", [42, 46, 50, 54, 58]),
]


def _tvs(rng: random.Random) -> list[dict]:
    brand, line, prefix, series_list, tech, res, sizes = rng.choice(TV_KINDS)
    series, older, other = rng.sample(series_list, 3)
    members = [(series, size) for size in sorted(rng.sample(sizes, 3))]
    members += [(older, members[0][1]), (other, members[1][1])]  # the previous generation, the next series
    out = []
    for s, size in members:
        # Samsung ends its codes with a market suffix (UN55DU7100FXZA) that feeds often drop.
        code = f"{prefix}{size}{s}" + ("FXZA" if brand == "Samsung" else "")
        shop = {"Sony": f'Sony BRAVIA {size}" Series {s[0]} LCD Flat Panel HDTV - {_plain(code)}',
                "Samsung": f'Samsung {size}" Crystal UHD {s} 4K Smart TV - {code}',
                "LG": f'LG {size}" {s} Series LCD HDTV - {code}',
                "Panasonic": f'Panasonic VIERA {size}" Plasma HDTV - {_plain(code)}'}[brand]
        short = code.removesuffix("FXZA")
        templates = [f"{{b}} {line} {{code}} {{size}} {res} {tech} HDTV",
                     f"{{b}} - {{size}} Class {s} {line} {res} {tech} TV {{code}}",
                     f"{{b}} {short} {{size}} {tech} TV", f"{{B}} {{code}} {{size}} {tech} TV",
                     f"{{b}} {{code}} / {{size}} {tech} / {res} / HDTV",
                     f"{{b}} {line} {s} Series {{size}} {res} {tech} HDTV"]
        out.append(_item(brand, "Televisions", code, shop, templates, size=size, price=size * 30,
                         fits=f"{brand} {line} {code}".replace("  ", " "), accessories=TV_ACCESSORIES,
                         bundles=TV_BUNDLES))
    if brand == "Sony":  # the maker's own remote names the TVs it came with
        code = f"RM-YD0{rng.randint(10, 99)}"
        tv = out[0]["code"]
        out.append(_item("Sony", "Televisions", code, f"Sony Remote Control for BRAVIA HDTVs - {_plain(code)}",
                         [f"{{b}} {{code}} Remote Control for BRAVIA {tv}", "{b} {code} Replacement TV Remote",
                          f"{{b}} BRAVIA Remote Control ({{code}}) fits {tv}"], price=30, refurb=False))
    return out


COLOURS = ["Silver", "Black", "Pink", "Blue", "Red", "Green", "Purple", "Gold", "Brown", "Orange"]
CAMERA_ACCESSORIES = ("Battery for {fits}", "Case for {fits} - Black", "LCD Screen Protector for {fits}",
                      "Wall Charger for {fits}")
CAMERA_BUNDLES = ("+ 8GB SD Card + Case Bundle", "w/ 16GB Memory Card & Tripod Kit")
ELPH = [(770, 10.0), (790, 10.0), (850, 8.0), (870, 8.0), (880, 10.0), (890, 12.1), (1000, 7.1), (1100, 8.0),
        (1200, 10.0), (1300, 12.1)]
CYBERSHOT = [("W110", 7.2), ("W120", 7.2), ("W130", 8.1), ("W150", 8.1), ("W170", 10.1), ("W190", 12.1),
             ("W210", 12.1), ("W220", 12.1)]
SONY_COLOURS = [("B", "Black"), ("S", "Silver"), ("P", "Pink"), ("L", "Blue"), ("R", "Red")]
DSLR = [("Canon", "EOS Rebel", [("XS", 10.1), ("XSi", 12.2), ("T1i", 15.1), ("T2i", 18.0)],
         "EF-S 18-55mm f/3.5-5.6 IS", "18-55mm IS"),
        ("Nikon", "", [("D40", 6.1), ("D60", 10.2), ("D5000", 12.3), ("D90", 12.3)],
         "AF-S DX 18-105mm f/3.5-5.6G ED VR", "18-105mm VR")]


def _cameras(rng: random.Random) -> list[dict]:
    kind = rng.random()
    if kind < 0.4:
        return _canon_elph(rng)
    if kind < 0.75:
        return _cybershot(rng)
    return _dslr(rng)


def _canon_elph(rng: random.Random) -> list[dict]:
    """Canon lists each colour under its own part number (2488B001); feeds name the model."""
    at = rng.randrange(len(ELPH) - 1)
    out = []
    for (number, mp), colours in ((ELPH[at], rng.sample(COLOURS, 3)), (ELPH[at + 1], rng.sample(COLOURS, 2))):
        model = f"SD{number}" + ("" if number == 1000 else " IS")
        for colour in colours:
            pn = f"{rng.randint(1000, 3999)}B00{rng.randint(1, 4)}"
            shop = f"Canon PowerShot {model} Digital ELPH Camera - {colour} - {pn}"
            templates = [f"{{b}} PowerShot {model} Digital ELPH Camera ({{code}}) {{colour}}",
                         f"{{b}} {{code}} PowerShot {model} {mp}MP Digital Camera {{colour}}",
                         f"{{b}} PowerShot {model} {mp} MP Digital Camera - {{colour}}",
                         f"{{b}} {model.replace(' ', '')} {mp}MP 4x Optical Zoom Digital Camera ({{colour}})",
                         f"{{B}} POWERSHOT {model} {{colour}} {mp}MP",
                         f"{{b}} PowerShot {model} Digital ELPH {mp}-Megapixel Camera, {{colour}}"]
            out.append(_item("Canon", "Cameras", pn, shop, templates, colour=colour, price=250, key=f"{model} {colour}",
                             fits=f"Canon PowerShot {model}", accessories=CAMERA_ACCESSORIES, bundles=CAMERA_BUNDLES))
    battery = f"NB-{rng.randint(4, 6)}L"
    pn = f"{rng.randint(9000, 9999)}A001"
    model = out[0]["fits"]
    out.append(_item("Canon", "Cameras", pn, f"Canon {battery} Lithium-Ion Battery Pack - {pn}",
                     [f"{{b}} {battery} Rechargeable Li-ion Battery ({{code}})",
                      f"{{b}} {battery} Battery Pack {{code}} for {model}",
                      f"{{b}} {battery} Rechargeable Battery for {model}"], price=40, refurb=False, key=battery))
    return out


def _cybershot(rng: random.Random) -> list[dict]:
    """Sony puts the colour in the code after a slash (DSC-W120/B); feeds drop the slash or the letter."""
    at = rng.randrange(len(CYBERSHOT) - 1)
    out = []
    for (model, mp), colours in ((CYBERSHOT[at], rng.sample(SONY_COLOURS, 3)),
                                 (CYBERSHOT[at + 1], rng.sample(SONY_COLOURS, 1))):
        for letter, colour in colours:
            code = f"DSC-{model}/{letter}"
            shop = f"Sony Cyber-shot {mp}MP Digital Camera - {colour} - {_plain(code)}"
            templates = [f"{{b}} {{code}} Cyber-shot {mp}MP Digital Camera {{colour}}",
                         f"{{b}} Cyber-shot DSC{model}{letter} {mp} MP Digital Camera",
                         f"{{b}} Cybershot DSC-{model} {mp} Megapixel Camera - {{colour}}",
                         f"{{b}} Cyber-shot DSC-{model} {mp}MP Digital Camera ({{colour}})",
                         f"{{B}} {{code}} {mp}MP 4X ZOOM {{colour}}",
                         f"{{b}} Cyber-shot DSC-{model} {mp}MP Digital Camera"]
            out.append(_item("Sony", "Cameras", code, shop, templates, colour=colour, price=200,
                             fits=f"Sony Cyber-shot DSC-{model}", accessories=CAMERA_ACCESSORIES,
                             bundles=CAMERA_BUNDLES))
    return out


def _dslr(rng: random.Random) -> list[dict]:
    """A body and its lens kit are two products; so is the next model's body."""
    brand, line, models, lens, lens_short = rng.choice(DSLR)
    at = rng.randrange(len(models) - 1)
    out = []
    for (model, mp), kit in ((models[at], False), (models[at], True), (models[at + 1], False)):
        pn = f"{rng.randint(1000, 3999)}B00{rng.randint(1, 3)}" if brand == "Canon" else str(rng.randint(25000, 26999))
        name = f"{brand} {line} {model}".replace("  ", " ")
        if kit:
            shop = f"{name} {mp}MP Digital SLR Camera with {lens_short} Lens - {pn}"
            templates = [f"{{b}} {line} {model} {mp}MP Digital SLR with {lens_short} Lens ({{code}})",
                         f"{{b}} {{code}} {line} {model} SLR Kit w/ {lens_short}",
                         f"{{b}} {line} {model} {mp} MP Digital SLR Camera with {lens} Lens",
                         f"{{b}} {line} {model} Kit w/ {lens_short} Lens"]
        else:
            shop = f"{name} {mp}MP Digital SLR Camera Body - {pn}"
            templates = [f"{{b}} {line} {model} {mp}MP DSLR Body {{code}}",
                         f"{{b}} {{code}} {line} {model} Digital SLR Camera (Body Only)",
                         f"{{b}} {line} {model} {mp} MP Digital SLR Camera (Body Only)",
                         f"{{b}} {line} {model} DSLR Camera Body, Black"]
        out.append(_item(brand, "Cameras", pn, shop, templates, price=700 + 200 * kit, fits=name, key=f"{name} {kit}",
                         accessories=("Battery Grip for {fits}", "LCD Screen Protector for {fits}",
                                      "Camera Strap for {fits}"),
                         bundles=("+ 16GB Card + Gadget Bag Bundle", "Deluxe Kit with 58mm Filters & Tripod")))
    return out


PHONE_ACCESSORIES = ("Replacement Battery for {fits} Cordless Phone", "Belt Clip for {fits} Handset",
                     "Replacement AC Adapter for {fits} Base")
PANASONIC_FINISH = [("B", "Black"), ("S", "Silver"), ("T", "Titanium"), ("M", "Metallic Gray")]


def _handsets(n: int) -> str:
    return "1 Handset" if n == 1 else f"{n} Handsets"


def _phones(rng: random.Random) -> list[dict]:
    """The handset count is the last digit of the code: KX-TG9332T has 2, KX-TG9333T has 3."""
    counts = sorted(rng.sample([1, 2, 3, 4, 5], 3))
    out = []
    if rng.random() < 0.6:
        base, (letter, finish) = rng.choice([403, 633, 653, 785, 933, 643, 784]), rng.choice(PANASONIC_FINISH)
        for n in counts:
            code = f"KX-TG{base}{n}{letter}"
            handsets = rng.choice(["", f"with {_handsets(n)} "])
            shop = f"Panasonic DECT 6.0 Expandable Digital Cordless Phone System {handsets}- {_plain(code)}"
            templates = ["{b} {code} Cordless Phone",
                         f"{{b}} {{code}} DECT 6.0 Plus Expandable Digital Cordless Phone with {_handsets(n)}",
                         f"{{b}} {{code}} Expandable Cordless Phone, {finish}",
                         f"{{B}} {{code}} DECT6.0 {n}-HANDSET PHONE",
                         f"{{b}} Expandable Digital Cordless Phone System, {_handsets(n)}, {finish}"]
            out.append(_item("Panasonic", "Phones", code, shop, templates, price=40 + 25 * n,
                             fits=f"Panasonic {code}", accessories=PHONE_ACCESSORIES))
        code = f"KX-TGA{base // 10}{base % 10}{letter}"  # the extra handset for the series: KX-TGA931T
        shop = f"Panasonic Accessory Handset for KX-TG{base} Series - {_plain(code)}"
        out.append(_item("Panasonic", "Phones", code, shop,
                         ["{b} {code} Accessory Handset", f"{{b}} {{code}} DECT 6.0 Extra Handset for KX-TG{base}x Series",
                          f"{{b}} Cordless Expansion Handset {{code}} {finish}"], price=35))
        return out
    base = rng.choice([6219, 6229, 6319, 6329, 6419, 6719, 6919])
    for n in counts:
        code = f"CS{base}" if n == 1 else f"CS{base}-{n}"
        shop = f"VTech DECT 6.0 Cordless Phone with Caller ID - {_handsets(n)} - {_plain(code)}"
        templates = [f"{{b}} {{code}} DECT 6.0 Cordless Phone with {_handsets(n)}",
                     "{b} {code} Expandable Cordless Phone, Silver/Black",
                     f"{{b}} {n} Handset DECT 6.0 Cordless Phone System {{code}}",
                     f"{{b}} DECT 6.0 Expandable Cordless Phone with Caller ID, {_handsets(n)}"]
        out.append(_item("VTech", "Phones", code, shop, templates, price=30 + 20 * n, fits=f"VTech {code}",
                         accessories=PHONE_ACCESSORIES))
    # VTech's accessory handset differs from the phone's code by one digit: CS6709 for CS6719.
    code = f"CS{base - 10}"
    out.append(_item("VTech", "Phones", code, f"VTech Accessory Handset for CS{base} Series - {code}",
                     [f"{{b}} {{code}} Accessory Handset for CS{base} Series", "{b} {code} DECT 6.0 Accessory Handset",
                      "{b} Cordless Accessory Handset with Caller ID {code}"], price=30))
    return out


SONY_PHONES = [("MDR-ZX110", "ZX Series Stereo Headphones"), ("MDR-ZX310", "ZX Series Stereo Headphones"),
               ("MDR-V55", "Extra Bass DJ Style Headphones"), ("MDR-XB450", "Extra Bass Headphones"),
               ("MDR-EX15LP", "In-Ear Headphones"), ("MDR-EX15AP", "In-Ear Headphones with Mic")]
SONY_SUFFIX = {"B": "BLK", "W": "WHI", "L": "BLU", "P": "PNK", "R": "RED"}
JBL = ["Flip 4", "Flip 5", "Flip 6", "Charge 4", "Charge 5", "Clip 3", "Clip 4", "Go 2", "Go 3"]
JBL_COLOURS = [("BLK", "Black"), ("BLU", "Blue"), ("RED", "Red"), ("TEAL", "Teal"), ("GRY", "Gray")]
AUDIO_ACCESSORIES = ("Replacement Ear Pads for {fits}", "Hard Travel Carrying Case for {fits}",
                     "Protective Silicone Cover for {fits}")


def _audio(rng: random.Random) -> list[dict]:
    out = []
    if rng.random() < 0.5:
        at = rng.randrange(len(SONY_PHONES) - 1)
        for (model, desc), n in ((SONY_PHONES[at], 3), (SONY_PHONES[at + 1], 1)):
            for letter in rng.sample(sorted(SONY_SUFFIX), n):
                colour = dict((k, c) for k, c in SONY_COLOURS + [("W", "White")])[letter]
                code = f"{model}/{letter}"
                templates = [f"{{b}} {{code}} {desc} ({{colour}})", f"{{B}} {model}{SONY_SUFFIX[letter]}",
                             f"{{b}} {model} {desc} - {{colour}}",
                             f"{{b}} {desc.split(' Headphones')[0]} Headphones {_plain(model)} {{colour}}",
                             f"{{b}} {desc} {{colour}}"]
                out.append(_item("Sony", "Headphones & Speakers", code, f"Sony {desc} - {colour} - {_plain(code)}",
                                 templates, colour=colour, price=25, fits=f"Sony {model}",
                                 accessories=AUDIO_ACCESSORIES, refurb=False))
        return out
    at = rng.randrange(len(JBL) - 1)
    if JBL[at].split()[0] != JBL[at + 1].split()[0]:
        at -= 1
    for line, n in ((JBL[at], 3), (JBL[at + 1], 2)):
        for suffix, colour in rng.sample(JBL_COLOURS, n):
            code = f"JBL{line.replace(' ', '').upper()}{suffix}AM"
            templates = [f"{{b}} {line.upper()} Waterproof Portable Bluetooth Speaker ({{colour}}) {{code}}",
                         f"{{b}} {line} {{colour}} {{code}}", f"{{b}} - {line} Portable Bluetooth Speaker - {{colour}}",
                         f"{{b}} {line.replace(' ', '')} Bluetooth Speaker {{colour}}",
                         f"{{b}} {line} Portable Waterproof Speaker"]
            out.append(_item("JBL", "Headphones & Speakers", code,
                             f"JBL {line} Portable Bluetooth Speaker - {colour} - {code}", templates, colour=colour,
                             price=100, fits=f"JBL {line}", accessories=AUDIO_ACCESSORIES,
                             bundles=("2-Pack", "+ Carrying Case Bundle")))
    return out


IPODS = [("nano", ["4th", "5th"], [8, 16], COLOURS[:9]), ("classic", ["6th"], [80, 120, 160], ["Silver", "Black"]),
         ("touch", ["2nd", "3rd"], [8, 16, 32, 64], ["Black"])]
IPOD_ACCESSORIES = ("Case for {fits}", "Silicone Sleeve for {fits} - Pink", "Screen Protector for {fits} (3-Pack)",
                    "Car Charger for {fits}", "Armband for {fits}")


def _ipods(rng: random.Random) -> list[dict]:
    """Capacity and colour are each a sibling; Apple's part number (MB598LL/A) names both."""
    model, gens, capacities, colours = rng.choice(IPODS)
    gen = rng.choice(gens)
    out = []
    for gb in rng.sample(capacities, 2):
        for colour in rng.sample(colours, min(3, len(colours))):
            pn = f"M{rng.choice('AB')}{rng.randint(100, 999)}LL/A"
            templates = [f"{{b}} iPod {model} {{gb}} {{colour}} ({gen} Generation) {{code}}",
                         f"{{b}} {{code}} {{gb}} iPod {model}", f"{{b}} iPod {model} {gen} Gen {{gb}} - {{colour}}",
                         f"iPod {model} {{gb}} - {{colour}} - {gen} generation",
                         f"{{b}} {{gb}} iPod {model} {{colour}} MP3 Player {_plain(pn)}"]
            out.append(_item("Apple", "MP3 Players", pn, f"Apple {gb}GB iPod {model} - {colour} - {_plain(pn)}",
                             templates, gb=gb, colour=colour, price=100 + gb, fits=f"iPod {model} {gen} Gen",
                             key=f"iPod {model} {gen} {gb} {colour}",
                             accessories=IPOD_ACCESSORIES, bundles=("+ Earbuds + Car Charger Bundle",)))
    return out


NUVI = [200, 250, 255, 260, 265, 350, 650, 660, 750, 760, 770, 1300, 1350, 1390, 1450]
GPS_ACCESSORIES = ("Carrying Case for {fits}", "Car Charger for {fits}", "Windshield Suction Cup Mount for {fits}")


def _gps(rng: random.Random) -> list[dict]:
    """nüvi 260 vs 260W (wide screen) vs 260WT (traffic) vs 265W (Bluetooth)."""
    at = rng.randrange(len(NUVI) - 1)
    members = [(NUVI[at], v) for v in rng.sample(["", "W", "T", "WT", "LMT"], 3)]
    members.append((NUVI[at + 1], rng.choice(["", "W", "WT"])))
    out = []
    for number, variant in members:
        model = f"{number}{variant}"
        screen = "4.3" if "W" in variant or "LMT" in variant or number >= 1300 else "3.5"
        traffic = " with Traffic" if "T" in variant else ""
        pn = f"010-00{rng.randint(500, 999)}-{rng.randint(10, 99)}"
        templates = [f"{{b}} nuvi {model} {screen}\" GPS{traffic} ({{code}})",
                     f"{{b}} {{code}} nüvi {model} Portable GPS Navigator", f"{{b}} nüvi {model} GPS",
                     f"{{b}} nuvi {model} {screen}-Inch Portable GPS Navigator{traffic}",
                     f"{{B}} NUVI {model} {screen}IN GPS{traffic.upper()}",
                     f"{{b}} Nuvi{model} Automotive GPS Receiver"]
        shop = f'Garmin nüvi {model} {screen}" Portable GPS Navigator{traffic} - {_plain(pn)}'
        out.append(_item("Garmin", "GPS", pn, shop, templates, price=150 + number // 10, fits=f"Garmin nuvi {model}",
                         accessories=GPS_ACCESSORIES,
                         key=f"nuvi {model}"))
    return out


ROUTERS = {
    "Linksys": [("WRT54G", "Wireless-G Broadband Router"), ("WRT54GL", "Wireless-G Broadband Router with Linux"),
                ("WRT54GS", "Wireless-G Broadband Router with SpeedBooster"), ("WRT160N", "Wireless-N Broadband Router"),
                ("WRT160NL", "Wireless-N Broadband Router with Storage Link"), ("WRT310N", "Wireless-N Gigabit Router"),
                ("WRT320N", "Dual-Band Wireless-N Gigabit Router"), ("WRT610N", "Dual-Band Wireless-N Gigabit Router")],
    "NETGEAR": [("WGR614", "54 Mbps Wireless Router"), ("WNR1000", "Wireless-N 150 Router"),
                ("WNR2000", "RangeMax Wireless-N Router"), ("WNR3500", "RangeMax Wireless-N Gigabit Router"),
                ("WNR3500L", "RangeMax Wireless-N Gigabit Router with USB"),
                ("WNDR3300", "RangeMax Dual Band Wireless-N Router"), ("WNDR3700", "RangeMax Dual Band Gigabit Router")],
    "D-Link": [("DI-524", "AirPlus G Wireless Router"), ("DIR-615", "Wireless N Router"),
               ("DIR-625", "RangeBooster N Router"), ("DIR-628", "RangeBooster N Dual Band Router"),
               ("DIR-655", "Xtreme N Gigabit Router"), ("DIR-825", "Xtreme N Dual Band Gigabit Router")],
}


def _routers(rng: random.Random) -> list[dict]:
    """WRT54G vs WRT54GL, WRT160N vs WRT160NL: one letter is another product."""
    brand = rng.choice(sorted(ROUTERS))
    at = rng.randrange(len(ROUTERS[brand]) - 2)
    out = []
    for code, desc in ROUTERS[brand][at:at + 3]:
        # NETGEAR's part numbers carry a market suffix (WNR2000-100NAS) that the shop leaves out.
        long_code = f"{code}-100NAS" if brand == "NETGEAR" else code
        templates = ["{b} {code} " + desc, f"{{b}} {long_code} {desc}", f"{{B}} {{code}}",
                     f"{{b}} {desc.replace('Wireless-', 'Wireless ')} {{code}}", f"{{b}} {desc}"]
        out.append(_item(brand, "Networking", code, f"{brand} {desc} - {_plain(code)}", templates, price=60,
                         fits=f"{brand} {code}", accessories=("Replacement Power Adapter for {fits}",
                                                              "High-Gain Antenna Upgrade Kit for {fits}")))
    return out


CARD_LINES = {"SanDisk": [("", "Class 4", "SDSDB-{gb:03d}G-A11"), ("Ultra", "Class 10", "SDSDU-{gb:03d}G-A11"),
                          ("Extreme", "Class 10 UHS-I", "SDSDX-{gb:03d}G-A46")],
              "Kingston": [("", "Class 4", "SD4/{gb}GB"), ("", "Class 10", "SD10V/{gb}GB"),
                           ("Canvas Select", "Class 10 UHS-I", "SDS/{gb}GB")]}


def _cards(rng: random.Random) -> list[dict]:
    """Capacity and speed class are the siblings; a 2-pack is another product."""
    brand = rng.choice(sorted(CARD_LINES))
    out = []
    for line, klass, pattern in rng.sample(CARD_LINES[brand], 2):
        for gb in sorted(rng.sample([4, 8, 16, 32], 3)):
            code = pattern.format(gb=gb)
            short = klass.replace("Class ", rng.choice(["Class ", "Class", "C", "CL"]))
            templates = [f"{{b}} {line} {{gb}} SDHC {klass} Memory Card ({{code}})",
                         f"{{b}} {{code}} {{gb}} SDHC Card", f"{{b}} {{gb}} SDHC {klass} Flash Memory Card {{code}}",
                         f"{{B}} {line} SDHC {{gb}} {short}", f"{{b}} {line} {{gb}} SD High Capacity (SDHC) Card {short}"]
            name = f"{brand} {gb}GB {line} SDHC Memory Card {klass} - {_plain(code)}".replace("  ", " ")
            out.append(_item(brand, "Memory Cards", code, name, templates, gb=gb, price=8 + gb, refurb=False,
                             fits=f"{brand} {gb}GB SDHC", bundles=("(2-Pack)", "3 Pack"),
                             accessories=("USB 2.0 Card Reader for {fits} and more", "Memory Card Case for {fits}")))
    return out


LAPTOPS = [("HP", "Pavilion 15", "15.6", "Natural Silver",
            lambda rng: f"15-eg{rng.randint(0, 3)}{rng.randint(10, 99):03d}nr"),
           ("Dell", "Inspiron 15 3000", "15.6", "Black", lambda rng: f"i3520-{rng.randint(1000, 9999)}BLK-PUS"),
           ("Lenovo", "IdeaPad 3 15ITL6", "15.6", "Arctic Grey", lambda rng: f"82H8{rng.randint(0, 99):02d}UKUS"),
           ("ASUS", "VivoBook 15", "15.6", "Slate Grey", lambda rng: f"F515EA-{rng.choice('BDEU')}{rng.randint(100, 999)}")]
CPUS = {"i3": "i3-1115G4", "i5": "i5-1135G7", "i7": "i7-1165G7"}


def _laptops(rng: random.Random) -> list[dict]:
    """One model line in several configurations, each its own part number."""
    brand, line, screen, colour, part = rng.choice(LAPTOPS)
    configs = rng.sample([("i3", 8, 256), ("i5", 8, 256), ("i5", 8, 512), ("i5", 16, 512), ("i7", 16, 512),
                          ("i7", 16, 1000)], 4)
    out = []
    for tier, ram, ssd in configs:
        code, cpu = part(rng), CPUS[tier]
        ssd_txt = "1TB" if ssd == 1000 else f"{ssd}GB"
        shop = (f'{brand} {line} {screen}" Laptop - Intel Core {tier} - {ram}GB RAM - {ssd_txt} SSD - {colour}'
                f" - {_plain(code).upper()}")
        templates = [f"{{b}} {line} {{code}} {{size}} Laptop, Intel Core {cpu}, {ram}GB RAM, {ssd_txt} SSD, "
                     "Windows 11 Home",
                     f"{{B}} {{code}} {cpu} {ram}GB {ssd_txt} SSD {screen}\" FHD W11H",
                     f"{{b}} {line} {{size}} FHD Laptop ({{code}}) Core {tier}/{ram}GB/{ssd_txt}",
                     f"{{b}} - {line} {{size}} Laptop - Intel Core {tier} - {{gb}} Memory - {ssd_txt} SSD - {{colour}}",
                     f"{{b}} {line} Laptop: Core {cpu}, {ram} GB RAM, {ssd_txt} SSD, {screen} in. Full HD"]
        out.append(_item(brand, "Laptops", code, shop, templates, size=screen, gb=ram, colour=colour,
                         price=400 + 100 * int(tier[1]) + 5 * ram + ssd // 4, fits=f"{brand} {line} {code}",
                         key=f"{line} {tier} {ram} {ssd}",
                         accessories=("Replacement Battery for {fits}", "65W AC Adapter Charger for {fits}",
                                      "Keyboard Cover Skin for {fits}"),
                         bundles=("with Microsoft Office & Wireless Mouse Bundle", "+ Laptop Backpack Bundle")))
    return out


INK_ACCESSORIES = ("Remanufactured Ink Cartridge Replacement for {fits}", "Compatible {fits} Ink Cartridge (2-Pack)",
                   "Refill Kit for {fits}")


def _ink(rng: random.Random) -> list[dict]:
    """HP 60 vs 60XL (high yield) vs 60 tri-color vs the black + tri-color combo pack."""
    out = []
    if rng.random() < 0.6:
        n = rng.choice([56, 60, 61, 62, 63, 64, 65, 67, 901, 920, 950])
        members = [(f"{n}", "Black"), (f"{n}XL", "Black"), (f"{n}", "Tri-color"), (f"{n}XL", "Tri-color"),
                   (f"{n}", "Black/Tri-color")]
        for number, colour in rng.sample(members, 4):
            code = f"{rng.choice(['CC', 'CH', 'CN', 'N9', 'F6'])}{rng.randint(100, 999)}{rng.choice(['WN', 'AN', 'FN'])}"
            combo = "/" in colour
            high = " High Yield" if "XL" in number else ""
            spaced = number.replace("XL", rng.choice(["XL", " XL"]))
            spelled = rng.choice(["Tri-Color", "Color", "Tricolor"])
            kind = "Original Ink Cartridges, 2-Pack" if combo else "Original Ink Cartridge"
            templates = [f"{{b}} {number}{high} {colour} {kind} ({{code}})",
                         f"{{b}} {code}#140 No. {number} {colour} Inkjet Cartridge",
                         f"{{b}} {spaced} {colour} Ink, {{code}}",
                         f"{{b}} {number} {colour.replace('Tri-color', spelled)} Ink Cartridge"
                         + (" Combo Pack" if combo else "")]
            out.append(_item("HP", "Printer Ink", code, f"HP {number}{high} {colour} {kind} - {code}", templates,
                             price=25 + 15 * bool(high) + 20 * combo, refurb=False, fits=f"HP {number} {colour}",
                             key=f"HP {number} {colour}",
                             accessories=INK_ACCESSORIES))
        return out
    n = rng.choice([210, 240, 245, 260])
    for prefix, number, colour in [("PG", n, "Black"), ("PG", f"{n}XL", "Black"), ("CL", n + 1, "Color"),
                                   ("CL", f"{n + 1}XL", "Color")]:
        pn = f"{rng.randint(2900, 5999)}B001"
        model = f"{prefix}-{number}"
        templates = [f"{{b}} {model} {colour} Ink Cartridge ({{code}})", f"{{b}} {{code}} {model} {colour} Ink",
                     f"{{b}} {model.replace('-', '')} {colour} Ink Cartridge",
                     f"{{b}} {model.replace('XL', ' XL')} {colour} Fine Cartridge"]
        out.append(_item("Canon", "Printer Ink", pn, f"Canon {model} {colour} Ink Cartridge - {pn}", templates,
                         price=20 + 12 * ("XL" in str(number)), refurb=False, fits=f"Canon {model} {colour}", key=model,
                         accessories=INK_ACCESSORIES))
    return out


FAMILY_KINDS = [_tvs, _cameras, _phones, _audio, _ipods, _gps, _routers, _cards, _laptops, _ink]
# Brands the shop does not carry, per category: new products no catalog row is right for.
STRANGERS = {
    "Televisions": [("Toshiba", 'Toshiba REGZA {size}" 1080p LCD HDTV {size}XV5{n}U'),
                    ("VIZIO", 'VIZIO {size}" Class LED HDTV E{size}0-A{n}'),
                    ("Sharp", "Sharp AQUOS LC-{size}D{n}U LCD TV")],
    "Cameras": [("Olympus", "Olympus Stylus {nn} SW 8MP Digital Camera"),
                ("Kodak", "Kodak EasyShare M{nn} Digital Camera")],
    "Phones": [("Uniden", "Uniden DECT{nn}-2 Cordless Phone with 2 Handsets"), ("AT&T", "AT&T TL{n}{nn} DECT 6.0 Phone")],
    "Headphones & Speakers": [("Skullcandy", "Skullcandy Uproar Wireless Headphones - Black S5URJ-{nn}"),
                              ("Bose", "Bose SoundLink Micro Bluetooth Speaker 783342-0{nn}")],
    "MP3 Players": [("Microsoft", "Microsoft Zune {gb}GB Digital Media Player"),
                    ("SanDisk", "SanDisk Sansa Clip+ {gb}GB MP3 Player")],
    "GPS": [("Magellan", "Magellan RoadMate {n}{nn} 4.3\" Portable GPS"), ("TomTom", "TomTom XL {nn}S 4.3-Inch GPS")],
    "Networking": [("Belkin", "Belkin N{nn} Wireless Router F7D{n}01"),
                   ("TP-Link", "TP-Link TL-WR{nn}N Wireless N Router")],
    "Memory Cards": [("Lexar", "Lexar Professional {gb}GB SDHC 133x Card LSD{gb}GCTBNA133"),
                     ("PNY", "PNY Optima {gb}GB SDHC Class 4 Card P-SDHC{gb}G4-EF")],
    "Laptops": [("Acer", 'Acer Aspire 5 A515-{n}-{nn} 15.6" Laptop, Core i5, 8GB, 512GB SSD')],
    "Printer Ink": [("Epson", "Epson {nn} Black Ink Cartridge T{nn}120"), ("Brother", "Brother LC{n} Black Ink Cartridge")],
}


def generate(families: int = 120, *, seed: int = 7, share_in_catalog: float = 0.6, start_sku: int = 500000):
    """(catalog rows, offer rows, truth rows) as lists of dicts."""
    rng = random.Random(seed)
    catalog: list[dict] = []
    feeds = _Feeds(rng)
    seen: set[str] = set()
    sku = start_sku
    for fam in range(families):
        members = FAMILY_KINDS[fam % len(FAMILY_KINDS)](rng)
        # Two families may draw the same product (two Sony V5100 series, two SD1100 IS in Pink),
        # or two products the same random part number: one product, one code, one row.
        members = [m for m in members if m["key"] not in seen and _plain(m["code"]).upper() not in seen]
        seen.update(m["key"] for m in members)
        seen.update(_plain(m["code"]).upper() for m in members)
        for item in members:
            item["upc"] = _upc(rng)
            catalog_sku = ""
            if rng.random() < share_in_catalog:
                sku += 1
                catalog_sku = str(sku)
                catalog.append(_catalog_row(rng, catalog_sku, item))
            _offers_for(rng, feeds, item, catalog_sku)
            _negatives_for(rng, feeds, item)
        products = [m for m in members if m["accessories"]]
        for _ in range(rng.choice([0, 1, 1, 2])):
            if products:
                _accessory_offer(rng, feeds, rng.choice(products))
        if members and rng.random() < 0.4:
            _stranger_offer(rng, feeds, members[0]["category"])
    return catalog, feeds.offers, feeds.truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("."))
    args = parser.parse_args()
    from siblings import write_set  # the script's own folder is on sys.path

    write_set(args.out, *generate(args.families, seed=args.seed))


if __name__ == "__main__":
    main()
