"""Routing stories by language: one spaCy pipeline per supported language, and nothing else.

A story whose language has no pipeline is never run through another language's rules: English
rules on French copy read "Emmanuel Macron se" as a person and miss every casualty, and a desk
would act on that. Such a story is either published with its metadata and no facts (``metadata``,
the default) or dead-lettered as ``unsupported_language`` (``dead_letter``); docs/languages.md
says why the default is what it is.
"""

from __future__ import annotations

from typing import Literal

from spacy.language import Language

from worker.core.events import normalised, story_event_id
from worker.core.extract import EXTRACTOR_VERSION, language_fields
from worker.core.language import EXPECTED, LanguageReading
from worker.core.models import RawStory
from worker.core.models.enriched import EnrichedStory, Facts
from worker.core.models.story import Dateline, StoryFacts

Unsupported = Literal["metadata", "dead_letter"]
# The model field of a story no pipeline read.
NO_MODEL = "none"
# Metric label of a language outside the closed set the metrics know.
OTHER_LANGUAGE = "other"
# Languages whose stories the metrics always count by name, pipeline or not: the ones wire
# services file in most (AFP French, EFE Spanish, dpa German, ANSA Italian, Lusa Portuguese).
COUNTED_LANGUAGES: tuple[str, ...] = EXPECTED
# How a decoded story was routed: read by its language's pipeline, published with its metadata
# only, or dead-lettered as unsupported_language.
PIPELINE, METADATA, DEAD_LETTERED = "pipeline", "metadata", "dead_letter"
ROUTES: tuple[str, ...] = (PIPELINE, METADATA, DEAD_LETTERED)


def by_language(*pipelines: Language) -> dict[str, Language]:
    """Pipelines keyed by the language their meta names (``nlp.lang``); the first of a language wins."""
    out: dict[str, Language] = {}
    for nlp in pipelines:
        out.setdefault(str(nlp.lang), nlp)
    return out


def metadata_only(story: RawStory, reading: LanguageReading) -> EnrichedStory:
    """A story in a language with no pipeline: what the source said about it, and no facts.

    Nothing here reads the text beyond counting its words: the dateline comes from the source's
    ``located`` field only, since the dateline rules are written for one language's layout.
    """
    dateline = Dateline(place=story.located, raw=story.located) if story.located else None
    facts = Facts(story=StoryFacts(
        story_id=story.story_id, version=story.version,
        headline=story.headline.strip() if story.headline else None, dateline=dateline,
        credit=story.byline, byline=story.byline, published_at=story.published_at,
        word_count=len(story.body.split()), **language_fields(reading),  # type: ignore[arg-type]
    ))
    return EnrichedStory(
        event_id=story_event_id(story.story_id, story.version, normalised(facts)),
        story_id=story.story_id, version=story.version, extractor_version=EXTRACTOR_VERSION,
        model=NO_MODEL, body=story.body, facts=facts,
    )


def language_label(language: str) -> str:
    """A story's language as a metric label: one of the counted languages, else ``other``."""
    return language if language in COUNTED_LANGUAGES else OTHER_LANGUAGE
