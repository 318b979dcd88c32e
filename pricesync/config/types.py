"""Field types shared by the config models of every stage."""
from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationInfo

from pricesync.money import to_decimal


def _decimal(value: object) -> object:
    # TOML floats (0.1) must not leak binary error into money: go through their repr.
    if isinstance(value, (float, int, str)) and not isinstance(value, bool):
        if isinstance(value, str) and value.strip().endswith("%"):
            raise ValueError(f"{value.strip()!r} is a percentage; this key takes an amount or a rate, e.g. \"1.12\"")
        d = to_decimal(str(value).strip()) if isinstance(value, str) else to_decimal(value)
        if d is None:
            raise ValueError(f"not a decimal number: {value!r}")
        return d
    return value


# A money amount, fx rate or multiplier: "92.50", 92.5 or 92. Never a percentage.
Dec = Annotated[Decimal, BeforeValidator(_decimal)]


def _number_text(d: Decimal) -> str:
    text = format(d, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def parse_fraction(value: object, key: str | None = None) -> Decimal:
    """A share of 1 from ``"8%"``, ``"0.08"`` or ``0.08``. A bare number above 1 is refused:
    ``min_margin = 8`` means 8 % to an operator and 800 % to arithmetic, so neither guess is
    made and the error names the fix."""
    if isinstance(value, Decimal):
        d = value if value.is_finite() else None
        text = None
    elif isinstance(value, (float, int, str)) and not isinstance(value, bool):
        text = str(value).strip().replace("\u00a0", "").replace(" ", "")
        if text.endswith("%"):
            d = to_decimal(text[:-1])
            if d is None:
                raise ValueError(f"not a percentage: {value!r} (write e.g. \"8%\" or \"0.08\")")
            return d / 100
        d = to_decimal(value) if not isinstance(value, str) else to_decimal(text)
    else:
        raise ValueError(f"not a percentage: {value!r} (write e.g. \"8%\" or \"0.08\")")
    if d is None:
        raise ValueError(f"not a percentage: {value!r} (write e.g. \"8%\" or \"0.08\")")
    if abs(d) > 1 and text is not None:
        given = f'"{value}"' if isinstance(value, str) else str(value)
        shown = f"{key} = {given}" if key else given
        raise ValueError(f"{shown}: did you mean \"{_number_text(d)}%\"? (a percentage is written "
                         f"\"{_number_text(d)}%\" or \"{_number_text(d / 100)}\"; a bare number above 1 is "
                         f"not taken)")
    return d


def _fraction(value: object, info: ValidationInfo) -> object:
    if value is None:
        return value
    return parse_fraction(value, info.field_name)


# A percentage key: "8%", "0.08" or 0.08 (= 8 %); a bare 8 is an error that suggests "8%".
Fraction = Annotated[Decimal, BeforeValidator(_fraction)]
Percent = Fraction


class StrictModel(BaseModel):
    """Unknown keys are errors: a typo in a config must not be silently ignored."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
