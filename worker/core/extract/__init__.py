"""Rule-based extractors over a spaCy ``Doc``, one subpackage per fact family.

``extract_all`` is the one entry point the pipeline calls. Each family has one entry,
``extract(doc, ctx)``, that returns its facts; the families only read the context, and this
orchestrator alone writes what each returns into it, in dependency order, so a later family
(quotes resolving speakers, events linking casualties) sees what the earlier ones found.
``common`` holds what the families share. The version string goes out in the
``wire-extractor-version`` header (see ``version.py``).
"""

from spacy.tokens import Doc

from worker.core.budget import Budget
from worker.core.extract import amounts, casualties, entities, events, places, quotes, story, time, tone
from worker.core.extract.common.context import Context
from worker.core.extract.version import EXTRACTOR_VERSION
from worker.core.language import LanguageReading
from worker.core.models import RawStory
from worker.core.models.enriched import Facts

__all__ = ["EXTRACTOR_VERSION", "extract_all"]


# Languages with rules of their own besides English; any other language gets no facts from here.
RULE_LANGUAGES: tuple[str, ...] = ("en", "fr")


def extract_all(doc: Doc, story_in: RawStory, reading: LanguageReading | None = None,
                budget: Budget | None = None) -> Facts:
    """Run every family in dependency order and bundle what they found.

    The doc's language picks the rules: a French parse is read by the French rules, never the
    English ones (``Pipeline`` only hands over docs of a language in ``RULE_LANGUAGES``).
    ``budget`` is checked after each family (``OverTimeBudget`` when the rules run over it).
    """
    if doc.lang_ == "fr":
        return _extract_french(doc, story_in, reading)
    if doc.lang_ != "en":
        raise ValueError(f"no extraction rules for language {doc.lang_!r}")
    check = budget.check if budget is not None else (lambda after: None)
    ctx = Context(doc=doc, story=story_in)
    story_facts = ctx.story_facts = story.extract(doc, ctx).model_copy(
        update={"tone": tone.extract(doc, ctx), **language_fields(reading)})
    check("story")
    ctx.entities = entities.extract(doc, ctx)
    check("entities")
    ctx.entities = places.extract(doc, ctx)
    check("places")
    ctx.time_expressions = time.extract(doc, ctx)
    check("time")
    ctx.casualties = casualties.extract(doc, ctx)
    check("casualties")
    ctx.quotes = quotes.extract(doc, ctx)
    check("quotes")
    found_events = events.extract(doc, ctx)
    check("events")
    found_amounts = amounts.extract(doc, ctx)
    check("amounts")
    return Facts(
        story=story_facts,
        entities=ctx.entities,
        quotes=ctx.quotes,
        casualties=ctx.casualties,
        time_expressions=ctx.time_expressions,
        events=found_events,
        amounts=found_amounts,
    )


def _extract_french(doc: Doc, story_in: RawStory, reading: LanguageReading | None) -> Facts:
    """The French families (``worker.core.extract.french``) in the same dependency order."""
    from worker.core.extract.french import casualties as fr_casualties
    from worker.core.extract.french import entities as fr_entities
    from worker.core.extract.french import events as fr_events
    from worker.core.extract.french import quotes as fr_quotes
    from worker.core.extract.french import reported as fr_reported
    from worker.core.extract.french import story as fr_story
    from worker.core.extract.french import time as fr_time

    ctx = Context(doc=doc, story=story_in)
    skip = fr_story.dateline_range(story_in.body)  # nothing in the dateline is a story fact
    ctx.story_facts = fr_story.extract(doc, ctx).model_copy(update=language_fields(reading))
    ctx.entities = fr_entities.extract(doc, ctx, skip)
    ctx.time_expressions = fr_time.extract(doc, ctx, skip)
    ctx.casualties = fr_casualties.extract(doc, ctx, skip)
    ctx.quotes = fr_quotes.extract(doc, ctx) + fr_reported.extract(doc, ctx, skip)
    return Facts(story=ctx.story_facts, entities=ctx.entities, quotes=ctx.quotes, casualties=ctx.casualties,
                 time_expressions=ctx.time_expressions, events=fr_events.extract(doc, ctx, skip))


def language_fields(reading: LanguageReading | None) -> dict[str, object]:
    """The story fact's language fields from the pipeline's reading (none: the story's own defaults)."""
    if reading is None:
        return {}
    return {"language": reading.language, "language_confidence": reading.confidence,
            "language_detected": reading.detected, "language_declared": reading.declared}
