"""The worker reads the language of wire copy in the six languages wire services file in most."""

from __future__ import annotations

import orjson
import pytest
import spacy
from spacy.language import Language

from bench.languages import accuracy, load, read_all
from worker.core.families import Topics
from worker.core.language import EXPECTED, read_language, unknown
from worker.core.pipeline import Pipeline, SourceRecord

STORIES = load()
# Copy in a language no desk setting names: the detector is sure of it, so it is not forced into
# the nearest expected language (German) or the main one (English).
DUTCH = ("AMSTERDAM (ANP) - De regering is dinsdag gevallen na een lang debat in de Tweede Kamer over "
         "de nieuwe regels voor stikstof, meldt het kabinet.")


def test_the_detection_corpus_holds_at_least_ten_stories_in_each_expected_language() -> None:
    counts = {language: sum(s.language == language for s in STORIES) for language in EXPECTED}
    assert min(counts.values()) >= 10, counts


def test_languages_of_the_detection_corpus_are_read_right_at_least_99_percent_of_the_time() -> None:
    shares = accuracy(read_all(STORIES))
    assert shares["overall"] >= 0.99, shares
    assert min(shares.values()) >= 0.9, shares  # no language carried by the others


def test_a_short_story_is_settled_among_the_expected_languages_not_their_neighbours() -> None:
    # Two lines of Portuguese sports copy with English club names read below 0.5 Portuguese among
    # all of the detector's languages (Galician and English take the rest).
    body = "LISBOA - O Sporting venceu o Arsenal por 3-1 em Alvalade com dois golos de Gyökeres."
    assert read_language(body, None, expected=()).confidence < read_language(body, None).confidence
    assert read_language(body, None).language == "pt"


def test_a_language_the_desk_did_not_expect_is_still_recognised_when_the_detector_is_sure() -> None:
    reading = read_language(DUTCH, None)
    assert (reading.language, reading.source) == ("nl", "detected") and reading.confidence > 0.9


def test_an_empty_expected_set_lets_every_language_compete() -> None:
    assert read_language("Gol de Messi en el último minuto", None, expected=()).detected not in ("", None)
    assert unknown(["en", "fr"]) == [] and unknown(["en", "xx"]) == ["xx"]


@pytest.fixture(scope="module")
def default_languages(nlp: Language) -> Pipeline:
    """The default settings' pipelines: English as the main one, French beside it."""
    return Pipeline(nlp, others=[spacy.load("fr_core_news_sm")], topics=Topics.named(), source="urn:test")


@pytest.mark.parametrize("language", ["es", "de", "pt", "it"])
def test_no_rules_publish_facts_on_copy_in_a_language_without_a_pipeline(
        default_languages: Pipeline, language: str) -> None:
    bodies = [s.body for s in STORIES if s.language == language]
    records = [SourceRecord(value=b.encode(), key=f"k{i}".encode(), topic="raw", partition=0, offset=i)
               for i, b in enumerate(bodies)]
    for result in default_languages.process(records).results:
        assert [r.kind for r in result.records] == ["story"], result.records
        story = orjson.loads(result.records[0].value)
        facts = story["facts"]
        assert {family: found for family, found in facts.items() if family != "story" and found} == {}
        assert facts["story"]["tone"] is None and facts["story"]["dateline"] is None
        assert story["model"] == "none" and facts["story"]["language"] == language


@pytest.mark.parametrize(("headline", "language"), [
    ("Le PSG bat le Real Madrid 2-1", "fr"), ("Il Milan batte l'Inter 2-1", "it"),
])
def test_an_unsure_reading_is_made_again_without_the_names_and_figures(headline: str, language: str) -> None:
    # Club names read as English; the few words around them say which language the line is in.
    reading = read_language(headline, None)
    assert (reading.language, reading.source) == (language, "detected")
