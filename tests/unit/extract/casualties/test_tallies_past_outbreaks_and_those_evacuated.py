"""Deaths tallied over many incidents, a toll dated by the year of an earlier outbreak, and a part
of those evacuated told by 'of those' (stories invented here)."""

from datetime import datetime, timezone

TUE = datetime(2026, 10, 20, 15, tzinfo=timezone.utc)   # a Tuesday


def _killed(facts):  # type: ignore[no-untyped-def]
    return [(c.count, c.qualifier) for c in facts.casualties if c.category == "killed"]


def test_deaths_in_train_accidents_over_a_year_are_a_statistic_not_the_crash_s_toll(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KHULNA, Bangladesh (Reuters) - At least 11 people were killed when a train derailed near "
                     "Khulna on Tuesday, officials said. Rail deaths have fallen in recent years, but 61 people "
                     "died in train accidents in the year to June, according to railway data.", published_at=TUE)
    assert _killed(facts) == [(11, "at_least")]


def test_deaths_in_two_crashes_on_the_day_are_still_counted(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KHULNA, Bangladesh (Reuters) - Seven people died in two crashes on the Dhaka highway on "
                     "Tuesday, police said.", published_at=TUE)
    assert _killed(facts) == [(7, "exact")]


def test_a_toll_of_an_outbreak_dated_to_a_past_year_is_background(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MAIDUGURI, Nigeria (Reuters) - A cholera outbreak in Borno state has killed at least 38 "
                     "people since September, health officials said on Tuesday. More than 900 people died "
                     "nationwide in the 2021 outbreak, according to the disease control centre.", published_at=TUE)
    assert _killed(facts) == [(38, "at_least")]


def test_a_number_of_those_evacuated_is_a_part_of_the_evacuated(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ESQUEL, Argentina (AP) — A forest fire forced about 3,000 people from their homes on "
                     "Tuesday, officials said. About 800 of those evacuated spent the night in gyms and "
                     "churches, the mayor said.", published_at=TUE)
    displaced = [c for c in facts.casualties if c.category == "displaced"]
    assert [(c.count, [s.count for s in c.includes]) for c in displaced] == [(3000, [800])]
