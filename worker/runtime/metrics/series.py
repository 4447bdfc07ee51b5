"""The worker's series, registered in one registry: names, help texts, labels and buckets."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from worker.runtime.metrics.labels import BATCH_BUCKETS, E2E_BUCKETS, LATENCY_BUCKETS, PREFIX


def register(reg: CollectorRegistry) -> dict[str, Any]:
    """Every series of :class:`~worker.runtime.metrics.recorder.Metrics`, by field name."""
    p = PREFIX
    return dict(
        records_consumed=Counter(
            f"{p}_records_consumed", "Raw records taken from the input topic.", ["topic"], registry=reg
        ),
        stage_records_in=Counter(
            f"{p}_stage_records_in", "Records that entered a pipeline stage.", ["stage"], registry=reg
        ),
        stage_records_in_progress=Gauge(
            f"{p}_stage_records_in_progress", "Records inside a pipeline stage now.", ["stage"], registry=reg
        ),
        stage_records_out=Counter(
            f"{p}_stage_records_out", "Records that left a pipeline stage successfully.", ["stage"], registry=reg
        ),
        stage_records_failed=Counter(
            f"{p}_stage_records_failed",
            "Records that failed in a pipeline stage, by rejection reason.",
            ["stage", "reason"],
            registry=reg,
        ),
        stage_duration=Histogram(
            f"{p}_stage_duration_seconds",
            "Time one batch spent in a pipeline stage.",
            ["stage"],
            buckets=LATENCY_BUCKETS,
            registry=reg,
        ),
        facts_published=Counter(
            f"{p}_facts_published", "Fact records acknowledged by the broker, by type.", ["type"], registry=reg
        ),
        dead_letters=Counter(
            f"{p}_dead_letters", "Records acknowledged on the dead-letter topic, by reason.", ["reason"], registry=reg
        ),
        publish_errors=Counter(
            f"{p}_publish_errors",
            "Failed send attempts (each is retried or dead-lettered), by output topic kind.",
            ["topic_kind"],
            registry=reg,
        ),
        publish_retries=Counter(
            f"{p}_publish_retries", "Send retries after a failed attempt, by output topic kind.", ["topic_kind"], registry=reg
        ),
        lost_record_reseeks=Counter(
            f"{p}_lost_record_reseeks", "Seeks back to the committed offsets of a consumer with work waiting that delivered none, by shape (records_lost, nothing_fetched).",
            ["shape"], registry=reg,
        ),
        batch_size=Histogram(
            f"{p}_batch_size_records", "Records per consumed batch.", buckets=BATCH_BUCKETS, registry=reg
        ),
        story_stage_duration=Histogram(
            f"{p}_story_stage_seconds",
            "Time one story spent in each stage from its Kafka timestamp to its batch acked, once per story.",
            ["stage"],
            buckets=LATENCY_BUCKETS,
            registry=reg,
        ),
        end_to_end_latency=Histogram(
            f"{p}_end_to_end_latency_seconds",
            "From the raw record's Kafka timestamp to every output of it acknowledged.",
            buckets=E2E_BUCKETS,
            registry=reg,
        ),
        consumer_lag_offsets=Gauge(
            f"{p}_consumer_lag_offsets",
            "High watermark minus the next offset to process, per assigned partition.",
            ["topic", "partition"],
            registry=reg,
        ),
        consumer_lag_seconds=Gauge(
            f"{p}_consumer_lag_seconds",
            "Age of the oldest unprocessed record per assigned partition (0 when caught up).",
            ["topic", "partition"],
            registry=reg,
        ),
        last_record_processed=Gauge(
            f"{p}_last_record_processed_timestamp_seconds",
            "Unix time at which the last record was fully processed (outputs acknowledged).",
            registry=reg,
        ),
        event_loop_lag=Gauge(
            f"{p}_event_loop_lag_seconds",
            "How late the last event-loop heartbeat woke up; high means the loop is blocked.",
            registry=reg,
        ),
        ready=Gauge(f"{p}_ready", "1 when consumer, producer and model are ready, else 0.", registry=reg),
        build_info=Gauge(
            f"{p}_build_info",
            "Build and model of the running worker; the value is always 1.",
            ["version", "model", "model_version", "spacy_version"],
            registry=reg,
        ),
        revisions_published=Counter(
            f"{p}_revisions_published", "Revision records acknowledged by the broker, by change.", ["change"],
            registry=reg,
        ),
        stories_by_language=Counter(
            f"{p}_stories_by_language",
            "Decoded stories by detected language (en, fr, es, de, it, pt, other) and route: read by a "
            "pipeline, published with metadata only, or dead-lettered as unsupported_language.",
            ["language", "route"],
            registry=reg,
        ),
        story_versions=Counter(
            f"{p}_story_versions",
            "Enriched story versions by how they compared with the kept state: first, newer, "
            "redelivered, duplicate, older.",
            ["outcome"],
            registry=reg,
        ),
    )
