"""A dateline town and its famous namesake qualified later are two places; a capital speaking for its
government is a place however the model tags it; a constituent country abroad outranks a village
of the story's own country (stories invented here)."""

from __future__ import annotations

from typing import Any

from worker.core.extract.places.gazetteer import gazetteer
from worker.core.extract.places.resolve import StoryPlaces, resolve
from worker.core.summary import summarize

DOVER_DE, DOVER_GB = 4142290, 2651048


def _places(facts: Any, name: str) -> list[Any]:
    return [e.geo for e in facts.entities if e.name == name and e.label in ("GPE", "LOC")]


def test_a_namesake_qualified_apart_from_the_dateline_town_is_a_place_of_its_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DOVER, Del. (AP) — Dover will restore its old harbor lighthouse this spring, city officials "
                     "said Monday. The founders named the town after Dover, England, where many of them had sailed "
                     "from. Dover expects the work to bring more visitors in summer.")
    ids = sorted(g.geonameid for g in _places(facts, "Dover") if g is not None)
    assert ids == sorted([DOVER_DE, DOVER_GB])
    listed = [p for p in summarize(facts)["places"] if p["name"] == "Dover"]
    assert sorted(p["geonameid"] for p in listed) == sorted([DOVER_DE, DOVER_GB])


def test_the_unqualified_mentions_stay_with_the_dateline_town(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DOVER, Del. (AP) — Dover will restore its old harbor lighthouse, city officials said Monday. "
                     "Its founders named it after Dover, England. Dover expects more visitors in summer.")
    home = next(e for e in facts.entities if e.name == "Dover" and e.geo is not None and e.geo.geonameid == DOVER_DE)
    abroad = next(e for e in facts.entities if e.name == "Dover" and e.geo is not None and e.geo.geonameid == DOVER_GB)
    assert (len(home.mentions), len(abroad.mentions)) == (3, 1)
    assert home.entity_id != abroad.entity_id


def test_a_full_stop_after_a_qualifier_ends_it_but_an_abbreviation_keeps_its_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("WINNIPEG, Manitoba (CP) — The choir will tour Aberdeen, Scotland. It leaves in May, its "
                     "director said.")
    (geo,) = _places(facts, "Aberdeen")
    assert geo is not None and (geo.country, geo.geonameid) == ("GB", 2657832)


def test_a_country_a_body_is_named_for_is_not_that_bodys_short_form(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("APIA (AFP) - Samoa will build a seawall along the capital's harbour front, the government said "
                     "on Tuesday. The National University of Samoa said it would study the currents. Samoa has "
                     "asked donors for help.")
    samoa = next(e for e in facts.entities if e.name == "Samoa")
    assert samoa.label == "GPE" and samoa.geo is not None and samoa.geo.country == "WS"
    body = next(e for e in facts.entities if e.name == "National University of Samoa")
    assert "Samoa" not in body.aliases


def test_a_capital_of_two_words_read_as_a_person_speaks_for_its_government_as_a_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("RAFAELA, Argentina (Reuters) - Farmers cheered on Monday after Buenos Aires approved a credit "
                     "line for the dairy, the cooperative said.")
    (geo,) = _places(facts, "Buenos Aires")
    assert geo is not None and geo.country == "AR"


def test_a_capital_the_model_left_untagged_at_a_sentence_start_is_recalled(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("RAFAELA, Argentina (Reuters) - A dairy cooperative will build a drying plant. Asuncion has "
                     "also courted the growers, offering land near the river, the cooperative said.")
    (geo,) = [e.geo for e in facts.entities if e.name in ("Asuncion", "Asunción")]
    assert geo is not None and geo.country == "PY"


def test_a_constituent_country_qualifying_a_town_outranks_a_village_of_the_storys_country() -> None:
    place = resolve(gazetteer(), "England", StoryPlaces(dateline_country="CA", countries={"CA", "US"}), subdivision=True)
    assert place is not None and (place.country, place.feature) == ("GB", "admin1")


def test_a_small_town_of_the_storys_country_outranks_a_province_abroad_named_alone() -> None:
    place = resolve(gazetteer(), "England", StoryPlaces(dateline_country="US", countries={"US"}))
    assert place is not None and (place.country, place.feature) == ("US", "city")


def test_a_large_town_of_the_storys_country_still_outranks_a_province_abroad() -> None:
    place = resolve(gazetteer(), "Aberdeen", StoryPlaces(dateline_country="GB", countries={"GB"}))
    assert place is not None and (place.country, place.feature) == ("GB", "city")
