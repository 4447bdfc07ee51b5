"""What decides between namesakes when the story says little: the only town of a name, a
qualifier that is both a country and a US state, the states and provinces a story names, a
capital abroad against a village at home, a city-state's city."""

import pytest

from worker.core.extract.places.gazetteer import Gazetteer, gazetteer
from worker.core.extract.places.resolve import StoryPlaces, resolve


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return gazetteer()


def test_a_dateline_read_alone_is_the_only_town_of_its_name(gz: Gazetteer) -> None:
    # 'AJACCIO' with nothing else known: one town in the data carries the name, a city of 50,000+.
    place = resolve(gz, "Ajaccio", StoryPlaces())
    assert place is not None and (place.country, place.geonameid) == ("FR", 3038334)


def test_the_only_town_of_a_name_is_no_reading_once_the_story_is_elsewhere(gz: Gazetteer) -> None:
    # A story placed in Kenya that names 'Ajaccio' gives no reason for Corsica below 100,000 people.
    assert resolve(gz, "Ajaccio", StoryPlaces(dateline_country="KE", countries={"KE"})) is None


def test_a_small_town_of_the_story_country_is_in_the_data(gz: Gazetteer) -> None:
    place = resolve(gz, "Sartène", StoryPlaces(dateline_country="FR"))
    assert place is not None and (place.country, place.geonameid) == ("FR", 2975931)


def test_a_qualifier_that_names_a_country_and_a_us_state_is_read_where_the_town_is(gz: Gazetteer) -> None:
    macon = resolve(gz, "Macon", StoryPlaces(), qualifier="Georgia")
    assert macon is not None and (macon.country, macon.admin1_code) == ("US", "US.GA")
    batumi = resolve(gz, "Batumi", StoryPlaces(), qualifier="Georgia")
    assert batumi is not None and batumi.country == "GE"


def test_a_state_the_story_names_decides_between_its_towns(gz: Gazetteer) -> None:
    # Savannah dateline (Georgia) and South Carolina named: Charleston, SC, not West Virginia's.
    story = StoryPlaces(dateline_country="US", dateline_admin1="GA", us_states={"GA", "SC"},
                        areas={("US", "GA"), ("US", "SC")})
    place = resolve(gz, "Charleston", story)
    assert place is not None and place.admin1_code == "US.SC"
    assert resolve(gz, "Charleston", StoryPlaces(dateline_country="US", dateline_admin1="GA")) is None


def test_a_province_the_story_names_places_a_bare_dateline(gz: Gazetteer) -> None:
    # 'VICTORIA (CP)' in a story naming British Columbia (and Seattle across the border).
    story = StoryPlaces(countries={"CA", "US"}, us_states={"WA"}, areas={("CA", "02"), ("US", "WA")})
    place = resolve(gz, "Victoria", story)
    assert place is not None and (place.country, place.geonameid) == ("CA", 6174041)


def test_a_state_called_a_state_beats_the_large_city_of_its_name(gz: Gazetteer) -> None:
    story = StoryPlaces(countries={"US", "CA"}, us_states={"WA"})
    state = resolve(gz, "Washington", story, subdivision=True)
    assert state is not None and (state.feature, state.admin1_code) == ("admin1", "US.WA")
    city = resolve(gz, "Washington", story)
    assert city is not None and city.feature == "city"


def test_a_capital_abroad_beats_a_village_of_its_name_at_home(gz: Gazetteer) -> None:
    brussels = resolve(gz, "Brussels", StoryPlaces(dateline_country="US", dateline_admin1="DC", countries={"US"}))
    assert brussels is not None and (brussels.country, brussels.geonameid) == ("BE", 2800866)
    # ... but not the town the dateline's own state holds ('Paris' under a Texas dateline).
    paris = resolve(gz, "Paris", StoryPlaces(dateline_country="US", dateline_admin1="TX"))
    assert paris is not None and paris.admin1_code == "US.TX"


def test_a_city_states_city_is_read_as_its_country(gz: Gazetteer) -> None:
    # GeoNames lists 'Singapour' among the city's other spellings; the country's name is the country.
    place = resolve(gz, "Singapour", StoryPlaces(countries={"SG", "VN"}))
    assert place is not None and (place.feature, place.geonameid) == ("country", 1880251)
