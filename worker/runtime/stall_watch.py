"""A watch for a consumer that has work waiting and delivers none of it, and the nudge that heals it.

Two shapes have been seen after a restart with our revisions table (docs/guarantees.md):

- **records lost**: the fetch position is past the committed offset with nothing un-acked, so the
  records between were fetched and dropped before reaching the agent (faust-streaming issue 596;
  ``flow.py`` closes the path we found). Seeking back to the committed offsets fetches them again.
- **nothing fetched**: the partition has records past its committed offset, the fetch position has
  not reached them, and nothing arrives. Whichever layer stopped asking (faust's flow or partition
  sets, or the fetcher), resuming flow and partitions and seeking to the committed offsets is what
  faust itself does when a rebalance completes.

Both are judged only when the worker has been idle for ``after_s`` with nothing un-acked (so
nothing is queued or in flight), no rebalance and no recovery under way. Every nudge logs a
snapshot of each layer's state (``consumer_state.snapshot``) and is counted, by shape.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Collection
from typing import Any

from worker.runtime.consumer_state import positions_past_commits, snapshot, tp_name as _name

log = logging.getLogger(__name__)

# A state (the same offsets) that nudges did not change is nudged at most this often: a partition
# whose last offset is a transaction marker keeps its position one past the commit for good.
MAX_NUDGES_PER_STATE = 3
# Reading end offsets or seeking must not hold the timer that calls the watch.
BROKER_CALL_TIMEOUT_S = 15.0


def fetch_behind(positions: dict[Any, int | None], committed: dict[Any, int | None],
                 highwaters: dict[Any, int | None]) -> dict[Any, tuple[int | None, int | None, int]]:
    """Partitions with records past the committed offset (or, before any commit, past offset 0)
    that the fetch position has not reached: (committed, position, highwater). A partition with no
    high watermark is not judged."""
    behind: dict[Any, tuple[int | None, int | None, int]] = {}
    for tp, highwater in highwaters.items():
        done, position = committed.get(tp), positions.get(tp)
        if highwater is None or highwater <= (done or 0):
            continue
        # With no commit yet (a worker killed before its first commit) the fetch position alone
        # says whether records wait: it starts at the earliest offset.
        if position is None or position < highwater:
            behind[tp] = (done, position, highwater)
    return behind


class StallWatch:
    """``taken()`` whenever the agent takes a batch; ``check()`` on a timer."""

    def __init__(self, app: Any, after_s: float, on_nudge: Callable[[str], None], inputs: Collection[str],
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.app = app
        self.after_s = after_s
        self.on_nudge = on_nudge
        self.inputs = frozenset(inputs)
        self._clock = clock
        self._last_taken = clock()
        self._nudged: dict[str, tuple[Any, int]] = {}  # shape -> (state nudged, how often)
        self._unjudged_logged_at: float | None = None

    def taken(self) -> None:
        self._last_taken = self._clock()

    def _input_positions(self) -> dict[Any, int | None]:
        consumer = self.app.consumer
        assignment = consumer._thread._ensure_consumer()._subscription.subscription.assignment
        out: dict[Any, int | None] = {}
        for tp in consumer.assignment():
            if tp.topic in self.inputs:
                state = assignment.state_value(tp)
                out[tp] = state._position if state is not None else None
        return out

    def _idle(self) -> bool:
        consumer = self.app.consumer
        if self._clock() - self._last_taken < self.after_s:
            return False
        if _pending(consumer):  # a batch in flight, or records queued that the agent does not take
            self._cannot_judge("records un-acked")
            return False
        if self.app.rebalancing or self.app.in_recovery:
            self._cannot_judge(f"rebalancing={self.app.rebalancing} in_recovery={self.app.in_recovery}")
            return False
        return True

    def _cannot_judge(self, why: str) -> None:
        """Idle for long and unable to tell whether work waits: say so, with the state, once a minute."""
        now = self._clock()
        if now - self._last_taken < 3 * self.after_s:
            return  # a start-up or a short pause: not worth a line
        if self._unjudged_logged_at is not None and now - self._unjudged_logged_at < 60.0:
            return
        self._unjudged_logged_at = now
        log.warning("idle for %.0f s and the stall watch cannot judge (%s): %s", now - self._last_taken, why,
                    snapshot(self.app))

    async def check(self) -> dict[str, Any] | None:
        """Nudge the consumer and return what was seen, when it is stalled; else None."""
        consumer = self.app.consumer
        try:
            if not self._idle():
                return None
            positions = self._input_positions()
            committed = {tp: _done(consumer, tp) for tp in positions}
        except Exception as exc:  # not started, or rebalancing right now: next tick
            self._cannot_judge(f"positions unreadable: {exc!r}")
            return None
        if not positions:
            self._cannot_judge("no input partition assigned")
            return None
        # Flow stopped outside a rebalance for this long is itself a stall: judged the same way.
        past = positions_past_commits(positions, committed)
        if past:
            return await self._nudge("records_lost", past, {
                "committed_and_position": {_name(tp): v for tp, v in past.items()}})
        try:
            highwaters = await asyncio.wait_for(consumer.highwaters(*positions), BROKER_CALL_TIMEOUT_S)
        except Exception as exc:  # broker unreachable (the probe's business) or the consumer thread stuck
            self._cannot_judge(f"end offsets unreadable: {exc!r}")
            return None
        behind = fetch_behind(positions, committed, dict(highwaters))
        if behind:
            return await self._nudge("nothing_fetched", behind, {
                "committed_position_highwater": {_name(tp): v for tp, v in behind.items()}})
        self._nudged.clear()
        waiting = {_name(tp): (committed.get(tp), hw) for tp, hw in dict(highwaters).items()
                   if hw is not None and hw > (committed.get(tp) or 0)}
        if waiting:  # commits behind the head with nothing fetched past them: not a shape we know
            self._cannot_judge(f"commits behind the head, positions not past them: {waiting}")
        return None

    async def _nudge(self, shape: str, state: Any, seen: dict[str, Any]) -> dict[str, Any] | None:
        previous, count = self._nudged.get(shape, (None, 0))
        count = count + 1 if previous == state else 1
        if count > MAX_NUDGES_PER_STATE:
            return None
        self._nudged[shape] = (state, count)
        report = {"shape": shape, "idle_s": round(self._clock() - self._last_taken, 1), **seen,
                  **snapshot(self.app)}
        log.warning("the consumer has work waiting and delivers none (%s); resuming and seeking back to "
                    "the committed offsets: %s", shape, report)
        report["actions"] = await self._resume_and_seek(set(state))
        self._last_taken = self._clock()  # the next judgement comes a full period after this one
        self.on_nudge(shape)
        return report

    async def _resume_and_seek(self, tps: set[Any]) -> list[str]:
        """What faust does when a rebalance completes: flow on, partitions on, seek, fetcher on."""
        app, consumer, actions = self.app, self.app.consumer, []
        if not app.flow_control.is_active():
            app.flow_control.resume()
            actions.append("stream flow control resumed")
        if not consumer.flow_active:
            consumer.resume_flow()
            actions.append("consumer flow resumed")
        paused = tps & set(consumer._paused_partitions or ())
        if paused or not tps <= set(consumer._get_active_partitions()):
            consumer.resume_partitions(tps)
            actions.append(f"partitions resumed: {sorted(map(_name, tps))}")
        try:
            await asyncio.wait_for(consumer.perform_seek(), BROKER_CALL_TIMEOUT_S)
            actions.append("sought to the committed offsets")
            # A partition with no commit is not moved by that seek: put it where the worker's
            # offset reset (earliest) would, which also ends a reset that never completed.
            uncommitted = [tp for tp in tps if consumer._committed_offset.get(tp) is None]
            if uncommitted:
                earliest = await asyncio.wait_for(consumer.earliest_offsets(*uncommitted), BROKER_CALL_TIMEOUT_S)
                for tp, offset in earliest.items():
                    await asyncio.wait_for(consumer.seek(tp, offset), BROKER_CALL_TIMEOUT_S)
                actions.append(f"uncommitted partitions sought to their earliest offsets: {sorted(map(_name, earliest))}")
            fetcher = getattr(app, "_fetcher", None)
            if fetcher is not None:
                await fetcher.maybe_start()
        except Exception as exc:
            actions.append(f"seek failed: {exc!r}")
        log.warning("stall watch nudged the consumer: %s", "; ".join(actions))
        return actions


def _done(consumer: Any, tp: Any) -> int | None:
    """The offset up to which the partition is done: faust's committed offset; with no commit yet
    and no record handed out (no read offset), 0: a worker killed before its first commit leaves
    its successor nothing to seek back to, so records fetched and dropped then are judged lost."""
    done = consumer._committed_offset.get(tp)
    if done is None and consumer._read_offset.get(tp) is None:
        return 0
    return done  # type: ignore[no-any-return]


def _pending(consumer: Any) -> bool:
    """Whether a record is queued or in flight. faust's un-acked set is weak and keeps a message
    that was acked as a second copy of an offset (its ack is ignored and the message never
    removed) until the collector frees it, so only messages not marked acked count."""
    return any(not getattr(m, "acked", False) for m in list(consumer._unacked_messages))


__all__ = ["BROKER_CALL_TIMEOUT_S", "MAX_NUDGES_PER_STATE", "StallWatch", "fetch_behind"]
