"""``type = "csv"`` and ``type = "xlsx"``: price/stock files for a shop's own importer.

``format`` picks the column names the importer expects: ``woocommerce`` (the product CSV
importer's ``SKU``, ``Regular price``, ``Stock``, ``In stock?`` — "update existing
products" matches on SKU), ``prestashop`` (``Reference #``, ``Price tax included``,
``Quantity``; semicolon separated) or ``plain``. ``columns`` chooses and orders the fields,
``headers`` renames any of them.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from pricesync.channels.base import Current
from pricesync.channels.feeds.base import FeedChannel, FeedConfig, FeedItem
from pricesync.channels.registry import register_channel
from pricesync.money import format_money, to_decimal
from pricesync.tables import neutralize_formula

FIELDS = ("sku", "name", "brand", "category", "ean", "price", "currency", "stock", "available", "url")

PRESETS: dict[str, dict[str, str]] = {
    "plain": {f: f for f in FIELDS if f != "url"},
    "woocommerce": {"sku": "SKU", "name": "Name", "price": "Regular price", "stock": "Stock",
                    "available": "In stock?"},
    "prestashop": {"sku": "Reference #", "name": "Name", "price": "Price tax included", "stock": "Quantity",
                   "ean": "EAN13"},
}
DEFAULT_DELIMITER = {"plain": ",", "woocommerce": ",", "prestashop": ";"}


class TableFeedConfig(FeedConfig):
    format: Literal["plain", "woocommerce", "prestashop"] = "plain"
    columns: list[str] | None = Field(None, description=f"fields in order, any of: {', '.join(FIELDS)}")
    headers: dict[str, str] = Field(default_factory=dict, description="field -> column title")

    @model_validator(mode="after")
    def _known_fields(self):
        unknown = [f for f in [*(self.columns or []), *self.headers] if f not in FIELDS]
        if unknown:
            raise ValueError(f"unknown field(s) {', '.join(unknown)}; known: {', '.join(FIELDS)}")
        return self

    def layout(self) -> list[tuple[str, str]]:
        """(field, column title) in file order."""
        preset = PRESETS[self.format]
        fields = self.columns or list(preset)
        return [(f, self.headers.get(f) or preset.get(f) or f) for f in fields]


class CsvFeedConfig(TableFeedConfig):
    delimiter: str | None = Field(None, min_length=1, max_length=1, description="default ',' (';' for prestashop)")
    encoding: Literal["utf-8", "utf-8-sig", "cp1251"] = Field("utf-8", description="utf-8-sig adds a BOM for Excel")


def _cell(item: FeedItem, field: str, fmt: str) -> object:
    if field == "price":
        return item.price
    if field == "stock":
        return item.stock
    if field == "available":
        if fmt == "plain":
            return "in_stock" if item.available else "out_of_stock"
        return 1 if item.available else 0
    return getattr(item, field)


def _text(value: object) -> str:
    from decimal import Decimal

    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_money(value)
    return str(neutralize_formula(value)) if isinstance(value, str) else str(value)


def _parse(rows: list[dict[str, str]], layout: list[tuple[str, str]]) -> dict[str, Current]:
    title = dict(layout)
    out = {}
    for row in rows:
        sku = str(row.get(title.get("sku", "sku"), "")).strip()
        if not sku:
            continue
        stock_text = str(row.get(title.get("stock", "stock"), "")).strip()
        stock = to_decimal(stock_text)
        out[sku] = Current(sku, to_decimal(str(row.get(title.get("price", "price"), "")).strip()),
                           None if stock is None else int(stock))
    return out


@register_channel
class CsvFeed(FeedChannel):
    type_name = "csv"
    config_model = CsvFeedConfig

    def _delimiter(self) -> str:
        cfg: CsvFeedConfig = self.config  # type: ignore[assignment]
        return cfg.delimiter or DEFAULT_DELIMITER[cfg.format]

    def write(self, items: list[FeedItem], path: Path) -> None:
        cfg: CsvFeedConfig = self.config  # type: ignore[assignment]
        layout = cfg.layout()
        with open(path, "w", encoding=cfg.encoding, errors="replace", newline="") as fh:
            writer = csv.writer(fh, delimiter=self._delimiter())
            writer.writerow([t for _, t in layout])
            for item in items:
                writer.writerow([_text(_cell(item, f, cfg.format)) for f, _ in layout])

    def read(self, path: Path) -> dict[str, Current]:
        cfg: CsvFeedConfig = self.config  # type: ignore[assignment]
        with open(path, encoding=cfg.encoding, newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter=self._delimiter()))
        return _parse(rows, cfg.layout())


@register_channel
class XlsxFeed(FeedChannel):
    type_name = "xlsx"
    config_model = TableFeedConfig

    def write(self, items: list[FeedItem], path: Path) -> None:
        import pandas as pd

        from pricesync.tables import write_xlsx

        cfg: TableFeedConfig = self.config  # type: ignore[assignment]
        layout = cfg.layout()
        # Titles are the importer's; the "price" field keeps Decimal so the cell is a number.
        frame = pd.DataFrame({title: pd.Series([_cell(i, f, cfg.format) for i in items], dtype=object)
                              for f, title in layout})
        write_xlsx({"products": frame}, path)

    def read(self, path: Path) -> dict[str, Current]:
        import pandas as pd

        cfg: TableFeedConfig = self.config  # type: ignore[assignment]
        frame = pd.read_excel(path, dtype=str, engine="calamine", keep_default_na=False)
        return _parse(frame.to_dict(orient="records"), cfg.layout())
