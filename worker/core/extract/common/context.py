"""What the fact families share while one story is being read.

Families run in a fixed order (see ``worker.core.extract.extract_all``). The rule: the
orchestrator writes what each family returns into the context; families only read it, so
quotes can resolve speakers against the consolidated entities and events can link casualty
facts. The document's one evidence maker and its cached reads (``doc_cache``) live with the
document and are reached through here.
"""

from bisect import bisect_left
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
    # (the list indexed, its evidence starts): rebuilt when the orchestrator sets a new list.
    _time_index: tuple[list[TimeExpression], list[int]] | None = field(default=None, repr=False)
    _name_index: "NameIndex | None" = field(default=None, repr=False)

    def names(self) -> "NameIndex":
        """The consolidated entities indexed for lookups by offset and by name (rebuilt when the
        orchestrator sets a new entity list)."""
        if self._name_index is None or self._name_index.entities is not self.entities:
            self._name_index = NameIndex(self.entities)
        return self._name_index

    def times_between(self, start_char: int, end_char: int) -> list[TimeExpression]:
        """The time expressions whose evidence starts in [start_char, end_char), by bisection over
        their starts (they come in document order), so asking per sentence stays linear."""
        index = self._time_index
        if index is None or index[0] is not self.time_expressions:
            index = self._time_index = (self.time_expressions, [t.evidence.start for t in self.time_expressions])
        times, starts = index
        return times[bisect_left(starts, start_char):bisect_left(starts, end_char)]

    @property
    def evidence(self) -> EvidenceMaker:
        """The document's one evidence maker (every family's evidence comes from it)."""
        return maker_for(self.doc)


class NameIndex:
    """Mentions by start offset and entities by name or alias, so naming a span costs a bisection,
    not a walk over every mention of the story."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        spans = sorted((m.start, m.end, i) for i, e in enumerate(entities) for m in e.mentions)
        self._spans = spans
        self._starts = [s for s, _, _ in spans]
        self._longest = max((e - s for s, e, _ in spans), default=0)
        self._by_name: dict[str, str] = {}
        for e in entities:  # the first entity to carry a name or alias wins, as in story order
            for name in (e.name, *e.aliases):
                self._by_name.setdefault(name, e.name)

    def overlapping(self, start: int, end: int) -> str | None:
        """The name of the first entity (in entity order) with a mention overlapping [start, end)."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        found = [i for s, e, i in self._spans[lo:hi] if e > start]
        return self.entities[min(found)].name if found else None

    def _containing(self, offset: int) -> list[tuple[int, int]]:
        """(mention start, entity index) of the mentions that contain ``offset``, by start."""
        lo = bisect_left(self._starts, offset - self._longest)
        hi = bisect_left(self._starts, offset + 1)
        return [(s, i) for s, e, i in self._spans[lo:hi] if s <= offset < e]

    def covering(self, offset: int) -> list[Entity]:
        """The entities (in entity order, each once) with a mention that contains ``offset``."""
        return [self.entities[i] for i in sorted({i for _, i in self._containing(offset)})]

    def mention_start(self, offset: int, label: str) -> int | None:
        """Where a mention of an entity labelled ``label`` that contains ``offset`` starts."""
        return next((s for s, i in self._containing(offset) if self.entities[i].label == label), None)

    def named(self, text: str) -> str | None:
        return self._by_name.get(text)
