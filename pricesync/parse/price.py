"""``parse_price``: a price string (or cell) -> amount as Decimal and ISO currency.

Bad input gives ``ParsedPrice(None, None)`` (the hint's currency when one was given),
never an exception. The same parser reads supplier price lists (``1 234,56``,
``8 075,13 грн``, ``2,999.99``, ``,89``) and competitor pages (``$ 1.144.000``,
``Was $120.00 Now $60.00``, ``35€ 99``).

How a string is read:
1. every number-looking run is a candidate (``1 234,56``, ``1'049,95``, ``.75``,
   ``1.837, 32``); numbers followed by ``%`` are discounts, not prices;
2. among several: zero loses to non-zero (``Was: $124.95 Now: $0.00``), an amount after
   an old-price word (``was``, ``statt``, ``RRP``, ``старая цена``) loses to the others,
   and when some amount touches a currency, bare integers that do not (counts such as
   ``3 Ausgaben für nur 14,85 EUR``) drop out; then the first one wins;
3. its decimal separator is the hint, or guessed: the last of two different separators,
   or a single one unless exactly three digits follow it (``1,234`` and ``3.350`` are
   thousands; ``0.125`` and ``34.992001`` are not).
"""
from __future__ import annotations

import numbers
import re
from bisect import bisect_left, bisect_right
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from pricesync.money import to_decimal
from pricesync.parse.currency import currency_from_text, find_currencies, normalize_currency


@dataclass(frozen=True, slots=True)
class ParsedPrice:
    amount: Decimal | None
    currency: str | None


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    text: str           # the number as written, spaces removed ("1.234,56")
    negative: bool


_SPACE_CHARS = "\u00a0\u202f\u2009\u2007\u2008\u200a\u205f\u3000\t\r\n"
_SPACE_TABLE = str.maketrans({c: " " for c in _SPACE_CHARS})
# "35€ 99" and "1,235€99": in French price tags the euro sign stands where the comma would.
_EURO_DECIMAL = re.compile(r"(\d)\s?€\s?(\d{2})(?![\d.,])")
_FREE = re.compile(r"(?i)\b(?:free|gratis|kostenlos|бесплатно|безкоштовно|darmow[ay]|gratuit)\b")
_OLD_WORDS = (
    r"\bwas\b|\bstatt\b|\bbefore\b|\brrp\b|\bmsrp\b|\buvp\b|\blist price\b|\bregular price\b"
    r"|\breg\.|\bold price\b|старая цена|стара ціна|\bбыло\b|\bбуло\b|cena regularna|cena katalogowa"
    r"|běžná cena|před slevou|\bprix barré|\bprezzo di listino"
)
_OLD_PRICE_WORDS = re.compile(rf"(?i)(?:{_OLD_WORDS})[\s:]*\D{{0,12}}$")
# The same words anywhere (no word boundaries, so it finds a superset): candidates with
# none of them just before are not searched one by one.
_OLD_WORD_ANYWHERE = re.compile("(?i)" + _OLD_WORDS.replace(r"\b", ""))
_OLD_WORD_REACH = 40 + 30   # the window before a candidate + the longest word
_DIGITS = re.compile(r"\d+")
_RANGE_GAP = re.compile(r"\s?(?:[-–—]|до|to|bis|do)\s?")
_WORD_CHAR = re.compile(r"[\w]")
# Three decimal places are real in these currencies: "12.345 KWD" is twelve dinars.
_THREE_DECIMALS = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}


def parse_price(
    text: object,
    *,
    currency_hint: str | None = None,
    decimal_separator: str | None = None,
) -> ParsedPrice:
    """``"1 234,56 грн"`` -> ``ParsedPrice(Decimal("1234.56"), "UAH")``.

    ``currency_hint``: an ISO code or any text that may name the currency (a column
    header, a neighbouring element); a currency in ``text`` itself wins.
    ``decimal_separator``: ``"."``, ``","`` (or another character) when known, e.g. from
    a supplier's config; guessed otherwise.
    """
    hint = normalize_currency(currency_hint) if currency_hint else None
    if text is None or isinstance(text, bool):
        return ParsedPrice(None, hint)
    if isinstance(text, (numbers.Real, Decimal)):
        return ParsedPrice(_from_number(text), hint)
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    if not isinstance(text, str):
        return ParsedPrice(None, hint)  # pd.NA, lists, objects: not a price
    s = _clean(text)
    if not s:
        return ParsedPrice(None, hint)
    written = s
    if decimal_separator and decimal_separator not in ".,":
        s = _rewrite_decimal(s, decimal_separator)
        decimal_separator = "."
    elif not decimal_separator and s.count("€") == 1:
        s = _EURO_DECIMAL.sub(r"\1,\2 €", s)
    candidates = _candidates(s)
    currencies = find_currencies(s)
    chosen = _choose(s, candidates, currencies)
    if chosen is None:
        currency = currency_from_text(s) or currency_from_text(written) or hint
        amount = Decimal(0) if _FREE.search(s) and not any(ch.isdigit() for ch in s) else None
        return ParsedPrice(amount, currency)
    currency = currency_from_text(s, near=chosen.start) or currency_from_text(written) or hint
    if decimal_separator in (".", ",") and _contradicts(chosen.text, decimal_separator):
        decimal_separator = None
    sep = decimal_separator or _guess_decimal_separator(chosen.text, currency)
    amount = _to_decimal(chosen.text, sep)
    if amount is not None and chosen.negative:
        amount = -amount
    return ParsedPrice(amount, currency)


def _from_number(value: numbers.Real | Decimal) -> Decimal | None:
    """A number from a spreadsheet cell. numpy scalars (``np.float64`` subclasses float
    but its repr is ``np.float64(12.34)``) become plain Python numbers first."""
    if isinstance(value, (Decimal, bool)):
        return to_decimal(value)
    try:
        if isinstance(value, numbers.Integral):
            return Decimal(int(value))
        return to_decimal(float(value))
    except (TypeError, ValueError, OverflowError):
        return None


def _clean(s: str) -> str:
    # NFKC turns full-width digits and compatibility spaces into plain ones.
    s = unicodedata.normalize("NFKC", s).translate(_SPACE_TABLE)
    s = re.sub(r" {2,}", " ", s).strip()
    return s.replace("\u200f", "").replace("\u200e", "")


def _rewrite_decimal(s: str, sep: str) -> str:
    """A configured unusual decimal mark ("1250€ 60" with "€") becomes a point when one or
    two digits follow it; elsewhere it is text."""
    esc = re.escape(sep)
    return re.sub(rf"(\d)\s?{esc}\s?(\d{{1,2}})(?!\d)", r"\1.\2", s.replace(".", "").replace(",", ""))


def _candidates(s: str) -> list[_Candidate]:
    """Number-looking runs of ``s``: digit runs joined by one separator each.

    A space joins only groups of exactly three digits after a short head ("1 234 567",
    "DEM 170 000", never "2 Litre" or "12,50 100"); a point or comma followed by a space
    and two digits ends a number with its decimals ("1.837, 32 €", "$119. 95").
    """
    runs = list(_DIGITS.finditer(s))
    out: list[_Candidate] = []
    i = 0
    while i < len(runs):
        first = runs[i]
        start, parts, end = first.start(), [first.group()], first.end()
        spaced_ok = len(first.group()) <= 3
        j = i + 1
        while j < len(runs):
            run = runs[j].group()
            gap = s[end:runs[j].start()]
            after = s[runs[j].end():runs[j].end() + 1]
            if gap in (".", ",", "'", "’"):
                parts += [gap, run]
                spaced_ok = False
            elif gap == " " and spaced_ok and len(run) == 3:
                parts.append(run)
            elif gap in (". ", ", ") and len(run) == 2 and after not in tuple("0123456789.,"):
                parts += [gap[0], run]
                end = runs[j].end()
                j += 1
                break
            else:
                break
            end = runs[j].end()
            j += 1
        i = j
        text = "".join(parts)
        # "$..75" / ".75 €": points right before the first digit are a decimal mark when
        # nothing else in the number is one.
        lead = 0 if start < 1 or s[start - 1] not in ".," else 1 if start < 2 or s[start - 2] not in ".," else 2
        if lead and not (start - lead > 0 and s[start - lead - 1].isdigit()):
            text = s[start - lead:start] + text
            start -= lead
        if s[end:end + 1] == "%" or (s[end:end + 1].isspace() and s[end + 1:end + 2] == "%"):
            continue  # "40% OFF", "-30,00%": a discount, not a price
        sign_at = start - 1
        negative = sign_at >= 0 and s[sign_at] in "-−" and (sign_at == 0 or not s[sign_at - 1].isalnum())
        out.append(_Candidate(start, end, text, negative))
    return out


def _choose(s: str, candidates: list[_Candidate], currencies) -> _Candidate | None:
    """Linear in the number of candidates and currencies: each test looks only at the
    neighbours (bisect over positions), never at every pair."""
    if not candidates:
        return None
    pool = list(candidates)
    nonzero = [c for c in pool if _to_decimal(c.text, _guess_decimal_separator(c.text, None))]
    if nonzero:
        pool = nonzero
    old_words = [m.start() for m in _OLD_WORD_ANYWHERE.finditer(s)]
    current = [c for c in pool if not _after_old_price_word(s, c, old_words)]
    if current:
        pool = current
    cur_ends = [cur.end for cur in currencies]
    starts = [c.start for c in candidates]
    touching = {c.start for c in pool if _touches_currency(s, c, currencies, cur_ends)
                or _starts_range(s, c, candidates, starts, currencies, cur_ends)}
    if touching:
        pool = [c for c in pool if c.start in touching or _has_separator(c.text)]
    return pool[0]


def _after_old_price_word(s: str, c: _Candidate, old_words: list[int]) -> bool:
    k = bisect_left(old_words, c.start - _OLD_WORD_REACH)
    if k == len(old_words) or old_words[k] >= c.start:
        return False
    return bool(_OLD_PRICE_WORDS.search(s[max(0, c.start - 40):c.start]))


def _touches_currency(s: str, c: _Candidate, currencies, cur_ends: list[int]) -> bool:
    """A currency overlaps ``c`` or stands at most three non-word characters from it. The
    matches are ordered and disjoint, so only the nearest one on each side can."""
    k = bisect_right(cur_ends, c.start)   # currencies[:k] end at or before c.start
    if k < len(currencies):
        after = currencies[k]
        if after.start < c.end:
            return True  # overlapping
        if _close(s[c.end:after.start]):
            return True
    return k > 0 and _close(s[currencies[k - 1].end:c.start])


def _close(gap: str) -> bool:
    return len(gap) <= 3 and not _WORD_CHAR.search(gap)


def _starts_range(s: str, c: _Candidate, candidates: list[_Candidate], starts: list[int], currencies,
                  cur_ends: list[int]) -> bool:
    """"5-10 €", "от 5 до 10 грн": the first number of a range shares the currency of the last.
    Only the next number can be separated from ``c`` by a dash or word alone."""
    k = bisect_right(starts, c.end)
    if k < len(candidates):
        other = candidates[k]
        gap = s[c.end:other.start]
        if len(gap) <= 5 and _RANGE_GAP.fullmatch(gap):
            return _touches_currency(s, other, currencies, cur_ends)
    return False


def _has_separator(text: str) -> bool:
    return bool(re.search(r"[.,'’]", text))


def _contradicts(text: str, decimal_separator: str) -> bool:
    """A supplier said "," is the decimal mark, yet this cell reads "12.50": a group
    separator is always followed by exactly three digits, so the cell is guessed instead
    of becoming 1250."""
    other = "," if decimal_separator == "." else "."
    return any(len(group) != 3 for group in re.findall(rf"(?<=\d){re.escape(other)}(\d*)", text))


def _guess_decimal_separator(text: str, currency: str | None) -> str | None:
    body = text.lstrip(".,")
    if body != text:
        # "$..75", ",89": a mark before the digits is decimal when the rest has none;
        # otherwise it is decoration ("$.750.30").
        if not re.search(r"[.,]", body):
            return text[-len(body) - 1]
        text = body
    seps = [(i, ch) for i, ch in enumerate(text) if ch in ".,"]
    if not seps:
        return None
    last_pos, last = seps[-1]
    kinds = {ch for _, ch in seps}
    digits_after = len(text) - last_pos - 1
    if len(kinds) == 2:
        # "1.234,56" / "1,234.56" / "123,456.789": the last kind is the decimal one,
        # unless it repeats ("1.234,567,890" is nonsense; treat all as groups).
        return last if sum(1 for _, ch in seps if ch == last) == 1 else None
    if len(seps) > 1:
        # "1.234.567" groups; "1,234,56" ends in a decimal part.
        return None if digits_after == 3 else last
    head = text[:last_pos].lstrip("-−")
    if digits_after != 3:
        return last
    # Exactly three digits after a single separator: thousands ("1,234", "3.350",
    # "Rp 31.500"), except after a lone zero ("0.125") or in three-decimal currencies.
    if head in ("", "0") or currency in _THREE_DECIMALS:
        return last
    return None


def _to_decimal(text: str, decimal_separator: str | None) -> Decimal | None:
    s = text.replace("'", "").replace("’", "")
    if decimal_separator in (".", ","):
        other = "," if decimal_separator == "." else "."
        s = s.replace(other, "")
        head, sep, tail = s.rpartition(decimal_separator)
        s = (head.replace(decimal_separator, "") + "." + tail) if sep else s
    else:
        s = s.replace(".", "").replace(",", "")
    return to_decimal(s.rstrip("."))   # "" and "." are not numbers: None
