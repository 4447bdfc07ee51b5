"""The bounce matrix through the worker: the leader of an output partition is bounced five times
in a row, mid-run, while the worker talks SASL/SCRAM over TLS to the 3-node cluster.

A clean bounce is a SIGTERM (controlled shutdown moves leadership first); a hard bounce is a
SIGKILL (the controller notices the dead node after its session timeout). Before each bounce a
new lot of stories is produced, so publishing is always in flight, and the next bounce waits until
the restarted node is back in every in-sync replica set: bouncing again earlier would leave a
partition below min.insync.replicas, which is an outage, not a bounce (test_broker_faults covers
outages). After the last bounce every input must be enriched or dead-lettered exactly once, with
the ids of a clean run; duplicates are allowed and counted.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.faults import CleanRun, OutputCollector, all_terminal, corpus, leader_of, produce_items, \
    reconcile, terminal_positions, wait_committed, worker_env
from tests.support.tls import sasl_ssl_broker, sasl_ssl_worker_env
from tests.support.worker_process import WorkerProcess, WorkerTopics
from worker.local_kafka import LocalKafka

BOUNCES = 5
LOT = 48  # stories produced before each bounce
DOWN_S = 3.0  # how long the bounced node stays down: the worker publishes to the new leader meanwhile

pytestmark = pytest.mark.bounces


@pytest.fixture(scope="module")
def cluster(tls_files: tuple[Path, Path]) -> Iterator[LocalKafka]:
    """A cluster of its own, every node also serving SASL/SCRAM over TLS as a managed cluster
    would: the bounces never touch the cluster the other fault scenarios share."""
    kafka = LocalKafka(nodes=3, **sasl_ssl_broker(tls_files[1]))  # type: ignore[arg-type]
    kafka.start()
    try:
        yield kafka
    finally:
        kafka.stop()


def _topics(cluster: LocalKafka, kind: str) -> WorkerTopics:
    topics = WorkerTopics(f"b.{kind}.{uuid.uuid4().hex[:6]}")
    cluster.create_topics([topics.raw], partitions=3)
    cluster.create_topics(topics.outputs(), partitions=3)
    cluster.create_topics([topics.changelog], partitions=3, configs={"cleanup.policy": "compact,delete"})
    return topics


@pytest.mark.parametrize("hard", [False, True], ids=["clean", "hard"])
def test_five_bounces_of_an_output_leader_over_sasl_ssl_lose_nothing(
        cluster: LocalKafka, tls_files: tuple[Path, Path], clean: CleanRun, tmp_path: Path, hard: bool) -> None:
    bootstrap = cluster.bootstrap_servers  # the test's own clients; the worker uses SASL_SSL only
    topics = _topics(cluster, "hard" if hard else "clean")
    enriched = topics.names["enriched"]
    env = {**worker_env(topics, cluster.bootstrap_for("SASL_SSL"), WIRE_BATCH_SIZE="16"),
           **sasl_ssl_worker_env(tls_files[0])}
    kind = "SIGKILL" if hard else "SIGTERM"
    key_at: dict[tuple[int, int], bytes] = {}
    expected: set[tuple[str, ...]] = set()
    bounced: list[int] = []

    with OutputCollector(bootstrap, topics.outputs()) as out:
        worker = WorkerProcess(env, tmp_path / "worker.log").start()
        try:
            for bounce in range(BOUNCES):
                items = corpus(LOT, f"{kind.lower()}{bounce}", hostile_every=24)
                positions = produce_items(bootstrap, topics.raw, items)
                key_at.update(zip(positions, (i.key for i in items)))
                expected |= clean.identities(topics.raw, items, positions)
                # Mid-run: some of this lot is out, the rest still to publish.
                target = len(key_at) - LOT + LOT // 4
                out.wait(lambda rs: len(terminal_positions(rs, topics, key_at)) >= target, timeout=180,
                         workers=[worker])
                leader = leader_of(bootstrap, enriched, 0)
                bounced.append(leader)
                if hard:
                    cluster.kill(leader)
                else:
                    cluster.stop(leader)
                time.sleep(DOWN_S)
                assert worker.alive(), worker.log()[-3000:]
                cluster.restart(leader)
                for topic in (topics.raw, *topics.outputs()):
                    cluster.wait_for_isr(topic, timeout=120)
            out.wait(all_terminal(topics, key_at), timeout=240, workers=[worker])
            wait_committed(bootstrap, topics, len(key_at), workers=[worker])
            records = out.wait_caught_up(bootstrap, topics.outputs())
            assert worker.alive()
        finally:
            code = worker.terminate()
    assert code == 0, worker.log()[-3000:]
    report = reconcile(records, topics, key_at, expected)
    print(report.line(f"9{'b' if hard else 'a'} {BOUNCES} {'hard' if hard else 'clean'} bounces ({kind}) of the "
                      f"enriched topic's leader over SASL_SSL (nodes {bounced})"))
