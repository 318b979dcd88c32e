"""Ozon Seller API stand-in (api-contracts.md §3).

Both ``Client-Id`` and ``Api-Key`` required (403 rpcStatus otherwise); ≤1000 price items and
1..100 stock pairs a call (400 rpcStatus above); item-level problems inside a 200 as
``result[] {offer_id, product_id, updated, errors[{code, message}]}``; a pair updated again
within ``pair_interval`` seconds gets ``TOO_MANY_REQUESTS``; read-back endpoints page with
``cursor``. Prices must arrive as strings, as documented (a float would fail the item).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from werkzeug.wrappers import Request, Response

from tests.standins.common import StandinBase, json_response, read_body, seed_skus

CLIENT_ID = "836153"
API_KEY = "ozon-key-7f1c2a9e-5b4d"
WAREHOUSE = 22142605386000


@dataclass
class Product:
    product_id: int
    price: Decimal
    stock: dict[int, int] = field(default_factory=dict)   # warehouse -> free stock
    reserved: int = 0


class Standin(StandinBase):
    price_limit = 1000
    stock_limit = 100

    def __init__(self) -> None:
        super().__init__()
        self.products: dict[str, Product] = {}
        self.warehouses = {WAREHOUSE}
        self.item_errors: dict[str, tuple[str, str]] = {}   # sku -> (code, message)
        self.pair_interval = 30.0
        self._last_stock_update: dict[tuple[str, int], float] = {}

    env = {"OZON_CLIENT_ID": CLIENT_ID, "OZON_API_KEY": API_KEY}

    def channel_config(self, url: str, ca_bundle: str | None) -> dict:
        return {"type": "ozon", "url": url, "client_id_env": "OZON_CLIENT_ID", "api_key_env": "OZON_API_KEY",
                "warehouse_id": WAREHOUSE, "verify": ca_bundle or True}

    def add(self, sku: str, price: str, stock: int = 0, *, reserved: int = 0) -> None:
        self.products[sku] = Product(100000 + len(self.products), Decimal(price), {WAREHOUSE: stock}, reserved)

    def seed(self, n: int) -> None:
        for i, sku in enumerate(seed_skus(n)):
            self.add(sku, f"{1000 + i}.00", 5)

    def error_body(self, status: int, text: str) -> object:
        return {"code": {400: 3, 403: 7, 404: 5, 429: 8}.get(status, 13), "message": text, "details": []}

    def _error(self, status: int, text: str) -> Response:
        return json_response(self.error_body(status, text), status)

    # ------------------------------------------------------------------ dispatch
    def handle(self, request: Request) -> Response:
        if request.headers.get("Client-Id") != CLIENT_ID or request.headers.get("Api-Key") != API_KEY:
            return self._error(403, "Client-Id and Api-Key headers are required and must be valid")
        if request.method != "POST":
            return self._error(404, "all methods are POST")
        body = read_body(request)
        if not isinstance(body, dict):
            return self._error(400, "request body must be a JSON object")
        routes = {
            "/v1/product/import/prices": self._import_prices,
            "/v2/products/stocks": self._set_stocks,
            "/v5/product/info/prices": self._info_prices,
            "/v1/product/info/warehouse/stocks": self._warehouse_stocks,
        }
        route = routes.get(request.path)
        return route(body) if route else self._error(404, f"no method {request.path}")

    # ------------------------------------------------------------------ writes
    def _import_prices(self, body: dict) -> Response:
        items = body.get("prices") or []
        self.batch_sizes["/v1/product/import/prices"].append(len(items))
        if not 1 <= len(items) <= self.price_limit:
            return self._error(400, f"prices: value must contain between 1 and {self.price_limit} items, inclusive")
        result = []
        for item in items:
            sku = str(item.get("offer_id"))
            product = self.products.get(sku)
            errors = self._item_check(sku, product)
            raw = item.get("price")
            if not errors and not isinstance(raw, str):
                errors = [{"code": "INVALID_PRICE", "message": "price must be a string"}]
            if not errors:
                try:
                    product.price = Decimal(raw)
                    self.applied.append((sku, "price", product.price))
                except InvalidOperation:
                    errors = [{"code": "INVALID_PRICE", "message": f"invalid price {raw!r}"}]
            result.append({"product_id": product.product_id if product else 0, "offer_id": sku,
                           "updated": not errors, "errors": errors})
        return json_response({"result": result})

    def _set_stocks(self, body: dict) -> Response:
        items = body.get("stocks") or []
        self.batch_sizes["/v2/products/stocks"].append(len(items))
        if not 1 <= len(items) <= self.stock_limit:
            return self._error(400, f"stocks: value must contain between 1 and {self.stock_limit} items, inclusive")
        result = []
        now = time.monotonic()
        for item in items:
            sku = str(item.get("offer_id"))
            warehouse = item.get("warehouse_id")
            product = self.products.get(sku)
            errors = self._item_check(sku, product)
            if not errors and warehouse not in self.warehouses:
                errors = [{"code": "WAREHOUSE_NOT_FOUND", "message": f"warehouse {warehouse} not found"}]
            last = self._last_stock_update.get((sku, warehouse))
            if not errors and last is not None and now - last < self.pair_interval:
                errors = [{"code": "TOO_MANY_REQUESTS", "message": "stock of this pair was updated less than 30 s ago"}]
            if not errors:
                product.stock[warehouse] = int(item["stock"])
                self._last_stock_update[(sku, warehouse)] = now
                self.applied.append((sku, "stock", int(item["stock"])))
            result.append({"warehouse_id": warehouse, "product_id": product.product_id if product else 0,
                           "offer_id": sku, "updated": not errors, "errors": errors})
        return json_response({"result": result})

    def _item_check(self, sku: str, product: Product | None) -> list[dict]:
        if sku in self.item_errors:
            code, message = self.item_errors[sku]
            return [{"code": code, "message": message}]
        if product is None:
            return [{"code": "NOT_FOUND", "message": f"product {sku} not found"}]
        return []

    # ------------------------------------------------------------------ reads
    def _page(self, rows: list, body: dict) -> tuple[list, str]:
        limit = int(body.get("limit") or 0)
        start = int(body.get("cursor") or 0)
        page = rows[start:start + limit]
        return page, (str(start + limit) if start + limit < len(rows) else "")

    def _info_prices(self, body: dict) -> Response:
        limit = int(body.get("limit") or 0)
        wanted = (body.get("filter") or {}).get("offer_id") or list(self.products)
        if not 1 <= limit <= 1000 or len(wanted) > 1000:
            return self._error(400, "limit and filter.offer_id must hold 1 to 1000 values")
        rows = [(sku, self.products[sku]) for sku in wanted if sku in self.products]
        page, cursor = self._page(rows, body)
        items = [{"offer_id": sku, "product_id": p.product_id,
                  "price": {"price": p.price, "old_price": 0, "currency_code": "RUB"}} for sku, p in page]
        return json_response({"items": items, "cursor": cursor, "total": len(rows)})

    def _warehouse_stocks(self, body: dict) -> Response:
        limit = int(body.get("limit") or 0)
        warehouse = body.get("warehouse_id")
        if not 1 <= limit <= 1000 or warehouse not in self.warehouses:
            return self._error(400, "limit must be 1..1000 and warehouse_id a seller warehouse")
        rows = [(sku, p) for sku, p in self.products.items() if warehouse in p.stock]
        page, cursor = self._page(rows, body)
        stocks = [{"sku": p.product_id + 5000000, "product_id": p.product_id, "offer_id": sku,
                   "warehouse_id": warehouse, "present": p.stock[warehouse] + p.reserved, "reserved": p.reserved,
                   "free_stock": p.stock[warehouse]} for sku, p in page]
        return json_response({"stocks": stocks, "has_next": bool(cursor), "cursor": cursor})
