"""Consumer lag of the partitions the worker processes: in offsets, and as the age of the oldest
record still waiting. Updated after every batch and by a timer between batches, so a stalled batch
or an idle worker keeps the gauges moving and the lag-age and no-progress alerts can fire."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from faust.types import TP

from worker.runtime.metrics import Metrics


class LagTracker:
    def __init__(self, metrics: Metrics, consumer: Callable[[], Any]) -> None:
        self.metrics = metrics
        self.consumer = consumer  # faust's consumer, looked up when needed: it exists once the app runs
        # Per partition processed at least once: the next offset to process, and since when the
        # oldest waiting record has been waiting (None when caught up).
        self._next_offset: dict[tuple[str, int], int] = {}
        self._behind_since: dict[tuple[str, int], float | None] = {}

    def processed(self, batch: Sequence[Any]) -> None:
        """After a batch is acked: the next offset of each partition in it, and the lag now."""
        last: dict[tuple[str, int], Any] = {}
        for record in batch:
            last[(record.topic, record.partition)] = record
        for key, record in last.items():
            self._next_offset[key] = record.offset + 1
            # The next waiting record is at least as young as this one: its timestamp is the
            # estimate of the wait until the timer sees the partition caught up.
            self._behind_since[key] = record.timestamp_ms / 1000 if record.timestamp_ms else None
        self.refresh(last)

    def refresh(self, partitions: Iterable[tuple[str, int]] | None = None) -> None:
        """Lag of the partitions processed so far, also between batches: during a stalled batch or
        while idle the gauges must keep moving, or lag-age and no-progress alerts never fire."""
        try:
            consumer = self.consumer()
            assigned = consumer.assignment()
        except Exception:  # the consumer is not started yet, or is rebalancing: try next tick
            return
        now = time.time()
        for topic, partition in list(partitions or self._next_offset):
            key, tp = (topic, partition), TP(topic, partition)
            if tp not in assigned:  # revoked: another pod reports it now
                self._next_offset.pop(key, None)
                self._behind_since.pop(key, None)
                self.metrics.forget_partition(topic, partition)
                continue
            try:
                highwater = consumer.highwater(tp)
            except Exception:  # unknown until the first fetch response
                continue
            if highwater is None:
                continue
            behind = max(0, highwater - self._next_offset[key])
            if not behind:
                self._behind_since[key] = None
            elif self._behind_since.get(key) is None:
                self._behind_since[key] = now  # first seen waiting: a lower bound of its age
            since = self._behind_since[key]
            self.metrics.set_lag(topic, partition, behind, now - since if since is not None else 0.0)
