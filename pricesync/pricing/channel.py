"""Per-channel adjustment of the prices table, applied when a channel's plan is made:
marketplace commission (a multiplier and/or an added amount), the share of stock a
channel sees (rounded down) and its maximum listed quantity.

price × multiplier + add, to the cent (half up); never below the floor (the row's, or
``cost_shop × (1 + min_margin)`` when the channel asks for a larger margin); re-rounded
with the channel's ending; said in the explanation. ``no_offer`` rows and rows without a
price keep their price: there is no cost to price from and the shop's price is left alone.
Vectorised in integer cents like ``quote`` (300 000 rows per channel per run).
"""
from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from pricesync.money import to_decimal
from pricesync.pricing.explain import cat, join_parts, money, pct, prices, signed_amount, when
from pricesync.pricing.quote import half_up
from pricesync.pricing.rounding import parse_rounding

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

HUNDRED = Decimal(100)


def stock_share(stock_percent: Decimal | int | str) -> Decimal:
    """``0.5``, ``"50%"`` (-> 0.5 from the config) and ``50`` all mean half: values above
    1 are read as percents."""
    text = str(stock_percent).strip()
    d = to_decimal(text.rstrip("%"))
    if d is not None and text.endswith("%"):
        d = d / HUNDRED
    elif d is not None and d > 1:
        d = d / HUNDRED
    if d is None or d < 0 or d > 1:
        raise ValueError(f"stock_percent must be a share (0.5) or a percent (50), got {stock_percent!r}")
    return d


def _cents(values) -> tuple["np.ndarray", "np.ndarray"]:
    """(whole cents, present) for a money column; amounts with more than 2 places are
    rounded up to the cent (a floor must not drop)."""
    import numpy as np

    from pricesync.pricing.rounding import CENT

    out, present = [], []
    for v in values:
        d = v if v.__class__ is Decimal else to_decimal(v)
        ok = d is not None
        present.append(ok)
        out.append(int(d.quantize(CENT, rounding=ROUND_CEILING).scaleb(2)) if ok else 0)
    return np.array(out, dtype=np.int64), np.array(present, dtype=bool)


def adjust_for_channel(prices_table: "pd.DataFrame", *, multiplier: Decimal | None = None,
                       add: Decimal | None = None, stock_percent: Decimal | int | str | None = None,
                       max_quantity: int | None = None, rounding: str | None = None,
                       min_margin: Decimal | None = None) -> "pd.DataFrame":
    """A copy of the prices table with this channel's price and stock. ``rounding`` is the
    channel's price ending (e.g. the config's ``[pricing] rounding``); without one, prices
    are only rounded to the cent."""
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    out = prices_table.copy()
    n = len(out)
    notes = []
    mult = to_decimal(multiplier) if multiplier is not None else None
    plus = to_decimal(add) if add is not None else None
    margin = to_decimal(min_margin) if min_margin is not None else None
    if mult is not None or plus is not None or margin is not None or rounding is not None:
        price_cents, has_price = _cents(out["price"])
        floor_cents, has_floor = _cents(out["floor"]) if "floor" in out else (np.zeros(n, np.int64), np.zeros(n, bool))
        cost_cents, has_cost = _cents(out["cost_shop"]) if "cost_shop" in out else (np.zeros(n, np.int64),
                                                                                     np.zeros(n, bool))
        priced = has_price & has_cost & (out["status"].astype(str).to_numpy() != "no_offer")
        new, floor, text = _prices(price_cents, floor_cents, has_floor, cost_cents, mult, plus, margin,
                                   parse_rounding(rounding if rounding is not None else "none"))
        out["price"] = pd.Series([Decimal(int(c)).scaleb(-2) if ok else p for c, ok, p in
                                  zip(new.tolist(), priced.tolist(), out["price"].tolist())], index=out.index,
                                 dtype=object)
        if "floor" in out:
            out["floor"] = pd.Series([Decimal(int(f)).scaleb(-2) if ok else p for f, ok, p in
                                      zip(floor.tolist(), priced.tolist(), out["floor"].tolist())],
                                     index=out.index, dtype=object)
        notes.append(when(priced, text))
        if "current_price" in out:
            out["change"] = pd.Series([_change(p, c) for p, c in zip(out["price"], out["current_price"])],
                                      index=out.index, dtype=object)
    if stock_percent is not None or max_quantity is not None:
        stock, text = _stock(out["stock"], stock_percent, max_quantity)
        # An unknown stock (blank: no list states it) stays unknown on every channel.
        unknown = pd.to_numeric(out["stock"], errors="coerce").isna().to_numpy()
        out["stock"] = (pd.Series(stock, index=out.index, dtype="int64") if not unknown.any() else
                        pd.Series([None if u else int(v) for v, u in zip(stock.tolist(), unknown.tolist())],
                                  index=out.index, dtype=object))
        if unknown.any():
            text = pc.if_else(pa.array(unknown), "", text)
        notes.append(text)
    if notes:
        channel = join_parts(notes, ", ")
        base = pa.array(out["explanation"].fillna("").astype(str).tolist(), pa.string())
        text = cat(base, when(np.asarray(pc.equal(channel, "")), "", cat("; channel: ", channel)))
        out["explanation"] = pd.Series(text.to_numpy(zero_copy_only=False), index=out.index, dtype=object)
    return out


def _prices(price, floor, has_floor, cost, mult, plus, margin, mode):
    """(price, floor, explanation) in cents: price × mult + plus, half up; the floor; rounding."""
    import numpy as np

    from pricesync.pricing.quote import _places, _scaled

    k = max(_places(mult), _places(margin), _places(plus) - 2, 0)
    d = 10 ** k
    dt = "int64" if 4 * int(max(np.abs(price).max(initial=1), np.abs(cost).max(initial=1))) * \
        (_scaled(mult or Decimal(1), d) + _scaled(margin or Decimal(0), d) + d) < 2**62 else object
    price, floor, cost = price.astype(dt), floor.astype(dt), cost.astype(dt)
    value = half_up(price * _scaled(mult or Decimal(1), d) + _scaled((plus or Decimal(0)) * 100, d), d)
    if margin is not None:
        own = -((-(cost * _scaled(1 + margin, d))) // d)
        floor = np.where(has_floor & (floor > own), floor, own)
        has_floor = np.ones(len(price), dtype=bool)
    raised = has_floor & (value < floor)
    computed, value = value, np.where(raised, floor, value)
    final = mode.round_cents(value, np.where(has_floor, floor, 0))
    text = cat(prices(price, True),
               f" × {mult.normalize():f}" if mult is not None else "",
               f" {signed_amount(plus)}" if plus else "",
               when(computed != price, cat(" = ", money(computed)), ""),
               when(raised, cat(", raised to floor ", money(floor),
                                f" (min margin {pct(margin)})" if margin is not None else ""), ""),
               when(final > value, cat(", rounded up to ", prices(final, mode.whole)),
                    when(final < value, cat(", rounded to ", prices(final, mode.whole)), "")))
    return final, floor, text


def _stock(stock, stock_percent, max_quantity):
    import numpy as np
    import pandas as pd
    import pyarrow as pa

    values = pd.to_numeric(stock, errors="coerce").fillna(0).to_numpy().astype(np.int64)
    parts = []
    if stock_percent is not None:
        share = stock_share(stock_percent)
        num, den = share.as_integer_ratio()
        shared = values * num // den          # rounded down: 50 % of 7 is 3
        if share != 1:
            parts.append(cat(f"stock {pct(share)} of ", pa.array(values).cast(pa.string()), " = ",
                             pa.array(shared).cast(pa.string())))
        values = shared
    if max_quantity is not None:
        over = values > max_quantity
        parts.append(when(over, f"at most {max_quantity} listed"))
        values = np.where(over, max_quantity, values)
    return values, join_parts(parts, ", ") if parts else pa.array([""] * len(values), pa.string())


def _change(price, current):
    if not isinstance(price, Decimal) or not isinstance(current, Decimal) or current <= 0:
        return None
    return ((price - current) / current).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
