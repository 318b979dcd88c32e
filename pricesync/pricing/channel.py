"""Per-channel adjustment of the prices table, applied when a channel's plan is made:
marketplace commission (a multiplier and/or an added amount), the share of stock a
channel sees (rounded down) and its maximum listed quantity.

Never below the floor (the row's, or ``cost_shop × (1 + min_margin)`` when the channel
asks for a larger margin), re-rounded, and said in the explanation. ``no_offer`` rows
keep their price: there is no cost to price from and the shop's price is left alone.
"""
from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from pricesync.money import to_decimal
from pricesync.pricing.explain import human, human_price, pct, signed_amount
from pricesync.pricing.rounding import parse_rounding, round_price

if TYPE_CHECKING:
    import pandas as pd

ONE = Decimal(1)
CENT = Decimal("0.01")
HUNDRED = Decimal(100)


def stock_share(stock_percent: Decimal | int | str) -> Decimal:
    """``0.5``, ``"50%"`` (-> 0.5 from the config) and ``50`` all mean half: values above
    1 are read as percents."""
    d = to_decimal(stock_percent)
    if d is None or d < 0:
        raise ValueError(f"stock_percent must be a share (0.5) or a percent (50), got {stock_percent!r}")
    return d / HUNDRED if d > 1 else d


def adjust_for_channel(prices: "pd.DataFrame", *, multiplier: Decimal | None = None, add: Decimal | None = None,
                       stock_percent: Decimal | int | str | None = None, max_quantity: int | None = None,
                       rounding: str | None = None, min_margin: Decimal | None = None) -> "pd.DataFrame":
    """A copy of ``prices`` with this channel's price and stock. ``rounding`` is the
    channel's price ending (e.g. the config's ``[pricing] rounding``); without one, prices
    are only rounded up to the cent."""
    import pandas as pd

    out = prices.copy()
    mult = to_decimal(multiplier) if multiplier is not None else None
    plus = to_decimal(add) if add is not None else None
    margin = to_decimal(min_margin) if min_margin is not None else None
    mode = parse_rounding(rounding if rounding is not None else "none")
    change_price = mult is not None or plus is not None or margin is not None or rounding is not None
    share = stock_share(stock_percent) if stock_percent is not None else None

    prices_out, floors, texts, stocks = [], [], [], []
    for row in out[["price", "floor", "cost_shop", "status", "stock", "explanation"]].itertuples(index=False):
        price, floor, cost_shop, status, stock, text = row
        notes = []
        if change_price and status != "no_offer" and isinstance(price, Decimal) and isinstance(cost_shop, Decimal):
            price, floor, note = _price(price, floor, cost_shop, mult, plus, margin, mode)
            notes.append(note)
        stock, note = _stock(stock, share, max_quantity)
        if note:
            notes.append(note)
        prices_out.append(price)
        floors.append(floor)
        stocks.append(stock)
        texts.append(text + ("; channel: " + ", ".join(notes) if notes else ""))
    out["price"] = pd.Series(prices_out, index=out.index, dtype=object)
    out["floor"] = pd.Series(floors, index=out.index, dtype=object)
    out["stock"] = pd.Series(stocks, index=out.index, dtype="int64")
    out["explanation"] = pd.Series(texts, index=out.index, dtype=object)
    if "current_price" in out:
        out["change"] = pd.Series([_change(p, c) for p, c in zip(out["price"], out["current_price"])],
                                  index=out.index, dtype=object)
    return out


def _price(price, floor, cost_shop, mult, plus, margin, mode):
    text = human_price(price, True)
    value = price
    if mult is not None:
        value = value * mult
        text += f" × {mult.normalize():f}"
    if plus:
        value = value + plus
        text += f" {signed_amount(plus)}"
    if margin is not None:
        own = (cost_shop * (ONE + margin)).quantize(CENT, rounding=ROUND_CEILING)
        floor = own if floor is None or own > floor else floor
    if value != price:
        text += f" = {human(value.quantize(CENT, rounding=ROUND_CEILING))}"
    if floor is not None and value < floor:
        value = floor
        text += f", raised to floor {human(floor)}" + (f" (min margin {pct(margin)})" if margin is not None else "")
    final = round_price(value, floor, mode)
    if final != value.quantize(CENT, rounding=ROUND_CEILING) or mode.step:
        text += f", rounded {'up ' if final > value else ''}to {human_price(final, mode.whole)}"
    return final, floor, text


def _stock(stock, share, max_quantity):
    stock = int(stock) if stock == stock and stock is not None else 0
    notes = []
    if share is not None and share != ONE:
        new = int((Decimal(stock) * share).to_integral_value(rounding=ROUND_FLOOR))
        notes.append(f"stock {pct(share)} of {stock} = {new}")
        stock = new
    if max_quantity is not None and stock > max_quantity:
        stock = max_quantity
        notes.append(f"at most {max_quantity} listed")
    return stock, ", ".join(notes)


def _change(price, current):
    if not isinstance(price, Decimal) or not isinstance(current, Decimal) or current <= 0:
        return None
    return ((price - current) / current).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
