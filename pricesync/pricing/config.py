"""``[pricing]`` and ``[stock]``: how desired prices and stock are computed."""
from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field

from pricesync.config.types import Dec, StrictModel


class RuleCondition(StrictModel):
    category: str | list[str] | None = None
    brand: str | list[str] | None = None
    supplier: str | list[str] | None = None
    sku: list[str] | str | None = None
    cost_min: Dec | None = None
    cost_max: Dec | None = None


class PricingRule(StrictModel):
    name: str | None = None
    when: RuleCondition = Field(default_factory=RuleCondition)
    markup: Dec | None = None
    add: Dec | None = None
    use_msrp: bool = False


class PricingConfig(StrictModel):
    min_margin: Dec = Decimal("0.10")
    max_change: Dec | None = Decimal("0.30")
    rounding: str = "99"
    rules: list[PricingRule] = Field(default_factory=list)


class StockConfig(StrictModel):
    mode: Literal["sum", "max", "chosen"] = "sum"
    buffer: int = 0
    threshold: int = 0
    max_quantity: int | None = None
