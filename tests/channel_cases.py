"""One entry per registered channel type: how tests/test_channel_contract.py starts it, what
it holds before a test, and its quirks (contract points that do not apply, with the reason).

A channel type registered without an entry here fails the contract suite
(``test_every_registered_channel_type_has_a_case``): add the entry, with its stand-in.
"""
from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from tests.standins import allegro, ozon, prom, shopify, wildberries, woocommerce

SKUS = ["SKU-00001", "SKU-00002", "SKU-00003"]
UNKNOWN = "NOT-ON-CHANNEL"


@dataclass(frozen=True)
class Case:
    type: str
    #: "api" (an HTTPS stand-in), "feed" (a file the channel writes) or "memory" (dummy)
    kind: str
    #: SKU -> (price, stock) the channel holds before each test (API: the stand-in's seed;
    #: feed and memory: pushed through the pipeline first)
    seeded: dict[str, tuple[str, int]]
    standin: Callable[[], object] | None = None
    #: make ``sku``'s price update fail on the channel; returns config overrides (or {})
    refuse: Callable[[object, str], dict] = lambda standin, sku: {}
    #: the refused SKU is sent without a price (feeds refuse only what they cannot publish)
    refuse_by_dropping_price: bool = False
    #: ``fail_next`` arguments for an HTTP 429 on the price update
    rate_limit: dict = field(default_factory=dict)
    #: (price pushed, regular expression the request body or the written file must hold)
    money: tuple[str, str | None] = ("1499.90", None)
    #: the channel reads stock back (a Merchant feed has availability, not a count)
    reads_stock: bool = True
    #: price and stock go in separate calls: a refused price call leaves the stock call going
    separate_parts: bool = False
    #: the API's documented per-call limit: (key of the stand-in's ``batch_sizes``, limit,
    #: changes to send, "price" or "stock", config overrides)
    call_limit: tuple[str, int, int, str, dict] | None = None
    #: the file extension of a feed
    ext: str = ""
    #: contract points that do not apply to this channel type -> why
    quirks: dict[str, str] = field(default_factory=dict)

    def seeded_standin(self):
        standin = self.standin()
        standin.seed(len(SKUS))
        return standin


NO_HTTP = {"http": "no HTTP: nothing answers 429, 5xx or 4xx", "auth": "no credentials",
           "secrets": "no secrets in its config"}
FEED = {**NO_HTTP, "unknown": "a feed is rewritten whole: every SKU is published, none is unknown to it"}


def _wb_refuse(s, sku):
    s.refuse_price[s.goods[sku].nm_id] = "Item has been moved to Price Quarantine"
    return {}


def _allegro_refuse(s, sku):
    s.fail_offers[s.offers[sku][0].id] = ("OFFER_ENDED", "Oferta jest zakończona")
    return {}


CASES: dict[str, Case] = {c.type: c for c in [
    Case("woocommerce", "api", {"SKU-00001": ("101.00", 1), "SKU-00002": ("102.00", 2), "SKU-00003": ("103.00", 3)},
         woocommerce.Standin,
         refuse=lambda s, sku: s.item_errors.update({sku: ("woocommerce_rest_invalid_sku", "Invalid SKU.", 400)}) or {},
         rate_limit={"path": f"{woocommerce.API}/products/batch", "retry_after": 1},
         call_limit=(f"{woocommerce.API}/products/batch", 100, 150, "price", {}),
         money=("1499.90", r'"regular_price":\s*"1499\.90"')),
    Case("shopify", "api", {"SKU-00001": ("101.00", 1), "SKU-00002": ("102.00", 2), "SKU-00003": ("103.00", 3)},
         shopify.Standin, separate_parts=True,
         refuse=lambda s, sku: s.price_errors.update({sku: "Price must be lower than 1000000"}) or {},
         rate_limit={"retry_after": 1},
         money=("1499.90", r'"price\\?":\s*\\?"1499\.90\\?"')),
    Case("ozon", "api", {"SKU-00001": ("1000.00", 5), "SKU-00002": ("1001.00", 5), "SKU-00003": ("1002.00", 5)},
         ozon.Standin, separate_parts=True,
         refuse=lambda s, sku: s.item_errors.update({sku: ("PRODUCT_IS_NOT_CREATED", "product is not created")}) or {},
         rate_limit={"path": "/v1/product/import/prices", "retry_after": 1},
         call_limit=("/v2/products/stocks", 100, 250, "stock", {}),
         money=("1499.90", r'"price":\s*"1499\.90"')),
    Case("wildberries", "api", {"SKU-00001": ("1000", 5), "SKU-00002": ("1001", 5), "SKU-00003": ("1002", 5)},
         wildberries.Standin, refuse=_wb_refuse, separate_parts=True,
         rate_limit={"path": "/api/v2/upload/task", "headers": {"X-Ratelimit-Retry": "1"}},
         call_limit=("/api/v2/upload/task", 1000, 2500, "price", {}),
         money=("1499", r'"price":\s*1499\b(?!\.)')),          # whole roubles, a JSON integer
    Case("allegro", "api", {"SKU-00001": ("100.00", 5), "SKU-00002": ("101.00", 5), "SKU-00003": ("102.00", 5)},
         allegro.Standin, refuse=_allegro_refuse, separate_parts=True,
         quirks={"409": "a 409 answers a command id Allegro already has: the command is followed, not refused"},
         rate_limit={"path": "/sale/offer-price-change-commands/", "retry_after": 1},
         call_limit=("stock", 10, 25, "stock", {"command_max_offers": 10}),
         money=("1499.90", r'"amount":\s*"1499\.90"')),
    Case("prom", "api", {"SKU-00001": ("200.00", 5), "SKU-00002": ("201.00", 5), "SKU-00003": ("202.00", 5)},
         prom.Standin,
         refuse=lambda s, sku: s.refuse.update({sku: {"price": "Ціна нижче мінімальної"}}) or {},
         rate_limit={"path": "/api/v1/products/edit_by_external_id", "retry_after": 1},
         call_limit=("/api/v1/products/edit_by_external_id", 100, 250, "stock", {}),
         money=("1499.90", r'"price":\s*1499\.90\b')),         # an exact JSON number, not 1499.9000000001
    Case("dummy", "memory", {"SKU-00001": ("10.00", 1), "SKU-00002": ("20.00", 2), "SKU-00003": ("30.00", 3)},
         refuse=lambda s, sku: {"fail_skus": [sku]}, quirks=NO_HTTP),
    *[Case(kind, "feed", {"SKU-00001": ("10.00", 1), "SKU-00002": ("20.00", 2), "SKU-00003": ("30.00", 3)},
           refuse_by_dropping_price=True, ext=ext, reads_stock=kind != "google_merchant",
           money=("1499.90", None if kind == "xlsx" else r"1499\.90(?!\d)"), quirks=FEED)
      for kind, ext in (("csv", "csv"), ("xlsx", "xlsx"), ("yml", "yml"), ("google_merchant", "xml"))],
]}


class Recorder:
    """Plugged in front of a stand-in: keeps every request body as sent."""

    def __init__(self, standin) -> None:
        self.standin = standin
        self.bodies: list[str] = []

    def wsgi_app(self, environ, start_response):
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length else b""
        environ["wsgi.input"] = io.BytesIO(body)
        self.bodies.append(body.decode("utf-8", "replace"))
        return self.standin.wsgi_app(environ, start_response)


@dataclass
class Opened:
    case: Case
    channel: object
    standin: object | None
    folder: object

    def text(self) -> str:
        """What left pricesync: request bodies (API) or the written file (feed)."""
        if self.case.kind == "feed":
            path = self.folder / f"feed.{self.case.ext}"
            return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
        if isinstance(self.standin, Recorder):
            return "\n".join(self.standin.bodies)
        return ""


@contextmanager
def opened(case: Case, endpoint, folder, *, standin=None, env=None, seed: bool = True,
           **overrides) -> Iterator[Opened]:
    """The channel of ``case``, holding ``case.seeded``; API stand-ins are served by ``endpoint``."""
    from pricesync.channels.registry import create_channel, get_channel_type
    from tests.standins.common import change, connected, push_through_pipeline

    if case.kind == "api":
        standin = standin or case.seeded_standin()
        with connected(standin, endpoint, env=env, **overrides) as channel:
            yield Opened(case, channel, standin, folder)
        return
    raw = {"type": case.type, **({"path": f"feed.{case.ext}"} if case.kind == "feed" else {}), **overrides}
    config = get_channel_type(case.type).config_model.model_validate(raw)
    channel = create_channel("shop", config, base_dir=folder, env=env or {})
    if seed and case.kind == "feed":       # the pushed state and the file, as after a first push
        # names an importer chokes on when written carelessly: markup, a control character
        push_through_pipeline(channel, folder, [{"sku": s, "price": p, "stock": n, "name": f"Дрель & кейс <12V>\x0b{s}"}
                                                for s, (p, n) in case.seeded.items()])
    elif seed:                              # the dummy shop takes any SKU it is sent
        channel.send_batch([change(s, price=p, stock=n) for s, (p, n) in case.seeded.items()], idempotency_key="seed")
        channel.sent.clear()
    try:
        yield Opened(case, channel, None, folder)
    finally:
        channel.close()
