"""Amounts: money with its ISO 4217 currency, percentages, and counted quantities with their object."""

from typing import Literal

from pydantic import Field

from worker.core.models.base import Contract, Evidence

AmountKind = Literal["money", "percent", "quantity"]


class Amount(Contract):
    """One precise number the story states, GDELT's Amounts field with a unit and exact evidence.

    ``evidence.text`` is the amount as written ("$1.25 billion", "20,000 combat soldiers").
    """

    kind: AmountKind
    value: float = Field(description="The number with its scale applied: '$1.25 billion' -> 1250000000.")
    unit: str | None = Field(
        default=None,
        description="money: ISO 4217 code ('USD'), null when the story does not say which dollar or pound; "
                    "percent: 'percent'; quantity: null.")
    object: str | None = Field(default=None, description="What a quantity counts, as written: 'combat soldiers'.")
    text: str = Field(description="The number as written: '$1.25 billion', '40%', '20,000'.")
    evidence: Evidence
