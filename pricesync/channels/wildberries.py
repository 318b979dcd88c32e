"""``type = "wildberries"``: Wildberries seller API (two hosts, one token).

Prices: ``POST {prices_url}/api/v2/upload/task`` with ``{"data": [{nmID, price, discount}]}``
(≤1000 goods, whole currency units) is applied asynchronously: poll
``GET /api/v2/history/tasks?uploadID=`` until status 3 (done), 5 (some goods refused),
6 (all refused) or 4 (cancelled), then read the refused goods and their ``errorText`` from
``GET /api/v2/history/goods/task``. An identical upload answers 208 with the task already
made, so a resumed batch does not create a second one.

Stock: ``PUT {marketplace_url}/api/v3/stocks/{warehouseId}`` with ``{"stocks": [{chrtId,
amount}]}``: 204 when all were set; 409 with an error array when nothing was set. The goods
the errors name fail; the rest are sent again without them.

SKU = the seller's article (``vendorCode``). ``nmID`` and ``chrtId`` (``sizeID`` in the prices
API) come from ``GET /api/v2/list/goods/filter`` (offset paging), or from ``[channels.X.items]``
for goods with several sizes, where one SKU cannot be told from another by vendorCode.
The price pricesync sets is WB's ``price`` (before the seller's discount); ``discount`` in
the config, when set, is sent with every price.
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Literal, NamedTuple

from pydantic import Field

from pricesync.channels.base import Change, Current, ItemResult
from pricesync.channels.marketplace import (
    BatchOutcome, MarketplaceChannel, PollingConfig, chunked, describe_errors, poll_until,
)
from pricesync.channels.registry import register_channel
from pricesync.config.types import StrictModel
from pricesync.errors import ChannelError

LIMIT = 1000
DONE, CANCELLED, SOME_FAILED, ALL_FAILED = 3, 4, 5, 6
ITEM_UPDATED, ITEM_FAILED = 2, 3


class WildberriesItem(StrictModel):
    nm_id: int
    chrt_id: int | None = None
    barcode: str | None = Field(None, description="only with stock_key = 'sku'")


class WildberriesConfig(PollingConfig):
    token_env: str = Field(description="environment variable holding the API token")
    prices_url: str = "https://discounts-prices-api.wildberries.ru"
    marketplace_url: str = "https://marketplace-api.wildberries.ru"
    warehouse_id: int | None = Field(None, description="seller warehouse for stock (GET /api/v3/warehouses)")
    discount: int | None = Field(None, ge=0, le=99, description="seller discount % sent with every price")
    # WB marks the barcode field `sku` deprecated in favour of `chrtId`; kept as a switch
    # for accounts where the switch-off date has not come yet.
    stock_key: Literal["chrtId", "sku"] = "chrtId"
    items: dict[str, WildberriesItem] = Field(default_factory=dict, description="SKU -> nm_id/chrt_id")
    # documented only by third-party clients: the seconds to wait on 429
    rate_limit_headers: list[str] = Field(default_factory=lambda: ["X-Ratelimit-Retry"])


class Ref(NamedTuple):
    nm_id: int
    stock_id: int | str | None      # chrtId or barcode, per stock_key
    problem: str = ""               # why stock cannot be set for it


@register_channel
class WildberriesChannel(MarketplaceChannel):
    type_name = "wildberries"
    config_model = WildberriesConfig
    batch_size = LIMIT
    api_name = "Wildberries"
    auth_env_fields = ("token_env",)
    config: WildberriesConfig

    def __init__(self, name, config, **kwargs) -> None:
        super().__init__(name, config, **kwargs)
        self._goods: dict[str, dict] | None = None

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": self.secret("token_env")}     # the bare token, no "Bearer"

    def retry_hints(self):
        return self.config.rate_limit_headers, None

    def _prices(self, path: str) -> str:
        return self.config.prices_url.rstrip("/") + path

    def _stocks_url(self) -> str:
        return f"{self.config.marketplace_url.rstrip('/')}/api/v3/stocks/{self.config.warehouse_id}"

    # ------------------------------------------------------------------ goods and ids
    def goods(self, *, fresh: bool = False) -> dict[str, dict]:
        """Every good of the seller by vendorCode. Ids do not change, so a send reuses the
        last read; prices do, so ``fetch_current`` always reads again (``fresh``)."""
        if self._goods is None or fresh:
            # Kept only once read whole: a refused or broken read must not leave an empty
            # list behind, on which the next send would call every SKU unknown.
            goods, offset = {}, 0
            while True:
                page = self.read_json(self.call("GET", self._prices("/api/v2/list/goods/filter"),
                                                params={"limit": LIMIT, "offset": offset}))
                rows = (page.get("data") or {}).get("listGoods") or []
                goods.update({str(g.get("vendorCode")): g for g in rows})
                if len(rows) < LIMIT:
                    break
                offset += LIMIT
            self._goods = goods
        return self._goods

    def _ref(self, sku: str, known: dict | None = None) -> Ref | None:
        item = self.config.items.get(sku)
        if item is not None:
            by_barcode = self.config.stock_key == "sku"
            stock_id = item.barcode if by_barcode else item.chrt_id
            missing = f"set channels.{self.name}.items.{sku}.{'barcode' if by_barcode else 'chrt_id'}"
            return Ref(item.nm_id, stock_id, "" if stock_id is not None else missing)
        if known and known.get("nm_id") is not None and self.config.stock_key == "chrtId":
            return Ref(int(known["nm_id"]), known.get("chrt_id"), known.get("problem", ""))
        good = self.goods().get(sku)
        if good is None:
            return None
        sizes = good.get("sizes") or []
        if self.config.stock_key == "sku":
            return Ref(int(good["nmID"]), None, f"barcodes are not in the goods list: set channels.{self.name}.items")
        if len(sizes) == 1:
            return Ref(int(good["nmID"]), int(sizes[0]["sizeID"]))
        return Ref(int(good["nmID"]), None, f"the good has {len(sizes)} sizes: map this SKU's size in "
                                            f"channels.{self.name}.items")

    # ------------------------------------------------------------------ read
    def fetch_current(self, skus: Sequence[str]) -> dict[str, Current]:
        goods = self.goods(fresh=True)
        by_nm = {int(g["nmID"]): g for g in goods.values()}
        refs = {s: r for s in dict.fromkeys(skus) if (r := self._ref(s)) is not None and r.nm_id in by_nm}
        stock = self._read_stock([r.stock_id for r in refs.values() if r.stock_id is not None])
        out = {}
        for sku, ref in refs.items():
            sizes = by_nm[ref.nm_id].get("sizes") or []
            price = Decimal(str(sizes[0]["price"])) if sizes and sizes[0].get("price") is not None else None
            amount = None
            if self.config.warehouse_id is not None and ref.stock_id is not None:
                amount = stock.get(str(ref.stock_id), 0)    # no record at the warehouse: nothing to sell
            out[sku] = Current(sku, price, amount,
                               {"nm_id": ref.nm_id, "chrt_id": ref.stock_id, "problem": ref.problem})
        return out

    def _read_stock(self, ids: list) -> dict[str, int]:
        if self.config.warehouse_id is None or not ids:
            return {}
        field = "chrtIds" if self.config.stock_key == "chrtId" else "skus"
        out: dict[str, int] = {}
        for chunk in chunked(ids, LIMIT):
            answer = self.read_json(self.call("POST", self._stocks_url(), body={field: chunk}))
            for row in answer.get("stocks") or []:
                out[str(row.get(self.config.stock_key))] = int(row.get("amount") or 0)
        return out

    # ------------------------------------------------------------------ write
    def send_batch(self, changes: Sequence[Change], *, idempotency_key: str) -> list[ItemResult]:
        # WB has no idempotency key; an identical price upload is answered with the same task.
        outcome = BatchOutcome(changes)
        prices: dict[int, tuple[list[str], int]] = {}          # nmID -> (SKUs, whole price)
        stocks: list[tuple[str, int | str, int]] = []
        if any(c.stock_changed for c in changes) and self.config.warehouse_id is None:
            raise ChannelError("stock changes need the seller warehouse id (GET /api/v3/warehouses)",
                               key=f"channels.{self.name}.warehouse_id")
        for c in changes:
            ref = self._ref(c.sku, dict(c.ref))
            for part, wanted in (("price", c.price_changed), ("stock", c.stock_changed)):
                if wanted and ref is None:
                    outcome.fail(c.sku, part, "no good with this vendorCode on Wildberries")
            if ref is None:
                continue
            if c.price_changed:
                self._plan_price(c, ref, prices, outcome)
            if c.stock_changed:
                if ref.stock_id is None:
                    outcome.fail(c.sku, "stock", ref.problem or "no size id for it")
                else:
                    stocks.append((c.sku, ref.stock_id, int(c.new_stock)))
        if prices:
            outcome.attempt("price", [s for skus, _ in prices.values() for s in skus],
                            lambda: self._upload_prices(prices, outcome))
        if stocks:
            outcome.attempt("stock", [s for s, *_ in stocks], lambda: self._put_stocks(stocks, outcome))
        return outcome.results()

    def _plan_price(self, c: Change, ref: Ref, prices: dict, outcome: BatchOutcome) -> None:
        whole = c.new_price.to_integral_value()
        if whole != c.new_price:
            # "Price should be a whole number": rounding here could cross the floor, so refuse
            outcome.fail(c.sku, "price", f"Wildberries takes whole currency units; {c.new_price} is not whole")
        elif ref.nm_id in prices and prices[ref.nm_id][1] != int(whole):
            outcome.fail(c.sku, "price", f"shares nmID {ref.nm_id} with {prices[ref.nm_id][0][0]} at another price")
        else:
            prices.setdefault(ref.nm_id, ([], int(whole)))[0].append(c.sku)

    def _upload_prices(self, prices: dict[int, tuple[list[str], int]], outcome: BatchOutcome) -> None:
        data = [{"nmID": nm, "price": price, **({"discount": self.config.discount}
                                                 if self.config.discount is not None else {})}
                for nm, (_, price) in prices.items()]
        for chunk in chunked(data, LIMIT):
            response = self.call("POST", self._prices("/api/v2/upload/task"), body={"data": chunk},
                                 expect=(200, 208, 400))
            answer = self.read_json(response)
            sent = {item["nmID"]: prices[item["nmID"]][0] for item in chunk}
            if response.status_code == 400:
                text = str(answer.get("errorText") or "")
                if text.lower().startswith("the specified prices and discounts are already set"):
                    for sku in (s for skus in sent.values() for s in skus):
                        outcome.ok(sku, "price")
                    continue
                raise ChannelError(f"price upload refused (HTTP 400): {text}")
            self._follow_task(int(answer["data"]["id"]), sent, outcome)

    def _follow_task(self, task_id: int, sent: dict[int, list[str]], outcome: BatchOutcome) -> None:
        state: dict = {}

        def finished() -> bool:
            answer = self.read_json(self.call("GET", self._prices("/api/v2/history/tasks"),
                                              params={"uploadID": task_id}))
            state.update((answer.get("data") or {}))
            return state.get("status") in (DONE, CANCELLED, SOME_FAILED, ALL_FAILED)

        cfg = self.config
        if not poll_until(finished, attempts=cfg.poll_attempts, interval=cfg.poll_interval,
                          max_interval=cfg.poll_max_interval):
            for s in (s for skus in sent.values() for s in skus):
                outcome.fail(s, "price", f"upload task {task_id} still processing; checked again on the next push",
                             transient=True)
            return
        status = state["status"]
        if status in (DONE, CANCELLED):
            for sku in (s for skus in sent.values() for s in skus):
                if status == DONE:
                    outcome.ok(sku, "price")
                else:
                    outcome.fail(sku, "price", f"upload task {task_id} was cancelled by Wildberries")
            return
        for good in self._task_goods(task_id):
            for s in sent.get(int(good.get("nmID", 0)), []):
                if good.get("status") == ITEM_UPDATED and outcome.pending(s, "price"):
                    outcome.ok(s, "price")
                elif good.get("status") != ITEM_UPDATED:
                    outcome.fail(s, "price", str(good.get("errorText") or "refused"))

    def _task_goods(self, task_id: int) -> list[dict]:
        rows, offset = [], 0
        while True:
            answer = self.read_json(self.call("GET", self._prices("/api/v2/history/goods/task"),
                                              params={"uploadID": task_id, "limit": LIMIT, "offset": offset}))
            page = (answer.get("data") or {}).get("historyGoods") or []
            rows += page
            if len(page) < LIMIT:
                return rows
            offset += LIMIT

    def _put_stocks(self, stocks: list[tuple[str, int | str, int]], outcome: BatchOutcome) -> None:
        key = self.config.stock_key
        for chunk in chunked(stocks, LIMIT):
            pending = chunk
            # A 409 sets nothing: drop the goods it names and send the rest again (bounded).
            for _ in range(3):
                response = self.call("PUT", self._stocks_url(), expect=(204, 409),
                                     body={"stocks": [{key: sid, "amount": amount} for _, sid, amount in pending]})
                if response.status_code == 204:
                    for sku, *_ in pending:
                        outcome.ok(sku, "stock")
                    break
                named, general = _stock_errors(self.read_json(response), key)
                rest = []
                for item in pending:
                    if str(item[1]) in named:
                        outcome.fail(item[0], "stock", named[str(item[1])])
                    else:
                        rest.append(item)
                if len(rest) == len(pending):
                    # The whole request was refused, e.g. StoreIsProcessing ("retry in a few
                    # seconds"): that one is left for the next push.
                    transient = any(e.get("code") == "StoreIsProcessing" for e in general)
                    message = describe_errors(general) or "refused (HTTP 409)"
                    for sku, *_ in rest:
                        outcome.fail(sku, "stock", message, transient=transient)
                    break
                pending = rest
                if not pending:
                    break


def _stock_errors(errors: object, key: str) -> tuple[dict[str, str], list[dict]]:
    """409 body -> (message by chrtId/barcode it names, errors naming no good)."""
    named: dict[str, str] = {}
    general: list[dict] = []
    for err in errors if isinstance(errors, list) else [errors]:
        if not isinstance(err, dict):
            continue
        data = err.get("data")
        ids = [d.get(key, d.get("chrtId", d.get("sku"))) for d in data if isinstance(d, dict)] \
            if isinstance(data, list) else []
        message = describe_errors({k: err.get(k) for k in ("code", "message")})
        for sid in ids:
            named[str(sid)] = message
        if not ids:
            general.append(err)
    return named, general
