"""Which side of the publication day a weekday falls, read from clauses the tense misses."""

from datetime import datetime, timezone

from worker.core.extract.time.resolve import normalise

WEDNESDAY = datetime(2025, 10, 15, 12, tzinfo=timezone.utc)


def _values(facts_of, body: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {t.text: t.value for t in facts_of(body, published_at=WEDNESDAY).time_expressions}


def test_a_bare_verb_conjoined_to_a_future_shares_its_future(facts_of) -> None:  # type: ignore[no-untyped-def]
    values = _values(facts_of, "The envoy will tour the harbour on Thursday and open a new ferry terminal on Monday.")
    assert values["Monday"] == "2025-10-20"


def test_a_passive_expectation_looks_ahead(facts_of) -> None:  # type: ignore[no-untyped-def]
    values = _values(facts_of, "Inspectors were expected at the dam by Saturday, the ministry said.")
    assert values["Saturday"] == "2025-10-18"


def test_a_hoped_for_reopening_looks_ahead(facts_of) -> None:  # type: ignore[no-untyped-def]
    values = _values(facts_of, "The museum said it hoped to reopen its east wing on Monday morning.")
    assert values["Monday morning"] == "2025-10-20"


def test_a_meeting_called_for_a_weekday_lies_ahead(facts_of) -> None:  # type: ignore[no-untyped-def]
    values = _values(facts_of, "The dockers' union rejected the offer and called a ballot of members for Friday.")
    assert values["Friday"] == "2025-10-17"


def test_a_participle_takes_the_time_of_the_clause_it_hangs_off(facts_of) -> None:  # type: ignore[no-untyped-def]
    values = _values(facts_of, "Four rounds remain in the chess final, including a rapid game in Oslo on Sunday.")
    assert values["Sunday"] == "2025-10-19"


def test_set_alight_is_not_a_schedule(facts_of) -> None:  # type: ignore[no-untyped-def]
    values = _values(facts_of, "A lorry was set alight on Monday outside the depot.")
    assert values["Monday"] == "2025-10-13"


def test_a_decade_and_two_more_weeks_are_durations_but_a_day_stays_a_rate() -> None:
    ref = WEDNESDAY.date()
    assert normalise("a decade", ref).value == "P10Y"  # type: ignore[union-attr]
    assert normalise("two more weeks", ref).value == "P2W"  # type: ignore[union-attr]
    assert normalise("a day", ref) is None


def test_race_gaps_and_match_clocks_are_not_time_expressions(facts_of) -> None:  # type: ignore[no-untyped-def]
    values = _values(facts_of, "Okafor crossed the line 2 minutes 10 seconds behind and now trails the leader "
                               "by 44 seconds; a late penalty came eight minutes from time on Tuesday.")
    assert not any("second" in text or "minute" in text for text in values)
    assert values["Tuesday"] == "2025-10-14"


def test_a_stretch_of_hours_is_still_a_duration(facts_of) -> None:  # type: ignore[no-untyped-def]
    values = _values(facts_of, "Rescuers searched the ravine for six hours before the rain stopped.")
    assert values["six hours"] == "PT6H"


def test_a_weekday_declared_a_day_of_mourning_lies_ahead(facts_of) -> None:  # type: ignore[no-untyped-def]
    values = _values(facts_of, "The regional governor declared Friday a day of mourning for the miners.")
    assert values["Friday"] == "2025-10-17"


def test_a_weekday_on_which_something_was_declared_stays_behind(facts_of) -> None:  # type: ignore[no-untyped-def]
    values = _values(facts_of, "The regional governor declared Monday that the mine would stay shut.")
    assert values["Monday"] == "2025-10-13"
