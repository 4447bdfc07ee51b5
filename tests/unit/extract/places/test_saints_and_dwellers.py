"""Towns written with 'St.' for the 'Saint' the data spells out, and names after 'residents of'
(stories invented here)."""

from __future__ import annotations

from typing import Any


def _geo(facts: Any, name: str) -> Any:
    ent = next((e for e in facts.entities if e.name == name), None)
    assert ent is not None, f"{name} not among {[e.name for e in facts.entities]}"
    return ent.geo


def test_a_town_written_with_st_is_the_saint_town_of_the_story_s_state(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("WILLMAR, Minn. (AP) — Farmers drove tractors from St. Cloud to the state Capitol in "
                     "St. Paul on Monday, state police said.")
    cloud, paul = _geo(facts, "St. Cloud"), _geo(facts, "St. Paul")
    assert cloud is not None and cloud.geonameid == 5044407   # Saint Cloud, Minnesota
    assert paul is not None and paul.country == "US" and paul.admin1_code == "US.MN"


def test_names_after_residents_of_are_places_of_the_story_s_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("WESTPORT, New Zealand (AP) — A slip closed the coast road on Monday. Residents of Reefton "
                     "and Hokitika said they feared the road would stay shut for weeks.")
    for town in ("Reefton", "Hokitika"):
        geo = _geo(facts, town)
        assert geo is not None and geo.country == "NZ"
