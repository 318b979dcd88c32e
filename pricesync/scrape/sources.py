"""Which pages a competitor section names: ``urls``, ``urls_file``, ``sitemap``; and the
``mapping`` CSV tying pages to catalog SKUs."""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from pricesync.errors import ConfigError, InputError
from pricesync.scrape.fetch import is_local, local_path

if TYPE_CHECKING:
    from pricesync.config import Config
    from pricesync.report import Reporter
    from pricesync.scrape.config import CompetitorConfig
    from pricesync.scrape.fetch import Fetcher

MAX_SITEMAPS = 50


def url_key(url: str, base: Path | None = None) -> str:
    """One spelling per page, to compare config URLs, mapping rows and results:
    lower-case scheme and host, no fragment, no trailing slash; saved pages as absolute
    paths (relative ones resolved against ``base``)."""
    url = url.strip()
    if is_local(url):
        path = local_path(url)
        if not path.is_absolute() and base is not None:
            path = base / path
        return str(path.resolve())
    parts = urlsplit(url)
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def read_url_list(path: Path, *, base: Path) -> list[str]:
    """One URL or saved-page path per line; blank lines and ``#`` comments skipped."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise InputError("URL list not found", file=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read URL list: {exc}", file=str(path)) from None
    urls = []
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            urls.append(_absolute(line, base))
    return urls


def _absolute(url: str, base: Path) -> str:
    if is_local(url):
        path = local_path(url)
        return str(path if path.is_absolute() else (base / path).resolve())
    return url


def competitor_urls(config: "Config", name: str, comp: "CompetitorConfig", *, fetcher: "Fetcher",
                    reporter: "Reporter") -> list[str]:
    """The pages of one competitor, in order, without duplicates, at most ``max_pages``."""
    base = config.base_dir
    urls = [_absolute(u, base) for u in comp.urls]
    if comp.urls_file:
        path = config.resolve(comp.urls_file)
        urls += read_url_list(path, base=path.parent)
    if comp.sitemap:
        found = sitemap_urls(_absolute(comp.sitemap, base), comp, fetcher=fetcher, reporter=reporter, name=name)
        if comp.sitemap_filter:
            pattern = re.compile(comp.sitemap_filter)
            found = [u for u in found if pattern.search(u)]
        urls += found
    unique = list(dict.fromkeys(urls))
    if len(unique) > comp.max_pages:
        reporter.warn(f"competitor '{name}': {len(unique)} pages, only the first {comp.max_pages} are read "
                      f"(raise competitors.{name}.max_pages)")
        unique = unique[:comp.max_pages]
    return unique


def sitemap_urls(url: str, comp: "CompetitorConfig", *, fetcher: "Fetcher", reporter: "Reporter",
                 name: str) -> list[str]:
    """Page URLs of a sitemap or sitemap index (XML parsed with defusedxml: no entity
    expansion, no external entities)."""
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    pending, seen, pages = [url], set(), []
    while pending and len(seen) < MAX_SITEMAPS:
        current = pending.pop(0)
        if current in seen:
            continue
        seen.add(current)
        page = fetcher.fetch(current, user_agent=comp.user_agent, timeout=comp.timeout, retries=comp.retries,
                             delay=comp.delay, any_type=True)
        if page.status != "ok" or page.text is None:
            reporter.warn(f"competitor '{name}': sitemap {current}: {page.status}")
            continue
        try:
            root = ElementTree.fromstring(page.text.encode("utf-8"))
        except (ElementTree.ParseError, DefusedXmlException, ValueError) as exc:
            reporter.warn(f"competitor '{name}': sitemap {current} is not valid XML: {exc}")
            continue
        locs = [el.text.strip() for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "loc" and el.text]
        if root.tag.rsplit("}", 1)[-1] == "sitemapindex":
            pending.extend(locs)
        else:
            pages.extend(locs)
    return pages


def read_mapping(path: Path) -> dict[str, str]:
    """``url,sku`` rows -> {url_key: sku}. Saved-page paths are relative to the CSV."""
    import csv

    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            fields = {f.strip().lower(): f for f in reader.fieldnames or []}
            if "url" not in fields or "sku" not in fields:
                raise InputError(f"mapping needs columns url,sku; found: {', '.join(reader.fieldnames or [])}",
                                 file=str(path))
            out = {}
            for row in reader:
                url, sku = (row.get(fields["url"]) or "").strip(), (row.get(fields["sku"]) or "").strip()
                if url and sku:
                    out[url_key(url, path.parent)] = sku
            return out
    except FileNotFoundError:
        raise ConfigError("mapping file not found", file=str(path)) from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"cannot read mapping: {exc}", file=str(path)) from None
