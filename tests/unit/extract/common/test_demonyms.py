"""Demonyms read from countryinfo, with the variants wire copy uses that the package lacks."""

from worker.core.extract.common.demonyms import DEMONYMS
from worker.core.extract.common.lexicon import DEMONYM_VARIANTS


def test_a_demonym_the_package_holds_names_its_country() -> None:
    assert DEMONYMS["ghanaian"] == "Ghana"
    assert DEMONYMS["peruvian"] == "Peru"
    assert DEMONYMS.get("ruritanian") is None


def test_a_shared_demonym_names_the_most_populous_country() -> None:
    assert (DEMONYMS["american"], DEMONYMS["indian"], DEMONYMS["chinese"]) == ("United States", "India", "China")


def test_two_demonyms_in_one_entry_both_name_the_country() -> None:
    assert DEMONYMS["antiguan"] == DEMONYMS["barbudan"]


def test_the_short_forms_wire_copy_prefers_come_from_the_variants() -> None:
    assert DEMONYMS["saudi"] == "Saudi Arabia" and DEMONYMS["u.s."] == "United States"
    assert DEMONYMS["scottish"] == "Scotland"  # the package files it under the United Kingdom


def test_the_variants_are_few_beside_the_package() -> None:
    assert len(DEMONYM_VARIANTS) < 25 < 200 < len(DEMONYMS)
