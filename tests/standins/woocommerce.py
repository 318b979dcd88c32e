"""A WooCommerce REST API v3 shop on 127.0.0.1 (../shared/reference/api-contracts.md §1).

What it follows: Basic auth or ``?consumer_key=&consumer_secret=`` (401
``woocommerce_rest_cannot_view`` / ``_cannot_edit`` / ``_cannot_batch`` otherwise);
``GET /wp-json/wc/v3/products`` and ``/products/<id>/variations`` with ``sku``, ``type``,
``per_page`` (1..100, 400 ``rest_invalid_param`` above, as WordPress validates it),
``page``, ``_fields`` and the ``X-WP-Total`` / ``X-WP-TotalPages`` headers;
``PUT /products/<id>``, ``PUT /products/<pid>/variations/<id>``; both batch endpoints
with more than 100 items (create + update + delete) refused whole with 413
``woocommerce_rest_request_entity_too_large``; an unknown id inside a batch answered per
item with ``woocommerce_rest_product_invalid_id`` status 400 while the rest is applied.
Stock: with ``manage_stock`` on, ``stock_status`` follows the quantity, as WooCommerce does.
"""
from __future__ import annotations

import base64
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from werkzeug.exceptions import HTTPException, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from tests.standins.common import StandinBase, json_response, read_body

BATCH_LIMIT = 100
API = "/wp-json/wc/v3"


@dataclass
class Item:
    id: int
    sku: str
    type: str                       # simple | variable | variation
    parent_id: int = 0
    regular_price: str = ""
    manage_stock: bool | str = False   # variations may say "parent"
    stock_quantity: int | None = None
    stock_status: str = "instock"


def _error(code: str, message: str, status: int) -> Response:
    return json_response({"code": code, "message": message, "data": {"status": status}}, status)


class Standin(StandinBase):
    def __init__(self, *, key: str = "ck_3f1e9a7c0b2d4e6f8a1c3e5b7d9f0a2c4e6b8d0f",
                 secret: str = "cs_9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c",
                 batch_limit: int = BATCH_LIMIT) -> None:
        super().__init__()
        self.key, self.secret = key, secret
        # hosts may lower it with the woocommerce_rest_batch_items_limit filter
        self.batch_limit = batch_limit
        self.products: dict[int, Item] = {}
        self.variations: dict[int, Item] = {}
        self.updates: list[dict] = []          # every update item received, as sent
        self.item_errors: dict[str, tuple[str, str, int]] = {}   # sku -> (code, message, status)
        self._next_id = 100
        self._urls = Map([
            Rule(f"{API}/products", endpoint="list_products", methods=["GET"]),
            Rule(f"{API}/products/batch", endpoint="batch", methods=["POST"]),
            Rule(f"{API}/products/<int:pid>", endpoint="update", methods=["PUT", "POST", "PATCH"]),
            Rule(f"{API}/products/<int:pid>/variations", endpoint="list_variations", methods=["GET"]),
            Rule(f"{API}/products/<int:pid>/variations/batch", endpoint="batch", methods=["POST"]),
            Rule(f"{API}/products/<int:pid>/variations/<int:vid>", endpoint="update",
                 methods=["PUT", "POST", "PATCH"]),
        ])

    # -- the shop's data ---------------------------------------------------------------
    def _id(self) -> int:
        self._next_id += 1
        return self._next_id

    def add_product(self, sku: str, price: str | None = None, stock: int | None = None) -> int:
        item = Item(self._id(), sku, "simple", regular_price=price or "")
        self._set_stock(item, stock)
        self.products[item.id] = item
        return item.id

    def add_variable(self, sku: str, variations: list[tuple[str, str | None, int | None]]) -> int:
        """A variable product and its variations ``(sku, price, stock)``; returns the parent id."""
        parent = Item(self._id(), sku, "variable")
        self.products[parent.id] = parent
        for vsku, price, stock in variations:
            var = Item(self._id(), vsku, "variation", parent_id=parent.id, regular_price=price or "")
            self._set_stock(var, stock)
            self.variations[var.id] = var
        return parent.id

    def seed(self, n: int) -> None:
        for i in range(1, n + 1):
            self.add_product(f"SKU-{i:05d}", f"{100 + i % 900}.00", i % 50)

    def by_sku(self, sku: str) -> Item:
        return next(i for i in [*self.products.values(), *self.variations.values()] if i.sku == sku)

    @staticmethod
    def _set_stock(item: Item, stock: int | None) -> None:
        if stock is not None:
            item.manage_stock, item.stock_quantity = True, stock
            item.stock_status = "instock" if stock > 0 else "outofstock"

    # -- what pricesync needs to talk to it ---------------------------------------------
    def channel_config(self, url: str, ca_bundle: str | None) -> dict:
        return {"type": "woocommerce", "url": url, "key_env": "WC_KEY", "secret_env": "WC_SECRET",
                "verify": ca_bundle if ca_bundle else True}

    @property
    def env(self) -> dict[str, str]:
        return {"WC_KEY": self.key, "WC_SECRET": self.secret}

    # -- HTTP ------------------------------------------------------------------------------
    def error_body(self, status: int, text: str) -> object:
        return {"code": f"http_{status}", "message": text, "data": {"status": status}}

    def handle(self, request: Request) -> Response:
        if not self._authenticated(request):
            code = {"GET": "woocommerce_rest_cannot_view"}.get(request.method, "woocommerce_rest_cannot_edit")
            if request.path.endswith("/batch"):
                code = "woocommerce_rest_cannot_batch"
            return _error(code, "Sorry, you cannot list resources." if request.method == "GET"
                          else "Sorry, you are not allowed to edit this resource.", 401)
        try:
            endpoint, args = self._urls.bind_to_environ(request.environ).match()
        except NotFound:
            return _error("rest_no_route", "No route was found matching the URL and request method", 404)
        except HTTPException as exc:
            return _error("rest_no_route", exc.description or "bad route", exc.code or 404)
        return getattr(self, f"_{endpoint}")(request, **args)

    def _authenticated(self, request: Request) -> bool:
        auth = request.headers.get("Authorization", "")
        if auth.startswith("Basic "):
            try:
                user, _, password = base64.b64decode(auth[6:]).decode().partition(":")
            except ValueError:
                return False
            return (user, password) == (self.key, self.secret)
        return (request.args.get("consumer_key"), request.args.get("consumer_secret")) == (self.key, self.secret)

    def _page(self, request: Request, items: list[Item]) -> Response:
        try:
            per_page = int(request.args.get("per_page", 10))
            page = int(request.args.get("page", 1))
        except ValueError:
            return _error("rest_invalid_param", "Invalid parameter(s): per_page, page", 400)
        if not 1 <= per_page <= 100:
            return _error("rest_invalid_param", "Invalid parameter(s): per_page", 400)
        if sku := request.args.get("sku"):
            items = [i for i in items if i.sku == sku]
        if kind := request.args.get("type"):
            items = [i for i in items if i.type == kind]
        total = len(items)
        pages = (total + per_page - 1) // per_page
        chosen = items[(page - 1) * per_page: page * per_page]
        fields = [f for f in request.args.get("_fields", "").split(",") if f]
        rows = [self._render(i, fields) for i in chosen]
        return json_response(rows, headers={"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)})

    @staticmethod
    def _render(item: Item, fields: list[str] | None = None) -> dict:
        row = asdict(item)
        row["price"] = row["regular_price"]
        if item.type == "variation":
            del row["type"]
        return {k: v for k, v in row.items() if k in fields} if fields else row

    def _list_products(self, request: Request) -> Response:
        return self._page(request, sorted(self.products.values(), key=lambda i: i.id))

    def _list_variations(self, request: Request, pid: int) -> Response:
        if pid not in self.products:
            return _error("woocommerce_rest_product_invalid_id", "Invalid ID.", 404)
        return self._page(request, [v for v in self.variations.values() if v.parent_id == pid])

    def _target(self, pid: int | None, item_id: Any) -> Item | None:
        """The product (pid None) or the variation of product ``pid`` with this id."""
        if pid is None:
            item = self.products.get(item_id) if isinstance(item_id, int) else None
            return item if item and item.type != "variation" else None
        item = self.variations.get(item_id) if isinstance(item_id, int) else None
        return item if item and item.parent_id == pid else None

    def _update(self, request: Request, pid: int, vid: int | None = None) -> Response:
        parent, item_id = (pid, vid) if vid is not None else (None, pid)
        body = read_body(request)
        result = self._apply(parent, {**(body if isinstance(body, dict) else {}), "id": item_id})
        if "error" in result:
            err = result["error"]
            return _error(err["code"], err["message"], err["data"]["status"])
        return json_response(result)

    def _batch(self, request: Request, pid: int | None = None) -> Response:
        body = read_body(request)
        if not isinstance(body, dict):
            return _error("rest_invalid_json", "Invalid JSON body passed.", 400)
        count = sum(len(body.get(k) or []) for k in ("create", "update", "delete"))
        self.batch_sizes[request.path].append(count)
        if count > self.batch_limit:
            return _error("woocommerce_rest_request_entity_too_large",
                          f"Unable to accept more than {self.batch_limit} items for this request.", 413)
        if pid is not None and pid not in self.products:
            return _error("woocommerce_rest_product_invalid_id", "Invalid ID.", 404)
        answer: dict[str, list] = {}
        if "update" in body:
            answer["update"] = [self._apply(pid, dict(u)) for u in body["update"]]
        return json_response(answer)

    def _apply(self, pid: int | None, update: dict) -> dict:
        """One update item, applied as WooCommerce's CRUD controller does (no transaction)."""
        self.updates.append(dict(update))
        item = self._target(pid, update.get("id"))
        if item is None:
            code = "woocommerce_rest_product_invalid_id" if pid is None else "woocommerce_rest_product_variation_invalid_id"
            return {"id": update.get("id"), "error": {"code": code, "message": "Invalid ID.", "data": {"status": 400}}}
        if item.sku in self.item_errors:
            code, message, status = self.item_errors[item.sku]
            return {"id": item.id, "error": {"code": code, "message": message, "data": {"status": status}}}
        if "regular_price" in update:
            price = str(update["regular_price"])
            try:
                valid = price == "" or Decimal(price) >= 0
            except InvalidOperation:
                valid = False
            if not valid:
                return {"id": item.id, "error": {"code": "rest_invalid_param",
                                                 "message": "Invalid parameter(s): regular_price", "data": {"status": 400}}}
            item.regular_price = price
            self.applied.append((item.sku, "regular_price", price))
        if "manage_stock" in update:
            item.manage_stock = bool(update["manage_stock"])
        if "stock_quantity" in update and item.manage_stock is True:
            item.stock_quantity = int(update["stock_quantity"])
            self.applied.append((item.sku, "stock_quantity", item.stock_quantity))
        if "stock_status" in update:
            item.stock_status = str(update["stock_status"])
        if item.manage_stock is True and item.stock_quantity is not None:
            item.stock_status = "instock" if item.stock_quantity > 0 else "outofstock"
        return self._render(item)
