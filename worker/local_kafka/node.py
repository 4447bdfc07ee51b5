"""One broker+controller process of the local Kafka, its files and ports, and the errors they raise."""

from __future__ import annotations

import base64
import ctypes
import signal
import socket
import subprocess
import sys
import uuid
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from worker.errors import WireEnrichError

DEFAULT_KAFKA_DIR = Path(__file__).resolve().parents[2] / "deploy" / "kafka"
HOST = "127.0.0.1"  # only ever listen on loopback
# The options of Kafka's own start scripts, with a fixed 512 MB heap.
JVM_OPTS = ("-Xms256m", "-Xmx512m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
            "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true")
# C1 only: a third less CPU to start (three JVMs on two cores), slower at full load. For fault
# tests, never for benchmarks.
FAST_START_JVM_OPTS = (*JVM_OPTS, "-XX:TieredStopAtLevel=1")
STOP_GRACE_S = 15.0
LOG_TAIL_LINES = 40


class LocalKafkaError(WireEnrichError, RuntimeError):
    """The jars could not be fetched, or a broker did not start as expected."""


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
