"""A real Apache Kafka broker (or a small KRaft cluster) on 127.0.0.1, started from Python.

Used by the integration tests and by the app's embedded default. The broker is the genuine one:
its jars come from Maven Central through `mvn` (pinned in deploy/kafka/pom.xml) and it runs as a
plain `java ... kafka.Kafka` process, because this project has no Docker and allows no fakes.

This module is an edge: it may use kafka-python, but never faust nor anything in worker.core.

    python -m worker.local_kafka --nodes 1      # prints bootstrap servers, Ctrl-C stops
"""

from __future__ import annotations

import argparse
import atexit
import base64
import ctypes
import fcntl
import hashlib
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from kafka import KafkaAdminClient

from worker.errors import WireEnrichError

log = logging.getLogger(__name__)

DEFAULT_KAFKA_DIR = Path(__file__).resolve().parent.parent / "deploy" / "kafka"
HOST = "127.0.0.1"  # only ever listen on loopback
# The options of Kafka's own start scripts, with a fixed 512 MB heap.
JVM_OPTS = ("-Xms256m", "-Xmx512m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
            "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true")
# C1 only: a third less CPU to start (three JVMs on two cores), slower at full load. For fault
# tests, never for benchmarks.
FAST_START_JVM_OPTS = (*JVM_OPTS, "-XX:TieredStopAtLevel=1")
STOP_GRACE_S = 15.0
LOG_TAIL_LINES = 40
_TOPIC_ALREADY_EXISTS = 36  # Kafka protocol error code


class LocalKafkaError(WireEnrichError, RuntimeError):
    """The jars could not be fetched, or a broker did not start as expected."""


def ensure_jars(kafka_dir: Path = DEFAULT_KAFKA_DIR, maven_repo: Path | None = None,
                mvn: str = "mvn") -> Path:
    """Return `kafka_dir/lib`, running `mvn` to fill it only when the pom changed since then.

    A marker file keyed by the pom's hash lets every later start skip Maven and the network.
    `maven_repo` overrides Maven's local repository (default ~/.m2/repository).
    """
    pom = kafka_dir / "pom.xml"
    if not pom.is_file():
        raise LocalKafkaError(f"no pom.xml in {kafka_dir}")
    lib = kafka_dir / "lib"
    marker = lib / f".fetched-{hashlib.sha256(pom.read_bytes()).hexdigest()[:16]}"

    def fetched() -> bool:
        return marker.exists() and any(lib.glob("kafka_2.13-*.jar"))

    if fetched():
        return lib
    work = kafka_dir / "target"  # gitignored; holds the lock and the half-filled lib
    work.mkdir(exist_ok=True)
    with open(work / "fetch.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # parallel test runs must not fetch into one folder
        if fetched():
            return lib
        if shutil.which(mvn) is None:
            raise LocalKafkaError(f"`{mvn}` not found; install Maven to fetch the broker")
        staging = work / f"lib-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        cmd = [mvn, "-B", "-q", "-Dstyle.color=never", "-f", str(pom),
               "dependency:copy-dependencies", "-DincludeScope=runtime",
               f"-DoutputDirectory={staging}"]
        if maven_repo is not None:
            cmd.append(f"-Dmaven.repo.local={maven_repo}")
        log.info("fetching Kafka jars with Maven (first run only): %s", " ".join(cmd))
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            tail = "\n".join((done.stdout + done.stderr).splitlines()[-LOG_TAIL_LINES:])
            raise LocalKafkaError(f"mvn failed ({done.returncode}):\n{tail}")
        (staging / marker.name).touch()
        shutil.rmtree(lib, ignore_errors=True)
        staging.rename(lib)  # swapped in whole: a crash never leaves a half-filled lib/
    return lib


def _free_ports(count: int) -> list[int]:
    # Bind to port 0 and read it back. All sockets stay open until every port is known, so one
    # call never repeats a port; another process may still take one before the broker binds it.
    with ExitStack() as stack:
        socks = [stack.enter_context(socket.socket()) for _ in range(count)]
        for sock in socks:
            sock.bind((HOST, 0))
        return [int(sock.getsockname()[1]) for sock in socks]


def _cluster_id() -> str:
    # Kafka's format: 16 random bytes in URL-safe base64 without padding. A clear top bit keeps
    # the first character a letter, never a '-' that command-line parsers take for an option.
    raw = bytearray(uuid.uuid4().bytes)
    raw[0] &= 0x7F
    return base64.urlsafe_b64encode(bytes(raw)).decode().rstrip("=")


_PRCTL: Any = getattr(ctypes.CDLL(None), "prctl", None) if sys.platform == "linux" else None


def _die_with_parent() -> None:
    # Runs in the child before exec: the kernel SIGKILLs the JVM when its parent dies without
    # cleaning up (a test run killed hard), so brokers never outlive their owner.
    _PRCTL(1, int(signal.SIGKILL))  # 1 = PR_SET_PDEATHSIG


@dataclass
class KafkaNode:
    """One combined broker+controller process and its files under `home`."""

    node_id: int
    port: int
    controller_port: int
    home: Path
    listener_ports: dict[str, int] = field(default_factory=dict)  # extra listeners by name
    process: subprocess.Popen[bytes] | None = None
    properties_file: Path = field(init=False)
    log_file: Path = field(init=False)
    data_dir: Path = field(init=False)

    def __post_init__(self) -> None:
        self.properties_file = self.home / "server.properties"
        self.log_file = self.home / "kafka.log"
        self.data_dir = self.home / "data"

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log_tail(self, lines: int = LOG_TAIL_LINES) -> str:
        text = self.log_file.read_text(errors="replace") if self.log_file.exists() else ""
        return "\n".join(text.splitlines()[-lines:]) or "(empty log)"


class LocalKafka:
    """A single Kafka node, or an N-node KRaft cluster, on free loopback ports.

    Every node is broker and controller at once and lists the same voters. One node gets
    replication factor 1; a cluster gets RF 3 (capped at N), min.insync.replicas 2, no unclean
    leader election and fast failure detection, so fault tests run in seconds.

    `overrides` are extra server properties for every node, `node_overrides[node_id]` for one.
    `extra_listeners` maps a listener name to its security protocol, e.g. {"SASL_SSL": "SASL_SSL"};
    each gets a free port per node (see `bootstrap_for`); its own settings go in the overrides.
    `format_args` are extra arguments for the storage format, e.g. `--add-scram` credentials,
    which a KRaft cluster can only be given that way before its first start.
    """

    def __init__(self, nodes: int = 1, *, kafka_dir: Path = DEFAULT_KAFKA_DIR,
                 data_dir: Path | None = None, maven_repo: Path | None = None,
                 overrides: Mapping[str, str] | None = None,
                 node_overrides: Mapping[int, Mapping[str, str]] | None = None,
                 extra_listeners: Mapping[str, str] | None = None,
                 format_args: Sequence[str] = (),
                 start_timeout: float = 120.0, java: str = "java",
                 jvm_opts: Sequence[str] = JVM_OPTS) -> None:
        if nodes < 1:
            raise ValueError("nodes must be >= 1")
        self.kafka_dir, self.maven_repo, self.java = kafka_dir, maven_repo, java
        self.jvm_opts = tuple(jvm_opts)
        self.overrides = dict(overrides or {})
        self.node_overrides = {k: dict(v) for k, v in (node_overrides or {}).items()}
        self.extra_listeners = dict(extra_listeners or {})
        self.format_args = tuple(format_args)
        self.start_timeout = start_timeout
        self.replication = min(3, nodes)
        self.min_isr = 1 if nodes == 1 else 2
        self._own_dir = data_dir is None  # a temp dir made here is removed by stop()
        self.data_dir = data_dir or Path(tempfile.mkdtemp(prefix="local-kafka-"))
        names = ["PLAINTEXT", "CONTROLLER", *self.extra_listeners]
        ports = iter(_free_ports(len(names) * nodes))
        self.nodes: list[KafkaNode] = []
        for node_id in range(1, nodes + 1):
            mine = {name: next(ports) for name in names}
            self.nodes.append(KafkaNode(node_id, mine.pop("PLAINTEXT"), mine.pop("CONTROLLER"),
                                        self.data_dir / f"node-{node_id}", listener_ports=mine))
        self._cluster_id = _cluster_id()
        self._lib: Path | None = None

    @property
    def bootstrap_servers(self) -> str:
        return ",".join(f"{HOST}:{n.port}" for n in self.nodes)

    def bootstrap_for(self, listener: str) -> str:
        """Bootstrap servers of one of the `extra_listeners`."""
        return ",".join(f"{HOST}:{n.listener_ports[listener]}" for n in self.nodes)

    def node(self, node_id: int) -> KafkaNode:
        return {n.node_id: n for n in self.nodes}[node_id]

    def _properties(self, node: KafkaNode) -> dict[str, str]:
        rf, isr = str(self.replication), str(self.min_isr)
        advertised = ",".join(f"{name}://{HOST}:{port}" for name, port in
                              {"PLAINTEXT": node.port, **node.listener_ports}.items())
        protocols = {"CONTROLLER": "PLAINTEXT", "PLAINTEXT": "PLAINTEXT", **self.extra_listeners}
        props = {
            "process.roles": "broker,controller",
            "node.id": str(node.node_id),
            # A static voters line, the same on every node: no --standalone format needed.
            "controller.quorum.voters": ",".join(
                f"{n.node_id}@{HOST}:{n.controller_port}" for n in self.nodes),
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": "PLAINTEXT",
            "listeners": f"{advertised},CONTROLLER://{HOST}:{node.controller_port}",
            "advertised.listeners": advertised,
            "listener.security.protocol.map": ",".join(f"{k}:{v}" for k, v in protocols.items()),
            "log.dirs": str(node.data_dir),
            "default.replication.factor": rf,
            "min.insync.replicas": isr,
            "offsets.topic.replication.factor": rf,
            "transaction.state.log.replication.factor": rf,
            "transaction.state.log.min.isr": isr,
            "share.coordinator.state.topic.replication.factor": rf,
            "share.coordinator.state.topic.min.isr": isr,
            "unclean.leader.election.enable": "false",
            # The app pre-creates its topics; auto-creation would hide a missing one.
            "auto.create.topics.enable": "false",
            "group.initial.rebalance.delay.ms": "0",  # consumers join at once in tests
            # Keep records whatever their timestamps: tests and backfills produce stories dated
            # months back, which the default 7-day time retention would delete mid-run.
            "log.retention.ms": "-1",
            # Small and fast: fewer internal partitions, small cleaner buffer, fewer threads.
            "offsets.topic.num.partitions": "5",
            "log.cleaner.dedupe.buffer.size": "2097152",
            "num.network.threads": "2",
        }
        if len(self.nodes) > 1:  # notice a dead broker in seconds, not the 9 s / 30 s defaults
            props.update({"broker.heartbeat.interval.ms": "1000",
                          "broker.session.timeout.ms": "4000",
                          "replica.lag.time.max.ms": "5000"})
        return props | self.overrides | self.node_overrides.get(node.node_id, {})

    def _java(self, *args: str) -> list[str]:
        assert self._lib is not None, "start() first"
        log4j = self.kafka_dir / "log4j2.properties"
        return [self.java, "-cp", str(self._lib / "*"), f"-Dlog4j2.configurationFile={log4j}",
                *args]

    def _prepare(self, node: KafkaNode) -> subprocess.Popen[bytes] | None:
        """Write server.properties; start formatting the storage unless it has data already."""
        node.data_dir.mkdir(parents=True, exist_ok=True)
        node.properties_file.write_text(
            "".join(f"{k}={v}\n" for k, v in self._properties(node).items()))
        if (node.data_dir / "meta.properties").exists():
            return None
        with open(node.log_file, "ab") as out:
            return subprocess.Popen(
                self._java("kafka.tools.StorageTool", "format", "-t", self._cluster_id,
                           "-c", str(node.properties_file), *self.format_args),
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)

    def _launch(self, node: KafkaNode) -> None:
        # PDEATHSIG follows the *thread* that forked; only the main thread lives as long as the
        # process, so from other threads we rely on stop() and atexit alone.
        tie = _PRCTL is not None and threading.current_thread() is threading.main_thread()
        with open(node.log_file, "ab") as out:
            out.write(f"--- starting node {node.node_id} at {time.ctime()}\n".encode())
            out.flush()
            node.process = subprocess.Popen(
                self._java(*self.jvm_opts, "kafka.Kafka", str(node.properties_file)),
                cwd=node.home, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True,  # a terminal's Ctrl-C reaches us, and we stop the JVMs
                preexec_fn=_die_with_parent if tie else None)

    def start(self) -> LocalKafka:
        """Fetch jars if needed, format and start every node, and wait until all serve."""
        self._lib = ensure_jars(self.kafka_dir, self.maven_repo)
        if shutil.which(self.java) is None:
            raise LocalKafkaError(f"`{self.java}` not found; Kafka 4 needs Java 17+")
        atexit.register(self.stop)
        try:
            self._boot(self.nodes)
        except BaseException:
            self._own_dir = False  # keep the logs of a failed start for inspection
            log.error("Kafka did not start; its files are in %s", self.data_dir)
            self.stop()
            raise
        return self

    def _boot(self, nodes: list[KafkaNode]) -> None:
        formats = [(n, self._prepare(n)) for n in nodes]  # the formats run in parallel
        for node, proc in formats:
            if proc is not None and proc.wait(timeout=self.start_timeout) != 0:
                raise LocalKafkaError(f"formatting node {node.node_id} failed:\n{node.log_tail()}")
        for node in nodes:
            self._launch(node)
        self._wait_ready(nodes)

    def _wait_ready(self, nodes: list[KafkaNode]) -> None:
        """A TCP connect first (cheap), then a real metadata request that lists every live node
        unfenced; raise with the log tail as soon as a JVM exits."""
        deadline = time.monotonic() + self.start_timeout

        def check() -> None:
            for n in nodes:
                if not n.alive:
                    code = n.process.returncode if n.process else None
                    raise LocalKafkaError(f"Kafka node {n.node_id} exited ({code}); "
                                          f"last lines of its log:\n{n.log_tail()}")
            if time.monotonic() > deadline:
                tails = "\n".join(f"--- node {n.node_id}:\n{n.log_tail()}" for n in nodes)
                raise LocalKafkaError(f"Kafka not ready after {self.start_timeout:.0f}s\n{tails}")

        for n in nodes:
            while True:
                check()
                try:
                    socket.create_connection((HOST, n.port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.1)
        wanted = {n.node_id for n in self.nodes if n.alive}
        bootstrap = ",".join(f"{HOST}:{n.port}" for n in nodes)
        while True:
            check()
            try:  # short timeouts: a hanging probe must not hide a JVM that died meanwhile
                with self._admin(bootstrap, timeout_ms=3000) as admin:
                    brokers = admin.describe_cluster()["brokers"]
                if wanted <= {b["broker_id"] for b in brokers if not b.get("is_fenced")}:
                    return
            except Exception as exc:  # not ready yet; the deadline bounds the retries
                log.debug("metadata not ready: %r", exc)
            time.sleep(0.2)

    def stop(self, node: int | None = None) -> None:
        """SIGTERM (controlled shutdown), SIGKILL after 15 s. Without `node`, stop every node
        and remove the data dir if it is a temp dir made here."""
        targets = self.nodes if node is None else [self.node(node)]
        for n in targets:
            if n.process is not None and n.alive:
                n.process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_S
        for n in targets:
            if n.process is None:
                continue
            try:
                n.process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                log.warning("Kafka node %s ignored SIGTERM for %ss; killing it",
                            n.node_id, STOP_GRACE_S)
                n.process.kill()
                n.process.wait()
        if node is None:
            atexit.unregister(self.stop)
            if self._own_dir:
                shutil.rmtree(self.data_dir, ignore_errors=True)

    def kill(self, node: int) -> None:
        """SIGKILL one node: a crash, without controlled shutdown."""
        n = self.node(node)
        if n.process is not None and n.alive:
            n.process.kill()
            n.process.wait()

    def restart(self, node: int) -> None:
        """Stop the node if it runs, start it on the same ports and data, wait until it serves."""
        self.stop(node)
        self._boot([self.node(node)])

    def __enter__(self) -> LocalKafka:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    @contextmanager
    def _admin(self, bootstrap: str | None = None,
               timeout_ms: int = 10_000) -> Iterator[KafkaAdminClient]:
        admin = KafkaAdminClient(bootstrap_servers=bootstrap or self.bootstrap_servers,
                                 client_id="local-kafka", request_timeout_ms=timeout_ms,
                                 bootstrap_timeout_ms=timeout_ms)
        with closing(admin):
            yield admin

    def create_topics(self, names: Iterable[str], partitions: int = 1,
                      replication: int | None = None, configs: Mapping[str, str] | None = None,
                      timeout: float = 30.0) -> None:
        """Create topics (existing ones stay as they are) and wait until every partition has
        a leader in the metadata. `replication` defaults to the cluster's (1 or 3)."""
        names = list(names)
        if not names:
            return
        spec = {"num_partitions": partitions, "replication_factor": replication or self.replication,
                "configs": dict(configs or {})}
        with self._admin() as admin:
            result = admin.create_topics({name: spec for name in names}, raise_errors=False,
                                         timeout_ms=int(timeout * 1000))
            for topic in result["topics"]:
                if topic["error_code"] not in (0, _TOPIC_ALREADY_EXISTS):
                    raise LocalKafkaError(f"creating {topic['name']} failed: {topic}")
            admin.wait_for_topics(names, timeout_ms=int(timeout * 1000))

    def wait_for_isr(self, topic: str, size: int | None = None, timeout: float = 60.0) -> None:
        """Wait until every partition of `topic` has `size` in-sync replicas (default: all)."""
        deadline = time.monotonic() + timeout
        while True:
            try:  # right after a restart a request may still fail; that is "not yet"
                with self._admin() as admin:
                    parts = admin.describe_topics([topic])[0]["partitions"]
            except Exception as exc:
                log.debug("describe %s failed: %r", topic, exc)
                parts = []
            want = size or max((len(p["replica_nodes"]) for p in parts), default=-1)
            if parts and all(len(p["isr_nodes"]) == want for p in parts):
                return
            if time.monotonic() > deadline:
                raise LocalKafkaError(f"ISR of {topic} not {want} after {timeout}s: {parts}")
            time.sleep(0.3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run a real local Kafka until Ctrl-C.")
    parser.add_argument("--nodes", type=int, default=1, help="1, or 3 for a KRaft cluster")
    parser.add_argument("--data-dir", type=Path, help="keep the data here (default: temp)")
    parser.add_argument("--topics", default="", help="comma-separated topics to create")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("kafka").setLevel(logging.WARNING)  # the client's INFO is connection noise
    # Ctrl-C even when started in the background (where SIGINT arrives ignored); SIGTERM from a
    # supervisor stops the brokers cleanly too.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with LocalKafka(args.nodes, data_dir=args.data_dir) as kafka:
        kafka.create_topics(t for t in args.topics.split(",") if t)
        print(kafka.bootstrap_servers, flush=True)
        try:
            while all(n.alive for n in kafka.nodes):
                time.sleep(1)
        except KeyboardInterrupt:
            return 0
        dead = next(n for n in kafka.nodes if not n.alive)
        print(f"node {dead.node_id} exited:\n{dead.log_tail()}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
