"""A year-less date a past decision runs until, and a sentence still to be handed down, in a story
filed in December: both lie in the new year; a weekday after 'until' still looks back."""

from datetime import datetime, timezone

from worker.core.summary import summarize

# Thursday 10 December, filed in the afternoon.
FILED = datetime(2026, 12, 10, 15, tzinfo=timezone.utc)


def _times(facts_of, body: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    facts = facts_of(body, published_at=FILED)
    return {t["text"]: t["value"] for t in summarize(facts)["time_expressions"]}


def test_a_custody_order_until_a_january_day_runs_into_the_new_year(facts_of) -> None:  # type: ignore[no-untyped-def]
    times = _times(facts_of, "The three drivers were remanded in custody until Jan. 9 by a magistrate in Mwanza.")
    assert times["Jan. 9"] == "2027-01-09"


def test_a_hearing_put_off_until_a_spring_month_is_next_year(facts_of) -> None:  # type: ignore[no-untyped-def]
    times = _times(facts_of, "Judge Ilse Marten postponed the trial of the two brokers until April.")
    assert times["April"] == "2027-04"


def test_a_past_state_that_lasted_until_an_autumn_month_stays_this_year(facts_of) -> None:  # type: ignore[no-untyped-def]
    times = _times(facts_of, "The footbridge stayed open until October, when the river rose over its deck.")
    assert times["October"] == "2026-10"


def test_a_weekday_after_until_with_a_past_verb_still_looks_back(facts_of) -> None:  # type: ignore[no-untyped-def]
    times = _times(facts_of, "Police questioned the skipper until Tuesday and then let him go.")
    assert times["Tuesday"] == "2026-12-08"


def test_a_sentence_that_is_to_be_handed_down_in_a_named_month_lies_ahead(facts_of) -> None:  # type: ignore[no-untyped-def]
    times = _times(facts_of, "The former harbour master is to be sentenced in February, prosecutors said.")
    assert times["February"] == "2027-02"
