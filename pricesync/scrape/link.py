"""Which catalog SKU each competitor page is: the mapping file, the page's GTIN against
the catalog's EAN, its SKU against ours, or its name through the matching stage."""
from __future__ import annotations

from typing import TYPE_CHECKING

from pricesync.parse.codes import normalize_code, normalize_ean
from pricesync.scrape.sources import read_mapping, url_key

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.config import Config
    from pricesync.report import Reporter


def link_to_catalog(rows: "pd.DataFrame", config: "Config", catalog: "pd.DataFrame | None",
                    reporter: "Reporter") -> list[str]:
    """``catalog_sku`` for each row of ``rows`` (``competitor`` column names its section);
    "" where no method answers."""
    out = [""] * len(rows)
    eans, skus = _catalog_codes(catalog)
    for name, comp in config.competitors.items():
        idx = [i for i, c in enumerate(rows["competitor"]) if c == name]
        if not idx:
            continue
        for method in comp.match_by:
            todo = [i for i in idx if not out[i]]
            if not todo:
                break
            if method == "mapping" and comp.mapping:
                mapping = read_mapping(config.resolve(comp.mapping))
                for i in todo:
                    out[i] = mapping.get(url_key(rows["url"].iloc[i]), "")
            elif method == "gtin" and eans:
                for i in todo:
                    digits, valid = normalize_ean(rows["gtin"].iloc[i])
                    out[i] = eans.get(digits, "") if valid else ""
            elif method == "sku" and skus:
                for i in todo:
                    out[i] = skus.get(normalize_code(rows["sku"].iloc[i]).casefold(), "")
            elif method == "name" and catalog is not None:
                for i, sku in _by_name(rows.iloc[todo], config, catalog, reporter).items():
                    out[todo[i]] = sku
    return out


def _catalog_codes(catalog: "pd.DataFrame | None") -> tuple[dict[str, str], dict[str, str]]:
    if catalog is None or "sku" not in catalog.columns:
        return {}, {}
    skus = {normalize_code(s).casefold(): normalize_code(s) for s in catalog["sku"] if normalize_code(s)}
    eans: dict[str, str] = {}
    if "ean" in catalog.columns:
        for sku, ean in zip(catalog["sku"], catalog["ean"]):
            digits, valid = normalize_ean(ean)
            if valid:
                eans.setdefault(digits, normalize_code(sku))
    return eans, skus


def _by_name(rows: "pd.DataFrame", config: "Config", catalog: "pd.DataFrame", reporter: "Reporter") -> dict[int, str]:
    """Pages named like a catalog product, through ``pricesync.match.match_offers``; only
    its ``auto`` decisions are used (a wrong link would price against another product)."""
    import pandas as pd

    try:
        from pricesync.match import match_offers
    except ImportError:
        reporter.warn("matching competitor pages by name needs the matching stage; skipped")
        return {}
    from pricesync.tables import OFFER_COLUMNS

    named = rows[rows["name"].fillna("").astype(str).str.strip() != ""]
    if named.empty:
        return {}
    offers = pd.DataFrame({c: [""] * len(named) for c in OFFER_COLUMNS})
    offers["supplier"] = named["competitor"].to_numpy()
    offers["supplier_sku"] = named["url"].to_numpy()
    offers["name"] = named["name"].fillna("").to_numpy()
    offers["brand"] = named["brand"].fillna("").to_numpy()
    offers["ean"] = named["gtin"].fillna("").to_numpy()
    offers["mpn"] = named["sku"].fillna("").to_numpy()
    offers["cost"] = list(named["price"])
    offers["currency"] = named["currency"].fillna("").to_numpy()
    offers["stock"] = 0
    offers["source_file"] = named["url"].to_numpy()
    offers["source_row"] = 0
    matched = match_offers(offers, catalog, config=config.matching, state=None, reporter=reporter)
    positions = {pos: i for i, pos in enumerate(rows.index.get_indexer(named.index))}
    out = {}
    for j, (status, sku) in enumerate(zip(matched["match_status"], matched["catalog_sku"])):
        if status == "auto" and sku:
            out[positions[j]] = str(sku)
    return out
