"""Where and whether a gathering happens, from the verb that holds it: 'held talks in X', 'the
summit opens in Y', 'talks are due to open', 'negotiations are set to begin' (sentences invented here)."""

from datetime import datetime, timezone

MON = datetime(2026, 3, 2, 15, tzinfo=timezone.utc)   # a Monday


def _meetings(facts):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == "meeting"]


def test_talks_held_in_a_city_take_place_there_not_at_the_dateline(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LONDON (AP) — The two foreign ministers held talks in Tbilisi on Sunday.", published_at=MON)
    [m] = _meetings(facts)
    assert (m.place, m.status) == ("Tbilisi", "held")


def test_a_summit_that_will_open_in_a_city_is_planned_there(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("PARIS (AFP) - A summit of Sahel leaders will open in Dakar on Thursday.", published_at=MON)
    [m] = _meetings(facts)
    assert (m.place, m.status) == ("Dakar", "planned")


def test_talks_due_to_open_are_planned_not_held(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GENEVA (Reuters) - Peace talks between Serbia and Kosovo are due to open in Brussels "
                     "next month, diplomats said.", published_at=MON)
    [m] = _meetings(facts)
    assert m.status == "planned" and m.place == "Brussels"


def test_negotiations_set_to_begin_are_planned(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Negotiations between the union and the port operator are set to begin on Friday "
                     "in Rotterdam.", published_at=MON)
    assert [m.status for m in _meetings(facts)] == ["planned"]
