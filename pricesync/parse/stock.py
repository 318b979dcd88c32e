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


def _default_vocabulary() -> dict[str, int]:
    from pricesync.ingest.vocab import Vocabulary

    return {_normalize(word): units for word, units in Vocabulary.default().stock.items()}


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


# Stock words of every language, from the vocabulary files (``ingest/data/vocab``).
DEFAULT_STOCK_VOCABULARY: dict[str, int] = _default_vocabulary()


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
