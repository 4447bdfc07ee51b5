"""Run the real worker as its own process, the way production does, and read what it wrote."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord
from kafka.errors import CoordinatorNotAvailableError

from worker.config import env_name, topic_settings
from worker.core.families import OFF_BY_DEFAULT
from worker.core.families import TOPIC_KINDS as OUTPUT_KINDS


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class WorkerTopics:
    """Unique topic names and group for one test, and the WIRE_ environment that selects them."""

    prefix: str
    raw: str = ""
    names: dict[str, str] = field(default_factory=dict)
    # Outputs that are off by default (the GKG row) are named, and so on, only when asked for.
    optional: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self.raw = f"{self.prefix}.raw"
        self.names = {kind: f"{self.prefix}.{kind}" for kind in OUTPUT_KINDS
                      if kind not in OFF_BY_DEFAULT or kind in self.optional}

    @property
    def group(self) -> str:
        return f"{self.prefix}.group"

    @property
    def changelog(self) -> str:
        """The worker's revisions table changelog (faust names it after the app id)."""
        return f"{self.group}-revisions-changelog"

    def env(self, bootstrap: str) -> dict[str, str]:
        names = {"raw": self.raw, **self.names}
        return {env_name("bootstrap_servers"): bootstrap, env_name("app_id"): self.group,
                **{env_name(field): names[kind] for kind, field in topic_settings().items() if kind in names}}

    def outputs(self) -> list[str]:
        return list(self.names.values())


class WorkerProcess:
    """`python -m worker run` with a given environment; its log goes to a file for failures."""

    def __init__(self, env: Mapping[str, str], log_path: Path, metrics_port: int | None = None) -> None:
        self.metrics_port = metrics_port or free_port()
        self.log_path = log_path
        self.env = {**os.environ, "WIRE_METRICS_PORT": str(self.metrics_port), "WIRE_METRICS_HOST": "127.0.0.1",
                    "WIRE_DATA_DIR": str(log_path.parent / f"{log_path.stem}-data"), **env}
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> WorkerProcess:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "worker", "run"], env=self.env, stdout=log,
                                     stderr=subprocess.STDOUT)
        return self

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def terminate(self, timeout: float = 60.0) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=timeout)

    def stacks(self, wait_s: float = 3.0, limit: int = 8000) -> str:
        """Ask a running worker for its threads' stacks and every asyncio task (faust's worker dumps
        them to stderr on SIGUSR1); returns the dump without local variables, for a stalled run's
        failure message."""
        if not self.alive():
            return "(worker not running: no stack dump)"
        if "[^Worker]: Ready" not in self.log():  # faust's handler not installed: SIGUSR1 would kill it
            return "(faust not started: no stack dump)"
        before = len(self.log())
        self.proc.send_signal(signal.SIGUSR1)  # type: ignore[union-attr]
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            time.sleep(0.5)
        dump, keep = [], True
        for line in self.log()[before:].splitlines():
            if line.startswith("LOCAL VARIABLES"):
                keep = False
            elif line.startswith(("TASKS", "THREAD")):
                keep = True
            if keep and not line.startswith("-----"):
                dump.append(line)
        text = "\n".join(dump)
        return "STACKS AND TASKS at the timeout:\n" + (text[:limit] + "\n..." if len(text) > limit else text)

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        self.proc.wait(timeout=30)


def produce(bootstrap: str, topic: str, records: Iterable[tuple[bytes | None, bytes | None]],
            timestamp_ms: Callable[[int], int | None] = lambda i: None) -> list[int]:
    """Send (key, value) pairs with acks=all; return their offsets."""
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all")
    try:
        futures = [producer.send(topic, key=k, value=v, timestamp_ms=timestamp_ms(i))
                   for i, (k, v) in enumerate(records)]
        return [f.get(timeout=30).offset for f in futures]
    finally:
        producer.close()


def read_all(bootstrap: str, topics: Iterable[str], *, until: Callable[[list[ConsumerRecord]], bool],
             timeout: float, worker: WorkerProcess | None = None) -> list[ConsumerRecord]:
    """Read topics from the beginning until `until(records)` holds; fail with the worker log if not."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                             enable_auto_commit=False, consumer_timeout_ms=500)
    consumer.subscribe(list(topics))
    records: list[ConsumerRecord] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            records.extend(consumer)
            if until(records):
                return records
            if worker is not None and not worker.alive():
                raise AssertionError(f"worker exited early:\n{worker.log()[-5000:]}")
        log = worker.log()[-5000:] if worker else ""
        raise AssertionError(f"timed out with {len(records)} records read\n{log}")
    finally:
        consumer.close()


def committed(bootstrap: str, group: str, topic: str) -> dict[int, int]:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        try:
            offsets = admin.list_group_offsets(group).get(group, {})
        except CoordinatorNotAvailableError:
            return {}  # the group has not been created yet: nothing committed
        return {tp.partition: meta.offset for tp, meta in offsets.items() if tp.topic == topic and meta.offset >= 0}
    finally:
        admin.close()


def group_assignment(bootstrap: str, group: str, topic: str) -> list[list[int]] | None:
    """The partitions of ``topic`` each member of a stable group holds, or None while the group
    rebalances: a worker reports ready on its own assignment, before a later join has settled."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        try:
            described = admin.describe_groups([group]).get(group, {})
        except CoordinatorNotAvailableError:
            return None
    finally:
        admin.close()
    if str(described.get("group_state", "")).lower() != "stable":
        return None
    held = []
    for member in described.get("members", []):
        assignment = member.get("member_assignment") or {}
        parts = assignment.get("assigned_partitions", []) if isinstance(assignment, dict) else []
        held.append(sorted(p for tp in parts if tp.get("topic") == topic for p in tp.get("partitions", [])))
    return held


def end_offsets(bootstrap: str, topic: str) -> dict[int, int]:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap)
    try:
        parts = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or []]
        return {tp.partition: off for tp, off in consumer.end_offsets(parts).items()}
    finally:
        consumer.close()


def headers(record: Any) -> dict[str, bytes]:
    return {k: v for k, v in (record.headers or [])}
