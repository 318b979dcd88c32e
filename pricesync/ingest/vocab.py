"""Header words of real price lists (RU/UA/PL/EN) and what each says about a column.

Patterns run on the normalized header (lowercase, ``ё`` -> ``е``, spaces collapsed).
A header names a role with a score: 1.0 for the words suppliers use for exactly that
("Наименование", "Kod EAN"), less for words that usually mean it ("Модель").
Prices are special: any price word makes a price column, and the qualifiers decide
purchase (``опт``, ``закупка``, ``netto``, ``дилер``) versus retail (``розница``, ``РРЦ``,
``brutto``, ``retail``).
"""
from __future__ import annotations

import re

# (role, pattern, score). First hit per role counts; the best role of a header wins.
_ROLE_PATTERNS: list[tuple[str, str, float]] = [
    ("rownum", r"^(№|n|nr|no|lp|l\.?p|#|п/п|№ ?п/п|№ ?пп|n п/п|поз|позиция)\.?$", 1.0),
    ("ignore", r"(ценов\w* групп|цінов\w* груп|price group|скидк|знижк|rabat|discount|сумма|сума|suma|итого|разом|total|amount|кратн|мин\.? ?парт|"
               r"упаковк|opakowanie|вес|вага|waga|weight|объем|об.єм|фото|photo|картинк|изображ|image|ссылк|посилан|"
               r"url|link|гарант|warranty|gwarancja|срок|термін|размер скидки|бонус)", 0.9),
    ("sku", r"^(код|код товара|код товару|код 1с|код тов|код позиции|kod|kod towaru|indeks|index|sku|id|"
            r"item|item ?#|item no|item number|product code|product id|артикул поставщика|"
            r"идентификатор товара|уникальный идентификатор|ид|номер|код поставщика|supplier code|nr artykułu|"
            r"kod produktu)\.?$", 1.0),
    ("sku", r"(^| )(код|kod|sku|indeks|id)( |$)", 0.6),
    ("mpn", r"^(артикул|арт|артикул производителя|артикул виробника|модель|model|mpn|part ?number|p/?n|pn|"
            r"vendor ?code|vendorcode|kod producenta|nr katalogowy|numer katalogowy|symbol|catalog number|"
            r"oem|каталожный номер|партномер|mfr part|manufacturer part number)\.?$", 1.0),
    ("mpn", r"(артикул|part ?n|каталожн)", 0.7),
    ("name", r"^(наименование|название|номенклатура|товар|товары|назва|найменування|назва товару|"
             r"наименование товара|название товара|nazwa|nazwa towaru|nazwa produktu|name|product|"
             r"product name|item name|item description|description|описание товара|название позиции|"
             r"продукция|позиция|towar|produkt|model name|title)\.?$", 1.0),
    ("name", r"(наименован|назван|номенклатур|найменуван|назва|nazwa|product name|description|товар)", 0.8),
    ("name", r"^(описание|опис|opis)$", 0.5),
    ("brand", r"^(бренд|производитель|торговая марка|тм|марка|виробник|торгова марка|producent|marka|brand|"
              r"manufacturer|vendor|make|фирма|изготовитель|mfr)\.?$", 1.0),
    ("brand", r"(бренд|производител|виробник|producent|brand|manufacturer)", 0.8),
    ("ean", r"(штрих|ean|barcode|bar code|upc|gtin|kod kreskowy|шк$|^шк |isbn)", 1.0),
    ("currency", r"^(валюта|вал|currency|waluta|cur|curr|валюта цены|валюта ціни)\.?$", 1.0),
    ("stock", r"^(остаток|остатки|наличие|в наличии|кол-во|количество|склад|наявність|залишок|залишки|кількість|"
              r"stan|stan magazynowy|ilość|ilosc|dostępność|dostepnosc|magazyn|stock|qty|quantity|availability|"
              r"available|in stock|qty available|on hand|свободный остаток|доступно|наличие на складе|"
              r"остаток на складе|залишок на складі)\.?$", 1.0),
    ("stock", r"(остат|наличи|кол-во|количеств|наявн|залиш|кількіст|ilość|ilosc|dostępn|dostepn|stock|qty|"
              r"quantity|availab|на складе|на складі)", 0.8),
    ("unit", r"^(ед|ед\.? ?изм|единица|единица измерения|ед\. измерения|од|од\.? ?вим|одиниця|j\.? ?m|jedn|"
             r"jednostka|unit|uom|units|мера|ед\.?изм)\.?$", 1.0),
    ("vat", r"^(ндс|ндс,? ?%|ставка ндс|пдв|пдв,? ?%|ставка пдв|vat|vat ?%|vat rate|stawka vat|stawka|tax|"
            r"tax rate|%vat|ндс \(%\))\.?$", 1.0),
    ("category", r"^(категория|группа|категорія|група|kategoria|grupa|category|group|раздел|розділ|"
                 r"группа товаров|група товарів|подгруппа|section|catalog|каталог|rodzaj)\.?$", 1.0),
    ("note", r"^(примечание|примечания|комментарий|примітка|примітки|коментар|uwagi|uwaga|notes?|remarks?|"
             r"comments?|info|информация|дополнительно|статус|status)\.?$", 1.0),
]
ROLE_PATTERNS = [(role, re.compile(p), s) for role, p, s in _ROLE_PATTERNS]

# Words that make a column a price column.
PRICE_WORD = re.compile(
    r"(цена|цены|цен\b|ціна|ціни|цін\b|cena|ceny|price|prices|preis|стоимость|вартість|прайс|опт\b|оптов|"
    r"закуп|закупівл|вход|вхідн|netto|brutto|netto|розниц|розничн|роздр|ррц|\bрц\b|msrp|rrp|srp|"
    r"retail|dealer|дилер|wholesale|hurt|detal|ваша цена|your price|tariff|€|\$|₽|₴|₸|zł|руб|грн|usd|eur)"
)
# Purchase-price qualifiers vs retail ones. "Опт 1" / "Оптовая новая" / "Cena netto".
COST_WORD = re.compile(
    r"(опт|оптов|закуп|закупівл|вход|вхідн|дилер|dealer|netto|\bnet\b|wholesale|purchase|\bcost\b|hurt|"
    r"ваша цена|для вас|your price|партнер|partner|b2b|спец|special|контракт|контрагент|себестоим|"
    r"без ндс|без пдв|excl|ex\.? ?vat|bez vat|закупочн)"
)
MSRP_WORD = re.compile(
    r"(розниц|розничн|роздр|ррц|\bрц\b|рекоменд|brutto|detal|retail|msrp|rrp|srp|recommended|"
    r"цена продажи|цена для покупател|интернет|інтернет|сайт|end user|list price|catalog price|katalogow|"
    r"uvp|pvp|сайте)"
)
NET_WORD = re.compile(r"(netto|\bnet\b|без ндс|без пдв|excl|ex\.? ?vat|bez vat|без налог|без податк)")
GROSS_WORD = re.compile(r"(brutto|с ндс|з пдв|incl|inc\.? ?vat|z vat|с налог|gross)")

# A row whose first text starts with one of these is a total or a note, not a group.
_TOTALS = "итого|всего|итог|разом|усього|всього|razem|suma|total|subtotal|grand total"
TOTAL_WORD = re.compile(rf"^({_TOTALS})\b", re.I)
TOTAL_WORD_RE2 = rf"(?i)^({_TOTALS})(?:[^\pL]|$)"  # the same for whole columns (pyarrow's RE2)
# "* Цены указаны с НДС" is a note; "*АВТОКРЕСЛА" (1C marks some groups so) is a group.
NOTE_START = re.compile(r"^(\*+\s|примечание|внимание|увага|uwaga|note|цены указаны|ціни вказано|ceny podane|"
                        r"prices are|наличие и цены|все цены|всі ціни|по вопросам|з питань)", re.I)

UNIT_VALUES = frozenset({
    "шт", "шт.", "штук", "штука", "pcs", "pcs.", "pc", "pc.", "szt", "szt.", "од", "од.", "компл", "компл.",
    "комплект", "к-т", "упак", "упак.", "уп", "уп.", "пара", "пар", "м", "м.", "кг", "кг.", "л", "л.",
    "ea", "each", "set", "kpl", "kpl.", "op.", "op", "mb", "m", "kg", "l", "rol", "рул", "рул.",
})


def normalize_header(text: object) -> str:
    # Marketplace exports write "Название_позиции", "Код_товара".
    s = str(text or "").replace("\u00a0", " ").replace("_", " ").replace("ё", "е").replace("Ё", "Е").lower()
    s = re.sub(r"[\r\n\t]+", " ", s)
    s = re.sub(r"\s+", " ", s).strip(" :;,")
    return s


def header_roles(header: str) -> dict[str, float]:
    """Role -> score the header text alone gives (``price`` for any price column)."""
    h = normalize_header(header)
    if not h:
        return {}
    scores: dict[str, float] = {}
    for role, pattern, score in ROLE_PATTERNS:
        if role not in scores and pattern.search(h):
            scores[role] = score
    if PRICE_WORD.search(h) and not scores.get("ignore"):
        scores["price"] = 1.0 if re.search(r"(цена|ціна|cena|ceny|price|ррц|msrp|rrp)", h) else 0.8
        # "Цена, руб." is a price, not a currency column; "Ед." under "Опт 1" is a unit.
        scores.pop("currency", None)
    return scores


def price_kind(header: str) -> tuple[str | None, str]:
    """("cost" | "msrp" | None, why) from a price column's header."""
    h = normalize_header(header)
    cost, msrp = COST_WORD.search(h), MSRP_WORD.search(h)
    if msrp and not cost:
        return "msrp", f"'{msrp.group(0)}' means a retail price"
    if cost and not msrp:
        return "cost", f"'{cost.group(0)}' means a purchase price"
    if cost and msrp:
        # "Цена опт. (РРЦ -10%)": the first qualifier is what the column is.
        return ("cost", f"'{cost.group(0)}' comes first") if cost.start() < msrp.start() else \
            ("msrp", f"'{msrp.group(0)}' comes first")
    return None, "a price without a purchase/retail qualifier"


def vat_hint(header: str) -> bool | None:
    """False for net prices ("Cena netto", "€ без ПДВ"), True for gross, None when silent."""
    h = normalize_header(header)
    if NET_WORD.search(h):
        return False
    if GROSS_WORD.search(h):
        return True
    return None


def best_role(text: str) -> tuple[str | None, float]:
    """The strongest role a header names (``ignore`` only when nothing else is named)."""
    roles = header_roles(text)
    roles.pop("ignore", None) if roles.get("ignore", 0) < max(roles.values(), default=0) else None
    if not roles:
        return None, 0.0
    role = max(roles, key=lambda r: (roles[r], r == "price"))
    return role, roles[role]
