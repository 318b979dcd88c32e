"""``[competitors.NAME]``: which competitor pages to read and how.

```toml
[competitors.rozetka]
urls = ["https://rozetka.example/p/123/"]        # and/or
urls_file = "competitors/rozetka.txt"             # one URL (or saved page path) per line
sitemap = "https://rozetka.example/sitemap.xml"   # URL or file; sitemap indexes are followed
sitemap_filter = "/p/"                            # regex: only product pages of the sitemap
mapping = "competitors.csv"                       # url,sku: which catalog SKU each page is
match_by = ["mapping", "gtin", "sku", "name"]     # how pages find their catalog SKU, in order
selectors = { price = ".price__current", old_price = ".price__old" }  # sites without structured data
delay = 1.0                                       # seconds between requests to one host
```
"""
from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from pricesync.config.types import StrictModel

MatchMethod = Literal["mapping", "gtin", "sku", "name"]
DEFAULT_USER_AGENT = "pricesync/0.1 (+https://github.com/pricesync/pricesync)"


class Selectors(StrictModel):
    """CSS selectors for pages without structured data (``content``/``data-price``
    attributes are read before the element's text)."""

    price: str | None = None
    old_price: str | None = Field(None, description="crossed-out price, never taken as the price")
    availability: str | None = None
    name: str | None = None
    sku: str | None = None

    @field_validator("price", "old_price", "availability", "name", "sku")
    @classmethod
    def _valid_css(cls, v: str | None) -> str | None:
        if v is None:
            return v
        from cssselect import GenericTranslator, SelectorError

        try:
            GenericTranslator().css_to_xpath(v)
        except SelectorError as exc:
            raise ValueError(f"not a valid CSS selector: {exc}") from None
        return v

    def any(self) -> bool:
        return any((self.price, self.availability, self.name, self.sku))


class CompetitorConfig(StrictModel):
    urls: list[str] = Field(default_factory=list)
    urls_file: str | None = Field(None, description="file with one URL or saved-page path per line")
    sitemap: str | None = Field(None, description="sitemap.xml URL or file (indexes are followed)")
    sitemap_filter: str | None = Field(None, description="regex a sitemap URL must contain to be scraped")
    max_pages: int = Field(5000, ge=1, description="at most this many pages per run")
    selectors: Selectors = Field(default_factory=Selectors)
    mapping: str | None = Field(None, description="CSV url,sku tying pages to catalog SKUs")
    match_by: list[MatchMethod] = Field(
        default_factory=lambda: ["mapping", "gtin", "sku", "name"],
        description="how a page finds its catalog SKU, first that answers wins",
    )
    currency: str | None = Field(None, description="ISO code assumed when a page names no currency")
    delay: float = Field(1.0, ge=0, description="seconds between requests to one host")
    timeout: float = Field(20.0, gt=0, description="seconds for one request")
    retries: int = Field(3, ge=0, le=10)
    user_agent: str = DEFAULT_USER_AGENT
    exclude: bool = False

    @field_validator("sitemap_filter")
    @classmethod
    def _regex(cls, v: str | None) -> str | None:
        if v is not None:
            import re

            try:
                re.compile(v)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression: {exc}") from None
        return v

    @field_validator("currency")
    @classmethod
    def _iso(cls, v: str | None) -> str | None:
        if v is not None and (len(v) != 3 or not v.isalpha()):
            raise ValueError("must be an ISO 4217 code such as UAH, RUB, PLN")
        return v.upper() if v else v
