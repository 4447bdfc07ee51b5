"""Other spellings of countries read from countryinfo and GeoNames, with the short forms they lack."""

from worker.core.extract.common.country_names import PLACE_CANONICAL
from worker.core.extract.common.lexicon import PLACE_VARIANTS


def test_another_spelling_the_package_holds_names_the_current_country() -> None:
    assert PLACE_CANONICAL["holland"] == "Netherlands"
    assert PLACE_CANONICAL["russian federation"] == "Russia"
    assert PLACE_CANONICAL["republic of korea"] == "South Korea"


def test_a_country_name_maps_to_itself_without_its_article() -> None:
    assert PLACE_CANONICAL["the netherlands"] == PLACE_CANONICAL["netherlands"] == "Netherlands"
    assert PLACE_CANONICAL["eswatini"] == "Eswatini"


def test_bare_iso_codes_that_are_english_words_are_left_out() -> None:
    for word in ("in", "can", "are", "per", "no"):
        assert word not in PLACE_CANONICAL


def test_a_spelling_that_belongs_to_two_countries_is_left_as_written() -> None:
    # "Congo" is one country's other spelling and part of another's name.
    assert "congo" not in PLACE_CANONICAL
    assert PLACE_CANONICAL["drc"] == "Democratic Republic of the Congo"


def test_the_short_and_dotted_forms_come_from_the_variants() -> None:
    assert PLACE_CANONICAL["u.s."] == PLACE_CANONICAL["america"] == "United States"
    assert PLACE_CANONICAL["britain"] == "United Kingdom"
    assert len(PLACE_VARIANTS) < 15 < 300 < len(PLACE_CANONICAL)
