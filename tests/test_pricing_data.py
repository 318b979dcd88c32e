"""Builders shared by the pricing tests: matched offers, a catalog and a config in the shapes
of the product contract (no tests here)."""
from __future__ import annotations

from decimal import Decimal

import pandas as pd

from pricesync.config.models import Config
from pricesync.tables import MATCH_COLUMNS

D = Decimal


def make_config(**sections) -> Config:
    """A config with a shop in RUB, USD at 92.50, 10 % floor, no rounding, one 25 % rule,
    no max_change; ``sections`` replace or extend these."""
    data = {
        "shop": {"currency": "RUB"},
        "fx": {"USD": "92.50"},
        "pricing": {"min_margin": "0.10", "max_change": None, "rounding": "none", "rules": [{"markup": "0.25"}]},
    }
    for key, value in sections.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    if data["pricing"].get("max_change") is None:
        data["pricing"]["max_change"] = None
    return Config.model_validate(data)


def offer(sku: str, supplier: str = "alpha", cost: str | None = "100.00", currency: str = "RUB", stock: int = 5,
          msrp: str | None = None, status: str = "auto", **extra) -> dict:
    row = {c: "" for c in MATCH_COLUMNS}
    row.update(
        supplier=supplier, supplier_sku=f"{supplier}-{sku}-{cost}", name=f"item {sku}", cost=D(cost) if cost else None,
        currency=currency, msrp=D(msrp) if msrp else None, stock=stock, stock_raw=str(stock),
        source_file=f"{supplier}.xlsx", source_sheet="Прайс", source_row=len(sku) + 10, catalog_sku=sku,
        match_score=100, match_method="sku", match_status=status,
    )
    row.update(extra)
    return row


def matches(*rows: dict) -> pd.DataFrame:
    frame = pd.DataFrame(list(rows), columns=MATCH_COLUMNS)
    for col in ("cost", "msrp"):
        frame[col] = pd.Series([r[col] for r in rows], dtype=object)
    return frame


def catalog(*rows: tuple) -> pd.DataFrame:
    """Rows of (sku, price, category, brand, stock); price None = no current price."""
    out = []
    for row in rows:
        sku, price, category, brand, stock = (tuple(row) + (None, "", "", 0))[:5]
        out.append({"sku": sku, "name": f"item {sku}", "brand": brand, "category": category, "ean": "",
                    "price": D(price) if price is not None else None, "stock": stock})
    frame = pd.DataFrame(out)
    frame["price"] = pd.Series([r["price"] for r in out], dtype=object)
    return frame


def competitor(sku: str, price: str, name: str = "shopB", currency: str = "RUB", status: str = "ok",
               availability: str = "in_stock") -> dict:
    return {"url": f"https://{name}.example/{sku}", "name": sku, "price": D(price), "currency": currency,
            "availability": availability, "sku": "", "gtin": "", "brand": "", "fetched_at": "2026-01-01T00:00:00",
            "status": status, "competitor": name, "catalog_sku": sku}


def competitors(*rows: dict) -> pd.DataFrame:
    frame = pd.DataFrame(list(rows))
    frame["price"] = pd.Series([r["price"] for r in rows], dtype=object)
    return frame


def row_of(prices: pd.DataFrame, sku: str) -> dict:
    return prices.set_index("sku").loc[sku].to_dict()
