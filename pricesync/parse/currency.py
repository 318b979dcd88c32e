"""Currency symbols and words -> ISO 4217 codes."""
from __future__ import annotations

import re

# Longest tokens first so "US$" wins over "$" and "руб." over "р.".
_TOKENS: list[tuple[str, str]] = [
    ("US$", "USD"), ("USD", "USD"), ("$", "USD"), ("дол", "USD"), ("у.е", "USD"),
    ("EUR", "EUR"), ("€", "EUR"), ("евро", "EUR"), ("євро", "EUR"), ("euro", "EUR"),
    ("GBP", "GBP"), ("£", "GBP"),
    ("RUB", "RUB"), ("RUR", "RUB"), ("₽", "RUB"), ("руб", "RUB"), ("р.", "RUB"),
    ("UAH", "UAH"), ("₴", "UAH"), ("грн", "UAH"), ("гривн", "UAH"),
    ("PLN", "PLN"), ("zł", "PLN"), ("zl", "PLN"), ("злот", "PLN"),
    ("KZT", "KZT"), ("₸", "KZT"), ("тенге", "KZT"), ("тг", "KZT"),
    ("BYN", "BYN"), ("BYR", "BYN"), ("Br", "BYN"), ("бел. руб", "BYN"),
    ("CHF", "CHF"), ("CZK", "CZK"), ("Kč", "CZK"), ("JPY", "JPY"), ("¥", "JPY"),
    ("CNY", "CNY"), ("元", "CNY"), ("INR", "INR"), ("₹", "INR"), ("TRY", "TRY"), ("₺", "TRY"),
    ("SEK", "SEK"), ("NOK", "NOK"), ("DKK", "DKK"), ("kr", "SEK"),
    ("CAD", "CAD"), ("C$", "CAD"), ("AUD", "AUD"), ("A$", "AUD"), ("BRL", "BRL"), ("R$", "BRL"),
    ("MDL", "MDL"), ("GEL", "GEL"), ("₾", "GEL"), ("AMD", "AMD"), ("֏", "AMD"), ("UZS", "UZS"),
    ("сум", "UZS"), ("KGS", "KGS"), ("сом", "KGS"), ("RON", "RON"), ("lei", "RON"),
    ("HUF", "HUF"), ("Ft", "HUF"),
]
_TOKENS.sort(key=lambda t: -len(t[0]))

ISO_CODES = frozenset(code for _, code in _TOKENS)

# Letters-only tokens must stand alone ("Br" is not inside "Brand", "тг" not inside "тгх").
_WORDY = re.compile(r"^[^\W\d_]+\.?$")


def _pattern(token: str) -> re.Pattern[str]:
    esc = re.escape(token)
    if _WORDY.match(token):
        # Russian words are declined ("рублей", "гривень"): allow a tail after stems.
        tail = r"[^\W\d_]*" if token in {"руб", "гривн", "злот", "дол", "евро", "євро", "тенге"} else ""
        return re.compile(rf"(?<![^\W\d_]){esc}{tail}(?![^\W\d_])", re.IGNORECASE)
    return re.compile(esc)


_COMPILED = [(_pattern(tok), code) for tok, code in _TOKENS]


def currency_from_text(text: str | None) -> str | None:
    """The ISO 4217 code of the first currency token found in ``text``, else None."""
    if not text:
        return None
    for pattern, code in _COMPILED:
        if pattern.search(text):
            return code
    return None
