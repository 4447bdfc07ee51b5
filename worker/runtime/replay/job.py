"""One replay's Kafka clients: connect, plan the bounds, then run every batch through the worker's
runner and publisher, committing only what is acknowledged."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError

from worker.config import Settings
from worker.runtime.executor import Runner
from worker.runtime.handler import BatchHandler
from worker.runtime.kafka_config import aiokafka_options, producer_options
from worker.runtime.metrics import Metrics
from worker.runtime.publish import Publisher
from worker.runtime.replay.plan import REPLAY_HEADER, Pacer, PartitionPlan, ReplayError, ReplayPlan, \
    ReplaySummary, Window, source_record

log = logging.getLogger(__name__)

# How long one fetch may wait: short enough that a stop request is honoured promptly.
_POLL_MS = 300


class Replay:
    """Holds the Kafka clients of one replay; ``connect``, ``plan``, then ``run`` (or only ``plan``)."""

    def __init__(self, settings: Settings, *, topic: str, window: Window, group: str,
                 connect_timeout_s: float = 10.0) -> None:
        if group == settings.app_id:
            raise ReplayError(f"group {group!r} is the live worker's group; a replay needs its own")
        self.settings = settings
        self.topic = topic
        self.window = window
        self.group = group
        self.connect_timeout_s = connect_timeout_s
        options = aiokafka_options(settings)
        timeout_ms = int(connect_timeout_s * 1000)
        self.admin = AIOKafkaAdminClient(client_id=f"{group}-admin", request_timeout_ms=timeout_ms, **options)
        # No auto commit: offsets move only after the outputs of a batch are acknowledged.
        self.consumer = AIOKafkaConsumer(
            group_id=group, client_id=f"{group}-consumer", enable_auto_commit=False,
            auto_offset_reset="earliest", request_timeout_ms=max(timeout_ms, 30_000), **options,
        )
        self._started: list[Any] = []

    async def connect(self) -> None:
        servers = self.settings.bootstrap_servers
        for client in (self.admin, self.consumer):
            try:
                await asyncio.wait_for(client.start(), timeout=self.connect_timeout_s)
            except (asyncio.TimeoutError, KafkaError, OSError) as exc:
                detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
                raise ReplayError(f"cannot reach Kafka at {servers} within {self.connect_timeout_s:.0f}s "
                                  f"({detail})") from exc
            self._started.append(client)

    async def close(self) -> None:
        for client in reversed(self._started):
            try:
                await client.close() if client is self.admin else await client.stop()
            except Exception as exc:  # closing must not hide the real outcome of the run
                log.warning("closing %s failed: %s", type(client).__name__, exc)
        self._started.clear()

    async def plan(self) -> ReplayPlan:
        """Partitions, window bounds and the resume point; reads only, writes nothing."""
        # All-topic metadata, so asking about an unknown topic never auto-creates it.
        described = {t.get("topic") or t.get("name"): t for t in await self.admin.describe_topics()}
        if self.topic not in described:
            raise ReplayError(f"topic {self.topic!r} does not exist on {self.settings.bootstrap_servers}")
        # The publisher retries a missing topic forever (right for the live worker, which creates
        # them at start); a replay into a misnamed topic must fail before it begins instead.
        # Never the revisions topic: a replay publishes no revisions and keeps no state (docs/revisions.md).
        outputs = set(self.settings.topic_names()) - {self.settings.raw_topic, self.settings.revisions_topic}
        missing = sorted(t for t in outputs if t not in described)
        if missing:
            raise ReplayError(f"output topic(s) {', '.join(missing)} do not exist on "
                              f"{self.settings.bootstrap_servers}; create them with `wire-enrich topics`")
        tps = sorted((TopicPartition(self.topic, p["partition"]) for p in described[self.topic]["partitions"]),
                     key=lambda tp: tp.partition)
        log_end = await self.consumer.end_offsets(tps)
        starts = await self.consumer.offsets_for_times({tp: self.window.start_ms for tp in tps})
        ends = {} if self.window.open_end else \
            await self.consumer.offsets_for_times({tp: self.window.end_ms for tp in tps})
        plans = []
        for tp in tps:
            # None means no record at or after the time: the window ends (or is empty) at the log end.
            end = ends[tp].offset if ends.get(tp) is not None else log_end[tp]
            start = starts[tp].offset if starts.get(tp) is not None else end
            committed = await self.consumer.committed(tp)
            plans.append(PartitionPlan(tp.partition, window_start=min(start, end), end=end, committed=committed))
        return ReplayPlan(self.topic, self.group, self.window, plans)

    async def run(self, plan: ReplayPlan, runner: Runner, *, rate: float | None, stop: asyncio.Event,
                  on_progress: Callable[[int], None] = lambda done: None) -> ReplaySummary:
        """Replay every partition up to its end bound, or until ``stop`` is set between batches.

        Batches run on ``runner`` (the worker's: memory zone per batch, a process pool when the
        settings ask for one); the caller owns it and shuts it down.
        """
        started = time.monotonic()
        summary = ReplaySummary(positions={p.partition: p.start for p in plan.partitions})
        bounds = {TopicPartition(plan.topic, p.partition): p for p in plan.partitions}
        # Partitions with nothing in the window are done before the first fetch.
        active = {tp: p for tp, p in bounds.items() if p.start < p.end}
        producer = self._producer()
        try:
            await producer.start()
            handler = self._handler(runner, producer)
            self.consumer.assign(list(active))
            for tp, p in active.items():
                self.consumer.seek(tp, p.start)
            pacer = Pacer(rate)
            # A batch no larger than about a second of the allowed rate keeps the pacing smooth.
            limit = min(self.settings.batch_size, max(1, int(rate))) if rate else self.settings.batch_size
            while active and not stop.is_set():
                fetched = await self.consumer.getmany(*active, timeout_ms=_POLL_MS, max_records=limit)
                batch = [m for tp, msgs in fetched.items() for m in msgs if m.offset < active[tp].end]
                if batch:
                    if not await _wait(pacer.reserve(len(batch)), stop):
                        break  # stopped while throttled: this batch was never processed nor committed
                    outcome = await handler.handle([source_record(m) for m in batch])
                    summary.add(outcome)
                    await self._commit(batch, summary.positions)
                await self._retire_finished(active, fetched, summary.positions)
                on_progress(sum(summary.positions[p.partition] - p.start for p in plan.partitions))
            summary.complete = not active
        finally:
            summary.seconds = time.monotonic() - started
            await producer.stop()
        return summary

    async def _commit(self, batch: list[Any], positions: dict[int, int]) -> None:
        offsets: dict[TopicPartition, int] = {}
        for m in batch:
            tp = TopicPartition(m.topic, m.partition)
            offsets[tp] = max(offsets.get(tp, 0), m.offset + 1)
        await self.consumer.commit(offsets)
        positions.update({tp.partition: offset for tp, offset in offsets.items()})

    async def _retire_finished(self, active: dict[TopicPartition, PartitionPlan], fetched: dict[Any, list[Any]],
                               positions: dict[int, int]) -> None:
        for tp in list(active):
            end = active[tp].end
            reached = positions[tp.partition] >= end or any(m.offset >= end for m in fetched.get(tp, ()))
            if not reached and not fetched.get(tp):
                # Compacted or transaction-marker gaps leave no record at end-1: trust the position.
                reached = await self.consumer.position(tp) >= end
            if reached:
                if positions[tp.partition] < end:
                    # Only gaps were left before the bound: record that the range is finished.
                    await self.consumer.commit({tp: end})
                    positions[tp.partition] = end
                self.consumer.pause(tp)
                del active[tp]

    def _producer(self) -> AIOKafkaProducer:
        # The live worker's producer settings, so a replay publishes exactly as the worker does.
        return AIOKafkaProducer(**producer_options(self.settings, f"{self.group}-producer"))

    def _handler(self, runner: Runner, producer: AIOKafkaProducer) -> BatchHandler:
        import spacy
        from prometheus_client import CollectorRegistry

        import worker
        from worker.core.nlp import model_meta

        publisher = Publisher(producer, retries=self.settings.publish_retries,
                              extra_headers=[(REPLAY_HEADER, self.group.encode())])
        # BatchHandler reports to metrics; a replay serves none, so they go to a private registry.
        meta = model_meta(self.settings.model)
        metrics = Metrics.create(CollectorRegistry(), model=str(meta.get("name")), model_version=str(
            meta.get("version")), spacy_version=spacy.__version__, version=worker.__version__,
            process_metrics=False)
        # No revisions: backfilled old versions would yield revisions out of time and move the live
        # worker's kept state backwards, so a replay neither publishes them nor touches the table.
        return BatchHandler(runner.process, runner.executor, publisher, metrics)


async def _wait(seconds: float, stop: asyncio.Event) -> bool:
    """Sleep, waking early on ``stop``; True when the full time passed without a stop request."""
    if seconds <= 0:
        return not stop.is_set()
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except asyncio.TimeoutError:
        return True
    return False
