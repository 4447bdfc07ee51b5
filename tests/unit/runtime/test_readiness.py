"""Readiness waits for the consumer group: an agent with a producer is not yet a consuming worker."""

from __future__ import annotations

import asyncio
from pathlib import Path

from prometheus_client import CollectorRegistry

from worker.config import Settings
from worker.runtime.app import WorkerApp
from worker.runtime.metrics import Metrics


def _worker(tmp_path: Path) -> WorkerApp:
    metrics = Metrics.create(CollectorRegistry(), model="m", model_version="1", spacy_version="3",
                             version="0", input_topics=["raw"], process_metrics=False)
    return WorkerApp(Settings(data_dir=tmp_path, raw_topic="raw"), metrics=metrics, process=lambda batch: None)  # type: ignore[arg-type,return-value]


def test_not_ready_until_the_first_rebalance_completes_even_with_a_connected_producer(tmp_path: Path) -> None:
    worker = _worker(tmp_path)
    worker.producer, worker.broker_ok = object(), True  # type: ignore[assignment]
    ready, details = worker.readiness()
    assert not ready and details["checks"]["consumer_started"] is False

    asyncio.run(worker.app.on_rebalance_complete.send())
    ready, details = worker.readiness()
    assert ready, details
