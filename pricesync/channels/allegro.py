"""``type = "allegro"``: Allegro REST API (api.allegro.pl; sandbox api.allegro.pl.allegrosandbox.pl).

Prices and stock go as batch commands, ``PUT /sale/offer-price-change-commands/{commandId}``
and ``PUT /sale/offer-quantity-change-commands/{commandId}``, applied asynchronously: poll
``GET .../{commandId}/tasks`` until each offer is ``SUCCESS`` or ``FAIL``. A ``FIXED_PRICE``
command gives every offer in it the same price, so a batch makes one command per distinct
price (and per distinct quantity). Command ids are UUIDs derived from the batch's
idempotency key, the kind and the value: a batch resumed after a crash PUTs the same ids,
and Allegro runs a command once.

SKU = the offer's external id (``external.id``, the seller's "sygnatura"); offer ids come
from ``GET /sale/offers?external.id=...`` (several offers may share one; all are set), or
from ``[channels.X.offers]`` for offers without an external id.
"""
from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from pydantic import Field

from pricesync.channels.base import Change, Current, ItemResult
from pricesync.channels.marketplace import (
    BatchOutcome, MarketplaceChannel, PollingConfig, chunked, describe_errors, poll_until,
)
from pricesync.channels.registry import register_channel
from pricesync.money import format_money

MEDIA_TYPE = "application/vnd.allegro.public.v1+json"
LIST_LIMIT = 1000
TASK_LIMIT = 100
SKUS_PER_QUERY = 50            # external.id values per listing request (URL length)
COMMANDS = {"price": "offer-price-change-commands", "stock": "offer-quantity-change-commands"}
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/pricesync/pricesync#allegro-commands")


class AllegroConfig(PollingConfig):
    url: str = Field("https://api.allegro.pl",
                     description="API base URL (sandbox: https://api.allegro.pl.allegrosandbox.pl)")
    token_env: str = Field(description="environment variable holding the OAuth user access token")
    currency: str = "PLN"
    marketplace_id: str | None = Field(None, description="e.g. allegro-cz for a price on another marketplace")
    offers: dict[str, str] = Field(default_factory=dict, description="SKU -> offer id, for offers without external.id")
    # undocumented: the documented examples stop at 1000 offers per command; no hard limit found
    command_max_offers: int = Field(1000, ge=1, le=1000)
    # a 429 blocks the client id for a minute; undocumented whether Retry-After says so
    rate_limit_wait: float = Field(60.0, ge=0, description="seconds to wait on a 429 without Retry-After")


def command_id(idempotency_key: str, part: str, value: object, index: int) -> str:
    """Same batch, same kind, same value -> same command id, in every run."""
    return str(uuid.uuid5(_NAMESPACE, f"{idempotency_key}|{part}|{value}|{index}"))


@register_channel
class AllegroChannel(MarketplaceChannel):
    type_name = "allegro"
    config_model = AllegroConfig
    batch_size = 100
    api_name = "Allegro"
    auth_env_fields = ("token_env",)
    media_type = MEDIA_TYPE
    config: AllegroConfig

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.secret('token_env')}"}

    def retry_hints(self):
        return (), self.config.rate_limit_wait

    def _url(self, path: str) -> str:
        return self.config.url.rstrip("/") + path

    # ------------------------------------------------------------------ read
    def _offers(self, skus: Sequence[str]) -> dict[str, list[dict]]:
        """Offers by SKU: by external.id from the listing, or by the configured offer id."""
        found: dict[str, list[dict]] = defaultdict(list)
        mapped = [s for s in skus if s in self.config.offers]
        for chunk in chunked([s for s in skus if s not in self.config.offers], SKUS_PER_QUERY):
            for offer in self._listing([("external.id", s) for s in chunk]):
                sku = str((offer.get("external") or {}).get("id"))
                if sku in chunk:
                    found[sku].append(offer)
        for sku in mapped:
            found[sku] += self._listing([("offer.id", self.config.offers[sku])])
        return {sku: sorted(offers, key=lambda o: str(o["id"])) for sku, offers in found.items() if offers}

    def _listing(self, filters: list[tuple[str, str]]) -> list[dict]:
        out, offset = [], 0
        while True:
            page = self.read_json(self.call("GET", self._url("/sale/offers"),
                                            params=filters + [("limit", LIST_LIMIT), ("offset", offset)]))
            offers = page.get("offers") or []
            out += offers
            offset += len(offers)
            if not offers or offset >= int(page.get("totalCount") or 0):
                return out

    def fetch_current(self, skus: Sequence[str]) -> dict[str, Current]:
        out = {}
        for sku, offers in self._offers(list(dict.fromkeys(skus))).items():
            first = offers[0]      # offers sharing a SKU are kept equal; the first one speaks for them
            amount = ((first.get("sellingMode") or {}).get("price") or {}).get("amount")
            available = (first.get("stock") or {}).get("available")
            out[sku] = Current(sku, None if amount is None else Decimal(str(amount)),
                               None if available is None else int(available),
                               {"offer_ids": [str(o["id"]) for o in offers]})
        return out

    # ------------------------------------------------------------------ write
    def send_batch(self, changes: Sequence[Change], *, idempotency_key: str) -> list[ItemResult]:
        outcome = BatchOutcome(changes)
        refs = {c.sku: list(c.ref.get("offer_ids") or []) for c in changes}
        unresolved = [sku for sku, ids in refs.items() if not ids]
        if unresolved:       # e.g. a batch resumed from the journal without the offer ids
            refs.update({sku: cur.ref["offer_ids"] for sku, cur in self.fetch_current(unresolved).items()})
        groups: dict[str, dict[object, list[tuple[str, str]]]] = {    # part -> value -> [(offer id, SKU)]
            "price": defaultdict(list), "stock": defaultdict(list)}
        for c in changes:
            for part, value in (("price", c.new_price if c.price_changed else None),
                                ("stock", c.new_stock if c.stock_changed else None)):
                if value is None:
                    continue
                if not refs.get(c.sku):
                    outcome.fail(c.sku, part, "no Allegro offer has this SKU as its external id")
                    continue
                value = format_money(value) if part == "price" else int(value)
                groups[part][value] += [(offer_id, c.sku) for offer_id in refs[c.sku]]
        commands = []
        for part, by_value in groups.items():
            for value, pairs in by_value.items():
                for index, chunk in enumerate(chunked(pairs, self.config.command_max_offers)):
                    commands.append(_Command(part, command_id(idempotency_key, part, value, index), value, chunk))
        for part in ("price", "stock"):
            mine = [cmd for cmd in commands if cmd.part == part]
            if mine:
                outcome.attempt(part, [sku for cmd in mine for _, sku in cmd.pairs],
                                lambda mine=mine: self._run(mine, outcome))
        return outcome.results()

    def _run(self, commands: list[_Command], outcome: BatchOutcome) -> None:
        """PUT every command, then poll their tasks together until all are final."""
        for cmd in commands:
            # 200/201: created or (same id again) the existing command; undocumented: 409 for an id
            # already used is taken as "exists" too: its tasks tell what happened.
            self.call("PUT", self._url(f"/sale/{COMMANDS[cmd.part]}/{cmd.id}"), body=self._body(cmd),
                      expect=(200, 201, 202, 409))
        cfg = self.config
        poll_until(lambda: all([self._check(cmd) for cmd in commands if not cmd.done]), attempts=cfg.poll_attempts,
                   interval=cfg.poll_interval, max_interval=cfg.poll_max_interval)
        for cmd in commands:
            by_sku: dict[str, list[str | None]] = defaultdict(list)
            for offer_id, sku in cmd.pairs:
                by_sku[sku].append(cmd.results.get(offer_id))
            for sku, answers in by_sku.items():
                errors = [a for a in answers if a]
                if errors:
                    outcome.fail(sku, cmd.part, "; ".join(errors))
                elif not cmd.done:
                    outcome.fail(sku, cmd.part, f"command {cmd.id} still running; checked again on the next push",
                                 transient=True)
                elif outcome.pending(sku, cmd.part):
                    outcome.ok(sku, cmd.part)

    def _body(self, cmd: _Command) -> dict:
        if cmd.part == "price":
            modification = {"type": "FIXED_PRICE", "price": {"amount": cmd.value, "currency": self.config.currency}}
            if self.config.marketplace_id:
                modification["marketplaceId"] = self.config.marketplace_id
        else:
            modification = {"changeType": "FIXED", "value": cmd.value}
        offers = list(dict.fromkeys(offer_id for offer_id, _ in cmd.pairs))
        return {"modification": modification,
                "offerCriteria": [{"type": "CONTAINS_OFFERS", "offers": [{"id": o} for o in offers]}]}

    def _check(self, cmd: _Command) -> bool:
        """Read the command's tasks; True when every offer has a final status."""
        offset, tasks = 0, []
        while True:
            page = self.read_json(self.call("GET", self._url(f"/sale/{COMMANDS[cmd.part]}/{cmd.id}/tasks"),
                                            params={"limit": TASK_LIMIT, "offset": offset}))
            batch = page.get("tasks") or []
            tasks += batch
            offset += len(batch)
            if len(batch) < TASK_LIMIT:
                break
        for task in tasks:
            offer_id = str((task.get("offer") or {}).get("id"))
            status = task.get("status")
            if status == "SUCCESS":
                cmd.results[offer_id] = None
            elif status == "FAIL":
                cmd.results[offer_id] = (describe_errors(task.get("errors")) or task.get("message")
                                         or "refused without a reason")
        cmd.done = all(offer_id in cmd.results for offer_id, _ in cmd.pairs)
        return cmd.done


class _Command:
    def __init__(self, part: str, id: str, value: object, pairs: list[tuple[str, str]]) -> None:
        self.part, self.id, self.value, self.pairs = part, id, value, pairs
        self.results: dict[str, str | None] = {}       # offer id -> None (SUCCESS) or the error
        self.done = False
