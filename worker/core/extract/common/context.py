"""What the fact families share while one story is being read.

Families run in a fixed order (see ``worker.core.extract.extract_all``). The rule: the
orchestrator writes what each family returns into the context; families only read it, so
quotes can resolve speakers against the consolidated entities and events can link casualty
facts. The document's one evidence maker and its cached reads (``doc_cache``) live with the
document and are reached through here.
"""

from dataclasses import dataclass, field

from spacy.tokens import Doc

from worker.core.extract.common.evidence import EvidenceMaker, maker_for
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

    @property
    def evidence(self) -> EvidenceMaker:
        """The document's one evidence maker (every family's evidence comes from it)."""
        return maker_for(self.doc)
