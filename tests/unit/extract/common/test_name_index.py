"""The consolidated entities' offset index: lookups by bisection give what a walk over every
mention gives, so long stories stay linear."""

from __future__ import annotations

from worker.core.extract.common.context import NameIndex
from worker.core.models.base import Evidence
from worker.core.models.entities import Entity

BODY = "Mayor Ines Vargas met the Harbour Authority in Valparaiso; Vargas later toured the port."


def _mention(text: str, nth: int = 0) -> Evidence:
    start = -1
    for _ in range(nth + 1):
        start = BODY.index(text, start + 1)
    return Evidence(text=text, start=start, end=start + len(text), sentence_start=0, sentence_end=len(BODY))


def _entities() -> list[Entity]:
    return [
        Entity(entity_id="person-ines-vargas", label="PERSON", name="Ines Vargas",
               mentions=[_mention("Ines Vargas"), _mention("Vargas", 1)]),
        Entity(entity_id="org-harbour-authority", label="ORG", name="Harbour Authority",
               mentions=[_mention("Harbour Authority")]),
        Entity(entity_id="gpe-valparaiso", label="GPE", name="Valparaiso", mentions=[_mention("Valparaiso")]),
    ]


def _walk(entities: list[Entity], offset: int) -> list[Entity]:
    return [e for e in entities if any(m.start <= offset < m.end for m in e.mentions)]


def test_covering_finds_every_entity_whose_mention_holds_the_offset_as_a_walk_would() -> None:
    entities = _entities()
    index = NameIndex(entities)
    for offset in range(len(BODY) + 2):
        assert index.covering(offset) == _walk(entities, offset), offset


def test_covering_a_later_short_mention_names_the_full_entity() -> None:
    index = NameIndex(_entities())
    later = BODY.index("Vargas later")
    assert [e.name for e in index.covering(later + 2)] == ["Ines Vargas"]
    assert index.covering(BODY.index("toured")) == []
