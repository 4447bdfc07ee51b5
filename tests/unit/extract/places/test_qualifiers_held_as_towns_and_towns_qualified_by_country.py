"""A dateline qualifier the data holds only as a town names that town's state, and a town
qualified by its country is the clearly larger of two namesakes there (stories invented here)."""

from __future__ import annotations

from typing import Any


def _geo(facts: Any, name: str) -> Any:
    ent = next((e for e in facts.entities if e.name == name), None)
    assert ent is not None, f"{name} not among {[(e.name, e.label) for e in facts.entities]}"
    return ent.geo


def test_a_qualifier_held_only_as_a_town_names_that_town_s_state(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("CORDOBA, Veracruz (AFP) - Sugarcane growers blocked the highway on Monday, demanding "
                     "higher prices from the mills, their union said.")
    geo = _geo(facts, "Cordoba")
    assert geo is not None and geo.country == "MX" and geo.admin1_code == "MX.30"


def test_a_town_qualified_by_its_country_is_the_larger_namesake_there(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("HALLE, Belgium (AFP) - Trains between Brussels and the south will not stop at the "
                     "station for six weeks from Monday, the rail operator said.")
    geo = _geo(facts, "Halle")
    assert geo is not None and geo.country == "BE" and geo.geonameid == 2796696
