"""The scrape stage's ``StageResult``: ``scrape_stage`` (every ``[competitors.NAME]`` of a
config, tied to catalog SKUs), ``urls_stage`` (pages given by URL) and ``stage_result`` of a
competitor prices table (pages, ok, no_price, failed; per host or per competitor)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pricesync.errors import ExitCode
from pricesync.result import StageResult
from pricesync.scrape.fetch import host_of

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.config.models import Config


def scrape_stage(config: "Config", *, catalog: "pd.DataFrame | None", **kwargs: Any) -> StageResult:
    """``scrape_competitors``: ``table`` the competitor prices with ``competitor`` and
    ``catalog_sku``; ``details["health"]`` and ``details["flagged"]`` per competitor."""
    from pricesync.scrape.run import scrape_competitors

    return scrape_competitors(config, catalog=catalog, **kwargs)


def urls_stage(urls: list[str], **kwargs: Any) -> StageResult:
    """``scrape_urls(urls, **kwargs)`` as a ``StageResult`` counted per host."""
    import time

    from pricesync.scrape.run import scrape_urls

    start = time.perf_counter()
    df = scrape_urls(urls, **kwargs)
    return stage_result(df, "host", timings={"scrape": time.perf_counter() - start})


def summarize(df: "pd.DataFrame", by: str = "host") -> "pd.DataFrame":
    """Pages, ok, no_price and failed per host (or per ``competitor``)."""
    import pandas as pd

    keys = [host_of(u) or "(saved pages)" for u in df["url"]] if by == "host" else list(df[by])
    counts: dict[str, dict[str, int]] = {}
    for key, status in zip(keys, df["status"]):
        c = counts.setdefault(key, {"pages": 0, "ok": 0, "no_price": 0, "failed": 0})
        c["pages"] += 1
        c["ok" if status == "ok" else "no_price" if status == "no_price" else "failed"] += 1
    return pd.DataFrame([{by: k, **v} for k, v in counts.items()], columns=[by, "pages", "ok", "no_price", "failed"])


def stage_result(df: "pd.DataFrame", by: str = "host", *, details: dict[str, Any] | None = None,
                 timings: dict[str, float] | None = None) -> StageResult:
    """The scrape stage's ``StageResult`` of a competitor prices table: ``tables["prices"]``
    (``df``) and ``tables["by_" + by]`` (``summarize(df, by)``); counts of pages, ok,
    no_price and failed and the statuses; exit 1 when no page gave a price, 3 when some did not."""
    statuses = {str(k): int(v) for k, v in df["status"].value_counts().items()}
    pages, ok, no_price = len(df), statuses.get("ok", 0), statuses.get("no_price", 0)
    code = ExitCode.FAILED if pages and ok == 0 else ExitCode.HELD if ok < pages else ExitCode.OK
    return StageResult(stage="scrape", tables={"prices": df, f"by_{by}": summarize(df, by)}, rows_in=pages,
                       counts={"pages": pages, "ok": ok, "no_price": no_price, "failed": pages - ok - no_price},
                       details={"by": by, "statuses": statuses, **(details or {})}, timings=dict(timings or {}),
                       exit_code=int(code))


