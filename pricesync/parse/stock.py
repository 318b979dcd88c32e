"""``parse_stock``: stock cells in RU/UA/PL/EN words or numbers -> integer units.

The default vocabulary maps words to units; a supplier section extends or overrides it
(``[suppliers.X] stock_vocabulary = { "много" = 50 }``). Words that mean "some stock,
amount not told" map to a conservative count; "on order", "expected", "none" map to 0
because they cannot be shipped today. Unknown words give 0, so an unreadable stock cell
never invents stock; ``read_stock`` also says whether the cell was understood, so the
ingest stage can list unknown words for the operator.

Numbers and comparisons: ``12`` and ``'12'`` -> 12, ``>10`` / ``> 50`` / ``50+`` /
``более 10`` -> the bound (10, 50), ``<5`` -> 4 (fewer than five), ``до 5`` / ``<=5`` -> 5,
``10 szt.`` / ``10 шт`` / ``5 pcs`` -> the number, ``10-20`` -> 10, ``1 000`` -> 1000,
negative (``-3``: owed to customers) -> 0, ``2-3 дня`` (a delivery time) -> 0.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from pricesync.money import to_decimal

DEFAULT_STOCK_VOCABULARY: dict[str, int] = {
    # RU
    "много": 50, "очень много": 100, "большое количество": 50, "достаточно": 20, "есть": 5,
    "есть в наличии": 5, "в наличии": 5, "на складе": 5, "есть на складе": 5, "в наличии на складе": 5,
    "да": 1, "мало": 2, "заканчивается": 1, "последний": 1, "последние": 2, "остатки": 2,
    "нет": 0, "нет в наличии": 0, "отсутствует": 0, "под заказ": 0, "под заказ.": 0, "на заказ": 0,
    "ожидается": 0, "в пути": 0, "поступление": 0, "ожидаем": 0, "предзаказ": 0, "резерв": 0,
    "снят с производства": 0, "уточняйте": 0, "звоните": 0, "по запросу": 0,
    # UA
    "багато": 50, "дуже багато": 100, "достатньо": 20, "є": 5, "є в наявності": 5, "в наявності": 5,
    "наявність": 5, "на складі": 5, "так": 1, "закінчується": 1, "останній": 1, "немає": 0, "нема": 0,
    "немає в наявності": 0, "відсутній": 0, "відсутня": 0, "ні": 0, "під замовлення": 0, "на замовлення": 0,
    "очікується": 0, "в дорозі": 0, "передзамовлення": 0, "уточнюйте": 0, "знято з виробництва": 0,
    # PL
    "dostępny": 5, "dostepny": 5, "dostępne": 5, "dostępna": 5, "jest": 5, "na stanie": 5,
    "w magazynie": 5, "duża ilość": 50, "duza ilosc": 50, "dużo": 50, "mało": 2, "malo": 2,
    "ostatnie sztuki": 2, "ostatnia sztuka": 1, "tak": 1, "brak": 0, "niedostępny": 0, "niedostepny": 0,
    "brak w magazynie": 0, "nie": 0, "na zamówienie": 0, "na zamowienie": 0, "na zapytanie": 0,
    "oczekiwany": 0, "w drodze": 0, "wycofany": 0, "zapytaj": 0,
    # EN
    "in stock": 5, "available": 5, "yes": 1, "y": 1, "true": 5, "many": 50, "plenty": 50, "high": 20,
    "few": 2, "low": 2, "limited": 2, "last items": 2, "out of stock": 0, "no": 0, "n": 0, "false": 0,
    "none": 0, "sold out": 0, "on order": 0, "backorder": 0, "back order": 0, "incoming": 0,
    "preorder": 0, "pre-order": 0, "discontinued": 0, "call": 0, "ask": 0, "on request": 0,
    # symbols
    "+": 5, "++": 20, "+++": 50, "++++": 100, "-": 0, "--": 0, "---": 0, "*": 5, "v": 5,
    "✓": 5, "✔": 5, "✗": 0, "✘": 0,
}

# Larger counts are typos or IDs in the wrong column; capped so they stay an integer.
MAX_UNITS = 10**9
_SPACES = re.compile(r"\s+")
_COMPARISON = re.compile(
    r"^(>=|<=|=>|=<|>|<|≥|≤|более|больше|свыше|от|понад|більше|від|ponad|powyżej|powyzej|od|over|more than|"
    r"менее|меньше|менше|до|up to|poniżej|ponizej|mniej niż|less than|under)\s*(\d[\d ]*(?:[.,]\d+)?)"
)
_FEWER = {"<", "менее", "меньше", "менше", "poniżej", "ponizej", "mniej niż", "less than", "under"}
_PLUS = re.compile(r"^(\d[\d ]*)\s*\+$")                   # "50+"
_DELIVERY = re.compile(r"^\d+\s*(?:-\s*\d+\s*)?(дн|день|дня|дней|днів|дні|раб|days?|dni|dzień|tyg|нед|тиж|week)")
_NUMBER = re.compile(r"[-−]?\d[\d ]*(?:[.,]\d+)?")
_UNIT_TAIL = re.compile(r"^(шт|штук|pcs|pc|szt|од|ед|units?|ea|компл|уп|упак|kpl|op)\b")


def _normalize(text: str) -> str:
    s = text.replace("\u00a0", " ").replace("\u202f", " ").strip().strip("'\"«»").strip().lower()
    s = s.rstrip(".!")
    return _SPACES.sub(" ", s)


def read_stock(text: object, *, vocabulary: Mapping[str, int] | None = None) -> tuple[int, bool]:
    """(units, understood). Blank cells are understood as 0; unknown words are (0, False)."""
    if text is None or isinstance(text, bool):
        return (1 if text else 0, True) if isinstance(text, bool) else (0, True)
    if isinstance(text, (int, float)):
        d = to_decimal(text)
        return (_cap(int(d)), True) if d is not None else (0, True)
    s = _normalize(str(text))
    if not s:
        return 0, True
    if vocabulary:
        for key, units in vocabulary.items():
            if _normalize(key) == s:
                return int(units), True
    if s in DEFAULT_STOCK_VOCABULARY:
        return DEFAULT_STOCK_VOCABULARY[s], True
    if _DELIVERY.match(s):
        return 0, True
    m = _COMPARISON.match(s)
    if m:
        n = _whole(m.group(2))
        # "<5" promises fewer than five: count one less; "до 5" / "up to 5" is at most five.
        return (max(n - 1, 0) if m.group(1) in _FEWER else n), True
    m = _PLUS.match(s)
    if m:
        return _whole(m.group(1)), True
    m = _NUMBER.match(s)
    if m:
        rest = s[m.end():].strip()
        if not rest or _UNIT_TAIL.match(rest) or rest.startswith(("-", "–", "(")):
            # "10 szt.", "5 pcs", "10-20" (the lower bound), "3 (резерв 1)"
            return _whole(m.group(0)), True
    m = _NUMBER.search(s)
    if m and not re.search(r"[^\W\d_]", s[: m.start()]):
        return _whole(m.group(0)), True
    if "(" in s and not s.startswith("("):
        # "много (>50)", "нет (ожидается 25.11)": the words before the bracket decide.
        return read_stock(s.split("(", 1)[0], vocabulary=vocabulary)
    return 0, False


def parse_stock(text: object, *, vocabulary: Mapping[str, int] | None = None) -> int:
    """``"много"`` -> 50, ``">10"`` -> 10, ``"<5"`` -> 4, ``"10 szt."`` -> 10, blank -> 0."""
    return read_stock(text, vocabulary=vocabulary)[0]


def _cap(units: int) -> int:
    return min(max(units, 0), MAX_UNITS)


def _whole(number: str) -> int:
    s = number.replace(" ", "").replace("−", "-").replace(",", ".")
    try:
        return _cap(int(float(s)))
    except (ValueError, OverflowError):
        return 0
