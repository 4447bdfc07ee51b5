"""A long run: stories keep arriving for WIRE_SOAK_MINUTES (default 30) or until WIRE_SOAK_STORIES
(default 50,000) have been sent, whichever comes first. No stall (progress at least every
minute while work waits), throughput steady (the last third of the run at least half as fast as
the first third), memory flat (worker RSS grows < 10% from story 2,000 to the end), and the run
reconciles like every other scenario. Deselected unless WIRE_SOAK=1 (`make soak`)."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import psutil
import pytest

from tests.support.faults import CleanRun, Item, OutputCollector, Position, all_terminal, corpus, metric, \
    produce_items, reconcile, wait_committed, worker_env
from tests.support.worker_process import WorkerProcess
from worker.local_kafka import LocalKafka

STORIES = int(os.environ.get("WIRE_SOAK_STORIES", "50000"))
MINUTES = float(os.environ.get("WIRE_SOAK_MINUTES", "30"))
MEMORY_FROM = 2_000  # RSS baseline: the model, caches and client buffers are warm by then
CHUNK = 1_000
MAX_BACKLOG = 4_000  # a queue that never runs dry (input never limits the rate), yet no huge backlog
STALL_S = 60.0
SAMPLE_S = 5.0


@pytest.mark.soak
@pytest.mark.timeout(int(MINUTES * 60 + 1800))
def test_a_long_run_has_no_stall_steady_throughput_and_flat_memory(
        cluster: LocalKafka, make_topics, clean: CleanRun, tmp_path: Path) -> None:
    assert STORIES > MEMORY_FROM, "WIRE_SOAK_STORIES must exceed the memory baseline point"
    bootstrap = cluster.bootstrap_servers
    topics = make_topics(3)
    items = corpus(STORIES, "soak", hostile_every=500)
    env = worker_env(topics, bootstrap)
    sent: list[tuple[Item, Position]] = []
    stop = threading.Event()
    errors: list[BaseException] = []
    started = time.monotonic()
    consumed = [0.0]

    def feed() -> None:
        # Chunks whenever the backlog is short, until the story or minute budget is spent.
        try:
            while len(sent) < len(items) and time.monotonic() - started < MINUTES * 60 and not stop.is_set():
                if len(sent) - consumed[0] < MAX_BACKLOG:
                    chunk = items[len(sent):len(sent) + CHUNK]
                    sent.extend(zip(chunk, produce_items(bootstrap, topics.raw, chunk)))
                else:
                    time.sleep(0.5)
        except BaseException as exc:  # reported on the main thread
            errors.append(exc)

    samples: list[tuple[float, float, int, int]] = []  # (seconds since start, consumed, worker RSS, sent)
    with OutputCollector(bootstrap, topics.outputs()) as out:
        worker = WorkerProcess(env, tmp_path / "worker.log").start()
        feeder = threading.Thread(target=feed, daemon=True)
        try:
            feeder.start()
            rss = psutil.Process(worker.proc.pid)  # type: ignore[union-attr]
            last_progress, last_count = time.monotonic(), 0.0
            while feeder.is_alive() or consumed[0] < len(sent):
                assert worker.alive(), worker.log()[-3000:]
                assert not errors, errors
                try:
                    consumed[0] = metric(worker.metrics_port, "wire_enrich_records_consumed_total")
                except OSError:
                    pass  # the metrics port is not up yet
                now = time.monotonic()
                if consumed[0] > last_count:
                    last_progress, last_count = now, consumed[0]
                waiting = len(sent) - consumed[0] > 0
                assert not waiting or now - last_progress < STALL_S, (
                    f"stalled: {consumed[0]:.0f} of {len(sent)} consumed, none for {now - last_progress:.0f}s\n"
                    f"{worker.log()[-3000:]}")
                samples.append((now - started, consumed[0], rss.memory_info().rss, len(sent)))
                time.sleep(SAMPLE_S)
            key_at = {pos: item.key for item, pos in sent}
            out.wait(all_terminal(topics, key_at), timeout=300, workers=[worker])
            wait_committed(bootstrap, topics, len(sent), timeout=120, workers=[worker])
            records = out.wait_caught_up(bootstrap, topics.outputs(), timeout=300)
        finally:
            stop.set()
            code = worker.terminate()
    assert code == 0, worker.log()[-3000:]
    elapsed = time.monotonic() - started

    # Memory: from the first sample past the baseline story to the last one.
    warm = [s for s in samples if s[1] >= MEMORY_FROM]
    assert len(warm) >= 2, "too few samples past the memory baseline"
    growth = warm[-1][2] / warm[0][2] - 1
    # Throughput: stories per second over the first and last third of the samples with work waiting
    # (while the queue is empty the input, not the worker, sets the rate).
    busy = [s for s in samples if s[1] > 0 and s[3] - s[1] > 0]
    third = max(2, len(busy) // 3)
    first_rate = (busy[third - 1][1] - busy[0][1]) / max(1e-9, busy[third - 1][0] - busy[0][0])
    last_rate = (busy[-1][1] - busy[-third][1]) / max(1e-9, busy[-1][0] - busy[-third][0])

    items_sent = [item for item, _ in sent]
    report = reconcile(records, topics, key_at, clean.identities(topics.raw, items_sent, [p for _, p in sent]))
    print(report.line(f"7 soak {len(sent)} stories in {elapsed / 60:.1f} min (rate first third {first_rate:.1f}/s, "
                      f"last third {last_rate:.1f}/s; RSS {warm[0][2] / 2**20:.0f} -> {warm[-1][2] / 2**20:.0f} MiB, "
                      f"{growth:+.1%})"))
    assert growth < 0.10, f"worker RSS grew {growth:.1%} after story {MEMORY_FROM}"
    assert last_rate >= 0.5 * first_rate, f"throughput fell from {first_rate:.1f}/s to {last_rate:.1f}/s"
