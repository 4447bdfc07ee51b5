"""A clock time whose sentence names no day, and a bound that counts back from now."""

from datetime import datetime, timezone

from worker.core.summary import summarize

# Wednesday, filed at noon.
FILED = datetime(2025, 10, 15, 12, tzinfo=timezone.utc)


def _times(facts_of, body: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    facts = facts_of(body, published_at=FILED)
    return {t["text"]: t["value"] for t in summarize(facts)["time_expressions"]}


def test_a_past_clock_later_than_the_filing_falls_on_the_day_of_the_news(facts_of) -> None:  # type: ignore[no-untyped-def]
    times = _times(facts_of, "Gunmen raided a border post late on Monday, officials said.\n\n"
                             "The number of dead rose to nine on Wednesday.\n\n"
                             "The raid began at 11 p.m. when a truck rammed the gate.")
    assert times["11 p.m."] == "2025-10-13T23:00"


def test_a_past_clock_later_than_the_filing_with_no_day_named_is_the_day_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    times = _times(facts_of, "Counting ended at 9 p.m. and the result was announced an hour later.")
    assert times["9 p.m."] == "2025-10-14T21:00"


def test_a_clock_before_the_filing_stays_on_the_day_it_was_filed(facts_of) -> None:  # type: ignore[no-untyped-def]
    times = _times(facts_of, "Rescuers reached the village on Monday.\n\n"
                             "A second tremor struck at 9 a.m., the agency said.")
    assert times["9 a.m."] == "2025-10-15T09:00"


def test_a_month_after_since_is_the_last_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The provincial government said it had set aside 80 million meticais this week to "
                     "rebuild clinics destroyed in raids since July.",
                     published_at=datetime(2025, 12, 18, 16, tzinfo=timezone.utc))
    times = {t["text"]: t["value"] for t in summarize(facts)["time_expressions"]}
    assert times["July"] == "2025-07"
