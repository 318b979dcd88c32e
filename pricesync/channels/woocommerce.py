"""``type = "woocommerce"``: a WooCommerce shop through its REST API v3 (``/wp-json/wc/v3``).

SKUs are resolved to product / variation ids by reading the catalogue (``GET /products``
pages, then the variations of variable products); changes go out through
``POST /products/batch`` and ``POST /products/<parent>/variations/batch`` (at most 100
items each, WooCommerce's own limit). A batch answers HTTP 200 even when some items
failed: every item is checked for an ``error`` object. Only the fields that changed are
sent; stock and price are absolute values, so sending a batch again cannot apply anything
twice (WooCommerce has no idempotency keys).
"""
from __future__ import annotations

import base64
import ipaddress
import logging
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit

from pydantic import Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from pricesync.channels.base import Change, Current, ItemResult
from pricesync.channels.config import ChannelConfig
from pricesync.channels.marketplace import BatchOutcome, MarketplaceChannel, NoAnswer, api_message, chunked
from pricesync.channels.registry import register_channel
from pricesync.errors import ChannelError
from pricesync.money import format_money, to_decimal

#: WordPress refuses ``per_page`` above 100 and WooCommerce batches above 100 items.
MAX_ITEMS = 100
#: up to this many SKUs are looked up one by one (``?sku=``); more walk the catalogue pages.
SKU_LOOKUP_MAX = 10
#: what we read of a product; WooCommerce's ``_fields`` keeps pages of big catalogues small.
READ_FIELDS = "id,sku,type,regular_price,manage_stock,stock_quantity"
#: sends of one batch whose answer was lost (each after reading what the shop shows)
UNANSWERED_TRIES = 3


class _HideSecrets(logging.Filter):
    """urllib3 logs the URLs it retries ("Retrying (...) after connection broken by ...:
    /wp-json/wc/v3/products?consumer_key=ck_..."); with query-string auth that URL holds
    the keys, so their values are blanked before any handler sees the record."""

    secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            from pricesync.redact import redact

            record.msg, record.args = redact(record.getMessage(), sorted(self.secrets)), ()
        return True


def _hide_in_urllib3_logs(*secrets: str) -> None:
    _HideSecrets.secrets.update(secrets)   # redact covers the URL-encoded and partial forms
    for name in ("urllib3.connectionpool", "urllib3.util.retry"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _HideSecrets) for f in logger.filters):
            logger.addFilter(_HideSecrets())


def _is_loopback(host: str | None) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host or "").is_loopback
    except ValueError:
        return False


class WooCommerceConfig(ChannelConfig):
    allow_http: bool = Field(False, description="accept http:// for a loopback url (a local test shop)")
    url: str = Field(description="the WordPress site's address, e.g. https://shop.example")
    key_env: str = Field("WC_KEY", description="environment variable holding the consumer key (ck_...)")
    secret_env: str = Field("WC_SECRET", description="environment variable holding the consumer secret (cs_...)")
    api_version: str = "wc/v3"
    query_string_auth: bool = Field(False, description="send the keys as ?consumer_key=&consumer_secret= "
                                                       "(for hosts that strip the Authorization header)")
    update_price: bool = True
    update_stock: bool = True
    set_stock_status: bool = Field(False, description="also send stock_status instock/outofstock with stock")
    batch_size: int = Field(MAX_ITEMS, ge=1, le=MAX_ITEMS, description="lower it (25-50) on slow hosts")
    retries: int = Field(5, ge=0, description="HTTP retries on 429/5xx/connection errors")

    @field_validator("url")
    @classmethod
    def _https_only(cls, url: str, info: ValidationInfo) -> str:
        # Basic auth and query-string auth send the keys readable by anyone on the path;
        # WooCommerce wants OAuth 1.0a signatures over plain http, which we do not speak.
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PydanticCustomError("url", "must be the shop's address, such as https://shop.example")
        if parts.scheme == "http" and not (info.data.get("allow_http") and _is_loopback(parts.hostname)):
            raise PydanticCustomError(
                "https_required",
                "plain http would send the API keys readable on the network; use https "
                "(http is accepted only for a loopback address with allow_http = true)")
        return url.rstrip("/")


@register_channel
class WooCommerceChannel(MarketplaceChannel):
    type_name = "woocommerce"
    config_model = WooCommerceConfig
    batch_size = MAX_ITEMS
    api_name = "WooCommerce"
    auth_env_fields = ("key_env", "secret_env")
    config: WooCommerceConfig

    def __init__(self, name: str, config: WooCommerceConfig, **kwargs) -> None:
        super().__init__(name, config, **kwargs)
        self.batch_size = config.batch_size
        self.base = f"{config.url}/wp-json/{config.api_version.strip('/')}"

    def auth_headers(self) -> dict[str, str]:
        key, secret = self.secret("key_env"), self.secret("secret_env")
        if self.config.query_string_auth:
            return {}
        return {"Authorization": "Basic " + base64.b64encode(f"{key}:{secret}".encode()).decode("ascii")}

    @property
    def session(self):
        if self._session is None:
            session = MarketplaceChannel.session.fget(self)
            adapter = session.get_adapter("https://")
            retries = self.config.retries
            retry = adapter.max_retries.new(total=retries, connect=retries, read=retries, status=retries)
            for prefix in ("https://", "http://"):
                session.get_adapter(prefix).max_retries = retry
            if self.config.query_string_auth:
                key, secret = self.secret("key_env"), self.secret("secret_env")
                _hide_in_urllib3_logs(key, secret)
                session.params = {"consumer_key": key, "consumer_secret": secret}
        return self._session

    def _pages(self, path: str, params: dict | None = None) -> Iterator[dict]:
        page = 1
        while True:
            resp = self.call("GET", self.base + path, params={**(params or {}), "per_page": MAX_ITEMS,
                                                              "page": page, "_fields": READ_FIELDS})
            rows = self.read_json(resp)
            if not isinstance(rows, list):
                raise ChannelError(f"WooCommerce channel '{self.name}': GET {path}: expected a list "
                                   "(is url the WordPress site address, with pretty permalinks on?)")
            yield from rows
            total_pages = resp.headers.get("X-WP-TotalPages")
            # Some caches strip the X-WP-* headers; then a short page is the last one.
            if (int(total_pages) <= page) if total_pages and total_pages.isdigit() else len(rows) < MAX_ITEMS:
                return
            page += 1

    # -- reading ---------------------------------------------------------------------------
    def fetch_current(self, skus: Sequence[str]) -> dict[str, Current]:
        wanted = set(skus)
        found: dict[str, Current] = {}
        if not wanted:
            return found
        if len(wanted) <= SKU_LOOKUP_MAX:
            for sku in sorted(wanted):
                for row in self._pages("/products", {"sku": sku}):
                    if row.get("sku") == sku:
                        found[sku] = self._current(row, None)
            # ``/products?sku=`` does not see variations: look inside the variable products.
            self._walk(wanted - found.keys(), found, {"type": "variable"})
        else:
            self._walk(wanted, found, None)
        return found

    def _walk(self, wanted: set[str], found: dict[str, Current], params: dict | None) -> None:
        missing = set(wanted)
        if not missing:
            return
        variable: list[int] = []
        for row in self._pages("/products", params):
            if row.get("sku") in missing:
                found[row["sku"]] = self._current(row, None)
                missing.discard(row["sku"])
            if row.get("type") == "variable":
                variable.append(row["id"])
        for parent in variable:
            if not missing:
                return
            for row in self._pages(f"/products/{parent}/variations"):
                if row.get("sku") in missing:
                    found[row["sku"]] = self._current(row, parent)
                    missing.discard(row["sku"])

    @staticmethod
    def _current(row: dict, parent: int | None) -> Current:
        # A variation may say manage_stock = "parent": its stock is the parent's, not its own.
        managed = row.get("manage_stock") is True and row.get("stock_quantity") is not None
        return Current(
            sku=row["sku"],
            price=to_decimal(row.get("regular_price")),
            stock=int(row["stock_quantity"]) if managed else None,
            ref={"id": row["id"], "parent_id": parent},
        )

    # -- writing ---------------------------------------------------------------------------
    def _payload(self, change: Change) -> dict[str, Any]:
        payload: dict[str, Any] = {}
        if self.config.update_price and change.price_changed:
            payload["regular_price"] = format_money(change.new_price)
        if self.config.update_stock and change.stock_changed:
            if change.old_stock is None:       # not managed yet: stock_quantity alone is ignored
                payload["manage_stock"] = True
            payload["stock_quantity"] = int(change.new_stock)  # type: ignore[arg-type]
            if self.config.set_stock_status:
                payload["stock_status"] = "instock" if change.new_stock > 0 else "outofstock"  # type: ignore[operator]
        return payload

    def send_batch(self, changes: Sequence[Change], *, idempotency_key: str) -> list[ItemResult]:
        # idempotency_key is not used: WooCommerce has none, and our values are absolute.
        refs = {c.sku: dict(c.ref) for c in changes if c.ref.get("id") is not None}
        unresolved = [c.sku for c in changes if c.sku not in refs]
        if unresolved:   # e.g. a batch resumed from the journal without the ids
            refs.update({sku: dict(cur.ref) for sku, cur in self.fetch_current(unresolved).items()})
        outcome = BatchOutcome(changes)
        groups: dict[int | None, list[tuple[Change, dict]]] = {}
        for change in changes:
            payload = self._payload(change)
            if payload and change.sku in refs:
                ref = refs[change.sku]
                groups.setdefault(ref.get("parent_id"), []).append((change, {"id": ref["id"], **payload}))
        for parent, items in groups.items():
            path = "/products/batch" if parent is None else f"/products/{parent}/variations/batch"
            part = "product" if parent is None else "variation"
            for chunk in chunked(items, MAX_ITEMS):
                outcome.attempt(part, [c.sku for c, _ in chunk],
                                lambda path=path, part=part, chunk=chunk: self._send_chunk(path, part, chunk, outcome))
        for sku in unresolved:
            if sku not in refs:
                outcome.fail(sku, "lookup", "no product or variation with this SKU in the shop")
        return outcome.results()

    def _send_chunk(self, path: str, part: str, chunk: list[tuple[Change, dict]], outcome: BatchOutcome) -> None:
        for attempt in range(UNANSWERED_TRIES):
            try:
                resp = self.call("POST", self.base + path, body={"update": [payload for _, payload in chunk]},
                                 expect=(200, 413), write=True)
                break
            except NoAnswer:
                # The shop may have applied the batch before the connection dropped: read it
                # and send again only what it does not show.
                if attempt + 1 == UNANSWERED_TRIES:
                    raise
                chunk = self._not_applied(part, chunk, outcome)
                if not chunk:
                    return
        self._read_answer(part, chunk, outcome, resp)

    def _not_applied(self, part: str, chunk: list[tuple[Change, dict]],
                     outcome: BatchOutcome) -> list[tuple[Change, dict]]:
        now = self.fetch_current([c.sku for c, _ in chunk])
        left = []
        for change, payload in chunk:
            cur = now.get(change.sku)
            shown = cur is not None and ("regular_price" not in payload or cur.price == change.new_price) \
                and ("stock_quantity" not in payload or cur.stock == change.new_stock)
            if shown:
                outcome.ok(change.sku, part)
            else:
                left.append((change, payload))
        return left

    def _read_answer(self, part: str, chunk: list[tuple[Change, dict]], outcome: BatchOutcome, resp) -> None:
        if resp.status_code == 413:
            why = (f"the shop refused the whole batch as too large ({api_message(resp, self._redact)}); "
                   "lower batch_size or the host's request size limit")
            for change, _ in chunk:
                outcome.fail(change.sku, part, why)
            return
        answer = self.read_json(resp)
        rows = answer.get("update") if isinstance(answer, dict) else None
        rows = rows if isinstance(rows, list) else []
        # Items come back in request order; match by id when the shop dropped or added some.
        by_id = {row.get("id"): row for row in rows if isinstance(row, dict)}
        for pos, (change, payload) in enumerate(chunk):
            row = rows[pos] if len(rows) == len(chunk) and isinstance(rows[pos], dict) else by_id.get(payload["id"])
            failure = self._item_failure(change, payload, row)
            if failure is None:
                outcome.ok(change.sku, part)
            else:
                outcome.fail(change.sku, part, failure[0], transient=failure[1])

    @staticmethod
    def _item_failure(change: Change, payload: dict, row: dict | None) -> tuple[str, bool] | None:
        """(message, transient) when the shop's answer for this item is a failure."""
        if row is None:
            return "missing from the shop's answer to the batch", True
        if isinstance(row.get("error"), dict):
            err = row["error"]
            status = (err.get("data") or {}).get("status")
            return (f"{err.get('message')} ({err.get('code')}, HTTP {status})",
                    status == 429 or (isinstance(status, int) and status >= 500))
        if "regular_price" in payload and "regular_price" in row \
                and to_decimal(row["regular_price"]) != change.new_price:
            return (f"the shop kept regular_price {row['regular_price']!r} "
                    f"after it was sent {payload['regular_price']!r}", False)
        return None
