"""One batch of raw records: process it off the event loop, publish every output, then report.

The agent in ``app.py`` acks its input only after ``handle`` returns, and ``handle`` returns only
once the broker acknowledged every output (or dead letter) of every record in the batch.
"""

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import Executor
from typing import Any, Protocol

from worker.core.pipeline import BatchOutcome, SourceRecord
from worker.runtime.log_format import record_fields
from worker.runtime.metrics import Metrics
from worker.runtime.publish import PublishFailed, Publisher, needs_new_producer

log = logging.getLogger(__name__)

# Capped so a broker outage is noticed quickly once it ends, yet the logs stay readable.
_ROUND_BACKOFF_S = (1.0, 2.0, 5.0, 10.0)


class AfterEnrich(Protocol):
    """Extra outputs computed from a batch's results before publishing, kept once it is acked
    (story revisions, ``worker.runtime.revisions``)."""

    def add(self, outcome: BatchOutcome) -> None: ...

    async def keep(self) -> None: ...


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


def consumer_waits(batch: Sequence[SourceRecord], taken_at: float) -> list[float]:
    """Per record, seconds from its Kafka timestamp to the moment the agent took it into a batch
    (fetching plus waiting in the consumer); records without a timestamp are left out."""
    return [max(0.0, taken_at - r.timestamp_ms / 1000) for r in batch if r.timestamp_ms is not None]


def _started(process: Callable[[list[SourceRecord]], BatchOutcome],
             batch: list[SourceRecord]) -> tuple[float, BatchOutcome]:
    return time.perf_counter(), process(batch)


class BatchHandler:
    def __init__(self, process: Callable[[list[SourceRecord]], BatchOutcome], executor: Executor,
                 publisher: Publisher, metrics: Metrics, *, on_publish_state: Callable[[bool], None] = lambda ok: None,
                 renew_producer: Callable[[], Awaitable[None]] | None = None) -> None:
        self.process = process
        self.executor = executor
        self.publisher = publisher
        self.metrics = metrics
        self.on_publish_state = on_publish_state
        self.renew_producer = renew_producer

    async def handle(self, batch: Sequence[SourceRecord]) -> BatchOutcome:
        """Process then publish one batch: returns once every output is acknowledged."""
        outcome = await self.enrich(batch)
        await self.publish(outcome)
        return outcome

    async def enrich(self, batch: Sequence[SourceRecord]) -> BatchOutcome:
        """decode, nlp and extract in the executor, so the event loop stays free."""
        loop = asyncio.get_running_loop()
        for topic, n in Counter(r.topic for r in batch).items():
            self.metrics.record_consumed(topic, n)
        self.metrics.observe_batch(len(batch))
        submitted = time.perf_counter()
        started, outcome = await loop.run_in_executor(self.executor, _started, self.process, list(batch))
        # Waiting for the executor (the other batch in flight on one thread) plus, with a pool,
        # the records' mean wait for a free process (the runner's own "pool_wait").
        outcome.stage_seconds["pool_wait"] = started - submitted + outcome.stage_seconds.get("pool_wait", 0.0)
        self._account_stages(outcome, len(batch))
        return outcome

    async def publish(self, outcome: BatchOutcome, extra: AfterEnrich | None = None) -> None:
        """Send every output and wait for every ack; retries rounds for as long as it takes.

        ``extra`` adds its records to the results first and keeps its state once all are acked,
        so the caller acks the input only after that state is kept.
        """
        if extra is not None:
            extra.add(outcome)
        batch = outcome.results
        started = time.perf_counter()
        total = sum(len(r.records) for r in outcome.results)
        self.metrics.stage_started("publish", total)
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
                if self.renew_producer is not None and needs_new_producer(exc):
                    log.warning("producer state out of step with the brokers (%s); starting a new producer",
                                type(exc.cause).__name__)
                    await self.renew_producer()
        self.metrics.stage_finished("publish", time.perf_counter() - started, ok=total)
        if extra is not None:
            await extra.keep()
        self._account_outputs(outcome)

    def _account_stages(self, outcome: BatchOutcome, n: int) -> None:
        failed: dict[str, Counter[str]] = {"decode": Counter(), "nlp": Counter(), "extract": Counter()}
        for result in outcome.results:
            if result.rejection is not None:
                failed[result.rejection.stage][result.rejection.reason.value] += 1
        remaining = n
        for stage in ("decode", "nlp", "extract"):
            self.metrics.observe_stage(stage, outcome.stage_seconds.get(stage, 0.0), remaining,
                                       failed=dict(failed[stage]))
            remaining -= sum(failed[stage].values())

    def _account_outputs(self, outcome: BatchOutcome) -> None:
        kinds = Counter(record.kind for result in outcome.results for record in result.records)
        for kind, n in kinds.items():
            if kind not in ("dead_letter", "revision"):  # revisions are counted by change, in keep()
                self.metrics.record_facts(kind, n)
        for result in outcome.results:
            if result.language is not None and result.route is not None:
                self.metrics.record_language(result.language, result.route)
            if result.rejection is not None:
                self.metrics.record_dead_letter(result.rejection.reason.value)
                src, why = result.source, result.rejection
                log.warning("dead-lettered %s[%d]@%d: %s (%s)", src.topic, src.partition, src.offset,
                            why.reason.value, why.detail[:200],
                            extra=record_fields(src.topic, src.partition, src.offset, reason=why.reason.value,
                                                stage=why.stage))
        self.metrics.record_processed(
            r.source.timestamp_ms / 1000 for r in outcome.results if r.source.timestamp_ms is not None)
