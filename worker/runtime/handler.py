"""One batch of raw records: process it off the event loop, publish every output, then report.

The agent in ``app.py`` acks its input only after ``handle`` returns, and ``handle`` returns only
once the broker acknowledged every output (or dead letter) of every record in the batch.
"""

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from typing import Any

from worker.core.pipeline import BatchOutcome, SourceRecord
from worker.runtime.publish import PublishFailed, Publisher

log = logging.getLogger(__name__)

# Capped so a broker outage is noticed quickly once it ends, yet the logs stay readable.
_ROUND_BACKOFF_S = (1.0, 2.0, 5.0, 10.0)


def source_record(message: Any) -> SourceRecord:
    """A faust/aiokafka message as the pure core sees it."""
    headers = message.headers or []
    if isinstance(headers, dict):
        headers = list(headers.items())
    timestamp = getattr(message, "timestamp", None)
    return SourceRecord(
        value=message.value, key=message.key,
        headers=[(str(k), bytes(v) if v is not None else b"") for k, v in headers],
        timestamp_ms=int(timestamp * 1000) if timestamp else None,
        topic=message.topic, partition=message.partition, offset=message.offset,
    )


class BatchHandler:
    def __init__(self, process: Callable[[list[SourceRecord]], BatchOutcome], executor: Executor,
                 publisher: Publisher, metrics: Any, *, on_publish_state: Callable[[bool], None] = lambda ok: None
                 ) -> None:
        self.process = process
        self.executor = executor
        self.publisher = publisher
        self.metrics = metrics
        self.on_publish_state = on_publish_state

    async def handle(self, batch: Sequence[SourceRecord]) -> BatchOutcome:
        loop = asyncio.get_running_loop()
        self.metrics.batch_started(len(batch))
        outcome = await loop.run_in_executor(self.executor, self.process, list(batch))
        for stage, seconds in outcome.stage_seconds.items():
            self.metrics.observe_stage(stage, seconds)

        started = time.perf_counter()
        pending = [record for result in outcome.results for record in result.records]
        rounds = 0
        while pending:
            try:
                await self.publisher.publish_all(pending)
                pending = []
                self.on_publish_state(True)
            except PublishFailed as exc:
                pending = exc.pending
                # Never skip: keep the batch un-acked and try again, so nothing is committed past it.
                self.on_publish_state(False)
                delay = _ROUND_BACKOFF_S[min(rounds, len(_ROUND_BACKOFF_S) - 1)]
                log.error("batch of %d records not fully published (%s); retrying in %.0fs", len(batch), exc, delay)
                rounds += 1
                await asyncio.sleep(delay)
        self.metrics.observe_stage("publish", time.perf_counter() - started)
        self.metrics.batch_done(outcome, time.time())
        return outcome
