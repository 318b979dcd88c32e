"""``[suppliers.NAME]``: how to read one supplier's files. Every key is optional;
whatever is not fixed here is auto-detected.

```toml
[suppliers.elektrosnab]
files = ["prices/elektrosnab*.xls"]
sheets = ["TDSheet"]
header_row = 7                 # the spreadsheet's row number
header_rows = 2                # "Опт 1" / "Розница" merged over "Цена" / "Ед."
columns = { sku = "Код", name = ["Номенклатура", "C"], msrp = "Розница Цена" }
price_column = "Опт 1 Цена"    # the cost among several price tiers: header text or a letter ("G")
stock_when_absent = "available"  # the list has no stock column: "unknown" (default), "available", "out", or units
currency = "RUB"
stock_vocabulary = { "мало" = 1 }
structure_guard = "block"      # or "warn", "off"
```
"""
from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field, PrivateAttr, field_validator, model_validator

from pricesync.config.types import Dec, Fraction, StrictModel
from pricesync.sources.config import SourceConfig

# What a column can hold. ``rownum`` and ``ignore`` are columns detection recognises so
# that they are not mistaken for codes or prices ("№ п/п", "Сумма", "Скидка, %").
ROLES = ("sku", "mpn", "name", "brand", "ean", "cost", "msrp", "currency", "stock", "unit",
         "vat", "category", "note")


# ``stock_when_absent`` words (besides a number of units).
ABSENT_STOCK_WORDS = ("unknown", "available", "out")


class SupplierConfig(StrictModel):
    files: list[str] = Field(default_factory=list, description="glob patterns, relative to the config file")
    currency: str | None = Field(None, description="ISO 4217 code of the prices; detected when absent")
    vat_included: bool = Field(True, description="false when the list's prices are net of VAT")
    vat_rate: Fraction | None = Field(None, description="VAT rate for net prices, e.g. '0.23' (defaults to [shop] vat_rate)")
    fx_rate: Dec | None = Field(None, description="this supplier's own rate (shop currency per unit), wins over [fx]")
    fx_markup: Fraction | None = Field(None, description="added on top of the [fx] rate, e.g. '0.02' or '2%'")
    decimal_separator: Literal[".", ","] | None = None
    sheets: list[str | int] | None = Field(None, description="sheet names or 0-based indexes to read")
    header_row: int | None = Field(None, ge=1, description="1-based row of the header as the spreadsheet shows it")
    header_rows: int | None = Field(None, ge=0, le=3, description="rows the header spans (2 for 'Опт 1' over 'Цена'; "
                                    "0: no header, header_row is the first data row)")
    skip_rows: list[int] = Field(default_factory=list, description="1-based rows never to read")
    columns: dict[str, str | list[str]] = Field(
        default_factory=dict,
        description="role -> header text or column letter; a list joins several columns into one field",
    )
    price_column: str | None = Field(
        None, description="the purchase price among several price columns (tiers): header text, case- and "
                          "space-insensitive, or a column letter; same as columns.cost")
    stock_when_absent: str | int = Field(
        "unknown", description="stock of every offer when the list has no stock column: 'unknown' (prices only, "
                               "channel stock left alone), 'available', 'out' or a number of units")
    stock_vocabulary: dict[str, int] = Field(default_factory=dict, description="extra stock words -> units")
    header_words: dict[str, str] = Field(
        default_factory=dict,
        description="extra header words -> role (sku, name, stock, ignore... or cost/msrp for a price column); "
                    "a key with '*' is a word pattern, otherwise a whole header",
    )
    structure_guard: Literal["block", "warn", "off"] = "block"
    min_rows_ratio: Fraction = Field(Decimal("0.5"), description="stop when a file has fewer product rows than this share of last time")
    priority: int | None = Field(None, description="lower wins when pricing picks a supplier by priority")
    encoding: str | None = Field(None, description="text files only: e.g. 'cp1251'; detected when absent")
    delimiter: str | None = Field(None, description="text files only: ';', ',', '\\t' or '|'; detected when absent")
    source: SourceConfig | None = Field(None, description="fetch the list from a URL, FTP/SFTP folder... before "
                                                          "each run; its files replace `files`")

    @field_validator("currency")
    @classmethod
    def _iso(cls, v: str | None) -> str | None:
        if v is not None and (len(v) != 3 or not v.isalpha()):
            raise ValueError("must be an ISO 4217 code such as RUB, UAH, PLN, USD, EUR, KZT")
        return v.upper() if v else v

    # Shop-wide vocabulary files ([vocabulary] files), set when the config is applied.
    _vocabulary_files: list[str] = PrivateAttr(default_factory=list)

    @field_validator("header_words")
    @classmethod
    def _header_words(cls, v: dict[str, str]) -> dict[str, str]:
        from pricesync.ingest.vocab import Vocabulary, VocabularyError

        try:
            Vocabulary().extended(header_words=v)
        except VocabularyError as exc:
            raise ValueError(str(exc).replace("config header_words: ", "")) from None
        return v

    def stock_words(self) -> dict[str, int]:
        """Stock words beyond the shipped ones: the shop's vocabulary files, then this supplier's."""
        from pricesync.ingest.vocab import Vocabulary

        default = Vocabulary.default().stock
        extra = {w: u for w, u in self.vocabulary().stock.items() if default.get(w) != u}
        return {**extra, **self.stock_vocabulary}

    def vocabulary(self):
        """The shipped vocabulary with this supplier's and the shop's words added."""
        from pricesync.ingest.vocab import vocabulary_for

        return vocabulary_for(tuple(sorted(self.header_words.items())), tuple(self._vocabulary_files))

    @field_validator("columns")
    @classmethod
    def _roles(cls, v: dict[str, str | list[str]]) -> dict[str, str | list[str]]:
        unknown = [k for k in v if k not in ROLES]
        if unknown:
            raise ValueError(f"unknown role(s) {', '.join(unknown)}; known: {', '.join(ROLES)}")
        for role, spec in v.items():
            parts = spec if isinstance(spec, list) else [spec]
            if not parts or any(not str(p).strip() for p in parts):
                raise ValueError(f"'{role}' needs a header text or a column letter")
            if isinstance(spec, list) and role in ("cost", "msrp", "stock", "ean"):
                raise ValueError(f"'{role}' takes one column; only text fields can join several")
        return v

    @field_validator("price_column")
    @classmethod
    def _price_column(cls, v: str | None) -> str | None:
        if v is not None and not v.strip():
            raise ValueError("needs a header text or a column letter, e.g. \"Оптовая\" or \"G\"")
        return v

    @field_validator("stock_when_absent", mode="before")
    @classmethod
    def _absent(cls, v: object) -> str | int:
        if isinstance(v, bool) or isinstance(v, float) and not v.is_integer():
            v = str(v)
        if isinstance(v, (int, float)):
            if v < 0:
                raise ValueError(f"{v} units: must be 0 or more")
            return int(v)
        text = str(v).strip().lower()
        if text in ABSENT_STOCK_WORDS:
            return text
        if text.isdigit():
            return int(text)
        raise ValueError(f"'{v}' is not one of {', '.join(repr(w) for w in ABSENT_STOCK_WORDS)} or a whole "
                         "number of units")

    @model_validator(mode="after")
    def _one_cost(self) -> "SupplierConfig":
        if self.price_column is not None and "cost" in self.columns:
            raise ValueError("price_column and columns.cost both name the cost column; keep one")
        return self

    def column_specs(self) -> list[tuple[str, str | list[str], str]]:
        """(role, header text(s) or letter(s), the config key that says so) of every fixed column."""
        specs = [(role, spec, f"columns.{role}") for role, spec in self.columns.items()]
        if self.price_column is not None:
            specs.append(("cost", self.price_column, "price_column"))
        return specs

    def absent_stock(self) -> int | None:
        """Units of every offer of a list without a stock column; None = unknown."""
        v = self.stock_when_absent
        if v == "unknown":
            return None
        if v == "out":
            return 0
        if v == "available":
            from pricesync.parse.stock import DEFAULT_STOCK_VOCABULARY

            return DEFAULT_STOCK_VOCABULARY["in stock"]  # what "в наличии" / "in stock" reads as
        return int(v)

    @field_validator("stock_vocabulary")
    @classmethod
    def _vocab(cls, v: dict[str, int]) -> dict[str, int]:
        bad = [k for k, n in v.items() if n < 0]
        if bad:
            raise ValueError(f"stock units must be >= 0 (see {', '.join(bad)})")
        return v

    @field_validator("delimiter")
    @classmethod
    def _delimiter(cls, v: str | None) -> str | None:
        if v is None:
            return v
        v = {"\\t": "\t", "tab": "\t"}.get(v, v)
        if len(v) != 1:
            raise ValueError("must be one character, e.g. ';' or '\\t'")
        return v

    @field_validator("encoding")
    @classmethod
    def _encoding(cls, v: str | None) -> str | None:
        if v is None:
            return v
        import codecs

        try:
            return codecs.lookup(v).name
        except LookupError:
            raise ValueError(f"unknown encoding '{v}'") from None

    def vat_explicit(self) -> bool:
        """Whether the config says anything about VAT (else the file's headers decide)."""
        return "vat_included" in self.model_fields_set
