"""``[channels.NAME]``: where desired prices and stock go. Each channel ``type`` has its own
model (registered with the connector); this base holds what every channel shares."""
from __future__ import annotations

from pydantic import ConfigDict, Field, field_validator

from pricesync.config.types import Dec, Fraction, StrictModel


class ChannelConfig(StrictModel):
    type: str
    enabled: bool = True
    price_multiplier: Dec | None = Field(None, description="e.g. marketplace commission: '1.12'")
    price_add: Dec | None = None
    stock_percent: Fraction | None = Field(None, ge=0, le=1, description="share of stock this channel sees, rounded "
                                           "down: \"50%\" or \"0.5\"")
    max_quantity: int | None = None
    rounding: str | None = Field(None, description="price ending on this channel; default [pricing] rounding")
    verify: bool | str = Field(True, description="TLS verification: true, false or a CA bundle path")
    timeout: float = Field(30.0, gt=0)

    @field_validator("rounding")
    @classmethod
    def _known_rounding(cls, v: str | None) -> str | None:
        if v is not None:
            from pricesync.pricing.rounding import ROUNDING_MODES, parse_rounding

            try:
                parse_rounding(v)
            except ValueError:
                raise ValueError(f"'{v}' is not one of {', '.join(ROUNDING_MODES)}") from None
        return v


class AnyChannelConfig(ChannelConfig):
    """Loose first pass; the connector's own model validates the rest."""

    model_config = ConfigDict(extra="allow")
