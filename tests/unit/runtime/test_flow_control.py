"""Stream queues survive a resume of flow that was never suspended (records lost after recovery)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from mode.utils.queues import FlowControlEvent, FlowControlQueue
from prometheus_client import CollectorRegistry

from worker.config import Settings
from worker.runtime.app import WorkerApp
from worker.runtime.flow import KeepQueuedFlowControl
from worker.runtime.metrics import Metrics


def _queue_with(flow: FlowControlEvent, items: list[int]) -> FlowControlQueue[int]:
    queue: FlowControlQueue[int] = FlowControlQueue(maxsize=100, flow_control=flow, clear_on_resume=True)
    for item in items:
        queue.force_put_nowait(item)
    return queue


def test_resuming_flow_that_already_flows_keeps_the_queued_records() -> None:
    async def run() -> int:
        flow = KeepQueuedFlowControl()
        flow.resume()  # recovery resumes flow to read the changelog
        queue = _queue_with(flow, [1, 2, 3])  # input records fetched after the seek
        flow.resume()  # the second resume at the end of recovery
        return queue.qsize()

    assert asyncio.run(run()) == 3


def test_fausts_own_flow_control_drops_them_which_is_what_lost_records() -> None:
    # Pins the upstream behaviour the subclass exists for: if faust stops clearing on a resume
    # that changes nothing, this fails and the subclass can go.
    async def run() -> int:
        flow = FlowControlEvent()
        flow.resume()
        queue = _queue_with(flow, [1, 2, 3])
        flow.resume()
        return queue.qsize()

    assert asyncio.run(run()) == 0


def test_resuming_after_a_suspension_still_clears_what_was_queued_before_it() -> None:
    async def run() -> tuple[int, bool]:
        flow = KeepQueuedFlowControl()
        flow.resume()
        queue = _queue_with(flow, [1, 2])
        flow.suspend()  # a rebalance: records of the old assignment must not be processed
        flow.resume()
        return queue.qsize(), flow.is_active()

    assert asyncio.run(run()) == (0, True)


def test_the_worker_app_runs_on_the_keep_queued_flow_control(tmp_path: Path) -> None:
    metrics = Metrics.create(CollectorRegistry(), model="m", model_version="1", spacy_version="3",
                             version="0", input_topics=["raw"], process_metrics=False)
    worker = WorkerApp(Settings(data_dir=tmp_path, raw_topic="raw"), metrics=metrics,
                       process=lambda batch: None)  # type: ignore[arg-type,return-value]
    assert isinstance(worker.app.flow_control, KeepQueuedFlowControl)
