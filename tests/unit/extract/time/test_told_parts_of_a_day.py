"""A part of a day told alone in narration ('by the afternoon') falls on the day its sentence names,
else the news day; in a quotation, before a noun or without a preposition it is no time."""

from datetime import datetime, timezone

from worker.core.summary import summarize

# 12:00 UTC on a Wednesday: noon in London, where an undated story is read as filed.
WEDNESDAY = datetime(2025, 10, 15, 12, tzinfo=timezone.utc)
LATE_WEDNESDAY = datetime(2025, 10, 15, 21, tzinfo=timezone.utc)


def _times(facts_of, body: str, when: datetime = WEDNESDAY) -> dict[str, object]:  # type: ignore[no-untyped-def]
    facts = facts_of(body, published_at=when)
    return {t["text"]: t["value"] for t in summarize(facts)["time_expressions"]}


def test_a_part_of_the_day_told_alone_takes_the_news_day(facts_of) -> None:  # type: ignore[no-untyped-def]
    times = _times(facts_of, "Divers searched the lake all day. By the afternoon the toll had risen to six.",
                   LATE_WEDNESDAY)
    assert times["afternoon"] == "2025-10-15TAF"


def test_a_part_of_the_day_takes_the_day_its_sentence_names(facts_of) -> None:  # type: ignore[no-untyped-def]
    times = _times(facts_of, "Two more climbers were found on Monday in the late afternoon, the rescue service said.")
    assert times["late afternoon"] == "2025-10-13TAF"


def test_a_part_later_than_the_filing_clock_falls_on_the_day_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    times = _times(facts_of, "The barge sank near the lock in the evening, the river authority said.")
    assert times["evening"] == "2025-10-14TEV"


def test_a_part_in_a_quotation_or_before_a_noun_is_no_time(facts_of) -> None:  # type: ignore[no-untyped-def]
    times = _times(facts_of, '"We feed the goats in the morning and sell milk at dusk," said the farmer. '
                             "A shell hit the morning market near the bridge.")
    assert not any("morning" in text for text in times)


def test_a_part_told_in_the_past_never_takes_a_day_still_ahead(facts_of) -> None:  # type: ignore[no-untyped-def]
    times = _times(facts_of, "Crowds marched through the port in the afternoon, and the dockers will strike on Friday.",
                   LATE_WEDNESDAY)
    assert times["afternoon"] == "2025-10-15TAF"


def test_a_weekday_with_its_part_on_the_news_day_keeps_its_reading(facts_of) -> None:  # type: ignore[no-untyped-def]
    times = _times(facts_of, "The ferry docked on Wednesday afternoon after the storm passed.", LATE_WEDNESDAY)
    assert times["Wednesday afternoon"] == "2025-10-15TAF"
