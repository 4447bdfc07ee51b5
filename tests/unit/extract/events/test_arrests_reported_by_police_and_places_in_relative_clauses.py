"""Police who report an arrest told in a passive clause after another made it, and a place in a
relative clause that describes those held is not where they were held (stories invented here)."""

from datetime import datetime, timezone

FRI = datetime(2026, 5, 15, 18, tzinfo=timezone.utc)   # a Friday


def _arrests(facts):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == "arrest"]


def test_a_driver_who_survived_and_was_arrested_police_said_was_arrested_by_police(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MOSHI, Tanzania (AFP) - The bus driver escaped with cuts and was arrested at a clinic on "
                     "suspicion of reckless driving, police said.", published_at=FRI)
    (found,) = _arrests(facts)
    assert found.actor == "police"


def test_a_place_inside_a_clause_describing_the_ring_is_not_where_its_members_were_held(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("IZMIR, Turkey (AP) — Turkish police broke up an olive oil smuggling ring in Izmir on Friday, "
                     "officials said. Officers detained 14 people in raids on a ring that shipped stolen olive oil "
                     "from farms near Aydin.", published_at=FRI)
    (found,) = _arrests(facts)
    assert found.place == "Izmir"


def test_a_place_in_a_clause_on_those_held_is_still_where_they_acted(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("STOCKHOLM (Reuters) - Dock workers went on strike on Friday. Police detained six people who "
                     "tried to block the gate of a refinery in Lulea early on Friday, a spokesman said.", published_at=FRI)
    (found,) = _arrests(facts)
    assert found.place == "Lulea"
