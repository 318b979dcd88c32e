"""A Russian shop catalog full of near-siblings, and dealer offers written the way dealers write.

Families of products that differ only in a variant attribute — memory (8/128 vs 8/256),
model suffix (A12 vs A12s, S23 vs S23+), volume (0,5 л vs 5 л), colour, kit letters of a
drill (DF333DWYE vs DF333DWAE), Philips colour suffix (HD9350/90 vs /80), TV diagonal —
are generated whole; only part of each family goes into the catalog, so offers for the
rest are products the catalog does not have (hard negatives: the right answer is "not
auto"). Offers respell what they copy: ``8+256 Гб``, ``500мл``, Cyrillic look-alike letters,
glued words, hyphens dropped from codes, words reordered, ``NEW!``/``хит``.

    python samples/matching/siblings.py [--families N] [--seed S] [--out DIR]

writes ``catalog.csv`` (sku,name,brand,category,ean,price,stock,article), ``offers.csv``
(the offer columns) and ``truth.csv`` (supplier,supplier_sku,catalog_sku; empty = not in
the catalog). ``generate()`` returns the three tables for benchmarks.
"""
from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

COLOURS = [("черный", "Black"), ("белый", "White"), ("синий", "Blue"), ("зеленый", "Green"),
           ("серый", "Gray"), ("розовый", "Pink"), ("золотой", "Gold"), ("фиолетовый", "Purple")]
MEMORY = [(4, 64), (4, 128), (6, 128), (8, 128), (8, 256), (12, 256), (12, 512)]
PHONE_BRANDS = [("Samsung", "Galaxy", "SM-"), ("Xiaomi", "Redmi Note", ""), ("realme", "", "RMX"),
                ("HONOR", "", ""), ("TECNO", "Spark", ""), ("POCO", "", ""), ("Infinix", "Hot", "")]
SUFFIXES = ["", "s", "+", " Pro", " Pro+", " Lite", " Ultra"]
SYLLABLES = "ba co du fa gi ho ki lu ma ne po ru sa ti vo xe ze ly mo ra".split()
AROMAS = ["цитрус", "лимон", "лаванда", "без запаха", "морской бриз", "яблоко"]
CHEM_TYPES = [("Средство для мытья полов", "floor"), ("Средство для мытья стекол", "glass"),
              ("Гель для стирки", "wash"), ("Средство для удаления плесени", "mould"),
              ("Антисептик для древесины", "wood"), ("Средство для чистки сантехники", "bath")]
VOLUMES = ["0,5 л", "0,75 л", "1 л", "2 л", "5 л", "10 л"]
WOOD = ["сосна", "дуб", "орех", "тик", "махагон", "палисандр", "бесцветный"]
DRILL_KITS = ["DWYE", "DWAE", "DWME", "Z", "DWLE", "RFE"]
TV_BRANDS = [("Samsung", "UE", "DU"), ("LG", "", "UR"), ("Hisense", "", "A"), ("TCL", "", "P")]
NOISE = ["NEW!", "хит", "Хит продаж!", "новинка", "", "", "", "", "", ""]


def _word(rng: random.Random, n: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()


def _phones(rng: random.Random, fam: int) -> list[dict]:
    brand, series, code_prefix = rng.choice(PHONE_BRANDS)
    base = f"{rng.choice('ACSMX')}{rng.randint(10, 999)}" if brand == "Samsung" else str(rng.randint(10, 999))
    colours = rng.sample(COLOURS, 3)
    out = []
    for suffix in rng.sample(SUFFIXES, 3):
        # One maker's code per model, shared by its memory and colour versions (SM-A556B).
        code = f"{code_prefix}{base}{rng.choice('BEFN')}" if code_prefix and not suffix else ""
        for ram, rom in rng.sample(MEMORY, 2):
            for colour in colours:
                model = f"{base}{suffix}".strip()
                name = f"Смартфон {brand} {series} {model} {ram}/{rom}GB {colour[0]}".replace("  ", " ")
                out.append({"name": name, "brand": brand, "category": "Смартфоны", "article": code,
                            "parts": {"type": "Смартфон", "brand": brand, "series": series, "model": model,
                                      "memory": (ram, rom), "colour": colour, "code": code}})
    return out


def _chemicals(rng: random.Random, fam: int) -> list[dict]:
    brand = _word(rng, 3).upper()
    line = _word(rng, 2) + rng.choice(["", "", " Plus", " Extra", " Eco"])
    ctype = rng.choice(CHEM_TYPES)[0]
    out = []
    for aroma in rng.sample(AROMAS, 2):
        for volume in rng.sample(VOLUMES, 3):
            article = f"{fam % 1000:03d}-{VOLUMES.index(volume)}{AROMAS.index(aroma)}"
            name = f"{ctype} {brand} {line} {aroma} концентрат / {volume}"
            out.append({"name": name, "brand": brand, "category": "Бытовая химия", "article": article,
                        "parts": {"type": ctype, "brand": brand, "model": line, "aroma": aroma, "volume": volume,
                                  "code": article}})
    return out


def _stains(rng: random.Random, fam: int) -> list[dict]:
    brand = _word(rng, 2).upper()
    line = _word(rng, 2) + " " + rng.choice(["Lasur", "Aqua", "Classic", "Profi"])
    out = []
    for tone in rng.sample(WOOD, 3):
        for volume in ["0,9 л", "2,7 л", "9 л"]:
            name = f"Антисептик лессирующий {brand} {line} / {tone} / {volume}"
            out.append({"name": name, "brand": brand, "category": "Лакокраска", "article": "",
                        "parts": {"type": "Антисептик лессирующий", "brand": brand, "model": line, "colour_word": tone,
                                  "volume": volume, "code": ""}})
    return out


def _drills(rng: random.Random, fam: int) -> list[dict]:
    brand = rng.choice(["Makita", "Bosch", "DeWALT", "Metabo"])
    base = f"{rng.choice(['DF', 'HP', 'DDF', 'GSR'])}{rng.randint(100, 999)}"
    out = []
    for kit in rng.sample(DRILL_KITS, 3):
        volts = rng.choice(["12", "18"])
        code = f"{base}{kit}"
        name = f"Дрель-шуруповерт аккумуляторная {brand} {code} {volts}В"
        out.append({"name": name, "brand": brand, "category": "Инструмент", "article": code,
                    "parts": {"type": "Дрель-шуруповерт аккумуляторная", "brand": brand, "model": code, "code": code,
                              "volts": volts}})
    return out


def _tvs(rng: random.Random, fam: int) -> list[dict]:
    brand, prefix, series = rng.choice(TV_BRANDS)
    number = rng.randint(6000, 9999)
    out = []
    for diagonal in rng.sample([43, 50, 55, 65, 75], 3):
        code = f"{prefix}{diagonal}{series}{number}{rng.choice(['UXRU', 'LLA', 'XRU'])}"
        name = f'Телевизор {brand} {code} {diagonal}" 4K UHD Smart TV'
        out.append({"name": name, "brand": brand, "category": "Телевизоры", "article": code,
                    "parts": {"type": "Телевизор", "brand": brand, "model": code, "code": code, "diagonal": diagonal}})
    return out


KINDS = [_phones, _chemicals, _stains, _drills, _tvs]
TRANSLIT = {"Samsung": "Самсунг", "Xiaomi": "Сяоми", "HONOR": "Хонор", "realme": "Реалми", "TECNO": "Текно"}
LOOKALIKE = str.maketrans({"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х"})


def _respell(rng: random.Random, item: dict) -> str:
    """A dealer's name for a catalog item: same facts, other spelling."""
    p = item["parts"]
    brand = p["brand"]
    if rng.random() < 0.15:
        i = rng.randrange(len(brand))
        brand = brand[:i] + brand[i].translate(LOOKALIKE) + brand[i + 1:]
    words: list[str] = []
    if "memory" in p:
        ram, rom = p["memory"]
        mem = rng.choice([f"{ram}/{rom}GB", f"{ram}GB/{rom}GB", f"{ram}+{rom} Гб", f"{ram}/{rom} ГБ", f"{ram}/{rom}"])
        # Some dealers leave the colour out: with siblings in other colours, that is for review.
        colour = rng.choice(p["colour"]) if rng.random() > 0.08 else ""
        model = p["model"].replace("+", rng.choice(["+", " Plus"])) if "+" in p["model"] else p["model"]
        if rng.random() < 0.1:
            brand = TRANSLIT.get(brand, brand)
        words = [brand, p["series"], model, mem, colour]
        if p["code"] and rng.random() < 0.3:
            words.append(f"({p['code'].replace('-', rng.choice(['-', '']))})")
        if rng.random() < 0.7:
            at = 0 if rng.random() < 0.6 else len(words)
            words.insert(at, rng.choice(["Смартфон", "смартфон", "Мобильный телефон"]))
    elif "aroma" in p:
        vol = p["volume"]
        spelled = vol.replace("л", "литра") if vol.startswith(("2", "0")) else vol
        vol = rng.choice([vol, vol.replace(" ", ""), _ml(vol), spelled])
        type_words = p["type"].replace("Средство для", rng.choice(["Средство для", "Средство д/", "Ср-во для"]))
        words = [type_words, brand, p["model"], p["aroma"], rng.choice(["концентрат", "конц.", ""]), vol]
        if rng.random() < 0.2:
            words = [f"{type_words}{brand}", p["model"], p["aroma"], vol]  # glued as on marketplace pages
        if rng.random() < 0.3:
            words.append(f"({p['code']})")
    elif "colour_word" in p:
        words = [brand, p["model"], rng.choice(["антисептик лессирующий", "Антисептик лессирующий защитный"]),
                 p["colour_word"], rng.choice([p["volume"], _ml(p["volume"]), p["volume"].replace(" ", "")])]
    elif "volts" in p:
        code = p["code"]
        code = rng.choice([code, code.lower(), f"{code[:2]}-{code[2:]}"])
        words = [rng.choice(["Аккумуляторная дрель-шуруповерт", "Дрель аккумуляторная", "Шуруповерт"]), brand, code,
                 rng.choice([f"{p['volts']}В", f"{p['volts']} V", ""])]
    else:
        diag = p["diagonal"]
        words = [rng.choice(["Телевизор", "LED телевизор", "Smart TV"]), brand, p["model"],
                 rng.choice([f'{diag}"', f"{diag} дюймов", f"{diag}''"]), rng.choice(["4K", "UHD", ""])]
    if rng.random() < 0.15:
        words.append(rng.choice(["оригинал", "РСТ", "гарантия 1 год", "EAC", "(уценка упаковки)", "в наличии"]))
    noise = rng.choice(NOISE)
    if noise:
        words.insert(0 if rng.random() < 0.5 else len(words), noise)
    return " ".join(w for w in words if w).replace("  ", " ")


def _ml(volume: str) -> str:
    litres = float(volume.split()[0].replace(",", "."))
    return f"{int(litres * 1000)}мл" if litres < 1 else f"{int(litres * 1000)} мл"


def generate(families: int = 120, *, seed: int = 7, share_in_catalog: float = 0.6, offers_per_item: float = 1.0,
             start_sku: int = 100000):
    """(catalog rows, offer rows, truth rows) as lists of dicts."""
    rng = random.Random(seed)
    catalog, offers, truth = [], [], []
    sku = start_sku
    for fam in range(families):
        members = KINDS[fam % len(KINDS)](rng, fam)
        for m in members:
            in_catalog = rng.random() < share_in_catalog
            m_sku = ""
            if in_catalog:
                sku += 1
                m_sku = str(sku)
                catalog.append({"sku": m_sku, "name": m["name"], "brand": m["brand"], "category": m["category"],
                                "ean": "", "price": str(rng.randint(5, 900) * 100), "stock": str(rng.randint(0, 9)),
                                "article": m["article"]})
            n_offers = int(offers_per_item) + (rng.random() < offers_per_item % 1)
            for _ in range(n_offers):
                supplier = rng.choice(["mobiopt", "technoopt", "himsnab", "instrument"])
                sup_sku = f"{supplier[:2].upper()}{rng.randint(10**6, 10**7 - 1)}"
                offers.append({"supplier": supplier, "supplier_sku": sup_sku, "name": _respell(rng, m),
                               "brand": m["brand"] if rng.random() < 0.5 else "", "category": "", "ean": "",
                               "mpn": "", "cost": f"{rng.randint(5, 900) * 100}.00", "currency": "RUB", "msrp": "",
                               "stock": str(rng.randint(0, 20)), "stock_raw": "", "source_file": f"{supplier}.xlsx",
                               "source_sheet": "", "source_row": str(len(offers) + 2)})
                truth.append({"supplier": supplier, "supplier_sku": sup_sku, "catalog_sku": m_sku})
    return catalog, offers, truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent)
    args = parser.parse_args()
    write_set(args.out, *generate(args.families, seed=args.seed))


def write_set(out: Path, catalog: list[dict], offers: list[dict], truth: list[dict]) -> None:
    """``catalog.csv``, ``offers.csv`` and ``truth.csv`` of a generated set into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in (("catalog.csv", catalog), ("offers.csv", offers), ("truth.csv", truth)):
        with (out / name).open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    print(f"{len(catalog)} catalog items, {len(offers)} offers -> {out}")


if __name__ == "__main__":
    main()
