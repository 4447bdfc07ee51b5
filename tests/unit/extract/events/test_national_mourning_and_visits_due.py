"""Mourning declared 'national' is the country's and starts on the day it is said to begin; a
mission 'due in' a city is a trip planned there; a passenger who 'was travelling' made no trip
(stories invented here)."""

from datetime import datetime, timezone

MON = datetime(2026, 12, 7, 18, tzinfo=timezone.utc)


def test_national_mourning_beginning_a_day_is_the_countrys_from_that_day(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KATOWICE, Poland (AP) - A gas blast killed seven miners on Monday. The government "
                     "declared three days of national mourning beginning Wednesday.", published_at=MON)
    (mourning,) = [e for e in facts.events if e.type == "mourning"]
    assert (mourning.place, mourning.when) == ("Poland", "2026-12-09")


def test_a_mission_due_in_a_city_is_a_trip_planned_there(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LUSAKA, Dec 7 (Reuters) - An IMF mission is due in Lusaka in March for its next review.",
                     published_at=MON)
    trips = [(e.status, e.destination, e.when) for e in facts.events if e.type == "travel"]
    assert trips == [("planned", "Lusaka", "2027-03")]


def test_a_passenger_who_was_travelling_with_family_made_no_trip(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("TBILISI (AFP) - Passenger Levan Gelashvili, who was travelling with his two sons, said the "
                     "train had been going fast.", published_at=MON)
    assert [e for e in facts.events if e.type == "travel"] == []


def test_talks_scheduled_for_a_weekday_lie_ahead(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SANTIAGO, Dec 7 (Reuters) - Chile and Peru have scheduled talks in Arica for Thursday on "
                     "the fishing dispute, officials said.", published_at=MON)
    assert "2026-12-10" in [t.value for t in facts.time_expressions]
