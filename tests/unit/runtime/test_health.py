"""Health server on a real port: /metrics, /livez independent of readiness, /readyz with reasons."""

from __future__ import annotations

import asyncio
import threading
import time
import urllib.error
import urllib.request
from typing import Any

import aiohttp
import pytest
from prometheus_client import CollectorRegistry

from worker.runtime.health import HealthServer
from worker.runtime.metrics import Metrics


class Flags:
    """Stands in for the app's view of consumer, producer and model."""

    def __init__(self) -> None:
        self.consumer = False
        self.producer = False
        self.model = False

    def __call__(self) -> tuple[bool, dict[str, Any]]:
        checks = {"consumer": self.consumer, "producer": self.producer, "model": self.model}
        return all(checks.values()), checks


async def get(server: HealthServer, path: str) -> tuple[int, str, str]:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"http://127.0.0.1:{server.bound_port}{path}") as response:
            return response.status, response.headers["Content-Type"], await response.text()


@pytest.mark.asyncio
async def test_metrics_endpoint_serves_the_registry() -> None:
    registry = CollectorRegistry()
    metrics = Metrics.create(registry, model="m", model_version="1", spacy_version="3.8", version="0.1.0")
    metrics.record_dead_letter("bad_json")
    async with HealthServer("127.0.0.1", 0, registry, Flags()) as server:
        status, content_type, body = await get(server, "/metrics")
    assert status == 200
    assert content_type.startswith("text/plain")
    assert 'wire_enrich_dead_letters_total{reason="bad_json"} 1.0' in body
    assert "wire_enrich_build_info{" in body


@pytest.mark.asyncio
async def test_metrics_endpoint_speaks_openmetrics_when_asked() -> None:
    registry = CollectorRegistry()
    Metrics.create(registry, model="m", model_version="1", spacy_version="3.8", version="0.1.0")
    async with HealthServer("127.0.0.1", 0, registry, Flags()) as server:
        async with aiohttp.ClientSession() as session:
            url = f"http://127.0.0.1:{server.bound_port}/metrics"
            async with session.get(url, headers={"Accept": "application/openmetrics-text; version=1.0.0"}) as r:
                body = await r.text()
                assert r.headers["Content-Type"].startswith("application/openmetrics-text")
    assert body.rstrip().endswith("# EOF")


@pytest.mark.asyncio
async def test_readiness_follows_the_callback_and_liveness_does_not() -> None:
    flags = Flags()
    async with HealthServer("127.0.0.1", 0, CollectorRegistry(), flags) as server:
        status, content_type, body = await get(server, "/readyz")
        assert status == 503
        assert content_type.startswith("application/json")
        assert '"consumer": false' in body
        assert (await get(server, "/livez"))[0] == 200

        flags.consumer = flags.producer = flags.model = True
        assert (await get(server, "/readyz"))[0] == 200

        flags.producer = False  # the broker went away
        status, _, body = await get(server, "/readyz")
        assert status == 503 and '"producer": false' in body
        assert (await get(server, "/livez"))[0] == 200


@pytest.mark.asyncio
async def test_readiness_callback_that_raises_is_a_503_not_a_crash() -> None:
    def broken() -> tuple[bool, dict[str, Any]]:
        raise KeyError("consumer")

    async with HealthServer("127.0.0.1", 0, CollectorRegistry(), broken) as server:
        status, _, body = await get(server, "/readyz")
    assert status == 503
    assert "KeyError" in body


def probe(port: int, path: str) -> tuple[int, str]:
    """A probe from outside the app's loop, as the kubelet sends it."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.mark.asyncio
async def test_liveness_fails_while_the_loop_is_blocked_and_metrics_still_answer() -> None:
    async with HealthServer("127.0.0.1", 0, CollectorRegistry(), Flags(), heartbeat_s=0.05, liveness_timeout_s=0.3) as server:
        port = server.bound_port
        assert (await get(server, "/livez"))[0] == 200
        seen: dict[str, tuple[int, str]] = {}
        prober = threading.Timer(0.6, lambda: seen.update(livez=probe(port, "/livez"), metrics=probe(port, "/metrics")))
        prober.start()
        time.sleep(1.0)  # block the app loop the way a CPU-bound call on it would
        prober.join()
        assert seen["livez"][0] == 503
        assert '"stalled"' in seen["livez"][1]
        assert seen["metrics"][0] == 200
        await asyncio.sleep(0.2)  # the loop runs again and the heartbeat catches up
        assert (await get(server, "/livez"))[0] == 200


@pytest.mark.asyncio
async def test_hooks_mirror_loop_lag_and_readiness_into_gauges() -> None:
    registry = CollectorRegistry()
    metrics = Metrics.create(registry, model="m", model_version="1", spacy_version="3.8", version="0.1.0")
    flags = Flags()
    flags.consumer = flags.producer = flags.model = True
    server = HealthServer(
        "127.0.0.1", 0, registry, flags, heartbeat_s=0.02,
        on_loop_lag=metrics.set_event_loop_lag, on_ready=metrics.set_ready,
    )
    async with server:
        await asyncio.sleep(0.1)
        assert registry.get_sample_value("wire_enrich_ready") == 1
        flags.model = False
        await asyncio.sleep(0.1)
        assert registry.get_sample_value("wire_enrich_ready") == 0
        assert registry.get_sample_value("wire_enrich_event_loop_lag_seconds") is not None


@pytest.mark.asyncio
async def test_stop_frees_the_port_and_cancels_the_heartbeat() -> None:
    server = HealthServer("127.0.0.1", 0, CollectorRegistry(), Flags())
    await server.start()
    port = server.bound_port
    await server.stop()
    with pytest.raises(aiohttp.ClientConnectionError):
        async with aiohttp.ClientSession() as session:
            await session.get(f"http://127.0.0.1:{port}/livez")
    assert not [t for t in asyncio.all_tasks() if t.get_name() == "wire-enrich-heartbeat"]


@pytest.mark.asyncio
async def test_without_story_pages_the_stories_routes_do_not_exist() -> None:
    server = HealthServer("127.0.0.1", 0, CollectorRegistry(), Flags())
    await server.start()
    try:
        status, _, _ = await get(server, "/stories")
        assert status == 404
    finally:
        await server.stop()


@pytest.mark.asyncio
async def test_story_pages_list_is_served_closed_to_any_other_source_when_on() -> None:
    from worker.runtime.story_pages import StoryPages

    server = HealthServer("127.0.0.1", 0, CollectorRegistry(), Flags(), pages=StoryPages(5))
    await server.start()
    try:
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{server.bound_port}/stories") as response:
                assert response.status == 200
                assert response.headers["Content-Security-Policy"].startswith("default-src 'none'")
                assert "No story has been published yet." in await response.text()
            async with session.get(f"http://127.0.0.1:{server.bound_port}/stories/nope") as response:
                assert response.status == 404
    finally:
        await server.stop()
