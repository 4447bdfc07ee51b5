"""A French wire's dateline town that its name alone does not settle is looked for where French is
the first language; the towns after it follow its country."""

from __future__ import annotations

from spacy.language import Language

from worker.core.extract.places.language_prior import first_language_countries
from tests.support.french import read


def test_the_countries_of_a_language_come_from_the_country_table() -> None:
    francophone = first_language_countries("fr")
    assert {"FR", "SN", "CI"} <= francophone
    assert "BE" not in francophone and "GB" not in francophone  # Dutch and English come first there


def test_a_mid_sized_french_dateline_town_and_its_neighbours_are_placed_in_france(fr: Language) -> None:
    facts = read(fr, "PÉRIGUEUX, 3 avril 2026 (AFP) - Des pluies diluviennes ont inondé mardi plusieurs "
                     "quartiers de Périgueux et de Bergerac, selon la préfecture.")
    places = {e.name: e.geo.country if e.geo else None for e in facts.entities if e.label in ("GPE", "LOC")}
    assert places.get("Périgueux") == "FR" and places.get("Bergerac") == "FR"


def test_a_dateline_the_name_settles_is_read_as_before(fr: Language) -> None:
    facts = read(fr, "GENÈVE, 3 avril 2026 (AFP) - Les pourparlers ont repris mardi à Genève.")
    places = {e.name: e.geo.country if e.geo else None for e in facts.entities if e.label in ("GPE", "LOC")}
    assert places.get("Genève") == "CH"
