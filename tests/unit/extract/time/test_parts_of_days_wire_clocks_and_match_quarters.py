"""Parts of a day in TIMEX3 form, the phrases that place a time within its day, a wire's
four-digit clock, quarters written as one word, spans of months from January, and a quarter of a
match that is no quarter of the year."""

from datetime import date, datetime, timezone

from worker.core.extract.time.resolve import normalise
from worker.core.matching import same_time_value
from worker.core.summary import summarize

WEDNESDAY = datetime(2025, 10, 15, 12, tzinfo=timezone.utc)
DAY = date(2025, 10, 15)


def _times(facts_of, body: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    facts = facts_of(body, published_at=WEDNESDAY)
    return {t["text"]: t["value"] for t in summarize(facts)["time_expressions"]}


def test_a_weekday_with_its_part_keeps_the_part_as_timex3_writes_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    times = _times(facts_of, "The ferry left the harbour on Monday evening and sank before dawn.")
    assert times["Monday evening"] == "2025-10-13TEV"


def test_the_fact_keeps_the_day_as_its_value_and_the_part_beside_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Firefighters reached the depot on Tuesday afternoon.", published_at=WEDNESDAY)
    [expr] = [t for t in facts.time_expressions if "Tuesday" in t.text]
    assert (expr.value, expr.part_of_day) == ("2025-10-14", "AF")


def test_later_on_a_weekday_is_its_own_phrase_with_the_days_value(facts_of) -> None:  # type: ignore[no-untyped-def]
    times = _times(facts_of, "The council voted on Monday. Later on Monday, the mayor resigned. "
                             "Two more boats were found early on Tuesday.")
    assert times["Later on Monday"] == "2025-10-13"
    assert times["early on Tuesday"] == "2025-10-14"
    assert times["Monday"] == "2025-10-13"


def test_a_wire_clock_in_gmt_is_a_time_of_the_day() -> None:
    assert normalise("1000 GMT", DAY).value == "2025-10-15T10:00"  # type: ignore[union-attr]
    assert normalise("1990 GMT", DAY) is None   # no minute 90: a year, not a clock


def test_a_quarter_written_as_one_word_and_spans_of_months_from_january() -> None:
    assert normalise("third-quarter", DAY).value == "2025-Q3"  # type: ignore[union-attr]
    assert normalise("the first nine months of the year", DAY).value == ("2025-01", "2025-09")  # type: ignore[union-attr]
    assert normalise("the second half of 2026", DAY).value == "2026-H2"  # type: ignore[union-attr]


def test_a_quarter_of_a_match_is_no_quarter_of_the_year(facts_of) -> None:  # type: ignore[no-untyped-def]
    times = _times(facts_of, "The guard scored 14 points in the fourth quarter as the hosts won the game. "
                             "The club's revenue fell in the fourth quarter, its accounts showed.")
    assert list(times.values()).count("2025-Q4") == 1


def test_a_rise_from_a_month_compares_with_the_past(facts_of) -> None:  # type: ignore[no-untyped-def]
    times = _times(facts_of, "Crossings rose 40% from July, the border guard said.")
    assert times["July"] == "2025-07"


def test_the_scorer_takes_a_day_with_its_part_as_that_day() -> None:
    assert same_time_value("2025-10-13TEV", "2025-10-13")
    assert same_time_value({"start": "2025-01", "end": "2025-09"}, {"start": "2025-01", "end": "2025-09"})
    assert not same_time_value("2025-10-13TEV", "2025-10-14")
    assert not same_time_value("2025-10-13T10:00", "2025-10-13")
