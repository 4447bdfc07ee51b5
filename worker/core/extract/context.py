"""What extractors share while one story is being read.

Extractors run in a fixed order (see ``worker.core.extract.extract_all``); each may read what
the earlier ones put here, so quotes can resolve speakers against the consolidated entities and
events can link casualty facts.
"""

from dataclasses import dataclass, field

from spacy.tokens import Doc

from worker.core.models import RawStory
from worker.core.models.casualties import Casualty
from worker.core.models.entities import Entity
from worker.core.models.quotes import Quote
from worker.core.models.story import StoryFacts
from worker.core.models.timex import TimeExpression


@dataclass
class Context:
    doc: Doc
    story: RawStory
    story_facts: StoryFacts | None = None
    entities: list[Entity] = field(default_factory=list)
    time_expressions: list[TimeExpression] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
