"""A consumer with work waiting that delivers none is nudged: resumed and sought back, a bounded
number of times per state, and never while it is busy, rebalancing or has records in flight."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

from faust.types import TP

from worker.runtime.consumer_state import positions_past_commits
from worker.runtime.stall_watch import MAX_NUDGES_PER_STATE, StallWatch, fetch_behind

RAW0, RAW1, CHANGELOG = TP("raw", 0), TP("raw", 1), TP("app-revisions-changelog", 0)


class FakeConsumer:
    """The attributes of faust's consumer (and the aiokafka one under it) the watch reads."""

    def __init__(self, positions: dict[TP, int | None], committed: dict[TP, int | None],
                 highwaters: dict[TP, int] | None = None) -> None:
        self.positions = positions
        self._committed_offset = committed
        self.ends = highwaters if highwaters is not None else {}
        self._unacked_messages: set[Any] = set()
        self._read_offset: dict[TP, int | None] = {tp: 0 for tp in positions}
        self._paused_partitions: set[TP] = set()
        self._active = set(positions)
        self.flow_active = True
        self.seeks = 0
        assignment = SimpleNamespace(state_value=lambda tp: SimpleNamespace(_position=self.positions[tp]))
        inner = SimpleNamespace(_subscription=SimpleNamespace(subscription=SimpleNamespace(assignment=assignment)))
        self._thread = SimpleNamespace(_ensure_consumer=lambda: inner)

    def assignment(self) -> set[TP]:
        return set(self.positions)

    async def highwaters(self, *tps: TP) -> dict[TP, int]:
        return {tp: self.ends[tp] for tp in tps}

    def _get_active_partitions(self) -> set[TP]:
        return self._active

    def resume_partitions(self, tps: set[TP]) -> None:
        self._active |= tps
        self._paused_partitions -= tps

    def resume_flow(self) -> None:
        self.flow_active = True

    async def earliest_offsets(self, *tps: TP) -> dict[TP, int]:
        return {tp: 0 for tp in tps}

    async def seek(self, tp: TP, offset: int) -> None:
        self.positions[tp] = offset

    async def perform_seek(self) -> None:
        self.seeks += 1
        for tp, done in self._committed_offset.items():
            if done is not None:
                self.positions[tp] = done


class FlowControl:
    def __init__(self) -> None:
        self.active = True

    def is_active(self) -> bool:
        return self.active

    def resume(self) -> None:
        self.active = True


def _watch(consumer: FakeConsumer, now: list[float]) -> tuple[StallWatch, list[str]]:
    app = SimpleNamespace(consumer=consumer, rebalancing=False, in_recovery=False, flow_control=FlowControl(),
                          tables=SimpleNamespace(changelog_topics={CHANGELOG.topic}),
                          topics=SimpleNamespace(_topics=set()))
    nudges: list[str] = []
    return StallWatch(app, after_s=30.0, on_nudge=nudges.append, inputs=["raw"], clock=lambda: now[0]), nudges


def _seek_that_changes_nothing(consumer: FakeConsumer) -> Any:
    async def seek() -> None:
        consumer.seeks += 1
    return seek


def test_only_partitions_fetched_past_their_commit_count_and_unknown_commits_are_left_alone() -> None:
    positions = {RAW0: 148, RAW1: 20, TP("raw", 2): 9}
    committed: dict[Any, int | None] = {RAW0: 10, RAW1: 20, TP("raw", 2): None}
    assert positions_past_commits(positions, committed) == {RAW0: (10, 148)}  # type: ignore[arg-type]


def test_behind_means_records_past_the_commit_that_the_fetch_position_has_not_reached() -> None:
    committed: dict[Any, int | None] = {RAW0: 10, RAW1: 20, TP("raw", 2): None, TP("raw", 3): 5}
    positions: dict[Any, int | None] = {RAW0: 10, RAW1: 20, TP("raw", 2): 9, TP("raw", 3): 6}
    highwaters: dict[Any, int | None] = {RAW0: 50, RAW1: 20, TP("raw", 2): 9, TP("raw", 3): 6}
    # raw[1] is caught up, raw[2] fetched all it has with no commit yet, raw[3] fetched everything
    # (its last offset is a marker).
    assert fetch_behind(positions, committed, highwaters) == {RAW0: (10, 10, 50)}


def test_an_idle_worker_with_records_lost_in_the_consumer_seeks_back() -> None:
    consumer = FakeConsumer({RAW0: 148, RAW1: 20, CHANGELOG: 5}, {RAW0: 10, RAW1: 20, CHANGELOG: 0},
                            {RAW0: 148, RAW1: 20})
    now = [0.0]
    watch, nudges = _watch(consumer, now)
    now[0] = 31.0
    report = asyncio.run(watch.check())
    assert report is not None and report["committed_and_position"] == {"raw[0]": (10, 148)}
    assert consumer.seeks == 1 and nudges == ["records_lost"] and consumer.positions[RAW0] == 10


def test_an_idle_worker_whose_fetching_stopped_with_work_waiting_is_resumed_and_sought() -> None:
    consumer = FakeConsumer({RAW0: 10, CHANGELOG: 0}, {RAW0: 10, CHANGELOG: 0}, {RAW0: 480, CHANGELOG: 3})
    consumer.flow_active = False
    consumer._paused_partitions = {RAW0}
    consumer._active = set()
    now = [0.0]
    watch, nudges = _watch(consumer, now)
    now[0] = 31.0
    report = asyncio.run(watch.check())
    assert report is not None and report["committed_position_highwater"] == {"raw[0]": (10, 10, 480)}
    assert nudges == ["nothing_fetched"] and consumer.seeks == 1
    assert consumer.flow_active and RAW0 in consumer._active and not consumer._paused_partitions


def test_nothing_happens_while_batches_are_taken_records_are_unacked_or_a_rebalance_runs() -> None:
    consumer = FakeConsumer({RAW0: 148}, {RAW0: 10}, {RAW0: 148})
    now = [0.0]
    watch, nudges = _watch(consumer, now)
    now[0] = 29.0  # busy recently: a batch was taken less than after_s ago
    assert asyncio.run(watch.check()) is None
    now[0] = 60.0
    consumer._unacked_messages.add(object())  # something is queued or in flight: not lost
    assert asyncio.run(watch.check()) is None
    consumer._unacked_messages.clear()
    watch.app.rebalancing = True
    assert asyncio.run(watch.check()) is None
    assert consumer.seeks == 0 and nudges == []


def test_a_caught_up_worker_or_unreadable_end_offsets_are_left_alone() -> None:
    consumer = FakeConsumer({RAW0: 40}, {RAW0: 40}, {RAW0: 40})
    now = [100.0]
    watch, nudges = _watch(consumer, now)
    assert asyncio.run(watch.check()) is None

    async def unreachable(*tps: TP) -> dict[TP, int]:
        raise ConnectionError("broker down")
    consumer.highwaters = unreachable  # type: ignore[method-assign]
    consumer.positions[RAW0] = 10
    consumer._committed_offset[RAW0] = 10
    assert asyncio.run(watch.check()) is None
    assert nudges == [] and consumer.seeks == 0


def test_a_state_the_nudges_do_not_change_is_nudged_a_bounded_number_of_times() -> None:
    # The last record of a transactional producer is followed by a marker: the position stays past
    # the commit after the seek. The watch must not seek for ever on the same state.
    consumer = FakeConsumer({RAW0: 11}, {RAW0: 10}, {RAW0: 11})
    consumer.perform_seek = _seek_that_changes_nothing(consumer)  # type: ignore[method-assign]
    now = [100.0]
    watch, nudges = _watch(consumer, now)
    for _ in range(MAX_NUDGES_PER_STATE + 5):
        now[0] += 31.0
        asyncio.run(watch.check())
    assert nudges == ["records_lost"] * MAX_NUDGES_PER_STATE


def test_a_second_copy_left_in_faust_s_unacked_set_after_its_ack_does_not_hide_a_stall() -> None:
    # faust ignores the ack of an offset already acked and leaves that message in its weak set.
    consumer = FakeConsumer({RAW0: 148}, {RAW0: 10}, {RAW0: 148})
    consumer._unacked_messages = [SimpleNamespace(acked=True)]  # type: ignore[assignment]
    now = [0.0]
    watch, nudges = _watch(consumer, now)
    now[0] = 31.0
    assert asyncio.run(watch.check()) is not None and nudges == ["records_lost"]
    consumer._unacked_messages = [SimpleNamespace(acked=False)]  # type: ignore[assignment]
    now[0] = 100.0
    assert asyncio.run(watch.check()) is None  # really in flight: not judged


def test_before_any_commit_the_fetch_position_alone_says_records_wait() -> None:
    # A worker killed before its first commit: its successor starts from the earliest offset.
    positions: dict[Any, int | None] = {RAW0: 0, RAW1: 7}
    committed: dict[Any, int | None] = {RAW0: None, RAW1: None}
    highwaters: dict[Any, int | None] = {RAW0: 480, RAW1: 7}
    assert fetch_behind(positions, committed, highwaters) == {RAW0: (None, 0, 480)}


def test_an_idle_worker_that_cannot_be_judged_says_so_once_a_minute(caplog: Any) -> None:
    consumer = FakeConsumer({RAW0: 10}, {RAW0: 10}, {RAW0: 480})

    async def stuck(*tps: TP) -> dict[TP, int]:
        raise TimeoutError()
    consumer.highwaters = stuck  # type: ignore[method-assign]
    now = [0.0]
    watch, nudges = _watch(consumer, now)
    with caplog.at_level("WARNING"):
        for t in (31.0, 95.0, 100.0, 170.0):  # before 3 periods nothing; then at most once a minute
            now[0] = t
            assert asyncio.run(watch.check()) is None
    assert [r.getMessage().split(" (")[0] for r in caplog.records if "cannot judge" in r.getMessage()] == \
        ["idle for 95 s and the stall watch cannot judge", "idle for 170 s and the stall watch cannot judge"]
    assert nudges == []


def test_a_stalled_partition_with_no_commit_is_sought_to_its_earliest_offset() -> None:
    consumer = FakeConsumer({RAW0: None}, {RAW0: None}, {RAW0: 480})
    now = [0.0]
    watch, nudges = _watch(consumer, now)
    now[0] = 31.0
    report = asyncio.run(watch.check())
    assert nudges == ["nothing_fetched"] and consumer.positions[RAW0] == 0
    assert report is not None and any("earliest" in a for a in report["actions"])


def test_records_fetched_and_dropped_before_any_commit_or_hand_out_are_fetched_again_from_the_start() -> None:
    # The worker before was killed before its first commit; this one fetched to the head and
    # faust handed none of it out (no read offset): seeking to the commit cannot help.
    consumer = FakeConsumer({RAW0: 148}, {RAW0: None}, {RAW0: 148})
    consumer._read_offset = {RAW0: None}
    now = [0.0]
    watch, nudges = _watch(consumer, now)
    now[0] = 31.0
    report = asyncio.run(watch.check())
    assert nudges == ["records_lost"] and consumer.positions[RAW0] == 0
    assert report is not None and report["committed_and_position"] == {"raw[0]": (0, 148)}
