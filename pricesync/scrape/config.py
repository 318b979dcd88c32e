"""``[competitors.NAME]``: which competitor pages to read and how."""
from __future__ import annotations

from pydantic import Field

from pricesync.config.types import StrictModel


class Selectors(StrictModel):
    price: str | None = None
    old_price: str | None = None
    availability: str | None = None
    name: str | None = None
    sku: str | None = None


class CompetitorConfig(StrictModel):
    urls: list[str] = Field(default_factory=list)
    urls_file: str | None = None
    sitemap: str | None = None
    selectors: Selectors = Field(default_factory=Selectors)
    mapping: str | None = Field(None, description="CSV url,sku tying pages to catalog SKUs")
    delay: float = Field(1.0, ge=0)
    exclude: bool = False
