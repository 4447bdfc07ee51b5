"""The fact families the worker publishes, one row each; everything that lists them reads this table.

A row says what a family is called in each place it shows up: the record kind and metric label
(``name``), its topic (``topic``: the key in :class:`Topics`, the settings field ``<topic>_topic``
and the ``topic_kind`` metric label), the envelope model published on that topic, the CloudEvents
type with its version, which facts of a story it publishes, and what makes one fact the same fact
across story versions (the content of its ``fact_key``).

Adding a family is one row here, its models (the fact and its envelope in ``models/records.py``),
its extractor and one ``<topic>_topic`` setting; topics, metric labels, replay counts, the
benchmark and the tests' topic lists follow from the row.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
from pydantic import BaseModel

from worker.core.models.enriched import Facts
from worker.core.models.records import AmountFact, CasualtyFact, EntityFact, EventFact, FactEnvelope, QuoteFact

TYPE_PREFIX = "io.wire-enrich"
# The two outputs that are not a fact family: the whole enriched story, and a rejected input.
STORY = "story"
ENRICHED = "enriched"  # the story's topic kind
DEAD_LETTER = "dead_letter"  # record kind and topic kind alike
# Story revisions (docs/revisions.md): an output topic of the live worker, not of the pure pipeline.
REVISIONS = "revisions"
STORY_TYPE = f"{TYPE_PREFIX}.story.enriched.v1"
# The story as one GDELT GKG 2.1 row (docs/amounts.md, worker/core/gkg.py): an optional output
# topic, off unless named; record kind and topic kind alike.
GKG = "gkg"
GKG_TYPE = f"{TYPE_PREFIX}.story.gkg.v1"
# Output topics that exist only when their setting names them.
OFF_BY_DEFAULT: frozenset[str] = frozenset({GKG})


def _canonical(value: Any) -> str:
    """Sorted-key JSON, so equal content always reads the same."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()


@dataclass(frozen=True)
class FactFamily:
    name: str  # record kind and metric label, singular: "entity"
    topic: str  # topic kind, plural: "entities" (Topics key, settings field "entities_topic")
    envelope: type[FactEnvelope]  # the model each record's value holds
    ce_type: str  # CloudEvents type; a breaking change is a new version, published beside the old
    facts: Callable[[Facts], Sequence[BaseModel]]  # which facts of a story this family publishes
    identity: Callable[[dict[str, Any]], str]  # a fact's JSON -> what stays the same across versions

    @property
    def setting(self) -> str:
        """The settings field (and, upper-cased with ``WIRE_``, the variable) naming the topic."""
        return f"{self.topic}_topic"


def _entity(fact: dict[str, Any]) -> str:
    return f"{fact['label']}|{fact['name'].casefold()}"


def _quote(fact: dict[str, Any]) -> str:
    return f"{fact.get('speaker') or ''}|{' '.join(fact['text'].casefold().split())}"


def _casualty(fact: dict[str, Any]) -> str:
    return f"{fact['category']}|{fact.get('place') or ''}|{fact.get('time') or ''}"


def _event(fact: dict[str, Any]) -> str:
    who = fact.get("actor") or ",".join(sorted(fact.get("participants") or []))
    return f"{fact['type']}|{who}|{fact.get('place') or ''}|{_canonical(fact.get('when'))}"


def _amount(fact: dict[str, Any]) -> str:
    return f"{fact['kind']}|{fact['value']!r}|{fact.get('unit') or ''}|{(fact.get('object') or '').casefold()}"


FAMILIES: tuple[FactFamily, ...] = (
    FactFamily("entity", "entities", EntityFact, f"{TYPE_PREFIX}.fact.entity.v1", lambda f: f.entities, _entity),
    FactFamily("quote", "quotes", QuoteFact, f"{TYPE_PREFIX}.fact.quote.v1", lambda f: f.quotes, _quote),
    FactFamily("casualty", "casualties", CasualtyFact, f"{TYPE_PREFIX}.fact.casualty.v1", lambda f: f.casualties,
               _casualty),
    FactFamily("event", "events", EventFact, f"{TYPE_PREFIX}.fact.event.v1", lambda f: f.events, _event),
    FactFamily("amount", "amounts", AmountFact, f"{TYPE_PREFIX}.fact.amount.v1", lambda f: f.amounts, _amount),
)

FAMILY_NAMES: tuple[str, ...] = tuple(f.name for f in FAMILIES)
# Every value of ``OutputRecord.kind`` a story can produce, and every kind of output topic.
RECORD_KINDS: tuple[str, ...] = (STORY, *FAMILY_NAMES, GKG, DEAD_LETTER)
TOPIC_KINDS: tuple[str, ...] = (ENRICHED, *(f.topic for f in FAMILIES), REVISIONS, GKG, DEAD_LETTER)


def family(name: str) -> FactFamily:
    """The row of a record kind ('entity') or topic kind ('entities')."""
    for row in FAMILIES:
        if name in (row.name, row.topic):
            return row
    raise KeyError(f"no fact family {name!r}; known: {', '.join(FAMILY_NAMES)}")


@dataclass(frozen=True)
class Topics:
    """Output topic names: the enriched story, one per fact family (by topic kind), dead letters,
    story revisions when the worker keeps them and the GKG row when one is named (None: off)."""

    enriched: str
    dead_letter: str
    facts: Mapping[str, str] = field(default_factory=dict)
    revisions: str | None = None
    gkg: str | None = None

    def __post_init__(self) -> None:
        missing = [f.topic for f in FAMILIES if f.topic not in self.facts]
        if missing:
            raise ValueError(f"no topic named for the fact famil{'y' if len(missing) == 1 else 'ies'} "
                             f"{', '.join(missing)}")

    @classmethod
    def named(cls, name: Callable[[str], str] = lambda kind: kind) -> "Topics":
        """Every topic named from its kind: ``Topics.named(lambda k: f"test.{k}")``; the GKG topic
        stays off, as its setting is by default."""
        return cls(enriched=name(ENRICHED), dead_letter=name(DEAD_LETTER),
                   facts={f.topic: name(f.topic) for f in FAMILIES}, revisions=name(REVISIONS))

    def of(self, row: FactFamily) -> str:
        return self.facts[row.topic]

    def by_kind(self) -> dict[str, str]:
        """Topic kind -> topic name, in ``TOPIC_KINDS`` order (revisions and GKG only when on)."""
        revisions = {REVISIONS: self.revisions} if self.revisions else {}
        gkg = {GKG: self.gkg} if self.gkg else {}
        return {ENRICHED: self.enriched, **{f.topic: self.of(f) for f in FAMILIES}, **revisions, **gkg,
                DEAD_LETTER: self.dead_letter}

    def __hash__(self) -> int:  # the mapping is a dict: hash its items instead
        return hash((self.enriched, self.dead_letter, self.revisions, self.gkg, tuple(sorted(self.facts.items()))))
