"""Place names to GeoNames readings, decided by what the story says, else left unresolved."""

import pytest

from worker.core.extract.places.gazetteer import Gazetteer, gazetteer
from worker.core.extract.places.resolve import StoryPlaces, country_of, resolve


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return gazetteer()


def test_georgia_is_the_country_in_a_story_from_the_caucasus(gz: Gazetteer) -> None:
    place = resolve(gz, "Georgia", StoryPlaces(dateline_country="GE", countries={"GE", "AM"}))
    assert place is not None and (place.feature, place.country) == ("country", "GE")


def test_georgia_is_the_us_state_in_a_story_from_atlanta(gz: Gazetteer) -> None:
    place = resolve(gz, "Georgia", StoryPlaces(dateline_country="US", us_states={"GA"}))
    assert place is not None and (place.feature, place.country, place.admin1_code) == ("admin1", "US", "US.GA")


def test_a_qualifier_beside_the_name_decides_between_namesakes(gz: Gazetteer) -> None:
    texas = resolve(gz, "Paris", StoryPlaces(dateline_country="FR"), qualifier="Texas")
    assert texas is not None and (texas.country, texas.admin1_code, texas.basis) == ("US", "US.TX", "qualifier")
    plain = resolve(gz, "Paris", StoryPlaces())
    assert plain is not None and plain.country == "FR"


def test_the_dateline_country_picks_the_local_town(gz: Gazetteer) -> None:
    lodi = resolve(gz, "Lodi", StoryPlaces(dateline_country="IT"))
    assert lodi is not None and (lodi.country, lodi.basis) == ("IT", "dateline")


def test_a_name_the_data_cannot_place_stays_unresolved(gz: Gazetteer) -> None:
    assert resolve(gz, "Kelvingrove Flats", StoryPlaces(dateline_country="GB")) is None


def test_an_alternate_spelling_alone_never_moves_a_place_abroad(gz: Gazetteer) -> None:
    # 'Samar' is an island and a province in the Philippines, and also listed among Samara's other
    # spellings: read in a Philippine story it is the province, never the Russian city.
    place = resolve(gz, "Samar", StoryPlaces(dateline_country="PH", countries={"PH"}))
    assert place is not None and (place.country, place.feature, place.name) == ("PH", "admin1", "Samar")


def test_a_continent_is_a_region_with_its_geonames_id(gz: Gazetteer) -> None:
    place = resolve(gz, "Africa", StoryPlaces())
    assert place is not None and place.feature == "region" and place.geonameid


def test_demonyms_and_country_names_give_the_iso_code(gz: Gazetteer) -> None:
    assert country_of(gz, "Kenyan") == "KE"
    assert country_of(gz, "the Philippines") == "PH"
    assert country_of(gz, "Ruritania") is None


def test_country_readings_carry_fips_as_gdelt_codes_them(gz: Gazetteer) -> None:
    place = resolve(gz, "Germany", StoryPlaces())
    assert place is not None and (place.country, place.country_fips) == ("DE", "GM")


def test_a_province_under_a_region_resolves_in_a_story_of_its_country(gz: Gazetteer) -> None:
    place = resolve(gz, "Benguet", StoryPlaces(countries={"PH"}))
    assert place is not None and (place.country, place.feature) == ("PH", "admin1")


def test_a_country_written_without_its_article_is_the_country() -> None:
    from worker.core.extract.places.gazetteer import gazetteer
    from worker.core.extract.places.resolve import country_of

    assert country_of(gazetteer(), "Democratic Republic of Congo") == "CD"
