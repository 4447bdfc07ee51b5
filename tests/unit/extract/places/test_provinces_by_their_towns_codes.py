"""Provinces and regions outside the US matched to the code the city data gives their towns: a
dateline qualified by a province finds the town in that province, a town names its province, and
a region wire copy calls by its English name ('Bavaria') is found (stories invented here)."""

from __future__ import annotations

from typing import Any

import pytest

from worker.core.extract.places.admin1 import geonames_codes


def _geo(facts: Any, name: str) -> Any:
    ent = next((e for e in facts.entities if e.name == name), None)
    assert ent is not None, f"{name} not among {[e.name for e in facts.entities]}"
    return ent.geo


@pytest.mark.parametrize("province", ["Nova Scotia", "Quebec"])
def test_a_province_in_the_dateline_picks_the_town_in_that_province(facts_of, province: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(f"WINDSOR, {province} (AP) — The town council voted on Tuesday to rebuild the old "
                     "covered bridge before the spring thaw.")
    geo = _geo(facts, "Windsor")
    assert geo is not None and geo.country == "CA" and geo.admin1_name == province


def test_a_town_abroad_carries_the_name_of_its_province(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SUDBURY, Ontario (AP) — Nickel miners walked off the job on Monday after talks on a new "
                     "contract broke down, their union said.")
    geo = _geo(facts, "Sudbury")
    assert geo is not None and geo.admin1_name == "Ontario"


def test_a_region_called_by_its_english_name_is_found_in_its_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MUNICH (AP) — Hail flattened barley fields across Bavaria and Lower Saxony on Sunday, "
                     "farmers' groups said.")
    for name in ("Bavaria", "Lower Saxony"):
        geo = _geo(facts, name)
        assert geo is not None and geo.country == "DE" and geo.feature == "admin1"


def test_a_province_abroad_does_not_lend_its_country_to_a_town_outside_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    # The small French town of Hesse lies in Lorraine, not in Brittany: in a German story the name
    # stays the German state.
    facts = facts_of("BERLIN (AP) — Storms that battered Brittany on Friday reached Hesse overnight, "
                     "toppling trees onto rail lines, the weather service said.")
    geo = _geo(facts, "Hesse")
    assert geo is not None and geo.country == "DE"


def test_a_name_two_codes_share_in_one_country_matches_neither() -> None:
    codes = geonames_codes({("XX", "01"): "Central", ("XX", "02"): "Central", ("XX", "03"): "Northern Hills"})
    assert ("XX", "central") not in codes
    assert codes[("XX", "northern hills")] == "03"


def test_a_province_s_abbreviation_picks_the_town_in_that_province(facts_of) -> None:  # type: ignore[no-untyped-def]
    # Not the larger Waterloo in Ontario.
    facts = facts_of("WATERLOO, Que. (AP) — Dairy farmers east of the town say the new milk plant has kept "
                     "their co-operative afloat for a second winter.")
    geo = _geo(facts, "Waterloo")
    assert geo is not None and geo.country == "CA" and geo.admin1_name == "Quebec"


def test_a_province_carries_the_geonames_code_its_towns_carry(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("HALIFAX (AP) — Snow closed schools across Nova Scotia on Monday, and the town of Truro "
                     "lost power for most of the day, the utility said.")
    province, town = _geo(facts, "Nova Scotia"), _geo(facts, "Truro")
    assert province is not None and province.feature == "admin1"
    assert town is not None and province.admin1_code == town.admin1_code == "CA.07"


def test_names_listed_after_a_town_are_towns_however_the_parser_hangs_them(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("CORK, Ireland (Reuters) - Beds will be freed in private clinics in Dublin, Waterford and "
                     "Kilkenny from next week, the health minister said.")
    for name in ("Waterford", "Kilkenny"):
        geo = _geo(facts, name)
        assert geo is not None and geo.country == "IE"

