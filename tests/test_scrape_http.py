"""Fetching from a competitor stand-in on 127.0.0.1: robots.txt, Retry-After, timeouts,
redirects, gzip, windows-1251, ETag revalidation, per-host delay, the hand-off to
pricing and the alarm for a competitor that stops working."""
from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

import pandas as pd
import pytest
from werkzeug.wrappers import Request, Response

from pricesync.report import NullReporter
from pricesync.scrape import scrape_competitors, scrape_urls
from pricesync.state import State
from tests.standins.server import serve


# -- a competitor's web shop on 127.0.0.1: pages, robots.txt and misbehaviour ------------
def product_page(name: str, price: str, currency: str = "RUB", *, gtin: str = "", sku: str = "") -> str:
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>" + name + "</title>"
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product",'
        f'"name":"{name}","sku":"{sku}","gtin13":"{gtin}","offers":{{"@type":"Offer","price":"{price}",'
        f'"priceCurrency":"{currency}","availability":"https://schema.org/InStock"}}}}</script>'
        f"</head><body><h1>{name}</h1><span class='price'>{price} ₽</span></body></html>"
    )


@dataclass
class ShopPages:
    """A WSGI app; ``routes`` maps a path to a handler ``(request, shop) -> Response``."""

    routes: dict[str, Callable[[Request, "ShopPages"], Response]] = field(default_factory=dict)
    hits: list[tuple[str, float, dict]] = field(default_factory=list)   # (path, time, headers)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, environ, start_response):
        request = Request(environ)
        with self.lock:
            self.hits.append((request.path, time.monotonic(), dict(request.headers)))
        handler = self.routes.get(request.path)
        response = handler(request, self) if handler else Response("not found", status=404)
        return response(environ, start_response)

    def count(self, path: str) -> int:
        return sum(1 for p, _, _ in self.hits if p == path)

    def times(self, path: str) -> list[float]:
        return [t for p, t, _ in self.hits if p == path]

    # -- handlers ---------------------------------------------------------------------
    @staticmethod
    def html(body: str, *, status: int = 200, headers: dict | None = None, charset: str = "utf-8",
             declare: bool = True):
        """``declare=False``: the Content-Type names no charset (the page's <meta> must)."""
        def handler(request, shop):
            return Response(body.encode(charset), status=status, headers=headers or {},
                            content_type=f"text/html; charset={charset}" if declare else "text/html")
        return handler

    @staticmethod
    def robots(text: str):
        return lambda request, shop: Response(text, content_type="text/plain")

    @staticmethod
    def redirect(location: str, status: int = 301):
        return lambda request, shop: Response("", status=status, headers={"Location": location})

    @staticmethod
    def gzipped(body: str):
        def handler(request, shop):
            return Response(gzip.compress(body.encode("utf-8")), content_type="text/html; charset=utf-8",
                            headers={"Content-Encoding": "gzip"})
        return handler

    @staticmethod
    def slow(body: str, seconds: float):
        def handler(request, shop):
            time.sleep(seconds)
            return Response(body, content_type="text/html")
        return handler

    @staticmethod
    def throttled(body: str, *, times: int, retry_after: str = "1"):
        """429 with Retry-After for the first ``times`` requests, then the page."""
        state = {"n": 0}

        def handler(request, shop):
            state["n"] += 1
            if state["n"] <= times:
                return Response("slow down", status=429, headers={"Retry-After": retry_after})
            return Response(body, content_type="text/html")
        return handler

    @staticmethod
    def with_etag(body: str, etag: str = '"v1"'):
        def handler(request, shop):
            if request.headers.get("If-None-Match") == etag:
                return Response(status=304, headers={"ETag": etag})
            return Response(body, content_type="text/html", headers={"ETag": etag})
        return handler


PAGE = product_page("Смартфон Samsung Galaxy A12 4/64GB", "10490", gtin="8806090000000", sku="SM-A125")


@pytest.fixture(scope="module")
def _server():
    pages = ShopPages()
    with serve(pages) as served:
        yield pages, served.url


@pytest.fixture
def shop(_server):
    """The stand-in with fresh routes and hit log for each test (one server per module:
    starting and stopping one costs half a second)."""
    pages, base = _server
    pages.routes.clear()
    pages.hits.clear()
    pages.routes["/robots.txt"] = ShopPages.robots("User-agent: *\nDisallow: /private/\n")
    return pages, base


def fetch(urls, **kw):
    kw.setdefault("delay", 0)
    kw.setdefault("retries", 0)
    kw.setdefault("timeout", 5)
    return scrape_urls(urls, **kw)


def test_page_price_and_columns(shop):
    pages, base = shop
    pages.routes["/p/1"] = ShopPages.html(PAGE)
    df = fetch([f"{base}/p/1"])
    row = df.iloc[0]
    assert list(df.columns[:10]) == ["url", "name", "price", "currency", "availability", "sku", "gtin", "brand",
                                     "fetched_at", "status"]
    assert (row.price, row.currency, row.availability, row.status, row.sku) == (
        Decimal("10490"), "RUB", "in_stock", "ok", "SM-A125")
    assert row.fetched_at.endswith("Z")


def test_robots_disallow_is_honoured_and_read_once(shop):
    pages, base = shop
    pages.routes["/private/p"] = ShopPages.html(PAGE)
    pages.routes["/p/1"] = ShopPages.html(PAGE)
    df = fetch([f"{base}/private/p", f"{base}/p/1", f"{base}/p/1?x=2"])
    assert list(df["status"]) == ["robots_disallowed", "ok", "ok"]
    assert pages.count("/private/p") == 0
    assert pages.count("/robots.txt") == 1


def test_robots_rules_for_our_user_agent(shop):
    pages, base = shop
    pages.routes["/robots.txt"] = ShopPages.robots("User-agent: pricesync\nDisallow: /\n\nUser-agent: *\nAllow: /\n")
    pages.routes["/p/1"] = ShopPages.html(PAGE)
    assert fetch([f"{base}/p/1"])["status"].iloc[0] == "robots_disallowed"
    assert fetch([f"{base}/p/1"], user_agent="OtherShopBot/2.0")["status"].iloc[0] == "ok"


@pytest.mark.parametrize(("robots_status", "expected"), [(404, "ok"), (503, "robots_unreachable")])
def test_robots_missing_allows_robots_failing_forbids(shop, robots_status, expected):
    pages, base = shop
    pages.routes["/robots.txt"] = ShopPages.html("", status=robots_status)
    pages.routes["/p/1"] = ShopPages.html(PAGE)
    assert fetch([f"{base}/p/1"])["status"].iloc[0] == expected


def test_429_waits_for_retry_after(shop):
    pages, base = shop
    pages.routes["/p/1"] = ShopPages.throttled(PAGE, times=1, retry_after="1")
    df = fetch([f"{base}/p/1"], retries=2)
    assert df["status"].iloc[0] == "ok"
    first, second = pages.times("/p/1")
    assert second - first >= 0.95


def test_too_long_retry_after_fails_the_page_without_waiting(shop):
    pages, base = shop
    pages.routes["/p/1"] = ShopPages.throttled(PAGE, times=5, retry_after="3600")
    start = time.monotonic()
    df = fetch([f"{base}/p/1"], retries=2)
    assert df["status"].iloc[0] == "http_429"
    assert time.monotonic() - start < 5


def test_slow_response_times_out(shop):
    pages, base = shop
    pages.routes["/slow"] = ShopPages.slow(PAGE, 3)
    pages.routes["/p/1"] = ShopPages.html(PAGE)
    start = time.monotonic()
    df = fetch([f"{base}/slow", f"{base}/p/1"], timeout=0.5)
    assert list(df["status"]) == ["timeout", "ok"]
    assert time.monotonic() - start < 2.5


def test_redirects_followed_within_http(shop):
    pages, base = shop
    pages.routes["/old"] = ShopPages.redirect("/p/1")
    pages.routes["/p/1"] = ShopPages.html(PAGE)
    pages.routes["/evil"] = ShopPages.redirect("file:///etc/passwd")
    pages.routes["/loop"] = ShopPages.redirect("/loop", status=302)
    df = fetch([f"{base}/old", f"{base}/evil", f"{base}/loop"])
    assert list(df["status"]) == ["ok", "redirect_refused", "too_many_redirects"]
    assert df["price"].iloc[0] == Decimal("10490")


def test_gzip_and_windows_1251(shop):
    pages, base = shop
    pages.routes["/gz"] = ShopPages.gzipped(PAGE)
    cp1251 = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'></head>"
              "<body><h1>Перфоратор Bosch GBH 2-26</h1><div class='price'>Цена: 9 490 руб.</div></body></html>")
    pages.routes["/cp1251"] = ShopPages.html(cp1251, charset="cp1251")
    pages.routes["/cp1251-no-header"] = ShopPages.html(cp1251, charset="cp1251", declare=False)
    df = fetch([f"{base}/gz", f"{base}/cp1251", f"{base}/cp1251-no-header"])
    assert list(df["price"]) == [Decimal("10490"), Decimal("9490"), Decimal("9490")]
    assert df["name"].iloc[2] == "Перфоратор Bosch GBH 2-26"


def test_http_errors_and_non_html(shop):
    pages, base = shop
    pages.routes["/gone"] = ShopPages.html("gone", status=410)
    pages.routes["/boom"] = ShopPages.html("oops", status=500)
    pages.routes["/img"] = lambda request, shop: Response(b"\x89PNG", content_type="image/png")
    pages.routes["/empty"] = ShopPages.html("<html><body><h1>Товар</h1><p>Скоро</p></body></html>")
    df = fetch([f"{base}/missing", f"{base}/gone", f"{base}/boom", f"{base}/img", f"{base}/empty",
                "ftp://127.0.0.1/x", "not a url"])
    assert list(df["status"]) == ["http_404", "http_410", "http_500", "not_html", "no_price", "bad_url",
                                  "file_not_found"]


def test_untrusted_certificate_is_a_tls_error(tmp_path):
    pages = ShopPages()
    pages.routes["/p/1"] = ShopPages.html(PAGE)
    with serve(pages, https=True, tmp_path=tmp_path) as served:
        df = fetch([f"{served.url}/p/1"])
    assert df["status"].iloc[0] == "tls_error"
    assert pages.count("/p/1") == 0


def test_unreachable_host():
    df = fetch(["http://127.0.0.1:9/p"], timeout=1)
    assert df["status"].iloc[0] == "connection_error"


def test_etag_304_reuses_the_cached_result(shop, tmp_path):
    pages, base = shop
    pages.routes["/p/1"] = ShopPages.with_etag(PAGE)
    with State(tmp_path / "state.sqlite") as state:
        first = fetch([f"{base}/p/1"], state=state)
        second = fetch([f"{base}/p/1"], state=state)
    assert first["method"].iloc[0] == "jsonld"
    assert second["price"].iloc[0] == Decimal("10490") and second["status"].iloc[0] == "ok"
    assert second["method"].iloc[0] == "jsonld (not modified)"
    asked = [h for p, _, h in pages.hits if p == "/p/1"]
    assert "If-None-Match" not in asked[0] and asked[1]["If-None-Match"] == '"v1"'


def test_last_modified_revalidation(shop, tmp_path):
    pages, base = shop

    def handler(request, shop):
        stamp = "Tue, 24 Nov 2026 10:00:00 GMT"
        if request.headers.get("If-Modified-Since") == stamp:
            return Response(status=304)
        return Response(PAGE, content_type="text/html", headers={"Last-Modified": stamp})

    pages.routes["/p/1"] = handler
    with State(tmp_path / "state.sqlite") as state:
        fetch([f"{base}/p/1"], state=state)
        second = fetch([f"{base}/p/1"], state=state)
    assert (second["price"].iloc[0], second["status"].iloc[0]) == (Decimal("10490"), "ok")
    assert second["method"].iloc[0].endswith("(not modified)")


def test_delay_between_requests_to_one_host(shop):
    pages, base = shop
    pages.routes["/p/1"] = ShopPages.html(PAGE)
    fetch([f"{base}/p/1?a", f"{base}/p/1?b", f"{base}/p/1?c"], delay=0.4)
    t = pages.times("/p/1")
    assert min(b - a for a, b in zip(t, t[1:])) >= 0.35


def test_crawl_delay_in_robots_is_honoured(shop):
    pages, base = shop
    pages.routes["/robots.txt"] = ShopPages.robots("User-agent: *\nCrawl-delay: 1\n")
    pages.routes["/p/1"] = ShopPages.html(PAGE)
    fetch([f"{base}/p/1?a", f"{base}/p/1?b"], delay=0)
    first, second = pages.times("/p/1")
    assert second - first >= 0.95


# -- competitors: sources, hand-off to pricing, health ----------------------------------
def _config(tmp_path, body: str):
    from pricesync.config import load_config

    path = tmp_path / "pricesync.toml"
    path.write_text('[shop]\ncurrency = "RUB"\n[state]\npath = "state.sqlite"\n' + body, encoding="utf-8")
    return load_config(path)


CATALOG = pd.DataFrame({
    "sku": ["100101", "100102", "100103"],
    "name": ["Смартфон Samsung Galaxy A12 4/64GB черный", "Дрель Makita DF333", "Перфоратор Bosch GBH 2-26"],
    "brand": ["Samsung", "Makita", "Bosch"], "category": ["", "", ""],
    "ean": ["8806090000000", "", ""], "price": [None, None, None], "stock": [1, 1, 1],
})


def test_scrape_competitors_hands_pricing_its_columns(shop, tmp_path):
    pages, base = shop
    pages.routes["/p/a12"] = ShopPages.html(PAGE)
    pages.routes["/p/drill"] = ShopPages.html(product_page("Дрель Makita DF333", "8 990"))
    pages.routes["/catalog/makita"] = ShopPages.html(product_page("Makita", "1"))
    pages.routes["/sitemap.xml"] = ShopPages.html(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{base}/p/bosch</loc></url><url><loc>{base}/catalog/makita</loc></url></urlset>",
        charset="utf-8")
    pages.routes["/p/bosch"] = ShopPages.html(
        "<html><body><h1>Bosch GBH 2-26</h1><div class='cost'><s class='cost-old'>11 990 руб.</s>"
        "<b class='cost-now'>9 490 руб.</b></div></body></html>")
    (tmp_path / "map.csv").write_text(f"url,sku\n{base}/p/drill/,100102\n", encoding="utf-8")
    config = _config(tmp_path, f"""
[competitors.alpha]
urls = ["{base}/p/a12", "{base}/p/drill"]
mapping = "map.csv"
delay = 0
retries = 0
[competitors.beta]
sitemap = "{base}/sitemap.xml"
sitemap_filter = "/p/"
selectors = {{ price = ".cost b", old_price = ".cost-old" }}
mapping = "map-beta.csv"
delay = 0
retries = 0
""")
    (tmp_path / "map-beta.csv").write_text(f"url,sku\n{base}/p/bosch,100103\n", encoding="utf-8")
    result = scrape_competitors(config, catalog=CATALOG, reporter=NullReporter())
    df = result.table
    assert result.stage == "scrape" and result.counts["pages"] == 3 and result.counts["ok"] == 3
    got = {(r.competitor, r.catalog_sku, r.price, r.currency, r.status) for r in df.itertuples()}
    assert got == {("alpha", "100101", Decimal("10490"), "RUB", "ok"),     # by GTIN
                   ("alpha", "100102", Decimal("8990"), "RUB", "ok"),      # by the mapping file
                   ("beta", "100103", Decimal("9490"), "RUB", "ok")}       # sitemap + selectors
    assert pages.count("/catalog/makita") == 0  # filtered out of the sitemap
    assert result.details["flagged"] == []
    assert "summary" not in df.attrs


def test_competitor_that_suddenly_fails_is_flagged(shop, tmp_path):
    pages, base = shop
    for i in range(5):
        pages.routes[f"/p/{i}"] = ShopPages.html(PAGE)
    config = _config(tmp_path, f"""
[competitors.alpha]
urls = [{", ".join(f'"{base}/p/{i}"' for i in range(5))}]
delay = 0
retries = 0
""")
    with State(tmp_path / "state.sqlite") as state:
        first = scrape_competitors(config, catalog=CATALOG, state=state, reporter=NullReporter())
        assert first.details["flagged"] == []
        for i in range(5):  # the shop changed its templates: pages load, no price
            pages.routes[f"/p/{i}"] = ShopPages.html("<html><body><h1>Товар</h1></body></html>")
        reporter = NullReporter()
        second = scrape_competitors(config, catalog=CATALOG, state=state, reporter=reporter)
    assert second.details["flagged"] == ["alpha"]
    assert second.details["health"]["alpha"]["no_price"] == 5
    assert second.counts["no_price"] == 5 and second.exit_code == 1
    assert any("alpha" in w and "5 of 5" in w for w in reporter.warnings)


# -- CLI ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("paths", "code"), [(["/p/1", "/p/1?b"], 0), (["/p/1", "/nope"], 3), (["/nope"], 1)])
def test_cli_exit_codes(shop, tmp_path, cli, paths, code):
    pages, base = shop
    pages.routes["/p/1"] = ShopPages.html(PAGE)
    out = tmp_path / "prices.csv"
    result = cli("scrape", *[base + p for p in paths], "--out", out, "--delay", "0")
    assert result.exit_code == code, result.stderr
    written = pd.read_csv(out, dtype=str)
    assert len(written) == len(paths)
    assert "127.0.0.1" in result.stdout


def test_cli_urls_file_and_json(shop, tmp_path, cli):
    pages, base = shop
    pages.routes["/p/1"] = ShopPages.html(PAGE)
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# competitor pages\n{base}/p/1\n\n", encoding="utf-8")
    result = cli("scrape", "--urls", listing, "--out", tmp_path / "out.json", "--delay", "0", "--json")
    assert result.exit_code == 0
    assert '"ok": 1' in result.stdout


def test_cli_without_anything_to_scrape(tmp_path, cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = cli("scrape", "--out", tmp_path / "x.csv")
    assert result.exit_code == 2
    assert "nothing to scrape" in result.stderr
