"""A place no reading in the data holds is put in the dateline's country when no other country
named beside it claims it; a town 'nearby' another, one a sentence counts among its towns, and two
towns the model read as one person are places (stories invented here)."""

from __future__ import annotations

from typing import Any


def _geo(facts: Any, name: str) -> Any:
    ent = next((e for e in facts.entities if e.name == name), None)
    assert ent is not None, f"{name} not among {[(e.name, e.label) for e in facts.entities]}"
    return ent.geo


def test_a_place_the_data_lacks_lies_in_the_dateline_s_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("HORSHAM, Victoria (Reuters) - Wheat growers across the Wimmera began harvesting on Monday, "
                     "a week later than usual, after a wet spring, farm groups said. Italy and France also "
                     "reported a late harvest.")
    geo = _geo(facts, "Wimmera")
    # At country level, as GDELT reports a place it cannot pin (type 1), never as a town.
    assert geo is not None and geo.country == "AU" and geo.feature == "country" and geo.basis == "dateline"


def test_a_place_the_data_lacks_beside_another_country_is_left_unplaced(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("HORSHAM, Victoria (Reuters) - Wheat prices rose on Monday. In Germany, the Wimmerland "
                     "cooperative said its barley would be late.")
    ent = next((e for e in facts.entities if e.name == "Wimmerland"), None)
    assert ent is None or ent.geo is None or ent.geo.country != "AU"


def test_a_town_nearby_another_in_a_list_is_a_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BILASPUR, India (Reuters) - Hotels in Bilaspur and nearby Ghumarwin said on Friday they "
                     "were full for the temple festival.")
    geo = _geo(facts, "Ghumarwin")
    assert geo is not None and geo.country == "IN" and geo.geonameid is not None


def test_towns_a_sentence_counts_after_including_are_places(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BISHKEK (AP) — Towns around the lake, including Balykchy and Cholpon-Ata, will face "
                     "shorter power cuts this winter, officials said.")
    for name in ("Balykchy", "Cholpon-Ata"):
        geo = _geo(facts, name)
        assert geo is not None and geo.country == "KG"


def test_two_towns_the_model_read_as_one_person_are_two_places(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GEORGE, South Africa (AFP) - The highway was shut between George and Sedgefield on "
                     "Sunday as the fire spread, officials said.")
    assert all(e.name != "George and Sedgefield" for e in facts.entities)
    geo = _geo(facts, "Sedgefield")
    assert geo is not None and geo.country == "ZA"
