"""Places the round-twelve copy taught: a town found by its plain-letter spelling, a town beside
one the story recalled, a compass point or 'the canton of' before a name, a country's possessive
on a place the data lacks, a list of countries read as a body, and a province whose name holds a
possessive (stories invented here)."""

from __future__ import annotations

from typing import Any


def _geo(facts: Any, name: str) -> Any:
    ent = next((e for e in facts.entities if e.name == name), None)
    assert ent is not None, f"{name} not among {[e.name for e in facts.entities]}"
    return ent.geo


def test_an_accented_name_finds_the_town_its_plain_spelling_lists(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("IRAPUATO, Mexico (AP) — Stolen fuel has been sold at roadside stands as far away as León "
                     "and Morelia, police in Guanajuato said.")
    geo = _geo(facts, "León")
    assert geo is not None and geo.country == "MX"


def test_a_town_read_as_a_person_beside_a_recalled_town_is_a_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("CONCORDIA, Argentina (AP) — Officials in Paraná said the crest of the river would reach "
                     "Colón and Gualeguaychú early next week.")
    geo = _geo(facts, "Colón")
    assert geo is not None and geo.country == "AR"


def test_a_compass_point_of_a_name_makes_it_a_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BATHURST, New Brunswick (AP) — The wharf lies about 100 kilometers east of Campbellton "
                     "by the coastal road, the fishermen said.")
    geo = _geo(facts, "Campbellton")
    assert geo is not None and geo.country == "CA"


def test_a_country_s_possessive_places_a_name_the_data_lacks(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NAIROBI (AP) — Rangers counted rhinos in Nepal's Sauraha on Saturday and in India's "
                     "Kaziranga on Sunday, officials in Brazil said.")
    geo = _geo(facts, "Sauraha")
    assert geo is not None and (geo.country, geo.feature) == ("NP", "country")


def test_a_list_of_countries_read_as_one_body_is_its_countries(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("WELLINGTON (AP) — About 4,500 seasonal workers, most of them from Vanuatu, Samoa and Tonga, "
                     "are on the farms for the summer.")
    assert {e.name for e in facts.entities if e.label == "ORG"} & {"Vanuatu, Samoa", "Vanuatu"} == set()
    assert _geo(facts, "Vanuatu").country == "VU" and _geo(facts, "Samoa").country == "WS"


def test_a_province_whose_name_holds_a_possessive_is_one_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("WELLINGTON (AP) — About 4,500 seasonal workers are in Hawke's Bay for the summer, and the "
                     "growers in Hawke's Bay said the hail hit hard.")
    geo = _geo(facts, "Hawke's Bay")
    assert geo is not None and (geo.country, geo.feature) == ("NZ", "admin1")
    assert not any(e.label == "PERSON" and e.name == "Hawke" for e in facts.entities)


def test_an_accented_town_of_the_story_s_country_keeps_its_reading(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ABIDJAN, Ivory Coast (AP) — The minister will travel to San-Pédro, the country's main cocoa "
                     "port, on Sunday.")
    geo = _geo(facts, "San-Pédro")
    assert geo is not None and geo.country == "CI"
