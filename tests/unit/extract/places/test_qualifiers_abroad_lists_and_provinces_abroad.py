"""A qualifier abroad outranks a US state of the same name, names in a list with places are
places, and a province or constituent country abroad the data holds once is that province
(stories invented here)."""

from __future__ import annotations

from typing import Any


def _geo(facts: Any, name: str) -> Any:
    ent = next((e for e in facts.entities if e.name == name), None)
    assert ent is not None, f"{name} not among {[(e.name, e.label) for e in facts.entities]}"
    return ent.geo


def test_a_qualifier_abroad_outranks_a_us_state_of_the_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("FLORIDA, Uruguay (Reuters) - Dairy farmers around the city sold cows for meat on "
                     "Tuesday as the drought dried up their pastures.")
    geo = _geo(facts, "Florida")
    assert geo is not None and geo.country == "UY" and geo.feature == "city"


def test_small_towns_in_a_list_with_a_tagged_place_are_places(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DES MOINES, Iowa (AP) — Cycling clubs in Boone, Perry, Ogden and Ames asked the state "
                     "on Monday to extend the trail.")
    for name in ("Perry", "Ogden"):
        geo = _geo(facts, name)
        assert geo is not None and (geo.country, geo.admin1_code) == ("US", "US.IA")


def test_a_constituent_country_abroad_is_placed_in_its_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DURBAN, South Africa (AFP) - The resort, named after a seaside town in Kent, England, "
                     "expects fewer visitors this month.")
    geo = _geo(facts, "England")
    assert geo is not None and geo.country == "GB" and geo.feature == "admin1"


def test_a_list_of_towns_tagged_as_one_name_is_its_members(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MARGATE, South Africa (AFP) - Tests found high levels of E. coli at Margate, Ramsgate, "
                     "Uvongo and Southbroom, and at two beaches near Port Shepstone, the municipality said.")
    assert not [e.name for e in facts.entities if "," in e.name]
    geo = _geo(facts, "Southbroom")
    assert geo is not None and geo.country == "ZA"


def test_a_sea_the_data_lacks_is_put_in_no_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ALMERIA, Spain (Reuters) - Fishing boats stayed in port on Monday as a storm crossed the "
                     "Alboran Sea towards the coast, the regional government said.")
    sea = next((e for e in facts.entities if e.name == "Alboran Sea"), None)
    assert sea is not None and sea.geo is None
