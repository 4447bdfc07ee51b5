"""A dateline town's namesake set apart in words ('Lima in Peru', 'the Spanish city of Cordoba',
'Kingston, the capital of Jamaica') is a place of its own where the words put it; a state's name
qualified by another state ('WASHINGTON, Ga.') is the town there; a country a
namesake is placed in stays a country; a lake beside a namesake abroad is not the dateline's
(stories invented here)."""

from __future__ import annotations

from typing import Any

from worker.core.summary import summarize

LIMA_OH, LIMA_PE = 5160783, 3936456
CORDOBA_AR, CORDOBA_ES = 3860259, 2519240
KINGSTON_ON, KINGSTON_JM = 5992500, 3489854


def _ids(facts: Any, name: str) -> list[int]:
    return sorted(p["geonameid"] for p in summarize(facts)["places"] if p["name"] == name and p.get("geonameid"))


def test_a_namesake_placed_in_a_country_by_in_is_a_place_of_its_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LIMA, Ohio (AP) — Lima will rebuild the bandstand in its town square next summer, the "
                     "mayor said Monday. Settlers named the town in 1831 after Lima in Peru. Lima expects the "
                     "square to reopen in August.")
    assert _ids(facts, "Lima") == sorted([LIMA_OH, LIMA_PE])


def test_a_namesake_named_as_the_demonyms_city_of_is_in_that_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("CORDOBA, Argentina (AFP) - Cordoba will open a new tram line in March, the city said on "
                     "Monday. The line copies one built in the Spanish city of Cordoba a decade ago, engineers said.")
    assert _ids(facts, "Cordoba") == sorted([CORDOBA_AR, CORDOBA_ES])


def test_a_namesake_called_the_capital_of_a_country_is_that_capital(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KINGSTON, Ontario (CP) - Kingston will widen its harbour path this spring, the council "
                     "said Monday. Tourists still confuse the city with Kingston, the capital of Jamaica, the "
                     "tourism office said.")
    assert _ids(facts, "Kingston") == sorted([KINGSTON_ON, KINGSTON_JM])


def test_a_month_after_in_qualifies_nothing(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LIMA, Ohio (AP) — Lima will rebuild the bandstand in its town square, the mayor said. "
                     "Work in Lima in January will close two streets.")
    assert _ids(facts, "Lima") == [LIMA_OH]


def test_the_country_a_namesake_is_placed_in_stays_a_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LIMA, Ohio (AP) — Lima will rebuild its bandstand, the mayor said Monday. Settlers named "
                     "the town after Lima in Peru, the old colonial capital, in 1831.")
    (peru,) = [p for p in summarize(facts)["places"] if p["name"] == "Peru"]
    assert (peru["country"], peru["feature"]) == ("PE", "country")


def test_a_lake_beside_a_namesake_abroad_is_not_the_datelines(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("TOLEDO, Spain (AFP) - Toledo will clean the river below its walls, the regional "
                     "government said on Monday. The city gave its name to Toledo in Ohio, an industrial city on "
                     "Lake Erie.")
    lakes = [p for p in summarize(facts)["places"] if p["name"] == "Lake Erie"]
    assert all(p.get("country") != "ES" for p in lakes)


def test_a_state_name_qualified_by_another_state_is_the_town_there(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("WASHINGTON, Ga. (AP) — Washington will repave the streets around its courthouse square "
                     "next year, city officials said Monday.")
    assert _ids(facts, "Washington") == [4229546]


def test_a_bay_told_before_a_namesake_abroad_stays_at_home(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("CAMDEN, Maine (AP) — Camden will rebuild its harbor wall this spring, the town said Monday. "
                     "The town on Penobscot Bay was named by a settler from Camden, England.")
    bays = [p for p in summarize(facts)["places"] if p["name"] == "Penobscot Bay"]
    assert all(p.get("country") == "US" for p in bays)
