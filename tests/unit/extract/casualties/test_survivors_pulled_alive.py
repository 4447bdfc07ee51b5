"""Survivors pulled alive, with 'alive' hung on those pulled (stories invented here)."""

from datetime import datetime, timezone

TUE = datetime(2026, 5, 12, 17, tzinfo=timezone.utc)   # a Tuesday


def test_survivors_pulled_alive_from_the_mud_are_rescued(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MANIZALES, Colombia (AFP) - A landslide buried a row of homes on Tuesday. Rescuers had pulled "
                     "seven survivors alive from the mud by midday, the mayor said.", published_at=TUE)
    assert [(c.category, c.count) for c in facts.casualties if c.category == "rescued"] == [("rescued", 7)]


def test_bodies_pulled_from_a_river_are_not_rescued(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MANIZALES, Colombia (AFP) - Divers pulled three bodies from the river on Tuesday, "
                     "the fire service said.", published_at=TUE)
    assert [c for c in facts.casualties if c.category == "rescued"] == []
