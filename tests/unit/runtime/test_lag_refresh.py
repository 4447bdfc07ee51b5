"""Consumer lag keeps moving between batches: a stalled batch must show growing lag, a revoked
partition must stop being reported. The consumer is a stand-in with the two faust calls used."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pytest
from faust.types import TP
from prometheus_client import CollectorRegistry

from worker.config import Settings
from worker.runtime.app import WorkerApp
from worker.runtime.metrics import Metrics

TOPIC = "wire.stories.raw"


@dataclass
class FakeConsumer:
    highwaters: dict[TP, int | None] = field(default_factory=dict)

    def assignment(self) -> set[TP]:
        return set(self.highwaters)

    def highwater(self, tp: TP) -> int | None:
        return self.highwaters[tp]


@pytest.fixture
def worker(tmp_path: Path) -> WorkerApp:
    metrics = Metrics.create(CollectorRegistry(), model="m", model_version="1", spacy_version="3",
                             version="0", input_topics=[TOPIC], process_metrics=False)
    app = WorkerApp(Settings(data_dir=tmp_path, raw_topic=TOPIC), metrics=metrics, process=lambda batch: None)
    app.app = SimpleNamespace(consumer=FakeConsumer())  # type: ignore[assignment]
    return app


def lag(worker: WorkerApp, partition: int) -> tuple[float | None, float | None]:
    reg = worker.metrics.registry
    labels = {"topic": TOPIC, "partition": str(partition)}
    return (reg.get_sample_value("wire_enrich_consumer_lag_offsets", labels),
            reg.get_sample_value("wire_enrich_consumer_lag_seconds", labels))


def record(offset: int, timestamp_s: float, partition: int = 0) -> SimpleNamespace:
    return SimpleNamespace(topic=TOPIC, partition=partition, offset=offset, timestamp_ms=int(timestamp_s * 1000))


@pytest.mark.asyncio
async def test_lag_after_a_batch_counts_what_is_left(worker: WorkerApp, monkeypatch: pytest.MonkeyPatch) -> None:
    worker.app.consumer.highwaters[TP(TOPIC, 0)] = 10
    monkeypatch.setattr("worker.runtime.lag.time.time", lambda: 1000.0)
    await worker._report_lag([record(3, 990.0), record(4, 995.0)])
    assert lag(worker, 0) == (5, 5.0)  # offsets 5..9 wait; estimate from the last one processed


@pytest.mark.asyncio
async def test_a_stalled_batch_shows_growing_lag_and_idle_shows_zero(worker: WorkerApp,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    consumer = worker.app.consumer
    consumer.highwaters[TP(TOPIC, 0)] = 5
    clock = [1000.0]
    monkeypatch.setattr("worker.runtime.lag.time.time", lambda: clock[0])
    await worker._report_lag([record(4, 999.0)])
    assert lag(worker, 0) == (0, 0.0)

    # New records arrive while the next batch hangs: only the timer can report them.
    consumer.highwaters[TP(TOPIC, 0)] = 8
    clock[0] = 1010.0
    worker._refresh_lag()
    assert lag(worker, 0) == (3, 0.0)
    clock[0] = 1070.0
    worker._refresh_lag()
    assert lag(worker, 0) == (3, 60.0)

    # The batch finally completes and nothing is left: back to zero.
    await worker._report_lag([record(7, 1009.0)])
    assert lag(worker, 0) == (0, 0.0)


@pytest.mark.asyncio
async def test_a_revoked_partition_is_no_longer_reported(worker: WorkerApp) -> None:
    consumer = worker.app.consumer
    consumer.highwaters.update({TP(TOPIC, 0): 1, TP(TOPIC, 1): 1})
    await worker._report_lag([record(0, 1.0, 0), record(0, 1.0, 1)])
    assert lag(worker, 1) == (0, 0.0)
    del consumer.highwaters[TP(TOPIC, 1)]
    worker._refresh_lag()
    assert lag(worker, 1) == (None, None)
    assert lag(worker, 0) == (0, 0.0)


def test_no_lag_before_the_consumer_runs(worker: WorkerApp) -> None:
    def not_started() -> set[TP]:
        raise RuntimeError("consumer not started")

    worker.app.consumer.assignment = not_started  # type: ignore[method-assign]
    worker._refresh_lag()
    assert lag(worker, 0) == (None, None)
