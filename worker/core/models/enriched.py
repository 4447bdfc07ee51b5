"""The whole enrichment of one story version: what wire.stories.enriched carries."""

from pydantic import Field

from worker.core.models.amounts import Amount
from worker.core.models.base import Contract
from worker.core.models.casualties import Casualty
from worker.core.models.entities import Entity
from worker.core.models.events import EventMention
from worker.core.models.quotes import Quote
from worker.core.models.story import StoryFacts
from worker.core.models.timex import TimeExpression


class Facts(Contract):
    """Everything the extractors found in one story."""

    story: StoryFacts
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    casualties: list[Casualty] = Field(default_factory=list)
    time_expressions: list[TimeExpression] = Field(default_factory=list)
    events: list[EventMention] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)


class EnrichedStory(Contract):
    event_id: str
    story_id: str
    version: int
    extractor_version: str
    model: str = Field(description="spaCy pipeline name and version, e.g. en_core_web_sm@3.8.0.")
    body: str
    facts: Facts
