"""Counts of people killed, wounded, missing, rescued, displaced or arrested."""

from typing import Literal

from pydantic import Field

from worker.core.models.base import Contract, Evidence

CasualtyCategory = Literal["killed", "wounded", "missing", "rescued", "displaced", "arrested"]
Qualifier = Literal["exact", "at_least", "more_than", "about", "up_to"]


class SubGroup(Contract):
    group: str = Field(description="Who the sub-count is about, e.g. 'children'.")
    count: int = Field(ge=0)


class SupersededCount(Contract):
    count: int = Field(ge=0)
    qualifier: Qualifier
    evidence: Evidence


class Casualty(Contract):
    category: CasualtyCategory
    count: int = Field(ge=0)
    qualifier: Qualifier = "exact"
    phrase: str = Field(description="The number as written: 'Eight', 'more than 50', 'dozens'.")
    includes: list[SubGroup] = Field(default_factory=list)
    place: str | None = None
    time: str | None = Field(default=None, description="Normalised TIMEX3 value when stated.")
    superseded: list[SupersededCount] = Field(default_factory=list)
    evidence: Evidence
