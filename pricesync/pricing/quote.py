"""Prices of all SKUs at once: rule -> competitor position -> ceiling -> floor -> rounding,
with the words that explain each step.

Order matters and is the contract: the floor (``cost_shop × (1 + min_margin)``, rounded up
to the cent) is applied after the competitor position and the ceiling, and rounding never
goes below it, so no rule, competitor or RRP can push a price under the margin.

Exact arithmetic, vectorised: amounts are integer cents, every config share (markup,
margin, percent) an integer over a common ``D = 10**k`` (k = the most decimal places any
of them has), so ``cost × (1 + markup)`` rounded half-up to the cent is
``(2 · C · num + D) // (2 · D)`` — the same result Decimal's ROUND_HALF_UP gives. Arrays
are int64 when the largest product provably fits, Python ints (numpy object arrays)
otherwise: never a float, never an overflow.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from pricesync.pricing.config import PricingConfig
from pricesync.pricing.explain import cat, human, join_parts, money, pct, pick, prices, signed_amount, when
from pricesync.pricing.rounding import parse_rounding

if TYPE_CHECKING:
    import numpy as np
    import pyarrow as pa

INT64_SAFE = 2**62


def _places(value: Decimal | None) -> int:
    if value is None:
        return 0
    exp = value.normalize().as_tuple().exponent
    return max(-exp, 0) if isinstance(exp, int) else 0


def _scaled(value: Decimal, scale: int) -> int:
    """``value × scale`` as an exact int (scale has enough decimal places by construction)."""
    result = value * scale
    assert result == result.to_integral_value(), (value, scale)
    return int(result)


def half_up(numer, d: int):
    """numer / d rounded half away from zero (Decimal's ROUND_HALF_UP), elementwise."""
    import numpy as np

    q = (2 * abs(numer) + d) // (2 * d)
    return np.where(numer >= 0, q, -q)


@dataclass
class Quotes:
    """Per SKU, in cents: price, floor, ceiling (``has_ceiling``), the rule's label and the
    explanation after the cost part."""

    price: "np.ndarray"
    floor: "np.ndarray"
    ceiling: "np.ndarray"
    has_ceiling: "np.ndarray"
    labels: list[str]
    texts: "pa.Array"


class Pricer:
    """The ``[pricing]`` config turned into integer factors and text pieces, once."""

    def __init__(self, cfg: PricingConfig) -> None:
        self.cfg = cfg
        self.rounding = parse_rounding(cfg.rounding)
        comp = cfg.competitor
        shares = [cfg.min_margin, cfg.max_markup, comp.percent] + [r.markup for r in cfg.rules]
        amounts = [comp.amount] + [r.add for r in cfg.rules]
        self.k = max([_places(v) for v in shares] + [_places(v) - 2 for v in amounts] + [0])
        d = self.D = 10 ** self.k
        one = Decimal(1)
        self.margin = _scaled(one + cfg.min_margin, d)
        self.max_markup = None if cfg.max_markup is None else _scaled(one + cfg.max_markup, d)
        self.labels = [rule.label(i) for i, rule in enumerate(cfg.rules)]
        self.rule_factor = [_scaled(one + (r.markup or 0), d) for r in cfg.rules]
        self.rule_add = [_scaled((r.add or Decimal(0)) * 100, d) for r in cfg.rules]
        self.rule_msrp = [r.use_msrp for r in cfg.rules]
        self.rule_head = [f"rule '{label}'" + (" RRP " if r.use_msrp else "") for r, label in zip(cfg.rules, self.labels)]
        self.rule_tail = [(f" {pct(r.markup, signed=True)}" if r.markup else "") +
                          (f" {signed_amount(r.add)}" if r.add else "") for r in cfg.rules]
        self.below = None if comp.percent is None else _scaled(one - comp.percent, d)
        self.above = None if comp.percent is None else _scaled(one + comp.percent, d)
        self.amount = None if comp.amount is None else _scaled(comp.amount * 100, d)
        self.by = f" − {pct(comp.percent)}" if comp.percent is not None else \
            f" − {human(comp.amount)}" if comp.amount is not None else ""
        self.margin_text = pct(cfg.min_margin)
        self.max_markup_text = f"max markup {pct(cfg.max_markup)}" if cfg.max_markup is not None else ""

    def dtype(self, *cents_arrays) -> object:
        """int64 when every product below provably fits, else Python ints."""
        largest = max([int(abs(a).max()) for a in cents_arrays if len(a)] + [1])
        factors = [self.margin, self.max_markup or 0, self.D, self.above or 0, *self.rule_factor]
        adds = [abs(a) for a in self.rule_add] + [self.amount or 0]
        bound = 2 * largest * max(factors) + max(adds + [0]) + 2 * self.D
        return "int64" if bound < INT64_SAFE else object

    def quote(self, cost, msrp, has_msrp, rule, low, has_low, avg, count, names) -> Quotes:
        """All arrays have one entry per SKU: ``cost`` (cost_shop), ``msrp`` (RRP in shop
        currency), ``low``/``avg`` (lowest and average competitor price) in cents; ``rule``
        the index of the first matching rule (-1: none); ``names`` who has the lowest."""
        import numpy as np

        dt = self.dtype(cost, msrp, low, avg)
        C, M, L, A = (np.asarray(a).astype(dt) for a in (cost, msrp, low, avg))
        d = self.D
        floor = -((-(C * self.margin)) // d)
        ceiling, has_ceiling, ceiling_rrp = self._ceiling(C, M, has_msrp)

        matched = rule >= 0
        r = np.where(matched, rule, 0)
        use_msrp = np.array(self.rule_msrp + [False], dtype=bool)[r] & matched
        base = np.where(use_msrp, M, C)
        factor = np.array(self.rule_factor + [d], dtype=dt)[r]
        add = np.array(self.rule_add + [0], dtype=dt)[r]
        by_rule = np.where(matched, half_up(base * factor + add, d), floor)

        target, cap, has_cap = self._position(by_rule, L, has_low, A)
        capped = has_ceiling & (target > ceiling)
        price = np.where(capped, ceiling, target)
        cap = np.where(has_cap & has_ceiling, np.minimum(cap, ceiling), np.where(has_cap, cap, ceiling))
        has_cap = has_cap | has_ceiling
        raised = price < floor
        price = np.where(raised, floor, price)

        rounded = self.rounding.round_cents(price, floor)
        down = self.rounding.down_cents(cap)
        go_down = has_cap & (rounded > cap) & (price <= cap) & (down >= floor) & (down > 0)
        final = np.where(go_down, down, rounded)

        texts = self._texts(C, M, base, by_rule, matched, r, use_msrp, L, has_low, A, count, names, target,
                            ceiling, has_ceiling, ceiling_rrp, capped, floor, raised, price, final, go_down)
        labels = [self.labels[i] if m else "" for i, m in zip(r.tolist(), matched.tolist())]
        return Quotes(final, floor, ceiling, has_ceiling, labels, texts)

    def _ceiling(self, C, M, has_msrp):
        import numpy as np

        if self.cfg.ceiling == "msrp":
            ceiling, has = np.where(has_msrp, M, 0), has_msrp.copy()
        else:
            ceiling, has = np.zeros_like(C), np.zeros(len(C), dtype=bool)
        rrp = has.copy()
        if self.max_markup is not None:
            by_markup = (C * self.max_markup) // self.D
            take = ~has | (by_markup < ceiling)
            ceiling = np.where(take, by_markup, ceiling)
            rrp &= ~take
            has = np.ones(len(C), dtype=bool)
        return ceiling, has, rrp

    def _position(self, by_rule, L, has_low, A):
        """(price after the competitor strategy, the highest the rounded price may go, whether
        there is such a cap). "beat" ends strictly below the lowest competitor, "match" at or
        below it, "average" within the band."""
        import numpy as np

        strategy, d = self.cfg.competitor.strategy, self.D
        if strategy == "off":
            return by_rule, by_rule, np.zeros(len(by_rule), dtype=bool)
        if strategy == "beat":
            target = half_up(L * self.below, d) if self.below is not None else half_up(L * d - self.amount, d)
            cap = L - 1
        elif strategy == "match":
            target, cap = L, L
        else:
            lo, cap = half_up(A * self.below, d), half_up(A * self.above, d)
            target = np.minimum(np.maximum(by_rule, lo), cap)
        return np.where(has_low, target, by_rule), cap, has_low.copy()

    def _texts(self, C, M, base, by_rule, matched, r, use_msrp, L, has_low, A, count, names, target,
               ceiling, has_ceiling, ceiling_rrp, capped, floor, raised, price, final, go_down) -> "pa.Array":
        """The explanation after the cost part, column by column (see ``explain``)."""
        import pyarrow.compute as pc

        moved = by_rule != base
        rule_part = when(matched, cat(pick(self.rule_head + [""], r), pc.coalesce(money(M, use_msrp), ""),
                                      pick(self.rule_tail + [""], r),
                                      pc.coalesce(cat(" = ", money(by_rule, moved)), "")),
                         "no pricing rule matches: priced at the floor")
        comp_part = self._competitor_texts(by_rule, L, has_low, A, count, names, target)
        ceiling_part = cat(when(capped, "capped at ceiling ", "ceiling "), money(ceiling, has_ceiling),
                           when(ceiling_rrp, " (RRP)", f" ({self.max_markup_text})"))
        floor_text = money(floor)
        floor_part = when(raised, cat("raised to floor ", floor_text, f" (min margin {self.margin_text})",
                                      when(has_ceiling & (floor > ceiling), " over the ceiling", "")),
                          cat("floor ", floor_text))
        shown = prices(final, self.rounding.whole)
        round_part = when(final > price, cat("rounded up to ", shown),
                          when(final < price, cat("rounded down to ", shown,
                                                  when(go_down, " to stay within the competitor position and "
                                                                "ceiling", "")),
                               cat("price ", shown)))
        parts = [rule_part, comp_part, ceiling_part, floor_part, round_part]
        return join_parts([p for p in parts if p is not None])

    def _competitor_texts(self, by_rule, L, has_low, A, count, names, target):
        import pyarrow as pa
        import pyarrow.compute as pc

        strategy = self.cfg.competitor.strategy
        if strategy == "off":
            return None
        who = pc.if_else(pc.equal(pa.array(names, pa.string()), ""), "",
                         cat(" (", pa.array(names, pa.string()), ")"))
        if strategy == "beat":
            text = cat("lowest competitor ", money(L, has_low), who, self.by, " = ", money(target, has_low))
        elif strategy == "match":
            text = cat("matching lowest competitor ", money(L, has_low), who)
        else:
            verdict = when(target == by_rule, "rule price kept",
                           cat(when(target > by_rule, "raised to ", "lowered to "), money(target, has_low)))
            text = cat("average of ", pc.cast(pa.array(count), pa.string()), " competitor(s) ", money(A, has_low),
                       f" ± {pct(self.cfg.competitor.percent)}: ", verdict)
        return when(has_low, text, "no competitor price, rule price kept")
