"""Deaths added to a toll already told, a toll told again in parts, the hurt told by where they
were taken, people ordered out of a town, survivors rescued and hurt (stories invented here)."""

from datetime import datetime, timezone

FRI = datetime(2026, 5, 15, 17, tzinfo=timezone.utc)   # a Friday


def _of(facts, category):  # type: ignore[no-untyped-def]
    return [c for c in facts.casualties if c.category == category]


def test_deaths_told_as_more_that_make_up_the_toll_told_add_nothing(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KAMPALA (Reuters) - Floods have killed 26 people since Sunday, the agency said. It had "
                     "said on Wednesday that 20 people had died. Six more bodies were found on Thursday near the "
                     "river.", published_at=FRI)
    assert [c.count for c in _of(facts, "killed")] == [26]


def test_a_toll_told_again_in_parts_stays_one_count(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A rocket strike on a bus depot killed at least 12 people on Thursday, officials said. "
                     "Seven were killed at the depot and five more died later in hospital.", published_at=FRI)
    assert [c.count for c in _of(facts, "killed")] == [12]


def test_someone_taken_to_hospital_with_burns_was_hurt(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("One volunteer was taken to hospital with burns to his arms, the fire service said.",
                     published_at=FRI)
    assert [c.count for c in _of(facts, "wounded")] == [1]


def test_someone_taken_to_hospital_for_no_stated_injury_is_no_count(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Two climbers were taken to hospital in Chamonix as a precaution, rescuers said.",
                     published_at=FRI)
    assert _of(facts, "wounded") == []


def test_people_told_to_leave_a_town_are_displaced(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("About 900 residents were told to leave Marloth before the fire crossed the road.",
                     published_at=FRI)
    assert [c.count for c in _of(facts, "displaced")] == [900]


def test_survivors_pulled_out_and_taken_to_hospital_hurt_are_rescued_and_wounded(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Four workers were pulled out alive on Thursday and taken to a clinic with broken bones, "
                     "the mine operator said.", published_at=FRI)
    assert [c.count for c in _of(facts, "rescued")] == [4] and [c.count for c in _of(facts, "wounded")] == [4]


def test_a_weekday_inside_a_disaster_s_name_dates_nothing(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Crews fought a grass fire near Oakbank on Thursday. The Ash Wednesday fires in 1983 killed "
                     "75 people across two states.", published_at=FRI)
    assert _of(facts, "killed") == []
    assert "Wednesday" not in [t.text for t in facts.time_expressions]


def test_a_toll_told_of_a_year_a_clause_describes_is_background(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Measles has killed 12 children in the district this month, officials said on Friday. It is "
                     "the worst outbreak since 2019, when the virus spread across the region and killed more "
                     "than 400 people.", published_at=FRI)
    assert [c.count for c in _of(facts, "killed")] == [12]


def test_bodies_of_people_recovered_are_counted_dead(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The bodies of four fishermen were recovered from the lake on Thursday, police said.",
                     published_at=FRI)
    assert [c.count for c in _of(facts, "killed")] == [4]


def test_people_sleeping_in_schools_or_shelters_are_displaced(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("About 700 people were staying in schools and a church in Kasese. At least 150 people "
                     "spent the night in shelters in Bundibugyo.", published_at=FRI)
    assert sorted(c.count for c in _of(facts, "displaced")) == [150, 700]


def test_people_told_to_leave_or_ordered_out_are_displaced(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("About 450 residents of three hamlets were told to leave. Across the river, about 900 people "
                     "had been ordered out of low-lying streets.", published_at=FRI)
    assert sorted(c.count for c in _of(facts, "displaced")) == [450, 900]


def test_more_people_beside_a_count_that_they_do_not_complete_are_counted(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("About 700 people were evacuated from Kasese on Thursday. In Bundibugyo, 150 more people "
                     "were evacuated.", published_at=FRI)
    assert sorted(c.count for c in _of(facts, "displaced")) == [150, 700]
