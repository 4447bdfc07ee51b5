"""Namesakes read by the story: the one where the story's other towns lie, a city of the world over
small towns of its name nothing tells apart, a village at home over a capital abroad barely larger,
and a county that is not its state (stories invented here)."""

from __future__ import annotations

from typing import Any

from worker.core.models.entities import Entity


def _geo(facts: Any, name: str) -> Any:
    ent: Entity = next(e for e in facts.entities if e.name == name)
    return ent.geo


def test_a_dateline_namesake_is_the_one_among_the_story_towns(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("WARWICK, Australia (AFP) - Growers around this farming town said on Monday the drought "
                     "had cut their crops by half. Buyers in Toowoomba and Stanthorpe said prices had risen.")
    geo = _geo(facts, "Warwick")
    assert geo is not None and (geo.country, geo.admin1_code) == ("AU", "AU.04")


def test_a_world_city_beats_small_namesakes_in_a_country_the_story_names(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GENEVA, Oct 3 (Reuters) - Donors pledged $900 million for Sudan at a conference in Geneva "
                     "on Tuesday. The United States pledged the most, followed by Germany.")
    geo = _geo(facts, "Geneva")
    assert geo is not None and geo.country == "CH"


def test_a_village_at_home_beats_a_capital_abroad_hardly_larger(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ROSEAU, Dominica (AP) — The storm flooded homes in Marigot on the east coast of Dominica "
                     "on Tuesday, officials said.")
    geo = _geo(facts, "Marigot")
    assert geo is not None and geo.country == "DM"


def test_a_county_is_not_the_state_it_shares_a_name_with(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ONEONTA, N.Y. (AP) — Dairy farms in Delaware County lost power for two days after the storm, "
                     "the utility said.")
    geo = _geo(facts, "Delaware County")
    assert geo is None or geo.feature != "admin1"


def test_a_village_the_data_lacks_in_a_one_country_story_is_placed_at_country_level(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ALBA, Italy (AFP) - Hail flattened vines around Barbaresco and Zzanotelli on Tuesday, growers "
                     "in Piedmont said.")
    geo = _geo(facts, "Zzanotelli")
    assert geo is not None and (geo.country, geo.feature) == ("IT", "country")


def test_a_village_the_data_lacks_in_a_story_of_two_countries_stays_unresolved(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ALBA, Italy (AFP) - Hail flattened vines around Barbaresco and Zzanotelli on Tuesday, growers "
                     "said, and buyers in France raised their prices.")
    ent = next((e for e in facts.entities if e.name == "Zzanotelli"), None)
    assert ent is None or ent.geo is None
