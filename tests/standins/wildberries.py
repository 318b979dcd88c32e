"""Wildberries seller API stand-in (api-contracts.md §4): the prices host and the
marketplace host on one server (their paths do not overlap).

``Authorization: <token>`` without "Bearer" (401 with WB's body otherwise). Prices: upload
tasks of ≤1000 goods with whole prices; an identical upload answers 208 with the task
already made; a task is processed after ``task_polls`` status checks and reports refused
goods in its history. Stock: ``PUT /api/v3/stocks/{warehouse}`` 204, or 409 with an error
array and nothing set; misspelled keys are ignored with a 204, as the spec warns.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from werkzeug.wrappers import Request, Response

from tests.standins.common import StandinBase, json_response, read_body, seed_skus

TOKEN = "wb-eyJhbGciOiJFUzI1NiJ9.token-3c1f"
WAREHOUSE = 507


@dataclass
class Good:
    nm_id: int
    chrt_ids: list[int]
    price: int
    discount: int = 0
    stock: dict[int, int] = field(default_factory=dict)     # chrtId -> amount at WAREHOUSE


@dataclass
class Task:
    id: int
    items: list[dict]
    polls_left: int
    status: int | None = None
    goods: list[dict] = field(default_factory=list)


class Standin(StandinBase):
    limit = 1000
    env = {"WB_TOKEN": TOKEN}

    def __init__(self) -> None:
        super().__init__()
        self.goods: dict[str, Good] = {}                   # vendorCode -> good
        self._by_nm: dict[int, str] = {}
        self._by_chrt: dict[int, str] = {}
        self.tasks: dict[int, Task] = {}
        self.task_polls = 2                                 # status checks before a task is processed
        self.refuse_price: dict[int, str] = {}              # nmID -> errorText in the task history
        self.refuse_stock: dict[int, tuple[str, str]] = {}  # chrtId -> (code, message) in a 409
        self.store_processing = 0                           # next N stock PUTs answer StoreIsProcessing

    def channel_config(self, url: str, ca_bundle: str | None) -> dict:
        return {"type": "wildberries", "token_env": "WB_TOKEN", "prices_url": url, "marketplace_url": url,
                "warehouse_id": WAREHOUSE, "verify": ca_bundle or True,
                "poll_interval": 0.02, "poll_max_interval": 0.05, "poll_attempts": 10}

    def add(self, sku: str, price: int, stock: int | None = 0, *, sizes: int = 1) -> Good:
        nm = 150000000 + len(self.goods)
        good = Good(nm, [nm * 10 + i for i in range(sizes)], price)
        if stock is not None:
            good.stock = {c: stock for c in good.chrt_ids}
        self.goods[sku] = good
        self._by_nm[nm] = sku
        self._by_chrt.update({c: sku for c in good.chrt_ids})
        return good

    def seed(self, n: int) -> None:
        for i, sku in enumerate(seed_skus(n)):
            self.add(sku, 1000 + i, 5)

    def by_nm(self, nm: object) -> tuple[str, Good] | None:
        sku = self._by_nm.get(nm)
        return (sku, self.goods[sku]) if sku is not None else None

    def by_chrt(self, chrt: object) -> tuple[str, Good] | None:
        sku = self._by_chrt.get(chrt)
        return (sku, self.goods[sku]) if sku is not None else None

    def error_body(self, status: int, text: str) -> object:
        if status in (401, 429):
            return {"title": {401: "unauthorized", 429: "too many requests"}[status], "detail": text,
                    "code": "", "requestId": "r-1", "origin": "s2s-api-auth-catalog", "status": status,
                    "statusText": {401: "Unauthorized", 429: "Too Many Requests"}[status],
                    "timestamp": "2026-11-25T06:52:38Z"}
        return {"data": None, "error": True, "errorText": text}

    # ------------------------------------------------------------------ dispatch
    def handle(self, request: Request) -> Response:
        if request.headers.get("Authorization") != TOKEN:
            return json_response(self.error_body(401, "token problem; token is malformed or missing"), 401)
        path, method = request.path, request.method
        if path == "/api/v2/list/goods/filter" and method == "GET":
            return self._list_goods(request)
        if path == "/api/v2/upload/task" and method == "POST":
            return self._upload(read_body(request))
        if path == "/api/v2/history/tasks" and method == "GET":
            return self._task_state(request)
        if path == "/api/v2/history/goods/task" and method == "GET":
            return self._task_goods(request)
        if path.startswith("/api/v3/stocks/") and method in ("PUT", "POST"):
            warehouse = path.rsplit("/", 1)[-1]
            if warehouse != str(WAREHOUSE):
                return json_response({"code": "NotFound", "message": "warehouse not found"}, 404)
            body = read_body(request)
            return self._put_stocks(body) if method == "PUT" else self._read_stocks(body)
        return json_response({"code": "NotFound", "message": f"no route {method} {path}"}, 404)

    def _bad(self, text: str) -> Response:
        return json_response({"data": None, "error": True, "errorText": text}, 400)

    # ------------------------------------------------------------------ prices
    def _list_goods(self, request: Request) -> Response:
        limit, offset = int(request.args.get("limit", 0)), int(request.args.get("offset", 0))
        if not 1 <= limit <= self.limit:
            return self._bad("Invalid request parameters")
        rows = list(self.goods.items())[offset:offset + limit]
        goods = [{"nmID": g.nm_id, "vendorCode": sku, "currencyIsoCode4217": "RUB", "discount": g.discount,
                  "clubDiscount": 0, "editableSizePrice": False,
                  "sizes": [{"sizeID": c, "price": g.price, "discountedPrice": g.price * (100 - g.discount) / 100,
                             "clubDiscountedPrice": g.price * (100 - g.discount) / 100, "techSizeName": "0"}
                            for c in g.chrt_ids]} for sku, g in rows]
        return json_response({"data": {"listGoods": goods}, "error": False, "errorText": ""})

    def _upload(self, body: object) -> Response:
        items = body.get("data") if isinstance(body, dict) else None
        if not items:
            return self._bad("Empty data")
        self.batch_sizes["/api/v2/upload/task"].append(len(items))
        if len(items) > self.limit:
            return self._bad("Upload limit exceeded: no more than 1000 items")
        nms = [i.get("nmID") for i in items]
        if len(set(nms)) != len(nms):
            return self._bad("Duplicate item Nos.")
        for item in items:
            price = item.get("price")
            if price is not None and (isinstance(price, bool) or not isinstance(price, int)):
                return self._bad("Price should be a whole number")
            if price is not None and price <= 0:
                return self._bad("Invalid price value")
        canonical = json.dumps(items, sort_keys=True, default=str)
        for task in self.tasks.values():
            if json.dumps(task.items, sort_keys=True, default=str) == canonical:
                return json_response({"data": {"id": task.id, "alreadyExists": True}, "error": False,
                                      "errorText": "This task already exists"}, 208)
        if all((found := self.by_nm(i["nmID"])) and found[1].price == i.get("price", found[1].price)
               and found[1].discount == i.get("discount", found[1].discount) for i in items):
            return self._bad("The specified prices and discounts are already set")
        task = Task(len(self.tasks) + 9001, items, self.task_polls)
        self.tasks[task.id] = task
        return json_response({"data": {"id": task.id, "alreadyExists": False}, "error": False, "errorText": ""})

    def _process(self, task: Task) -> None:
        for item in task.items:
            found = self.by_nm(item["nmID"])
            error = self.refuse_price.get(item["nmID"]) or ("" if found else "Item No. not found")
            sku, good = found if found else ("", None)
            if not error:
                good.price = item.get("price", good.price)
                good.discount = item.get("discount", good.discount)
                self.applied.append((sku, "price", good.price))
            for chrt in (good.chrt_ids if good else [0]):
                task.goods.append({"nmID": item["nmID"], "vendorCode": sku, "sizeID": chrt, "techSizeName": "0",
                                   "price": item.get("price"), "currencyIsoCode4217": "RUB",
                                   "discount": item.get("discount", 0), "status": 3 if error else 2,
                                   "errorText": error})
        failed = sum(1 for g in task.goods if g["status"] == 3)
        task.status = 3 if not failed else (6 if failed == len(task.goods) else 5)

    def _task(self, request: Request) -> Task | None:
        try:
            return self.tasks.get(int(request.args.get("uploadID", "")))
        except ValueError:
            return None

    def _task_state(self, request: Request) -> Response:
        task = self._task(request)
        if task is None:
            return self._bad("Invalid request parameters")
        if task.status is None:
            task.polls_left -= 1
            if task.polls_left > 0:     # not processed yet: not in the history
                return json_response({"data": None, "error": False, "errorText": ""})
            self._process(task)
        ok = sum(1 for g in task.goods if g["status"] == 2)
        return json_response({"data": {"uploadID": task.id, "status": task.status,
                                       "uploadDate": "2026-11-25T10:00:00Z", "activationDate": "2026-11-25T10:00:00Z",
                                       "overAllGoodsNumber": len(task.goods), "successGoodsNumber": ok},
                              "error": False, "errorText": ""})

    def _task_goods(self, request: Request) -> Response:
        task = self._task(request)
        limit, offset = int(request.args.get("limit", 0)), int(request.args.get("offset", 0))
        if task is None or task.status is None or not 1 <= limit <= self.limit:
            return self._bad("Invalid request parameters")
        return json_response({"data": {"uploadID": task.id, "historyGoods": task.goods[offset:offset + limit]},
                              "error": False, "errorText": ""})

    # ------------------------------------------------------------------ stock
    def _put_stocks(self, body: object) -> Response:
        items = body.get("stocks") if isinstance(body, dict) else None
        if not items or len(items) > self.limit:
            self.batch_sizes["/api/v3/stocks"].append(len(items or []))
            return json_response({"code": "IncorrectRequestBody", "message": "Incorrect required body"}, 400)
        self.batch_sizes["/api/v3/stocks"].append(len(items))
        if self.store_processing:
            self.store_processing -= 1
            return json_response([{"code": "StoreIsProcessing", "message": "warehouse is being updated, "
                                   "retry in a few seconds"}], 409)
        errors: dict[str, list[dict]] = {}
        updates = []
        for item in items:
            chrt = item.get("chrtId")
            if chrt is None:        # the documented trap: unknown keys are silently ignored
                continue
            found, amount = self.by_chrt(chrt), item.get("amount")
            code_msg = (self.refuse_stock.get(chrt) or (None if found else ("NotFound", "Not found"))
                        or (("UploadDataLimit", "Upload limit exceeded.") if amount > 100000 else None))
            if code_msg:
                errors.setdefault(code_msg[0] + "\0" + code_msg[1], []).append({"chrtId": chrt, "amount": amount})
            else:
                updates.append((found, chrt, amount))
        if errors:
            return json_response([{"code": k.split("\0")[0], "message": k.split("\0")[1], "data": data}
                                  for k, data in errors.items()], 409)
        for (sku, good), chrt, amount in updates:
            good.stock[chrt] = amount
            self.applied.append((sku, "stock", amount))
        return Response(status=204)

    def _read_stocks(self, body: object) -> Response:
        ids = body.get("chrtIds") if isinstance(body, dict) else None
        if not ids or len(ids) > self.limit:
            return json_response({"code": "IncorrectRequestBody", "message": "Incorrect required body"}, 400)
        rows = []
        for chrt in ids:
            found = self.by_chrt(chrt)
            if found and chrt in found[1].stock:
                rows.append({"chrtId": chrt, "amount": found[1].stock[chrt]})
        return json_response({"stocks": rows})
