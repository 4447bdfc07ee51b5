"""How names become lookup keys: hyphens fold like spaces, and a subdivision is also found without
the word that says what kind of subdivision it is."""

from worker.core.extract.places.gazetteer import fold, gazetteer
from worker.core.extract.places.localised import canonical


def test_hyphens_and_spaces_fold_alike() -> None:
    assert fold("Hô Chi Minh-Ville") == fold("Hô-Chi-Minh-Ville") == fold("Hô Chi Minh Ville")
    assert canonical("Hô Chi Minh-Ville", "fr") == "Ho Chi Minh City"


def test_a_province_is_found_without_its_kind_word() -> None:
    # ISO 3166-2 writes 'Yunnan Sheng'; 'Sheng' ends most of China's province names.
    readings = gazetteer().admin1.get("yunnan", [])
    assert [(a.country, a.code) for a in readings] == [("CN", "YN")]


def test_a_word_few_subdivisions_share_is_part_of_their_names() -> None:
    # 'Western Cape', 'Eastern Cape', 'Northern Cape': three of nine provinces, so 'Western' alone
    # is no South African province.
    assert all(a.country != "ZA" for a in gazetteer().admin1.get("western", []))
