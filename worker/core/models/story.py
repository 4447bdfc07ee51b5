"""Story-level facts: where, when, who filed it, and how it is laid out."""

from datetime import datetime

from pydantic import Field

from worker.core.models.base import Contract, Evidence


class Dateline(Contract):
    place: str = Field(description="Canonical place name, e.g. 'Kyiv'.")
    raw: str = Field(description="The dateline as printed, e.g. 'KYIV' or 'WASHINGTON (AP)'.")
    agency: str | None = Field(default=None, description="Agency named in the dateline, e.g. 'AP'.")
    evidence: Evidence | None = None


class SectionHead(Contract):
    text: str
    evidence: Evidence


class Tone(Contract):
    """GDELT's V1.5 tone fields, lexicon-based; scores are percentages of the story's words."""

    tone: float = Field(description="positive minus negative, -100 to +100.")
    positive: float = Field(ge=0, description="Share of words the lexicon rates positive, in percent.")
    negative: float = Field(ge=0, description="Share of words the lexicon rates negative, in percent.")
    polarity: float = Field(ge=0, description="positive plus negative: how emotionally charged the text is.")
    activity_density: float = Field(ge=0, description="Share of words that are verbs, in percent.")
    self_group_density: float = Field(ge=0, description="Share of words that are pronouns, in percent.")
    word_count: int = Field(ge=0)


class StoryFacts(Contract):
    story_id: str
    version: int
    headline: str | None = None
    dateline: Dateline | None = None
    credit: str | None = Field(default=None, description="Who a reader credits: the byline's author, else the provider.")
    byline: str | None = Field(default=None, description="The author named in a 'By ...' line or the source's byline field.")
    provider: str | None = Field(default=None, description="The wire agency: '(AP)', '(Reuters)' in the dateline, a closing '— Agencies'.")
    language: str = Field(default="en", description="ISO 639-1 code of the story's language: the pipeline it was routed to (docs/languages.md).")
    language_confidence: float | None = Field(default=None, ge=0, le=1, description="The detector's probability for the language it found in the text, 0 to 1.")
    language_detected: str | None = Field(default=None, description="The language the detector found in the text, whatever the source declared.")
    language_declared: str | None = Field(default=None, description="The source's own `language` field as sent (ninjs, JSON), when it sent one.")
    published_at: datetime
    word_count: int = Field(ge=0)
    section_heads: list[SectionHead] = Field(default_factory=list)
    tone: Tone | None = Field(default=None, description="Document tone in GDELT's V1.5 form (VADER's lexicon).")
