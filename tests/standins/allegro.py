"""Allegro REST API stand-in (api-contracts.md §5).

``Authorization: Bearer <token>`` (401 otherwise), ``Accept`` must be
``application/vnd.allegro.public.v1+json`` (406) and so must a body's ``Content-Type`` (415).
Offer listing with ``external.id`` (repeatable) / ``offer.id`` filters and limit/offset paging.
Price and quantity change commands are stored by their UUID: the same id PUT again is the
same command, never applied twice. A command is processed after ``task_polls`` reads of its
tasks; until then its tasks are ``NEW``; then ``SUCCESS`` or ``FAIL`` with ``errors[]``.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from werkzeug.wrappers import Request, Response

from tests.standins.common import StandinBase, json_response, read_body, seed_skus

TOKEN = "allegro-oauth-eyJ0eXAiOiJKV1Qi.user-token-9d2e"
MEDIA = "application/vnd.allegro.public.v1+json"
KINDS = {"offer-price-change-commands": "price", "offer-quantity-change-commands": "stock"}


@dataclass
class Offer:
    id: str
    price: Decimal
    stock: int
    currency: str = "PLN"


@dataclass
class Command:
    id: str
    part: str
    modification: dict
    offer_ids: list[str]
    polls_left: int
    tasks: dict[str, dict] = field(default_factory=dict)     # offer id -> task, once processed


class Standin(StandinBase):
    max_offers = 1000
    env = {"ALLEGRO_TOKEN": TOKEN}

    def __init__(self) -> None:
        super().__init__()
        self.offers: dict[str, list[Offer]] = {}                # external id (SKU) -> offers
        self._by_id: dict[str, tuple[str, Offer]] = {}
        self.commands: dict[str, Command] = {}
        self.task_polls = 2
        self.fail_offers: dict[str, tuple[str, str]] = {}       # offer id -> (code, userMessage)
        self.puts: list[str] = []                               # command ids PUT, in order

    def channel_config(self, url: str, ca_bundle: str | None) -> dict:
        return {"type": "allegro", "url": url, "token_env": "ALLEGRO_TOKEN", "verify": ca_bundle or True,
                "poll_interval": 0.02, "poll_max_interval": 0.05, "poll_attempts": 10, "rate_limit_wait": 1}

    def add(self, sku: str | None, price: str, stock: int = 0, *, offer_id: str | None = None) -> Offer:
        offer = Offer(offer_id or str(7700000000 + len(self._by_id)), Decimal(price), stock)
        self.offers.setdefault(sku or "", []).append(offer)
        self._by_id[offer.id] = (sku or "", offer)
        return offer

    def seed(self, n: int) -> None:
        for i, sku in enumerate(seed_skus(n)):
            self.add(sku, f"{100 + i}.00", 5)

    def offer(self, offer_id: str) -> tuple[str, Offer] | None:
        return self._by_id.get(offer_id)

    def error_body(self, status: int, text: str) -> object:
        code = {400: "VALIDATION_ERROR", 404: "NOT_FOUND", 406: "NOT_ACCEPTABLE", 415: "UNSUPPORTED_MEDIA_TYPE",
                422: "VALIDATION_ERROR", 429: "TOO_MANY_REQUESTS"}.get(status, "INTERNAL_ERROR")
        return {"errors": [{"code": code, "message": text, "details": None, "path": None, "userMessage": text}]}

    def _error(self, status: int, text: str) -> Response:
        return json_response(self.error_body(status, text), status, content_type=MEDIA)

    # ------------------------------------------------------------------ dispatch
    def handle(self, request: Request) -> Response:
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return json_response({"error": "invalid_token", "error_description": "Invalid access token"}, 401)
        if MEDIA not in (request.headers.get("Accept") or ""):
            return self._error(406, f"Accept must be {MEDIA}")
        parts = request.path.strip("/").split("/")
        if request.method == "GET" and parts == ["sale", "offers"]:
            return self._list(request)
        if len(parts) >= 3 and parts[0] == "sale" and parts[1] in KINDS:
            if request.method == "PUT" and len(parts) == 3:
                if (request.headers.get("Content-Type") or "").split(";")[0] != MEDIA:
                    return self._error(415, f"Content-Type must be {MEDIA}")
                return self._put_command(KINDS[parts[1]], parts[2], read_body(request))
            if request.method == "GET" and len(parts) == 4 and parts[3] == "tasks":
                return self._tasks(parts[2], request)
            if request.method == "GET" and len(parts) == 3:
                return self._report(parts[2])
        return self._error(404, f"no resource {request.method} {request.path}")

    # ------------------------------------------------------------------ offers
    def _list(self, request: Request) -> Response:
        limit, offset = int(request.args.get("limit", 20)), int(request.args.get("offset", 0))
        if not 1 <= limit <= 1000:
            return self._error(422, "limit must be between 1 and 1000")
        external = request.args.getlist("external.id")
        offer_id = request.args.get("offer.id")
        rows = [(sku, o) for sku, offers in self.offers.items() for o in offers
                if (not external or sku in external) and (offer_id is None or o.id == offer_id)]
        page = rows[offset:offset + limit]
        offers = [{"id": o.id, "name": f"Offer {sku}", "external": {"id": sku} if sku else None,
                   "sellingMode": {"format": "BUY_NOW",
                                   "price": {"amount": format(o.price, "f"), "currency": o.currency}},
                   "stock": {"available": o.stock, "sold": 0}, "publication": {"status": "ACTIVE"}} for sku, o in page]
        return json_response({"offers": offers, "count": len(offers), "totalCount": len(rows)}, content_type=MEDIA)

    # ------------------------------------------------------------------ commands
    def _put_command(self, part: str, command_id: str, body: object) -> Response:
        try:
            uuid.UUID(command_id)
        except ValueError:
            return self._error(422, "commandId must be a UUID")
        self.puts.append(command_id)
        if command_id in self.commands:      # the same command again: report it, do nothing
            return json_response(self._general_report(self.commands[command_id]), 200, content_type=MEDIA)
        body = body if isinstance(body, dict) else {}
        modification = body.get("modification") or {}
        criteria = body.get("offerCriteria") or [{}]
        ids = [str(o.get("id")) for o in criteria[0].get("offers") or []]
        self.batch_sizes[part].append(len(ids))
        if criteria[0].get("type") != "CONTAINS_OFFERS" or not 1 <= len(ids) <= self.max_offers:
            return self._error(422, f"offerCriteria must be CONTAINS_OFFERS with 1 to {self.max_offers} offers")
        if part == "price":
            price = modification.get("price") or {}
            if modification.get("type") != "FIXED_PRICE" or not isinstance(price.get("amount"), str):
                return self._error(422, "modification must be FIXED_PRICE with price.amount as a string")
        elif modification.get("changeType") != "FIXED" or not isinstance(modification.get("value"), int):
            return self._error(422, "modification must be changeType FIXED with an integer value")
        command = Command(command_id, part, modification, ids, self.task_polls)
        self.commands[command_id] = command
        return json_response(self._general_report(command), 201, content_type=MEDIA)

    def _process(self, command: Command) -> None:
        for offer_id in command.offer_ids:
            found = self.offer(offer_id)
            refusal = self.fail_offers.get(offer_id) or (None if found else ("NOT_FOUND", "Offer not found"))
            if refusal is None:
                sku, offer = found
                if command.part == "price":
                    offer.price = Decimal(command.modification["price"]["amount"])
                    self.applied.append((sku, "price", offer.price))
                else:
                    offer.stock = command.modification["value"]
                    self.applied.append((sku, "stock", offer.stock))
            command.tasks[offer_id] = {
                "offer": {"id": offer_id}, "status": "FAIL" if refusal else "SUCCESS", "message": "",
                "field": "price" if command.part == "price" else "stock",
                "errors": [{"code": refusal[0], "message": refusal[1], "userMessage": refusal[1]}] if refusal else [],
                "scheduledAt": "2026-11-25T10:00:00.000Z", "finishedAt": "2026-11-25T10:00:01.000Z"}

    def _general_report(self, command: Command) -> dict:
        statuses = [t["status"] for t in command.tasks.values()]
        return {"id": command.id, "taskCount": {"total": len(command.offer_ids), "success": statuses.count("SUCCESS"),
                                                "failed": statuses.count("FAIL")}}

    def _tasks(self, command_id: str, request: Request) -> Response:
        command = self.commands.get(command_id)
        if command is None:
            return self._error(404, "command not found")
        if not command.tasks:
            command.polls_left -= 1
            if command.polls_left <= 0:
                self._process(command)
        limit, offset = int(request.args.get("limit", 100)), int(request.args.get("offset", 0))
        if not 1 <= limit <= 1000:
            return self._error(422, "limit must be between 1 and 1000")
        tasks = [command.tasks.get(o) or {"offer": {"id": o}, "status": "NEW", "message": "", "errors": []}
                 for o in command.offer_ids]
        return json_response({"tasks": tasks[offset:offset + limit]}, content_type=MEDIA)

    def _report(self, command_id: str) -> Response:
        command = self.commands.get(command_id)
        if command is None:
            return self._error(404, "command not found")
        return json_response(self._general_report(command), content_type=MEDIA)
