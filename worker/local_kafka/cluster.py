"""A single Kafka node, or a KRaft cluster of them, started and stopped from Python."""

from __future__ import annotations

import atexit
import logging
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType

from worker.local_kafka.admin import TopicAdmin
from worker.local_kafka.jars import ensure_jars
from worker.local_kafka.node import DEFAULT_KAFKA_DIR, HOST, JVM_OPTS, STOP_GRACE_S, KafkaNode, LocalKafkaError, \
    _cluster_id, _die_with_parent, _free_ports, _PRCTL

log = logging.getLogger(__name__)


class LocalKafka(TopicAdmin):
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
