"""A Shopify shop's GraphQL Admin API on 127.0.0.1 (../shared/reference/api-contracts.md §2).

``POST /admin/api/<version>/graphql.json`` with ``X-Shopify-Access-Token``. It answers
exactly the operations pricesync sends, recognised by their root field -- it is not a
GraphQL server: ``productVariants`` (``sku:`` search, cursor pages), ``locations``,
``productVariantsBulkUpdate`` (one product per call, variants must belong to it,
``allowPartialUpdates``) and ``inventorySetQuantities`` (``@idempotent(key:)`` required
from 2026-04 and replayed on a reused key; ``changeFromQuantity`` / ``compareQuantity`` /
``ignoreCompareQuantity`` semantics; all-or-nothing with ``userErrors``). Every answer
carries ``extensions.cost``; a leaky bucket answers ``THROTTLED`` when a query's requested
cost exceeds what is available (make the bucket small to see it).
"""
from __future__ import annotations

import base64
import bisect
import re
import socket
import time
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from werkzeug.wrappers import Request, Response

from tests.standins.common import StandinBase, json_response, read_body

MAX_QUERY_COST = 1000
ENDPOINT = re.compile(r"^/admin/api/(?P<version>[0-9]{4}-[0-9]{2}|unstable)/graphql\.json$")


def gid(kind: str, number: int) -> str:
    return f"gid://shopify/{kind}/{number}"


def gid_number(value: Any, kind: str) -> int | None:
    m = re.fullmatch(rf"gid://shopify/{kind}/([0-9]+)", str(value))
    return int(m.group(1)) if m else None


@dataclass
class Variant:
    id: int
    sku: str
    price: Decimal
    product_id: int
    inventory_item_id: int
    tracked: bool = True
    levels: dict[int, int] = field(default_factory=dict)   # location id -> available


def _parse_args(text: str, variables: dict) -> dict[str, Any]:
    """``first: $first, query: $q`` -> {"first": 100, "query": "sku:..."} (variables substituted)."""
    out: dict[str, Any] = {}
    for name, value in re.findall(r"(\w+)\s*:\s*(\$\w+|\"(?:[^\"\\]|\\.)*\"|[\w.-]+)", text):
        if value.startswith("$"):
            out[name] = variables.get(value[1:])
        elif value.startswith('"'):
            out[name] = value[1:-1]
        else:
            out[name] = {"true": True, "false": False, "null": None}.get(value, value)
    return out


def _args(query: str, root: str, variables: dict) -> dict[str, Any]:
    """The arguments of (the first) field ``root`` in the operation text."""
    m = re.search(rf"\b{root}\s*\(([^)]*)\)", query)
    return _parse_args(m.group(1) if m else "", variables)


def _fields(query: str, root: str, variables: dict) -> list[tuple[str, dict[str, Any]]]:
    """Every ``alias: root(...)`` of a document repeating one mutation under aliases, as
    (answer key, arguments)."""
    return [(alias or root, _parse_args(text, variables))
            for alias, text in re.findall(rf"(?:(\w+)\s*:\s*)?\b{root}\s*\(([^)]*)\)", query)]


def _search_terms(text: str) -> list[str]:
    return [quoted.replace('\\"', '"').replace("\\\\", "\\") if quoted else bare
            for quoted, bare in re.findall(r'sku:(?:"((?:[^"\\]|\\.)*)"|([^\s"]+))', text or "")]


class Standin(StandinBase):
    def __init__(self, *, token: str = "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",
                 api_version: str = "2026-01", max_available: float = 100_000.0,
                 restore_rate: float = 50_000.0, throttle_status: int = 200) -> None:
        super().__init__()
        self.token, self.api_version = token, api_version
        self.max_available, self.restore_rate = max_available, restore_rate
        self.available, self._filled_at = max_available, time.monotonic()
        self.throttle_status = throttle_status      # Shopify is seen answering THROTTLED with 200 and 429
        self.locations: dict[int, str] = {7001: "Main warehouse", 7002: "Kyiv store"}
        self.variants: dict[int, Variant] = {}
        self.products: dict[int, list[int]] = {}
        self.price_errors: dict[str, str] = {}      # sku -> userError message on price updates
        self.idempotent: dict[str, dict] = {}       # key -> the answer given first
        self.replays = 0
        self.throttled = 0
        self.operations: Counter[str] = Counter()
        self.mutations: list[tuple[str, dict]] = []  # (root field, arguments) as received
        self._drop_after_apply: Counter[str] = Counter()
        self._ids = iter(range(1000, 10**9))

    # -- the shop's data ---------------------------------------------------------------
    def add_product(self, variants: list[tuple[str, str, int | None]], *, location: int = 7001,
                    tracked: bool = True) -> int:
        """A product with variants ``(sku, price, stock at location or None = not stocked there)``."""
        pid = next(self._ids)
        self.products[pid] = []
        for sku, price, stock in variants:
            v = Variant(next(self._ids), sku, Decimal(price), pid, next(self._ids), tracked,
                        {} if stock is None else {location: stock})
            self.variants[v.id] = v
            self.products[pid].append(v.id)
        return pid

    def seed(self, n: int, variants_per_product: int = 1) -> None:
        for start in range(1, n + 1, variants_per_product):
            self.add_product([(f"SKU-{i:05d}", f"{100 + i % 900}.00", i % 50)
                              for i in range(start, min(n, start + variants_per_product - 1) + 1)])

    def by_sku(self, sku: str) -> Variant:
        return next(v for v in self.variants.values() if v.sku == sku)

    def drop_after_apply(self, n: int = 1, operation: str = "inventorySetQuantities") -> None:
        """Do the next ``n`` calls of ``operation``, then close the connection unanswered:
        the client cannot know whether they were applied."""
        self._drop_after_apply[operation] += n

    def drain(self) -> None:
        """Empty the cost bucket, as another app or script on the same shop would."""
        self.available, self._filled_at = 0.0, time.monotonic()

    def channel_config(self, url: str, ca_bundle: str | None) -> dict:
        return {"type": "shopify", "url": url, "token_env": "SHOPIFY_TOKEN", "api_version": self.api_version,
                "location_id": str(next(iter(self.locations))), "verify": ca_bundle if ca_bundle else True}

    @property
    def env(self) -> dict[str, str]:
        return {"SHOPIFY_TOKEN": self.token}

    # -- HTTP ------------------------------------------------------------------------------
    def error_body(self, status: int, text: str) -> object:
        return {"errors": text}

    def handle(self, request: Request) -> Response:
        m = ENDPOINT.match(request.path)
        if request.method != "POST" or not m:
            return json_response({"errors": "Not Found"}, 404)
        if request.headers.get("X-Shopify-Access-Token") != self.token:
            return json_response({"errors": "[API] Invalid API key or access token (unrecognized login or wrong password)"}, 401)
        body = read_body(request)
        if not isinstance(body, dict) or not isinstance(body.get("query"), str):
            return json_response({"errors": {"query": "Required parameter missing or invalid"}}, 400)
        query, variables = body["query"], body.get("variables") or {}
        for root in ("inventorySetQuantities", "productVariantsBulkUpdate", "productVariants", "locations"):
            if re.search(rf"\b{root}\s*\(", query):
                break
        else:
            return self._answer({"errors": [{"message": "stand-in: unknown operation"}]}, 0, 0)
        self.operations[root] += 1
        args = _args(query, root, variables)
        requested = self._cost(root, query, args)
        if requested > MAX_QUERY_COST:
            return self._answer({"errors": [{"message": f"Query cost is {requested}, which exceeds the single query "
                                                        f"max cost limit ({MAX_QUERY_COST}).",
                                             "extensions": {"code": "MAX_COST_EXCEEDED"}}]}, requested, None)
        if not self._take(requested):
            self.throttled += 1
            return self._answer({"errors": [{"message": "Throttled", "extensions": {
                "code": "THROTTLED", "documentation": "https://shopify.dev/api/usage/rate-limits"}}]},
                requested, None, status=self.throttle_status)
        try:
            answer, actual = getattr(self, f"_{root}")(query, args, variables, m.group("version"))
        except ValueError as exc:           # what Shopify's schema validation would refuse
            answer, actual = {"errors": [{"message": str(exc)}]}, requested
        self.available = min(self.max_available, self.available + requested - actual)    # refund
        response = self._answer(answer, requested, actual)
        if self._drop_after_apply[root] > 0:
            self._drop_after_apply[root] -= 1
            sock = request.environ.get("werkzeug.socket")
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        return response

    # -- cost ------------------------------------------------------------------------------
    @staticmethod
    def _cost(root: str, query: str, args: dict) -> int:
        # Shopify's rules: a connection costs 2 + the objects asked for, nested objects cost
        # 1 each per node, a mutation 10.
        if root == "productVariants":
            per_node = 2 + (2 if "inventoryLevel" in query else 0)
            return 2 + int(args.get("first") or 0) * per_node
        if root == "locations":
            return 2 + int(args.get("first") or 0)
        return 10 * len(re.findall(rf"\b{root}\s*\(", query))

    def _take(self, cost: int) -> bool:
        now = time.monotonic()
        self.available = min(self.max_available, self.available + (now - self._filled_at) * self.restore_rate)
        self._filled_at = now
        if cost > self.available:
            return False
        self.available -= cost
        return True

    def _answer(self, answer: dict, requested: int, actual: int | None, status: int = 200) -> Response:
        answer["extensions"] = {"cost": {
            "requestedQueryCost": requested, "actualQueryCost": actual,
            "throttleStatus": {"maximumAvailable": self.max_available,
                               "currentlyAvailable": int(self.available), "restoreRate": self.restore_rate}}}
        return json_response(answer, status)

    # -- queries ---------------------------------------------------------------------------
    @staticmethod
    def _page(items: list, args: dict) -> tuple[list, dict]:
        first = int(args.get("first") or 0)
        if not 1 <= first <= 250:
            raise ValueError("first must be between 1 and 250")
        start = int(base64.b64decode(args["after"]).decode()) if args.get("after") else 0
        chosen = items[start:start + first]
        end = base64.b64encode(str(start + len(chosen)).encode()).decode()
        return chosen, {"hasNextPage": start + len(chosen) < len(items), "endCursor": end}

    def _productVariants(self, query: str, args: dict, variables: dict, version: str) -> tuple[dict, int]:
        terms = _search_terms(args.get("query") or "")
        # Shopify's search matches words and prefixes, not whole values: "sku:AB-1" also
        # finds AB-10. The connector has to keep only exact matches.
        if terms:
            index = sorted((v.sku, v.id) for v in self.variants.values())
            ids = set()
            for term in terms:
                at = bisect.bisect_left(index, (term,))
                while at < len(index) and index[at][0].startswith(term):
                    ids.add(index[at][1])
                    at += 1
            found = [self.variants[i] for i in sorted(ids)]
        else:
            found = sorted(self.variants.values(), key=lambda v: v.id)
        nodes, info = self._page(found, args)
        location = gid_number(_args(query, "inventoryLevel", variables).get("locationId"), "Location")
        out = []
        for v in nodes:
            item: dict[str, Any] = {"id": gid("InventoryItem", v.inventory_item_id), "tracked": v.tracked}
            if "inventoryLevel" in query:
                item["inventoryLevel"] = None if location not in v.levels else {
                    "quantities": [{"name": "available", "quantity": v.levels[location]}]}
            out.append({"id": gid("ProductVariant", v.id), "sku": v.sku, "price": format(v.price, "f"),
                        "product": {"id": gid("Product", v.product_id)}, "inventoryItem": item})
        per_node = 2 + (2 if "inventoryLevel" in query else 0)
        return {"data": {"productVariants": {"nodes": out, "pageInfo": info}}}, 2 + len(out) * per_node

    def _locations(self, query: str, args: dict, variables: dict, version: str) -> tuple[dict, int]:
        nodes, info = self._page([{"id": gid("Location", i), "name": n} for i, n in self.locations.items()], args)
        return {"data": {"locations": {"nodes": nodes, "pageInfo": info}}}, 2 + len(nodes)

    # -- mutations -------------------------------------------------------------------------
    def _productVariantsBulkUpdate(self, query: str, args: dict, variables: dict, version: str) -> tuple[dict, int]:
        fields = _fields(query, "productVariantsBulkUpdate", variables)
        return {"data": {key: self._bulk_update(given) for key, given in fields}}, 10 * len(fields)

    def _bulk_update(self, args: dict) -> dict:
        self.mutations.append(("productVariantsBulkUpdate", args))
        self.batch_sizes["productVariantsBulkUpdate"].append(len(args.get("variants") or []))
        pid = gid_number(args.get("productId"), "Product")
        errors: list[dict] = []
        if pid not in self.products:
            errors.append({"field": ["productId"], "message": "Product does not exist", "code": "PRODUCT_DOES_NOT_EXIST"})
        updates = []
        for i, entry in enumerate((args.get("variants") or []) if not errors else []):
            unknown = set(entry) - {"id", "price", "compareAtPrice"}
            if unknown:     # inventoryQuantities is create-only; the schema refuses it here
                raise ValueError(f"Variable $variants of type [ProductVariantsBulkInput!]! was provided invalid "
                                 f"value for {', '.join(sorted(unknown))} (Field is not defined on ProductVariantsBulkInput)")
            vid = gid_number(entry.get("id"), "ProductVariant")
            variant = self.variants.get(vid) if vid is not None else None
            if variant is None or variant.product_id != pid:
                errors.append({"field": ["variants", str(i), "id"], "message": "Product variant does not exist",
                               "code": "PRODUCT_VARIANT_DOES_NOT_EXIST"})
                continue
            try:
                price = Decimal(str(entry.get("price")))
                if price < 0 or price.as_tuple().exponent < -2:
                    raise InvalidOperation
            except InvalidOperation:
                errors.append({"field": ["variants", str(i), "price"], "message": "Price is invalid", "code": "INVALID_INPUT"})
                continue
            if variant.sku in self.price_errors:
                errors.append({"field": ["variants", str(i), "price"], "message": self.price_errors[variant.sku],
                               "code": "INVALID_INPUT"})
                continue
            updates.append((variant, price))
        if errors and not args.get("allowPartialUpdates"):
            updates = []
        for variant, price in updates:
            variant.price = price
            self.applied.append((variant.sku, "price", price))
        changed = [{"id": gid("ProductVariant", v.id), "price": format(p, "f")} for v, p in updates]
        return {"product": {"id": gid("Product", pid)} if pid in self.products else None,
                "productVariants": changed, "userErrors": errors}

    def _inventorySetQuantities(self, query: str, args: dict, variables: dict, version: str) -> tuple[dict, int]:
        key_match = re.search(r'inventorySetQuantities\s*\([^)]*\)\s*@idempotent\s*\(\s*key\s*:\s*"([^"]*)"\s*\)', query)
        key = key_match.group(1) if key_match else None
        if key is None and version >= "2026-04":
            raise ValueError("The @idempotent directive is required for this mutation.")
        if key is not None and key in self.idempotent:
            self.replays += 1
            return self.idempotent[key], 10
        data = self._set_quantities(args.get("input") or {}, version)
        if key is not None:
            self.idempotent[key] = data
        return data, 10

    def _set_quantities(self, given: dict, version: str) -> dict:
        self.mutations.append(("inventorySetQuantities", given))
        quantities = given.get("quantities") or []
        self.batch_sizes["inventorySetQuantities"].append(len(quantities))
        errors: list[dict] = []
        if given.get("name") not in ("available", "on_hand"):
            errors.append({"field": ["input", "name"], "message": "The quantity name must be available or on_hand.",
                           "code": "INVALID_NAME"})
        if not given.get("reason"):
            errors.append({"field": ["input", "reason"], "message": "The reason is invalid.", "code": "INVALID_REASON"})
        by_item = {v.inventory_item_id: v for v in self.variants.values()}
        changes = []
        for i, q in enumerate(quantities):
            where = ["input", "quantities", str(i)]
            variant = by_item.get(gid_number(q.get("inventoryItemId"), "InventoryItem"))
            location = gid_number(q.get("locationId"), "Location")
            if variant is None:
                errors.append({"field": [*where, "inventoryItemId"], "code": "INVALID_INVENTORY_ITEM",
                               "message": "The specified inventory item could not be found."})
            elif location not in self.locations:
                errors.append({"field": [*where, "locationId"], "code": "INVALID_LOCATION",
                               "message": "The specified location could not be found."})
            elif location not in variant.levels:
                errors.append({"field": [*where, "locationId"], "code": "ITEM_NOT_STOCKED_AT_LOCATION",
                               "message": "The specified inventory item is not stocked at the location."})
            elif (problem := self._compare_problem(given, q, variant.levels[location], version)) is not None:
                errors.append({"field": [*where, problem[0]], "code": problem[1], "message": problem[2]})
            else:
                changes.append((variant, location, int(q["quantity"])))
        if errors:      # nothing is applied when any quantity is refused
            return {"data": {"inventorySetQuantities": {"inventoryAdjustmentGroup": None, "userErrors": errors}}}
        for variant, location, quantity in changes:
            old, variant.levels[location] = variant.levels[location], quantity
            self.applied.append((variant.sku, "stock", quantity))
        group = {"id": gid("InventoryAdjustmentGroup", next(self._ids)), "reason": given["reason"],
                 "changes": [{"name": given["name"], "delta": 0} for _ in changes]}
        return {"data": {"inventorySetQuantities": {"inventoryAdjustmentGroup": group, "userErrors": []}}}

    @staticmethod
    def _compare_problem(given: dict, q: dict, current: int, version: str) -> tuple[str, str, str] | None:
        """Compare-and-set: 2026-01 ``changeFromQuantity`` (null = do not compare; mandatory
        from 2026-04), older ``compareQuantity`` unless ``ignoreCompareQuantity``."""
        if "changeFromQuantity" in q:
            if q["changeFromQuantity"] is not None and q["changeFromQuantity"] != current:
                return "changeFromQuantity", "CHANGE_FROM_QUANTITY_STALE", "The quantity has changed since it was read."
            return None
        if version >= "2026-04":
            return "changeFromQuantity", "INVALID_INPUT", "changeFromQuantity is required (pass null to skip the check)."
        if given.get("ignoreCompareQuantity"):
            return None
        if "compareQuantity" not in q:
            return "compareQuantity", "COMPARE_QUANTITY_REQUIRED", "The compareQuantity argument must be given to each quantity or ignored using ignoreCompareQuantity."
        if q["compareQuantity"] != current:
            return "compareQuantity", "COMPARE_QUANTITY_STALE", "The compareQuantity value does not match the current quantity."
        return None
