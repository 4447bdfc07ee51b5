"""The event table: every published event type has a row, and a row is all the finder needs."""

from typing import get_args

from worker.core.extract.events import table
from worker.core.extract.events.drafting import Draft
from worker.core.models.events import EventType


def test_every_event_type_is_made_by_exactly_one_row() -> None:
    made = [t for kind in table.EVENT_KINDS for t in kind.produces]
    assert sorted(made) == sorted(get_args(EventType))


def test_trigger_words_are_the_union_of_the_rows() -> None:
    for kind in table.EVENT_KINDS:
        assert kind.triggers, f"{kind.name} has no trigger words"
        assert kind.triggers <= table.TRIGGER_WORDS


def test_a_row_added_to_the_table_is_found_merged_and_placed_by_its_own_rules(facts_of, monkeypatch) -> None:
    """A new event type is one builder plus one row: the finder runs it with no other change.

    (A real new type also adds its name to ``EventType``; here the row borrows 'protest'.)
    """
    def find(ctx, trigger):  # type: ignore[no-untyped-def]
        return [Draft("protest", trigger.token, subtype="smuggling", status="held")] \
            if trigger.lemma == "smuggle" else []

    row = table.EventKind("protest", frozenset({"smuggle"}), find, story_place=True)
    monkeypatch.setattr(table, "EVENT_KINDS", (*table.EVENT_KINDS, row))
    monkeypatch.setattr(table, "TRIGGER_WORDS", table.TRIGGER_WORDS | row.triggers)
    monkeypatch.setattr(table, "KIND_OF", {**table.KIND_OF, "protest": row})

    facts = facts_of("LAGOS, Nigeria (AP) — A gang smuggled two engineers out of the city on Tuesday, police said.")
    found = [e for e in facts.events if e.subtype == "smuggling"]
    assert len(found) == 1 and found[0].trigger == "smuggled" and found[0].place == "Lagos"
