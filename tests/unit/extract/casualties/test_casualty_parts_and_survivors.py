"""Deaths added to a toll already told, a toll told again in parts, the hurt told by where they
were taken, people ordered out of a town, survivors rescued and hurt (stories invented here)."""

from datetime import datetime, timezone

FRI = datetime(2026, 5, 15, 17, tzinfo=timezone.utc)   # a Friday


def _of(facts, category):  # type: ignore[no-untyped-def]
    return [c for c in facts.casualties if c.category == category]


def test_deaths_told_as_more_are_part_of_the_toll_told_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Floods have killed 26 people in the north since Sunday, the agency said. Six more bodies "
                     "were found on Thursday near the river.", published_at=FRI)
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
