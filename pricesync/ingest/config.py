"""``[suppliers.NAME]``: how to read one supplier's files. Every key is optional;
whatever is not fixed here is auto-detected."""
from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field

from pricesync.config.types import Dec, StrictModel


class SupplierConfig(StrictModel):
    files: list[str] = Field(default_factory=list, description="glob patterns, relative to the config file")
    currency: str | None = Field(None, description="ISO 4217 code of the prices; detected when absent")
    vat_included: bool = Field(True, description="false when the list's prices are net of VAT")
    vat_rate: Dec | None = Field(None, description="VAT rate for net prices, e.g. '0.23' (defaults to [shop] vat_rate)")
    fx_rate: Dec | None = Field(None, description="this supplier's own rate (shop currency per unit), wins over [fx]")
    fx_markup: Dec | None = Field(None, description="added on top of the [fx] rate, e.g. '0.02' or '2%'")
    decimal_separator: Literal[".", ","] | None = None
    sheets: list[str | int] | None = Field(None, description="sheet names or 0-based indexes to read")
    header_row: int | None = Field(None, description="1-based row of the header as the spreadsheet shows it")
    skip_rows: list[int] = Field(default_factory=list, description="1-based rows never to read")
    columns: dict[str, str | list[str]] = Field(
        default_factory=dict,
        description="role -> header text or column letter; a list joins several columns into one field",
    )
    stock_vocabulary: dict[str, int] = Field(default_factory=dict, description="extra stock words -> units")
    structure_guard: Literal["block", "warn", "off"] = "block"
    min_rows_ratio: Dec = Field(Decimal("0.5"), description="stop when a file has fewer product rows than this share of last time")
    priority: int | None = Field(None, description="lower wins when pricing picks a supplier by priority")
