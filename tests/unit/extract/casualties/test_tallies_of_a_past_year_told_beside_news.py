"""Counts a clause dates to a past year are background, however the parser hangs the clause
(stories invented here)."""

from datetime import datetime, timezone

_DAY = datetime(2026, 12, 9, 12, tzinfo=timezone.utc)


def _killed(facts):  # type: ignore[no-untyped-def]
    return [c.count for c in facts.casualties if c.category == "killed"]


def test_deaths_in_last_years_accidents_are_background(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NIS, Serbia (Reuters) - A freight train hit a minibus at a crossing on Monday, killing five "
                     "people, police said. There were 51 accidents at crossings in Serbia last year, in which 19 "
                     "people were killed, according to the rail authority.", published_at=_DAY)
    assert _killed(facts) == [5]


def test_a_groups_killings_since_a_past_year_are_background(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BENI, Congo (AP) — Rebels killed nine villagers on Sunday, officials said. The group swore "
                     "loyalty to a jihadist network in 2018 and has killed thousands of civilians in the east.",
                     published_at=_DAY)
    assert _killed(facts) == [9]


def test_a_perfect_toll_joined_to_this_weeks_raid_still_counts(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BENI, Congo (AP) — Rebels stormed the village on Sunday and have killed at least 14 people, "
                     "officials said.", published_at=_DAY)
    assert _killed(facts) == [14]
