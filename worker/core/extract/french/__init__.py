"""French copy, end to end: the French rules of each fact family, reading the French lexicons.

Each family's French words live beside its English ones (``<family>/lexicon_fr.py``); the rules
here read a French parse (fr_core_news_sm) and publish the same facts as the English rules, in
the same models. Geocoding is the English families' own, fed the gazetteer's name for a French
place name ("Espagne" -> Spain). Events are read by a simpler reader than the English one
(a trigger and the names of its sentence, see ``events.py``).
"""

from spacy.tokens import Doc

from worker.core.extract.common.context import Context
from worker.core.extract.french import casualties, entities, events, quotes, story, time
from worker.core.models import RawStory
from worker.core.models.enriched import Facts

__all__ = ["extract_all"]


def extract_all(doc: Doc, story_in: RawStory, language_fields: dict[str, object]) -> Facts:
    """Every French family in dependency order, as ``worker.core.extract.extract_all`` runs the English ones."""
    ctx = Context(doc=doc, story=story_in)
    skip = story.dateline_range(story_in.body)
    ctx.story_facts = story.extract(doc, ctx).model_copy(update=language_fields)
    ctx.entities = entities.extract(doc, ctx, skip)
    ctx.time_expressions = time.extract(doc, ctx, skip)
    ctx.casualties = casualties.extract(doc, ctx, skip)
    ctx.quotes = quotes.extract(doc, ctx)
    return Facts(story=ctx.story_facts, entities=ctx.entities, quotes=ctx.quotes, casualties=ctx.casualties,
                 time_expressions=ctx.time_expressions, events=events.extract(doc, ctx, skip))
