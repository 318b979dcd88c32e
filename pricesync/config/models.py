"""The root config model: ``pricesync.toml`` as typed objects.

Each stage owns its section's model; this module only composes them.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pydantic import Field, PrivateAttr, field_validator

from pricesync.channels.config import AnyChannelConfig, ChannelConfig
from pricesync.config.types import Dec, Fraction, StrictModel
from pricesync.ingest.boundary import IngestLimits
from pricesync.ingest.config import SupplierConfig
from pricesync.match.config import MatchingConfig
from pricesync.notify import NotifyConfig
from pricesync.pipeline.config import StateConfig
from pricesync.pricing.config import PricingConfig, StockConfig
from pricesync.scrape.config import CompetitorConfig


class CatalogColumns(StrictModel):
    """``[shop.catalog_columns]``: the catalog export's header for each field; wins over the
    detection of known shop exports (WooCommerce, Shopify, Prom.ua, Horoshop, OpenCart, 1C)."""

    sku: str | None = Field(None, description="header of the shop's SKU (the code the channels know), e.g. 'Variant SKU'")
    name: str | None = None
    brand: str | None = None
    category: str | None = None
    ean: str | None = None
    price: str | None = Field(None, description="the current price, e.g. 'Regular price'")
    stock: str | None = None

    def given(self) -> dict[str, str]:
        return {k: v for k, v in self.model_dump().items() if v is not None and str(v).strip()}


class ShopConfig(StrictModel):
    currency: str = Field("RUB", description="ISO 4217 code of the shop's prices")
    catalog: str | None = Field(None, description="CSV/XLSX export of the shop: sku, name, brand, category, ean, price, stock "
                                                  "(or a WooCommerce, Shopify, Prom.ua, Horoshop, OpenCart or 1C export)")
    catalog_columns: CatalogColumns = Field(default_factory=CatalogColumns,
                                            description="catalog headers by field; win over detection")
    vat_rate: Fraction = Field(Decimal("0"), description="VAT added to net supplier prices when they say vat_included = false")
    prices_include_vat: bool = True

    @field_validator("currency")
    @classmethod
    def _iso(cls, v: str) -> str:
        if len(v) != 3 or not v.isalpha():
            raise ValueError("must be an ISO 4217 code such as RUB, UAH, PLN, KZT")
        return v.upper()


class Config(StrictModel):
    include: list[str] = Field(default_factory=list, description="more TOML files (globs) merged in, e.g. supplier mappings")
    shop: ShopConfig = Field(default_factory=ShopConfig)
    fx: dict[str, Dec] = Field(default_factory=dict)
    state: StateConfig = Field(default_factory=StateConfig)
    suppliers: dict[str, SupplierConfig] = Field(default_factory=dict)
    ingest: IngestLimits = Field(default_factory=IngestLimits,
                                 description="limits on supplier files (size, what they expand to); see docs/ingest.md")
    vocabulary: list[str] = Field(
        default_factory=list,
        description="TOML files of more header, price and stock words for every supplier (the tables of the "
                    "shipped vocabularies), relative to the config file",
    )
    matching: MatchingConfig = Field(default_factory=MatchingConfig)
    pricing: PricingConfig = Field(default_factory=PricingConfig)
    stock: StockConfig = Field(default_factory=StockConfig)
    competitors: dict[str, CompetitorConfig] = Field(default_factory=dict)
    channels: dict[str, AnyChannelConfig] = Field(default_factory=dict)
    notify: NotifyConfig = Field(default_factory=NotifyConfig)

    _base_dir: Path = PrivateAttr(default_factory=Path.cwd)
    _source: Path | None = PrivateAttr(default=None)
    # Channel sections validated by their connector's own model.
    _channels: dict[str, ChannelConfig] = PrivateAttr(default_factory=dict)
    # Things worth a look that do not stop a run (e.g. a legacy include path).
    _warnings: list[str] = PrivateAttr(default_factory=list)

    @field_validator("fx")
    @classmethod
    def _fx_codes(cls, v: dict[str, Decimal]) -> dict[str, Decimal]:
        out = {}
        for code, rate in v.items():
            if len(code) != 3 or not code.isalpha():
                raise ValueError(f"'{code}' is not an ISO 4217 code")
            if rate <= 0:
                raise ValueError(f"rate for {code} must be positive")
            out[code.upper()] = rate
        return out

    @property
    def base_dir(self) -> Path:
        return self._base_dir

    @property
    def warnings(self) -> list[str]:
        return list(self._warnings)

    @property
    def source(self) -> Path | None:
        return self._source

    def resolve(self, path: str | Path) -> Path:
        """A path from the config, relative to the config file's folder."""
        p = Path(path).expanduser()
        return p if p.is_absolute() else self._base_dir / p

    def channel(self, name: str) -> ChannelConfig:
        return self._channels[name]

    def channel_configs(self) -> dict[str, ChannelConfig]:
        return dict(self._channels)

    def fx_rate(self, currency: str) -> Decimal | None:
        """Shop-currency units per one unit of ``currency`` (1 for the shop's own)."""
        if currency.upper() == self.shop.currency:
            return Decimal(1)
        return self.fx.get(currency.upper())
