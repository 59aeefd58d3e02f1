"""Model prices from the policy file, and the estimated cost of a call's tokens.

The ``[prices]`` table of the policy file names a model and what its tokens cost, in US
dollars per million::

    [prices."gpt-4o-mini"]
    input = 0.15    # per million prompt tokens
    output = 0.60   # per million completion tokens

A call's cost is estimated only when both are known: the model has a price and the endpoint
reported the tokens. Otherwise it is None, never a guess (a model missing from the table
costs nothing it could be mistaken for).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

__all__ = ["ModelPrice", "estimated_cost"]

_PER = 1_000_000


def _price(value: object) -> object:
    """A price is a number (TOML's or a placeholder's string); true, false, nan, inf are not."""
    if isinstance(value, bool):
        raise ValueError("expected a price in US dollars per million tokens, got a boolean")
    number = value
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            raise ValueError(
                "expected a price in US dollars per million tokens, e.g. 0.15"
            ) from None
    if isinstance(number, float) and not math.isfinite(number):
        raise ValueError("expected a finite price")
    return value


_Price = Annotated[float, BeforeValidator(_price), Field(ge=0, allow_inf_nan=False)]


class ModelPrice(BaseModel):
    """What a model's tokens cost, in US dollars per million.

    >>> ModelPrice(input=0.15, output="0.6").output
    0.6
    """

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    input: _Price = Field(description="US dollars per million prompt tokens.")
    output: _Price = Field(description="US dollars per million completion tokens.")


def estimated_cost(
    prices: Mapping[str, ModelPrice],
    models: tuple[str | None, ...],
    input_tokens: int | None,
    output_tokens: int | None,
) -> float | None:
    """The cost of the tokens at the price of the first of ``models`` the table names (the
    model asked for, then the one that answered); None without a price or without tokens.

    >>> table = {"gpt-4o-mini": ModelPrice(input=0.15, output=0.6)}
    >>> round(estimated_cost(table, ("gpt-4o-mini",), 1000, 100), 8)
    0.00021
    >>> estimated_cost(table, ("llama-3",), 1000, 100) is None
    True
    """
    if input_tokens is None or output_tokens is None:
        return None
    price = next((prices[model] for model in models if model is not None and model in prices), None)
    if price is None:
        return None
    return (input_tokens * price.input + output_tokens * price.output) / _PER
