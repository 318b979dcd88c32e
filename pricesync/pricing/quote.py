"""The price of one SKU from its chosen offer: rule -> competitor position -> ceiling ->
floor -> rounding, in exact Decimal, with the words that explain each step.

Order matters and is the contract: the floor (``cost_shop × (1 + min_margin)``, rounded up
to the cent) is applied after the competitor position and the ceiling, and rounding never
goes below it, so no rule, competitor or RRP can push a price under the margin.
"""
from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from pricesync.pricing.competitors import position
from pricesync.pricing.config import PricingConfig
from pricesync.pricing.explain import human, human_price, pct
from pricesync.pricing.rounding import parse_rounding, round_price
from pricesync.pricing.rules import rule_price

ONE = Decimal(1)
CENT = Decimal("0.01")


class Pricer:
    """Prices SKUs under one ``[pricing]`` config. Per-call work is a dozen Decimal
    operations; everything that depends on the config only is prepared here once."""

    def __init__(self, cfg: PricingConfig) -> None:
        self.cfg = cfg
        self.rounding = parse_rounding(cfg.rounding)
        self.margin = ONE + cfg.min_margin
        self.margin_text = pct(cfg.min_margin)
        self.max_markup = None if cfg.max_markup is None else ONE + cfg.max_markup
        self.labels = [rule.label(i) for i, rule in enumerate(cfg.rules)]

    def floor(self, cost_shop: Decimal) -> Decimal:
        return (cost_shop * self.margin).quantize(CENT, rounding=ROUND_CEILING)

    def ceiling(self, cost_shop: Decimal, msrp_shop: Decimal | None) -> tuple[Decimal | None, str]:
        found: list[tuple[Decimal, str]] = []
        if self.cfg.ceiling == "msrp" and msrp_shop is not None:
            found.append((msrp_shop, "RRP"))
        if self.max_markup is not None:
            cap = (cost_shop * self.max_markup).quantize(CENT, rounding=ROUND_FLOOR)
            found.append((cap, f"max markup {pct(self.cfg.max_markup)}"))
        return min(found) if found else (None, "")

    def quote(self, cost_shop: Decimal, msrp_shop: Decimal | None, rule_index: int,
              low: Decimal | None = None, low_name: str = "", avg: Decimal | None = None,
              count: int = 0) -> tuple[Decimal, Decimal, Decimal | None, str, list[str]]:
        """(price, floor, ceiling, rule label, explanation parts after the cost part)."""
        floor = self.floor(cost_shop)
        ceiling, ceiling_why = self.ceiling(cost_shop, msrp_shop)
        parts: list[str] = []
        if rule_index >= 0:
            label = self.labels[rule_index]
            price, text = rule_price(self.cfg.rules[rule_index], label, cost_shop, msrp_shop)
        else:
            label, price, text = "", floor, "no pricing rule matches: priced at the floor"
        parts.append(text)
        price, cap, text = position(self.cfg.competitor, price, low, low_name, avg, count)
        if text:
            parts.append(text)
        if ceiling is not None:
            if price > ceiling:
                price = ceiling
                parts.append(f"capped at ceiling {human(ceiling)} ({ceiling_why})")
            else:
                parts.append(f"ceiling {human(ceiling)} ({ceiling_why})")
            cap = ceiling if cap is None else min(cap, ceiling)
        if price < floor:
            price = floor
            over = " over the ceiling" if ceiling is not None and floor > ceiling else ""
            parts.append(f"raised to floor {human(floor)} (min margin {self.margin_text}){over}")
        else:
            parts.append(f"floor {human(floor)}")
        final, text = self.round(price, floor, cap)
        parts.append(text)
        return final, floor, ceiling, label, parts

    def round(self, price: Decimal, floor: Decimal, cap: Decimal | None = None) -> tuple[Decimal, str]:
        r = round_price(price, floor, self.rounding)
        why = ""
        if cap is not None and r > cap and price <= cap:
            # "99" turns 15 950.00 into 15 999, above a competitor at 15 990: go down to
            # 15 899 instead, as long as the floor allows it.
            down = self.rounding.down(cap)
            if down is not None and down >= floor:
                r, why = down, " to stay within the competitor position and ceiling"
        shown = human_price(r, self.rounding.whole)
        if r > price:
            return r, f"rounded up to {shown}"
        if r < price:
            return r, f"rounded down to {shown}{why}"
        return r, f"price {shown}"
