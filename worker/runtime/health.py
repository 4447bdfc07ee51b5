"""The worker's own HTTP port: Prometheus metrics, liveness and readiness.

Kept apart from faust's web server because faust answers ``GET /`` with OK before its consumer
even starts, and because liveness and readiness must mean what Kubernetes assumes:

* ``/livez`` is 200 while the process and its event loop run. It never asks Kafka: a broker
  outage must not restart every pod. A heartbeat task on the app's loop stamps the time every
  ``heartbeat_s``; if the stamp is older than ``liveness_timeout_s`` the loop is blocked (or the
  task died) and the answer is 503 with the stamp's age.
* ``/readyz`` is 200 only when the readiness callback says so (consumer and producer connected,
  model loaded), else 503 with the callback's details as JSON.
* ``/metrics`` is the text exposition of the given registry.
* ``/stories`` and ``/stories/{id}``, only when ``pages`` is given (``WIRE_STORY_PAGES``): the
  evidence pages of the last stories published (``story_pages.py``).

The HTTP server runs on its own thread and loop, so a blocked app loop is reported by /livez
(instead of the probe hanging until it times out) and scrapes keep working during long batches.
The readiness callback therefore runs on that thread: it must only read simple state.

No faust import here: the app passes a readiness callback and wires the optional hooks.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from aiohttp import web
from prometheus_client import CollectorRegistry
from prometheus_client.exposition import choose_encoder

from worker.runtime.story_pages import CSP, StoryPages

Readiness = Callable[[], tuple[bool, dict[str, Any]]]

log = logging.getLogger(__name__)


class HealthServer:
    """An aiohttp server on its own port; ``await start()`` binds it, ``await stop()`` frees it.

    ``on_loop_lag(seconds)`` is called on every heartbeat with how late it woke up, and
    ``on_ready(ok)`` with the readiness verdict, so the app can mirror both into gauges.
    """

    def __init__(
        self,
        host: str,
        port: int,
        registry: CollectorRegistry,
        readiness: Readiness,
        *,
        heartbeat_s: float = 1.0,
        liveness_timeout_s: float = 10.0,
        on_loop_lag: Callable[[float], None] | None = None,
        on_ready: Callable[[bool], None] | None = None,
        pages: StoryPages | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.registry = registry
        self.readiness = readiness
        self.heartbeat_s = heartbeat_s
        self.liveness_timeout_s = liveness_timeout_s
        self.on_loop_lag = on_loop_lag
        self.on_ready = on_ready
        self.pages = pages
        self._last_beat = time.monotonic()
        self._runner: web.AppRunner | None = None
        self._heartbeat: asyncio.Task[None] | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def bound_port(self) -> int:
        """The port really bound (differs from ``port`` when 0 asked the OS for a free one)."""
        if self._runner is None:
            raise RuntimeError("server not started")
        for site in self._runner.sites:
            server = getattr(site, "_server", None)
            if server is not None and server.sockets:
                return int(server.sockets[0].getsockname()[1])
        return self.port

    def make_app(self) -> web.Application:
        """The aiohttp application: the three probes, and the story pages when they are on."""
        app = web.Application()
        app.router.add_get("/metrics", self._metrics)
        app.router.add_get("/livez", self._livez)
        app.router.add_get("/readyz", self._readyz)
        if self.pages is not None:  # off unless WIRE_STORY_PAGES asks: the routes do not exist
            app.router.add_get("/stories", self._stories)
            app.router.add_get("/stories/{story_id}", self._story)
        return app

    async def start(self) -> None:
        """Start the heartbeat on the calling loop and the HTTP server on its own thread."""
        self._last_beat = time.monotonic()
        self._heartbeat = asyncio.create_task(self._beat(), name="wire-enrich-heartbeat")
        bound: concurrent.futures.Future[None] = concurrent.futures.Future()
        self._thread = threading.Thread(target=self._serve, args=(bound,), name="wire-enrich-health", daemon=True)
        self._thread.start()
        try:
            await asyncio.wrap_future(bound)
        except BaseException:
            await self.stop()
            raise
        log.info("health server listening on %s:%s", self.host, self.bound_port)

    def _serve(self, bound: concurrent.futures.Future[None]) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            # access_log=None: probes every few seconds would drown the worker's own log lines.
            self._runner = web.AppRunner(self.make_app(), access_log=None)
            loop.run_until_complete(self._runner.setup())
            loop.run_until_complete(web.TCPSite(self._runner, self.host, self.port).start())
        except BaseException as exc:
            bound.set_exception(exc)
            loop.close()
            return
        bound.set_result(None)
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(self._runner.cleanup())
            loop.close()

    async def stop(self) -> None:
        """Stop serving, free the port and cancel the heartbeat; safe to call twice."""
        if self._heartbeat is not None:
            self._heartbeat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._heartbeat
            self._heartbeat = None
        thread, loop = self._thread, self._loop
        if thread is not None:
            if loop is not None and not loop.is_closed():
                loop.call_soon_threadsafe(loop.stop)
            await asyncio.to_thread(thread.join)
        self._thread = self._loop = None
        self._runner = None

    async def __aenter__(self) -> HealthServer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def loop_age(self) -> float:
        """Seconds since the heartbeat last ran on the event loop."""
        return time.monotonic() - self._last_beat

    async def _beat(self) -> None:
        while True:
            before = time.monotonic()
            await asyncio.sleep(self.heartbeat_s)
            now = time.monotonic()
            self._last_beat = now
            if self.on_loop_lag is not None:
                self._call_hook(self.on_loop_lag, max(0.0, now - before - self.heartbeat_s))
            if self.on_ready is not None:
                ok, _ = self._check_ready()
                self._call_hook(self.on_ready, ok)

    @staticmethod
    def _call_hook(hook: Callable[[Any], None], value: Any) -> None:
        # A broken metrics hook must not kill the heartbeat, or liveness would fail for it.
        try:
            hook(value)
        except Exception:
            log.exception("health hook failed")

    def _check_ready(self) -> tuple[bool, dict[str, Any]]:
        try:
            ok, details = self.readiness()
        except Exception as exc:  # the callback is the app's code; report, do not crash the probe
            return False, {"error": f"readiness check raised {type(exc).__name__}: {exc}"}
        return bool(ok), dict(details)

    async def _metrics(self, request: web.Request) -> web.Response:
        encoder, content_type = choose_encoder(request.headers.get("Accept", ""))
        body = encoder(self.registry)
        # aiohttp refuses a charset inside content_type, so pass the header whole.
        return web.Response(body=body, headers={"Content-Type": content_type})

    async def _stories(self, _request: web.Request) -> web.Response:
        assert self.pages is not None
        return self._html(await asyncio.to_thread(self.pages.index))

    async def _story(self, request: web.Request) -> web.Response:
        assert self.pages is not None
        page = await asyncio.to_thread(self.pages.page, request.match_info["story_id"])
        if page is None:
            return web.Response(status=404, text="no such story among the last ones published\n")
        return self._html(page)

    @staticmethod
    def _html(body: str) -> web.Response:
        return web.Response(text=body, content_type="text/html", charset="utf-8",
                            headers={"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                                     "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"})

    async def _livez(self, _request: web.Request) -> web.Response:
        age = self.loop_age()
        alive = self._heartbeat is not None and not self._heartbeat.done() and age < self.liveness_timeout_s
        body = {"status": "ok" if alive else "stalled", "loop_heartbeat_age_seconds": round(age, 3)}
        return web.json_response(body, status=200 if alive else 503)

    async def _readyz(self, _request: web.Request) -> web.Response:
        ok, details = self._check_ready()
        body = {"status": "ready" if ok else "not ready", "checks": details}
        return web.json_response(body, status=200 if ok else 503)
