"""Scale out and in mid-run, as KEDA does: a second worker joins the group on a 4-partition topic,
then one of the two is told to stop (SIGTERM) while stories keep arriving. Every record must be
processed across both rebalances, and at every sample the group's committed offsets must be
covered by outputs already on the broker (a commit never runs ahead of an acknowledged output)."""

from __future__ import annotations

import signal
from pathlib import Path

from tests.support.faults import CleanRun, Item, OutputCollector, Position, all_terminal, corpus, http_status, \
    metric, produce_items, reconcile, terminal_positions, wait_committed, wait_for, worker_env
from tests.support.worker_process import WorkerProcess, WorkerTopics, committed
from worker.local_kafka import LocalKafka


def check_commits_covered(out: OutputCollector, bootstrap: str, topics: WorkerTopics,
                          key_at: dict[Position, bytes]) -> int:
    """Read the commits first, then the outputs up to the current end: every raw position below a
    committed offset must already have its enriched story or dead letter. Returns records covered."""
    commits = committed(bootstrap, topics.group, topics.raw)
    records = out.wait_caught_up(bootstrap, topics.outputs())
    done = terminal_positions(records, topics, key_at)
    behind = [(p, o) for (p, o) in key_at if o < commits.get(p, 0) and (p, o) not in done]
    assert not behind, f"committed past {len(behind)} records without outputs, e.g. {sorted(behind)[:5]}"
    return sum(commits.values())


def test_a_worker_joining_and_one_leaving_mid_run_loses_nothing_and_never_commits_ahead(
        cluster: LocalKafka, make_topics, clean: CleanRun, tmp_path: Path) -> None:
    bootstrap = cluster.bootstrap_servers
    topics = make_topics(4)
    waves = [corpus(160, f"w{n}", hostile_every=80) for n in range(3)]
    env = worker_env(topics, bootstrap, WIRE_BATCH_SIZE="8")
    key_at: dict[Position, bytes] = {}
    expected: set[tuple[str, ...]] = set()
    samples: list[int] = []

    def send(items: list[Item]) -> None:
        positions = produce_items(bootstrap, topics.raw, items)
        key_at.update(zip(positions, (i.key for i in items)))
        expected.update(clean.identities(topics.raw, items, positions))

    with OutputCollector(bootstrap, topics.outputs()) as out:
        a = WorkerProcess(env, tmp_path / "a.log").start()
        b = WorkerProcess(env, tmp_path / "b.log")
        try:
            send(waves[0])
            out.wait(lambda rs: len(terminal_positions(rs, topics, key_at)) >= 40, timeout=120, workers=[a])
            b.start()  # scale out: the group rebalances while a is mid-stream
            # b serves readiness once it holds partitions; stories sent after that reach both workers.
            wait_for(lambda: http_status(b.metrics_port, "/readyz") == 200 or not b.alive(), 180,
                     f"b never ready\n{b.log()[-3000:]}")
            send(waves[1])
            wait_for(lambda: _consumed(b) > 0 or not b.alive(), 180, f"b never consumed\n{b.log()[-3000:]}")
            samples.append(check_commits_covered(out, bootstrap, topics, key_at))
            a.proc.send_signal(signal.SIGTERM)  # type: ignore[union-attr]  # scale in while stories flow
            send(waves[2])
            assert a.proc.wait(timeout=60) == 0, a.log()[-3000:]  # type: ignore[union-attr]
            samples.append(check_commits_covered(out, bootstrap, topics, key_at))
            out.wait(all_terminal(topics, key_at), timeout=300, workers=[b])
            wait_committed(bootstrap, topics, len(key_at), workers=[b])
            samples.append(check_commits_covered(out, bootstrap, topics, key_at))
            records = out.wait_caught_up(bootstrap, topics.outputs())
            consumed_by_b = _consumed(b)
        finally:
            code = b.terminate()
            if a.alive():
                a.kill()
    assert code == 0, b.log()[-3000:]
    report = reconcile(records, topics, key_at, expected)
    print(report.line(f"6 scale out and in on 4 partitions (commit samples {samples}, b consumed {consumed_by_b:.0f})"))


def _consumed(worker: WorkerProcess) -> float:
    try:
        return metric(worker.metrics_port, "wire_enrich_records_consumed_total")
    except OSError:
        return 0.0

