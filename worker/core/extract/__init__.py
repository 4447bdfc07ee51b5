"""Rule-based extractors over a spaCy ``Doc``, one module per fact family.

``extract_all`` is the one entry point the pipeline calls. The version string goes out in the
``wire-extractor-version`` header (see ``version.py``).
"""

from spacy.tokens import Doc

from worker.core.extract import casualties as casualties_extract
from worker.core.extract import entities as entities_extract
from worker.core.extract import events as events_extract
from worker.core.extract import quotes as quotes_extract
from worker.core.extract import story as story_extract
from worker.core.extract import timex as timex_extract
from worker.core.extract.context import Context
from worker.core.extract.version import EXTRACTOR_VERSION
from worker.core.models import RawStory
from worker.core.models.enriched import Facts



def extract_all(doc: Doc, story: RawStory) -> Facts:
    """Run every extractor in dependency order and bundle what they found."""
    ctx = Context(doc=doc, story=story)
    story_facts = story_extract.extract(doc, ctx)
    entities_extract.extract(doc, ctx)
    ctx.time_expressions = timex_extract.extract(doc, ctx)
    ctx.casualties = casualties_extract.extract(doc, ctx)
    quotes_extract.extract(doc, ctx)
    events = events_extract.extract(doc, ctx)
    return Facts(
        story=story_facts,
        entities=ctx.entities,
        quotes=ctx.quotes,
        casualties=ctx.casualties,
        time_expressions=ctx.time_expressions,
        events=events,
    )
