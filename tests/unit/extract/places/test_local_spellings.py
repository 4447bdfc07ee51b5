"""Towns GeoNames names in another of their country's languages, subdivisions named word first,
and a non-English dateline read from the story before its other-language spelling."""

import pytest

from worker.core.extract.places.gazetteer import Gazetteer, gazetteer
from worker.core.extract.places.language_prior import dateline_place
from worker.core.extract.places.resolve import StoryPlaces, kind_before, named_area, resolve


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return gazetteer()


def test_a_swiss_town_listed_under_its_german_name_is_found_by_its_french_one(gz: Gazetteer) -> None:
    # GeoNames calls Sion 'Sitten' and Martigny 'Martigny-Ville'; a Swiss story writes them in French.
    for name in ("Sion", "Martigny"):
        place = resolve(gz, name, StoryPlaces(countries={"CH"}))
        assert place is not None and (place.country, place.feature, place.basis) == ("CH", "city", "country_in_story")


def test_a_short_code_among_a_towns_spellings_is_not_a_name(gz: Gazetteer) -> None:
    assert all(c.country != "CH" for c in gz.cities.get("sir", []))


def test_a_subdivision_word_before_the_name_names_the_subdivision(gz: Gazetteer) -> None:
    assert kind_before("province du nord-kivu") == "nord-kivu"
    assert kind_before("canton de vaud") == "vaud"
    assert kind_before("canton") is None and kind_before("cantonnier du coin") is None
    vaud = resolve(gz, "canton de Vaud", StoryPlaces(countries={"CH"}))
    assert vaud is not None and (vaud.feature, vaud.country) == ("admin1", "CH")
    area = named_area(gz, "canton de Vaud")
    assert area is not None and area.country == "CH"


def test_a_french_dateline_follows_the_canton_the_story_names_before_any_other_spelling(gz: Gazetteer) -> None:
    valais = named_area(gz, "Valais")
    assert valais is not None
    named = StoryPlaces(countries={"CH"}, areas={(valais.country, valais.code)})
    place = dateline_place(gz, "Sion", named, "fr")
    assert place is not None and place.country == "CH"
    # With nothing said, the large city's own French spelling still answers ('Genève').
    geneva = dateline_place(gz, "Genève", StoryPlaces(), "fr")
    assert geneva is not None and geneva.country == "CH"
