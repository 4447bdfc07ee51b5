"""The worker process dies (SIGKILL) or is told to stop (SIGTERM) mid-batch; a restart loses nothing."""

from __future__ import annotations

import signal
import time
from pathlib import Path

from tests.support.faults import CleanRun, OutputCollector, all_terminal, corpus, metric, produce_items, reconcile, \
    terminal_positions, wait_committed, wait_for, worker_env
from tests.support.worker_process import WorkerProcess, committed
from worker.local_kafka import LocalKafka

GRACE_S = 30.0  # the Kubernetes default terminationGracePeriodSeconds
# A restart sometimes leaves commits behind with every output published (docs/guarantees.md, open):
# the stall watch heals it, a few batches per nudge, one nudge per watch period (10 s here). The
# wait covers that heal; the nudges are counted in the report line, so a heal never passes unseen.
COMMIT_WAIT_S = 180.0


def test_sigkill_mid_batch_then_restart_gives_every_input_its_outputs(
        cluster: LocalKafka, make_topics, clean: CleanRun, tmp_path: Path) -> None:
    topics = make_topics(3)
    items = corpus(480, "kill", hostile_every=60)  # enough that the kill always lands mid-run
    positions = produce_items(cluster.bootstrap_servers, topics.raw, items)
    key_at = dict(zip(positions, (i.key for i in items)))
    expected = clean.identities(topics.raw, items, positions)
    env = worker_env(topics, cluster.bootstrap_servers, WIRE_BATCH_SIZE="16")

    with OutputCollector(cluster.bootstrap_servers, topics.outputs()) as out:
        first = WorkerProcess(env, tmp_path / "first.log").start()
        try:
            # The worker's own count, not the collector's: the collector's snapshot only grows when
            # the output stream pauses, so waiting on it let the whole input finish before the kill.
            wait_for(lambda: _consumed(first) >= 32 or not first.alive(), 120, f"no progress\n{first.log()[-3000:]}")
        finally:
            first.proc.send_signal(signal.SIGKILL)  # type: ignore[union-attr]
            first.proc.wait(timeout=30)  # type: ignore[union-attr]
        done_at_kill = len(terminal_positions(out.snapshot(), topics, key_at))
        committed_at_kill = sum(committed(cluster.bootstrap_servers, topics.group, topics.raw).values())
        # The kill landed while records were flowing, so a restart has work left to redo.
        assert committed_at_kill < len(items) and done_at_kill < len(items)

        second = WorkerProcess(env, tmp_path / "second.log").start()
        try:
            out.wait(all_terminal(topics, key_at), timeout=240, workers=[second])
            wait_committed(cluster.bootstrap_servers, topics, len(items), timeout=COMMIT_WAIT_S, workers=[second])
            records = out.wait_caught_up(cluster.bootstrap_servers, topics.outputs())
            nudges = _nudges(second)
        finally:
            code = second.terminate()
    assert code == 0, second.log()[-3000:]
    report = reconcile(records, topics, key_at, expected)
    print(report.line(f"1 worker SIGKILL (committed at kill {committed_at_kill}, done at kill {done_at_kill}, "
                      f"stall nudges {nudges})"))
    assert report.dead_lettered == sum(i.kind != "good" for i in items)


def test_sigterm_mid_batch_exits_within_grace_and_a_restart_loses_nothing(
        cluster: LocalKafka, make_topics, clean: CleanRun, tmp_path: Path) -> None:
    topics = make_topics(3)
    # Enough that the SIGTERM always lands mid-run: 600 was once all done before the stop completed.
    items = corpus(1_500, "term")
    positions = produce_items(cluster.bootstrap_servers, topics.raw, items)
    key_at = dict(zip(positions, (i.key for i in items)))
    expected = clean.identities(topics.raw, items, positions)
    # Big batches: the SIGTERM lands while spaCy works on one.
    env = worker_env(topics, cluster.bootstrap_servers, WIRE_BATCH_SIZE="64")

    with OutputCollector(cluster.bootstrap_servers, topics.outputs()) as out:
        first = WorkerProcess(env, tmp_path / "first.log").start()
        out.wait(lambda rs: len(terminal_positions(rs, topics, key_at)) >= 64, timeout=180, workers=[first])
        started = time.monotonic()
        first.proc.send_signal(signal.SIGTERM)  # type: ignore[union-attr]
        code = first.proc.wait(timeout=GRACE_S + 30)  # type: ignore[union-attr]
        stopped_in = time.monotonic() - started
        assert stopped_in < GRACE_S, f"took {stopped_in:.1f}s to stop\n{first.log()[-3000:]}"
        assert code == 0, first.log()[-3000:]
        committed_at_stop = sum(committed(cluster.bootstrap_servers, topics.group, topics.raw).values())
        assert committed_at_stop < len(items)

        second = WorkerProcess(env, tmp_path / "second.log").start()
        try:
            out.wait(all_terminal(topics, key_at), timeout=240, workers=[second])
            wait_committed(cluster.bootstrap_servers, topics, len(items), timeout=COMMIT_WAIT_S, workers=[second])
            records = out.wait_caught_up(cluster.bootstrap_servers, topics.outputs())
            nudges = _nudges(second)
        finally:
            assert second.terminate() == 0, second.log()[-3000:]
    report = reconcile(records, topics, key_at, expected)
    print(report.line(f"4 worker SIGTERM (stopped in {stopped_in:.1f}s, committed at stop {committed_at_stop}, "
                      f"stall nudges {nudges})"))


def _nudges(worker: WorkerProcess) -> str:
    """The stall watch's nudges by shape, for the report line."""
    return ", ".join(f"{shape} {metric(worker.metrics_port, 'wire_enrich_lost_record_reseeks_total', shape=shape):.0f}"
                     for shape in ("records_lost", "nothing_fetched"))


def _consumed(worker: WorkerProcess) -> float:
    try:
        return metric(worker.metrics_port, "wire_enrich_records_consumed_total")
    except OSError:
        return 0.0  # the metrics port is not up yet
