"""An output topic disappears (deleted; the brokers do not auto-create topics): the worker retries in
bounded rounds, never commits past the stuck batch, says so in metrics, logs and readiness, and
finishes everything once the topic is back."""

from __future__ import annotations

import time
from pathlib import Path

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord

from tests.support.faults import CleanRun, OutputCollector, all_terminal, corpus, http_status, metric, \
    produce_items, reconcile, wait_committed, wait_for, worker_env
from tests.support.worker_process import WorkerProcess, committed
from worker.local_kafka import LocalKafka


def test_a_deleted_output_topic_stops_commits_shows_in_metrics_and_recovers_when_it_returns(
        cluster: LocalKafka, make_topics, clean: CleanRun, tmp_path: Path) -> None:
    bootstrap = cluster.bootstrap_servers
    topics = make_topics(1)
    before, during = corpus(30, "pre", bad_every=0), corpus(20, "mid", bad_every=0)
    env = worker_env(topics, bootstrap, WIRE_PUBLISH_RETRIES="2", WIRE_PUBLISH_TIMEOUT_S="3")
    quotes = topics.names["quotes"]

    with OutputCollector(bootstrap, topics.outputs()) as out:
        worker = WorkerProcess(env, tmp_path / "worker.log").start()
        try:
            first = produce_items(bootstrap, topics.raw, before)
            out.wait(all_terminal(topics, dict(zip(first, (i.key for i in before)))), timeout=240, workers=[worker])
            wait_committed(bootstrap, topics, len(before), workers=[worker])

            admin = KafkaAdminClient(bootstrap_servers=bootstrap)
            try:
                admin.delete_topics([quotes])
                wait_for(lambda: quotes not in admin.list_topics(), 30, "the topic was not deleted")
            finally:
                admin.close()
            second = produce_items(bootstrap, topics.raw, during)  # every story has a quote
            wait_for(lambda: metric(worker.metrics_port, "wire_enrich_publish_errors_total",
                                    topic_kind="quotes") >= 1, 120, f"no publish error counted\n{worker.log()[-3000:]}")
            # While the topic is gone nothing past the stuck batch may be committed, however long it lasts.
            readiness = set()
            for _ in range(10):
                assert sum(committed(bootstrap, topics.group, topics.raw).values()) == len(before)
                readiness.add(http_status(worker.metrics_port, "/readyz"))
                time.sleep(1)
            retries = metric(worker.metrics_port, "wire_enrich_publish_retries_total", topic_kind="quotes")
            errors = metric(worker.metrics_port, "wire_enrich_publish_errors_total", topic_kind="quotes")
            assert worker.alive() and retries >= 2 and 503 in readiness
            assert "not fully published" in worker.log()

            cluster.create_topics([quotes], partitions=3)
            key_at = dict(zip(second, (i.key for i in during)))
            out.wait(all_terminal(topics, key_at), timeout=240, workers=[worker])
            wait_committed(bootstrap, topics, len(before) + len(during), workers=[worker])
            records = out.wait_caught_up(bootstrap, topics.outputs())
            # The collector subscribed before the topic was deleted; the recreated topic is a new
            # one to Kafka, so read it afresh from its beginning.
            records = [r for r in records if r.topic != quotes] + _read_from_start(bootstrap, quotes)
            wait_for(lambda: http_status(worker.metrics_port, "/readyz") == 200, 30, "readiness never came back")
        finally:
            assert worker.terminate() == 0, worker.log()[-3000:]
    # The quotes of the first stories went with the deleted topic: reconcile the stories sent after it.
    mine = {i.key for i in during}
    report = reconcile([r for r in records if r.key in mine], topics, key_at,
                       clean.identities(topics.raw, during, second))
    print(report.line(f"5 publish keeps failing (errors {errors:.0f}, retries {retries:.0f}, readyz {sorted(readiness)})"))


def _read_from_start(bootstrap: str, topic: str) -> list[ConsumerRecord]:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, consumer_timeout_ms=3000)
    try:
        parts = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])]
        consumer.assign(parts)
        consumer.seek_to_beginning(*parts)
        return list(consumer)
    finally:
        consumer.close()
