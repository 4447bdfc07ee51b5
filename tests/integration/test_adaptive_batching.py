"""Adaptive batches (WIRE_BATCH_WINDOW_S=0) follow the load on a real broker: a lone story is taken
and published at once, not when a batch fills; a backlog is still gathered into batches of many
records."""

from __future__ import annotations

import time
from pathlib import Path

from tests.integration.test_worker_delivery import good_story
from tests.support.faults import metric
from tests.support.worker_process import WorkerProcess, WorkerTopics, produce, read_all
from worker.local_kafka import LocalKafka

# A size no test reaches: a worker that waited for a batch to fill (or for any window longer than
# the time the test allows a lone story) fails the test.
BATCH_SIZE = 1000
OLD_WINDOW_S = 90.0  # the bound the lone story is held to is a third of this


def enriched_keys(kafka: LocalKafka, topics: WorkerTopics, keys: set[bytes], worker: WorkerProcess,
                  timeout: float) -> None:
    read_all(kafka.bootstrap_servers, [topics.names["enriched"]], timeout=timeout, worker=worker,
             until=lambda rs: keys <= {r.key for r in rs})


def batches(port: int) -> tuple[float, float]:
    """(batches taken, records in them) so far, from the worker's own histogram."""
    return (metric(port, "wire_enrich_batch_size_records_count"), metric(port, "wire_enrich_batch_size_records_sum"))


def test_a_lone_story_is_published_without_waiting_for_a_batch_to_fill(kafka: LocalKafka, unique_name,
                                                                      tmp_path: Path) -> None:
    topics = WorkerTopics(unique_name("lone"))
    kafka.create_topics([topics.raw, *topics.outputs()], partitions=2)
    worker = WorkerProcess({**topics.env(kafka.bootstrap_servers), "WIRE_BATCH_SIZE": str(BATCH_SIZE),
                            "WIRE_BATCH_WINDOW_S": "0"}, tmp_path / "worker.log").start()
    try:
        # The first story also waits for the model, the group join and the first fetch: untimed.
        produce(kafka.bootstrap_servers, topics.raw, [(b"warm-up", good_story(0))])
        enriched_keys(kafka, topics, {b"warm-up"}, worker, timeout=240)
        taken, records = batches(worker.metrics_port)

        started = time.monotonic()
        produce(kafka.bootstrap_servers, topics.raw, [(b"lone", good_story(1))])
        enriched_keys(kafka, topics, {b"lone"}, worker, timeout=OLD_WINDOW_S / 3)
        assert time.monotonic() - started < OLD_WINDOW_S / 3
        # ... as a batch of its own, taken once it arrived.
        assert batches(worker.metrics_port) == (taken + 1, records + 1)

        # A backlog: forty stories at once are gathered into fewer, larger batches.
        taken, records = batches(worker.metrics_port)
        backlog = [(f"b-{i}".encode(), good_story(i)) for i in range(40)]
        produce(kafka.bootstrap_servers, topics.raw, backlog)
        enriched_keys(kafka, topics, {k for k, _ in backlog}, worker, timeout=240)
        now_taken, now_records = batches(worker.metrics_port)
        assert now_records - records == len(backlog)
        assert now_taken - taken < len(backlog) / 2  # more than two stories per batch on average
    finally:
        assert worker.terminate() == 0, worker.log()[-3000:]
