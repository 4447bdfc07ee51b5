"""The dateline's own province named in full is the province; a name that qualifies a town is a
province of the story's countries; a world city beats a village of its name in a far state; 'the
Atlantic' is no small town of the name (stories invented here)."""

from __future__ import annotations

from typing import Any


def _geo(facts: Any, name: str) -> Any:
    return next(e.geo for e in facts.entities if e.name == name and e.label in ("GPE", "LOC"))


def test_the_datelines_province_named_in_full_is_the_province(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BELLEVILLE, Ont. (Reuters) - Like many towns in eastern Ontario, Belleville grew on timber "
                     "and cheese, the mayor said.")
    geo = _geo(facts, "Ontario")
    assert geo is not None and (geo.country, geo.feature) == ("CA", "admin1")


def test_a_province_that_qualifies_a_town_abroad_is_the_province(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("TORONTO, Ohio (AP) — The village took its name from Toronto, Ontario, the largest city in "
                     "Canada, after a merchant who had lived there.")
    geo = _geo(facts, "Ontario")
    assert geo is not None and (geo.country, geo.feature) == ("CA", "admin1")


def test_a_world_city_beats_a_village_of_its_name_in_a_far_state(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("STEUBENVILLE, Ohio (AP) — The mill once shipped steel as far as Chicago and Montreal, "
                     "the museum's curator said.")
    geo = _geo(facts, "Montreal")
    assert geo is not None and geo.country == "CA"


def test_the_atlantic_is_no_small_town_of_the_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("VALDOSTA, Ga. (AP) — Most of the crop crosses the Atlantic to buyers in Europe, growers said.")
    geo = _geo(facts, "Atlantic")
    assert geo is None or geo.country is None


def test_a_province_by_its_abbreviation_is_listed_once_by_its_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    from worker.core.summary import summarize
    facts = facts_of("BELLEVILLE, Ont. (Reuters) - Like many towns in eastern Ontario, Belleville grew on timber "
                     "and cheese, the mayor said.")
    names = [p["name"] for p in summarize(facts)["places"]]
    assert names.count("Ontario") == 1 and "Ont." not in names


def test_a_village_the_data_lacks_qualified_by_a_provinces_abbreviation_stays_in_that_province(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KINGSTON, Ont. (Reuters) - The quarry trucks will pass Odessa, Ont., twice an hour, the mayor "
                     "said.")
    geo = _geo(facts, "Odessa")
    assert geo is not None and geo.country == "CA"
