"""Batches that follow the load: whatever is waiting, up to a size, the moment the worker can take it.

faust's ``take``/``noack_take`` yield a batch when it is full or when a fixed window has passed, so
a lone story waits out the window, and a batch is cut when the window ends even if no spaCy
process is free to take it. Here a reader task moves the stream's events (acks disabled, as
``noack_take`` does) into a buffer of at most ``max_records``; the agent calls :meth:`take` when it
has room for another batch and gets everything buffered at once, or the next event as soon as it
arrives. A lone story therefore starts at once; under a backlog the buffer is full whenever the
agent asks, so batches are full too. Nothing is acked here: the caller acks every event after its
outputs are published.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any

from faust.types import EventT, StreamT

from worker.errors import WireEnrichError


class StreamEnded(WireEnrichError):
    """The stream stopped (worker shutting down); no more batches."""


class AdaptiveBatches:
    """Buffered, un-acked events of one stream, handed out in input order."""

    def __init__(self, stream: StreamT[Any], max_records: int) -> None:
        if max_records < 1:
            raise ValueError("max_records must be at least 1")
        self.stream = stream
        self.max_records = max_records
        self._buffer: deque[EventT[Any]] = deque()
        self._arrived = asyncio.Event()
        self._room = asyncio.Event()
        self._room.set()
        self._reader: asyncio.Task[None] | None = None

    def start(self) -> None:
        # The caller acks each event itself, after publishing; faust would otherwise ack an event
        # when the iteration moves to the next one.
        self.stream.enable_acks = False
        self._reader = asyncio.ensure_future(self._read())

    async def _read(self) -> None:
        try:
            async for event in self.stream.events():
                self._buffer.append(event)
                self._arrived.set()
                if len(self._buffer) >= self.max_records:
                    # Full: stop reading, so faust's own queue fills and its flow control pauses
                    # fetching, until the agent takes a batch.
                    self._room.clear()
                    await self._room.wait()
        finally:
            self._arrived.set()  # wake a waiting take(): it sees the reader has ended

    async def take(self) -> list[EventT[Any]]:
        """Everything buffered (at most ``max_records``), waiting only when nothing is."""
        reader = self._reader
        if reader is None:
            raise RuntimeError("AdaptiveBatches.take() before start()")
        while not self._buffer:
            if reader.done():
                reader.result()  # the reader's error, if it failed
                raise StreamEnded()
            self._arrived.clear()
            await self._arrived.wait()
        events = [self._buffer.popleft() for _ in range(min(self.max_records, len(self._buffer)))]
        self._room.set()
        return events

    @property
    def waiting(self) -> int:
        """Events buffered and not yet taken."""
        return len(self._buffer)

    async def stop(self) -> None:
        """Stop reading; events still buffered are never acked, so they are delivered again."""
        if self._reader is not None and not self._reader.done():
            self._reader.cancel()
            try:
                await self._reader
            except (asyncio.CancelledError, Exception):
                pass


__all__ = ["AdaptiveBatches", "StreamEnded"]
