"""A village whose country a demonym earlier in the sentence does not give, a town a demonym the
package lacks does give, and a range written as a plural (stories invented here)."""

from __future__ import annotations

from typing import Any


def _geo(facts: Any, name: str) -> Any:
    ent = next((e for e in facts.entities if e.name == name), None)
    assert ent is not None, f"{name} not among {[e.name for e in facts.entities]}"
    return ent.geo


def test_the_village_of_a_town_after_a_foreign_border_is_the_dateline_country_s_town(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GABORONE (AFP) - The new fence runs between Shakawe on the Namibian border and the "
                     "village of Gumare, the agriculture ministry said.")
    geo = _geo(facts, "Gumare")
    assert geo is not None and geo.geonameid == 11205277   # Gumare, Botswana: a town, not the country


def test_the_argentine_city_of_a_town_is_in_argentina(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("PAYSANDU, Uruguay (Reuters) - Engineers from the Argentine city of Gualeguaychu will "
                     "inspect the bridge next week.")
    geo = _geo(facts, "Gualeguaychu")
    assert geo is not None and geo.country == "AR" and geo.feature == "city"


def test_a_range_written_as_a_plural_after_the_is_no_town(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MENDOZA, Argentina (AFP) - Hail from storms over the Andes shredded vineyards near "
                     "San Rafael on Sunday, growers said. Chile has offered to lend nets.")
    ent = next((e for e in facts.entities if e.name == "Andes"), None)
    assert ent is None or ent.geo is None or ent.geo.feature != "city"


def test_a_name_the_model_took_for_a_person_before_a_comma_and_a_state_is_that_state_s_town(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ST. STEPHEN, New Brunswick (CP) - The old mill faces Calais, Maine, across the river. "
                     "Premier Susan Holt met Janet Mills, Maine's governor, on Friday.")
    geo = _geo(facts, "Calais")
    assert geo is not None and geo.geonameid == 4959834   # Calais, Maine, not the French port
    assert "Janet Mills" in [e.name for e in facts.entities if e.label == "PERSON"]
