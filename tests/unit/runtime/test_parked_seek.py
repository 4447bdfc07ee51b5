"""faust's seek waits for the fetch loop to park, so no record of the old position follows it."""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any

from worker.runtime.flow import install_parked_seek


class Consumer:
    """faust's flow switches and a fetch loop that parks on ``can_resume_flow`` when flow stops."""

    def __init__(self) -> None:
        self.flow_active = True
        self.can_resume_flow = type("Event", (), {"_waiters": deque()})()
        self.events: list[str] = []

    def stop_flow(self) -> None:
        self.flow_active = False
        self.events.append("stop")

    def resume_flow(self) -> None:
        self.flow_active = True
        self.events.append("resume")

    async def perform_seek(self) -> None:
        self.events.append(f"seek (parked={bool(self.can_resume_flow._waiters)})")


async def _fetch_loop(consumer: Consumer, handed_out: list[int]) -> None:
    for offset in range(100):  # a fetched batch, handed out a record at a time
        if not consumer.flow_active:
            consumer.can_resume_flow._waiters.append(object())  # waits for flow to resume
            consumer.events.append("parked")
            return
        handed_out.append(offset)
        await asyncio.sleep(0.001)


def _seek_during_a_fetch_loop(consumer: Consumer, handed_out: list[int]) -> None:
    async def run() -> None:
        install_parked_seek(consumer)
        loop_task = asyncio.ensure_future(_fetch_loop(consumer, handed_out))
        await asyncio.sleep(0.005)
        await consumer.perform_seek()
        await loop_task

    asyncio.run(run())


def test_a_seek_stops_the_fetch_loop_waits_for_it_to_park_then_resumes_flow() -> None:
    consumer, handed_out = Consumer(), []
    _seek_during_a_fetch_loop(consumer, handed_out)
    assert consumer.events == ["stop", "parked", "seek (parked=True)", "resume"]
    assert len(handed_out) < 100  # the rest of the old batch was not handed out


def test_a_seek_while_flow_is_stopped_neither_waits_nor_resumes_and_installing_twice_wraps_once() -> None:
    consumer: Any = Consumer()
    consumer.flow_active = False
    install_parked_seek(consumer)
    install_parked_seek(consumer)
    asyncio.run(consumer.perform_seek())
    assert consumer.events == ["seek (parked=False)"]


def test_the_first_seek_of_a_new_worker_stops_flow_without_waiting_for_a_loop_that_has_not_started() -> None:
    consumer: Any = Consumer()
    consumer.app = type("App", (), {"_fetcher": type("Fetcher", (), {"started": False})()})()
    install_parked_seek(consumer)

    async def run() -> float:
        loop = asyncio.get_running_loop()
        began = loop.time()
        await consumer.perform_seek()
        return loop.time() - began

    waited = asyncio.run(run())
    # flow is off during the seek, so a loop starting meanwhile waits; nothing to park, no wait
    assert consumer.events == ["stop", "seek (parked=False)", "resume"]
    assert waited < 1.0  # not the park timeout


def test_once_the_fetch_loop_has_started_a_seek_parks_it_first() -> None:
    consumer: Any = Consumer()
    consumer.app = type("App", (), {"_fetcher": type("Fetcher", (), {"started": True})()})()
    _seek_during_a_fetch_loop(consumer, [])
    assert consumer.events == ["stop", "parked", "seek (parked=True)", "resume"]
