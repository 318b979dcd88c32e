"""``[pricing]`` and ``[stock]``: how desired prices and stock are computed.

```toml
[pricing]
min_margin = "0.10"          # price >= cost_shop * (1 + min_margin), always, after rounding
max_change = "0.30"          # larger moves vs the current price are held until accepted
rounding = "99"              # "99", "9", "90", "0.99", "nearest 10", "none"
best_offer = "cheapest"      # or "priority" (supplier_priority), "preferred" (+ preferred_within)
ceiling = "msrp"             # optional: never above the supplier's RRP ...
max_markup = "0.60"          # ... or above cost_shop * (1 + max_markup)

[pricing.competitor]
strategy = "beat"            # "beat" (percent or amount), "match", "average" (within percent)
percent = "1%"
exclude = ["cheapshop"]

[[pricing.rules]]            # first match wins
name = "Смартфоны"
when = { category = "Смартфоны", cost_min = "5000" }
markup = "0.15"
```
"""
from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field, field_validator, model_validator

from pricesync.config.types import Dec, Fraction, StrictModel


class RuleCondition(StrictModel):
    """All given conditions must hold. Text conditions take one value or a list (any of)."""

    category: str | list[str] | None = Field(
        None, description="the catalog's category (the supplier's when the catalog has none); "
                          "also matches one level of a path such as 'Телефоны/Смартфоны'")
    brand: str | list[str] | None = Field(None, description="the catalog's brand (the supplier's when the catalog has none)")
    supplier: str | list[str] | None = Field(None, description="supplier of the offer used")
    sku: list[str] | str | None = Field(None, description="catalog SKUs")
    cost_min: Dec | None = Field(None, description="cost_shop >= cost_min (shop currency, after fx and VAT)")
    cost_max: Dec | None = Field(None, description="cost_shop <= cost_max")

    def is_empty(self) -> bool:
        return all(getattr(self, f) is None for f in type(self).model_fields)


class PricingRule(StrictModel):
    """price = base × (1 + markup) + add, where base is cost_shop, or the supplier's RRP
    (in shop currency) with ``use_msrp = true``. A rule without ``when`` is the default."""

    name: str | None = None
    when: RuleCondition = Field(default_factory=RuleCondition)
    markup: Fraction | None = Field(None, description="e.g. '0.15' or '15%'; negative on an RRP base gives a discount")
    add: Dec | None = Field(None, description="fixed amount in shop currency added after the markup")
    use_msrp: bool = Field(False, description="price from the supplier's RRP/MSRP; offers without one go to the next rule")

    @model_validator(mode="after")
    def _has_action(self) -> "PricingRule":
        if self.markup is None and self.add is None and not self.use_msrp:
            raise ValueError("a rule needs markup, add or use_msrp = true")
        if self.markup is not None and self.markup <= -1:
            raise ValueError("markup must be above -100 %")
        return self

    def label(self, index: int) -> str:
        """The rule's name in explanations: its ``name``, else what its condition names."""
        if self.name:
            return self.name
        w = self.when
        words: list[str] = []
        for value in (w.category, w.brand, w.supplier):
            if value:
                words.extend([value] if isinstance(value, str) else value)
        if w.sku:
            words.append("SKU list")
        if w.cost_min is not None or w.cost_max is not None:
            words.append(f"cost {w.cost_min if w.cost_min is not None else ''}–{w.cost_max if w.cost_max is not None else ''}")
        return ", ".join(words) if words else ("default" if w.is_empty() else f"rule {index + 1}")


class CompetitorPricing(StrictModel):
    strategy: Literal["off", "beat", "match", "average"] = Field(
        "off", description="beat the lowest competitor (by percent or amount), match it, or stay within "
                           "percent of the average; without a competitor price the markup rule decides")
    percent: Fraction | None = Field(None, description="beat by this share, or the band around the average")
    amount: Dec | None = Field(None, description="beat by this amount (shop currency)")
    exclude: list[str] = Field(default_factory=list, description="competitor names to ignore")
    in_stock_only: bool = Field(True, description="ignore competitor prices of pages saying out of stock")

    @model_validator(mode="after")
    def _complete(self) -> "CompetitorPricing":
        if self.strategy == "beat" and (self.percent is None) == (self.amount is None):
            raise ValueError("strategy 'beat' needs exactly one of percent or amount")
        if self.strategy == "average" and self.percent is None:
            raise ValueError("strategy 'average' needs percent (the band around the average)")
        for key in ("percent", "amount"):
            value = getattr(self, key)
            if value is not None and value < 0:
                raise ValueError(f"{key} must not be negative")
        return self


class PricingConfig(StrictModel):
    min_margin: Fraction = Field(Decimal("0.10"), description="\"10%\" or \"0.10\"")
    max_change: Fraction | None = Field(Decimal("0.30"), description="\"30%\" or \"0.30\"; 'off' holds nothing")
    rounding: str = "99"
    rules: list[PricingRule] = Field(default_factory=list)
    best_offer: Literal["cheapest", "priority", "preferred"] = Field(
        "cheapest", description="cheapest cost_shop in stock; or the first supplier of supplier_priority "
                                "(else [suppliers.*] priority); or preferred_supplier when within preferred_within")
    supplier_priority: list[str] = Field(default_factory=list, description="best_offer = 'priority': first wins")
    preferred_supplier: str | None = None
    preferred_within: Fraction = Field(Decimal("0"), description="the preferred supplier wins when at most this much dearer")
    ceiling: Literal["none", "msrp"] = Field("none", description="'msrp': never above the supplier's RRP")
    max_markup: Fraction | None = Field(None, description="never above cost_shop × (1 + max_markup)")
    competitor: CompetitorPricing = Field(default_factory=CompetitorPricing)

    @field_validator("max_change", mode="before")
    @classmethod
    def _off(cls, v: object) -> object:
        # TOML has no null: `max_change = "off"` switches the guard off.
        return None if isinstance(v, str) and v.strip().lower() in ("off", "none", "") else v

    @field_validator("rounding", mode="before")
    @classmethod
    def _known_rounding(cls, v: object) -> object:
        # Checked here, beside every other problem of the file; `rounding = 99` (a TOML
        # number) means "99".
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            v = str(v)
        if isinstance(v, str):
            from pricesync.pricing.rounding import ROUNDING_MODES, parse_rounding

            try:
                parse_rounding(v)
            except ValueError as exc:
                why = "" if str(exc).startswith("unknown rounding") else f" ({exc})"
                raise ValueError(f"'{v}' is not one of {', '.join(ROUNDING_MODES)}{why}") from None
        return v

    @field_validator("min_margin")
    @classmethod
    def _margin(cls, v: Decimal) -> Decimal:
        if v < 0:
            raise ValueError("min_margin must not be negative: the floor protects the margin")
        return v

    @model_validator(mode="after")
    def _best_offer(self) -> "PricingConfig":
        if self.best_offer == "preferred" and not self.preferred_supplier:
            raise ValueError("best_offer = 'preferred' needs preferred_supplier")
        if self.max_change is not None and self.max_change < 0:
            raise ValueError("max_change must not be negative")
        return self


class StockConfig(StrictModel):
    mode: Literal["sum", "max", "chosen"] = Field(
        "sum", description="units over the SKU's matched offers: sum, the largest, or the chosen supplier's")
    buffer: int = Field(0, ge=0, description="safety stock subtracted from the total")
    threshold: int = Field(0, ge=0, description="below this many units (after the buffer) the SKU shows 0")
    max_quantity: int | None = Field(None, ge=0, description="never list more than this")
    zero_missing: list[str] = Field(
        default_factory=list,
        description="suppliers whose previously supplied SKUs get stock 0 when no offer remains "
                    "(only these; a supplier with no offers at all in a run is never zeroed)")
