"""Inputs, a clean offline reference run and reconciliation for the fault and hostile-input tests.

Every scenario ends the same way: read every output topic from the beginning and check that each
raw record ended enriched or dead-lettered (never both, never neither) and that the distinct
output identities equal those of a clean run of the pure core over the same records.
"""

from __future__ import annotations

import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.consumer.fetcher import ConsumerRecord
from prometheus_client.parser import text_string_to_metric_families

from tests.support.worker_process import WorkerProcess, WorkerTopics, committed, end_offsets, headers
from worker.core.families import Topics
from worker.core.pipeline import Pipeline, SourceRecord
from worker.local_kafka import LocalKafka

BASE_TIME_MS = 1_756_483_200_000  # 2025-08-29: text stories take their publication time from it
CITIES = ["MADRID", "OSLO", "QUITO", "HANOI", "ACCRA", "LIMA", "RIGA", "DOHA", "PERTH", "CAIRO"]
# A real input that makes an extractor raise: a time expression thousands of years ahead of a
# publication time at the end of the calendar overflows Python's date range (OverflowError in
# timex). "next year" alone no longer does: timex clamps it, and such a story is enriched.
CALENDAR_EDGE = "9999-12-31T23:59:59+00:00"


@dataclass(frozen=True)
class Item:
    key: bytes
    value: bytes
    timestamp_ms: int
    kind: str  # "good", "bad" (rejected by decode) or "hostile" (breaks an extractor)


def good_story(i: int) -> bytes:
    city = CITIES[i % len(CITIES)]
    return (f"{city} — Officials in {city.title()} said on Monday that {i % 40 + 2} people were injured "
            f"when a bus left the road near the central market.\n\n\"We are still counting,\" said police "
            f"chief Ana Ruiz {i}.").encode()


def hostile_story(i: int) -> bytes:
    return orjson.dumps({"id": f"hostile-{i}", "published_at": CALENDAR_EDGE,
                         "body": f"ROME — The meeting is in 3 days and 9999 years, officials said next Monday. Story {i}."})


_BAD = [b"caf\xe9 au lait \xff", b"{\"body\": ", b"{\"headline\": \"only a headline\"}", b"   ",
        bytes(range(0, 64)) * 4, b"[1, 2, 3]", b"{\"body\": 42}"]


def corpus(n: int, prefix: str = "s", *, bad_every: int = 25, hostile_every: int = 0) -> list[Item]:
    """`n` records: mostly good stories, a bad one every `bad_every`, a hostile one every `hostile_every`."""
    items = []
    for i in range(n):
        key = f"{prefix}-{i}".encode()
        ts = BASE_TIME_MS + i
        if bad_every and i % bad_every == bad_every - 1:
            items.append(Item(key, _BAD[i % len(_BAD)], ts, "bad"))
        elif hostile_every and i % hostile_every == hostile_every - 1:
            items.append(Item(key, hostile_story(i), ts, "hostile"))
        else:
            items.append(Item(key, good_story(i), ts, "good"))
    return items


Position = tuple[int, int]  # (partition, offset)


def produce_items(bootstrap: str, topic: str, items: Sequence[Item], *, pace_s: float = 0.0,
                  stop: threading.Event | None = None) -> list[Position]:
    """Send with acks=all and the key partitioner; return where each record landed."""
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", retries=20, linger_ms=5,
                             max_request_size=8 * 1024 * 1024, request_timeout_ms=60_000)
    try:
        futures = []
        for item in items:
            if stop is not None and stop.is_set():
                break
            futures.append(producer.send(topic, key=item.key, value=item.value, timestamp_ms=item.timestamp_ms))
            if pace_s:
                time.sleep(pace_s)
        return [(m.partition, m.offset) for m in (f.get(timeout=120) for f in futures)]
    finally:
        producer.close()


Identity = tuple[str, ...]


def identity(record_headers: dict[str, bytes]) -> Identity:
    """What makes an output distinct: its CloudEvents id, or for a dead letter where it came from."""
    if "ce_id" in record_headers:
        return ("ce", record_headers["ce_id"].decode())
    return ("dlq", record_headers["wire-dlq-topic"].decode(), record_headers["wire-dlq-partition"].decode(),
            record_headers["wire-dlq-offset"].decode())


class CleanRun:
    """The pure core over the same records: the outputs a run without faults must produce."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        # Good stories give the same ids wherever they land; a dead letter's id names its position.
        self._cache: dict[tuple[bytes, bytes, int, Position | None], list[Identity]] = {}

    @staticmethod
    def make(nlp: Any) -> CleanRun:
        # Topic names do not enter event ids, so any names give the reference ids.
        return CleanRun(Pipeline(nlp, topics=Topics.named(), source="urn:wire-enrich"))

    @staticmethod
    def _key(item: Item, pos: Position) -> tuple[bytes, bytes, int, Position | None]:
        return (item.key, item.value, item.timestamp_ms, None if item.kind == "good" else pos)

    def identities(self, raw_topic: str, items: Sequence[Item], positions: Sequence[Position],
                   max_bytes: int = 1_000_000) -> set[Identity]:
        self.pipeline.max_bytes = max_bytes
        todo = [(item, pos) for item, pos in zip(items, positions) if self._key(item, pos) not in self._cache]
        for start in range(0, len(todo), 64):
            chunk = todo[start:start + 64]
            outcome = self.pipeline.process([
                SourceRecord(value=item.value, key=item.key, timestamp_ms=item.timestamp_ms, topic=raw_topic,
                             partition=p, offset=o) for item, (p, o) in chunk])
            for (item, pos), result in zip(chunk, outcome.results):
                self._cache[self._key(item, pos)] = [identity(dict(r.headers)) for r in result.records]
        return {i for item, pos in zip(items, positions) for i in self._cache[self._key(item, pos)]}


class OutputCollector:
    """Reads every output topic from the beginning on a thread, for as long as a test runs."""

    def __init__(self, bootstrap: str, topics: Iterable[str]) -> None:
        self.consumer = KafkaConsumer(bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                                      enable_auto_commit=False, consumer_timeout_ms=300,
                                      fetch_max_bytes=16 * 1024 * 1024, max_partition_fetch_bytes=8 * 1024 * 1024)
        self.consumer.subscribe(list(topics))
        self.records: list[ConsumerRecord] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> OutputCollector:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=30)
        self.consumer.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                batch = list(self.consumer)
            except Exception:  # a broker of the cluster is down on purpose: keep reading
                time.sleep(0.5)
                continue
            with self._lock:
                self.records.extend(batch)

    def snapshot(self) -> list[ConsumerRecord]:
        with self._lock:
            return list(self.records)

    def wait_caught_up(self, bootstrap: str, topics: Iterable[str], timeout: float = 60.0) -> list[ConsumerRecord]:
        """Every record now on `topics` has been read: the snapshot is complete."""
        ends = {(t, p): off for t in topics for p, off in end_offsets(bootstrap, t).items()}

        def covered(records: list[ConsumerRecord]) -> bool:
            seen: dict[tuple[str, int], int] = {}
            for r in records:
                seen[(r.topic, r.partition)] = max(seen.get((r.topic, r.partition), -1), r.offset)
            return all(end == 0 or seen.get(tp, -1) >= end - 1 for tp, end in ends.items())

        return self.wait(covered, timeout)

    def wait(self, until: Callable[[list[ConsumerRecord]], bool], timeout: float,
             workers: Sequence[WorkerProcess] = (), require_alive: bool = True) -> list[ConsumerRecord]:
        deadline = time.monotonic() + timeout
        while True:
            records = self.snapshot()
            if until(records):
                return records
            for w in workers:
                if require_alive and not w.alive():
                    raise AssertionError(f"worker exited early:\n{w.log()[-5000:]}")
            if time.monotonic() > deadline:
                logs = "\n".join(w.log()[-4000:] + "\n" + _progress(w) + "\n" + w.stacks() for w in workers)
                raise AssertionError(f"timed out with {len(records)} output records\n{logs}")
            time.sleep(0.3)


def _progress(worker: WorkerProcess) -> str:
    try:
        return (f"worker consumed {metric(worker.metrics_port, 'wire_enrich_records_consumed_total'):.0f}, "
                f"published {metric(worker.metrics_port, 'wire_enrich_facts_published_total'):.0f} facts")
    except OSError as exc:
        return f"worker metrics unavailable: {exc}"


def terminal_positions(records: Iterable[ConsumerRecord], topics: WorkerTopics,
                       key_at: dict[Position, bytes]) -> set[Position]:
    """Raw positions that have their enriched story or their dead letter among `records`."""
    position_of = {k: pos for pos, k in key_at.items()}
    done: set[Position] = set()
    for r in records:
        if r.topic == topics.names["enriched"] and r.key in position_of:
            done.add(position_of[r.key])
        elif r.topic == topics.names["dead_letter"]:
            h = headers(r)
            done.add((int(h["wire-dlq-partition"]), int(h["wire-dlq-offset"])))
    return done


def all_terminal(topics: WorkerTopics, key_at: dict[Position, bytes]) -> Callable[[list[ConsumerRecord]], bool]:
    return lambda records: len(terminal_positions(records, topics, key_at)) >= len(key_at)


@dataclass
class Report:
    inputs: int
    enriched: int  # distinct inputs with their enriched story
    dead_lettered: int  # distinct inputs with their dead letter
    output_records: int
    distinct_ids: int
    duplicates: int  # output records beyond the first of each identity
    by_reason: dict[str, int] = field(default_factory=dict)

    def line(self, scenario: str) -> str:
        return (f"SCENARIO {scenario}: inputs={self.inputs} enriched={self.enriched} "
                f"dead_lettered={self.dead_lettered} outputs={self.output_records} "
                f"distinct_ids={self.distinct_ids} duplicates={self.duplicates} reasons={self.by_reason}")


def reconcile(records: Sequence[ConsumerRecord], topics: WorkerTopics, key_at: dict[Position, bytes],
              expected: set[Identity]) -> Report:
    """Assert consumed = enriched + dead-lettered and the clean run's identities; return the counts."""
    position_of = {k: pos for pos, k in key_at.items()}
    enriched = {position_of[r.key] for r in records if r.topic == topics.names["enriched"]}
    dead: dict[Position, str] = {}
    for r in records:
        if r.topic == topics.names["dead_letter"]:
            h = headers(r)
            dead[(int(h["wire-dlq-partition"]), int(h["wire-dlq-offset"]))] = h["wire-dlq-reason"].decode()
    assert not enriched & dead.keys(), f"enriched and dead-lettered: {sorted(enriched & dead.keys())[:5]}"
    missing = set(key_at) - enriched - dead.keys()
    assert not missing, f"{len(missing)} inputs have no outcome, e.g. {sorted(missing)[:5]}"
    assert len(enriched) + len(dead) == len(key_at)
    seen = Counter(identity(headers(r)) for r in records)
    assert set(seen) == expected, (f"ids differ from a clean run: {len(set(seen) - expected)} unexpected, "
                                   f"{len(expected - set(seen))} missing")
    return Report(inputs=len(key_at), enriched=len(enriched), dead_lettered=len(dead), output_records=len(records),
                  distinct_ids=len(seen), duplicates=len(records) - len(seen), by_reason=dict(Counter(dead.values())))


def metric(port: int, name: str, **labels: str) -> float:
    """Sum of the samples of `name` on the worker's /metrics whose labels include `labels`."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        text = response.read().decode()
    total = 0.0
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                total += sample.value
    return total


def http_status(port: int, path: str) -> int:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=3) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
    except OSError:
        return 0  # not listening (yet)


def wait_for(condition: Callable[[], bool], timeout: float, message: str, interval: float = 0.3) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(message)
        time.sleep(interval)


def worker_env(topics: WorkerTopics, bootstrap: str, **extra: str) -> dict[str, str]:
    """The worker as an operator runs it against a cluster: topics owned by others, short send timeout.

    English only (no French pipeline): the fault corpus is English, and on a 2-core test machine the
    three brokers share the cores with the workers. In two runs with a second pipeline loaded at
    every worker start, a broker dropped out of the cluster mid-test (its partitions marked failed
    by the others), which we read as CPU starvation past its 4 s session timeout. In production the
    brokers have their own machines; language routing has its own tests."""
    return {**topics.env(bootstrap), "WIRE_CREATE_TOPICS": "false", "WIRE_PUBLISH_TIMEOUT_S": "10",
            # A commit stall after a restart (docs/guarantees.md, known problems) heals within this
            # many seconds plus the records fetched again, inside the commit waits of these tests.
            "WIRE_LOST_RECORDS_RESEEK_S": "10", "WIRE_LANGUAGE_MODELS": "{}", **extra}


def wait_committed(bootstrap: str, topics: WorkerTopics, total: int, timeout: float = 60.0,
                   workers: Sequence[WorkerProcess] = ()) -> None:
    """faust commits acked offsets on a timer: wait until the group's commits cover `total` records."""
    deadline = time.monotonic() + timeout
    while sum(committed(bootstrap, topics.group, topics.raw).values()) < total:
        if time.monotonic() > deadline:
            logs = "\n".join(w.log()[-3000:] + "\n" + w.stacks() for w in workers)
            raise AssertionError(f"offsets never reached {total}\n{logs}")
        time.sleep(0.5)


def leader_of(bootstrap: str, topic: str, partition: int) -> int:
    """The node id leading one partition now."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        parts = admin.describe_topics([topic])[0]["partitions"]
    finally:
        admin.close()
    return next(int(p["leader_id"]) for p in parts if p["partition_index"] == partition)


def restart_all_down(kafka: LocalKafka) -> None:
    """Bring back every node that is down, in parallel: a lone node of three has no quorum."""
    down = [n.node_id for n in kafka.nodes if not n.alive]
    errors: list[BaseException] = []

    def boot(node_id: int) -> None:
        try:
            kafka.restart(node_id)
        except BaseException as exc:  # reported on the main thread below
            errors.append(exc)

    threads = [threading.Thread(target=boot, args=(n,)) for n in down]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
