"""Story revisions on a real broker, the worker as its own process: a later version publishes what
changed against the version kept in the faust table, also after a SIGKILL (state recovered from
the changelog, not from local disk) and after the story's partition moved to another instance;
an older or repeated version adds no new revision."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

import orjson
from kafka.consumer.fetcher import ConsumerRecord

from tests.support.faults import http_status, metric, wait_for
from tests.support.revision_stories import STORY_ID, WITHDRAWN_QUOTE, ferry_story
from tests.support.worker_process import (
    WorkerProcess, WorkerTopics, committed, group_assignment, headers, produce, read_all)
from worker.local_kafka import LocalKafka

PARTITIONS = 2


def prepare(kafka: LocalKafka, prefix: str) -> WorkerTopics:
    """Raw and output topics; the worker itself creates the changelog (with the raw topic's count)."""
    topics = WorkerTopics(prefix)
    kafka.create_topics([topics.raw], partitions=PARTITIONS)
    kafka.create_topics(topics.outputs(), partitions=PARTITIONS)
    return topics


def start(topics: WorkerTopics, kafka: LocalKafka, folder: Path, **env: str) -> WorkerProcess:
    """A worker with a data directory of its own (its RocksDB files)."""
    return WorkerProcess({**topics.env(kafka.bootstrap_servers), **env}, folder / "worker.log").start()


def send(kafka: LocalKafka, topics: WorkerTopics, *versions: int, story_id: str = STORY_ID) -> list[int]:
    """Raw records keyed by story id, as the worker needs them for revisions."""
    return produce(kafka.bootstrap_servers, topics.raw, [(story_id.encode(), ferry_story(v, story_id)) for v in versions])


def unique(records: list[ConsumerRecord]) -> list[ConsumerRecord]:
    """Each broker record once: a reading consumer may be handed a partition again after a metadata
    change and read it from the start, which says nothing about what the worker published."""
    seen: dict[tuple[str, int, int], ConsumerRecord] = {}
    for r in records:
        seen.setdefault((r.topic, r.partition, r.offset), r)
    return sorted(seen.values(), key=lambda r: (r.topic, r.partition, r.offset))


def enriched(records: list[ConsumerRecord], topics: WorkerTopics, story_id: str = STORY_ID) -> list[int]:
    """Versions of the story on the enriched topic, in the order published."""
    return [orjson.loads(r.value)["version"] for r in unique(records)
            if r.topic == topics.names["enriched"] and r.key == story_id.encode()]


def revisions(records: list[ConsumerRecord], topics: WorkerTopics, story_id: str = STORY_ID) -> list[ConsumerRecord]:
    return [r for r in unique(records) if r.topic == topics.names["revisions"] and r.key == story_id.encode()]


def wait_enriched(kafka: LocalKafka, topics: WorkerTopics, worker: WorkerProcess, count: int,
                  story_id: str = STORY_ID) -> list[ConsumerRecord]:
    return read_all(kafka.bootstrap_servers, topics.outputs(), timeout=180, worker=worker,
                    until=lambda rs: len(enriched(rs, topics, story_id)) >= count)


def wait_committed(kafka: LocalKafka, topics: WorkerTopics, total: int, worker: WorkerProcess) -> None:
    wait_for(lambda: sum(committed(kafka.bootstrap_servers, topics.group, topics.raw).values()) >= total, 60,
             f"offsets never committed\n{worker.log()[-3000:]}")


def assert_toll_and_quote(revs: list[ConsumerRecord]) -> None:
    # At-least-once: a redelivered version may publish its revisions again, with the same ids.
    values: list[dict[str, Any]] = list({v["event_id"]: v for v in (orjson.loads(r.value) for r in revs)}.values())
    toll = [v for v in values if v["fact_type"] == "casualty"]
    assert [(v["change"], v["old"]["count"], v["new"]["count"]) for v in toll] == [("changed", 18, 23)], \
        [(r.partition, r.offset, headers(r)["ce_id"], orjson.loads(r.value)["fact_type"]) for r in revs]
    assert toll[0]["old_evidence"]["text"] != toll[0]["new_evidence"]["text"]
    assert any(v["change"] == "removed" and v["fact_type"] == "quote" and v["old"].get("text") == WITHDRAWN_QUOTE
               for v in values)
    assert all((v["old_version"], v["new_version"]) == (1, 2) for v in values)
    for r in revs:  # a CloudEvent like every other output, its id the record's event id
        h = headers(r)
        assert h["ce_type"] == b"io.wire-enrich.fact.revision.v1"
        assert h["ce_id"].decode() == orjson.loads(r.value)["event_id"]
        assert {"ce_source", "ce_time", "ce_specversion", "wire-fact-key"} <= set(h)


def test_a_later_version_publishes_the_rising_toll_and_the_withdrawn_quote(
        kafka: LocalKafka, unique_name, tmp_path: Path) -> None:
    topics = prepare(kafka, unique_name("rev"))
    # Topics owned by an operator: the worker still creates its own changelog (internal state).
    worker = start(topics, kafka, tmp_path, WIRE_CREATE_TOPICS="false")
    try:
        send(kafka, topics, 1)
        first = wait_enriched(kafka, topics, worker, 1)
        assert revisions(first, topics) == []  # a first version has nothing to compare with
        send(kafka, topics, 2)
        records = read_all(kafka.bootstrap_servers, topics.outputs(), timeout=120, worker=worker,
                           until=lambda rs: len(enriched(rs, topics)) >= 2 and len(revisions(rs, topics)) >= 3)
        assert_toll_and_quote(revisions(records, topics))
        wait_for(lambda: metric(worker.metrics_port, "wire_enrich_story_versions_total", outcome="newer") == 1, 30,
                 "the newer version was not counted")
        assert metric(worker.metrics_port, "wire_enrich_story_versions_total", outcome="first") == 1
        assert metric(worker.metrics_port, "wire_enrich_revisions_published_total", change="changed") >= 1
        assert metric(worker.metrics_port, "wire_enrich_revisions_published_total", change="removed") >= 1
    finally:
        code = worker.terminate()
    assert code == 0, worker.log()[-3000:]


def test_a_worker_killed_between_versions_recovers_the_state_from_the_changelog(
        kafka: LocalKafka, unique_name, tmp_path: Path) -> None:
    topics = prepare(kafka, unique_name("rev-kill"))
    first = start(topics, kafka, tmp_path / "first")
    try:
        (offset,) = send(kafka, topics, 1)
        wait_enriched(kafka, topics, first, 1)
        wait_committed(kafka, topics, offset + 1, first)  # v1 is done: the restart will not read it again
    finally:
        first.kill()  # SIGKILL: no shutdown, no flush, no goodbye to the group
    # A fresh data directory: no local RocksDB, so the state can only come from the changelog topic.
    second = start(topics, kafka, tmp_path / "second")
    try:
        send(kafka, topics, 2)
        records = read_all(kafka.bootstrap_servers, topics.outputs(), timeout=180, worker=second,
                           until=lambda rs: len(revisions(rs, topics)) >= 3 and len(enriched(rs, topics)) >= 2)
        assert_toll_and_quote(revisions(records, topics))
        assert enriched(records, topics).count(1) == 1  # v1 was not read again: its state was recovered
        # The restarted worker compared v2 with a state it never built itself.
        assert metric(second.metrics_port, "wire_enrich_story_versions_total", outcome="first") == 0
    finally:
        code = second.terminate()
    assert code == 0, second.log()[-3000:]


def test_a_partition_moved_to_another_instance_brings_its_state_along(
        kafka: LocalKafka, unique_name, tmp_path: Path) -> None:
    topics = prepare(kafka, unique_name("rev-move"))
    workers = [start(topics, kafka, tmp_path / name) for name in ("a", "b")]
    try:
        for w in workers:  # both in the group, each holding one of the two partitions
            wait_for(lambda: http_status(w.metrics_port, "/readyz") == 200 or not w.alive(), 180,
                     f"worker never ready\n{w.log()[-3000:]}")
        # Ready is each worker's own view; the record goes out only once the group has settled with
        # one raw partition per worker, or a late rebalance hands it to both (at-least-once).
        wait_for(lambda: sorted(group_assignment(kafka.bootstrap_servers, topics.group, topics.raw) or [])
                 == [[0], [1]], 120, "the group never settled with one raw partition per worker")
        send(kafka, topics, 1)
        wait_enriched(kafka, topics, workers[0], 1)
        consumed = [metric(w.metrics_port, "wire_enrich_records_consumed_total") for w in workers]
        assert sorted(consumed) == [0, 1], consumed
        holder, other = (workers[0], workers[1]) if consumed[0] == 1 else (workers[1], workers[0])
        holder.proc.send_signal(signal.SIGTERM)  # type: ignore[union-attr]  # scale in: its partition moves
        assert holder.proc.wait(timeout=60) == 0, holder.log()[-3000:]  # type: ignore[union-attr]
        send(kafka, topics, 2)
        records = read_all(kafka.bootstrap_servers, topics.outputs(), timeout=180, worker=other,
                           until=lambda rs: len(revisions(rs, topics)) >= 3 and len(enriched(rs, topics)) >= 2)
        assert_toll_and_quote(revisions(records, topics))
        # v2, on the moved partition, compared with the state its former holder kept.
        assert metric(other.metrics_port, "wire_enrich_story_versions_total", outcome="first") == 0
        assert metric(other.metrics_port, "wire_enrich_records_consumed_total") >= 1
    finally:
        codes = [w.terminate() for w in workers]
    assert codes == [0, 0], [w.log()[-2000:] for w in workers]


def test_older_and_repeated_versions_add_no_new_revision_ids(kafka: LocalKafka, unique_name, tmp_path: Path) -> None:
    topics = prepare(kafka, unique_name("rev-order"))
    worker = start(topics, kafka, tmp_path)
    late = "urn:test:ferry-lake-varna-late"
    try:
        send(kafka, topics, 1)
        send(kafka, topics, 2, story_id=late)  # the later version first
        wait_enriched(kafka, topics, worker, 1)
        wait_enriched(kafka, topics, worker, 1, story_id=late)
        send(kafka, topics, 2)
        first = read_all(kafka.bootstrap_servers, topics.outputs(), timeout=120, worker=worker,
                         until=lambda rs: len(enriched(rs, topics)) >= 2 and len(revisions(rs, topics)) >= 3)
        ids = {headers(r)["ce_id"] for r in revisions(first, topics)}
        send(kafka, topics, 1, 2)  # an older version, then the latest once more
        send(kafka, topics, 1, 2, story_id=late)  # the earlier version after the later one, then the later again
        records = read_all(kafka.bootstrap_servers, topics.outputs(), timeout=120, worker=worker,
                           until=lambda rs: len(enriched(rs, topics)) >= 4 and len(enriched(rs, topics, late)) >= 3)
        wait_for(lambda: metric(worker.metrics_port, "wire_enrich_story_versions_total") >= 7, 30,
                 "not every version was counted")
        records = read_all(kafka.bootstrap_servers, topics.outputs(), timeout=30, worker=worker,
                           until=lambda rs: len(rs) >= len(records))
        assert {headers(r)["ce_id"] for r in revisions(records, topics)} == ids  # at most the same ids again
        assert revisions(records, topics, late) == []  # never a revision backwards in time
        versions = {o: metric(worker.metrics_port, "wire_enrich_story_versions_total", outcome=o)
                    for o in ("first", "newer", "redelivered", "duplicate", "older")}
        assert versions == {"first": 2, "newer": 1, "redelivered": 1, "duplicate": 1, "older": 2}
    finally:
        code = worker.terminate()
    assert code == 0, worker.log()[-3000:]


def test_a_changelog_partitioned_unlike_the_raw_topic_stops_the_worker_before_it_consumes(
        kafka: LocalKafka, unique_name, tmp_path: Path) -> None:
    topics = prepare(kafka, unique_name("rev-mismatch"))
    kafka.create_topics([topics.changelog], partitions=PARTITIONS + 1)
    worker = start(topics, kafka, tmp_path, WIRE_CREATE_TOPICS="false")
    assert worker.proc is not None
    code = worker.proc.wait(timeout=120)
    assert code == 2, worker.log()[-3000:]
    assert f"has {PARTITIONS + 1} partitions" in worker.log() and f"recreate the changelog with {PARTITIONS}" in worker.log()
    assert committed(kafka.bootstrap_servers, topics.group, topics.raw) == {}
