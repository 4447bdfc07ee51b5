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
    assert set(lines) == {topics.raw, *topics.outputs()}
    assert all("2 partitions" in line for line in lines.values())


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
