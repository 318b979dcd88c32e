"""Prom.ua API stand-in (Prom's documentation was not available: shapes agreed by several client libraries).

``Authorization: Bearer <token>`` (401 ``{"error": ...}`` otherwise).
``POST /api/v1/products/edit_by_external_id`` takes a JSON array (a wrapped object is a 400)
of at most ``max_batch`` products (undocumented); per-product problems go to ``errors`` in a 200, the
rest to ``processed_ids``. ``GET /api/v1/products/list`` pages newest first with
``last_id`` (products below that id) and ``limit`` ≤ 100.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from werkzeug.wrappers import Request, Response

from tests.standins.common import StandinBase, json_response, read_body, seed_skus

TOKEN = "prom-5f0b6d7e2a91c4a8b3e1"
PRESENCE = {"available", "not_available", "order", "waiting", "service"}


@dataclass
class Product:
    id: int
    price: Decimal
    quantity: int | None
    presence: str = "available"


class Standin(StandinBase):
    max_batch = 100
    env = {"PROM_TOKEN": TOKEN}

    def __init__(self) -> None:
        super().__init__()
        self.products: dict[str, Product] = {}                  # external_id -> product
        self.refuse: dict[str, dict] = {}                        # external_id -> error detail
        self.string_prices = False                               # accept "12.50" as a price

    def channel_config(self, url: str, ca_bundle: str | None) -> dict:
        return {"type": "prom", "url": f"{url}/api/v1", "token_env": "PROM_TOKEN", "verify": ca_bundle or True}

    def add(self, sku: str | None, price: str, quantity: int | None = 0, presence: str = "available") -> Product:
        product = Product(3000000 + len(self.products), Decimal(price), quantity, presence)
        self.products[sku if sku is not None else f"no-external-id-{product.id}"] = product
        return product

    def seed(self, n: int) -> None:
        for i, sku in enumerate(seed_skus(n)):
            self.add(sku, f"{200 + i}.00", 5)

    def error_body(self, status: int, text: str) -> object:
        return {"error": text}

    def handle(self, request: Request) -> Response:
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return json_response({"error": "Authorization token is invalid"}, 401)
        if request.method == "GET" and request.path == "/api/v1/products/list":
            return self._list(request)
        if request.method == "POST" and request.path == "/api/v1/products/edit_by_external_id":
            return self._edit(read_body(request))
        return json_response({"error": f"Not found: {request.method} {request.path}"}, 404)

    def _list(self, request: Request) -> Response:
        limit = int(request.args.get("limit", 100))
        last_id = request.args.get("last_id")
        if not 1 <= limit <= 100:
            return json_response({"error": "limit must be 1..100"}, 400)
        rows = sorted(self.products.items(), key=lambda kv: -kv[1].id)
        if last_id is not None:
            rows = [(s, p) for s, p in rows if p.id < int(last_id)]
        products = [{"id": p.id, "external_id": None if s.startswith("no-external-id-") else s,
                     "name": f"Товар {s}", "sku": s, "price": p.price, "currency": "UAH", "presence": p.presence,
                     "quantity_in_stock": p.quantity, "status": "on_display"} for s, p in rows[:limit]]
        return json_response({"products": products, "group_id": None})

    def _edit(self, body: object) -> Response:
        if not isinstance(body, list):
            return json_response({"error": "Request body must be a JSON array of products"}, 400)
        self.batch_sizes["/api/v1/products/edit_by_external_id"].append(len(body))
        if len(body) > self.max_batch:
            return json_response({"error": f"Too many products in one request (max {self.max_batch})"}, 400)
        processed, errors = [], {}
        for item in body:
            sku = str(item.get("id"))
            problem = self._problem(sku, item)
            if problem:
                errors[sku] = problem
                continue
            product = self.products[sku]
            if "price" in item:
                product.price = Decimal(str(item["price"]))
                self.applied.append((sku, "price", product.price))
            if "quantity_in_stock" in item:
                product.quantity = item["quantity_in_stock"]
                self.applied.append((sku, "stock", product.quantity))
            if "presence" in item:
                product.presence = item["presence"]
            processed.append(sku)
        return json_response({"processed_ids": processed, "errors": errors})

    def _problem(self, sku: str, item: dict) -> dict | None:
        if sku in self.refuse:
            return self.refuse[sku]
        if sku not in self.products:
            return {"id": "Product with this external_id was not found"}
        price = item.get("price")
        if price is not None and not (isinstance(price, (int, Decimal)) and not isinstance(price, bool)
                                      or self.string_prices and isinstance(price, str)):
            return {"price": "Price must be a number"}
        if item.get("presence") is not None and item["presence"] not in PRESENCE:
            return {"presence": f"Unknown presence {item['presence']!r}"}
        quantity = item.get("quantity_in_stock")
        if quantity is not None and (not isinstance(quantity, int) or quantity < 0):
            return {"quantity_in_stock": "Must be a whole number, 0 or more"}
        return None
