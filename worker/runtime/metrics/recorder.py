"""Prometheus metrics of the worker, bundled in one object built from a registry.

Every series lives under the ``wire_enrich_`` prefix, in base units (seconds), counters end in
``_total``, and every label has a small closed set of values. Known label values are created at 0
when the object is built, so ``rate()`` and alert expressions see a series from the first scrape
instead of appearing only after the first failure.

The app owns the object and passes it down; nothing here is a module global, so tests build one
per ``CollectorRegistry`` and several can live side by side.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client import GCCollector, PlatformCollector, ProcessCollector

from worker.core.routing import language_label
from worker.runtime.metrics.labels import LANGUAGE_ROUTES, LANGUAGES, PUBLISHED_KINDS, REASONS, REVISION_CHANGES, \
    STAGE_ERROR_REASON, STAGE_REASONS, STAGES, STALL_SHAPES, STORY_STAGES, TOPIC_KINDS, VERSION_OUTCOMES, bounded, known, \
    reason_label
from worker.runtime.metrics.processes import register_worker_processes
from worker.runtime.metrics.series import register


@dataclass
class StageTracker:
    """Handed out by :meth:`Metrics.track_stage`; lets the caller mark part of the batch failed."""

    stage: str
    records: int
    failures: dict[str, int] = field(default_factory=dict)

    def failed(self, reason: str, n: int = 1) -> None:
        """Count ``n`` records of this batch as failed with ``reason`` (out gets the rest)."""
        key = reason_label(reason)
        self.failures[key] = self.failures.get(key, 0) + n


@dataclass(frozen=True)
class Metrics:
    """All worker series; build with :meth:`Metrics.create`, then call the small methods below."""

    registry: CollectorRegistry
    records_consumed: Counter
    stage_records_in: Counter
    stage_records_in_progress: Gauge
    stage_records_out: Counter
    stage_records_failed: Counter
    stage_duration: Histogram
    facts_published: Counter
    dead_letters: Counter
    publish_errors: Counter
    publish_retries: Counter
    lost_record_reseeks: Counter
    batch_size: Histogram
    story_stage_duration: Histogram
    end_to_end_latency: Histogram
    consumer_lag_offsets: Gauge
    consumer_lag_seconds: Gauge
    last_record_processed: Gauge
    event_loop_lag: Gauge
    ready: Gauge
    build_info: Gauge
    revisions_published: Counter
    stories_by_language: Counter
    story_versions: Counter
    # Where the spaCy pool's live pids are read (``watch_pool``); empty until the worker starts
    # its pool. A list, so the frozen object can still be told once.
    pool_watch: list[Callable[[], list[int]]] = field(default_factory=list, repr=False)

    @classmethod
    def create(cls, registry: CollectorRegistry, *, model: str, model_version: str, spacy_version: str,
               version: str, input_topics: Sequence[str] = (), process_metrics: bool = True) -> Metrics:
        """Register every series in ``registry`` and pre-create the known label values at 0.

        ``input_topics`` pre-creates the consumed counter per raw topic. ``process_metrics`` adds
        the standard ``process_*``/``python_*`` collectors (CPU, memory, file descriptors) that the
        dashboard's USE panels read; it is skipped silently when the registry already has them
        (the default global registry does).
        """
        reg = registry
        m = cls(registry=reg, **register(reg))
        m.build_info.labels(version=version, model=model, model_version=model_version, spacy_version=spacy_version).set(1)
        m._preinitialise(input_topics)
        if process_metrics:
            _register_process_collectors(reg)
            # The worker's own processes, the spaCy pool's once ``watch_pool`` names them.
            register_worker_processes(reg, lambda: m.pool_watch[-1]() if m.pool_watch else [])
        return m

    def watch_pool(self, pool_pids: Callable[[], list[int]]) -> None:
        """Report the CPU and memory of these pool processes beside the main one's."""
        self.pool_watch[:] = [pool_pids]

    def _preinitialise(self, input_topics: Iterable[str]) -> None:
        for topic in input_topics:
            self.records_consumed.labels(topic=topic)
        for stage in STAGES:
            self.stage_records_in.labels(stage=stage)
            self.stage_records_in_progress.labels(stage=stage)
            self.stage_records_out.labels(stage=stage)
            self.stage_duration.labels(stage=stage)
            for reason in STAGE_REASONS[stage]:
                self.stage_records_failed.labels(stage=stage, reason=reason)
        for stage in STORY_STAGES:
            self.story_stage_duration.labels(stage=stage)
        for fact_type in PUBLISHED_KINDS:
            self.facts_published.labels(type=fact_type)
        for reason in REASONS:
            self.dead_letters.labels(reason=reason)
        for kind in TOPIC_KINDS:
            self.publish_errors.labels(topic_kind=kind)
            self.publish_retries.labels(topic_kind=kind)
        self.ready.set(0)
        for change in REVISION_CHANGES:
            self.revisions_published.labels(change=change)
        for outcome in VERSION_OUTCOMES:
            self.story_versions.labels(outcome=outcome)
        for shape in STALL_SHAPES:
            self.lost_record_reseeks.labels(shape=shape)
        for language in LANGUAGES:
            for route in LANGUAGE_ROUTES:
                self.stories_by_language.labels(language=language, route=route)

    # --- input --------------------------------------------------------------------------------

    def record_consumed(self, topic: str, n: int = 1) -> None:
        """Count ``n`` raw records taken from ``topic`` (a configured topic, never a free string)."""
        self.records_consumed.labels(topic=topic).inc(n)

    def observe_batch(self, size: int) -> None:
        """Record the size of one batch handed to the pipeline."""
        self.batch_size.observe(size)

    # --- stages -------------------------------------------------------------------------------

    def stage_started(self, stage: str, n: int) -> None:
        """``n`` records entered ``stage``: counts them in and in progress."""
        known(stage, STAGES, "stage")
        self.stage_records_in.labels(stage=stage).inc(n)
        self.stage_records_in_progress.labels(stage=stage).inc(n)

    def stage_finished(self, stage: str, seconds: float, *, ok: int, failed: Mapping[str, int] | None = None) -> None:
        """Close a batch opened by :meth:`stage_started`: ``ok`` went out, ``failed`` by reason.

        The in-progress gauge drops by ``ok`` plus every failure, and one duration is observed for
        the batch.
        """
        known(stage, STAGES, "stage")
        failures = failed or {}
        self.stage_records_out.labels(stage=stage).inc(ok)
        for reason, count in failures.items():
            if count:
                self.stage_records_failed.labels(stage=stage, reason=reason_label(reason)).inc(count)
        self.stage_records_in_progress.labels(stage=stage).dec(ok + sum(failures.values()))
        self.stage_duration.labels(stage=stage).observe(seconds)

    def observe_stage(self, stage: str, seconds: float, n: int, *, failed: Mapping[str, int] | None = None) -> None:
        """Account a stage that already ran elsewhere (e.g. in an executor with its own timer).

        ``n`` records went in; ``failed`` (reason -> count) of them failed and the rest went out.
        """
        failures = dict(failed or {})
        self.stage_started(stage, n)
        self.stage_finished(stage, seconds, ok=n - sum(failures.values()), failed=failures)

    def observe_story_stages(self, n: int, consumer_waits: Sequence[float], batch_seconds: Mapping[str, float]) -> None:
        """For a batch of ``n`` stories, one observation per story and stage: each story's own
        consumer wait (stories without a Kafka timestamp have none), and the batch's time in every
        other stage of ``STORY_STAGES`` (every story of a batch spends that long there)."""
        waits = self.story_stage_duration.labels(stage="consumer_wait")
        for seconds in consumer_waits:
            waits.observe(seconds)
        for stage in STORY_STAGES[1:]:
            child = self.story_stage_duration.labels(stage=stage)
            for _ in range(n):
                child.observe(batch_seconds.get(stage, 0.0))

    @contextmanager
    def track_stage(self, stage: str, n: int) -> Iterator[StageTracker]:
        """Time a stage around a ``with`` block and keep in/in-progress/out/failed right.

        Call ``tracker.failed(reason, k)`` inside for records the stage rejected. If the block
        raises, the records not already failed count as failed with the stage's error reason
        (``extract_failed`` for nlp/extract, ``publish_failed`` for publish) and the error goes on.
        """
        tracker = StageTracker(stage=known(stage, STAGES, "stage"), records=n)
        self.stage_started(stage, n)
        started = time.perf_counter()
        try:
            yield tracker
        except BaseException:
            rest = n - sum(tracker.failures.values())
            if rest > 0:
                tracker.failed(STAGE_ERROR_REASON[stage], rest)
            self.stage_finished(stage, time.perf_counter() - started, ok=0, failed=tracker.failures)
            raise
        done_failed = sum(tracker.failures.values())
        self.stage_finished(stage, time.perf_counter() - started, ok=n - done_failed, failed=tracker.failures)

    # --- output -------------------------------------------------------------------------------

    def record_facts(self, fact_type: str, n: int = 1) -> None:
        """Count ``n`` acknowledged records of ``fact_type``: the story or a fact family's name.

        An unknown type is counted as ``other`` and logged, never raised.
        """
        self.facts_published.labels(type=bounded(fact_type, PUBLISHED_KINDS, "fact type")).inc(n)

    def record_dead_letter(self, reason: str, n: int = 1) -> None:
        """Count ``n`` records acknowledged on the dead-letter topic; unknown reasons become ``other``."""
        self.dead_letters.labels(reason=reason_label(reason)).inc(n)

    def record_publish_error(self, topic_kind: str) -> None:
        """Count one failed send attempt to an output topic of ``topic_kind``."""
        self.publish_errors.labels(topic_kind=bounded(topic_kind, TOPIC_KINDS, "topic kind")).inc()

    def record_reseek(self, shape: str) -> None:
        """Count one nudge of a stalled consumer: ``records_lost`` or ``nothing_fetched``."""
        self.lost_record_reseeks.labels(shape=bounded(shape, STALL_SHAPES, "stall shape")).inc()

    def record_publish_retry(self, topic_kind: str) -> None:
        """Count one retry of a send to an output topic of ``topic_kind``."""
        self.publish_retries.labels(topic_kind=bounded(topic_kind, TOPIC_KINDS, "topic kind")).inc()

    def record_processed(self, record_timestamps: Iterable[float], *, now: float | None = None) -> None:
        """Records whose outputs are all acknowledged: observe end-to-end latency, mark progress.

        ``record_timestamps`` are the raw records' Kafka timestamps in Unix seconds. A timestamp in
        the future (producer clock skew) counts as 0 rather than a negative latency.
        """
        at = time.time() if now is None else now
        seen = False
        for ts in record_timestamps:
            self.end_to_end_latency.observe(max(0.0, at - ts))
            seen = True
        if seen:
            self.last_record_processed.set(at)

    # --- revisions ----------------------------------------------------------------------------

    def record_revisions(self, change: str, n: int = 1) -> None:
        """Count ``n`` acknowledged revision records of ``change`` (added, removed, changed)."""
        self.revisions_published.labels(change=bounded(change, REVISION_CHANGES, "revision change")).inc(n)

    def record_language(self, language: str, route: str) -> None:
        """One decoded story in ``language`` (outside the closed set: ``other``), routed by ``route``."""
        self.stories_by_language.labels(language=language_label(language),
                                        route=bounded(route, LANGUAGE_ROUTES, "language route")).inc()

    def record_story_version(self, outcome: str, n: int = 1) -> None:
        """Count ``n`` published story versions by how they compared with the kept state."""
        self.story_versions.labels(outcome=bounded(outcome, VERSION_OUTCOMES, "version outcome")).inc(n)

    # --- lag and health -----------------------------------------------------------------------

    def set_lag(self, topic: str, partition: int, offsets: int, seconds: float) -> None:
        """Lag of one assigned partition: in offsets, and as the age of its oldest unprocessed record."""
        self.consumer_lag_offsets.labels(topic=topic, partition=str(partition)).set(max(0, offsets))
        self.consumer_lag_seconds.labels(topic=topic, partition=str(partition)).set(max(0.0, seconds))

    def forget_partition(self, topic: str, partition: int) -> None:
        """Drop the lag series of a revoked partition, so two pods never both report it."""
        for gauge in (self.consumer_lag_offsets, self.consumer_lag_seconds):
            try:
                gauge.remove(topic, str(partition))
            except KeyError:
                pass

    def set_ready(self, ready: bool) -> None:
        """Mirror the readiness verdict so alerts see it even when nobody probes."""
        self.ready.set(1 if ready else 0)

    def set_event_loop_lag(self, seconds: float) -> None:
        """How late the last heartbeat ran; the health server calls this on every tick."""
        self.event_loop_lag.set(max(0.0, seconds))


def _register_process_collectors(registry: CollectorRegistry) -> None:
    for make in (ProcessCollector, PlatformCollector, GCCollector):
        try:
            make(registry=registry)
        except ValueError:
            # Already registered (the default registry ships them); one copy is enough.
            pass
