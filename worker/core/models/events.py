"""Typed event mentions with their arguments."""

from typing import Literal

from pydantic import Field

from worker.core.models.base import Contract, Evidence
from worker.core.models.places import GeoPlace
from worker.core.models.timex import TimeRange

EventType = Literal[
    "meeting", "attack", "disaster", "demand", "travel", "declaration",
    "mourning", "arrest", "legal_action", "protest", "sanction", "agreement", "aid",
]
EventStatus = Literal["proposed", "planned", "held", "unknown"]


class EventMention(Contract):
    type: EventType
    subtype: str | None = Field(default=None, description="e.g. earthquake, verdict, emergency.")
    status: EventStatus = "unknown"
    trigger: str = Field(description="The word that signals the event.")
    actor: str | None = None
    participants: list[str] = Field(default_factory=list)
    target: str | None = None
    place: str | None = None
    destination: str | None = None
    when: str | TimeRange | None = None
    weapons: list[str] = Field(default_factory=list)
    what: str | None = Field(default=None, description="What is demanded, charged or declared.")
    size: int | None = Field(default=None, ge=0, description="A protest's crowd size when the story states it.")
    actor_country: str | None = Field(
        default=None, description="ISO 3166-1 alpha-2 code of the actor's country (GDELT's Actor1CountryCode), when known.")
    action_geo: GeoPlace | None = Field(
        default=None, description="GeoNames reading of the event's place (GDELT's ActionGeo); null when unresolved.")
    casualty_keys: list[str] = Field(default_factory=list, description="Fact keys of linked casualties.")
    plover: str | None = Field(default=None, description="PLOVER event type (ASSAULT, CONSULT, PROTEST, ...).")
    cameo: str | None = Field(default=None, description="CAMEO root code, '01'-'20', as GDELT's EventRootCode.")
    quad_class: int | None = Field(default=None, ge=1, le=4, description="CAMEO QuadClass: 1 verbal cooperation .. 4 material conflict.")
    evidence: Evidence
