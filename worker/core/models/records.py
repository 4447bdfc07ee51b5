"""Envelopes of the fact topics: one pydantic model per published event type.

Each envelope carries the ids downstream needs: ``event_id`` changes with the story version (a
replay reproduces it byte for byte), ``fact_key`` does not (consumers upsert on it when a later
version revises the fact). Which envelope goes to which topic is ``worker.core.families``.
"""

from datetime import datetime

from pydantic import Field

from worker.core.models.amounts import Amount
from worker.core.models.base import Contract
from worker.core.models.casualties import Casualty
from worker.core.models.entities import Entity
from worker.core.models.events import EventMention
from worker.core.models.quotes import Quote


class FactEnvelope(Contract):
    event_id: str = Field(description="UUIDv5 over story id, version, fact type and normalised content.")
    fact_key: str = Field(description="UUIDv5 over story id, fact type and the fact's identity; no version.")
    story_id: str
    story_version: int
    published_at: datetime
    extractor_version: str


class EntityFact(FactEnvelope):
    fact: Entity


class QuoteFact(FactEnvelope):
    fact: Quote


class CasualtyFact(FactEnvelope):
    fact: Casualty


class EventFact(FactEnvelope):
    fact: EventMention


class AmountFact(FactEnvelope):
    fact: Amount
