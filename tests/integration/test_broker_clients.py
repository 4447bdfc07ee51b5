"""Both Kafka clients we depend on work against the pinned real broker (Kafka 4.x removed old
request versions, so this is the first thing to prove), and so do the cluster's fault paths."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition

from worker.local_kafka import FAST_START_JVM_OPTS, LocalKafka

pytestmark = pytest.mark.integration


def _drain(consumer: KafkaConsumer, count: int, timeout: float = 30.0) -> list[object]:
    records: list[object] = []
    deadline = time.monotonic() + timeout
    while len(records) < count and time.monotonic() < deadline:
        for batch in consumer.poll(timeout_ms=500).values():
            records.extend(batch)
    assert len(records) == count, f"got {len(records)} of {count} records"
    return records


def test_admin_creates_topics(kafka: LocalKafka, unique_name: Callable[[str], str]) -> None:
    name = unique_name("admin")
    admin = KafkaAdminClient(bootstrap_servers=kafka.bootstrap_servers)
    try:
        admin.create_topics({name: {"num_partitions": 3, "replication_factor": 1,
                                    "configs": {"cleanup.policy": "compact"}}},
                            wait_for_metadata=True)
        (described,) = admin.describe_topics([name])
        assert sorted(p["partition_index"] for p in described["partitions"]) == [0, 1, 2]
        assert all(p["leader_id"] == 1 for p in described["partitions"])
        assert name in admin.list_topics()
    finally:
        admin.close()
    kafka.create_topics([name], partitions=3)  # the helper is idempotent


def test_kafka_python_produce_consume_commit_and_offsets_for_times(
        kafka: LocalKafka, topic_factory: Callable[..., str],
        unique_name: Callable[[str], str]) -> None:
    topic, group = topic_factory(), unique_name("group")
    tp = TopicPartition(topic, 0)
    base = int(time.time() * 1000) - 60_000
    producer = KafkaProducer(bootstrap_servers=kafka.bootstrap_servers, acks="all")
    try:
        offsets = [producer.send(topic, f"m{i}".encode(), partition=0,
                                 timestamp_ms=base + i * 1000).get(timeout=30).offset
                   for i in range(10)]
    finally:
        producer.close()
    assert offsets == list(range(10))

    consumer = KafkaConsumer(topic, bootstrap_servers=kafka.bootstrap_servers, group_id=group,
                             auto_offset_reset="earliest", enable_auto_commit=False)
    try:
        records = _drain(consumer, 10)
        assert [r.value for r in records] == [f"m{i}".encode() for i in range(10)]  # type: ignore[attr-defined]
        consumer.commit()
        assert consumer.committed(tp) == 10
        found = consumer.offsets_for_times({tp: base + 5000})
        assert found[tp] is not None and found[tp].offset == 5
        assert consumer.offsets_for_times({tp: base + 60_000})[tp] is None  # after the last
    finally:
        consumer.close()

    # A new member of the same group resumes after the committed offset.
    again = KafkaConsumer(bootstrap_servers=kafka.bootstrap_servers, group_id=group,
                          enable_auto_commit=False)
    try:
        assert again.committed(tp) == 10
    finally:
        again.close()


def test_aiokafka_headers_and_commit(kafka: LocalKafka, topic_factory: Callable[..., str],
                                     unique_name: Callable[[str], str]) -> None:
    topic, group = topic_factory(partitions=2), unique_name("group")

    async def scenario() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=kafka.bootstrap_servers, acks="all")
        await producer.start()
        try:
            for i in range(6):
                meta = await producer.send_and_wait(
                    topic, f"v{i}".encode(), key=f"k{i}".encode(), partition=i % 2,
                    headers=[("story-id", f"s{i}".encode()), ("attempt", b"1")])
                assert meta.offset == i // 2
        finally:
            await producer.stop()

        consumer = AIOKafkaConsumer(topic, bootstrap_servers=kafka.bootstrap_servers,
                                    group_id=group, auto_offset_reset="earliest",
                                    enable_auto_commit=False)
        await consumer.start()
        try:
            seen: dict[bytes, dict[str, bytes]] = {}
            async with asyncio.timeout(30):
                while len(seen) < 6:
                    msg = await consumer.getone()
                    seen[msg.value] = dict(msg.headers)
            assert seen[b"v3"] == {"story-id": b"s3", "attempt": b"1"}
            await consumer.commit()
            for partition in (0, 1):
                assert await consumer.committed(TopicPartition(topic, partition)) == 3
        finally:
            await consumer.stop()

    asyncio.run(scenario())


def test_three_node_cluster_survives_a_killed_broker(unique_name: Callable[[str], str]) -> None:
    topic = unique_name("replicated")
    with LocalKafka(nodes=3, jvm_opts=FAST_START_JVM_OPTS) as cluster:
        cluster.create_topics([topic], partitions=1, replication=3,
                              configs={"min.insync.replicas": "2"})
        admin = KafkaAdminClient(bootstrap_servers=cluster.bootstrap_servers)
        try:
            (part,) = admin.describe_topics([topic])[0]["partitions"]
        finally:
            admin.close()
        assert sorted(part["isr_nodes"]) == [1, 2, 3]

        producer = KafkaProducer(bootstrap_servers=cluster.bootstrap_servers, acks="all",
                                 retries=50, retry_backoff_ms=200)
        try:
            producer.send(topic, b"before").get(timeout=30)
            cluster.kill(part["leader_id"])  # crash the partition leader, no controlled shutdown
            # Acks=all still succeeds with the two replicas left (min ISR 2) once a new
            # leader is elected.
            assert producer.send(topic, b"during").get(timeout=60).offset == 1
            cluster.restart(part["leader_id"])
            cluster.wait_for_isr(topic, 3)
            assert producer.send(topic, b"after").get(timeout=30).offset == 2
        finally:
            producer.close()

        consumer = KafkaConsumer(topic, bootstrap_servers=cluster.bootstrap_servers,
                                 auto_offset_reset="earliest", enable_auto_commit=False)
        try:
            values = [r.value for r in _drain(consumer, 3)]  # type: ignore[attr-defined]
        finally:
            consumer.close()
        assert values == [b"before", b"during", b"after"]
