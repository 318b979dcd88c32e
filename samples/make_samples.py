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
    spec = p.spec.replace("В", "V").replace("Ач", "Ah").replace("без АКБ", "bez aku").replace("кейс", "walizka") \
        .replace("мм", "mm").replace("Вт", "W").replace("бар", "bar").replace("л", "l").replace("розетка", "gniazdo")
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


def main() -> None:
    PRICES.mkdir(parents=True, exist_ok=True)
    write_catalog(HERE / "catalog.csv")


if __name__ == "__main__":
    main()
