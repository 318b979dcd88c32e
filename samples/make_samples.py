"""Build the demo shop's catalog and the supplier price lists in ``samples/``.

    python samples/make_samples.py

Everything here is invented: company names, addresses, phones, prices and barcodes. The
files copy the traits of real wholesale price lists from UA/RU/KZ/PL (title blocks, merged
group rows, two-row headers, indentation hierarchy, text prices, stock words, cp1251 CSV,
legacy .xls, HTML saved as .xls, YML feeds) so that ``make demo`` and the tests see what
operators see. The same products appear at several suppliers under different names, with
near-siblings (8/128 vs 8/256, A12 vs A12s, DF333DWYE vs DF333DWAE, 55" vs 65") that the
matching stage must keep apart. The output is deterministic: run it twice, get the same bytes.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
PRICES = HERE / "prices"
CREATED = dt.datetime(2026, 11, 20, 8, 0, 0)
NBSP = "\u00a0"

# Shop currency (RUB) per unit: only used to make each supplier's prices plausible.
RATES = {"RUB": Decimal(1), "UAH": Decimal("2.25"), "PLN": Decimal("23.10"),
         "USD": Decimal("92.50"), "KZT": Decimal("0.185")}

# kind of product per language: RU, UA, PL, EN
KINDS = {
    "phone": ("Смартфон", "Смартфон", "Smartfon", "Smartphone"),
    "tablet": ("Планшет", "Планшет", "Tablet", "Tablet"),
    "tv": ("Телевизор", "Телевізор", "Telewizor", "TV"),
    "laptop": ("Ноутбук", "Ноутбук", "Laptop", "Laptop"),
    "phones": ("Наушники", "Навушники", "Słuchawki", "Headphones"),
    "watch": ("Умные часы", "Смарт-годинник", "Smartwatch", "Smartwatch"),
    "drill": ("Дрель-шуруповерт аккумуляторная", "Дриль-шурупокрут акумуляторний", "Wiertarko-wkrętarka akumulatorowa", "Cordless drill driver"),
    "hammerdrill": ("Дрель-шуруповерт ударная", "Дриль-шурупокрут ударний", "Wiertarko-wkrętarka udarowa", "Cordless hammer drill"),
    "grinder": ("Угловая шлифмашина", "Кутова шліфмашина", "Szlifierka kątowa", "Angle grinder"),
    "rotary": ("Перфоратор", "Перфоратор", "Młotowiertarka", "Rotary hammer"),
    "impact": ("Дрель ударная", "Дриль ударний", "Wiertarka udarowa", "Impact drill"),
    "battery": ("Аккумулятор", "Акумулятор", "Akumulator", "Battery"),
    "charger": ("Зарядное устройство", "Зарядний пристрій", "Ładowarka", "Charger"),
    "robot": ("Робот-пылесос", "Робот-пилосос", "Robot sprzątający", "Robot vacuum"),
    "vacuum": ("Пылесос хозяйственный", "Пилосос господарський", "Odkurzacz warsztatowy", "Wet & dry vacuum"),
    "washer": ("Мойка высокого давления", "Мийка високого тиску", "Myjka ciśnieniowa", "Pressure washer"),
    "trimmer": ("Триммер электрический", "Тример електричний", "Podkaszarka elektryczna", "Electric trimmer"),
    "mower": ("Газонокосилка электрическая", "Газонокосарка електрична", "Kosiarka elektryczna", "Electric lawn mower"),
    "cable": ("Кабель", "Кабель", "Kabel", "Cable"),
    "glass": ("Защитное стекло", "Захисне скло", "Szkło ochronne", "Screen protector"),
    "bits": ("Набор бит", "Набір біт", "Zestaw bitów", "Bit set"),
    "purifier": ("Очиститель воздуха", "Очищувач повітря", "Oczyszczacz powietrza", "Air purifier"),
}

COLORS_RU = {"Black": "черный", "Blue": "синий", "Graphite": "графит", "Phantom Gray": "серый",
             "Midnight": "темная ночь", "White": "белый", "Gray": "серый", "Onyx Gray": "серый",
             "Sunshower": "золотой", "Gravity Gray": "серый", "Space Gray": "серый космос"}


@dataclass(frozen=True)
class Product:
    key: str
    category: str     # the shop's category
    kind: str         # key of KINDS
    brand: str
    model: str        # "Galaxy A12"
    spec: str         # "4/64GB" for phones (RAM/storage), '55"' for TVs, free text for tools
    color: str
    mpn: str          # manufacturer's code
    price: int        # shop price, RUB
    sku: str | None   # shop SKU; None = the shop does not sell it
    catalog_ean: bool  # whether the shop's catalog has the barcode

    def kind_in(self, lang: int) -> str:
        return KINDS[self.kind][lang]


def _p(key, category, kind, brand, model, spec, color, mpn, price, sku, catalog_ean=True):
    return Product(key, category, kind, brand, model, spec, color, mpn, price, sku, catalog_ean)


PHONES, TABLETS, TVS, LAPTOPS = "Смартфоны", "Планшеты", "Телевизоры", "Ноутбуки"
AUDIO, WATCHES, TOOLS = "Наушники", "Умные часы", "Электроинструмент"
BATTERIES, HOME, GARDEN, ACCESSORIES = "Аккумуляторы и зарядные устройства", "Бытовая техника", "Садовая техника", "Аксессуары"

PRODUCTS = [
    _p("a12-64", PHONES, "phone", "Samsung", "Galaxy A12", "4/64GB", "Black", "SM-A125F", 10990, "100101"),
    _p("a12-128", PHONES, "phone", "Samsung", "Galaxy A12", "4/128GB", "Blue", "SM-A125F", 12490, "100102", False),
    _p("a12s-64", PHONES, "phone", "Samsung", "Galaxy A12s", "4/64GB", "Black", "SM-A127F", 11490, "100103"),
    _p("a54-128", PHONES, "phone", "Samsung", "Galaxy A54 5G", "8/128GB", "Graphite", "SM-A546E", 32990, "100104"),
    _p("a54-256", PHONES, "phone", "Samsung", "Galaxy A54 5G", "8/256GB", "Graphite", "SM-A546E", 36990, "100105", False),
    _p("s21-128", PHONES, "phone", "Samsung", "Galaxy S21", "8/128GB", "Phantom Gray", "SM-G991B", 49990, "100106"),
    _p("s21-256", PHONES, "phone", "Samsung", "Galaxy S21", "8/256GB", "Phantom Gray", "SM-G991B", 54990, "100107"),
    _p("a34-128", PHONES, "phone", "Samsung", "Galaxy A34 5G", "6/128GB", "Graphite", "SM-A346E", 27990, "100108"),
    _p("rn12-128", PHONES, "phone", "Xiaomi", "Redmi Note 12", "8/128GB", "Onyx Gray", "23021RAA2Y", 17990, "100111"),
    _p("rn12-256", PHONES, "phone", "Xiaomi", "Redmi Note 12", "8/256GB", "Onyx Gray", "23021RAA2Y", 20990, "100112", False),
    _p("r12c-128", PHONES, "phone", "Xiaomi", "Redmi 12C", "4/128GB", "Graphite", "22120RN86G", 10490, "100113"),
    _p("x5pro", PHONES, "phone", "POCO", "X5 Pro 5G", "8/256GB", "Black", "22101320G", 27490, "100114"),
    _p("ip13-128", PHONES, "phone", "Apple", "iPhone 13", "128GB", "Midnight", "MLNW3", 64990, "100121"),
    _p("ip13-256", PHONES, "phone", "Apple", "iPhone 13", "256GB", "Midnight", "MLP03", 74990, "100122"),
    _p("ip15-128", PHONES, "phone", "Apple", "iPhone 15", "128GB", "Black", "MTP03", 84990, "100123"),
    _p("c55-128", PHONES, "phone", "realme", "C55", "6/128GB", "Sunshower", "RMX3710", 14990, "100131", False),
    _p("c55-256", PHONES, "phone", "realme", "C55", "8/256GB", "Sunshower", "RMX3710", 17990, "100132", False),
    _p("nova11i", PHONES, "phone", "HUAWEI", "nova 11i", "8/128GB", "Black", "MAO-LX9", 18990, "100141"),
    _p("taba8-lte", TABLETS, "tablet", "Samsung", "Galaxy Tab A8 10.5\" LTE", "4/64GB", "Gray", "SM-X205", 21990, "100201"),
    _p("taba8-wifi", TABLETS, "tablet", "Samsung", "Galaxy Tab A8 10.5\" Wi-Fi", "3/32GB", "Gray", "SM-X200", 16990, "100202"),
    _p("pad6", TABLETS, "tablet", "Xiaomi", "Pad 6", "8/256GB", "Gravity Gray", "23043RP34G", 36990, "100203"),
    _p("ipad10", TABLETS, "tablet", "Apple", "iPad 10.9 (2022) Wi-Fi", "64GB", "Blue", "MPQ13", 44990, "100204"),
    _p("ue55au", TVS, "tv", "Samsung", "UE55AU7100U", "55\"", "", "UE55AU7100UXRU", 49990, "100301"),
    _p("ue65au", TVS, "tv", "Samsung", "UE65AU7100U", "65\"", "", "UE65AU7100UXRU", 69990, "100302"),
    _p("lg55uq", TVS, "tv", "LG", "55UQ75006LF", "55\"", "", "55UQ75006LF", 45990, "100303"),
    _p("lg65uq", TVS, "tv", "LG", "65UQ75006LF", "65\"", "", "65UQ75006LF", 64990, "100304", False),
    _p("lg43uq", TVS, "tv", "LG", "43UQ75006LF", "43\"", "", "43UQ75006LF", 32990, "100305"),
    _p("mitv43", TVS, "tv", "Xiaomi", "Mi TV A2 43", "43\"", "", "L43M7-EARU", 26990, "100306"),
    _p("mitv50", TVS, "tv", "Xiaomi", "Mi TV A2 50", "50\"", "", "L50M7-EARU", 32990, "100307"),
    _p("tcl55", TVS, "tv", "TCL", "55C645", "55\"", "", "55C645", 42990, "100308"),
    _p("tcl65", TVS, "tv", "TCL", "65C645", "65\"", "", "65C645", 59990, "100309", False),
    _p("his50", TVS, "tv", "Hisense", "50A6K", "50\"", "", "50A6K", 33990, "100310"),
    _p("ip3-i5", LAPTOPS, "laptop", "Lenovo", "IdeaPad 3 15ITL6", "i5-1135G7/8GB/512GB SSD", "", "82H8024NRK", 54990, "100401"),
    _p("ip3-i3", LAPTOPS, "laptop", "Lenovo", "IdeaPad 3 15ITL6", "i3-1115G4/8GB/256GB SSD", "", "82H803KJRU", 42990, "100402"),
    _p("x1500ea", LAPTOPS, "laptop", "ASUS", "VivoBook 15 X1500EA", "i3-1115G4/8GB/256GB SSD", "", "X1500EA-BQ2298", 39990, "100403"),
    _p("hp255g9", LAPTOPS, "laptop", "HP", "255 G9", "Ryzen 5 5625U/8GB/512GB SSD", "", "6A1A7EA", 45990, "100404"),
    _p("mba-m1", LAPTOPS, "laptop", "Apple", "MacBook Air 13 M1", "8/256GB", "Space Gray", "MGN63", 89990, "100405"),
    _p("mba-m2", LAPTOPS, "laptop", "Apple", "MacBook Air 13 M2", "8/256GB", "Midnight", "MLY33", 114990, "100406"),
    _p("app2", AUDIO, "phones", "Apple", "AirPods Pro 2", "", "White", "MQD83", 22990, "100501"),
    _p("xm4", AUDIO, "phones", "Sony", "WH-1000XM4", "", "Black", "WH1000XM4B", 27990, "100502"),
    _p("xm5", AUDIO, "phones", "Sony", "WH-1000XM5", "", "Black", "WH1000XM5B", 34990, "100503"),
    _p("ch720", AUDIO, "phones", "Sony", "WH-CH720N", "", "Black", "WHCH720NB", 11990, "100504"),
    _p("t510", AUDIO, "phones", "JBL", "Tune 510BT", "", "Black", "JBLT510BTBLKEU", 3990, "100505"),
    _p("t520", AUDIO, "phones", "JBL", "Tune 520BT", "", "Black", "JBLT520BTBLKEU", 4990, "100506"),
    _p("buds4", AUDIO, "phones", "Xiaomi", "Redmi Buds 4 Lite", "", "White", "BHR6919GL", 1990, "100507", False),
    _p("awse40", WATCHES, "watch", "Apple", "Watch SE 2023", "40mm", "Midnight", "MR9X3", 27990, "100601"),
    _p("awse44", WATCHES, "watch", "Apple", "Watch SE 2023", "44mm", "Midnight", "MRE73", 30990, "100602"),
    _p("gw6-40", WATCHES, "watch", "Samsung", "Galaxy Watch6", "40mm", "Graphite", "SM-R930", 24990, "100603"),
    _p("gw6-44", WATCHES, "watch", "Samsung", "Galaxy Watch6", "44mm", "Graphite", "SM-R940", 27990, "100604"),
    _p("band8", WATCHES, "watch", "Xiaomi", "Smart Band 8", "", "Black", "BHR7165GL", 3490, "100605"),
    _p("df333dwye", TOOLS, "drill", "Makita", "DF333DWYE", "12В, 2×1.5 Ач", "", "DF333DWYE", 10990, "200101"),
    _p("df333dwae", TOOLS, "drill", "Makita", "DF333DWAE", "12В, 2×2.0 Ач", "", "DF333DWAE", 12490, "200102"),
    _p("hp333dwye", TOOLS, "hammerdrill", "Makita", "HP333DWYE", "12В, 2×1.5 Ач", "", "HP333DWYE", 11990, "200103"),
    _p("ddf485z", TOOLS, "drill", "Makita", "DDF485Z", "18В, без АКБ", "", "DDF485Z", 11490, "200104"),
    _p("ddf485rfj", TOOLS, "drill", "Makita", "DDF485RFJ", "18В, 2×3.0 Ач, кейс", "", "DDF485RFJ", 27990, "200105"),
    _p("ga5030", TOOLS, "grinder", "Makita", "GA5030", "125 мм, 720 Вт", "", "GA5030", 5990, "200106"),
    _p("hr2470", TOOLS, "rotary", "Makita", "HR2470", "780 Вт, SDS-plus", "", "HR2470", 13990, "200107"),
    _p("gsr120", TOOLS, "drill", "Bosch", "GSR 120-LI", "12В, 2×2.0 Ач", "", "06019G8000", 8990, "200201"),
    _p("gsr12v15", TOOLS, "drill", "Bosch", "GSR 12V-15", "12В, 2×2.0 Ач", "", "0601868122", 11990, "200202"),
    _p("gbh226", TOOLS, "rotary", "Bosch", "GBH 2-26 DRE", "800 Вт, SDS-plus", "", "0611253708", 14990, "200203"),
    _p("psb500", TOOLS, "impact", "Bosch", "PSB 500 RE", "500 Вт", "", "0603127020", 5490, "200204"),
    _p("gws750", TOOLS, "grinder", "Bosch", "GWS 750-125", "125 мм, 750 Вт", "", "0601394001", 6490, "200205"),
    _p("gsb18v", TOOLS, "hammerdrill", "Bosch", "GSB 18V-21", "18В, 2×2.0 Ач", "", "06019H1108", 15990, "200206"),
    _p("dcd771c2", TOOLS, "drill", "DeWalt", "DCD771C2", "18В, 2×1.3 Ач", "", "DCD771C2", 13990, "200301"),
    _p("dcd771d2", TOOLS, "drill", "DeWalt", "DCD771D2", "18В, 2×2.0 Ач", "", "DCD771D2", 16990, "200302", False),
    _p("dwe4157", TOOLS, "grinder", "DeWalt", "DWE4157", "125 мм, 900 Вт", "", "DWE4157", 6990, "200303"),
    _p("sb18ltx", TOOLS, "hammerdrill", "Metabo", "SB 18 LTX BL", "18В, без АКБ", "", "602316890", 17990, "200401"),
    _p("da12", TOOLS, "drill", "Интерскол", "ДА-12ЭР-01", "12В, 2×1.5 Ач", "", "401.1.1.00", 4290, "200501", False),
    _p("bl1830b", BATTERIES, "battery", "Makita", "BL1830B", "18В, 3.0 Ач", "", "197599-5", 5990, "200601"),
    _p("bl1850b", BATTERIES, "battery", "Makita", "BL1850B", "18В, 5.0 Ач", "", "197280-8", 8990, "200602"),
    _p("dc18rc", BATTERIES, "charger", "Makita", "DC18RC", "14.4–18В", "", "195584-2", 4990, "200603"),
    _p("gba18v4", BATTERIES, "battery", "Bosch", "GBA 18V 4.0Ah", "18В, 4.0 Ач", "", "1600A002U5", 7490, "200604"),
    _p("metabo4", BATTERIES, "battery", "Metabo", "Li-Power 18V", "18В, 4.0 Ач", "", "625027000", 6990, "200605", False),
    _p("s10", HOME, "robot", "Xiaomi", "Robot Vacuum S10", "", "White", "BHR5988EU", 21990, "300101"),
    _p("d9max", HOME, "robot", "Dreame", "D9 Max", "", "Black", "RLD33GA", 23990, "300102"),
    _p("wd3", HOME, "vacuum", "Karcher", "WD 3", "1000 Вт, 17 л", "", "1.628-101.0", 9990, "300103"),
    _p("wd3p", HOME, "vacuum", "Karcher", "WD 3 P", "1000 Вт, 17 л, розетка", "", "1.628-171.0", 11990, "300104"),
    _p("k5c", HOME, "washer", "Karcher", "K 5 Compact", "145 бар", "", "1.630-750.0", 29990, "300105"),
    _p("k4c", HOME, "washer", "Karcher", "K 4 Compact", "130 бар", "", "1.637-500.0", 21990, "300106"),
    _p("airp4", HOME, "purifier", "Xiaomi", "Smart Air Purifier 4", "", "White", "BHR5096GL", 14990, "300107"),
    _p("ur3501", GARDEN, "trimmer", "Makita", "UR3501", "1000 Вт", "", "UR3501", 10990, "300201"),
    _p("arm34", GARDEN, "mower", "Bosch", "ARM 34", "1300 Вт, 34 см", "", "06008A6101", 16990, "300202"),
    # Sold by suppliers but not by the shop: the matching stage must leave them unmatched.
    _p("cable-cc", ACCESSORIES, "cable", "Baseus", "USB-C - USB-C 100W", "1 м", "Black", "CATKLF-ALG1", 790, None),
    _p("glass-a12", ACCESSORIES, "glass", "Borofone", "Galaxy A12", "", "", "BF-A12-GL", 290, None),
    _p("bits-makita", TOOLS, "bits", "Makita", "B-28606", "31 шт.", "", "B-28606", 890, None),
]
BY_KEY = {p.key: p for p in PRODUCTS}
BRAND_PREFIX = {"Samsung": "880", "LG": "880", "Xiaomi": "694", "POCO": "694", "realme": "694",
                "HUAWEI": "693", "Apple": "019", "Lenovo": "019", "HP": "019", "ASUS": "471",
                "Sony": "454", "JBL": "605", "TCL": "693", "Hisense": "693", "Dreame": "694",
                "Makita": "008", "Bosch": "316", "DeWalt": "508", "Metabo": "403", "Karcher": "405",
                "Интерскол": "460", "Baseus": "695", "Borofone": "693"}


def ean13(p: Product) -> str:
    """An invented but checksum-valid EAN-13 (brand-like prefix + digits from the key)."""
    body = BRAND_PREFIX[p.brand] + str(int(hashlib.sha256(p.key.encode()).hexdigest(), 16))[:9]
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def broken_ean(p: Product) -> str:
    good = ean13(p)
    return good[:-1] + str((int(good[-1]) + 3) % 10)


# -- names as each supplier writes them ------------------------------------------------------

def spec_alt(spec: str, style: str) -> str:
    """'8/128GB' -> '8GB/128GB' | '128GB 8GB RAM' | '8+128 ГБ'."""
    if "/" not in spec or not spec.endswith("GB") or spec.count("/") != 1:
        return spec
    ram, storage = spec[:-2].split("/")
    return {"slash": f"{ram}GB/{storage}GB", "ram": f"{storage}GB {ram}GB RAM",
            "plus": f"{ram}+{storage} ГБ", "lower": f"{ram}/{storage}Gb"}[style]


def name_ru(p: Product, *, with_mpn: bool = True) -> str:
    parts = [p.kind_in(0), p.brand, p.model, spec_alt(p.spec, "lower"), p.color]
    if with_mpn and p.mpn != p.model:
        parts.append(f"({p.mpn})")
    return " ".join(x for x in parts if x)


def name_short_ru(p: Product) -> str:
    model = p.model.replace("Galaxy ", "").replace("Redmi ", "Redmi ")
    return " ".join(x for x in [p.brand, model, spec_alt(p.spec, "plus"), COLORS_RU.get(p.color, "")] if x)


def name_ua(p: Product) -> str:
    return " ".join(x for x in [p.kind_in(1), p.brand, p.model, p.spec, p.color, p.mpn if p.mpn != p.model else ""] if x)


def name_pl(p: Product) -> str:
    spec = p.spec
    for ru, pl in (("без АКБ", "bez aku"), ("кейс", "walizka"), ("розетка", "gniazdo"), ("Вт", "W"), ("Ач", "Ah"),
                   ("мм", "mm"), ("бар", "bar"), ("В", "V"), (" л", " l")):
        spec = spec.replace(ru, pl)
    return " ".join(x for x in [p.kind_in(2), p.brand, p.model, spec] if x)


def name_en(p: Product) -> str:
    return " ".join(x for x in [p.brand, p.model, spec_alt(p.spec, "ram"), p.color] if x)


def name_catalog(p: Product) -> str:
    tail = f"({p.mpn})" if p.category in (TOOLS, BATTERIES, HOME, GARDEN) and p.mpn != p.model else ""
    return " ".join(x for x in [p.kind_in(0), p.brand, p.model, p.spec, COLORS_RU.get(p.color, ""), tail] if x)


# -- prices -----------------------------------------------------------------------------------

def cost_in(p: Product, currency: str, rng: random.Random, *, whole: bool = False) -> Decimal:
    """A purchase price: the shop price minus 12-26 %, in the supplier's currency."""
    rub = Decimal(p.price) * Decimal(rng.randint(74, 88)) / 100
    value = rub / RATES[currency]
    return value.quantize(Decimal(1) if whole else Decimal("0.01"), rounding=ROUND_HALF_UP)


def rrp_in(p: Product, currency: str) -> Decimal:
    return (Decimal(p.price) / RATES[currency]).quantize(Decimal(1), rounding=ROUND_HALF_UP)


def text_price(value: Decimal, *, decimal: str = ",", group: str = NBSP, suffix: str = "") -> str:
    """12887.06 -> '12 887,06' (no-break space groups), the way 1C and Excel print it."""
    whole, _, frac = f"{value:.2f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return group.join(groups) + decimal + frac + suffix


# -- writers ----------------------------------------------------------------------------------

def write_catalog(path: Path) -> None:
    rng = random.Random(7)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["sku", "name", "brand", "category", "ean", "price", "stock"])
    for p in PRODUCTS:
        if p.sku is None:
            continue
        has_ean = p.catalog_ean and int(hashlib.sha256(p.key.encode()).hexdigest(), 16) % 3 != 0
        w.writerow([p.sku, name_catalog(p), p.brand, p.category, ean13(p) if has_ean else "",
                    p.price, rng.choice([0, 1, 2, 3, 5, 8, 12])])
    path.write_text(buf.getvalue(), encoding="utf-8")


def pick(keys: str) -> list[Product]:
    return [BY_KEY[k] for k in keys.split()]


def _workbook(path: Path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"created": CREATED})
    return wb


def write_technoopt(path: Path) -> None:
    """RU distributor, .xlsx: a marketing sheet first, a 7-row title block, two levels of
    merged group rows, codes as numbers and as text with leading zeros, EANs stored as
    numbers, prices as numbers and as text with no-break spaces, stock words, a repeated
    header row, a totals row and a note; one zero price, one missing price, one bad EAN."""
    rng = random.Random(11)
    wb = _workbook(path)
    info = wb.add_worksheet("О компании")
    for r, line in enumerate([
        "ТехноОпт-Снаб — оптовые поставки электроники с 2009 года",
        "Работаем с юридическими лицами и ИП по всей России",
        "Отгрузка со склада в день оплаты, доставка ТК до терминала бесплатно от 50 000 руб.",
        "Персональный менеджер, отсрочка платежа для постоянных клиентов",
        "",
        "Новинки недели: смартфоны Samsung Galaxy A54, телевизоры LG UQ75",
    ]):
        info.write(r, 0, line)
    ws = wb.add_worksheet("Прайс")
    bold = wb.add_format({"bold": True, "font_size": 14})
    head = wb.add_format({"bold": True, "border": 1, "bg_color": "#D9D9D9", "text_wrap": True})
    g1 = wb.add_format({"bold": True, "bg_color": "#A9D08E", "font_size": 12})
    g2 = wb.add_format({"bold": True, "bg_color": "#E2EFDA", "indent": 1})
    ws.merge_range(0, 0, 0, 7, "ООО «ТехноОпт-Снаб»", bold)
    ws.write(1, 0, "119000, г. Москва, Складской проезд, д. 14, стр. 2 (склад: вход со двора)")
    ws.write(2, 0, "Тел.: +7 (495) 000-00-00, +7 (900) 000-00-00; e-mail: opt@technoopt.example")
    ws.write(3, 0, "Прайс-лист на 20.11.2026")
    ws.write(4, 0, "Цена прайса: Оптовая новая")
    ws.write(5, 0, "Цены указаны в рублях с НДС")
    header = ["Код", "Артикул", "Наименование", "Производитель", "Штрихкод", "Цена опт, руб.", "РРЦ, руб.", "Остаток"]
    ws.write_row(7, 0, header, head)
    ws.set_column(2, 2, 60)
    sections = [
        ("Смартфоны", [("Samsung", "a12-64 a12-128 a12s-64 a54-128 a54-256 s21-128 s21-256"),
                       ("Xiaomi", "rn12-128 rn12-256 r12c-128 x5pro"),
                       ("Apple", "ip13-128 ip13-256 ip15-128"), ("realme", "c55-128 c55-256")]),
        ("Планшеты", [("", "taba8-lte taba8-wifi pad6 ipad10")]),
        ("Телевизоры", [("Samsung", "ue55au ue65au"), ("LG", "lg55uq lg65uq"), ("Xiaomi", "mitv43 mitv50")]),
        ("Ноутбуки", [("", "ip3-i5 ip3-i3 x1500ea mba-m1")]),
        ("Наушники", [("", "app2 xm4 xm5 buds4 t510")]),
        ("Аксессуары", [("", "cable-cc glass-a12")]),
    ]
    stock_words = ["много", ">10", "есть", 3, 15, "нет", "> 50", "10", "<5", 1, "много"]
    r, code, count = 8, 2193300, 0
    for group, subgroups in sections:
        if group == "Телевизоры":  # the header repeats where the printed list starts a new page
            ws.write_row(r, 0, header, head)
            r += 1
        ws.merge_range(r, 0, r, 7, group, g1)
        r += 1
        for sub, keys in subgroups:
            if sub:
                ws.merge_range(r, 0, r, 7, sub, g2)
                r += 1
            for p in pick(keys):
                code += rng.randint(1, 40)
                if count % 5 == 3:
                    ws.write_string(r, 0, f"00{code % 10000:04d}")
                else:
                    ws.write_number(r, 0, code)
                ws.write_string(r, 1, p.mpn)
                ws.write_string(r, 2, name_ru(p))
                ws.write_string(r, 3, p.brand)
                ean = broken_ean(p) if p.key == "a12s-64" else ean13(p)
                if count % 4 == 1:
                    ws.write_string(r, 4, ean)
                else:
                    ws.write_number(r, 4, int(ean))
                cost = cost_in(p, "RUB", rng)
                if p.key == "buds4":
                    ws.write_number(r, 5, 0)
                elif p.key == "r12c-128":
                    ws.write_blank(r, 5, None)
                elif count % 3 == 0:
                    ws.write_string(r, 5, text_price(cost))
                else:
                    ws.write_number(r, 5, float(cost))
                ws.write_number(r, 6, p.price)
                stock = "под заказ" if p.key == "r12c-128" else stock_words[count % len(stock_words)]
                (ws.write_number if isinstance(stock, int) else ws.write_string)(r, 7, stock)
                r += 1
                count += 1
    ws.write(r, 2, f"Итого позиций: {count}")
    ws.write(r + 2, 0, "* Наличие и цены уточняйте у менеджера. Цены действительны на дату прайс-листа.")
    wb.close()


def write_elektrosnab(path: Path) -> None:
    """RU tool distributor, legacy .xls from 1C: a title block with the currency in it, a
    two-row header (``Опт 1`` / ``Розница`` merged over ``Цена`` and ``Ед.``), hierarchy shown
    only by the indentation of the name, group rows that carry a code, 1C codes
    (``УТ000076964``), order numbers with leading zeros (``06019G8000``)."""
    import xlwt

    rng = random.Random(12)
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("TDSheet")
    bold = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; align: horiz center")
    grp = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_yellow")
    ws.write(0, 1, "ООО \"ЭлектроСнаб-Регион\"", bold)
    ws.write(1, 1, "Прайс-лист")
    ws.write(2, 1, "Цены указаны на 20.11.2026")
    ws.write(3, 1, "Валюта: руб.")
    ws.write(4, 1, "Склад: Основной склад (г. Екатеринбург)")
    top, sub = 6, 7
    ws.write_merge(top, sub, 0, 0, "Код", head)
    ws.write_merge(top, sub, 1, 1, "Номенклатура", head)
    ws.write_merge(top, sub, 2, 2, "Артикул", head)
    ws.write_merge(top, top, 3, 4, "Опт 1", head)
    ws.write_merge(top, top, 5, 6, "Розница", head)
    ws.write_merge(top, sub, 7, 7, "Остаток", head)
    for c, text in zip(range(3, 7), ["Цена", "Ед.", "Цена", "Ед."]):
        ws.write(sub, c, text, head)
    ws.col(1).width = 256 * 70
    tree = [
        (1, "Инструмент", None), (2, "Электроинструмент", "ГР-000114"),
        (3, "Makita", None, "df333dwye df333dwae hp333dwye ddf485z ddf485rfj ga5030 hr2470 bits-makita"),
        (3, "Bosch", None, "gsr120 gsr12v15 gbh226 psb500 gws750"),
        (3, "DeWalt", None, "dcd771c2 dcd771d2 dwe4157"),
        (3, "Интерскол", None, "da12"),
        (2, "Аккумуляторы и зарядные устройства", "ГР-000131"),
        (3, "Makita", None, "bl1830b bl1850b dc18rc"), (3, "Bosch", None, "gba18v4"),
        (1, "Садовая и уборочная техника", None), (2, "Садовая техника", "ГР-000207", "ur3501 arm34"),
        (2, "Уборочная техника", "ГР-000215"), (3, "Karcher", None, "wd3 wd3p k5c"),
    ]
    stock_words = [7, 12, "много", 2, "нет", ">10", 5, "10", 1, "много", 0, 4]
    r, n = sub + 1, 0
    for level, title, group_code, *items in tree:
        if group_code:
            ws.write(r, 0, group_code)
        ws.write(r, 1, "    " * level + title, grp)
        r += 1
        for p in pick(items[0]) if items else []:
            n += 1
            ws.write(r, 0, f"УТ0000{76900 + n * 7:05d}")
            ws.write(r, 1, "    " * 4 + f"{p.kind_in(0)} {p.brand} {p.model} ({p.spec})")
            ws.write(r, 2, p.mpn)
            ws.write(r, 3, float(cost_in(p, "RUB", rng)))
            ws.write(r, 4, "шт")
            ws.write(r, 5, float(p.price))
            ws.write(r, 6, "шт")
            ws.write(r, 7, stock_words[n % len(stock_words)])
            r += 1
    wb.save(str(path))


def write_mobiopt(path: Path) -> None:
    """RU phone wholesaler, CSV in cp1251 with ``;``: title lines padded with separators,
    a group row, prices as ``8 075,13``, stock as ``+``/``-``/``>20``/words; one price
    ``звоните`` (call us) that is not a price."""
    rng = random.Random(13)
    rows = [["Прайс-лист ООО «МобиОпт» на 20.11.2026", "", "", "", "", ""],
            ["Тел. +7 (812) 000-00-00, Санкт-Петербург, ул. Оптовая, 3", "", "", "", "", ""],
            ["", "", "", "", "", ""],
            ["Артикул", "Наименование", "Бренд", "Цена, руб.", "Наличие", "Примечание"]]
    groups = [("Смартфоны", "a12-64 a12-128 a12s-64 s21-128 rn12-128 rn12-256 r12c-128 c55-128 nova11i ip13-128"),
              ("Смарт-часы и браслеты", "awse40 awse44 gw6-40 gw6-44 band8"),
              ("Аудио", "t510 t520 buds4 app2"), ("Аксессуары", "glass-a12 cable-cc")]
    stock_words = ["+", "++", "+++", "-", ">20", "< 5", "много", "нет", "под заказ", "3", "есть"]
    n = 0
    for title, keys in groups:
        rows.append(["", title, "", "", "", ""])
        for p in pick(keys):
            n += 1
            price = "звоните" if p.key == "nova11i" else text_price(cost_in(p, "RUB", rng), group=" " if n % 2 else NBSP)
            note = "новинка" if p.key in ("s21-128", "gw6-44") else ""
            rows.append([f"MO-{10200 + n * 3}", name_short_ru(p), p.brand, price, stock_words[n % len(stock_words)], note])
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode("cp1251"))


def write_ukrtech(path: Path) -> None:
    """UA distributor, .xlsx in UAH: Ukrainian headers (``Ціна, грн``), prices as text with
    ``грн``, Ukrainian stock words, group rows carrying a discount group code (``PG1``) in
    another column, and a second sheet of discounts by group (not products)."""
    rng = random.Random(14)
    wb = _workbook(path)
    ws = wb.add_worksheet("Прайс")
    head = wb.add_format({"bold": True, "border": 1})
    grp = wb.add_format({"bold": True, "italic": True})
    ws.write(0, 0, "ТОВ «Укр-Техносвіт»")
    ws.write(1, 0, "м. Київ, вул. Складська, 7, тел. +380 (44) 000-00-00")
    ws.write(2, 0, "Прайс-лист станом на 20.11.2026")
    header = ["Код товару", "Знижкова група", "Назва", "Виробник", "Штрих-код", "Ціна, грн", "РРЦ, грн", "Наявність"]
    ws.write_row(4, 0, header, head)
    groups = [("PG1", "Смартфони", "a12-64 a54-128 a54-256 s21-256 rn12-128 ip15-128 x5pro"),
              ("PG2", "Телевізори", "ue55au ue65au tcl55 tcl65 his50 lg55uq"),
              ("PG3", "Ноутбуки", "ip3-i5 ip3-i3 hp255g9 mba-m2"),
              ("PG4", "Смарт-годинники", "gw6-40 gw6-44 awse40")]
    stock_words = ["в наявності", "є", "немає", "закінчується", "очікується", "під замовлення", "багато", "5", ">10"]
    r, n = 5, 0
    for pg, title, keys in groups:
        ws.write(r, 1, pg, grp)
        ws.write(r, 2, title, grp)
        r += 1
        for p in pick(keys):
            n += 1
            ws.write_string(r, 0, f"{4100 + n * 13:07d}")
            ws.write_string(r, 1, pg)
            ws.write_string(r, 2, name_ua(p))
            ws.write_string(r, 3, p.brand)
            ws.write_string(r, 4, broken_ean(p) if p.key == "tcl65" else ean13(p))
            ws.write_string(r, 5, text_price(cost_in(p, "UAH", rng), suffix=" грн"))
            ws.write_number(r, 6, rrp_in(p, "UAH"))
            ws.write_string(r, 7, stock_words[n % len(stock_words)])
            r += 1
    disc = wb.add_worksheet("Знижки")
    disc.write_row(0, 0, ["Знижкова група", "Назва групи", "Знижка, %"], head)
    for i, (pg, title, pct) in enumerate([("PG1", "Смартфони", 3), ("PG2", "Телевізори", 5),
                                          ("PG3", "Ноутбуки", 2), ("PG4", "Смарт-годинники", 4)], start=1):
        disc.write_row(i, 0, [pg, title, pct])
    wb.close()


def write_narzedzia(path: Path) -> None:
    """PL tool wholesaler, .xlsx with net prices in PLN (``Cena netto``, a ``VAT`` column with
    ``23%``, ``Cena brutto``), prices as ``480,12 zł``, Polish stock words, and a price of 0
    with ``zastąpiona przez ...`` (discontinued, replaced by another item)."""
    rng = random.Random(15)
    wb = _workbook(path)
    ws = wb.add_worksheet("Cennik")
    head = wb.add_format({"bold": True, "border": 1, "bg_color": "#FCE4D6"})
    grp = wb.add_format({"bold": True, "bg_color": "#F8CBAD"})
    ws.write(0, 0, "Hurtownia Narzędzi „Wiertex” Sp. z o.o.")
    ws.write(1, 0, "ul. Magazynowa 5, 00-000 Warszawa, tel. +48 22 000 00 00, biuro@wiertex.example")
    ws.write(2, 0, "Cennik hurtowy ważny od 01.11.2026")
    ws.write(3, 0, "Ceny netto w PLN")
    header = ["Indeks", "Nazwa towaru", "Producent", "Kod EAN", "Cena netto", "VAT", "Cena brutto", "Stan", "Uwagi"]
    ws.write_row(5, 0, header, head)
    groups = [("ELEKTRONARZĘDZIA AKUMULATOROWE", "df333dwye df333dwae ddf485z ddf485rfj gsr120 gsr12v15 dcd771c2 sb18ltx"),
              ("ELEKTRONARZĘDZIA SIECIOWE", "hr2470 ga5030 gbh226 gws750 dwe4157"),
              ("AKUMULATORY I ŁADOWARKI", "bl1830b bl1850b dc18rc gba18v4 metabo4"),
              ("OGRÓD I SPRZĄTANIE", "ur3501 arm34 wd3 k4c")]
    stock_words = ["dostępny", "10 szt.", "brak", "na zamówienie", ">50", "mało", "3 szt.", "dostępny", "duża ilość"]
    r, n = 6, 0
    for title, keys in groups:
        ws.merge_range(r, 0, r, 8, title, grp)
        r += 1
        for p in pick(keys):
            n += 1
            net = cost_in(p, "PLN", rng)
            ws.write_row(r, 0, [f"10.{n // 10 + 1:02d}.{400 + n}", name_pl(p), p.brand, ean13(p),
                                text_price(net, group=" ", suffix=" zł"), "23%",
                                float((net * Decimal("1.23")).quantize(Decimal("0.01"))),
                                stock_words[n % len(stock_words)], ""])
            r += 1
            if p.key == "df333dwae":  # the older model, kept in the list with a 0 price
                ws.write_row(r, 0, ["10.01.398", "Wiertarko-wkrętarka akumulatorowa Makita DF331DWYE 10,8V",
                                    "Makita", "", "0,00 zł", "23%", 0, "brak", "zastąpiona przez 10.01.429"])
                r += 1
    wb.close()


def write_globaltrade(path: Path) -> None:
    """US distributor, CSV in UTF-8 with BOM and ``,``: a two-line title, USD prices
    ``2,999.99`` (quoted because of the comma), UPC-A barcodes, English stock words."""
    rng = random.Random(16)
    rows = [["GlobalTrade Distribution LLC - dealer price list", "", "", "", "", "", ""],
            ["Valid from 2026-11-20. All prices in USD, EXW warehouse.", "", "", "", "", "", ""],
            ["Item #", "Description", "Brand", "UPC/EAN", "Dealer Price (USD)", "MSRP (USD)", "Qty Available"]]
    stock_words = ["In stock", "12", "Out of stock", "50+", "Incoming", "4", "Low", "In stock", "0", "25"]
    keys = "ip13-128 ip13-256 ip15-128 ipad10 mba-m1 mba-m2 app2 awse40 awse44 xm4 xm5 ue55au ue65au lg55uq lg65uq x1500ea hp255g9 s10 d9max"
    for n, p in enumerate(pick(keys), start=1):
        cost = cost_in(p, "USD", rng)
        ean = ean13(p)
        rows.append([f"GT-{10000 + n * 21}", name_en(p), p.brand, ean[1:] if ean.startswith("0") else ean,
                     f"{cost:,.2f}", f"{rrp_in(p, 'USD'):,.2f}", stock_words[n % len(stock_words)]])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))


def write_kaztech(path: Path) -> None:
    """KZ reseller: an HTML table saved with an .xls name (Excel opens it, so suppliers send
    it), in windows-1251, title rows as colspan cells, group rows, prices ``245 990 тг``."""
    rng = random.Random(17)
    cells = lambda tag, values: "<tr>" + "".join(f"<{tag}>{v}</{tag}>" for v in values) + "</tr>"  # noqa: E731
    lines = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
             "<title>Прайс-лист</title></head><body>", '<table border="1" cellspacing="0">',
             '<tr><td colspan="5"><b>ТОО «КазТехСнаб»</b></td></tr>',
             '<tr><td colspan="5">г. Алматы, ул. Складская, 12; тел. +7 (727) 000-00-00</td></tr>',
             '<tr><td colspan="5">Прайс-лист на 20.11.2026</td></tr>',
             cells("th", ["Код", "Наименование", "Бренд", "Цена, тг", "Наличие"])]
    groups = [("Телевизоры", "ue55au lg55uq mitv43 mitv50 tcl55 his50"),
              ("Смартфоны", "a54-128 r12c-128"), ("Техника для дома", "s10 d9max k5c k4c")]
    stock_words = ["есть", "много", "нет", "2", "под заказ", "есть", ">5"]
    n = 0
    for title, keys in groups:
        lines.append(f'<tr><td colspan="5"><b>{title}</b></td></tr>')
        for p in pick(keys):
            n += 1
            price = cost_in(p, "KZT", rng, whole=True)
            shown = text_price(price, group=" ")[:-3] + (" тг" if n % 2 else "")
            lines.append(cells("td", [f"{12300 + n * 17:08d}", f"{p.kind_in(0)} {p.brand} {p.model}",
                                      p.brand, shown, stock_words[n % len(stock_words)]]))
    lines += ["</table>", "</body></html>", ""]
    path.write_bytes("\r\n".join(lines).encode("cp1251"))


def write_ukrgadget(path: Path) -> None:
    """UA dropshipping supplier's YML feed (``yml_catalog``): a two-level category tree,
    offers with ``available``, ``vendorCode``, ``barcode``, some with a stock count;
    one offer with price 0."""
    from xml.sax.saxutils import escape

    rng = random.Random(18)
    cats = [("1", None, "Смартфони"), ("11", "1", "Samsung"), ("12", "1", "Xiaomi"), ("13", "1", "Інші бренди"),
            ("2", None, "Планшети"), ("3", None, "Аудіо"), ("4", None, "Гаджети"), ("5", None, "Аксесуари")]
    offers = [("11", "a12-64 a12-128 a12s-64 a54-128"), ("12", "rn12-128 rn12-256 x5pro"),
              ("13", "c55-128 c55-256 nova11i"), ("2", "taba8-lte taba8-wifi pad6"),
              ("3", "app2 xm4 t510 t520 buds4"), ("4", "gw6-40 band8"), ("5", "cable-cc")]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE yml_catalog SYSTEM "shops.dtd">',
           '<yml_catalog date="2026-11-20 08:00">', "<shop>", "<name>UkrGadget</name>",
           "<company>ТОВ «Укргаджет-Дроп»</company>", "<url>https://ukrgadget.example/</url>",
           '<currencies><currency id="UAH" rate="1"/></currencies>', "<categories>"]
    for cid, parent, title in cats:
        attr = f' parentId="{parent}"' if parent else ""
        out.append(f'<category id="{cid}"{attr}>{escape(title)}</category>')
    out += ["</categories>", "<offers>"]
    n = 0
    for cid, keys in offers:
        for p in pick(keys):
            n += 1
            price = Decimal(0) if p.key == "c55-256" else cost_in(p, "UAH", rng)
            available = "false" if n % 6 == 0 else "true"
            out.append(f'<offer id="UG{5000 + n}" available="{available}">')
            out.append(f"<url>https://ukrgadget.example/p/{5000 + n}</url>")
            out.append(f"<price>{price}</price><currencyId>UAH</currencyId><categoryId>{cid}</categoryId>")
            out.append(f"<vendor>{escape(p.brand)}</vendor><vendorCode>{escape(p.mpn)}</vendorCode>")
            if n % 3:
                out.append(f"<barcode>{ean13(p)}</barcode>")
            out.append(f"<name>{escape(name_en(p) + ' ' + p.mpn)}</name>")
            if available == "true" and n % 2:
                out.append(f"<quantity_in_stock>{rng.randint(1, 30)}</quantity_in_stock>")
            out.append(f'<param name="Колір">{escape(p.color or "—")}</param>')
            out.append("<description><![CDATA[<p>Офіційна гарантія 12 місяців.</p>]]></description>")
            out.append("</offer>")
    out += ["</offers>", "</shop>", "</yml_catalog>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


SUPPLIER_FILES = {
    "technoopt_2026-11-20.xlsx": write_technoopt,
    "elektrosnab.xls": write_elektrosnab,
    "mobiopt.csv": write_mobiopt,
    "ukrtech_uah.xlsx": write_ukrtech,
    "wiertex_cennik.xlsx": write_narzedzia,
    "globaltrade_usd.csv": write_globaltrade,
    "kaztech.xls": write_kaztech,
    "ukrgadget_feed.xml": write_ukrgadget,
}


def main() -> None:
    PRICES.mkdir(parents=True, exist_ok=True)
    write_catalog(HERE / "catalog.csv")
    for name, writer in SUPPLIER_FILES.items():
        writer(PRICES / name)


if __name__ == "__main__":
    main()
