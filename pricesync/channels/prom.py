"""``type = "prom"``: Prom.ua seller API (my.prom.ua/api/v1).

``POST /products/edit_by_external_id`` takes a JSON array of ``{"id": <external id>, "price",
"quantity_in_stock", "presence"}`` and answers ``{"processed_ids": [...], "errors": {id: ...}}``:
an SKU is done only when Prom lists it as processed. Current state comes from
``GET /products/list?limit=&last_id=`` (newest first; ``last_id`` continues below the last
product seen). SKU = the product's ``external_id``.

Prom's own documentation was not available; the shape follows several client libraries
that agree. Batch size and the type of ``price`` are not documented anywhere: ``batch_size``
(100 products a call by default) and ``price_as`` (a JSON number written from the Decimal,
never through float, or a string) are config switches.
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Literal

from pydantic import Field

from pricesync.channels.base import Change, Current, ItemResult
from pricesync.channels.config import ChannelConfig
from pricesync.channels.marketplace import BatchOutcome, MarketplaceChannel, chunked, describe_errors
from pricesync.channels.registry import register_channel
from pricesync.errors import ChannelError
from pricesync.money import format_money

BATCH = 100


class PromConfig(ChannelConfig):
    url: str = Field("https://my.prom.ua/api/v1", description="API base URL")
    token_env: str = Field(description="environment variable holding the API token")
    language: Literal["uk", "ru"] | None = Field(None, description="X-LANGUAGE of error messages")
    price_as: Literal["number", "string"] = "number"          # undocumented: both seen in clients
    presence_in_stock: str = "available"
    presence_out_of_stock: str = Field("not_available", description="or 'order', 'waiting'")
    page_size: int = Field(100, ge=1, le=100, description="products per list request")   # undocumented: 100 in clients
    batch_size: int = Field(BATCH, ge=1, le=1000, description="products per edit request")  # not documented: 50-100


@register_channel
class PromChannel(MarketplaceChannel):
    type_name = "prom"
    config_model = PromConfig
    batch_size = BATCH
    api_name = "Prom.ua"
    auth_env_fields = ("token_env",)
    config: PromConfig

    def __init__(self, name: str, config: PromConfig, **kwargs) -> None:
        super().__init__(name, config, **kwargs)
        self.batch_size = config.batch_size

    def auth_headers(self) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self.secret('token_env')}"}
        if self.config.language:
            headers["X-LANGUAGE"] = self.config.language
        return headers

    def _url(self, path: str) -> str:
        return self.config.url.rstrip("/") + path

    # ------------------------------------------------------------------ read
    def fetch_current(self, skus: Sequence[str]) -> dict[str, Current]:
        wanted = set(skus)
        out: dict[str, Current] = {}
        seen: set = set()
        last_id = None
        while True:
            params = {"limit": self.config.page_size, **({"last_id": last_id} if last_id is not None else {})}
            answer = self.read_json(self.call("GET", self._url("/products/list"), params=params))
            products = [p for p in answer.get("products") or [] if p.get("id") not in seen]
            for product in products:
                seen.add(product.get("id"))
                sku = str(product.get("external_id") or "")
                if sku in wanted:
                    out[sku] = self._current(sku, product)
            # A page with nothing new ends the walk, whether last_id is inclusive or not.
            if len(answer.get("products") or []) < self.config.page_size or not products:
                return out
            last_id = min(p["id"] for p in products)

    def _current(self, sku: str, product: dict) -> Current:
        price = product.get("price")
        quantity = product.get("quantity_in_stock")
        if quantity is None and product.get("presence") == "not_available":
            quantity = 0                  # presence alone says "none"; no count is kept
        return Current(sku, None if price is None else Decimal(str(price)),
                       None if quantity is None else int(quantity), {"id": product.get("id")})

    # ------------------------------------------------------------------ write
    def send_batch(self, changes: Sequence[Change], *, idempotency_key: str) -> list[ItemResult]:
        # Prom has no idempotency key; the values are absolute, so a repeat is harmless.
        outcome = BatchOutcome(changes)
        items = []
        for c in changes:
            item: dict = {"id": c.sku}
            if c.price_changed:
                item["price"] = (c.new_price.quantize(Decimal("0.01")) if self.config.price_as == "number"
                                 else format_money(c.new_price))
            if c.stock_changed:
                item["quantity_in_stock"] = int(c.new_stock)
                item["presence"] = (self.config.presence_in_stock if c.new_stock > 0
                                    else self.config.presence_out_of_stock)
            if len(item) > 1:
                items.append(item)
        for chunk in chunked(items, self.batch_size):
            outcome.attempt("update", [i["id"] for i in chunk], lambda chunk=chunk: self._edit(chunk, outcome))
        return outcome.results()

    def _edit(self, items: list[dict], outcome: BatchOutcome) -> None:
        answer = self.read_json(self.call("POST", self._url("/products/edit_by_external_id"), body=items))
        if not isinstance(answer, dict) or answer.get("error"):
            reason = answer.get("error") if isinstance(answer, dict) else answer
            raise ChannelError(f"Prom.ua refused the batch: {describe_errors(reason)}")
        processed = {str(i) for i in answer.get("processed_ids") or []}
        errors = {str(k): v for k, v in (answer.get("errors") or {}).items()}
        for item in items:
            sku = item["id"]
            if sku in errors:
                outcome.fail(sku, "update", describe_errors(errors[sku]) or "refused")
            elif sku in processed:
                outcome.ok(sku, "update")
            else:
                outcome.fail(sku, "update", "Prom.ua did not confirm it", transient=True)
