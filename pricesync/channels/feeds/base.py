"""What every feed file shares: one item per SKU, the whole file rewritten on each push,
written to a temporary sibling and renamed into place so an importer never reads half a
file, and a current state that is what pricesync last wrote (the pushed state)."""
from __future__ import annotations

import re
from abc import abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import ClassVar
from urllib.parse import quote

from pydantic import Field

from pricesync.channels.base import Change, Channel, Current, ItemResult
from pricesync.channels.config import ChannelConfig
from pricesync.errors import ChannelError
from pricesync.files import atomic_write

# XML 1.0 forbids these; a supplier name with a stray \x0b would make the feed unreadable.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_text(value: object) -> str:
    return _CONTROL.sub("", str(value)).strip() if value is not None else ""


class FeedConfig(ChannelConfig):
    path: str = Field(..., description="the feed file to write, relative to the config file")
    url_template: str | None = Field(None, description="product page link, e.g. 'https://shop.example/p/{sku}'")


@dataclass(frozen=True, slots=True)
class FeedItem:
    sku: str
    price: Decimal
    stock: int | None
    currency: str
    name: str
    brand: str = ""
    category: str = ""
    ean: str = ""
    url: str = ""
    image: str = ""
    description: str = ""

    @property
    def available(self) -> bool:
        # Unknown stock is not "sold out": only a known zero takes an item off sale.
        return self.stock is None or self.stock > 0


class FeedChannel(Channel):
    """Base of the feed file channels."""

    config_model: ClassVar[type[ChannelConfig]] = FeedConfig
    full_snapshot = True
    reads_pushed_state = True
    batch_size = 10_000_000          # the whole file is one batch

    @property
    def path(self) -> Path:
        return self.resolve(self.config.path)  # type: ignore[attr-defined]

    def target_exists(self) -> bool:
        return self.path.exists()

    def item(self, change: Change) -> FeedItem:
        extra = change.extra or {}
        url = clean_text(extra.get("url", ""))
        template = getattr(self.config, "url_template", None)
        if not url and template:
            url = template.format(sku=quote(change.sku, safe=""))
        return FeedItem(
            sku=change.sku, price=change.new_price, stock=change.new_stock,  # type: ignore[arg-type]
            currency=clean_text(extra.get("currency", "")) or "RUB",
            name=clean_text(extra.get("name", "")) or change.sku,
            brand=clean_text(extra.get("brand", "")), category=clean_text(extra.get("category", "")),
            ean=clean_text(extra.get("ean", "")), url=url, image=clean_text(extra.get("image", "")),
            description=clean_text(extra.get("description", "")))

    def send_batch(self, changes: Sequence[Change], *, idempotency_key: str) -> list[ItemResult]:
        """Write the whole feed from ``changes`` (every item the file must hold)."""
        items, results = [], []
        for c in changes:
            if c.new_price is None:
                results.append(ItemResult(c.sku, False, "no price to publish"))
                continue
            items.append(self.item(c))
            results.append(ItemResult(c.sku, True))
        target = self.path
        try:
            with atomic_write(target) as tmp:
                self.write(items, tmp)
        except OSError as exc:
            raise ChannelError(f"cannot write feed: {exc.strerror or exc}", file=str(target)) from None
        return results

    def fetch_current(self, skus: Sequence[str]) -> dict[str, Current]:
        """What the file on disk says (planning uses the pushed state instead; this reads
        the file itself, e.g. to check it)."""
        if not self.path.exists():
            return {}
        wanted = set(skus)
        return {sku: cur for sku, cur in self.read(self.path).items() if sku in wanted}

    @abstractmethod
    def write(self, items: list[FeedItem], path: Path) -> None:
        """Write ``items`` to ``path`` (a temporary file; renamed into place afterwards)."""

    @abstractmethod
    def read(self, path: Path) -> dict[str, Current]:
        """SKU -> price/stock as written in the file."""
