"""A qualifier naming one of a country's subdivisions: the subdivision's own towns first, where the
data's codes agree ('Bangor, Wales' is the Welsh town, not the larger one in Northern Ireland)."""

from worker.core.extract.places.gazetteer import gazetteer
from worker.core.extract.places.resolve import StoryPlaces, resolve


def test_a_nation_of_britain_as_qualifier_picks_its_own_town() -> None:
    place = resolve(gazetteer(), "Bangor", StoryPlaces(), qualifier="Wales")
    assert place is not None and (place.country, place.admin1_code) == ("GB", "GB.WLS")


def test_a_subdivision_s_second_official_name_is_read_too() -> None:
    gz = gazetteer()
    assert [a.country for a in gz.admin1.get("cymru", [])] == ["GB"]
