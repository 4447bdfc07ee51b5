"""The worker on a real broker: every record ends enriched or dead-lettered, offsets follow acks."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import orjson
from kafka import KafkaProducer

from tests.support.worker_process import WorkerProcess, WorkerTopics, committed, headers, produce, read_all
from worker.local_kafka import LocalKafka

CITIES = ["MADRID", "OSLO", "QUITO", "HANOI", "ACCRA", "LIMA", "RIGA", "DOHA"]


def good_story(i: int) -> bytes:
    city = CITIES[i % len(CITIES)]
    return (f"{city} — Officials in {city.title()} said on Monday that {i + 3} people were injured when a bus "
            f"left the road near the central market.\n\n\"We are still counting,\" said police chief Ana Ruiz {i}."
            ).encode()


BAD = [
    (b"bad-utf8", b"caf\xe9 au lait", "invalid_utf8"),
    (b"bad-json", b"{\"body\": ", "bad_json"),
    (b"no-body", b"{\"headline\": \"only a headline\"}", "no_body_field"),
    (b"empty", b"   ", "empty_body"),
    (b"binary", bytes(range(0, 64)) * 4, "binary"),
]


def prepare(kafka: LocalKafka, prefix: str) -> WorkerTopics:
    topics = WorkerTopics(prefix)
    kafka.create_topics([topics.raw], partitions=2)
    kafka.create_topics(topics.outputs(), partitions=2)
    return topics


def run_until_done(kafka: LocalKafka, topics: WorkerTopics, tmp: Path, expected: int) -> list:
    worker = WorkerProcess(topics.env(kafka.bootstrap_servers), tmp / "worker.log").start()
    try:
        records = read_all(
            kafka.bootstrap_servers, topics.outputs(), timeout=180, worker=worker,
            until=lambda rs: sum(r.topic in (topics.names["enriched"], topics.names["dead_letter"]) for r in rs)
            >= expected)
        # faust commits acked offsets on a 1 s timer: wait for it, then stop gracefully.
        deadline = time.monotonic() + 30
        while sum(committed(kafka.bootstrap_servers, topics.group, topics.raw).values()) < expected:
            assert time.monotonic() < deadline, "offsets were never committed"
            time.sleep(0.5)
    finally:
        code = worker.terminate()
    assert code == 0, worker.log()[-3000:]
    return records


def test_good_and_bad_records_reconcile_with_headers_and_commits(kafka: LocalKafka, unique_name, tmp_path: Path
                                                                 ) -> None:
    topics = prepare(kafka, unique_name("deliv"))
    good = [(f"story-{i}".encode(), good_story(i)) for i in range(12)]
    produce(kafka.bootstrap_servers, topics.raw, good + [(k, v) for k, v, _ in BAD])

    records = run_until_done(kafka, topics, tmp_path, expected=len(good) + len(BAD))
    by_topic = Counter(r.topic for r in records)
    enriched = [r for r in records if r.topic == topics.names["enriched"]]
    dead = [r for r in records if r.topic == topics.names["dead_letter"]]

    # consumed = enriched + dead-lettered, and nothing went to both.
    assert sorted(r.key for r in enriched) == sorted(k for k, _ in good)
    assert {r.key: headers(r)["wire-dlq-reason"].decode() for r in dead} == {k: reason for k, _, reason in BAD}
    assert by_topic[topics.names["enriched"]] == len(good)
    # Dead letters carry the original bytes and where they came from.
    originals = {k: v for k, v, _ in BAD}
    for r in dead:
        h = headers(r)
        assert r.value == originals[r.key]
        assert h["wire-dlq-topic"].decode() == topics.raw and h["wire-dlq-stage"] == b"decode"
        assert int(h["wire-dlq-offset"]) >= 0
    # Every fact record is a CloudEvent whose key is its story and whose id is unique.
    fact_records = [r for r in records if r.topic not in (topics.names["dead_letter"],)]
    for r in fact_records:
        h = headers(r)
        assert {"ce_specversion", "ce_id", "ce_type", "ce_source", "ce_time", "content-type",
                "wire-extractor-version"} <= h.keys()
        assert orjson.loads(r.value)  # valid JSON
    assert by_topic[topics.names["entities"]] > 0
    # Committed offsets cover every raw record exactly.
    assert sum(committed(kafka.bootstrap_servers, topics.group, topics.raw).values()) == len(good) + len(BAD)


def test_the_same_input_twice_gives_byte_identical_event_ids(kafka: LocalKafka, unique_name, tmp_path: Path
                                                             ) -> None:
    stories = [(f"twice-{i}".encode(), good_story(i)) for i in range(6)]
    runs = []
    for attempt in ("a", "b"):
        topics = prepare(kafka, unique_name(f"det{attempt}"))
        # Text stories take their publication time from the record timestamp: keep it identical.
        produce(kafka.bootstrap_servers, topics.raw, stories, timestamp_ms=lambda i: 1_756_483_200_000 + i)
        records = run_until_done(kafka, topics, tmp_path / attempt, expected=len(stories))
        runs.append(sorted((r.topic.rsplit(".", 1)[1], headers(r)["ce_id"], r.value) for r in records))
    assert runs[0] == runs[1]
    assert len(runs[0]) > len(stories)


def test_committed_offsets_never_run_ahead_of_acknowledged_outputs(kafka: LocalKafka, unique_name, tmp_path: Path
                                                                   ) -> None:
    topics = WorkerTopics(unique_name("ahead"))
    kafka.create_topics([topics.raw], partitions=1)
    kafka.create_topics(topics.outputs(), partitions=1)
    stories = [(f"k-{i}".encode(), good_story(i)) for i in range(80)]
    offsets = produce(kafka.bootstrap_servers, topics.raw, stories)
    key_at = dict(zip(offsets, (k for k, _ in stories)))
    worker = WorkerProcess({**topics.env(kafka.bootstrap_servers), "WIRE_BATCH_SIZE": "8"},
                           tmp_path / "worker.log").start()
    samples = 0
    try:
        deadline = time.monotonic() + 180
        while True:
            # Read the commit first, then the outputs: every record below the commit must have its output.
            done = committed(kafka.bootstrap_servers, topics.group, topics.raw).get(0, 0)
            out = read_all(kafka.bootstrap_servers, [topics.names["enriched"]], timeout=30, worker=worker,
                           until=lambda rs, n=done: len({r.key for r in rs}) >= n)
            seen = {r.key for r in out}
            assert {key_at[o] for o in range(done)} <= seen
            samples += 1
            if done == len(stories):
                break
            assert time.monotonic() < deadline, worker.log()[-3000:]
            time.sleep(0.3)
    finally:
        assert worker.terminate() == 0
    assert samples >= 2


def test_json_logs_are_one_object_per_line_and_a_dead_letter_names_its_record(
        kafka: LocalKafka, unique_name, tmp_path: Path) -> None:
    import json

    topics = prepare(kafka, unique_name("jsonlog"))
    with KafkaProducer(bootstrap_servers=kafka.bootstrap_servers) as producer:
        producer.send(topics.raw, key=b"good-0", value=good_story(0), partition=0)
        producer.send(topics.raw, key=b"bad-utf8", value=b"caf\xe9 au lait", partition=1)
        producer.flush()
    worker = WorkerProcess({**topics.env(kafka.bootstrap_servers), "WIRE_LOG_FORMAT": "json"},
                           tmp_path / "worker.log").start()
    try:
        read_all(kafka.bootstrap_servers, topics.outputs(), timeout=180, worker=worker,
                 until=lambda rs: sum(r.topic in (topics.names["enriched"], topics.names["dead_letter"])
                                      for r in rs) >= 2)
    finally:
        assert worker.terminate() == 0, worker.log()[-3000:]
    lines = [json.loads(line) for line in worker.log().splitlines() if line.strip()]
    assert lines and all({"time", "level", "logger", "message"} <= set(line) for line in lines)
    dead = [line for line in lines if line.get("reason") == "invalid_utf8"]
    assert len(dead) == 1 and (dead[0]["topic"], dead[0]["partition"], dead[0]["offset"]) == (topics.raw, 1, 0)
