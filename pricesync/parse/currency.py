"""Currency symbols and words -> ISO 4217 codes.

One compiled alternation finds every currency token in a text with its position, so the
price parser can take the currency nearest to the amount it chose (``"1 шт. — 250 грн"``)
and a page scanner can test thousands of short texts quickly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# (tokens, ISO code). Case-sensitive unless listed in _CASELESS_CODES' word tokens below:
# "Br" (BYN) must not match "br", "TL" (TRY) not "tl", "Р" (RUB) not "P".
_SYMBOLS: dict[str, tuple[str, ...]] = {
    "USD": ("US$", "US $", "U.S.$", "$", "дол", "долл", "у.е", "у. е"),
    "EUR": ("€", "euro", "евро", "євро", "eur", "Eur"),
    "GBP": ("£", "GBp", "stg"),
    "RUB": ("₽", "руб", "р.", "р", "Р", "rub", "rur"),
    "UAH": ("₴", "грн", "гривн", "гривен", "гривень", "hrn", "uah"),
    "PLN": ("zł", "Zł", "ZŁ", "zl", "злот", "złotych", "pln"),
    "KZT": ("₸", "тг", "тңг", "тенге", "kzt"),
    "BYN": ("Br", "бел. руб", "бел.руб", "byn", "byr"),
    "CHF": ("SFr", "Fr.", "chf"),
    "CZK": ("Kč", "kč", "czk"),
    "JPY": ("¥", "￥", "円", "jpy"),
    "CNY": ("CN¥", "RMB", "人民币", "yuan", "cny"),
    "KRW": ("₩", "원"),
    "INR": ("₹", "inr"),
    "TRY": ("₺", "TL"),
    "CAD": ("C$", "CA$", "CAD$", "cad"),
    "AUD": ("A$", "AU$", "aud"),
    "NZD": ("NZ$", "nzd"),
    "HKD": ("HK$",),
    "SGD": ("S$", "SGD$"),
    "BRL": ("R$",),
    "MXN": ("MX$",),
    "ARS": ("AR$",),
    "TWD": ("NT$",),
    "ILS": ("₪", "ש״ח", 'ש"ח', "nis"),
    "THB": ("฿", "บาท"),
    "VND": ("₫", "VNĐ", "đ"),
    "IDR": ("Rp",),
    "MYR": ("RM",),
    "PHP": ("₱",),
    "HUF": ("Ft", "huf"),
    "RON": ("lei", "Lei", "LEI", "ron"),
    "BGN": ("лв",),
    "HRK": ("kn", "Kn"),
    "GEL": ("₾", "ლარი"),
    "AMD": ("֏", "դր"),
    "AZN": ("₼", "ман"),
    "UZS": ("сум", "сўм", "so'm"),
    "KGS": ("сом",),
    "MDL": ("mdl",),
    "RSD": ("дин", "din", "Dinara"),
    "MKD": ("ден",),
    "BAM": ("KM", "км"),
    "PEN": ("S/.",),
    "LAK": ("₭",),
    "MNT": ("₮",),
    "TND": ("DT", "د.ت"),
    "MAD": ("د.م",),
    "SYP": ("ل.س",),
    "IQD": ("ع.د",),
    "SEK": ("sek",),
    "NOK": ("nok",),
    "DKK": ("dkk",),
    "SAR": ("ر.س",),
    "AED": ("د.إ", "Dhs"),
    "QAR": ("ر.ق",),
    "KWD": ("د.ك",),
    "EGP": ("ج.م",),
    "NGN": ("₦",),
    "GHS": ("GH₵", "₵"),
    "KES": ("KSh",),
    "BDT": ("৳",),
}

# Russian/Ukrainian/Polish words are declined ("рублей", "гривні", "złotych"): these stems
# take any letters after them.
_STEMS = ("руб", "гривн", "гривен", "злот", "дол", "евро", "євро", "тенге", "euro")
# Lower-case words matched in any letter case ("РУБ.", "Грн", "EURO").
_ANY_CASE = {"руб", "грн", "гривн", "гривен", "гривень", "злот", "złotych", "дол", "долл", "евро",
             "євро", "euro", "тенге", "тг", "тңг", "hrn", "лв", "сум", "сом", "ман", "дин", "ден",
             "lei", "yuan", "stg", "nis", "din"}

# Every ISO 4217 code in use, matched as an upper-case word ("EUR29.66", "DKK 449,00").
# Left out: codes that are common upper-case English words ("ALL", "TOP", "CUP", "PEN", "MAD").
ISO_CODES = frozenset("""
AED AFN AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN
BZD CAD CDF CHF CLP CNY COP CRC CUC CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL
GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR
KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN
MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR
SDG SEK SGD SHP SLE SLL SRD SSP STN SVC SYP SZL THB TJS TMT TND TRY TTD TWD TZS UAH UGX USD
UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL
""".split())
_WORDLIKE_CODES = {"ALL", "TOP", "CUP", "PEN", "MAD", "SOS", "BOB", "MOP", "TRY", "CUC"}
# Old codes still printed on price lists.
_LEGACY = {"RUR": "RUB", "BYR": "BYN", "UKR": "UAH"}

# Bare "$" or "¥" say less than "NZD" or "C$": when both appear ("NZD $100.70",
# "$ SGD4.90"), the specific one wins.
_GENERIC = {"$", "¥", "￥", "р", "Р", "đ"}


@dataclass(frozen=True, slots=True)
class CurrencyMatch:
    start: int
    end: int
    code: str
    specific: bool


def _token_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for code, tokens in _SYMBOLS.items():
        for tok in tokens:
            table[tok] = code
    for code in ISO_CODES - _WORDLIKE_CODES:
        table[code] = code
    table.update(_LEGACY)
    return table


_TABLE = _token_table()
_CASELESS = {tok.casefold(): code for tok, code in _TABLE.items() if tok in _ANY_CASE}


def _ending(token: str) -> str:
    tail = r"[^\W\d_]*" if token in _STEMS else ""
    # Letters must stand alone: "Br" is not inside "Brand", "тг" not inside "тгх"; digits
    # may touch ("3 100р.", "EUR29.66", "RM50").
    return tail + (r"(?![^\W\d_])" if token[-1].isalpha() else "")


def _trie_regex(tokens: list[str], *, fold: bool) -> str:
    """One regex for many tokens, factored by common prefixes so each text position tries
    one branch instead of every token (the page scanner tests thousands of texts)."""
    trie: dict = {}
    for tok in tokens:
        node = trie
        for ch in (tok.casefold() if fold else tok):
            node = node.setdefault(ch, {})
        node[""] = _ending(tok)

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append(node[""] or "")  # ending last: longer tokens win
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    body = build(trie)
    return f"(?i:{body})" if fold else body


def _compile() -> re.Pattern[str]:
    exact = [t for t in _TABLE if t not in _ANY_CASE]
    caseless = [t for t in _TABLE if t in _ANY_CASE]
    letter_start = r"(?<![^\W\d_])(?=[^\W\d_])"
    parts = [
        letter_start + _trie_regex([t for t in exact if t[0].isalpha()], fold=False),
        letter_start + _trie_regex(caseless, fold=True),
        _trie_regex([t for t in exact if not t[0].isalpha()], fold=False),
    ]
    return re.compile("|".join(f"(?:{p})" for p in parts))


_PATTERN = _compile()


def _code_for(matched: str) -> str | None:
    if matched in _TABLE:
        return _TABLE[matched]
    folded = matched.casefold()
    if folded in _CASELESS:
        return _CASELESS[folded]
    for stem in _STEMS:
        if folded.startswith(stem.casefold()):
            return _TABLE[stem]
    return None


def find_currencies(text: str) -> list[CurrencyMatch]:
    """Every currency token in ``text``, left to right, longest token at each place."""
    found = []
    for m in _PATTERN.finditer(text):
        code = _code_for(m.group(0))
        if code:
            found.append(CurrencyMatch(m.start(), m.end(), code, m.group(0) not in _GENERIC))
    return found


def normalize_currency(value: str | None) -> str | None:
    """An ISO code from a code, symbol or word (``"руб."`` -> ``RUB``, ``"eur"`` -> ``EUR``)."""
    if not value:
        return None
    text = str(value).strip()
    if len(text) == 3 and text.upper() in ISO_CODES | _WORDLIKE_CODES:
        return text.upper()
    if text.upper() in _LEGACY:
        return _LEGACY[text.upper()]
    return currency_from_text(text)


def currency_from_text(text: str | None, *, near: int | None = None) -> str | None:
    """The ISO 4217 code of the currency in ``text``, else None.

    A specific token beats a generic one ("$ SGD4.90" is SGD); among equals the one
    nearest to position ``near`` wins (the amount's place), else the first.
    """
    if not text:
        return None
    matches = find_currencies(str(text))
    if not matches:
        return None
    if near is None:
        best = min(matches, key=lambda m: (not m.specific, m.start))
    else:
        best = min(matches, key=lambda m: (not m.specific, _distance(m, near), m.start))
    return best.code


def _distance(m: CurrencyMatch, pos: int) -> int:
    if m.start <= pos < m.end:
        return 0
    return m.start - pos if m.start > pos else pos - m.end
