"""A dateline town spelt like a country's other name ('HOLLAND, Mich.') is the town wherever the
story names it; the country it is spelt like stays a place of its own (story invented here)."""

from __future__ import annotations

from typing import Any


def _geo(facts: Any) -> dict[str, Any]:
    return {e.name: e.geo for e in facts.entities if e.label in ("GPE", "LOC")}


def test_the_dateline_town_is_not_merged_into_the_country_it_is_spelt_like(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("HOLLAND, Mich. (AP) — Holland will widen its harbor channel next year, the city council "
                     "said. Engineers from the Netherlands will advise on the dredging, and Holland's mayor called "
                     "the plan overdue.")
    places = _geo(facts)
    assert places["Holland"] is not None and places["Holland"].country == "US"
    assert places["Netherlands"] is not None and places["Netherlands"].country == "NL"


def test_a_country_spelt_its_other_way_in_a_dateline_of_that_country_is_still_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("AMSTERDAM (Reuters) - Holland will cut flower exports, the growers' union said, and the "
                     "Netherlands will pay farmers to fallow land.")
    names = [e.name for e in facts.entities if e.label in ("GPE", "LOC")]
    assert "Holland" not in names and "Netherlands" in names
