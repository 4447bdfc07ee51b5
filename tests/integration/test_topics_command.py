"""`wire-enrich topics` creates the missing topics on a real broker and describes them all."""

from typer.testing import CliRunner

from tests.support.worker_process import WorkerTopics
from worker.cli import app
from worker.local_kafka import LocalKafka


def test_topics_creates_missing_topics_and_lists_partitions(kafka: LocalKafka, unique_name, monkeypatch) -> None:
    topics = WorkerTopics(unique_name("cmd"))
    for name, value in topics.env(kafka.bootstrap_servers).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("WIRE_TOPIC_PARTITIONS", "2")
    result = CliRunner().invoke(app, ["topics"])
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    # The revisions table's changelog too, with as many partitions as the raw topic.
    assert set(lines) == {topics.raw, *topics.outputs(), topics.changelog}
    assert all("2 partitions" in line for line in lines.values()), result.stdout


def test_the_revisions_changelog_copies_an_existing_raw_topics_partitions_and_is_compacted(
        kafka: LocalKafka, unique_name, monkeypatch) -> None:
    from kafka import KafkaAdminClient
    from kafka.admin import ConfigResource, ConfigResourceType

    topics = WorkerTopics(unique_name("cmd"))
    kafka.create_topics([topics.raw], partitions=5)  # owned by someone else, not the configured count
    for name, value in topics.env(kafka.bootstrap_servers).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("WIRE_TOPIC_PARTITIONS", "2")
    monkeypatch.setenv("WIRE_REVISIONS_RETENTION_DAYS", "3")
    result = CliRunner().invoke(app, ["topics"])
    assert result.exit_code == 0, result.output
    changelog = topics.changelog
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    assert "5 partitions" in lines[changelog] and "2 partitions" in lines[topics.names["revisions"]]
    admin = KafkaAdminClient(bootstrap_servers=kafka.bootstrap_servers)
    try:
        described = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, changelog)])
    finally:
        admin.close()
    (configs,) = [by_name[changelog] for by_name in described.values() if changelog in by_name]
    assert {k: configs[k]["value"] for k in ("cleanup.policy", "retention.ms")} == {
        "cleanup.policy": "compact,delete", "retention.ms": str(3 * 86_400_000)}


def test_topics_without_bootstrap_servers_is_a_clear_error(monkeypatch) -> None:
    monkeypatch.delenv("WIRE_BOOTSTRAP_SERVERS", raising=False)
    result = CliRunner().invoke(app, ["topics"])
    assert result.exit_code == 2 and "WIRE_BOOTSTRAP_SERVERS" in result.output


def test_produce_sends_each_file_unchanged_keyed_by_name(kafka: LocalKafka, topic_factory, tmp_path, monkeypatch
                                                         ) -> None:
    from kafka import KafkaConsumer

    topic = topic_factory()
    (tmp_path / "one.txt").write_bytes("OSLO — Snow fell.\n".encode())
    (tmp_path / "two.bin").write_bytes(b"\xff\x00raw")
    monkeypatch.setenv("WIRE_BOOTSTRAP_SERVERS", kafka.bootstrap_servers)
    result = CliRunner().invoke(app, ["produce", "--topic", topic, str(tmp_path / "one.txt"), str(tmp_path / "two.bin")])
    assert result.exit_code == 0, result.output
    consumer = KafkaConsumer(topic, bootstrap_servers=kafka.bootstrap_servers, auto_offset_reset="earliest",
                             consumer_timeout_ms=5000)
    got = {r.key: r.value for r in consumer}
    consumer.close()
    assert got == {b"one.txt": "OSLO — Snow fell.\n".encode(), b"two.bin": b"\xff\x00raw"}
