"""The pure side of a replay: the window, each partition's bounds and resume point, the summary,
the pacing, and the hand-over of a fetched record to the core."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from worker.core.pipeline import BatchOutcome, SourceRecord
from worker.errors import WireEnrichError

REPLAY_HEADER = "wire-replay"


class ReplayError(WireEnrichError, RuntimeError):
    """A replay cannot start or continue; the message is meant for the operator, as is."""


@dataclass(frozen=True)
class Window:
    start: datetime
    end: datetime
    open_end: bool = False  # --to was not given: the end is the log end captured at start

    @property
    def start_ms(self) -> int:
        return int(self.start.timestamp() * 1000)

    @property
    def end_ms(self) -> int:
        return int(self.end.timestamp() * 1000)


def default_group(app_id: str, window: Window) -> str:
    """Derived from the app id and the window, so re-running the same window resumes by default."""
    fmt = "%Y%m%dT%H%M%SZ"
    return f"{app_id}.replay.{window.start.strftime(fmt)}-{window.end.strftime(fmt)}"


@dataclass
class PartitionPlan:
    partition: int
    window_start: int  # first offset whose timestamp >= T1 (the end when there is none)
    end: int  # exclusive: first offset whose timestamp >= T2, or the log end captured at start
    committed: int | None  # the replay group's committed offset, when resuming
    start: int = 0  # where this run begins: the window start, or the resume point inside the window

    def __post_init__(self) -> None:
        resume = self.committed if self.committed is not None else self.window_start
        self.start = min(max(resume, self.window_start), self.end)

    @property
    def records(self) -> int:
        return self.end - self.start

    @property
    def window_records(self) -> int:
        return self.end - self.window_start


@dataclass
class ReplayPlan:
    topic: str
    group: str
    window: Window
    partitions: list[PartitionPlan]

    @property
    def records(self) -> int:
        return sum(p.records for p in self.partitions)

    @property
    def window_records(self) -> int:
        return sum(p.window_records for p in self.partitions)


@dataclass
class ReplaySummary:
    consumed: int = 0
    enriched: int = 0
    dead_lettered: int = 0
    outputs: Counter[str] = field(default_factory=Counter)  # acknowledged output records by kind
    seconds: float = 0.0
    complete: bool = False
    positions: dict[int, int] = field(default_factory=dict)  # next offset to replay, per partition

    def add(self, outcome: BatchOutcome) -> None:
        for result in outcome.results:
            self.consumed += 1
            if result.rejection is None:
                self.enriched += 1
            else:
                self.dead_lettered += 1
            self.outputs.update(record.kind for record in result.records)


class Pacer:
    """Client-side rate limit: the n-th record is released no earlier than n/rate after the first.

    A batch waits until its *last* record's slot has come, so K records at rate R never take less
    than K/R seconds; no burst allowance, because a replay is throttled to spare live traffic.
    """

    def __init__(self, rate: float | None) -> None:
        self.rate = rate
        self._origin: float | None = None
        self._released = 0

    def reserve(self, n: int) -> float:
        """Book ``n`` records; return how long to wait before processing them."""
        if not self.rate:
            return 0.0
        now = time.monotonic()
        if self._origin is None:
            self._origin = now
        self._released += n
        return max(0.0, self._origin + self._released / self.rate - now)


def source_record(message: Any) -> SourceRecord:
    """An aiokafka record as the core sees it; the timestamp stays in integer milliseconds."""
    return SourceRecord(
        value=message.value, key=message.key,
        headers=[(str(k), bytes(v) if v is not None else b"") for k, v in (message.headers or ())],
        timestamp_ms=message.timestamp if message.timestamp is not None and message.timestamp >= 0 else None,
        topic=message.topic, partition=message.partition, offset=message.offset,
    )
