"""A raid by police officers is no attack, a word inside a body's name tells no event, strikers
demanding something are the ones who demand, and 'the city' asks as written (stories invented here)."""

from datetime import datetime, timezone

_DAY = datetime(2026, 12, 9, 12, tzinfo=timezone.utc)


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_a_raid_by_police_officers_and_customs_agents_is_no_attack(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("POZNAN, Poland (AFP) - The raid on Tuesday by police officers and customs agents found a "
                     "warehouse holding two million counterfeit perfume bottles, the police said.",
                     published_at=_DAY)
    assert _of(facts, "attack") == []


def test_a_militia_raid_is_still_an_attack(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MAIDUGURI, Nigeria (AP) — The raid on Tuesday by fighters of the armed group left nine "
                     "farmers dead, residents said.", published_at=_DAY)
    assert len(_of(facts, "attack")) == 1


def test_a_word_inside_a_body_s_name_tells_no_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("WARSAW (AFP) - Officers of the National Office for Fraud Investigation (NOFI) questioned "
                     "the mayor on Monday, the office said.", published_at=_DAY)
    assert [e for e in _of(facts, "legal_action") if e.subtype == "investigation"] == []


def test_strikers_demanding_something_are_the_ones_who_demand(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("TUNIS (AFP) - Dock workers at the port of Rades began a three-day strike on Monday, "
                     "demanding that the port authority restore their night-shift bonus, a union official said.",
                     published_at=_DAY)
    demands = _of(facts, "demand")
    assert demands and demands[0].actor is not None and "workers" in demands[0].actor


def test_the_city_asking_residents_is_the_city(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("PERTH, Australia (AFP) - The city asked residents of the hills suburbs to stay off the "
                     "roads so that fire trucks could get through.", published_at=_DAY)
    demands = _of(facts, "demand")
    assert demands and demands[0].actor == "city"
