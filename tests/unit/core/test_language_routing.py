"""Stories are routed by their language: no language's rules ever read another language's copy."""

from __future__ import annotations

import json

import orjson
import pytest
from spacy.language import Language

from tests.support.language_stories import ENGLISH, NOT_ENGLISH
from worker.core.families import Topics
from worker.core.language import read_language
from worker.core.models import RejectReason
from worker.core.pipeline import Pipeline, SourceRecord


def _records(bodies: list[str]) -> list[SourceRecord]:
    return [SourceRecord(value=b.encode(), key=f"k{i}".encode(), topic="raw", partition=0, offset=i)
            for i, b in enumerate(bodies)]


@pytest.fixture(scope="module")
def english_only(nlp: Language) -> Pipeline:
    return Pipeline(nlp, topics=Topics.named(), source="urn:test")


@pytest.mark.parametrize("language", sorted(NOT_ENGLISH))
def test_a_story_in_a_language_without_a_pipeline_is_published_with_metadata_and_no_facts(
        english_only: Pipeline, language: str) -> None:
    [result] = english_only.process(_records([NOT_ENGLISH[language]])).results
    assert [r.kind for r in result.records] == ["story"]  # no entity, quote, casualty or event record
    story = orjson.loads(result.records[0].value)
    facts = story["facts"]
    assert facts["entities"] == facts["quotes"] == facts["casualties"] == facts["events"] == []
    assert facts["time_expressions"] == [] and facts["story"]["tone"] is None
    assert facts["story"]["language"] == language and facts["story"]["language_confidence"] > 0.9
    assert story["model"] == "none"
    assert (result.language, result.route) == (language, "metadata")


def test_dead_letter_policy_rejects_a_story_without_a_pipeline_as_unsupported_language(nlp: Language) -> None:
    strict = Pipeline(nlp, topics=Topics.named(), source="urn:test", unsupported="dead_letter")
    spanish, english = strict.process(_records([NOT_ENGLISH["es"], ENGLISH])).results
    assert spanish.rejection is not None and spanish.rejection.reason is RejectReason.UNSUPPORTED_LANGUAGE
    assert [r.kind for r in spanish.records] == ["dead_letter"] and spanish.route == "dead_letter"
    assert (english.language, english.route) == ("en", "pipeline")
    assert "entity" in [r.kind for r in english.records]


def test_english_copy_is_read_by_the_english_pipeline_with_its_language_on_the_story(english_only: Pipeline) -> None:
    [result] = english_only.process(_records([ENGLISH])).results
    story = orjson.loads(result.records[0].value)["facts"]["story"]
    assert story["language"] == story["language_detected"] == "en" and story["language_declared"] is None
    assert story["language_confidence"] > 0.9


def test_a_declared_language_that_agrees_is_kept_as_sent() -> None:
    reading = read_language(NOT_ENGLISH["fr"], "fr-FR")
    assert (reading.language, reading.declared, reading.source) == ("fr", "fr-FR", "both")


def test_a_feed_wide_english_default_does_not_route_french_copy_to_english_rules(english_only: Pipeline) -> None:
    value = json.dumps({"body": NOT_ENGLISH["fr"], "language": "en"}).encode()
    [result] = english_only.process([SourceRecord(value=value)]).results
    story = orjson.loads(result.records[0].value)["facts"]["story"]
    assert (story["language"], story["language_declared"]) == ("fr", "en")
    assert [r.kind for r in result.records] == ["story"]


def test_the_declared_language_settles_a_text_too_short_to_read() -> None:
    assert read_language("Gol de Messi", "es").language == "es"
    reading = read_language("Gol de Messi", None, default="en")  # 0.41 Portuguese among the six
    assert (reading.language, reading.source) == ("en", "default")
    reading = read_language("ROME — Rain fell on Monday.", None, default="en", expected=())
    assert (reading.language, reading.source) == ("en", "default")  # 0.22 English among all languages
