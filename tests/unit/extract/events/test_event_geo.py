"""Events carry GDELT's actor country code and action place, from the story's own entities."""

from datetime import datetime, timezone

WHEN = datetime(2026, 3, 10, 12, tzinfo=timezone.utc)


def test_a_country_actor_and_a_resolved_place_give_codes_and_coordinates(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KYIV (AP) — Russian drones struck Kharkiv overnight, killing two people, officials said.",
                     published_at=WHEN)
    attack = next(e for e in facts.events if e.type == "attack")
    assert attack.actor == "Russia" and attack.actor_country == "RU"
    assert attack.action_geo is not None and attack.action_geo.country == "UA" and attack.action_geo.lat is not None


def test_a_person_actor_takes_the_country_of_their_affiliation(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("WARSAW (AP) — Kenyan President William Ruto will travel to Poland on Friday.", published_at=WHEN)
    trip = next(e for e in facts.events if e.type == "travel")
    assert trip.actor_country == "KE"
    assert trip.action_geo is not None and trip.action_geo.country == "PL"


def test_an_actor_the_story_cannot_place_has_no_code(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LAGOS (AP) — Police arrested 14 people in Lagos on Monday.", published_at=WHEN)
    arrest = next(e for e in facts.events if e.type == "arrest")
    assert arrest.actor_country is None
