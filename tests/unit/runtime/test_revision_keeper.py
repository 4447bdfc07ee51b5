"""The live worker's revision keeper: revisions appended to a batch's outputs, state kept after publishing,
and every table read and write made under the record's own faust event (its changelog partition)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import faust
import orjson
import pytest
from prometheus_client import CollectorRegistry
from spacy.language import Language

from tests.support.revision_stories import STORY_ID, WITHDRAWN_QUOTE, ferry_story
from worker.core.events import Topics
from worker.core.pipeline import BatchOutcome, Pipeline, SourceRecord
from worker.core.revisions import RevisionState, Snapshot
from worker.core.revisions.models import FactState
from worker.runtime.metrics import Metrics
from worker.runtime.revisions import MAX_STATE_BYTES, RevisionKeeper, current_event, decode_state, encode_state

RAW = "raw"


@dataclass
class Message:
    topic: str
    partition: int
    offset: int


class Event:
    """What the keeper reads from a faust event: its message's position."""

    def __init__(self, partition: int, offset: int) -> None:
        self.message = Message(RAW, partition, offset)


class Table(dict[bytes, bytes]):
    """A dict that notes under which faust event (partition) every access happened, as faust's
    RocksDB store and changelog would route it."""

    def __init__(self) -> None:
        super().__init__()
        self.reads: list[tuple[bytes, int]] = []
        self.writes: list[tuple[bytes, int]] = []

    def _partition(self) -> int:
        event = faust.current_event()
        assert event is not None, "table used outside of an event"
        return int(event.message.partition)

    def get(self, key: bytes, default: Any = None) -> Any:  # type: ignore[override]
        self.reads.append((key, self._partition()))
        return super().get(key, default)

    def __setitem__(self, key: bytes, value: bytes) -> None:
        self.writes.append((key, self._partition()))
        super().__setitem__(key, value)


@pytest.fixture(scope="module")
def pipeline(nlp: Language) -> Pipeline:
    return Pipeline(nlp, topics=Topics.named(), source="urn:t")


@pytest.fixture
def registry() -> CollectorRegistry:
    return CollectorRegistry()


@pytest.fixture
def keeper(registry: CollectorRegistry) -> RevisionKeeper:
    metrics = Metrics.create(registry, model="m", model_version="1", spacy_version="3", version="0",
                             process_metrics=False)
    flushed: list[int] = []

    async def flush() -> None:
        flushed.append(1)

    k = RevisionKeeper(Table(), metrics, topic="revisions", source="urn:t", flush=flush)
    k.flushed = flushed  # type: ignore[attr-defined]
    return k


def batch(pipeline: Pipeline, *items: tuple[int, int, bytes]) -> tuple[BatchOutcome, list[Event]]:
    """(partition, offset, value) per raw record: the pipeline's outcome and the faust events."""
    sources = [SourceRecord(value=v, key=STORY_ID.encode(), topic=RAW, partition=p, offset=o) for p, o, v in items]
    return pipeline.process(sources), [Event(p, o) for p, o, _ in items]


def run(keeper: RevisionKeeper, outcome: BatchOutcome, events: list[Event]) -> list[Any]:
    """add, (publish), keep: the revision records the batch gained, in order."""
    revisions = keeper.for_batch(events)  # type: ignore[arg-type]
    before = {id(r): len(r.records) for r in outcome.results}
    revisions.add(outcome)
    added = [rec for r in outcome.results for rec in r.records if rec.kind == "revision"]
    assert all(len(r.records) >= before.get(id(r), 0) for r in outcome.results)
    asyncio.run(revisions.keep())
    return added


def values(records: list[Any]) -> list[dict[str, Any]]:
    return [orjson.loads(r.value) for r in records]


def sample(registry: CollectorRegistry, name: str, **labels: str) -> float:
    return registry.get_sample_value(name, labels) or 0.0


def test_a_later_version_in_a_later_batch_gets_the_toll_change_and_the_withdrawn_quote(
        pipeline: Pipeline, keeper: RevisionKeeper, registry: CollectorRegistry) -> None:
    assert run(keeper, *batch(pipeline, (1, 0, ferry_story(1)))) == []
    revisions = values(run(keeper, *batch(pipeline, (1, 1, ferry_story(2)))))
    toll = next(r for r in revisions if r["fact_type"] == "casualty")
    assert (toll["change"], toll["old"]["count"], toll["new"]["count"]) == ("changed", 18, 23)
    assert (toll["old_version"], toll["new_version"]) == (1, 2)
    assert any(r["change"] == "removed" and r["old"].get("text") == WITHDRAWN_QUOTE for r in revisions)
    assert decode_state(keeper.table[STORY_ID.encode()]).latest.version == 2
    assert sample(registry, "wire_enrich_story_versions_total", outcome="first") == 1
    assert sample(registry, "wire_enrich_story_versions_total", outcome="newer") == 1
    assert sample(registry, "wire_enrich_revisions_published_total", change="changed") >= 1
    assert sample(registry, "wire_enrich_revisions_published_total", change="removed") >= 1


def test_revision_records_ride_with_their_story_and_carry_cloudevents_headers(
        pipeline: Pipeline, keeper: RevisionKeeper) -> None:
    run(keeper, *batch(pipeline, (0, 0, ferry_story(1))))
    outcome, events = batch(pipeline, (0, 1, ferry_story(2)))
    keeper.for_batch(events).add(outcome)  # type: ignore[arg-type]
    (result,) = outcome.results
    revision = [r for r in result.records if r.kind == "revision"]
    assert revision and all(r.topic == "revisions" and r.key == STORY_ID.encode() for r in revision)
    headers = dict(revision[0].headers)
    assert headers["ce_type"] == b"io.wire-enrich.fact.revision.v1" and headers["ce_source"] == b"urn:t"
    assert headers["ce_id"].decode() == revision[0].event_id


def test_nothing_is_kept_before_the_batch_is_published(pipeline: Pipeline, keeper: RevisionKeeper) -> None:
    outcome, events = batch(pipeline, (0, 0, ferry_story(1)))
    pending = keeper.for_batch(events)  # type: ignore[arg-type]
    pending.add(outcome)
    assert dict(keeper.table) == {} and keeper.flushed == []  # type: ignore[attr-defined]
    asyncio.run(pending.keep())
    assert list(keeper.table) == [STORY_ID.encode()] and keeper.flushed == [1]  # type: ignore[attr-defined]


def test_two_versions_in_one_batch_compare_with_each_other_and_keep_the_later(
        pipeline: Pipeline, keeper: RevisionKeeper) -> None:
    added = values(run(keeper, *batch(pipeline, (2, 5, ferry_story(1)), (2, 6, ferry_story(2)))))
    assert any(r["fact_type"] == "casualty" and r["change"] == "changed" for r in added)
    assert keeper.table.writes == [(STORY_ID.encode(), 2)]  # type: ignore[attr-defined]
    assert decode_state(keeper.table[STORY_ID.encode()]).latest.version == 2


def test_redelivered_latest_repeats_the_same_ids_and_an_older_version_yields_none(
        pipeline: Pipeline, keeper: RevisionKeeper, registry: CollectorRegistry) -> None:
    run(keeper, *batch(pipeline, (1, 0, ferry_story(1))))
    first = run(keeper, *batch(pipeline, (1, 1, ferry_story(2))))
    writes = list(keeper.table.writes)  # type: ignore[attr-defined]
    again = run(keeper, *batch(pipeline, (1, 1, ferry_story(2))))
    assert [r.event_id for r in again] == [r.event_id for r in first]
    assert run(keeper, *batch(pipeline, (1, 2, ferry_story(1)))) == []
    assert keeper.table.writes == writes  # type: ignore[attr-defined]  # neither moved the state
    assert decode_state(keeper.table[STORY_ID.encode()]).latest.version == 2
    assert sample(registry, "wire_enrich_story_versions_total", outcome="redelivered") == 1
    assert sample(registry, "wire_enrich_story_versions_total", outcome="older") == 1


def test_each_story_is_read_and_written_under_its_own_records_partition(
        pipeline: Pipeline, keeper: RevisionKeeper) -> None:
    other = ferry_story(1, story_id="urn:test:another-story")
    outcome, events = batch(pipeline, (0, 3, ferry_story(1)), (2, 9, other))
    stale = Event(1, 99)  # what the stream loop saw last: faust's current event in the batch's task
    with current_event(stale):  # type: ignore[arg-type]
        run(keeper, outcome, events)
    assert sorted(keeper.table.writes) == [(b"urn:test:another-story", 2), (STORY_ID.encode(), 0)]  # type: ignore[attr-defined]
    assert sorted(keeper.table.reads) == sorted(keeper.table.writes)  # type: ignore[attr-defined]


def test_a_dead_letter_gets_no_revision_and_is_not_counted(pipeline: Pipeline, keeper: RevisionKeeper,
                                                          registry: CollectorRegistry) -> None:
    assert run(keeper, *batch(pipeline, (0, 0, b"   "))) == []
    assert dict(keeper.table) == {}
    assert sum(sample(registry, "wire_enrich_story_versions_total", outcome=o)
               for o in ("first", "newer", "redelivered", "duplicate", "older")) == 0


def _state(size: int, previous: bool) -> RevisionState:
    import os

    def snap(version: int) -> Snapshot:
        # Random text does not compress: the encoded size follows `size`.
        facts = {f"k{i}": FactState(fact_type="quote", value={"text": os.urandom(500).hex()}) for i in range(size)}
        return Snapshot(story_id="s", version=version, extractor_version="x", facts=facts)

    return RevisionState(latest=snap(2), previous=snap(1) if previous else None)


def test_a_state_too_large_for_one_record_drops_the_older_snapshot_then_is_not_kept() -> None:
    fits = encode_state(_state(10, previous=True))
    assert fits is not None and decode_state(fits).previous is not None
    # Each fact holds 1,000 random hex characters, about 520 bytes compressed: 1,100 facts are
    # about 0.6 MB, so one snapshot fits in a record and two do not.
    shrunk = encode_state(_state(1100, previous=True))
    assert shrunk is not None and decode_state(shrunk).previous is None
    assert len(shrunk) < MAX_STATE_BYTES
    assert encode_state(_state(2200, previous=False)) is None


def test_the_changelog_is_compacted_and_deleted_after_the_retention_and_listed_with_the_topics() -> None:
    from worker.config import Settings
    from worker.runtime.topics import all_topic_names, changelog_configs

    s = Settings(app_id="desk", revisions_retention_days=2)
    assert changelog_configs(s) == {"cleanup.policy": "compact,delete", "retention.ms": str(2 * 86_400_000),
                                    "segment.ms": str(86_400_000)}
    assert all_topic_names(s)[-3:] == [s.revisions_topic, s.dead_letter_topic, "desk-revisions-changelog"]
    off = Settings(app_id="desk", revisions_enabled=False)
    assert s.revisions_topic not in all_topic_names(off) and "desk-revisions-changelog" not in all_topic_names(off)


def test_the_live_worker_keeps_the_table_in_rocksdb_files_under_its_data_dir(tmp_path: Any) -> None:
    from faust.stores.rocksdb import Store

    from worker.config import Settings
    from worker.runtime.app import WorkerApp

    metrics = Metrics.create(CollectorRegistry(), model="m", model_version="1", spacy_version="3", version="0",
                             process_metrics=False)
    worker = WorkerApp(Settings(data_dir=tmp_path, revisions_retention_days=3), metrics, process=lambda b: None)
    assert worker.revisions is not None
    store = worker.revisions.table.data
    assert isinstance(store, Store) and store.use_rocksdict
    assert store.partition_path(0) == tmp_path / "faust" / "v1" / "tables" / "revisions-0.db"
    assert store.rocksdb_options.ttl == 3 * 86_400
    assert worker.revisions.table.changelog_topic_name == Settings().revisions_changelog_topic
    off = WorkerApp(Settings(data_dir=tmp_path, revisions_enabled=False), metrics, process=lambda b: None)
    assert off.revisions is None and not off.app.tables
