"""Seasons read as TIMEX3 season values placed by the publication date, and 'a week ago' as the
day seven days back (stories invented here)."""

from datetime import date, datetime, timezone

from worker.core.extract.time.resolve import normalise

DEC_7 = date(2026, 12, 7)
MON = datetime(2026, 12, 7, 18, tzinfo=timezone.utc)


def _value(text: str) -> object:
    r = normalise(text, DEC_7)
    return r.value if r else None


def test_a_season_with_its_year_is_that_years_season() -> None:
    assert _value("the summer of 2021") == "2021-SU"
    assert _value("spring 2027") == "2027-SP"
    assert _value("late autumn 2025") == "2025-FA"


def test_next_and_last_seasons_fall_on_the_right_side_of_the_publication_date() -> None:
    assert _value("next spring") == "2027-SP"
    assert _value("last summer") == "2026-SU"
    assert _value("this winter") == "2026-WI"
    assert _value("last winter") == "2025-WI"


def test_a_week_ago_is_the_day_seven_days_back() -> None:
    assert _value("a week ago") == "2026-11-30"
    assert _value("two weeks ago") == "2026-11-23"


def test_seasons_in_a_story_are_found_and_resolved(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MISSOULA, Mont. (AP) — The worst melt came in the summer of 2019, and crews will return "
                     "next spring, the park said.", published_at=MON)
    values = {t.text: t.value for t in facts.time_expressions}
    assert values.get("summer of 2019") == "2019-SU" and values.get("next spring") == "2027-SP"


def test_a_weekday_after_expected_lies_ahead_in_a_past_tense_sentence(facts_of) -> None:  # type: ignore[no-untyped-def]
    sunday = datetime(2026, 12, 6, 20, tzinfo=timezone.utc)
    facts = facts_of("CHICO, Calif. (AP) — The chief said cooler weather expected Monday could give crews a chance "
                     "to build lines along the ridges.", published_at=sunday)
    values = {t.text: t.value for t in facts.time_expressions}
    assert values.get("Monday") == "2026-12-07"
