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


def test_a_demonym_territories_share_is_the_most_populous_country(gz: Gazetteer) -> None:
    # The package files 'American' under the Northern Mariana Islands too, 'Indian' under the
    # British Indian Ocean Territory, 'Dominican' under Dominica.
    assert [country_of(gz, d) for d in ("American", "Indian", "Dominican", "Congolese")] == ["US", "IN", "DO", "CD"]


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


def test_congo_alone_is_the_larger_congo_unless_the_story_is_in_the_other(gz: Gazetteer) -> None:
    # 'Congo' ends both countries' names and is neither's own: population decides with no story,
    # a Brazzaville dateline decides for the Republic of the Congo.
    bare = resolve(gz, "Congo", StoryPlaces(dateline_country="KE", countries={"KE"}))
    assert bare is not None and (bare.country, bare.feature) == ("CD", "country")
    brazzaville = resolve(gz, "Congo", StoryPlaces(dateline_country="CG"))
    assert brazzaville is not None and brazzaville.country == "CG"
    assert country_of(gz, "Republic of the Congo") == "CG"


def test_an_ap_state_abbreviation_is_the_state_and_settles_the_town_before_it(gz: Gazetteer) -> None:
    state = resolve(gz, "Tenn.", StoryPlaces())
    assert state is not None and (state.name, state.feature, state.admin1_code) == ("Tennessee", "admin1", "US.TN")
    town = resolve(gz, "Cambridge", StoryPlaces(), qualifier="Mass.")
    assert town is not None and (town.country, town.admin1_code, town.basis) == ("US", "US.MA", "qualifier")
    # Without its full stop the abbreviation is a word, not a state.
    assert resolve(gz, "Wash", StoryPlaces()) is None


def test_a_town_by_its_own_name_beats_a_neighbour_that_lists_the_name_as_another_spelling(gz: Gazetteer) -> None:
    place = resolve(gz, "Cambridge", StoryPlaces(dateline_country="US", us_states={"MA"}), qualifier="Massachusetts")
    assert place is not None and place.name == "Cambridge"


def test_a_state_name_that_is_only_another_spelling_of_a_city_stays_the_state(gz: Gazetteer) -> None:
    # 'Oklahoma' is among Oklahoma City's other spellings; the bare name in wire copy is the state.
    okla = resolve(gz, "Oklahoma", StoryPlaces(dateline_country="US", us_states={"TX"}))
    assert okla is not None and (okla.feature, okla.admin1_code) == ("admin1", "US.OK")
    # New York City is large enough that its other name still means the city.
    new_york = resolve(gz, "New York", StoryPlaces(dateline_country="US"))
    assert new_york is not None and new_york.feature == "city"


def test_a_name_called_a_province_in_the_text_is_the_province_not_a_town(gz: Gazetteer) -> None:
    story = StoryPlaces(dateline_country="PH", countries={"PH"})
    province = resolve(gz, "Isabela", story, subdivision=True)
    assert province is not None and (province.feature, province.country) == ("admin1", "PH")
    written = resolve(gz, "Isabela Province", story)
    assert written is not None and written.feature == "admin1"


def test_a_name_two_towns_share_with_nothing_between_them_is_the_province_of_that_name(gz: Gazetteer) -> None:
    # Two Philippine towns are called Rizal and neither dwarfs the other; one province is.
    place = resolve(gz, "Rizal", StoryPlaces(dateline_country="PH", countries={"PH"}))
    assert place is not None and (place.feature, place.country) == ("admin1", "PH")
    # One town of the name is the town, even where a province shares it.
    lodi = resolve(gz, "Lodi", StoryPlaces(dateline_country="IT"))
    assert lodi is not None and lodi.feature == "city"


def test_a_county_is_not_the_town_it_is_named_after(gz: Gazetteer) -> None:
    # A Texas story's 'Lamar County' must not become a town called Lamar in another state; the
    # gazetteer has no counties, so it stays unresolved. 'Adana Province' is still the province.
    assert resolve(gz, "Lamar County", StoryPlaces(dateline_country="US", us_states={"TX"})) is None
    adana = resolve(gz, "Adana Province", StoryPlaces(dateline_country="TR", countries={"TR"}))
    assert adana is not None and (adana.feature, adana.country) == ("admin1", "TR")
