"""Counts and attacks filed from a capital about somewhere else take the scene the opening names
(stories invented here)."""

from datetime import datetime, timezone

FRI = datetime(2026, 5, 15, 17, tzinfo=timezone.utc)   # a Friday

_FILED_AWAY = ("NAIROBI, May 15 (Reuters) - A bus plunged into a ravine near Kericho on Thursday. "
               "Eleven passengers died and 30 were injured, police said.")


def test_a_count_with_no_place_of_its_own_is_placed_at_the_scene(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(_FILED_AWAY, published_at=FRI)
    assert {c.category: c.place for c in facts.casualties} == {"killed": "Kericho", "wounded": "Kericho"}


def test_an_incident_in_the_dateline_s_own_city_stays_there(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NAIROBI, May 15 (Reuters) - A fire gutted a market in Nairobi on Thursday. Four traders "
                     "died, officials said.", published_at=FRI)
    assert [c.place for c in facts.casualties] == ["Nairobi"]


def test_a_region_or_a_country_is_no_scene(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NAIROBI, May 15 (Reuters) - Floods swept through western Kenya on Thursday. Nine people "
                     "died, officials said.", published_at=FRI)
    assert [c.place for c in facts.casualties] == ["Nairobi"]


def test_a_province_is_the_scene_when_the_opening_names_no_town(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DUSHANBE, Tajikistan — A drought in Sughd province has dried up wells, the United Nations said "
                     "in a report released in Dushanbe on Tuesday. More than 6,000 people have been displaced.",
                     published_at=FRI)
    places = [c.place for c in facts.casualties]
    assert len(places) == 1 and (places[0] or "").startswith("Sughd")
