"""Time expressions: pure resolvers without a model, extraction with the real pipeline."""

from datetime import date, datetime, timezone

import pytest

from worker.core.extract.time.resolve import iso_week, normalise, resolve_month_year, resolve_weekday

FRIDAY = date(2025, 8, 29)


def test_weekday_in_future_tense_resolves_forward() -> None:
    assert resolve_weekday(6, FRIDAY, "future") == date(2025, 8, 31)


def test_weekday_in_past_tense_resolves_backward() -> None:
    assert resolve_weekday(0, FRIDAY, "past") == date(2025, 8, 25)


def test_same_weekday_as_publication_is_the_publication_day() -> None:
    assert resolve_weekday(4, FRIDAY, "past") == FRIDAY
    assert resolve_weekday(4, FRIDAY, "future") == FRIDAY


def test_next_and_last_weekday_never_mean_today() -> None:
    assert resolve_weekday(4, FRIDAY, "unknown", "next") == date(2025, 9, 5)
    assert resolve_weekday(4, FRIDAY, "unknown", "last") == date(2025, 8, 22)


def test_bare_month_takes_the_year_its_tense_implies() -> None:
    assert resolve_month_year(3, FRIDAY, "future") == 2026
    assert resolve_month_year(3, FRIDAY, "past") == 2025
    assert resolve_month_year(9, FRIDAY, "unknown") == 2025


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("this week", "2025-W35"), ("next week", "2025-W36"), ("last week", "2025-W34"),
        ("today", "2025-08-29"), ("yesterday", "2025-08-28"), ("tomorrow", "2025-08-30"),
        ("overnight", "2025-08-29"), ("last night", "2025-08-28"),
        ("last month", "2025-07"), ("September", "2025-09"), ("2022", "2022"),
        ("Aug. 24, 2025", "2025-08-24"), ("3:40 p.m.", "2025-08-29T15:40"),
    ],
)
def test_points_in_time_normalise_to_timex3(text: str, value: str) -> None:
    resolved = normalise(text, FRIDAY)
    assert resolved is not None and resolved.value == value


@pytest.mark.parametrize(("text", "value"), [("three-year", "P3Y"), ("14 weeks", "P14W"), ("20 hours", "PT20H"), ("five days", "P5D")])
def test_durations_stay_durations(text: str, value: str) -> None:
    resolved = normalise(text, FRIDAY)
    assert resolved is not None and resolved.kind == "duration" and resolved.value == value


def test_day_range_borrows_month_from_its_start() -> None:
    resolved = normalise("Sept. 22 to 29", FRIDAY)
    assert resolved is not None and resolved.value == ("2025-09-22", "2025-09-29")


def test_between_range_reads_both_ends() -> None:
    resolved = normalise("between Sept. 22 and Oct. 3", FRIDAY)
    assert resolved is not None and resolved.value == ("2025-09-22", "2025-10-03")


def test_age_is_not_a_time_expression() -> None:
    assert normalise("2-year-old", FRIDAY) is None


def test_iso_week_crosses_the_year() -> None:
    assert iso_week(date(2026, 1, 1)) == "2026-W01"


def test_extracted_weekday_follows_governing_tense(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "LONDON — The minister met unions on Monday. She is expected to travel to Paris on Sunday.",
        published_at=datetime(2025, 8, 29, 12, tzinfo=timezone.utc),
    )
    values = {t.text: t.value for t in facts.time_expressions}
    assert values["Monday"] == "2025-08-25"
    assert values["Sunday"] == "2025-08-31"


def test_possessive_this_week_is_read_whole(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KYIV — Ukraine mourned victims of this week's attack on the capital.")
    assert [(t.text, t.value) for t in facts.time_expressions] == [("this week", "2025-W35")]


def test_every_time_expression_slices_the_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = "PARIS — Talks will run from Sept. 22 to 29 after a three-year pause, officials said Friday."
    facts = facts_of(body)
    assert facts.time_expressions
    for t in facts.time_expressions:
        assert body[t.evidence.start:t.evidence.end] == t.evidence.text == t.text


@pytest.mark.parametrize(
    ("text", "value"),
    [("the first quarter of 2026", "2026-Q1"), ("the end of the year", "2025"),
     ("the end of June", "2025-06"), ("Thursday evening", "2025-08-28")],
)
def test_quarters_period_ends_and_parts_of_days_normalise(text: str, value: str) -> None:
    assert normalise(text, FRIDAY, "past").value == value  # type: ignore[union-attr]


def test_a_span_with_a_qualifier_is_a_duration_but_a_bare_rate_is_not() -> None:
    assert normalise("at least a week", FRIDAY).value == "P1W"  # type: ignore[union-attr]
    assert normalise("a day", FRIDAY) is None


def test_date_a_thing_is_set_for_lies_ahead_despite_past_tense(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DENVER — The judge set sentencing for Jan. 22. Sessions were planned for Monday.",
                     published_at=datetime(2025, 10, 16, 12, tzinfo=timezone.utc))
    values = {t.text: t.value for t in facts.time_expressions}
    assert values["Jan. 22"] == "2026-01-22"
    assert values["Monday"] == "2025-10-20"


def test_until_a_weekday_after_a_future_verb_resolves_forward(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SYDNEY - The port will stay shut until at least Monday after a fire on a ship injured 12 workers.",
                     published_at=datetime(2025, 7, 12, 12, tzinfo=timezone.utc))
    assert any(t.value == "2025-07-14" for t in facts.time_expressions)


def test_purpose_clause_takes_the_trips_future(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("TOKYO — Saeki will fly to Wellington to meet Prime Minister Michael Thorne on Friday.",
                     published_at=datetime(2025, 3, 3, 8, tzinfo=timezone.utc))
    assert {t.text: t.value for t in facts.time_expressions}["Friday"] == "2025-03-07"


def test_a_bare_clock_time_falls_on_the_day_its_sentence_names(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The first blasts were heard at about 4 a.m. on Wednesday, residents said.",
                     published_at=datetime(2025, 9, 5, 12, tzinfo=timezone.utc))
    clock = next(t for t in facts.time_expressions if "a.m." in t.text)
    assert clock.value == "2025-09-03T04:00"


def test_the_day_something_was_said_does_not_date_a_clock_time(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The hearing starts at 10 a.m., the court said on Tuesday.",
                     published_at=datetime(2025, 9, 5, 12, tzinfo=timezone.utc))
    clock = next(t for t in facts.time_expressions if "a.m." in t.text)
    assert clock.value == "2025-09-05T10:00"


def test_what_is_put_in_force_from_a_weekday_starts_ahead_despite_the_past_tense(facts_of) -> None:  # type: ignore[no-untyped-def]
    published = datetime(2025, 9, 3, 12, tzinfo=timezone.utc)   # a Wednesday
    decreed = facts_of("The governor imposed a night curfew starting Saturday.", published_at=published)
    assert [t.value for t in decreed.time_expressions if t.text == "Saturday"] == ["2025-09-06"]
    travelled = facts_of("The minister returned from Brussels on Saturday.", published_at=published)
    assert [t.value for t in travelled.time_expressions if t.text == "Saturday"] == ["2025-08-30"]
