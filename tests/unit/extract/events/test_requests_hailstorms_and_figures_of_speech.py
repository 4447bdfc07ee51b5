"""Requests told by what is asked for, storms named by their kind, and hazard words used as
figures of speech (stories invented here)."""

from datetime import datetime, timezone

WED = datetime(2026, 12, 2, 22, tzinfo=timezone.utc)


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_asking_someone_for_something_is_a_request_of_them(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Mayor Ana Ferreyra asked the national government for tents and drinking water on Wednesday.",
                     published_at=WED)
    asks = _of(facts, "demand")
    assert len(asks) == 1 and (asks[0].actor, asks[0].target, asks[0].what) == (
        "Ana Ferreyra", "national government", "tents and drinking water")


def test_a_request_still_to_be_made_is_no_demand_yet(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The union's president said the union would ask the company to keep the night shift.",
                     published_at=WED)
    assert _of(facts, "demand") == []


def test_a_hailstorm_that_shredded_orchards_is_a_storm(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A hailstorm lasting barely twenty minutes shredded fruit in orchards around the town on "
                     "Tuesday afternoon, growers said.", published_at=WED)
    storms = _of(facts, "disaster")
    assert [s.subtype for s in storms] == ["storm"]


def test_a_flood_of_imports_is_no_flood(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The steelmaker said a flood of cheaper imported bar steel had left its mill running at half "
                     "its capacity since the summer.", published_at=WED)
    assert _of(facts, "disaster") == []


def test_a_flood_of_water_is_a_flood(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A flood of water swept through the village on Tuesday, killing three people, police said.",
                     published_at=WED)
    assert [e.subtype for e in _of(facts, "disaster")] == ["flood"]
