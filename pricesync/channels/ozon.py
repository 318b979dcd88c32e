"""``type = "ozon"``: Ozon Seller API (api-seller.ozon.ru).

Prices go to ``POST /v1/product/import/prices`` (1000 items a call, money as strings),
stock to ``POST /v2/products/stocks`` (100 product-warehouse pairs a call) for one seller
warehouse. Both answer 200 with ``result[] = {offer_id, updated, errors[{code, message}]}``
per item; ``TOO_MANY_REQUESTS`` there means "this pair was updated less than 30 s ago" and
is worth sending again later. SKUs are Ozon ``offer_id`` (the seller's article).

Batch size: one ``send_batch`` carries at most 100 changes, the smaller of the two limits,
so each batch is at most one price call and one stock call. Splitting a 1000-change batch
into ten stock calls inside the connector would let a run killed half-way re-send the
stock calls that had succeeded; with 100 a journal entry maps to the calls it made.
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from pydantic import Field

from pricesync.channels.base import Change, Current, ItemResult
from pricesync.channels.config import ChannelConfig
from pricesync.channels.marketplace import BatchOutcome, MarketplaceChannel, chunked, describe_errors
from pricesync.channels.registry import register_channel
from pricesync.errors import ChannelError
from pricesync.money import format_money

PRICE_LIMIT = 1000
STOCK_LIMIT = 100
READ_LIMIT = 1000


class OzonConfig(ChannelConfig):
    url: str = Field("https://api-seller.ozon.ru", description="API base URL")
    client_id_env: str = Field(description="environment variable holding the Client-Id")
    api_key_env: str = Field(description="environment variable holding the Api-Key")
    warehouse_id: int | None = Field(None, description="seller warehouse for stock (from /v1/warehouse/list)")
    currency: str | None = Field(None, description="currency_code sent with prices, e.g. RUB")
    reset_old_price: bool = Field(False, description="send old_price '0' (no crossed-out price) with each price")


@register_channel
class OzonChannel(MarketplaceChannel):
    type_name = "ozon"
    config_model = OzonConfig
    batch_size = STOCK_LIMIT
    api_name = "Ozon"
    auth_env_fields = ("client_id_env", "api_key_env")
    config: OzonConfig

    def auth_headers(self) -> dict[str, str]:
        return {"Client-Id": self.secret("client_id_env"), "Api-Key": self.secret("api_key_env")}

    def _url(self, path: str) -> str:
        return self.config.url.rstrip("/") + path

    # ------------------------------------------------------------------ read
    def fetch_current(self, skus: Sequence[str]) -> dict[str, Current]:
        wanted = list(dict.fromkeys(skus))
        found: dict[str, tuple[Decimal | None, int]] = {}
        for chunk in chunked(wanted, READ_LIMIT):
            cursor = ""
            while True:
                body = {"filter": {"offer_id": chunk, "visibility": "ALL"}, "cursor": cursor, "limit": READ_LIMIT}
                page = self.read_json(self.call("POST", self._url("/v5/product/info/prices"), body=body))
                for item in page.get("items") or []:
                    price = (item.get("price") or {}).get("price")
                    found[str(item["offer_id"])] = (None if price is None else Decimal(str(price)),
                                                    item.get("product_id"))
                cursor = page.get("cursor") or ""
                if not cursor or not page.get("items"):
                    break
        stocks = self._warehouse_stocks(set(found)) if self.config.warehouse_id is not None else {}
        return {
            sku: Current(sku, price,
                         # a product without a record at this warehouse has nothing to sell there
                         stocks.get(sku, 0) if self.config.warehouse_id is not None else None,
                         {"product_id": product_id})
            for sku, (price, product_id) in found.items()
        }

    def _warehouse_stocks(self, skus: set[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        cursor = ""
        while True:
            body = {"warehouse_id": self.config.warehouse_id, "limit": READ_LIMIT, "cursor": cursor}
            page = self.read_json(self.call("POST", self._url("/v1/product/info/warehouse/stocks"), body=body))
            for row in page.get("stocks") or []:
                sku = str(row.get("offer_id"))
                if sku in skus:
                    # we set stock *excluding* reserved items, so compare with the free part
                    free = row.get("free_stock")
                    if free is None:
                        free = int(row.get("present", 0)) - int(row.get("reserved", 0))
                    out[sku] = int(free)
            cursor = page.get("cursor") or ""
            if not page.get("has_next") or not cursor:
                return out

    # ------------------------------------------------------------------ write
    def send_batch(self, changes: Sequence[Change], *, idempotency_key: str) -> list[ItemResult]:
        # Ozon has no idempotency key; both calls set absolute values, so a repeat is harmless.
        outcome = BatchOutcome(changes)
        prices = [c for c in changes if c.price_changed]
        stocks = [c for c in changes if c.stock_changed]
        if stocks and self.config.warehouse_id is None:
            raise ChannelError("stock changes need the seller warehouse id (see /v1/warehouse/list)",
                               key=f"channels.{self.name}.warehouse_id")
        for chunk in chunked(prices, PRICE_LIMIT):
            items = [self._price_item(c) for c in chunk]
            outcome.attempt("price", [c.sku for c in chunk], lambda items=items: self._post_items(
                "/v1/product/import/prices", {"prices": items}, "price", outcome))
        for chunk in chunked(stocks, STOCK_LIMIT):
            items = [{"offer_id": c.sku, "stock": int(c.new_stock), "warehouse_id": self.config.warehouse_id}
                     for c in chunk]
            outcome.attempt("stock", [c.sku for c in chunk], lambda items=items: self._post_items(
                "/v2/products/stocks", {"stocks": items}, "stock", outcome))
        return outcome.results()

    def _price_item(self, change: Change) -> dict:
        item = {"offer_id": change.sku, "price": format_money(change.new_price)}
        if self.config.reset_old_price:
            item["old_price"] = "0"
        if self.config.currency:
            item["currency_code"] = self.config.currency
        return item

    def _post_items(self, path: str, body: dict, part: str, outcome: BatchOutcome) -> None:
        answer = self.read_json(self.call("POST", self._url(path), body=body))
        for row in answer.get("result") or []:
            sku = str(row.get("offer_id"))
            errors = row.get("errors") or []
            if row.get("updated") and not errors:
                outcome.ok(sku, part)
            else:
                codes = {str(e.get("code")) for e in errors if isinstance(e, dict)}
                outcome.fail(sku, part, describe_errors(errors) or "not updated (no reason given)",
                             transient="TOO_MANY_REQUESTS" in codes)
