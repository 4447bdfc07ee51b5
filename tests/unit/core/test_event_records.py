"""events: records carry CloudEvents headers and deterministic ids."""

from datetime import datetime, timezone

import orjson

from worker.core.events import build_records, dead_letter_record, stable_id
from worker.core.families import Topics
from worker.core.models import Evidence, Rejection, RejectReason
from worker.core.models.casualties import Casualty
from worker.core.models.enriched import EnrichedStory, Facts
from worker.core.models.entities import Entity
from worker.core.models.story import StoryFacts

TOPICS = Topics.named()
WHEN = datetime(2025, 8, 29, 16, 0, tzinfo=timezone.utc)
BODY = "ROME — Two people were killed, police said."


def evidence(text: str) -> Evidence:
    start = BODY.index(text)
    return Evidence(text=text, start=start, end=start + len(text), sentence_start=0, sentence_end=len(BODY))


def enriched(version: int = 1, count: int = 2) -> EnrichedStory:
    facts = Facts(
        story=StoryFacts(story_id="s-1", version=version, published_at=WHEN, word_count=8),
        entities=[Entity(entity_id="gpe:rome", label="GPE", name="Rome", mentions=[evidence("ROME")])],
        casualties=[Casualty(category="killed", count=count, phrase="Two", place="Rome",
                             evidence=evidence("Two people were killed"))],
    )
    return EnrichedStory(event_id=stable_id("s-1", str(version)), story_id="s-1", version=version,
                         extractor_version="x.v1", model="en_test@1", body=BODY, facts=facts)


def headers(record: object) -> dict[str, bytes]:
    return dict(record.headers)  # type: ignore[attr-defined]


def test_every_output_has_cloudevents_binary_headers_and_story_key() -> None:
    records = build_records(enriched(), TOPICS, "urn:test")
    assert [r.topic for r in records] == ["enriched", "entities", "casualties"]
    for record in records:
        h = headers(record)
        assert record.key == b"s-1"
        assert h["ce_specversion"] == b"1.0" and h["ce_source"] == b"urn:test"
        assert h["ce_id"].decode() == record.event_id
        assert h["ce_type"].decode().endswith(".v1")
        assert h["ce_time"] == b"2025-08-29T16:00:00Z"
        assert h["content-type"] == b"application/json"
        assert h["wire-extractor-version"] == b"x.v1"
    assert orjson.loads(records[2].value)["fact"]["count"] == 2


def test_same_input_gives_byte_identical_ids_and_values() -> None:
    first = build_records(enriched(), TOPICS, "urn:test")
    second = build_records(enriched(), TOPICS, "urn:test")
    assert [(r.event_id, r.value) for r in first] == [(r.event_id, r.value) for r in second]


def test_new_version_changes_event_id_but_keeps_fact_key() -> None:
    old = build_records(enriched(version=1, count=2), TOPICS, "urn:test")[2]
    new = build_records(enriched(version=2, count=5), TOPICS, "urn:test")[2]
    assert old.event_id != new.event_id
    assert headers(old)["wire-fact-key"] == headers(new)["wire-fact-key"]


def test_dead_letter_keeps_original_bytes_and_adds_context() -> None:
    rejection = Rejection(reason=RejectReason.INVALID_UTF8, detail="not UTF-8 at byte 3")
    record = dead_letter_record(rejection, topic="dlq", value=b"ab\xff", key=None, headers=[("trace", b"1")],
                                timestamp_ms=1234, origin_topic="raw", origin_partition=2, origin_offset=40)
    h = headers(record)
    assert (record.value, record.key, record.timestamp_ms) == (b"ab\xff", None, 1234)
    assert h["trace"] == b"1" and h["wire-dlq-reason"] == b"invalid_utf8"
    assert (h["wire-dlq-topic"], h["wire-dlq-partition"], h["wire-dlq-offset"]) == (b"raw", b"2", b"40")
    assert h["wire-dlq-stage"] == b"decode"
