"""What detection decides about a sheet: where the header is and what each column holds."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pricesync.ingest import vocab


@dataclass
class Column:
    index: int               # position in sheet.cells
    letter: str              # spreadsheet column letter
    header: str              # header text; two-row headers joined ("Опт 1 Цена")
    role: str | None = None
    confidence: float = 0.0
    why: str = ""
    values: str = ""         # what the values alone suggest ("price 92%, stock 40%")


@dataclass
class Layout:
    sheet: str
    header_rows: list[int]                      # spreadsheet row numbers of the header
    body_start: int                             # position in sheet.cells of the first row below it
    columns: list[Column]
    roles: dict[str, list[int]] = field(default_factory=dict)  # role -> column positions (several = joined)
    currency: str | None = None
    currency_source: str = ""
    currency_confidence: float = 0.0
    vat_included: bool | None = None
    vat_source: str = ""
    notes: list[str] = field(default_factory=list)
    price_choice: str = ""                      # which price column is the cost and why (several tiers)
    data_row: int = 0                           # spreadsheet row of the first row below the header
    feed: bool = False                          # an XML feed: fields named by the format, rows are offers

    def col(self, role: str) -> int | None:
        cols = self.roles.get(role)
        return cols[0] if cols else None

    @property
    def confidence(self) -> float:
        key = [c.confidence for c in self.columns if c.role in ("name", "cost", "sku")]
        return round(min(key), 2) if key else 0.0

    def structure(self) -> list[str]:
        """The header as the structure guard compares it."""
        return [vocab.normalize_header(c.header) for c in self.columns]


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def letter_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def is_number(v) -> bool:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return True
    return bool(re.fullmatch(r"[-+]?[\d\s\u00a0.,]+", str(v).strip())) and any(ch.isdigit() for ch in str(v))
