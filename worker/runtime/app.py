"""The faust app: one agent that batches raw records, enriches them off the loop and publishes.

Delivery: the agent takes batches that follow the load (``batching.py``: whatever is waiting, up
to ``WIRE_BATCH_SIZE``, as soon as there is room for another batch; events are not acked on
reading) and acks a batch only after ``BatchHandler.publish`` returned, i.e. after the broker
acknowledged every output with acks=all. faust then commits only acked offsets. ``concurrency=1``
because faust can commit past in-flight messages otherwise.
Two batches are in flight at once: batch N+1 is already being enriched while batch N finishes
(its slices queue behind N's, so no spaCy process idles at a batch boundary) and while N is
published. N is acked before N+1 is published, so acks and output order stay in input order, and
nothing is acked unpublished. Story revisions (``revisions.py``) ride along with each batch."""

import asyncio
import logging
import time
from collections import deque
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Any

import faust
from aiokafka import AIOKafkaProducer
from faust.types import EventT

from worker.config import Settings
from worker.core.pipeline import SourceRecord
from worker.runtime.batching import AdaptiveBatches, StreamEnded
from worker.runtime.stall_watch import StallWatch
from worker.runtime.executor import ProcessFn
from worker.runtime.flow import KeepQueuedFlowControl, install_parked_seek
from worker.runtime.handler import BatchHandler, consumer_waits, source_record
from worker.runtime.health import HealthServer
from worker.runtime.kafka_config import faust_credentials, producer_options
from worker.runtime.lag import LagTracker
from worker.runtime.metrics import Metrics
from worker.runtime.preflight import authenticate as authenticate_until_accepted
from worker.runtime.publish import Publisher
from worker.runtime.revisions import RevisionKeeper, make_table
from worker.runtime.story_pages import StoryPages

log = logging.getLogger(__name__)

_PROBE_INTERVAL_S = 5.0
# Batches enriched or published at once; the executor must take this many batches concurrently.
BATCHES_IN_FLIGHT = 2


class WorkerApp:
    """Everything the live worker holds: faust app, producer, executor, metrics, health."""

    def __init__(self, settings: Settings, metrics: Metrics, *, process: ProcessFn,
                 executor: Executor | None = None) -> None:
        self.settings = settings
        self.metrics = metrics
        self.executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="nlp")
        # What runs in the executor: a loaded pipeline's `process`, or a runner spreading batches
        # over processes that hold the model (the parent then never loads it).
        self.process = process
        self.producer: AIOKafkaProducer | None = None
        self.health: HealthServer | None = None
        self.broker_ok = False
        self.publish_ok = True
        self.consumer_started = False
        # Set by the check before faust starts (``authenticate``): None while it has not failed.
        self.auth_error: str | None = None
        # Lag per partition processed at least once, after each batch and on a timer between them.
        self.lag = LagTracker(metrics, lambda: self.app.consumer)
        self._topic_kind = {topic: kind for kind, topic in settings.topics().by_kind().items()}
        self.revisions: RevisionKeeper | None = None  # set by _build when revisions are enabled
        # The last stories published, for the evidence pages on the metrics port (WIRE_STORY_PAGES).
        self.pages = StoryPages(settings.story_pages) if settings.story_pages > 0 else None
        self.app = self._build()
        self.stall = StallWatch(self.app, settings.lost_records_reseek_s, on_nudge=metrics.record_reseek,
                                inputs=[settings.raw_topic])

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> faust.App:
        s = self.settings
        app = faust.App(
            s.app_id,
            broker=[f"kafka://{server.strip()}" for server in s.bootstrap_servers.split(",")],
            broker_credentials=faust_credentials(s),
            value_serializer="raw",
            key_serializer="raw",
            topic_allow_declare=False,
            topic_disable_leader=True,
            producer_acks=-1,
            consumer_auto_offset_reset="earliest",
            broker_commit_interval=1.0,
            # After a crash the group waits this long for the dead member before handing its
            # partitions on (faust's default is 60 s); heartbeats at a third of it, as Kafka advises.
            broker_session_timeout=s.session_timeout_s,
            broker_heartbeat_interval=s.session_timeout_s / 3,
            web_enabled=False,
            store="memory://",
            datadir=str(s.data_dir / "faust"),
            autodiscover=False,
        )
        app.flow_control = KeepQueuedFlowControl(loop=app.loop)  # faust clears queues on resume: flow.py
        raw = app.topic(s.raw_topic, key_type=bytes, value_type=bytes, key_serializer="raw",
                        value_serializer="raw")
        worker = self
        if s.revisions_enabled:
            self.revisions = RevisionKeeper(make_table(app, s), self.metrics, topic=s.revisions_topic,
                                            source=s.source, flush=lambda: app.producer.flush(),
                                            flush_timeout_s=s.publish_timeout_s)

        @app.agent(raw, concurrency=1, name="enrich")
        async def enrich(stream: faust.StreamT) -> None:
            handler = await worker._start_handler()
            in_flight: deque[asyncio.Task[None]] = deque()
            batches = AdaptiveBatches(stream, s.batch_size)

            async def enrich_publish_ack(events: list[EventT], batch: list[SourceRecord], taken_at: float,
                                         previous: asyncio.Task[None] | None) -> None:
                outcome = await handler.enrich(batch)
                waited = time.perf_counter()
                if previous is not None:
                    await previous  # acks stay in order: the previous batch is fully acked first
                publishing = time.perf_counter()
                await handler.publish(outcome, worker.revisions.for_batch(events) if worker.revisions else None)
                for event in events:
                    await stream.ack(event)
                if worker.pages is not None:  # only what consumers can already read
                    worker.pages.add(r.story for r in outcome.results)
                worker.metrics.observe_story_stages(
                    len(batch), consumer_waits(batch, taken_at),
                    {**outcome.stage_seconds, "order_wait": publishing - waited,
                     "publish": time.perf_counter() - publishing})
                await worker._report_lag(batch)

            window = s.batch_window_s
            if window > 0:  # faust's noack_take: a batch when full or when the window ends
                taken = stream.noack_take(s.batch_size, within=window).__aiter__()

                async def next_batch() -> list[EventT]:
                    return list(await taken.__anext__())
            else:  # the default (WIRE_BATCH_WINDOW_S=0): adaptive batches (batching.py), whatever is waiting
                batches.start()

                async def next_batch() -> list[EventT]:
                    try:
                        return await batches.take()
                    except StreamEnded:
                        raise StopAsyncIteration from None
            try:
                while True:
                    # Room for another batch first, then the next batch: while both batches are busy
                    # the stories waiting gather into the next one.
                    while len(in_flight) >= BATCHES_IN_FLIGHT:
                        await in_flight.popleft()
                    try:
                        events = await next_batch()
                    except StopAsyncIteration:
                        break
                    taken_at = time.time()
                    worker.stall.taken()
                    batch = [source_record(event.message) for event in events]
                    previous = in_flight[-1] if in_flight else None
                    in_flight.append(asyncio.ensure_future(enrich_publish_ack(events, batch, taken_at, previous)))
                    await asyncio.sleep(0)  # hand the batch to the executor before taking the next one
                while in_flight:
                    await in_flight.popleft()
            finally:
                await batches.stop()
                for task in in_flight:
                    task.cancel()  # shutting down: an un-acked batch is simply redelivered

        async def joined_group(sender: Any, **kwargs: Any) -> None:
            # Ready means the group is joined and partitions (possibly none) are assigned; the agent
            # starting is not enough: until the first rebalance nothing is consumed and the broker
            # probe, a faust timer, has not run yet.
            worker.consumer_started = True

        app.on_rebalance_complete.connect(joined_group)

        @app.task
        async def serve_health() -> None:
            await worker._serve_health()

        @app.timer(_PROBE_INTERVAL_S)
        async def probe_broker() -> None:
            await worker._probe_broker()

        @app.timer(_PROBE_INTERVAL_S)
        async def refresh_lag() -> None:
            worker._refresh_lag()
            await worker.stall.check()

        return app

    async def _start_handler(self) -> BatchHandler:
        install_parked_seek(self.app.consumer)  # before the first rebalance's seek: see flow.py
        if self.producer is not None:  # faust restarts a crashed agent: keep the running producer
            await self.producer.stop()
        self.producer = await self._new_producer()
        self.broker_ok = True
        publisher = Publisher(
            self.producer, retries=self.settings.publish_retries,
            on_retry=lambda topic: self.metrics.record_publish_retry(self._topic_kind.get(topic, "enriched")),
            on_error=lambda topic: self.metrics.record_publish_error(self._topic_kind.get(topic, "enriched")),
        )

        async def renew_producer() -> None:
            # A new producer id: the records of the stuck batch go out again (duplicates with the
            # same event ids are allowed; a lost record is not).
            old = self.producer
            self.producer = publisher.producer = await self._new_producer()
            if old is not None:
                try:
                    await old.stop()
                except Exception as exc:  # the old one is broken anyway; the new one carries on
                    log.warning("stopping the old producer failed: %s", exc)

        return BatchHandler(self.process, self.executor, publisher, self.metrics,
                            on_publish_state=self._set_publish_state, renew_producer=renew_producer)

    async def _new_producer(self) -> AIOKafkaProducer:
        producer = AIOKafkaProducer(**producer_options(self.settings, f"{self.settings.app_id}-producer"))
        await producer.start()
        return producer

    def _set_publish_state(self, ok: bool) -> None:
        self.publish_ok = ok

    # --- health and lag -----------------------------------------------------------------------

    def readiness(self) -> tuple[bool, dict[str, Any]]:
        checks = {
            "model_loaded": True,  # the runner is built, and so the model loaded, before this object exists
            "kafka_authenticated": self.auth_error is None,
            "consumer_started": self.consumer_started,
            "producer_connected": self.producer is not None and self.broker_ok,
            "publishing": self.publish_ok,
        }
        ok = all(checks.values())
        details: dict[str, Any] = {"status": "ready" if ok else "not ready", "checks": checks}
        if self.auth_error is not None:
            details["reason"] = self.auth_error
        return ok, details

    async def start_health(self) -> None:
        """Serve /metrics, /livez and /readyz from now on (once; later calls do nothing).

        Called before faust starts, on the loop faust will run, so the endpoints answer while
        the worker authenticates and during faust's first rebalance.
        """
        if self.health is not None:
            return
        self.health = HealthServer(
            self.settings.metrics_host, self.settings.metrics_port, self.metrics.registry, self.readiness,
            on_loop_lag=self.metrics.set_event_loop_lag, on_ready=self.metrics.set_ready, pages=self.pages,
        )
        await self.health.start()
        log.info("metrics and health on port %d", self.health.bound_port)

    async def authenticate(self) -> None:
        """Before faust starts: wait until Kafka accepts the credentials, not ready meanwhile."""

        def refused(reason: str) -> None:
            self.auth_error = reason
            self.metrics.set_ready(False)

        await authenticate_until_accepted(self.settings, on_failure=refused,
                                          timeout_s=min(self.settings.publish_timeout_s, 30.0))
        self.auth_error = None

    async def _serve_health(self) -> None:
        await self.start_health()
        assert self.health is not None
        try:
            await asyncio.Event().wait()
        finally:
            await self.health.stop()

    async def _probe_broker(self) -> None:
        """A real metadata round trip: readiness must turn false while the brokers are away."""
        if self.producer is None:
            return
        try:
            await asyncio.wait_for(self.producer.client.fetch_all_metadata(), timeout=_PROBE_INTERVAL_S)
            self.broker_ok = True
        except Exception as exc:  # any failure means "not connected"; the reason goes to the log
            if self.broker_ok:
                log.warning("broker metadata probe failed: %s", exc)
            self.broker_ok = False
        self.metrics.set_ready(self.readiness()[0])

    async def _report_lag(self, batch: list[Any]) -> None:
        self.lag.processed(batch)

    def _refresh_lag(self) -> None:
        self.lag.refresh()

    def shutdown(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


__all__ = ["WorkerApp"]
