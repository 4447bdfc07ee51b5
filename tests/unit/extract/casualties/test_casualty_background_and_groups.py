"""Background tolls (a war's running toll, a past year's tally) and groups the parser splits or
names by their relation to someone (stories invented here)."""

from datetime import datetime, timezone

WED = datetime(2026, 3, 11, 17, tzinfo=timezone.utc)   # a Wednesday


def _of(facts, category):  # type: ignore[no-untyped-def]
    return [c for c in facts.casualties if c.category == category]


def test_a_wars_running_toll_is_background_not_the_days_count(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ADEN (AFP) - Drones struck a fuel depot on Tuesday, killing three guards, officials "
                     "said. The conflict has killed more than 150,000 people and driven four million from "
                     "their homes, aid groups say.", published_at=WED)
    assert [c.count for c in _of(facts, "killed")] == [3]
    assert _of(facts, "displaced") == []


def test_a_past_years_tally_is_a_comparison_not_a_count(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DHAKA (Reuters) - Dengue fever has killed 41 people in Bangladesh since January, "
                     "the health ministry said on Wednesday. The country recorded 98,000 cases and 310 "
                     "deaths in 2025, according to official figures.", published_at=WED)
    assert [c.count for c in _of(facts, "killed")] == [41]


def test_two_subjects_of_one_verb_are_two_counts(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Six firefighters and at least three residents were treated for smoke inhalation, "
                     "the fire service said.", published_at=WED)
    got = sorted((c.count, c.qualifier) for c in _of(facts, "wounded"))
    assert got == [(3, "at_least"), (6, "exact")]


def test_some_of_someones_people_are_counted(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A lifeguard drowned off the point on Sunday. Three of her teammates were treated "
                     "for minor injuries.", published_at=WED)
    assert [c.count for c in _of(facts, "wounded")] == [3]


def test_a_person_held_named_by_a_possessor_is_one_arrest(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Police detained the ferry's captain on Thursday after the collision.", published_at=WED)
    assert [c.count for c in _of(facts, "arrested")] == [1]


def test_workers_brought_out_alive_are_rescued(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Rescuers brought six miners out alive on Sunday after the shaft flooded.", published_at=WED)
    assert [c.count for c in _of(facts, "rescued")] == [6]


def test_livestock_counted_by_the_head_are_no_people(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Farmers said more than 20,000 head of sheep had died in the drought.", published_at=WED)
    assert _of(facts, "killed") == []


def test_people_named_by_their_nationality_are_counted(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Coast guards arrested three Moroccans on the beach on Tuesday.", published_at=WED)
    assert [c.count for c in _of(facts, "arrested")] == [3]


def test_a_named_person_arrested_is_one_arrest(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Radu Petrescu was arrested by border police at the airport in May.", published_at=WED)
    assert [c.count for c in _of(facts, "arrested")] == [1]


def test_people_driven_into_shelters_are_displaced(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The floods killed two people and drove more than 6,000 into school shelters on Monday.",
                     published_at=WED)
    assert [(c.count, c.qualifier) for c in _of(facts, "displaced")] == [(6000, "more_than")]
