"""``parse_stock``: stock cells in RU/UA/PL/EN words or numbers -> integer units.

The default vocabulary maps words to units; a supplier section extends or overrides it
(``[suppliers.X] stock_vocabulary = { "много" = 50 }``). Unknown words give 0, so an
unreadable stock cell never invents stock.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from pricesync.money import to_decimal

# Words that mean "some stock, amount not told" map to a conservative count; "on order",
# "expected", "none" map to 0 because they cannot be shipped today.
DEFAULT_STOCK_VOCABULARY: dict[str, int] = {
    # RU
    "много": 50, "очень много": 100, "есть": 5, "есть в наличии": 5, "в наличии": 5, "да": 1,
    "достаточно": 20, "мало": 2, "заканчивается": 1, "нет": 0, "нет в наличии": 0,
    "под заказ": 0, "ожидается": 0, "в пути": 0, "отсутствует": 0,
    # UA
    "багато": 50, "є": 5, "є в наявності": 5, "в наявності": 5, "наявність": 5, "так": 1,
    "мало": 2, "закінчується": 1, "немає": 0, "нема": 0, "немає в наявності": 0,
    "під замовлення": 0, "очікується": 0, "в дорозі": 0,
    # PL
    "dostępny": 5, "dostepny": 5, "dostępne": 5, "jest": 5, "duża ilość": 50, "dużo": 50,
    "mało": 2, "brak": 0, "niedostępny": 0, "na zamówienie": 0, "na zamowienie": 0,
    "oczekiwany": 0,
    # EN
    "in stock": 5, "available": 5, "yes": 1, "y": 1, "many": 50, "plenty": 50, "few": 2,
    "low": 2, "out of stock": 0, "no": 0, "n": 0, "none": 0, "on order": 0, "backorder": 0,
    "incoming": 0, "preorder": 0, "discontinued": 0,
    # symbols
    "+": 5, "++": 20, "+++": 50, "-": 0, "--": 0, "*": 5, "v": 5, "✓": 5, "✔": 5,
}

_CMP = re.compile(r"^(>=|<=|>|<|≥|≤|более|больше|понад|більше|ponad|powyżej|over|more than|менее|меньше|менше|до|up to|poniżej|less than)\s*(\d+(?:[.,]\d+)?)")
_NUM = re.compile(r"[-+]?\d+(?:[.,]\d+)?")
_LESS = {"<", "<=", "≤", "менее", "меньше", "менше", "до", "up to", "poniżej", "less than"}


def _normalize(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip().lower().rstrip(".!")


def parse_stock(text: object, *, vocabulary: Mapping[str, int] | None = None) -> int:
    """``"много"`` -> 50, ``">10"`` -> 10, ``"<5"`` -> 4, ``"10 szt."`` -> 10, blank -> 0."""
    if text is None or isinstance(text, bool):
        return 0
    if isinstance(text, (int, float)):
        d = to_decimal(text)
        return max(int(d), 0) if d is not None else 0
    s = _normalize(str(text))
    if not s:
        return 0
    vocab = {k.lower(): v for k, v in (vocabulary or {}).items()}
    if s in vocab:
        return vocab[s]
    if s in DEFAULT_STOCK_VOCABULARY:
        return DEFAULT_STOCK_VOCABULARY[s]
    m = _CMP.match(s)
    if m:
        n = int(float(m.group(2).replace(",", ".")))
        # "<5" promises fewer than five: count one less; "до 5" / "up to 5" is at most five.
        if m.group(1) in {"<", "менее", "меньше", "менше", "poniżej", "less than"}:
            return max(n - 1, 0)
        return n
    m = _NUM.search(s)
    if m:
        try:
            return max(int(float(m.group(0).replace(",", "."))), 0)
        except ValueError:
            return 0
    return 0
