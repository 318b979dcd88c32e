"""Field types shared by the config models of every stage."""
from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict

from pricesync.money import to_decimal


def _decimal(value: object) -> object:
    # TOML floats (0.1) must not leak binary error into money: go through their repr.
    if isinstance(value, (float, int, str)) and not isinstance(value, bool):
        d = to_decimal(str(value).strip().rstrip("%")) if isinstance(value, str) else to_decimal(value)
        if d is None:
            raise ValueError(f"not a decimal number: {value!r}")
        if isinstance(value, str) and value.strip().endswith("%"):
            d = d / 100
        return d
    return value


# A decimal given as "0.10", 0.1, 10 or "10%" (= 0.10).
Dec = Annotated[Decimal, BeforeValidator(_decimal)]


class StrictModel(BaseModel):
    """Unknown keys are errors: a typo in a config must not be silently ignored."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
