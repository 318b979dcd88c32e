"""``[suppliers.NAME]``: how to read one supplier's files. Every key is optional;
whatever is not fixed here is auto-detected.

```toml
[suppliers.elektrosnab]
files = ["prices/elektrosnab*.xls"]
sheets = ["TDSheet"]
header_row = 7                 # the spreadsheet's row number
header_rows = 2                # "Опт 1" / "Розница" merged over "Цена" / "Ед."
columns = { sku = "Код", name = ["Номенклатура", "C"], cost = "Опт 1 Цена", msrp = "Розница Цена" }
currency = "RUB"
stock_vocabulary = { "мало" = 1 }
structure_guard = "block"      # or "warn", "off"
```
"""
from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field, field_validator

from pricesync.config.types import Dec, StrictModel

# What a column can hold. ``rownum`` and ``ignore`` are columns detection recognises so
# that they are not mistaken for codes or prices ("№ п/п", "Сумма", "Скидка, %").
ROLES = ("sku", "mpn", "name", "brand", "ean", "cost", "msrp", "currency", "stock", "unit",
         "vat", "category", "note")


class SupplierConfig(StrictModel):
    files: list[str] = Field(default_factory=list, description="glob patterns, relative to the config file")
    currency: str | None = Field(None, description="ISO 4217 code of the prices; detected when absent")
    vat_included: bool = Field(True, description="false when the list's prices are net of VAT")
    vat_rate: Dec | None = Field(None, description="VAT rate for net prices, e.g. '0.23' (defaults to [shop] vat_rate)")
    fx_rate: Dec | None = Field(None, description="this supplier's own rate (shop currency per unit), wins over [fx]")
    fx_markup: Dec | None = Field(None, description="added on top of the [fx] rate, e.g. '0.02' or '2%'")
    decimal_separator: Literal[".", ","] | None = None
    sheets: list[str | int] | None = Field(None, description="sheet names or 0-based indexes to read")
    header_row: int | None = Field(None, ge=1, description="1-based row of the header as the spreadsheet shows it")
    header_rows: int | None = Field(None, ge=1, le=3, description="rows the header spans (2 for 'Опт 1' over 'Цена')")
    skip_rows: list[int] = Field(default_factory=list, description="1-based rows never to read")
    columns: dict[str, str | list[str]] = Field(
        default_factory=dict,
        description="role -> header text or column letter; a list joins several columns into one field",
    )
    stock_vocabulary: dict[str, int] = Field(default_factory=dict, description="extra stock words -> units")
    structure_guard: Literal["block", "warn", "off"] = "block"
    min_rows_ratio: Dec = Field(Decimal("0.5"), description="stop when a file has fewer product rows than this share of last time")
    priority: int | None = Field(None, description="lower wins when pricing picks a supplier by priority")
    encoding: str | None = Field(None, description="text files only: e.g. 'cp1251'; detected when absent")
    delimiter: str | None = Field(None, description="text files only: ';', ',', '\\t' or '|'; detected when absent")

    @field_validator("currency")
    @classmethod
    def _iso(cls, v: str | None) -> str | None:
        if v is not None and (len(v) != 3 or not v.isalpha()):
            raise ValueError("must be an ISO 4217 code such as RUB, UAH, PLN, USD, EUR, KZT")
        return v.upper() if v else v

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
