"""Time expressions normalised against the publication time."""

from typing import Literal

from pydantic import Field

from worker.core.models.base import Contract, Evidence


class TimeRange(Contract):
    start: str
    end: str


class TimeExpression(Contract):
    text: str
    kind: Literal["date", "time", "duration", "set", "range"]
    value: str | TimeRange = Field(
        description="TIMEX3 / ISO 8601: 2025-08-29, 2025-W36, 2025-09, 2025, P3Y, or a range."
    )
    part_of_day: Literal["MO", "AF", "EV", "NI"] | None = Field(
        default=None,
        description="TIMEX3's part of the day ('Friday evening': EV); the TIMEX3 value is value + 'T' + this.",
    )
    evidence: Evidence
