"""A day told after a gathering someone called for is the gathering's, still ahead; so is a day a
forecast names; a call told on a day before its object stays that day; south of the equator
"last winter" in December is that year's winter (stories invented here)."""

from datetime import datetime, timezone

MON = datetime(2026, 3, 9, 18, tzinfo=timezone.utc)   # a Monday


def _value(facts, text):  # type: ignore[no-untyped-def]
    return next(str(t.value) for t in facts.time_expressions if t.text == text)


def test_a_day_after_a_march_called_for_lies_ahead(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The opposition leader called for another march on Thursday.", published_at=MON)
    assert _value(facts, "Thursday") == "2026-03-12"


def test_a_day_a_forecast_names_lies_ahead(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Temperatures are forecast to reach 43 degrees Celsius on Friday, the weather office said.",
                     published_at=MON)
    assert _value(facts, "Friday") == "2026-03-13"


def test_a_call_told_before_its_object_keeps_its_day(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The opposition leader called on Saturday for a march.", published_at=MON)
    assert _value(facts, "Saturday") == "2026-03-07"


def test_the_scorer_takes_a_decade_with_or_without_its_placeholder_as_one_value() -> None:
    from worker.core.matching import same_time_value

    assert same_time_value("199X", "199") and same_time_value("18XX", "18")
    assert not same_time_value("199X", "1990") and not same_time_value("199", "198")


def test_last_winter_south_of_the_equator_is_that_years_winter(facts_of) -> None:  # type: ignore[no-untyped-def]
    dec = datetime(2026, 12, 7, 18, tzinfo=timezone.utc)
    south = facts_of("NELSON, New Zealand (AP) — Nelson will rebuild its sea wall after storms last winter, the "
                     "council said Monday.", published_at=dec)
    north = facts_of("NELSON, England (AP) — Nelson will rebuild its mill race after storms last winter, the "
                     "council said Monday.", published_at=dec)
    assert _value(south, "last winter") == "2026-WI" and _value(north, "last winter") == "2025-WI"
