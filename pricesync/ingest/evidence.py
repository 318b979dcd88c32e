"""What a column's values say about its role, whatever its header says (or if it has none).

Each role gets a score in [0, 1] from the shape of the sampled values: valid EAN/GTIN
checksums, short unique tokens with digits (codes), long multi-word text (names), positive
amounts (prices), small whole numbers or stock words (stock), a repeated currency code,
running numbers (row numbers). Header words are weighed against these in ``roles``; a
table without a header, or with a header in words no vocabulary knows, is read from these
alone. Scores are shares of the sample, so they mean the same on every sheet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pricesync.ingest import vocab
from pricesync.parse.currency import currency_from_text

_MONEY_TEXT = re.compile(r"^(\D{0,6}?)\s*(\d[\d\s\u00a0\u202f.,']*)\s*(\D{0,8})$")
_COMPARISON = re.compile(r"^[<>≥≤]=?\s*\d+|\d+\+$")
_VAT = re.compile(r"^\d{1,2}([.,]\d+)?\s?%|0[.,]\d+|без ндс|без пдв|zw$")
_CODE = re.compile(r"^[\w][\w\-./]*$")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


@dataclass
class Evidence:
    filled: float = 0.0                        # share of sampled rows with a value
    scores: dict[str, float] = field(default_factory=dict)
    stock_words: float = 0.0                   # share of stock words and comparisons ("есть", ">10")
    text: float = 0.0                          # share of values with letters that are not amounts

    def best(self) -> tuple[str | None, float]:
        if not self.scores:
            return None, 0.0
        role = max(self.scores, key=self.scores.get)
        return role, self.scores[role]

    def describe(self) -> str:
        shown = sorted(((s, r) for r, s in self.scores.items() if s >= 0.3), reverse=True)[:3]
        return ", ".join(f"{r} {s:.0%}" for s, r in shown) or "nothing clear"


# Values are judged by their first characters: enough for any code, name or amount, and a
# damaged 10 MB cell costs no more than a normal one.
MAX_VALUE_CHARS = 300


def _text(v) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)[:MAX_VALUE_CHARS].strip()


def _amount(v) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    m = _MONEY_TEXT.match(str(v)[:MAX_VALUE_CHARS].strip())
    if not m:
        return None
    # Around the number only symbols or a currency ("1 234,56 руб."), not words ("F208 L/R").
    affix = (m.group(1) + " " + m.group(3)).strip(" .")
    if affix and _LETTER.search(affix) and not currency_from_text(affix):
        return None
    digits = re.sub(r"[^\d.,]", "", m.group(2))
    if digits.count(",") == 1 and digits.count(".") == 0:
        digits = digits.replace(",", ".")
    digits = digits.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        return None


def column_evidence(values: list, stock_words=None) -> Evidence:
    from pricesync.parse.codes import normalize_ean

    stock_words = stock_words if stock_words is not None else vocab.Vocabulary.default().stock
    vals = [v for v in values if v not in ("", None) and not (isinstance(v, float) and v != v)]
    ev = Evidence(filled=len(vals) / max(len(values), 1))
    if not vals:
        return ev
    texts = [_text(v) for v in vals]
    n = len(texts)
    amounts = [_amount(v) for v in vals]
    numbers = [a for a in amounts if a is not None]
    positive = [a for a in numbers if a > 0]
    whole = [a for a in numbers if float(a).is_integer()]
    unique = len(set(texts)) / n
    lengths = sorted(len(t) for t in texts)
    median_len = lengths[n // 2]
    spaced = sum(1 for t in texts if " " in t) / n
    lettered = sum(1 for t in texts if _LETTER.search(t)) / n

    # Running numbers: each filled value one more than the one before (1C's "№").
    steps = sum(1 for a, b in zip(whole, whole[1:]) if b - a == 1)
    rownum = steps / max(len(whole) - 1, 1) if len(whole) >= 3 and len(whole) == len(numbers) else 0.0

    words = sum(1 for t in texts if t.lower() in stock_words or _COMPARISON.match(t))
    small_whole = sum(1 for a in whole if 0 <= a < 10_000)
    has_fraction = len(whole) < len(numbers)
    stock = max(words / n, (small_whole / n) * (0.6 if has_fraction else 0.9))
    # A column of amounts: positive numbers, some of them with a fraction or beyond what a
    # count usually is, and not a running number.
    price = (len(positive) / n) * (1.0 if has_fraction or (positive and sorted(positive)[len(positive) // 2] >= 50)
                                   else 0.6) * (1.0 - rownum)

    ean = sum(1 for t in texts if normalize_ean(t)[1]) / n
    code_like = sum(1 for t in texts if len(t) <= 30 and " " not in t and _CODE.match(t) and _DIGIT.search(t)) / n
    name = min(1.0, median_len / 20) * (0.3 + 0.7 * spaced) * lettered * (0.5 + 0.5 * unique)
    ev.stock_words = words / n
    ev.text = sum(1 for t, a in zip(texts, amounts) if a is None and _LETTER.search(t)) / n
    ev.scores = {
        "ean": ean,
        "sku": code_like * unique * (1.0 - ean) * (1.0 - rownum) * (0.7 if numbers and len(numbers) == n else 1.0),
        "name": name,
        "price": price,
        "stock": stock * (1.0 - rownum),
        "rownum": rownum,
        "unit": sum(1 for t in texts if t.lower() in vocab.UNIT_VALUES) / n,
        "vat": sum(1 for t in texts if _VAT.match(t.lower())) / n,
        "currency": sum(1 for t in texts if len(t) <= 5 and currency_from_text(t)) / n,
        "brand": lettered * (1.0 - spaced * 0.5) * (1.0 if median_len <= 20 else 0.3) * (1.0 - unique) * 0.8,
    }
    return ev


def value_fit(role: str, ev: Evidence) -> float:
    """How well values fit a role a header names (0.5 when the sample says nothing)."""
    if not ev.filled:
        return 0.5
    s = ev.scores
    fits = {"ean": s["ean"], "price": max(s["price"], 0.0), "stock": s["stock"], "name": s["name"],
            "sku": max(s["sku"], 0.5 * s["ean"]), "mpn": s["sku"], "unit": s["unit"], "vat": s["vat"],
            "currency": s["currency"], "brand": 1.0 if s["name"] < 0.6 else 0.4}
    return min(1.0, fits.get(role, 0.6))


# A value-only role needs its shape in most of the sample: below this share the column
# is left alone rather than guessed. Brands are never taken from values alone (any short
# repeated word looks like one), and stock only from stock words: a column of bare whole
# numbers may as well be an order quantity or a pack size, and misread stock empties a shop.
VALUE_ONLY_MIN = {"ean": 0.8, "sku": 0.75, "name": 0.55, "price": 0.75, "unit": 0.8, "vat": 0.8,
                  "currency": 0.8, "rownum": 0.9}


def roles_from_values(ev: Evidence, named: set[str] = frozenset(), blank_header: bool = True) -> dict[str, float]:
    """Roles a column without a header word can take, strongest first. Under a header row
    that names other columns, a column with an unknown header word takes only roles no
    header names (a blank header over merged name cells takes any)."""
    out = {}
    scores = dict(ev.scores)
    scores["stock"] = ev.stock_words if ev.stock_words >= 0.5 else 0.0
    for role, score in scores.items():
        if role != "rownum" and not blank_header and (role in named or (role == "sku" and "mpn" in named)):
            continue
        if score >= VALUE_ONLY_MIN.get(role, 0.8 if role == "stock" else 1.1):
            out[role] = score
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))
