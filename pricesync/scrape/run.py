"""``scrape_urls`` and ``scrape_competitors``: pages -> the competitor prices table.

Hosts are worked on in parallel (at most ``concurrency`` at once), the pages of one host
one after another with the delay between them. The state is read before fetching and
written after, from the calling thread (SQLite connections stay in their thread).
"""
from __future__ import annotations

import queue
import threading
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pricesync.report import NullReporter, Reporter
from pricesync.scrape.cache import Cached, ScrapeCache, now_iso
from pricesync.scrape.config import DEFAULT_USER_AGENT, Selectors
from pricesync.scrape.extract import extract_product
from pricesync.scrape.fetch import Fetcher, host_of
from pricesync.scrape.stage import stage_result
from pricesync.tables import COMPETITOR_COLUMNS

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.result import StageResult

    from pricesync.config import Config
    from pricesync.state import State

RESULT_COLUMNS = COMPETITOR_COLUMNS + ["method"]
DEFAULT_CONCURRENCY = 4


@dataclass(frozen=True)
class Job:
    url: str
    user_agent: str = DEFAULT_USER_AGENT
    delay: float = 1.0
    timeout: float = 20.0
    retries: int = 3
    selectors: Selectors | None = None
    currency: str | None = None       # assumed when the page names none
    competitor: str = ""


def scrape_urls(
    urls: list[str],
    *,
    delay: float = 1.0,
    state: "State | None" = None,
    reporter: Reporter | None = None,
    selectors: Selectors | None = None,
    user_agent: str | None = None,
    timeout: float = 20.0,
    retries: int = 3,
    concurrency: int = DEFAULT_CONCURRENCY,
    currency: str | None = None,
) -> "pd.DataFrame":
    """Product pages (http(s) URLs, saved ``.html``/``.html.gz`` files or ``file://``
    URLs) -> one row per page: ``url, name, price, currency, availability, sku, gtin,
    brand, fetched_at, status, method``. ``status`` is ``ok`` or why not (``no_price``,
    ``http_404``, ``timeout``, ``robots_disallowed``...); ``price`` is a Decimal."""
    jobs = [Job(u.strip(), user_agent=user_agent or DEFAULT_USER_AGENT, delay=delay, timeout=timeout,
                retries=retries, selectors=selectors, currency=currency) for u in urls if u and u.strip()]
    return _frame(run_jobs(jobs, state=state, reporter=reporter, concurrency=concurrency), RESULT_COLUMNS)


def run_jobs(jobs: list[Job], *, state: "State | None" = None, reporter: Reporter | None = None,
             concurrency: int = DEFAULT_CONCURRENCY, fetcher: Fetcher | None = None) -> list[dict[str, Any]]:
    reporter = reporter or NullReporter()
    cache = ScrapeCache(state) if state is not None else None
    cached = cache.lookup([j.url for j in jobs]) if cache else {}
    fetcher = fetcher or Fetcher()
    by_host: dict[str, list[int]] = defaultdict(list)
    for i, job in enumerate(jobs):
        by_host[host_of(job.url)].append(i)
    results: list[dict[str, Any] | None] = [None] * len(jobs)
    to_remember = []
    done: queue.Queue = queue.Queue()
    stop = threading.Event()   # Ctrl-C: workers leave their remaining pages

    def work(indices: list[int]) -> None:
        for i in indices:
            if stop.is_set():
                return
            try:
                done.put((i, *scrape_one(fetcher, jobs[i], cached.get(jobs[i].url))))
            except Exception as exc:  # a bug on one page must not lose the run
                done.put((i, _row(jobs[i], status=f"error: {type(exc).__name__}: {exc}"), None))

    if jobs:
        with reporter.progress("reading competitor pages", total=len(jobs)) as advance, \
                ThreadPoolExecutor(max_workers=max(1, min(concurrency, len(by_host)))) as pool:
            for indices in by_host.values():
                pool.submit(work, indices)
            try:
                for _ in range(len(jobs)):
                    i, row, remember = done.get()
                    results[i] = row
                    if remember:
                        to_remember.append(remember)
                    advance(1)
            except BaseException:
                stop.set()
                raise
    if cache:
        cache.remember(to_remember)
    return [r for r in results if r is not None]


def scrape_one(fetcher: Fetcher, job: Job, cached: Cached | None) -> tuple[dict[str, Any], tuple | None]:
    """(row, what to remember in the state or None)."""
    page = fetcher.fetch(job.url, user_agent=job.user_agent, timeout=job.timeout, retries=job.retries,
                         delay=job.delay, etag=cached.etag if cached else None,
                         last_modified=cached.last_modified if cached else None)
    if page.not_modified:
        if cached is None:
            return _row(job, status="http_304"), None
        # 304: the page is as we last read it, so is its price.
        row = _row(job, **{k: v for k, v in cached.result.items() if k in RESULT_COLUMNS})
        row["method"] = f"{cached.result.get('method') or ''} (not modified)".strip()
        return row, None
    if page.status != "ok" or page.text is None:
        return _row(job, status=page.status), None
    info = extract_product(page.text, url=page.final_url or job.url, selectors=job.selectors)
    row = _row(job, name=info.name, price=info.price, currency=info.currency or job.currency,
               availability=info.availability, sku=info.sku, gtin=info.gtin, brand=info.brand,
               status="ok" if info.price is not None else "no_price", method=info.method)
    remember = (job.url, page.etag, page.last_modified, row) if page.etag or page.last_modified else None
    return row, remember


def _row(job: Job, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {c: None for c in RESULT_COLUMNS}
    row.update(url=job.url, availability="unknown", fetched_at=now_iso(), method="", status="ok")
    row.update({k: v for k, v in values.items() if k in RESULT_COLUMNS})
    row["availability"] = row["availability"] or "unknown"
    row["competitor"] = job.competitor
    return row


def _frame(rows: list[dict[str, Any]], columns: list[str]) -> "pd.DataFrame":
    import pandas as pd

    df = pd.DataFrame({c: pd.Series([r.get(c) for r in rows], dtype=object) for c in columns})
    for col in ("name", "currency", "sku", "gtin", "brand", "method"):
        df[col] = [("" if v is None else str(v)) for v in df[col]]
    return df


def scrape_competitors(config: "Config", *, catalog: "pd.DataFrame | None", state: "State | None" = None,
                       reporter: Reporter | None = None) -> "StageResult":
    """Every ``[competitors.NAME]`` (except ``exclude = true``) -> a ``StageResult`` whose
    ``table`` is the competitor prices table plus ``competitor`` and ``catalog_sku`` (the
    hand-off to ``reprice``).

    ``details["health"]`` holds pages/ok/no_price/failed per competitor and
    ``details["flagged"]`` the competitors flagged because their pages suddenly fail (also
    reported as warnings)."""
    import time
    from pricesync.scrape.health import check_health
    from pricesync.scrape.link import link_to_catalog
    from pricesync.scrape.sources import competitor_urls

    start = time.perf_counter()
    reporter = reporter or NullReporter()
    fetcher = Fetcher()
    jobs: list[Job] = []
    for name, comp in config.competitors.items():
        if comp.exclude:
            continue
        urls = competitor_urls(config, name, comp, fetcher=fetcher, reporter=reporter)
        if not urls:
            reporter.warn(f"competitor '{name}': no pages configured (urls, urls_file or sitemap)")
        selectors = comp.selectors if comp.selectors.any() else None
        jobs += [Job(u, user_agent=comp.user_agent, delay=comp.delay, timeout=comp.timeout, retries=comp.retries,
                     selectors=selectors, currency=comp.currency or config.shop.currency, competitor=name)
                 for u in urls]
    df = _frame(run_jobs(jobs, state=state, reporter=reporter, fetcher=fetcher),
                RESULT_COLUMNS + ["competitor"])
    df["catalog_sku"] = link_to_catalog(df, config, catalog, reporter) if len(df) else []
    ok = df["status"] == "ok"
    unlinked = int((ok & (df["catalog_sku"] == "")).sum())
    if unlinked:
        reporter.info(f"{unlinked} competitor page(s) with a price are not tied to a catalog SKU "
                      "(add them to the mapping file, or let GTIN/name matching find them)")
    health = check_health(df, [n for n, c in config.competitors.items() if not c.exclude],
                          state=state, reporter=reporter)
    result = stage_result(df, "competitor", details={"health": health["competitors"], "flagged": health["flagged"]},
                          timings={"scrape": time.perf_counter() - start})
    result.counts["unlinked"] = unlinked
    return result
