"""A town the model labelled a product or a date is a place when a preposition of place governs it
or a place is joined to it; a weekday after 'near' is no town (stories invented here)."""

import pytest

from worker.core.extract.entities.missed_places import stray_places


def _places(facts):  # type: ignore[no-untyped-def]
    return {e.name for e in facts.entities if e.label in ("GPE", "LOC")}


def test_a_town_near_which_farms_flooded_is_a_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("CORDOBA, Spain (AP) - A helicopter flew over flooded farms near Ecija on Sunday.")
    assert "Ecija" in _places(facts)


def test_a_town_a_settlement_lies_near_is_a_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KAMPALA, Uganda (AP) - New arrivals will be moved to a settlement near Mbarara, "
                     "a drive of about six hours.")
    assert "Mbarara" in _places(facts)


@pytest.mark.parametrize("text", ["The talks ended near Monday.", "They met on Monday in the hall."])
def test_calendar_words_are_never_stray_towns(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert stray_places(doc, []) == []
