"""Brokers fail under a running worker: the raw topic's leader is SIGKILLed, then every broker is
down at once. The worker must never exit, liveness must hold, readiness must follow the cluster,
and every input must end enriched or dead-lettered with a clean run's ids."""

from __future__ import annotations

import time
from pathlib import Path

from tests.support.faults import CleanRun, OutputCollector, all_terminal, corpus, http_status, leader_of, metric, \
    produce_items, reconcile, restart_all_down, terminal_positions, wait_committed, wait_for, worker_env
from tests.support.worker_process import WorkerProcess
from worker.local_kafka import LocalKafka

OUTAGE_S = 30.0


def test_the_raw_topics_leader_killed_mid_run_and_restarted_loses_nothing(
        cluster: LocalKafka, make_topics, clean: CleanRun, tmp_path: Path) -> None:
    bootstrap = cluster.bootstrap_servers
    topics = make_topics(1)  # one partition: its leader is the one broker whose death matters
    before, after = corpus(150, "lead", hostile_every=60), corpus(150, "lead2", hostile_every=60)
    first = produce_items(bootstrap, topics.raw, before)
    env = worker_env(topics, bootstrap, WIRE_BATCH_SIZE="16")

    with OutputCollector(bootstrap, topics.outputs()) as out:
        worker = WorkerProcess(env, tmp_path / "worker.log").start()
        try:
            key_at = dict(zip(first, (i.key for i in before)))
            out.wait(lambda rs: len(terminal_positions(rs, topics, key_at)) >= 30, timeout=120, workers=[worker])
            leader = leader_of(bootstrap, topics.raw, 0)
            cluster.kill(leader)
            killed_at = time.monotonic()
            done_at_kill = len(terminal_positions(out.snapshot(), topics, key_at))
            # Stories keep arriving while the old leader is dead: the two survivors are still an ISR of 2.
            second = produce_items(bootstrap, topics.raw, after)
            key_at.update(zip(second, (i.key for i in after)))
            wait_for(lambda: time.monotonic() - killed_at > 10 or not worker.alive(), 30, "")
            assert worker.alive(), worker.log()[-3000:]
            cluster.restart(leader)
            out.wait(all_terminal(topics, key_at), timeout=240, workers=[worker])
            wait_committed(bootstrap, topics, len(before) + len(after), workers=[worker])
            records = out.wait_caught_up(bootstrap, topics.outputs())
            assert worker.alive()
        finally:
            code = worker.terminate()
    assert code == 0, worker.log()[-3000:]
    expected = clean.identities(topics.raw, before, first) | clean.identities(topics.raw, after, second)
    report = reconcile(records, topics, key_at, expected)
    print(report.line(f"2 leader (node {leader}) SIGKILL and restart (done at kill {done_at_kill})"))


def test_all_brokers_down_for_thirty_seconds_keeps_liveness_flips_readiness_and_loses_nothing(
        cluster: LocalKafka, make_topics, clean: CleanRun, tmp_path: Path) -> None:
    bootstrap = cluster.bootstrap_servers
    topics = make_topics(3)
    items = corpus(600, "down", hostile_every=60)
    positions = produce_items(bootstrap, topics.raw, items)
    key_at = dict(zip(positions, (i.key for i in items)))
    env = worker_env(topics, bootstrap, WIRE_BATCH_SIZE="16")

    with OutputCollector(bootstrap, topics.outputs()) as out:
        worker = WorkerProcess(env, tmp_path / "worker.log").start()
        try:
            wait_for(lambda: http_status(worker.metrics_port, "/readyz") == 200, 120, "never ready")
            # The worker's own count: the collector's snapshot lags while outputs stream in.
            wait_for(lambda: _consumed(worker) >= 32 or not worker.alive(), 120, f"no progress\n{worker.log()[-3000:]}")
            for node in cluster.nodes:
                cluster.kill(node.node_id)
            done_at_outage = len(terminal_positions(out.snapshot(), topics, key_at))
            livez, readyz = [], []
            started = time.monotonic()
            while time.monotonic() - started < OUTAGE_S:
                livez.append(http_status(worker.metrics_port, "/livez"))
                readyz.append(http_status(worker.metrics_port, "/readyz"))
                assert worker.alive(), worker.log()[-3000:]
                time.sleep(1)
            restart_all_down(cluster)
            recovered = time.monotonic()
            while http_status(worker.metrics_port, "/readyz") != 200:
                livez.append(http_status(worker.metrics_port, "/livez"))
                assert time.monotonic() - recovered < 120, f"readiness never came back\n{worker.log()[-3000:]}"
                time.sleep(1)
            ready_again_s = time.monotonic() - recovered
            out.wait(all_terminal(topics, key_at), timeout=240, workers=[worker])
            wait_committed(bootstrap, topics, len(items), workers=[worker])
            records = out.wait_caught_up(bootstrap, topics.outputs())
        finally:
            code = worker.terminate()
    assert code == 0, worker.log()[-3000:]
    assert set(livez) == {200}, livez
    assert 503 in readyz, readyz
    assert done_at_outage < len(items)  # the outage landed while there was work left
    report = reconcile(records, topics, key_at, clean.identities(topics.raw, items, positions))
    print(report.line(f"3 all brokers down {OUTAGE_S:.0f}s (done at outage {done_at_outage}, "
                      f"readyz 503 {readyz.count(503)} of {len(readyz)} probes, ready again after {ready_again_s:.0f}s)"))


def _consumed(worker: WorkerProcess) -> float:
    try:
        return metric(worker.metrics_port, "wire_enrich_records_consumed_total")
    except OSError:
        return 0.0  # the metrics port is not up yet
