"""Records fetched past the committed offset that never reached the agent are fetched again, once."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

from faust.types import TP

from worker.runtime.consumer_state import StallWatch, positions_past_commits

RAW0, RAW1, CHANGELOG = TP("raw", 0), TP("raw", 1), TP("app-revisions-changelog", 0)


class FakeConsumer:
    """The attributes of faust's consumer (and the aiokafka one under it) the watch reads."""

    def __init__(self, positions: dict[TP, int], committed: dict[TP, int | None]) -> None:
        self.positions = positions
        self._committed_offset = committed
        self._unacked_messages: set[Any] = set()
        self.flow_active = True
        self.seeks = 0
        assignment = SimpleNamespace(state_value=lambda tp: SimpleNamespace(_position=self.positions[tp]))
        inner = SimpleNamespace(_subscription=SimpleNamespace(subscription=SimpleNamespace(assignment=assignment)))
        self._thread = SimpleNamespace(_ensure_consumer=lambda: inner)

    def assignment(self) -> set[TP]:
        return set(self.positions)

    async def perform_seek(self) -> None:
        self.seeks += 1
        for tp, done in self._committed_offset.items():
            if done is not None:
                self.positions[tp] = done


def _watch(consumer: FakeConsumer, now: list[float]) -> tuple[StallWatch, list[int]]:
    app = SimpleNamespace(consumer=consumer, rebalancing=False, in_recovery=False,
                          tables=SimpleNamespace(changelog_topics={CHANGELOG.topic}),
                          topics=SimpleNamespace(_topics=set()))
    reseeks: list[int] = []
    return StallWatch(app, after_s=30.0, on_reseek=lambda: reseeks.append(1), clock=lambda: now[0]), reseeks


def test_only_partitions_fetched_past_their_commit_count_and_unknown_commits_are_left_alone() -> None:
    positions = {RAW0: 148, RAW1: 20, TP("raw", 2): 9}
    committed: dict[Any, int | None] = {RAW0: 10, RAW1: 20, TP("raw", 2): None}
    assert positions_past_commits(positions, committed) == {RAW0: (10, 148)}  # type: ignore[arg-type]


def test_an_idle_worker_with_records_lost_in_the_consumer_seeks_back_once() -> None:
    consumer = FakeConsumer({RAW0: 148, RAW1: 20, CHANGELOG: 5}, {RAW0: 10, RAW1: 20, CHANGELOG: 0})
    now = [0.0]
    watch, reseeks = _watch(consumer, now)
    now[0] = 31.0
    report = asyncio.run(watch.check())
    assert report is not None and report["committed_and_position"] == {"raw[0]": (10, 148)}
    assert consumer.seeks == 1 and reseeks == [1] and consumer.positions[RAW0] == 10


def test_nothing_happens_while_batches_are_taken_or_records_are_unacked() -> None:
    consumer = FakeConsumer({RAW0: 148}, {RAW0: 10})
    now = [0.0]
    watch, reseeks = _watch(consumer, now)
    now[0] = 29.0  # busy recently: a batch was taken less than after_s ago
    assert asyncio.run(watch.check()) is None
    now[0] = 60.0
    consumer._unacked_messages.add(object())  # something is queued or in flight: not lost
    assert asyncio.run(watch.check()) is None
    assert consumer.seeks == 0 and reseeks == []


def test_a_position_that_stays_one_past_the_commit_costs_one_seek_not_one_per_tick() -> None:
    # The last record of a transactional producer is followed by a marker: the position stays past
    # the commit after the seek. The watch must not seek again for the same state.
    consumer = FakeConsumer({RAW0: 11}, {RAW0: 10})
    consumer.perform_seek = _seek_that_changes_nothing(consumer)  # type: ignore[method-assign]
    now = [100.0]
    watch, reseeks = _watch(consumer, now)
    for tick in range(5):
        now[0] += 5 * tick
        asyncio.run(watch.check())
    assert reseeks == [1]


def _seek_that_changes_nothing(consumer: FakeConsumer) -> Any:
    async def seek() -> None:
        consumer.seeks += 1
    return seek
