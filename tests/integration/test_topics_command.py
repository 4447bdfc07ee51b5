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
