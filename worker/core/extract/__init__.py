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
from worker.core.models import RawStory
from worker.core.models.enriched import Facts

__all__ = ["EXTRACTOR_VERSION", "extract_all"]


def extract_all(doc: Doc, story_in: RawStory, budget: Budget | None = None) -> Facts:
    """Run every family in dependency order and bundle what they found.

    ``budget`` is checked after each family (``OverTimeBudget`` when the rules run over it).
    """
    check = budget.check if budget is not None else (lambda after: None)
    ctx = Context(doc=doc, story=story_in)
    story_facts = ctx.story_facts = story.extract(doc, ctx).model_copy(update={"tone": tone.extract(doc, ctx)})
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
