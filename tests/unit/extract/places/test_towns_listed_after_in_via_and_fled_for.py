"""A town in a list of places after 'in', a town reached 'via' and a town people 'fled ... for'
are places, whatever the model tagged them and whatever title the role rules hung on them
(stories invented here)."""

from worker.core.summary import summarize


def _places(facts):  # type: ignore[no-untyped-def]
    return {p["name"]: p.get("country") for p in summarize(facts)["places"]}


def _persons(facts):  # type: ignore[no-untyped-def]
    return {p["name"] for p in summarize(facts)["persons"]}


def test_towns_in_a_list_after_in_and_via_are_czech_towns(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("PREROV, Czech Republic (AP) — Two trains collided near Prerov on Monday, killing two people. "
                     "Eleven of the injured had been flown by helicopter to hospitals in Olomouc and Hradec "
                     "Kralove, a spokeswoman for the Olomouc regional rescue service said. Long-distance trains "
                     "were being diverted via Havlickuv Brod, adding an hour to journeys.")
    places = _places(facts)
    assert places.get("Hradec Kralove") == "CZ" and places.get("Havlickuv Brod") == "CZ"
    assert not {"Hradec Kralove", "Havlickuv Brod"} & _persons(facts)


def test_a_town_people_fled_for_is_a_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BENI, Congo (Reuters) - About 2,500 people fled Mangusu and nearby villages for Komanda "
                     "after the attack, the U.N. refugee agency said.")
    assert "Komanda" in _places(facts) and "Komanda" not in _persons(facts)
