"""Adaptive batches: what is buffered goes out at once, up to the batch size, in input order; the
reader stops at the batch size until a batch is taken, and nothing is acked on reading."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from worker.runtime.batching import AdaptiveBatches, StreamEnded


class FakeStream:
    """Only what AdaptiveBatches touches: ``enable_acks`` and ``events()``; events come from a queue."""

    def __init__(self) -> None:
        self.enable_acks = True
        self.queue: asyncio.Queue[Any] = asyncio.Queue()
        self.read = 0

    async def events(self) -> AsyncIterator[Any]:
        while True:
            item = await self.queue.get()
            if item is None:
                return
            self.read += 1
            yield item


async def settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_a_lone_event_is_handed_out_as_soon_as_it_arrives() -> None:
    async def scenario() -> list[Any]:
        stream = FakeStream()
        batches = AdaptiveBatches(stream, 32)
        batches.start()
        assert stream.enable_acks is False  # the caller acks after publishing
        taking = asyncio.ensure_future(batches.take())
        await settle()
        assert not taking.done()  # nothing buffered: it waits
        stream.queue.put_nowait("story-1")
        result = await asyncio.wait_for(taking, 1.0)
        await batches.stop()
        return result

    assert run(scenario()) == ["story-1"]


def test_a_backlog_fills_batches_up_to_the_size_in_order_and_reading_pauses_when_full() -> None:
    async def scenario() -> tuple[list[Any], list[Any], int]:
        stream = FakeStream()
        for i in range(10):
            stream.queue.put_nowait(i)
        batches = AdaptiveBatches(stream, 4)
        batches.start()
        await settle()
        read_while_full = stream.read
        first = await batches.take()
        await settle()
        second = await batches.take()
        await batches.stop()
        return first, second, read_while_full

    first, second, read_while_full = run(scenario())
    assert read_while_full == 4  # never more than one batch buffered ahead
    assert first == [0, 1, 2, 3]
    assert second == [4, 5, 6, 7]


def test_take_reports_the_end_of_the_stream_after_the_last_events() -> None:
    async def scenario() -> None:
        stream = FakeStream()
        stream.queue.put_nowait("a")
        stream.queue.put_nowait(None)
        batches = AdaptiveBatches(stream, 8)
        batches.start()
        await settle()
        assert await batches.take() == ["a"]
        with pytest.raises(StreamEnded):
            await batches.take()

    run(scenario())
