"""``plan``: per channel, the desired price/stock (after the channel's own adjustment) vs
what the channel shows now, and why each SKU would change or is held back.

Plan and push share everything up to the network call: push takes these plans as they are.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pricesync.channels.base import Change, Channel, Current, Desired
from pricesync.errors import PricesyncError, TransientChannelError, UsageError
from pricesync.money import format_human, to_decimal
from pricesync.pipeline.supplier_hold import STOCK_LOCKED
from pricesync.pipeline.model import ChannelPlan, HeldItem, UnknownItem
from pricesync.redact import redact, redact_error
from pricesync.report import NullReporter, Reporter

if TYPE_CHECKING:
    import pandas as pd

    from pricesync.config.models import Config
    from pricesync.state import State

#: catalog/prices columns a feed file shows besides price and stock
FEED_FIELDS = ("name", "brand", "category", "ean", "url", "image", "description")


def open_channels(config: "Config", selection: Iterable[str | Channel] | None = None, *,
                  env: Mapping[str, str] | None = None) -> list[Channel]:
    """Connectors for ``selection`` (names from ``[channels]`` or ready Channel objects);
    every enabled channel when None."""
    from pricesync.channels.registry import create_channel

    configs = config.channel_configs()
    if selection is None:
        selection = [name for name, cfg in configs.items() if cfg.enabled]
    opened: list[Channel] = []
    for item in selection:
        if isinstance(item, Channel):
            opened.append(item)
            continue
        if item not in configs:
            known = ", ".join(sorted(configs)) or "none configured"
            raise UsageError(f"no channel named '{item}' in the config (channels: {known})", key=f"channels.{item}")
        opened.append(create_channel(item, configs[item], base_dir=config.base_dir,
                                     env=os.environ if env is None else env))
    return opened


def plan(config: "Config", prices: "pd.DataFrame", *, channels: Iterable[str | Channel] | None = None,
         state: "State | None" = None, reporter: Reporter | None = None,
         catalog: "pd.DataFrame | None" = None) -> list[ChannelPlan]:
    """One ``ChannelPlan`` per channel. Reads the channels (or, for feeds, the pushed state),
    changes nothing. ``catalog`` supplies names etc. for feeds (loaded from ``[shop] catalog``
    when needed and not given)."""
    from pricesync.pipeline.journal import Journal
    from pricesync.state import State

    reporter = reporter or NullReporter()
    opened = open_channels(config, channels)
    prices = _unique_skus(prices, reporter)
    extras = None
    if any(ch.reads_pushed_state for ch in opened):
        extras = feed_fields(config, prices, catalog)
    # Feeds need the pushed state; without a state given, the config's is opened for reading.
    own = State(config.resolve(config.state.path)) if state is None and extras is not None else None
    journal = Journal(state or own) if (state or own) is not None else None
    plans = []
    try:
        for ch in opened:
            desired = desired_for_channel(config, ch, prices, extras)
            wanted = [d.sku for d in desired if d.status != "no_offer"]
            if ch.reads_pushed_state:
                current = read_pushed(journal, ch, wanted)
            else:
                current = read_channel(ch, wanted, reporter)
            p = diff(ch, desired, current)
            plans.append(p)
            # The counts are the command's to show (plan table, run summary): once per channel.
            waiting = journal.unfinished(ch.name) if journal is not None else []
            if waiting:
                reporter.warn(f"{ch.name}: {len(waiting)} batch(es) of an interrupted push are waiting; the next "
                              "push sends first what of them is still wanted, under the same idempotency keys")
    finally:
        if own is not None:
            own.close()
    return plans


def read_channel(channel: Channel, skus: Sequence[str], reporter: Reporter) -> dict[str, Current]:
    """The channel's current state; its errors come out as ChannelError with secrets masked."""
    secrets = channel.secrets()
    try:
        with reporter.progress(f"reading {channel.name}", total=None):
            return channel.fetch_current(skus)
    except PricesyncError as exc:
        raise redact_error(exc, secrets) from None
    except Exception as exc:  # a network error a connector did not wrap
        message = redact(f"{type(exc).__name__}: {exc}", secrets)
        raise TransientChannelError(f"cannot read channel '{channel.name}': {message}") from None


def read_pushed(journal, channel: Channel, skus: Sequence[str]) -> dict[str, Current]:
    """A feed's current state: what was last written to it, if the file is still there."""
    if not channel.target_exists():
        return {}
    pushed = journal.pushed(channel.name)
    return {s: pushed[s][0] for s in skus if s in pushed}


def read_prices(path: str | Path) -> "pd.DataFrame":
    """A prices table for ``--prices`` (reprice's output, perhaps edited by an operator).

    A blank stock cell means "leave the channel's stock alone", not 0: an operator who
    clears a cell must not empty the shop. Rows without a status are ``ok``."""
    import pandas as pd

    from pricesync.tables import read_table, require_columns

    path = Path(path)
    df = read_table(path)
    require_columns(df, ["sku", "price"], file=str(path), what="prices table")
    if "status" not in df.columns:
        df["status"] = "ok"
    df["status"] = [str(v).strip() or "ok" for v in df["status"]]
    if "stock" not in df.columns:
        df["stock"] = 0
        df[STOCK_LOCKED] = True
    elif path.suffix.lower() in (".csv", ".xlsx", ".xls", ".ods"):
        raw = (pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig", usecols=["stock"])
               if path.suffix.lower() == ".csv" else
               pd.read_excel(path, dtype=str, engine="calamine", keep_default_na=False, usecols=["stock"]))
        df[STOCK_LOCKED] = [str(v).strip() == "" for v in raw["stock"]]
    return df


def _unique_skus(prices: "pd.DataFrame", reporter: Reporter) -> "pd.DataFrame":
    dup = prices["sku"].duplicated(keep="first")
    if dup.any():
        reporter.warn(f"prices table repeats {int(dup.sum())} SKU(s) (e.g. {prices.loc[dup, 'sku'].iloc[0]}); "
                      "the first row of each is used")
        prices = prices.loc[~dup]
    return prices


def channel_prices(config: "Config", channel: Channel, prices: "pd.DataFrame") -> "pd.DataFrame":
    """The prices as this channel should show them: its multiplier (commission), added
    amount, share of stock and maximum quantity, applied by the pricing stage."""
    cfg = channel.config
    if (cfg.price_multiplier is None and cfg.price_add is None and cfg.stock_percent is None
            and cfg.max_quantity is None and cfg.rounding is None):
        return prices
    from pricesync.pricing import adjust_for_channel

    if (cfg.price_multiplier is not None or cfg.price_add is not None) and "cost_shop" not in prices.columns:
        raise UsageError(f"channel '{channel.name}' adjusts prices (price_multiplier / price_add): the prices "
                         "table needs the cost_shop column (as reprice writes it) to keep the margin",
                         key=f"channels.{channel.name}")
    missing = {"floor": None, "cost_shop": None, "status": "ok", "explanation": "", "stock": 0}
    prices = prices.assign(**{c: v for c, v in missing.items() if c not in prices.columns})
    return adjust_for_channel(
        prices, multiplier=cfg.price_multiplier, add=cfg.price_add, stock_percent=cfg.stock_percent,
        max_quantity=cfg.max_quantity, rounding=cfg.rounding or config.pricing.rounding,
        min_margin=config.pricing.min_margin)


def desired_for_channel(config: "Config", channel: Channel, prices: "pd.DataFrame",
                        extras: Mapping[str, Mapping[str, Any]] | None = None) -> list[Desired]:
    frame = channel_prices(config, channel, prices)
    locked: set[str] = set()
    if STOCK_LOCKED in prices.columns:
        locked = set(prices.loc[prices[STOCK_LOCKED].fillna(False).astype(bool), "sku"].astype(str))
    n = len(frame)
    floors = frame["floor"] if "floor" in frame.columns else [None] * n
    explanations = frame["explanation"] if "explanation" in frame.columns else [""] * n
    statuses = frame["status"] if "status" in frame.columns else ["ok"] * n
    stocks = frame["stock"] if "stock" in frame.columns else [None] * n
    empty: dict = {}
    return [
        Desired(sku=str(sku), price=_money(price), stock=None if str(sku) in locked else _int(stock),
                floor=_money(floor),
                explanation=_text(expl), status=_text(status) or "ok",
                extra=(extras.get(str(sku), empty) if extras is not None else empty))
        for sku, price, stock, floor, expl, status in zip(
            frame["sku"], frame["price"], stocks, floors, explanations, statuses)
    ]


def diff(channel: Channel, desired: Sequence[Desired], current: Mapping[str, Current]) -> ChannelPlan:
    """Sort every desired row into changes / held / unknown / unchanged / left alone."""
    result = ChannelPlan(channel=channel.name, type=channel.type_name)
    for d in desired:
        result.desired[d.sku] = d
        if d.status == "no_offer":
            result.no_offer += 1      # no supplier offers it: the shop's values are left alone
            continue
        cur = current.get(d.sku)
        old_price = cur.price if cur else None
        old_stock = cur.stock if cur else None
        if d.status != "ok":
            result.held.append(HeldItem(d.sku, old_price, d.price, old_stock, d.stock,
                                        reason=d.explanation or f"status {d.status}", explanation=d.explanation))
            continue
        if cur is None and not channel.reads_pushed_state:
            result.unknown.append(UnknownItem(d.sku, d.price, d.stock, d.explanation))
            continue
        price_differs = d.price is not None and d.price != old_price
        stock_differs = d.stock is not None and d.stock != old_stock
        if not (price_differs or stock_differs):
            result.unchanged += 1
            continue
        # A desired price under its floor means something upstream went wrong: nothing of
        # that row goes, not even its stock.
        refusal = price_refusal(d.price, d.floor)
        if refusal:
            result.held.append(HeldItem(d.sku, old_price, d.price, old_stock, d.stock, reason=refusal,
                                        explanation=d.explanation))
            continue
        result.changes.append(Change(
            sku=d.sku, old_price=old_price, new_price=d.price, old_stock=old_stock, new_stock=d.stock,
            explanation=d.explanation or _stock_explanation(old_stock, d.stock), floor=d.floor,
            ref=cur.ref if cur else {}, extra=d.extra))
    return result


def price_refusal(price: Decimal | None, floor: Decimal | None) -> str | None:
    """Why a price must not be sent, whatever computed it; None when it may go."""
    if price is None:
        return None
    if price <= 0:
        return f"price {format_human(price)} is not positive: refused"
    if floor is not None and price < floor:
        return f"price {format_human(price)} is below its floor {format_human(floor)}: refused"
    return None


def _stock_explanation(old: int | None, new: int | None) -> str:
    return f"stock {'—' if old is None else old} → {new} (suppliers' stock)"


def feed_fields(config: "Config", prices: "pd.DataFrame", catalog: "pd.DataFrame | None") -> dict[str, dict]:
    """Name, brand, category... per SKU for feed files: from the prices table when it has
    them, else from the shop catalog; the currency is the shop's."""
    if catalog is None and config.shop.catalog and not {"name"} <= set(prices.columns):
        from pricesync.catalog import shop_catalog

        catalog = shop_catalog(config).frame
    out: dict[str, dict] = {str(s): {"currency": config.shop.currency} for s in prices["sku"]}
    for source in (catalog, prices):          # prices win over the catalog
        if source is None:
            continue
        cols = [c for c in FEED_FIELDS if c in source.columns]
        for row in zip(source["sku"], *(source[c] for c in cols)):
            fields = out.get(str(row[0]))
            if fields is None:
                continue
            for col, value in zip(cols, row[1:]):
                text = _text(value)
                if text:
                    fields[col] = text
    return out


def _missing(value: object) -> bool:
    # None, NaN and pandas' NA (whose truth value raises) all mean "no value".
    return value is None or (isinstance(value, float) and value != value) or type(value).__name__ == "NAType"


def _money(value: object) -> Decimal | None:
    if _missing(value):
        return None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    return to_decimal(value)


def _int(value: object) -> int | None:
    if _missing(value) or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        d = to_decimal(value)
        return None if d is None else int(d)


def _text(value: object) -> str:
    if _missing(value):
        return ""
    return str(value).strip()
