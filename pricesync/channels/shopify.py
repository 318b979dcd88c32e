"""``type = "shopify"``: a Shopify shop through the GraphQL Admin API (version pinned).

Variants are found by SKU (``productVariants`` with ``sku:`` searches OR-ed, cursor
pages; Shopify's search also returns near matches, so only exact SKUs are kept). Prices go
through ``productVariantsBulkUpdate`` -- it takes one ``productId``, so the products of a
batch go as aliased fields of one request -- and stock through ``inventorySetQuantities`` at one location, with the
batch's idempotency key in ``@idempotent(key:)``: a retried or resumed batch gets the
first answer back instead of being applied again. Per-variant ``userErrors`` become
per-SKU results.

Rate limits: every answer states the cost bucket (``extensions.cost.throttleStatus``); a
call whose last known cost exceeds what is left waits for the bucket to refill, and a
``THROTTLED`` answer waits as long as the bucket says, a bounded number of times. 429
with Retry-After and 5xx are retried by the HTTP session.
"""
from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from pydantic import Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from pricesync.channels.base import Change, Current, ItemResult
from pricesync.channels.config import ChannelConfig
from pricesync.channels.marketplace import BatchOutcome, MarketplaceChannel, NoAnswer, chunked, describe_errors
from pricesync.channels.registry import register_channel
from pricesync.errors import ChannelError, TransientChannelError
from pricesync.money import format_money, to_decimal

VARIANTS_QUERY = """query PricesyncVariants($query: String!, $first: Int!, $after: String%(loc_var)s) {
  productVariants(first: $first, after: $after, query: $query) {
    nodes { id sku price product { id } inventoryItem { id tracked%(level)s } }
    pageInfo { hasNextPage endCursor }
  }
}"""
LEVEL_FIELD = ' inventoryLevel(locationId: $location) { quantities(names: ["available"]) { name quantity } }'
LOCATIONS_QUERY = """query PricesyncLocations($first: Int!, $after: String) {
  locations(first: $first, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } }
}"""
PRICES_FIELD = """  p%(n)d: productVariantsBulkUpdate(productId: $product%(n)d, variants: $variants%(n)d, allowPartialUpdates: true) {
    productVariants { id price }
    userErrors { field message code }
  }"""
#: sends of one price call whose answer was lost (each after reading what the shop shows)
UNANSWERED_TRIES = 3
STOCK_MUTATION = """mutation PricesyncStock($input: InventorySetQuantitiesInput!) {
  inventorySetQuantities(input: $input)%(idempotent)s {
    inventoryAdjustmentGroup { id }
    userErrors { field message code }
  }
}"""


class ShopifyConfig(ChannelConfig):
    url: str = Field(description="the shop's admin address, https://{shop}.myshopify.com")
    token_env: str = Field("SHOPIFY_TOKEN", description="environment variable holding the Admin API access token")
    api_version: str = Field("2026-01", description="pinned Admin API version (YYYY-01/04/07/10)")
    update_price: bool = True
    update_stock: bool = True
    location_id: str | None = Field(None, description="location whose stock is set: a number or gid://shopify/Location/N")
    location_name: str | None = Field(None, validate_default=True, description="or the location's name, looked up once per run")
    reason: str = Field("correction", description="reason recorded with every inventory change")
    batch_size: int = Field(100, ge=1, le=250, description="changes per push batch (stock quantities per call)")
    products_per_call: int = Field(25, ge=1, le=50, description="price updates of this many products per request")
    page_size: int = Field(100, ge=1, le=250, description="variants per page when reading")
    skus_per_query: int = Field(50, ge=1, le=250, description="SKUs OR-ed into one search")
    throttle_waits: int = Field(10, ge=0, description="THROTTLED answers waited out before giving up on a call")

    @field_validator("url")
    @classmethod
    def _https(cls, url: str) -> str:
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.hostname:
            raise PydanticCustomError("https_required", "must be the shop's https address, such as "
                                                        "https://my-shop.myshopify.com")
        return url.rstrip("/")

    @field_validator("api_version")
    @classmethod
    def _quarterly(cls, version: str) -> str:
        if not re.fullmatch(r"[0-9]{4}-(01|04|07|10)|unstable", version):
            raise PydanticCustomError("api_version", "must be a released Admin API version such as 2026-01 "
                                                     "(one per quarter: YYYY-01, -04, -07, -10) or unstable")
        return version

    @field_validator("location_name")
    @classmethod
    def _one_location(cls, name: str | None, info: ValidationInfo) -> str | None:
        if info.data.get("update_stock", True):
            if name and info.data.get("location_id"):
                raise PydanticCustomError("location", "give location_id or location_name, not both")
            if not name and not info.data.get("location_id"):
                raise PydanticCustomError("location", "stock needs the location it is set at: location_id or "
                                                      "location_name (or update_stock = false)")
        return name


def _search_value(sku: str) -> str:
    return '"' + sku.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _error_index(field: object) -> int | None:
    """``["variants", "3", "price"]`` / ``["input", "quantities", "3", "locationId"]`` -> 3."""
    for part in field if isinstance(field, list) else []:
        if isinstance(part, int) or (isinstance(part, str) and part.isdigit()):
            return int(part)
    return None


def _per_item_errors(errors: list, count: int) -> dict[int, str]:
    """userErrors by the position of the item they name; an error naming none is every item's."""
    out: dict[int, list[str]] = {}
    for err in errors:
        text = f"{err.get('message')} ({err.get('code')})" if err.get("code") else str(err.get("message"))
        index = _error_index(err.get("field"))
        for i in ([index] if index is not None and index < count else range(count)):
            out.setdefault(i, []).append(text)
    return {i: "; ".join(texts) for i, texts in out.items()}


class CostBucket:
    """Shopify's leaky bucket, as the last answer described it."""

    def __init__(self) -> None:
        self.costs: dict[str, float] = {}      # operation -> requested cost last time
        self.state: tuple[float, float, float, float] | None = None   # available, rate, maximum, when

    def note(self, operation: str, cost: Any) -> None:
        if not isinstance(cost, dict):
            return
        if cost.get("requestedQueryCost") is not None:
            self.costs[operation] = float(cost["requestedQueryCost"])
        status = cost.get("throttleStatus") or {}
        try:
            self.state = (float(status["currentlyAvailable"]), float(status["restoreRate"]),
                          float(status["maximumAvailable"]), time.monotonic())
        except (KeyError, TypeError, ValueError):
            pass

    def wait_for(self, operation: str) -> float:
        """Seconds to wait so that ``operation`` fits in the bucket (0 when unknown)."""
        need = self.costs.get(operation)
        if need is None or self.state is None:
            return 0.0
        available, rate, maximum, when = self.state
        if need > maximum:
            raise ChannelError(f"{operation} costs {need:g} points, more than the shop's whole bucket "
                               f"({maximum:g}); lower page_size, skus_per_query or products_per_call")
        available = min(maximum, available + rate * (time.monotonic() - when))
        return max(0.0, (need - available) / rate) if rate > 0 else 0.0


@register_channel
class ShopifyChannel(MarketplaceChannel):
    type_name = "shopify"
    config_model = ShopifyConfig
    batch_size = 100
    api_name = "Shopify"
    auth_env_fields = ("token_env",)
    config: ShopifyConfig

    def __init__(self, name: str, config: ShopifyConfig, **kwargs) -> None:
        super().__init__(name, config, **kwargs)
        self.batch_size = config.batch_size
        self.endpoint = f"{config.url}/admin/api/{config.api_version}/graphql.json"
        self.bucket = CostBucket()
        self.throttled = 0
        self._location: str | None = None

    def auth_headers(self) -> dict[str, str]:
        return {"X-Shopify-Access-Token": self.secret("token_env")}

    @property
    def _versioned_idempotency(self) -> bool:
        # 2026-01 brought @idempotent and changeFromQuantity (null = set without comparing);
        # 2026-04 requires both. Older versions compare unless ignoreCompareQuantity.
        return self.config.api_version >= "2026-01"

    def graphql(self, operation: str, query: str, variables: dict, *, write: bool = False) -> dict:
        """``write``: a mutation without an idempotency key (``MarketplaceChannel.call``)."""
        where = f"Shopify channel '{self.name}': {operation}"
        for attempt in range(self.config.throttle_waits + 1):
            # Waits here are GraphQL-level: HTTP answers 200, so urllib3 cannot see them.
            time.sleep(self.bucket.wait_for(operation))
            response = self.call("POST", self.endpoint, body={"query": query, "variables": variables},
                                 expect=(200, 429), write=write)
            body = self.read_json(response)
            body = body if isinstance(body, dict) else {}
            cost = (body.get("extensions") or {}).get("cost")
            self.bucket.note(operation, cost)
            errors = body.get("errors")
            if isinstance(errors, list) and any((e.get("extensions") or {}).get("code") == "THROTTLED"
                                                for e in errors if isinstance(e, dict)):
                self.throttled += 1
                if attempt < self.config.throttle_waits:
                    time.sleep(max(self.bucket.wait_for(operation), 0.05))
                continue
            if response.status_code == 429:
                raise TransientChannelError(f"{where}: HTTP 429 after retries")
            if errors:
                raise ChannelError(self._redact(f"{where}: {describe_errors(errors)}"))
            if not isinstance(body.get("data"), dict):
                raise TransientChannelError(f"{where}: answer without data")
            return body["data"]
        raise TransientChannelError(f"{where}: still throttled after {self.config.throttle_waits} waits; "
                                    "left for the next run")

    def location(self) -> str:
        if self._location is None:
            if self.config.location_id:
                raw = self.config.location_id.strip()
                self._location = raw if raw.startswith("gid://") else f"gid://shopify/Location/{raw}"
            else:
                self._location = self._location_by_name(self.config.location_name or "")
        return self._location

    def _location_by_name(self, name: str) -> str:
        seen: list[str] = []
        after = None
        while True:
            data = self.graphql("PricesyncLocations", LOCATIONS_QUERY, {"first": 250, "after": after})
            for node in data["locations"]["nodes"]:
                if node["name"].casefold() == name.casefold():
                    return node["id"]
                seen.append(node["name"])
            info = data["locations"]["pageInfo"]
            if not info["hasNextPage"]:
                raise ChannelError(f"no location named '{name}' (the shop has: {', '.join(seen[:10]) or 'none'})",
                                   key=f"channels.{self.name}.location_name")
            after = info["endCursor"]

    # -- reading ---------------------------------------------------------------------------
    def fetch_current(self, skus: Sequence[str]) -> dict[str, Current]:
        location = self.location() if self.config.update_stock else None
        query = VARIANTS_QUERY % {"loc_var": ", $location: ID!" if location else "",
                                  "level": LEVEL_FIELD if location else ""}
        matches: dict[str, list[dict]] = {}
        for chunk in chunked(list(dict.fromkeys(skus)), self.config.skus_per_query):
            wanted = set(chunk)
            variables = {"query": " OR ".join(f"sku:{_search_value(s)}" for s in chunk),
                         "first": self.config.page_size, "after": None}
            if location:
                variables["location"] = location
            while True:
                page = self.graphql("PricesyncVariants", query, variables)["productVariants"]
                for node in page["nodes"]:
                    if node.get("sku") in wanted:
                        matches.setdefault(node["sku"], []).append(node)
                if not page["pageInfo"]["hasNextPage"]:
                    break
                variables = {**variables, "after": page["pageInfo"]["endCursor"]}
        return {sku: self._current(sku, nodes, location) for sku, nodes in matches.items()}

    @staticmethod
    def _current(sku: str, nodes: list[dict], location: str | None) -> Current:
        node = nodes[0]
        item = node.get("inventoryItem") or {}
        level = item.get("inventoryLevel")
        available = next((q["quantity"] for q in (level or {}).get("quantities") or []
                          if q.get("name") == "available"), None)
        ref: dict[str, Any] = {"variant_id": node["id"], "product_id": node["product"]["id"],
                               "inventory_item_id": item.get("id"), "tracked": bool(item.get("tracked")),
                               "stocked": level is not None}
        if len(nodes) > 1:   # SKUs are not unique in Shopify; we will not guess which one is meant
            ref["duplicates"] = [n["id"] for n in nodes]
        return Current(sku, to_decimal(node.get("price")),
                       int(available) if location and ref["tracked"] and available is not None else None, ref)

    # -- writing ---------------------------------------------------------------------------
    def send_batch(self, changes: Sequence[Change], *, idempotency_key: str) -> list[ItemResult]:
        refs = {c.sku: dict(c.ref) for c in changes if c.ref.get("variant_id")}
        unresolved = [c.sku for c in changes if c.sku not in refs]
        if unresolved:   # e.g. a batch resumed from the journal without the ids
            refs.update({sku: dict(cur.ref) for sku, cur in self.fetch_current(unresolved).items()})
        outcome = BatchOutcome(changes)
        refused: list[tuple[str, str, str]] = []      # (sku, part, why) known before any call
        prices: dict[str, list[tuple[Change, dict]]] = {}
        stocks: list[tuple[Change, dict]] = []
        for change in changes:
            ref = refs.get(change.sku)
            if ref is None:
                refused.append((change.sku, "lookup", "no variant with this SKU in the shop"))
            elif ref.get("duplicates"):
                refused.append((change.sku, "lookup", f"{len(ref['duplicates'])} variants have this SKU in "
                                                      "Shopify; make SKUs unique to update them"))
            else:
                if self.config.update_price and change.price_changed:
                    prices.setdefault(ref["product_id"], []).append((change, ref))
                if self.config.update_stock and change.stock_changed:
                    why = self._stock_refusal(ref)
                    if why:
                        refused.append((change.sku, "stock", why))
                    else:
                        stocks.append((change, ref))
        for products in chunked(list(prices.items()), self.config.products_per_call):
            outcome.attempt("price", [c.sku for _, items in products for c, _ in items],
                            lambda products=products: self._set_prices(products, outcome))
        for n, chunk in enumerate(chunked(stocks, self.batch_size)):
            key = idempotency_key if n == 0 else f"{idempotency_key}-{n}"
            outcome.attempt("stock", [c.sku for c, _ in chunk],
                            lambda chunk=chunk, key=key: self._set_stock(chunk, key, outcome))
        for sku, part, why in refused:
            outcome.fail(sku, part, why)
        return outcome.results()

    @staticmethod
    def _stock_refusal(ref: dict) -> str | None:
        if not ref.get("tracked"):
            return "Shopify does not track this variant's inventory (turn on 'Track quantity')"
        if not ref.get("stocked", True):
            return "the variant is not stocked at the configured location"
        return None

    def _set_prices(self, products: list[tuple[str, list[tuple[Change, dict]]]], outcome: BatchOutcome) -> None:
        """``productVariantsBulkUpdate`` takes one product; the products of a batch go as
        aliased fields of one request (p0, p1...), each costing its own 10 points, so a shop
        of single-variant products does not need one round trip per SKU.

        Price writes have no idempotency key: when the answer is lost (the connection
        dropped after the request went out), the variants are read again and only the
        prices the shop does not show yet are sent again."""
        for attempt in range(UNANSWERED_TRIES):
            try:
                return self._send_prices(products, outcome)
            except NoAnswer:
                if attempt + 1 == UNANSWERED_TRIES:
                    raise
                now = self.fetch_current([c.sku for _, items in products for c, _ in items])
                left = []
                for product, items in products:
                    rest = []
                    for change, ref in items:
                        cur = now.get(change.sku)
                        if cur is not None and cur.price == change.new_price:
                            outcome.ok(change.sku, "price")
                        else:
                            rest.append((change, ref))
                    if rest:
                        left.append((product, rest))
                products = left
                if not products:
                    return

    def _send_prices(self, products: list[tuple[str, list[tuple[Change, dict]]]], outcome: BatchOutcome) -> None:
        variables: dict[str, Any] = {}
        for n, (product, items) in enumerate(products):
            variables[f"product{n}"] = product
            variables[f"variants{n}"] = [{"id": ref["variant_id"], "price": format_money(change.new_price)}
                                         for change, ref in items]
        params = ", ".join(f"$product{n}: ID!, $variants{n}: [ProductVariantsBulkInput!]!" for n in range(len(products)))
        fields = "\n".join(PRICES_FIELD % {"n": n} for n in range(len(products)))
        data = self.graphql(f"PricesyncPrices{len(products)}", f"mutation PricesyncPrices({params}) {{\n{fields}\n}}",
                            variables, write=True)
        for n, (_, items) in enumerate(products):
            answer = data.get(f"p{n}") or {}
            failed = _per_item_errors(answer.get("userErrors") or [], len(items))
            for i, (change, _) in enumerate(items):
                if i in failed:
                    outcome.fail(change.sku, "price", failed[i])
                elif not answer:
                    outcome.fail(change.sku, "price", "no answer for this product in the response", transient=True)
                else:
                    outcome.ok(change.sku, "price")

    def _set_stock(self, items: list[tuple[Change, dict]], key: str, outcome: BatchOutcome) -> None:
        """Shopify applies all quantities of a call or none; the ones it refused are reported
        and the rest sent again under a key derived from the batch's (stable on resume)."""
        pending = list(items)
        for attempt in range(3):
            data = self.graphql("PricesyncStock", self._stock_mutation(key if attempt == 0 else f"{key}-r{attempt}"),
                                {"input": self._stock_input(pending, key)},
                                write=not self._versioned_idempotency)   # @idempotent: a resend is replayed
            answer = data.get("inventorySetQuantities") or {}
            failed = _per_item_errors(answer.get("userErrors") or [], len(pending))
            for i, (change, _) in enumerate(pending):
                if i in failed:
                    outcome.fail(change.sku, "stock", failed[i])
                elif answer.get("inventoryAdjustmentGroup") is not None or not failed:
                    outcome.ok(change.sku, "stock")
            if answer.get("inventoryAdjustmentGroup") is not None or not failed or len(failed) == len(pending):
                return
            pending = [item for i, item in enumerate(pending) if i not in failed]
        for change, _ in pending:
            outcome.fail(change.sku, "stock", "refused together with other quantities three times", transient=True)

    def _stock_mutation(self, key: str) -> str:
        if not self._versioned_idempotency:
            return STOCK_MUTATION % {"idempotent": ""}
        if not re.fullmatch(r"[A-Za-z0-9._:-]{1,128}", key):
            key = hashlib.sha256(key.encode()).hexdigest()     # same key in, same key out
        return STOCK_MUTATION % {"idempotent": f" @idempotent(key: {json.dumps(key)})"}

    def _stock_input(self, items: list[tuple[Change, dict]], key: str) -> dict:
        location = self.location()
        quantities = []
        for change, ref in items:
            q: dict[str, Any] = {"inventoryItemId": ref["inventory_item_id"], "locationId": location,
                                 "quantity": int(change.new_stock)}  # type: ignore[arg-type]
            if self._versioned_idempotency:
                q["changeFromQuantity"] = None      # set, whatever the shop holds now
            quantities.append(q)
        given: dict[str, Any] = {"name": "available", "reason": self.config.reason,
                                 "referenceDocumentUri": f"pricesync://push/{hashlib.sha256(key.encode()).hexdigest()[:16]}",
                                 "quantities": quantities}
        if not self._versioned_idempotency:
            given["ignoreCompareQuantity"] = True
        return given
