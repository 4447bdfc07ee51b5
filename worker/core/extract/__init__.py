"""Rule-based extractors over a spaCy ``Doc``, one module per fact family.

``extract_all`` is the one entry point the pipeline calls. The version string goes out in the
``wire-extractor-version`` header: bump it whenever an extractor's behaviour changes.
"""

from spacy.tokens import Doc

from worker.core.extract.context import Context
from worker.core.models import RawStory
from worker.core.models.enriched import Facts
from worker.core.models.story import StoryFacts

EXTRACTOR_VERSION = "wire.extract.v1"


def extract_all(doc: Doc, story: RawStory) -> Facts:
    """Run every extractor in dependency order and bundle what they found."""
    ctx = Context(doc=doc, story=story)
    # Placeholder until the family extractors land: story facts only.
    ctx.story_facts = StoryFacts(
        story_id=story.story_id,
        version=story.version,
        headline=story.headline,
        language=story.language,
        published_at=story.published_at,
        word_count=sum(1 for t in doc if not (t.is_punct or t.is_space)),
    )
    return Facts(
        story=ctx.story_facts,
        entities=ctx.entities,
        quotes=ctx.quotes,
        casualties=ctx.casualties,
        time_expressions=ctx.time_expressions,
        events=[],
    )
