"""Deaths a clause gives as the reason a toll rose are part of that toll, not a count of their own
(stories invented here)."""

from datetime import datetime, timezone

_DAY = datetime(2026, 12, 10, 12, tzinfo=timezone.utc)


def _killed(facts):  # type: ignore[no-untyped-def]
    return sorted(c.count for c in facts.casualties if c.category == "killed")


def test_deaths_in_a_when_clause_are_the_rise_of_the_toll(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DILI, East Timor (Reuters) - The death toll from the outbreak rose to eleven later on "
                     "Thursday, when three toddlers died at the main hospital in the capital, its director said.",
                     published_at=_DAY)
    assert _killed(facts) == [11]


def test_deaths_told_alone_are_a_count(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DILI, East Timor (Reuters) - Three toddlers died at the main hospital in the capital on "
                     "Thursday, its director said.", published_at=_DAY)
    assert _killed(facts) == [3]
